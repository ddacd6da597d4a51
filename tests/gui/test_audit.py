"""The audit trail in the desktop app: the screen, opening records from it, checking and
exporting it, a record's own events, and the events the windows themselves write."""

from __future__ import annotations

import csv
import os
import sqlite3
import stat
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.audit import AuditAction, AuditEvent
from infoshare_desktop.domain.permissions import Action
from infoshare_desktop.domain.vocab import Role
from infoshare_desktop.services import audit, records, review
from infoshare_desktop.services.errors import PermissionDeniedError
from infoshare_desktop.storage.database import Database
from infoshare_desktop.ui import dialogs
from infoshare_desktop.ui.main_window import MainWindow
from infoshare_desktop.ui.views.audit_view import AuditView
from tests.factories import TEST_PASSWORD, make_user, organisation_admin

from .conftest import AUTOSAVE_MS
from .sample import add_organisation, complete_record


def open_window(qtbot, db: Database, user: User, idle_lock_ms: int = 3_600_000) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(db, user, autosave_ms=AUTOSAVE_MS, idle_lock_ms=idle_lock_ms)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def events_of(db: Database, *actions: AuditAction, record_id: int | None = None,
              user: User | None = None) -> list[AuditEvent]:
    """Straight from the service, as a Guardian sees them."""
    found = audit.find_events(db, make_guardian(db), record_id=record_id, actions=list(actions))
    return [e for e in found if user is None or e.user_id == user.id]


def make_guardian(db: Database) -> User:
    from infoshare_desktop.services import accounts

    existing = [u for u in accounts.list_users(db, organisation_admin(db))
                if u.username == "gwen"]
    return existing[0] if existing else make_user(db, "gwen", Role.GUARDIAN,
                                                  full_name="Gwen Hughes")


@pytest.fixture
def story(db: Database, practitioner: User, manager: User) -> SimpleNamespace:
    """Two records by Alex: one submitted and authorised by Morgan, one only submitted."""
    org = add_organisation(db)
    first = records.submit(db, practitioner, complete_record(org.id, "CM-1"))
    second = records.submit(db, practitioner, complete_record(org.id, "CM-2"))
    assert first.id is not None and second.id is not None
    review.authorise(db, manager, first.id, "Proportionate and necessary.")
    return SimpleNamespace(first=first, second=second, guardian=make_guardian(db),
                           admin=organisation_admin(db))


def shown(view: AuditView) -> list[AuditEvent]:
    return view.model.rows()


def cell(view: AuditView, row: int, column: int) -> str:
    return view.model.data(view.model.index(row, column))


def test_only_guardians_and_administrators_have_the_screen(qtbot, db, story, practitioner,
                                                           manager, qtmodeltester) -> None:
    assert open_window(qtbot, db, practitioner).audit_view is None
    assert open_window(qtbot, db, manager).audit_view is None
    for user in (story.guardian, story.admin):
        window = open_window(qtbot, db, user)
        assert window.audit_view is not None
        assert window.page_names()[-1] == "Audit trail"
        # Read when first shown, not while the window is being built.
        assert window.audit_view.model.rowCount() == 0
        window.show_page(window.audit_view)
        assert window.audit_view.model.rowCount() > 0
        qtmodeltester.check(window.audit_view.model)
    assert window.audit_view.hint.text().endswith("do not read decision records.")


def test_the_list_and_its_filters(qtbot, db, story, practitioner, manager, modal) -> None:
    window = open_window(qtbot, db, story.guardian)
    view = window.audit_view
    assert view is not None
    window.show_page(view)
    everything = audit.find_events(db, story.guardian)
    assert [e.sequence for e in shown(view)] == [e.sequence for e in everything]  # newest first
    assert view.count_line.text() == f"{len(everything)} events"
    # The columns: local time to the second, username, label, reference, details in words.
    authorised = next(r for r, e in enumerate(shown(view)) if e.action is AuditAction.AUTHORISE)
    assert cell(view, authorised, 1) == "morgan"
    assert cell(view, authorised, 2) == "Authorised"
    assert cell(view, authorised, 3) == story.first.reference
    assert cell(view, authorised, 4) == "Comment: Proportionate and necessary."
    assert len(cell(view, authorised, 0)) == len("01/02/2026 10:15:00")

    # By person.
    view.user_filter.select(manager.id)
    assert shown(view) and {e.username for e in shown(view)} == {"morgan"}
    assert view.count_line.text() == "1 event matches the filters"  # the authorisation
    view.user_filter.select(None)
    # By action.
    view.action_filter.select(AuditAction.SUBMIT)
    assert [e.reference for e in shown(view)] == [story.second.reference, story.first.reference]
    view.action_filter.select(None)
    # By reference: part of it, any case; every event of that record and no other.
    view.reference.setText(story.first.reference.lower())
    qtbot.waitUntil(lambda: {e.record_id for e in shown(view)} == {story.first.id})
    assert len(shown(view)) == len(events_of(db, *AuditAction, record_id=story.first.id))
    view.reference.clear()
    qtbot.waitUntil(lambda: len(shown(view)) > len(events_of(
        db, *AuditAction, record_id=story.first.id)))
    # By period: today has everything, tomorrow onwards nothing, and nothing before today.
    today = date.today()
    view.date_from.setText(today.strftime("%d/%m/%Y"))
    view.date_to.setText(today.strftime("%d/%m/%Y"))
    view.refresh()
    assert len(shown(view)) == len(audit.find_events(db, story.guardian))
    view.date_from.setText((today + timedelta(days=1)).strftime("%d/%m/%Y"))
    view.date_to.clear()
    view.refresh()
    assert shown(view) == [] and view.stack.currentWidget() is view.empty_state
    assert view.empty_state.text() == "No events match the filters."
    view.date_from.clear()
    view.date_to.setText((today - timedelta(days=1)).strftime("%d/%m/%Y"))
    view.refresh()
    assert shown(view) == []
    # A date that is not one is said, and the list is left alone.
    view.date_to.setText("31/02/2026")
    view.refresh()
    assert view.message.isVisible() and view.message.property("tone") == "bad"
    assert "dd/mm/yyyy" in view.message.text()
    view.date_to.clear()
    view.refresh()
    assert not view.message.isVisible() and shown(view)
    assert modal.errors == []


def test_open_a_record_from_an_event(qtbot, db, story, modal) -> None:
    window = open_window(qtbot, db, story.guardian)
    view = window.audit_view
    assert view is not None
    window.show_page(view)
    row = next(r for r, e in enumerate(shown(view)) if e.record_id == story.first.id)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(row, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert [f.record.id for f in window.forms] == [story.first.id]
    views = events_of(db, AuditAction.VIEW, record_id=story.first.id)
    assert [(e.username, e.reference) for e in views] == [("gwen", story.first.reference)]
    # Again (a double-click, say): the open window comes forward; the record is not read twice.
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert len(window.forms) == 1
    assert len(events_of(db, AuditAction.VIEW, record_id=story.first.id)) == 1
    # An event that is not about a record says so.
    login = next(r for r, e in enumerate(shown(view)) if e.record_id is None)
    view.table.setCurrentIndex(view.model.index(login, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.message.text() == "This event is not about a record."
    assert modal.errors == []


def test_an_administrator_is_told_they_cannot_open_records(qtbot, db, story, modal) -> None:
    window = open_window(qtbot, db, story.admin)
    view = window.audit_view
    assert view is not None
    window.show_page(view)
    # Administrators see which fields changed, never the comments.
    authorised = next(e for e in shown(view) if e.action is AuditAction.AUTHORISE)
    assert "comment" not in authorised.details
    row = next(r for r, e in enumerate(shown(view)) if e.record_id == story.first.id)
    view.table.setCurrentIndex(view.model.index(row, 0))
    view.table.doubleClicked.emit(view.model.index(row, 0))
    assert window.forms == [] and modal.errors == []
    assert view.message.isVisible() and view.message.property("tone") == "bad"
    assert view.message.text().startswith("You cannot")
    assert events_of(db, AuditAction.VIEW) == []


def test_check_the_trail(qtbot, db, db_path, story, modal) -> None:
    window = open_window(qtbot, db, story.guardian)
    view = window.audit_view
    assert view is not None
    window.show_page(view)
    with qtbot.waitSignal(view.trail_checked, timeout=120_000):
        qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    assert view.check_button.isEnabled()
    count = len(audit.find_events(db, story.guardian))
    assert view.message.property("tone") == "good" and view.message.isVisible()
    assert f"OK: {count} events, head " in view.message.text()
    # Someone edits an event behind the app's back (the trigger dropped first).
    authorised = events_of(db, AuditAction.AUTHORISE)[0]
    with sqlite3.connect(db_path) as raw:
        raw.execute("DROP TRIGGER audit_events_no_update")
        raw.execute("UPDATE audit_events SET username = 'alex' WHERE sequence = ?",
                    (authorised.sequence,))
    with qtbot.waitSignal(view.trail_checked, timeout=120_000):
        qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    assert view.message.property("tone") == "bad"
    assert f"BROKEN at event {authorised.sequence}: " in view.message.text()
    assert modal.errors == []


def test_export_csv_and_pdf_are_recorded_with_their_filters(
    qtbot, db, story, manager, tmp_path: Path, monkeypatch, modal
) -> None:
    window = open_window(qtbot, db, story.guardian)
    view = window.audit_view
    assert view is not None
    window.show_page(view)
    view.user_filter.select(manager.id)
    view.action_filter.select(AuditAction.AUTHORISE)
    asked: list[str] = []

    folder = tmp_path / "exports"
    folder.mkdir()

    def save_as(parent, title, suggested, file_filter, suffix):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(folder / f"trail{suffix}")

    monkeypatch.setattr(dialogs, "ask_save_path", save_as)
    assert view.export_csv()
    target = folder / "trail.csv"
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM, for Excel
    with target.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0] == ["When", "Who", "Action", "Record", "Details"]
    assert [row[1:4] for row in table[1:]] == [["morgan", "Authorised", story.first.reference]]
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == ["trail.csv"]  # no .part left
    exports = events_of(db, AuditAction.EXPORT, user=story.guardian)
    assert len(exports) == 1
    assert exports[0].details == {"what": "audit events (CSV)", "rows": 1, "filters": {
        "user": "morgan", "action": "authorise"}}
    assert view.message.property("tone") == "good"
    assert view.message.text() == "1 event saved to trail.csv"

    view.reference.setText(story.first.reference)
    view.refresh()
    assert view.export_pdf()
    pdf = PdfReader(str(folder / "trail.pdf"))
    text = pdf.pages[0].extract_text()
    assert text.count("OFFICIAL-SENSITIVE") == 2 and "Page 1 of 1" in text
    assert "Gwen Hughes (gwen)" in text and story.first.reference in text
    assert "who: morgan (Morgan Shaw)" in text
    assert pdf.metadata is not None and "gwen" not in str(dict(pdf.metadata)).lower()
    exports = events_of(db, AuditAction.EXPORT, user=story.guardian)
    assert [e.details["what"] for e in exports] == ["audit events (PDF)", "audit events (CSV)"]
    assert exports[0].details["filters"] == {
        "user": "morgan", "action": "authorise", "record": story.first.reference}
    assert asked[0].endswith(".csv") and asked[1].endswith(".pdf")
    # The list shows the new export events (it was refreshed).
    view.user_filter.select(None)
    view.action_filter.select(AuditAction.EXPORT)
    view.reference.clear()
    view.refresh()
    assert len(shown(view)) == 2
    assert modal.errors == []


def test_a_cancelled_export_writes_nothing(qtbot, db, story, monkeypatch, modal) -> None:
    window = open_window(qtbot, db, story.guardian)
    view = window.audit_view
    assert view is not None
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: None)
    assert not view.export_csv() and not view.export_pdf()
    assert events_of(db, AuditAction.EXPORT) == []


def test_switching_user_and_closing_sign_out_once(qtbot, db, practitioner, manager,
                                                  modal) -> None:
    window = open_window(qtbot, db, practitioner)
    assert window.switch_user()
    assert not window.isVisible()
    window.close()  # already closed: nothing more is recorded
    assert len(events_of(db, AuditAction.LOGOUT, user=practitioner)) == 1

    other = open_window(qtbot, db, manager)
    other.close()
    other.close()
    assert len(events_of(db, AuditAction.LOGOUT, user=manager)) == 1
    # A window whose closing is refused (a form keeps unsaved changes) has not signed out.
    again = open_window(qtbot, db, practitioner)
    form = again.new_record()
    assert form is not None
    qtbot.keyClicks(form.editor("case_reference").edit, "CM-9")
    modal.unsaved_answer = dialogs.UnsavedChoice.CANCEL
    assert not again.close()
    assert len(events_of(db, AuditAction.LOGOUT, user=practitioner)) == 1
    modal.unsaved_answer = dialogs.UnsavedChoice.DISCARD
    assert again.close()
    assert len(events_of(db, AuditAction.LOGOUT, user=practitioner)) == 2


def test_the_idle_lock_is_recorded_once_per_lock(qtbot, db, practitioner, modal) -> None:
    # The test says when the idle time is up (not the clock: a busy machine is slow).
    window = open_window(qtbot, db, practitioner)
    window.idle.idle.emit()
    assert window.locked
    assert len(events_of(db, AuditAction.IDLE_LOCK, user=practitioner)) == 1
    assert not window.idle.timer.isActive()  # still idle, still locked: not counted again
    window.lock_after_idle()
    assert len(events_of(db, AuditAction.IDLE_LOCK, user=practitioner)) == 1
    dialog = window.lock_dialog
    assert dialog is not None
    dialog.password.setText(TEST_PASSWORD)
    assert dialog.unlock()
    assert window.idle.timer.isActive()  # counting again once unlocked
    window.idle.idle.emit()
    assert window.locked
    assert len(events_of(db, AuditAction.IDLE_LOCK, user=practitioner)) == 2
    assert len(events_of(db, AuditAction.UNLOCK, user=practitioner)) == 1
    # "Lock now" is not a lock after inactivity.
    assert window.lock_dialog is not None
    window.lock_dialog.password.setText(TEST_PASSWORD)
    assert window.lock_dialog.unlock()
    window.idle.pause()
    window.lock()
    assert len(events_of(db, AuditAction.IDLE_LOCK, user=practitioner)) == 2


def test_opening_a_record_as_a_manager_is_one_view(qtbot, db, practitioner, manager,
                                                   modal) -> None:
    org = add_organisation(db)
    submitted = records.submit(db, practitioner, complete_record(org.id, "CM-5"))
    assert submitted.id is not None
    window = open_window(qtbot, db, manager)
    form = window.open_record(submitted.id)
    assert form is not None
    guardian = make_guardian(db)

    def views() -> list[AuditEvent]:
        return audit.find_events(db, guardian, record_id=submitted.id,
                                 actions=[AuditAction.VIEW])

    assert [(e.username, e.record_id) for e in views()] == [("morgan", submitted.id)]
    # Its History tab shows the record's own events, the manager's viewing among them.
    form.tabs.setCurrentIndex(1)
    panel = form.history_panel
    assert panel.audit_events.isVisible()
    assert [e.action for e in panel.shown_events] == [AuditAction.SUBMIT, AuditAction.VIEW]
    rows = [[panel.audit_events.item(r, c).text() for c in range(4)]
            for r in range(panel.audit_events.rowCount())]
    assert [r[1:3] for r in rows] == [
        ["alex", "Submitted"], ["morgan", "Viewed by someone other than the author"]]
    # Authorising from the form reloads it from what the service returned: no second view.
    dialog = form.open_review(Action.AUTHORISE)
    assert dialog is not None
    qtbot.keyClicks(dialog.comment, "Agreed.")
    assert dialog.confirm()
    assert [e.action for e in panel.shown_events][-1] is AuditAction.AUTHORISE
    # Opening it again while its window is open brings the window forward.
    assert window.open_record(submitted.id) is form
    assert len(views()) == 1
    # The author reading their own record is not a "view".
    mine = open_window(qtbot, db, practitioner)
    assert mine.open_record(submitted.id) is not None
    assert len(views()) == 1
    assert modal.errors == []


def test_the_record_events_are_hidden_when_refused(qtbot, db, practitioner, window,
                                                   monkeypatch) -> None:
    org = add_organisation(db)
    saved = records.submit(db, practitioner, complete_record(org.id, "CM-6"))
    assert saved.id is not None

    def refuse(db, actor, record_id):  # type: ignore[no-untyped-def]
        raise PermissionDeniedError("You cannot see the audit trail.")

    monkeypatch.setattr(audit, "record_events", refuse)
    form = window.open_record(saved.id)
    assert form is not None
    form.tabs.setCurrentIndex(1)
    assert form.tabs.isTabVisible(1)  # the versions and reviews are still there
    assert not form.history_panel.audit_events.isVisible()
    assert not form.history_panel.audit_title.isVisible()
