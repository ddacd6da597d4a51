"""GUI fixtures: the app's look, no real modal dialogs, a main window on a fresh database."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from infoshare_desktop.storage.database import Database
from infoshare_desktop.ui import dialogs
from infoshare_desktop.ui.dialogs import UnsavedChoice
from infoshare_desktop.ui.main_window import MainWindow
from infoshare_desktop.ui.style import apply_style

#: Short autosave pause so tests do not wait.
AUTOSAVE_MS = 30


@pytest.fixture(autouse=True)
def styled(qapp: QApplication) -> None:
    apply_style(qapp)


@pytest.fixture(autouse=True)
def modal(monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    """Record the app's questions and messages instead of blocking on them.

    ``modal.unsaved_answer`` is what "unsaved changes?" answers (Discard unless a
    test says otherwise). Any other message box fails the test.
    """
    calls = SimpleNamespace(errors=[], unsaved=[], unsaved_answer=UnsavedChoice.DISCARD)

    def show_error(parent: object, title: str, message: str) -> None:
        calls.errors.append((title, message))

    def ask_unsaved(parent: object) -> UnsavedChoice:
        calls.unsaved.append(parent)
        return calls.unsaved_answer

    def unexpected(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    monkeypatch.setattr(dialogs, "show_error", show_error)
    monkeypatch.setattr(dialogs, "ask_unsaved_changes", ask_unsaved)
    for name in ("critical", "warning", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    return calls


@pytest.fixture
def window(qtbot, db: Database) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    main = MainWindow(db, autosave_ms=AUTOSAVE_MS)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
