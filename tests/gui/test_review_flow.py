"""Submit, review, return, amend, resubmit, authorise: driven through the real windows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.permissions import Action
from infoshare_desktop.domain.vocab import ManagerDecision, RecordStatus, ReviewAction, Role
from infoshare_desktop.services import records
from infoshare_desktop.services import settings as settings_service
from infoshare_desktop.storage.database import Database
from infoshare_desktop.ui.main_window import MainWindow
from infoshare_desktop.ui.views.record_form import RecordForm
from tests.factories import make_user, organisation_admin

from .conftest import AUTOSAVE_MS
from .sample import add_organisation, complete_record


def open_window(qtbot, db: Database, user: User) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(db, user, autosave_ms=AUTOSAVE_MS, idle_lock_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def authorisation_required(db: Database) -> Iterator[None]:
    admin = organisation_admin(db)
    current = settings_service.get_settings(db)
    settings_service.update_settings(
        db, admin, settings_service.OrganisationSettings(
            **{**current.__dict__, "authorisation_required": True})
    )
    yield


def primary(form: RecordForm) -> str:
    shown = [b for b in form.footer_buttons if b.isVisible() and b.property("primary") is True]
    assert len(shown) == 1, [b.text() for b in shown]  # one primary action per screen
    return shown[0].text()


def visible_buttons(form: RecordForm) -> list[str]:
    return [b.text() for b in form.footer_buttons if b.isVisible()]


def open_from_queue(qtbot, window: MainWindow, reference: str) -> RecordForm:  # type: ignore[no-untyped-def]
    waiting = window.waiting
    assert waiting is not None
    window.show_page(waiting)
    references = [waiting.summary_at(waiting.model.index(r, 0)).reference
                  for r in range(waiting.model.rowCount())]
    row = references.index(reference)
    waiting.table.setFocus()
    waiting.table.setCurrentIndex(waiting.model.index(row, 0))
    qtbot.keyClick(waiting.table, Qt.Key.Key_Return)
    form = next(f for f in window.forms if f.record.reference == reference)
    qtbot.waitExposed(form)
    return form


@pytest.mark.usefixtures("authorisation_required")
def test_submit_return_amend_resubmit_authorise(
    qtbot, db, practitioner, manager, modal
) -> None:
    org = add_organisation(db)
    worker = open_window(qtbot, db, practitioner)
    boss = open_window(qtbot, db, manager)
    assert boss.page_names()[1] == "Waiting for me (0)"

    # The practitioner records a decision and submits it (the primary action here).
    form = worker.open_form(complete_record(org.id, "CM-5150", "Casey Brook"))
    assert visible_buttons(form) == ["Save draft", "Submit for review"]
    assert primary(form) == "Submit for review"
    for name in ("authoriser_name", "authorisation_comment"):
        assert form.editor(name).focus_widgets()[0].property("readOnly") is True
    assert not form.editor("authorisation_decision").combo.isEnabled()
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert form.record.status is RecordStatus.SUBMITTED, modal.errors
    reference = form.record.reference
    assert form.read_only and form.locked_note.isVisible()
    assert form.locked_note.text().startswith("Submitted on ")
    assert "To correct it, add an addendum." in form.locked_note.text()
    assert visible_buttons(form) == ["Add addendum…", "Report a breach…"]
    form.close()

    # The manager finds it in the queue, with the count in the navigation.
    boss.refresh_waiting()
    assert boss.page_names()[1] == "Waiting for me (1)"
    waiting = boss.waiting
    assert waiting is not None and waiting.model.rowCount() == 1
    assert waiting.model.index(0, 3).data() == "Alex Rivers"
    review_form = open_from_queue(qtbot, boss, reference)
    assert review_form.read_only
    assert review_form.author_label.text() == "Recorded by Alex Rivers"
    assert visible_buttons(review_form) == [
        "Request advice…", "Authorise…", "Return for amendment…", "Decline…",
        "Report a breach…"]
    assert primary(review_form) == "Authorise…"

    # Returning needs a comment: the error is shown beside the box.
    qtbot.mouseClick(review_form.review_buttons[Action.RETURN], Qt.MouseButton.LeftButton)
    dialog = review_form.comment_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.fields.error_text("comment").startswith("Enter a comment")
    qtbot.keyClicks(dialog.comment, "Say which concerns you are sharing, in the necessity box.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert review_form.record.status is RecordStatus.RETURNED
    assert review_form.read_only and visible_buttons(review_form) == []
    assert boss.page_names()[1] == "Waiting for me (0)"
    review_form.close()

    # The practitioner sees the comment at the top, amends and resubmits.
    worker.refresh_lists()
    decisions = worker.decisions
    assert decisions is not None
    assert decisions.model.index(0, 7).data() == "Returned for amendment"
    amend = worker.open_record(decisions.summary_at(decisions.model.index(0, 0)).id)
    assert amend is not None
    assert amend.review_note.isVisible()
    note = amend.review_note.text()
    assert note.startswith("Returned for amendment by Morgan Shaw on ")
    assert note.endswith("Say which concerns you are sharing, in the necessity box.")
    assert not amend.read_only
    assert primary(amend) == "Submit for review"
    necessity = amend.editor("necessity").edit
    necessity.setFocus()
    necessity.moveCursor(necessity.textCursor().MoveOperation.End)
    qtbot.keyClicks(necessity, " Shared: the dates of the two incidents in June.")
    qtbot.mouseClick(amend.submit_button, Qt.MouseButton.LeftButton)
    assert amend.record.status is RecordStatus.SUBMITTED, modal.errors
    assert not amend.review_note.isVisible()
    amend.close()

    # The manager authorises it: the review fills the authorisation block.
    boss.refresh_waiting()
    assert boss.page_names()[1] == "Waiting for me (1)"
    again = open_from_queue(qtbot, boss, reference)
    assert again.editor("necessity").value().endswith("dates of the two incidents in June.")
    qtbot.mouseClick(again.review_buttons[Action.AUTHORISE], Qt.MouseButton.LeftButton)
    authorise = again.comment_dialog
    assert authorise is not None
    qtbot.keyClicks(authorise.comment, "Proportionate.")
    qtbot.mouseClick(authorise.ok_button, Qt.MouseButton.LeftButton)
    assert again.record.status is RecordStatus.AUTHORISED
    assert again.editor("authoriser_name").value() == "Morgan Shaw"
    assert again.editor("authorisation_decision").value() is ManagerDecision.AUTHORISED
    assert boss.page_names()[1] == "Waiting for me (0)"
    history = records.record_history(db, manager, again.record.id)
    assert [(r.action, r.by) for r in history.reviews] == [
        (ReviewAction.RETURN, "Morgan Shaw"), (ReviewAction.AUTHORISE, "Morgan Shaw")]
    assert history.reviews[0].comment.startswith("Say which concerns")
    again.close()

    # Back with the practitioner: only the details known after sharing can be typed.
    done = worker.open_record(again.record.id)
    assert done is not None
    assert done.record.status is RecordStatus.AUTHORISED
    assert primary(done) == "Mark complete"
    assert done.editor("purpose").edit.isReadOnly()
    assert done.editor("method").combo.isEnabled()
    assert modal.errors == []


def test_refusal_shows_in_the_form(qtbot, db, practitioner, manager) -> None:
    """A refusal from the services (here: the record was submitted meanwhile) is shown
    in the form's message area, not in a dialog box."""
    org = add_organisation(db)
    worker = open_window(qtbot, db, practitioner)
    saved = records.save_draft(db, practitioner, complete_record(org.id))
    form = worker.open_record(saved.id)
    assert form is not None and not form.read_only
    records.submit(db, practitioner, saved)  # e.g. from another PC
    qtbot.keyClicks(form.editor("purpose").edit, " more")
    assert not form.save_draft()
    assert form.message.isVisible()
    # Submitted since the form read it: refused as a stale save, saying who and when.
    assert form.message.text().startswith(
        "You changed this record in another window or on another computer at ")


def test_refused_submission_keeps_the_new_record(qtbot, db, practitioner, modal) -> None:
    """Submitting a new record with answers missing saves it as a draft (with its
    reference) and lists what is missing."""
    worker = open_window(qtbot, db, practitioner)
    form = worker.new_record()
    assert form is not None
    qtbot.keyClicks(form.editor("case_reference").edit, "CM-31")
    assert not form.submit()
    assert form.record.id is not None and form.record.reference
    assert form.title.text() == form.record.reference
    assert form.record.status is RecordStatus.DRAFT and not form.dirty
    assert form.save_state.text() == "Draft saved; not submitted yet"
    assert form.summary.isVisible() and form.block("purpose").error.isVisible()
    assert not form.block("person_informed").error.isVisible()  # needed only after sharing
    assert [s.case_reference for s in records.list_records(db, practitioner)] == ["CM-31"]
    assert modal.errors == []


@pytest.mark.usefixtures("authorisation_required")
def test_emergency_offers_mark_complete_when_authorisation_is_required(
    qtbot, db, practitioner
) -> None:
    """Only an emergency share may be completed before a manager's review."""
    window = open_window(qtbot, db, practitioner)
    form = window.new_record()
    assert form is not None
    assert not form.complete_button.isVisible() and form.submit_button.isVisible()
    form.editor("emergency").box.click()
    assert form.complete_button.isVisible()
    form.editor("emergency").box.click()
    assert not form.complete_button.isVisible()


def test_emergency_review_and_guardian_decision(qtbot, db, practitioner, manager, modal) -> None:
    from dataclasses import replace

    guardian = make_user(db, "gwen", Role.GUARDIAN, full_name="Gwen Hughes")
    org = add_organisation(db)
    shared = records.mark_complete(
        db, practitioner, replace(complete_record(org.id, "CM-911"), emergency=True))
    assert shared.awaiting_review

    boss = open_window(qtbot, db, manager)
    assert boss.page_names()[1] == "Waiting for me (1)"
    assert boss.waiting is not None
    assert boss.waiting.model.index(0, 7).data() == "Completed, awaiting review"
    form = open_from_queue(qtbot, boss, shared.reference)
    assert "waiting for a manager's review" in form.locked_note.text()
    assert visible_buttons(form) == ["Review emergency share…", "Report a breach…"]
    assert primary(form) == "Review emergency share…"
    dialog = form.open_review(Action.REVIEW_EMERGENCY)
    assert dialog is not None
    assert dialog.confirm()  # the comment is optional here
    assert not form.record.awaiting_review
    assert boss.page_names()[1] == "Waiting for me (0)"
    assert visible_buttons(form) == ["Report a breach…"]

    oversight = open_window(qtbot, db, guardian)
    assert oversight.decisions is not None
    oversight.decisions.refresh()
    looked = oversight.open_record(shared.id)
    assert looked is not None
    assert visible_buttons(looked) == ["Guardian decision…", "Report a breach…"]
    decision = looked.open_review(Action.GUARDIAN_DECISION)
    assert decision is not None
    assert not decision.confirm()
    assert decision.fields.error_text("comment") != ""
    decision.comment.setPlainText("Agreed: sharing was justified in the emergency.")
    assert decision.confirm()
    assert looked.record.status is RecordStatus.COMPLETED
    reviews = looked.history_panel.reviews
    assert [reviews.item(r, 2).text() for r in range(reviews.rowCount())] == [
        "Emergency share reviewed", "Caldicott Guardian decision"]
    assert reviews.item(1, 1).text() == "Gwen Hughes"

    breach = form.open_review(Action.REPORT_BREACH)
    assert breach is not None
    assert not breach.confirm()
    assert breach.fields.error_text("comment").startswith("Describe what went wrong")
    breach.comment.setPlainText("The chronology went to the wrong school by email; recalled.")
    assert breach.confirm()
    assert form.record.status is RecordStatus.COMPLETED
    reviews = form.history_panel.reviews
    assert reviews.item(reviews.rowCount() - 1, 2).text() == (
        "Breach or misdirected information reported")
    assert modal.errors == []
