"""A bug in a Qt slot: a crash dialog with a reference, details without personal data,
the reference in the log, and the app still running."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from infoshare_desktop.ui import app
from infoshare_desktop.ui.dialogs import crash_dialog
from infoshare_desktop.ui.dialogs.crash_dialog import CrashDialog

CHILD = "Poppy Featherstonehaugh"
NOTE = "disclosed bruising at contact on 14/03"


class Screen(QWidget):
    """A window whose first button hits a bug while handling personal data."""

    def __init__(self) -> None:
        super().__init__()
        self.broken = QPushButton("Save")
        self.working = QPushButton("Count")
        self.clicks = 0
        layout = QVBoxLayout(self)
        layout.addWidget(self.broken)
        layout.addWidget(self.working)
        self.broken.clicked.connect(self.save_child)
        self.working.clicked.connect(self.count)

    def save_child(self) -> None:
        child = {"name": CHILD, "note": NOTE}
        raise KeyError(f"{child['name']}: {child['note']}")

    def count(self) -> None:
        self.clicks += 1


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_slot_shows_a_reference_and_the_app_carries_on(
    qtbot, qapp: QApplication, log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", app.handle_exception)
    screen = Screen()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)

    qtbot.mouseClick(screen.broken, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: crash_dialog._open_dialog is not None
                    and crash_dialog._open_dialog.isVisible())
    dialog = crash_dialog._open_dialog
    assert isinstance(dialog, CrashDialog)  # deleted when closed: not given to qtbot
    reference = dialog.reference_label.text()
    assert reference.startswith("IS-") and len(reference) == 11
    int(reference[3:], 16)
    dialog.grab().save(str(log_file.parent / "crash.png"))

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert f"Reference: {reference}" in copied
    assert "Error: builtins.KeyError" in copied
    assert "test_crash_dialog.py" in copied and "save_child" in copied
    assert "InfoShare: " in copied and "Qt: " in copied and "Python: " in copied
    assert "Paste it" in dialog.copied.text()

    text = log_file.read_text(encoding="utf-8")
    assert reference in text and "KeyError" in text and "save_child" in text
    for secret in ("Poppy", "Featherstonehaugh", "bruising", "14/03"):
        assert secret not in copied
        assert secret not in text
        assert secret not in dialog.windowTitle()

    # Still running: the window answers, and a second bug does not stack a dialog.
    qtbot.mouseClick(screen.working, Qt.MouseButton.LeftButton)
    assert screen.clicks == 1 and screen.isVisible()
    qtbot.mouseClick(screen.broken, Qt.MouseButton.LeftButton)
    assert crash_dialog._open_dialog is dialog
    assert log_file.read_text(encoding="utf-8").count("Unexpected error KeyError") == 2
    dialog.close()
    qtbot.waitUntil(lambda: crash_dialog._open_dialog is None)
    assert QApplication.instance() is qapp


def test_the_dialog_says_what_to_do(qtbot) -> None:
    dialog = CrashDialog("IS-0A1B2C3D", "details")
    qtbot.addWidget(dialog)
    words = " ".join(label.text() for label in dialog.findChildren(type(dialog.copied)))
    assert "autosaved" in words and "IT service desk" in words and "IS-0A1B2C3D" in words
    assert dialog.close_button.isDefault()
    assert dialog.reference_label.accessibleName() == "Reference"


def test_the_details_follow_a_cause_without_its_message() -> None:
    try:
        try:
            raise ValueError(CHILD)
        except ValueError as inner:
            raise RuntimeError(NOTE) from inner
    except RuntimeError as error:
        details = crash_dialog.technical_details("IS-00000000", RuntimeError, error,
                                                 error.__traceback__)
    assert "builtins.RuntimeError" in details and "builtins.ValueError" in details
    assert CHILD not in details and NOTE not in details


@pytest.mark.qt_no_exception_capture
def test_a_bug_on_a_background_thread_is_logged_without_its_message_and_shown(
    qtbot, qapp: QApplication, log_file: Path, monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    app.install_error_handlers()
    assert threading.excepthook is app.handle_thread_exception

    def backup_child() -> None:
        raise OSError(f"{CHILD}: {NOTE}")

    worker = threading.Thread(target=backup_child, name="daily-backup")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: crash_dialog._open_dialog is not None
                    and crash_dialog._open_dialog.isVisible())
    dialog = crash_dialog._open_dialog
    assert isinstance(dialog, CrashDialog)
    reference = dialog.reference_label.text()
    text = log_file.read_text(encoding="utf-8")
    assert reference in text and "OSError on thread daily-backup" in text
    assert "backup_child" in text
    printed = capfd.readouterr()
    for secret in ("Poppy", "Featherstonehaugh", "bruising"):
        assert secret not in text and secret not in printed.err and secret not in printed.out
    dialog.close()
    qtbot.waitUntil(lambda: crash_dialog._open_dialog is None)
