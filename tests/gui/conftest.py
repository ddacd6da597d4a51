"""GUI fixtures: the app's look, no real modal dialogs, people, a main window on a fresh database.

Accounts are made through the services (tests/factories.py); every one signs in
with ``TEST_PASSWORD``. "Team A" has a practitioner and its manager.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from infoshare_desktop import logs
from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.vocab import Role
from infoshare_desktop.storage.database import Database
from infoshare_desktop.ui import dialogs
from infoshare_desktop.ui.dialogs import UnsavedChoice
from infoshare_desktop.ui.main_window import MainWindow
from infoshare_desktop.ui.style import STYLESHEET, apply_style
from tests.factories import make_user

#: Short autosave pause so tests do not wait.
AUTOSAVE_MS = 30
#: How long ``qtbot.waitUntil`` waits for its condition before failing. It returns as
#: soon as the condition holds, so this costs nothing when all is well; it only has to
#: be long enough that a busy machine (another CPU-heavy process beside the tests) is
#: never mistaken for a broken one. Tests wait for things to happen, they time nothing.
PATIENCE_MS = 120_000


@pytest.fixture(autouse=True)
def patient_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    from pytestqt.qtbot import QtBot

    wait_until = QtBot.waitUntil

    def patient(self: QtBot, callback: object, *, timeout: int = PATIENCE_MS) -> None:
        wait_until(self, callback, timeout=max(timeout, PATIENCE_MS))

    monkeypatch.setattr(QtBot, "waitUntil", patient)


@pytest.fixture(autouse=True)
def styled(qapp: QApplication) -> None:
    # Once: setting a stylesheet re-polishes every widget that still exists.
    if qapp.styleSheet() != STYLESHEET:
        apply_style(qapp)


@pytest.fixture(autouse=True)
def modal(monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    """Record the app's questions and messages instead of blocking on them.

    ``modal.unsaved_answer`` is what "unsaved changes?" answers (Discard unless a
    test says otherwise); ``modal.confirm_answer`` what "are you sure?" answers.
    Any other message box fails the test.
    """
    calls = SimpleNamespace(errors=[], unsaved=[], unsaved_answer=UnsavedChoice.DISCARD,
                            confirms=[], confirm_answer=True)

    def show_error(parent: object, title: str, message: str) -> None:
        calls.errors.append((title, message))

    def ask_unsaved(parent: object) -> UnsavedChoice:
        calls.unsaved.append(parent)
        return calls.unsaved_answer

    def unexpected(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    def confirm(parent: object, title: str, message: str, action: str) -> bool:
        calls.confirms.append((title, message, action))
        return calls.confirm_answer

    monkeypatch.setattr(dialogs, "show_error", show_error)
    monkeypatch.setattr(dialogs, "confirm", confirm)
    monkeypatch.setattr(dialogs, "ask_unsaved_changes", ask_unsaved)
    for name in ("critical", "warning", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    return calls


@pytest.fixture
def practitioner(db: Database) -> User:
    """A practitioner in Team A (the author of most test records)."""
    return make_user(db, "alex", teams=["Team A"], full_name="Alex Rivers")


@pytest.fixture
def manager(db: Database, practitioner: User) -> User:
    """Team A's manager."""
    return make_user(db, "morgan", Role.MANAGER, manages=["Team A"], full_name="Morgan Shaw",
                     job_title="Team manager")


@pytest.fixture
def window(qtbot, db: Database, practitioner: User) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The practitioner's main window."""
    main = MainWindow(db, practitioner, autosave_ms=AUTOSAVE_MS, idle_lock_ms=3_600_000)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The app's rotating log in a temporary folder, set up with a permissive umask (the
    app itself must make it private), and taken down after the test."""
    monkeypatch.setenv(logs.LOG_DIR_ENV_VAR, str(tmp_path / "logs"))
    app_logger = logging.getLogger(logs.APP_LOGGER)
    level = app_logger.level
    previous = os.umask(0)  # private because the app makes it so
    try:
        path = logs.setup_logging()
    finally:
        os.umask(previous)
    assert path is not None
    yield path
    handler = logs._our_handler()
    if handler is not None:
        logging.getLogger().removeHandler(handler)
        handler.close()
    app_logger.setLevel(level)
