"""The idle lock on shared PCs: content hidden, the password asked, nothing lost."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from infoshare_desktop.services import recovery
from infoshare_desktop.ui.dialogs import sign_in
from infoshare_desktop.ui.main_window import MainWindow
from tests.factories import TEST_PASSWORD

from .conftest import AUTOSAVE_MS

#: Never reached during a test: the tests count what restarts the idle timer and say
#: when the time is up, so a slow machine cannot lock the window before the typing.
IDLE_MS = 3_600_000


def has_dark_text(image: QImage, left: int, top: int, width: int, height: int) -> bool:
    """Any near-black pixel (text) in the rectangle."""
    for y in range(top, min(top + height, image.height()), 2):
        for x in range(left, min(left + width, image.width()), 2):
            if QColor(image.pixel(x, y)).lightness() < 60:
                return True
    return False


def test_idle_lock_hides_content_and_keeps_a_half_typed_form(
    qtbot, db, practitioner, modal, monkeypatch
) -> None:
    window = MainWindow(db, practitioner, autosave_ms=60_000, idle_lock_ms=IDLE_MS)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    restarts: list[int] = []
    timer = window.idle.timer
    start = timer.start
    monkeypatch.setattr(timer, "start", lambda *args: (restarts.append(1), start(*args)),
                        raising=False)
    form = window.new_record()
    assert form is not None
    qtbot.waitExposed(form)
    case = form.editor("case_reference").edit
    case.setFocus()
    qtbot.keyClicks(case, "CM-4711")
    purpose = form.editor("purpose").edit
    purpose.setFocus()
    qtbot.keyClicks(purpose, "Half a senten")
    # Typing keeps it open: every key pressed starts the idle time again.
    assert len(restarts) >= len("CM-4711") + len("Half a senten")
    assert not window.locked

    window.idle.idle.emit()  # the idle time is up
    assert window.locked
    dialog = window.lock_dialog
    assert dialog is not None and dialog.isVisible()
    # Nothing of the record is on screen: the form and the main window show the lock page.
    assert form.lock_stack.currentIndex() == 1
    assert not case.isVisible() and not purpose.isVisible()
    assert window.lock_stack.currentIndex() == 1
    assert window.decisions is not None and not window.decisions.isVisible()
    assert not window.menuBar().isEnabled()
    assert form.lock_page.isVisible()
    shot = form.grab().toImage()
    assert not has_dark_text(shot, 0, 0, shot.width(), 150)  # no title, no reference
    # The form was autosaved before it was hidden (in case the PC is switched off).
    pending = recovery.pending_recoveries(db, practitioner)
    assert [p.record.case_reference for p in pending] == ["CM-4711"]
    assert form.isVisible()  # not closed: unlocking brings it back as it was

    # A wrong password is refused beside the box; still locked.
    qtbot.keyClicks(dialog.password, "wrong-password")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert window.locked and dialog.isVisible()
    assert dialog.refusal.text() == "Wrong username or password."
    assert dialog.password.text() == ""
    # Escape does not unlock either.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert window.locked and dialog.isVisible()

    qtbot.keyClicks(dialog.password, TEST_PASSWORD)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.locked and not dialog.isVisible()
    assert form.lock_stack.currentIndex() == 0 and case.isVisible()
    assert case.text() == "CM-4711"
    assert purpose.toPlainText() == "Half a senten"
    assert form.dirty and form in window.forms
    assert window.decisions.isVisible()
    # The cursor is back where it was: carry on typing.
    assert form.focusWidget() is purpose
    assert modal.errors == []


def test_lock_page_covers_the_main_window(qtbot, db, practitioner) -> None:
    window = MainWindow(db, practitioner, idle_lock_ms=3_600_000)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    # The navigation (top left) and the page title (top right) are drawn...
    before = window.centralWidget().grab().toImage()
    assert has_dark_text(before, 0, 0, 200, 120)
    assert has_dark_text(before, 240, 0, 400, 80)
    window.lock_action.trigger()
    assert window.locked
    # ...and once locked, only the lock page's message in the middle: nothing else.
    after = window.centralWidget().grab().toImage()
    assert not has_dark_text(after, 0, 0, 200, 120)
    assert not has_dark_text(after, 240, 0, 400, 80)
    assert not window.navigation.isVisible()
    assert window.lock_page.isVisible()
    assert window.lock_page.text().startswith("InfoShare is locked")


def test_switch_user_from_the_lock_dialog(qtbot, db, practitioner, manager, modal,
                                          monkeypatch) -> None:
    window = MainWindow(db, practitioner, autosave_ms=AUTOSAVE_MS, idle_lock_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    switched: list[bool] = []
    window.switch_user_requested.connect(lambda: switched.append(True))
    form = window.new_record()
    assert form is not None
    qtbot.keyClicks(form.editor("case_reference").edit, "CM-1")
    dialog = window.lock()
    assert dialog is not None
    monkeypatch.setattr(sign_in, "ask_login", lambda db, parent=None: manager)
    qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    assert switched == [True]
    # Someone else is at the PC: the form closes without asking them about it, and
    # the typing stays in the autosave, offered back to its author only.
    assert modal.unsaved == []
    assert not form.isVisible() and not window.isVisible() and not dialog.isVisible()
    pending = recovery.pending_recoveries(db, practitioner)
    assert [p.record.case_reference for p in pending] == ["CM-1"]
    next_person = MainWindow(db, manager, idle_lock_ms=3_600_000)
    qtbot.addWidget(next_person)
    assert next_person.offer_recoveries() is None
    back = MainWindow(db, practitioner, idle_lock_ms=3_600_000)
    qtbot.addWidget(back)
    offer = back.offer_recoveries()
    assert offer is not None and len(offer.rows) == 1


def test_dialogs_are_hidden_while_locked_and_come_back(qtbot, db, practitioner) -> None:
    window = MainWindow(db, practitioner, idle_lock_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    form = window.new_record()
    assert form is not None
    dialog = form.add_organisation()
    qtbot.keyClicks(dialog.name, "Hillside Academy")
    assert dialog.isVisible()
    lock = window.lock()
    assert lock is not None and lock.isModal()
    assert lock.windowModality() is Qt.WindowModality.ApplicationModal
    assert not dialog.isVisible()
    lock.password.setText(TEST_PASSWORD)
    assert lock.unlock()
    assert dialog.isVisible() and dialog.name.text() == "Hillside Academy"

