"""The record form: problems beside fields, conditional questions, autosave, locking."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from infoshare_desktop.domain.fields import FIELDS, FIELDS_BY_NAME, Kind
from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.domain.rules import completion_problems
from infoshare_desktop.domain.vocab import (
    Article9Condition,
    ConsentStatus,
    DataCategory,
    LegalGateway,
    Origin,
    Outcome,
    PersonInformed,
    RecordStatus,
    Schedule1Condition,
)
from infoshare_desktop.services import records, recovery
from infoshare_desktop.ui.dialogs import UnsavedChoice
from infoshare_desktop.ui.main_window import MainWindow
from infoshare_desktop.ui.views.record_form import RecordForm
from tests.factories import make_user

from .conftest import AUTOSAVE_MS
from .sample import add_organisation, complete_record


def open_form(qtbot, db, user, record: DecisionRecord | None = None, **kwargs) -> RecordForm:  # type: ignore[no-untyped-def]
    kwargs.setdefault("autosave_ms", AUTOSAVE_MS)
    form = RecordForm(db, user, record or records.new_record(), **kwargs)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def shown(form: RecordForm, name: str) -> bool:
    return not form.block(name).isHidden()


def test_mark_complete_on_incomplete_record_shows_each_problem(
    qtbot, db, modal, practitioner
) -> None:
    form = open_form(qtbot, db, practitioner)
    qtbot.keyClicks(form.editor("case_reference").edit, "CM-1")
    form.editor("outcome").combo.setCurrentIndex(
        1 + list(Outcome).index(Outcome.NOT_SHARED)
    )
    qtbot.mouseClick(form.complete_button, Qt.MouseButton.LeftButton)

    expected = {
        "people": "Add at least one person whose information is involved, with their name "
                  "and role",
        "origin": "Select how the decision started",
        "purpose_category": "Select the purpose category",
        "purpose": "Enter the purpose of sharing",
        "necessity": "Enter why sharing is, or is not, necessary and proportionate",
        "withheld_description": "Enter what was withheld",
        "withheld_reason": "Enter why the information was withheld",
        "decision_maker_name": "Enter the name of the person who made the decision",
        "decision_maker_position": "Enter the decision maker's position",
        "decided_at": "Enter the date and time of the decision",
        "article6_basis": "Select the UK GDPR Article 6 basis",
        "consent": "Select the consent position",
        "person_informed": "Select whether the person has been told about the sharing",
    }
    for name, message in expected.items():
        block = form.block(name)
        assert block.error.isVisible(), name
        assert block.error.text() == message
    # Fields with no problem show no error, including the one that was answered.
    for name in ("case_reference", "outcome", "shared_description", "recipient_name"):
        assert not form.block(name).error.isVisible(), name
    # Exactly the domain's problems are shown, each beside its own field.
    domain = completion_problems(form.current_record(), datetime.now(UTC))
    showing = {name for name, block in form.blocks.items() if block.error.isVisible()}
    assert showing == {p.field for p in domain} == set(expected)
    # The summary lists the same problems, in form order, as links.
    assert form.summary.isVisible()
    summary = [(link.property("field"), link.text()) for link in form.summary_links]
    assert [name for name, _ in summary] == list(expected)
    for (name, html), message in zip(summary, expected.values(), strict=True):
        assert f'href="{name}"' in html
        assert message.replace("'", "&#x27;") in html or message in html
    # The record was saved as a draft meanwhile (nothing typed is lost).
    assert form.record.id is not None
    assert records.get_record(db, practitioner, form.record.id).status is RecordStatus.DRAFT
    # A summary link moves the cursor to its field.
    form.summary_links[-1].linkActivated.emit("person_informed")
    assert form.focusWidget() is form.editor("person_informed").combo
    assert modal.errors == []


def test_problems_clear_when_fixed_and_typed_dates_are_checked(qtbot, db, practitioner) -> None:
    form = open_form(qtbot, db, practitioner)
    qtbot.keyClicks(form.editor("request_received_on").edit, "31/02/2025")
    assert not form.save_draft()
    assert form.block("request_received_on").error.text().startswith("Enter a real date")
    form.editor("request_received_on").edit.setText("28/02/2025")
    form.editor("decided_at").date_edit.setText("01/03/2025")
    assert not form.save_draft()
    assert form.block("decided_at").error.text() == (
        "Enter the time as well as the date, for example 14:30"
    )
    form.editor("decided_at").time_edit.setText("09:00")
    assert form.save_draft()
    assert not form.summary.isVisible()
    assert not any(block.error.isVisible() for block in form.blocks.values())
    saved = records.get_record(db, practitioner, form.record.id)
    assert saved.decided_at is not None and saved.decided_at.tzinfo is not None
    assert form.title.text() == saved.reference


def test_conditional_fields_follow_the_answers_and_keep_typing(qtbot, db, practitioner) -> None:
    form = open_form(qtbot, db, practitioner)

    def choose(name: str, value: object) -> None:
        combo = form.editor(name).combo
        combo.setCurrentIndex(1 + list(FIELDS_BY_NAME[name].options()).index(value))

    request_fields = ("requesting_organisation", "requester_name", "request_details")
    assert not any(shown(form, n) for n in request_fields)
    choose("origin", Origin.RESPONSE_TO_REQUEST)
    assert all(shown(form, n) for n in request_fields)
    qtbot.keyClicks(form.editor("requester_name").edit, "DC Sam Okafor")
    choose("origin", Origin.PROACTIVE)
    assert not shown(form, "requester_name")
    choose("origin", Origin.RESPONSE_TO_REQUEST)
    assert form.editor("requester_name").edit.text() == "DC Sam Okafor"

    share_fields = ("shared_description", "data_categories", "recipient_organisation_id",
                    "shared_at", "method", "confidentiality_basis")
    withheld = ("withheld_description", "withheld_reason")
    choose("outcome", Outcome.NOT_SHARED)
    assert not any(shown(form, n) for n in share_fields)
    assert all(shown(form, n) for n in withheld)
    choose("outcome", Outcome.SHARED_IN_FULL)
    assert all(shown(form, n) for n in share_fields)
    assert not any(shown(form, n) for n in withheld)

    categories = form.editor("data_categories")
    boxes = dict(zip(categories.options, categories.boxes, strict=True))
    assert not shown(form, "article9_condition")
    boxes[DataCategory.HEALTH].click()
    assert shown(form, "article9_condition")
    assert not shown(form, "schedule1_condition")
    choose("article9_condition", Article9Condition.HEALTH_SOCIAL_CARE)
    assert shown(form, "schedule1_condition")
    choose("schedule1_condition", Schedule1Condition.P2_SAFEGUARDING)
    assert all(shown(form, n) for n in ("para18_purpose", "para18_person",
                                        "para18_without_consent"))
    boxes[DataCategory.HEALTH].click()
    assert not shown(form, "article9_condition")
    assert not shown(form, "para18_purpose")
    boxes[DataCategory.CRIMINAL_OFFENCE].click()  # criminal offence data alone needs Sch 1
    assert shown(form, "schedule1_condition") and shown(form, "para18_purpose")

    assert not shown(form, "consent_override_reasons")
    choose("consent", ConsentStatus.NOT_SOUGHT)
    assert shown(form, "consent_override_reasons") and shown(form, "consent_override_note")
    choose("consent", ConsentStatus.GIVEN_WRITTEN)
    assert not shown(form, "consent_override_reasons")

    choose("person_informed", PersonInformed.NO)
    assert shown(form, "person_informed_reason")
    choose("legal_gateway", LegalGateway.OTHER)
    assert shown(form, "legal_gateway_other")
    form.editor("guardian_referred").box.click()
    assert shown(form, "guardian_referred_on") and shown(form, "guardian_outcome")

    # Every field's visibility matches the domain's own condition for this record.
    record = form.current_record()
    for field in FIELDS:
        assert shown(form, field.name) == field.shown(record), field.name


def test_every_field_has_label_hint_and_accessible_name(qtbot, db, practitioner) -> None:
    form = open_form(qtbot, db, practitioner)
    for field in FIELDS:
        block = form.block(field.name)
        first = block.editor.focus_widgets()[0]
        assert block.editor.accessibleName() == field.label, field.name
        assert block.editor.accessibleDescription() == field.hint, field.name
        if field.kind not in (Kind.PEOPLE, Kind.TESTS, Kind.ADVICE, Kind.MULTI_CHOICE):
            assert first.accessibleName() == field.label, field.name
            assert first.accessibleDescription() == field.hint, field.name
        if field.kind is not Kind.FLAG:
            assert block.label.text() == field.label
            assert block.label.buddy() is first
        assert block.hint.isVisibleTo(block) == bool(field.hint)
        assert block.error.isHidden()
        for widget in block.editor.focus_widgets():
            if isinstance(widget, QLineEdit | QComboBox):
                assert widget.accessibleName(), (field.name, widget)
    # Long text: Tab moves on instead of typing a tab character.
    assert form.editor("purpose").edit.tabChangesFocus()


def test_autosave_writes_a_slot_and_the_recovery_offer_restores_it(
    qtbot, db, practitioner
) -> None:
    form = open_form(qtbot, db, practitioner)
    qtbot.keyClicks(form.editor("case_reference").edit, "CM-777")
    qtbot.waitUntil(lambda: len(recovery.pending_recoveries(db, practitioner)) == 1)
    assert form.recovery_slot is not None
    # More typing reuses the same slot.
    qtbot.keyClicks(form.editor("purpose").edit, "Keep the child safe")
    qtbot.waitUntil(
        lambda: recovery.pending_recoveries(db, practitioner)[0].record.purpose
        == "Keep the child safe"
    )
    assert len(recovery.pending_recoveries(db, practitioner)) == 1
    # The app "crashes": the window goes without saving or asking.
    form.autosave_timer.stop()
    form.dirty = False
    form.close()

    window = MainWindow(db, practitioner, autosave_ms=AUTOSAVE_MS, idle_lock_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    dialog = window.offer_recoveries()
    assert dialog is not None and len(dialog.rows) == 1
    slot = next(iter(dialog.rows))
    qtbot.mouseClick(dialog.restore_buttons[slot], Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert len(window.forms) == 1
    restored = window.forms[0]
    assert restored.editor("case_reference").value() == "CM-777"
    assert restored.editor("purpose").value() == "Keep the child safe"
    assert restored.dirty and restored.windowTitle().startswith("New record *")
    assert restored.recovery_slot == slot
    # Saving the restored work clears the slot.
    assert restored.save_draft()
    assert recovery.pending_recoveries(db, practitioner) == []
    assert records.list_records(db, practitioner)[0].case_reference == "CM-777"
    window.close()


def test_recovery_offer_can_discard(qtbot, db, practitioner) -> None:
    slot = recovery.autosave(db, practitioner, DecisionRecord(case_reference="CM-5"), None)
    window = MainWindow(db, practitioner, autosave_ms=AUTOSAVE_MS, idle_lock_ms=3_600_000)
    qtbot.addWidget(window)
    dialog = window.offer_recoveries()
    assert dialog is not None
    qtbot.mouseClick(dialog.discard_buttons[slot], Qt.MouseButton.LeftButton)
    assert recovery.pending_recoveries(db, practitioner) == []
    assert window.forms == []
    assert window.offer_recoveries() is None
    window.close()


def test_recovery_is_offered_only_to_its_author(qtbot, db, practitioner) -> None:
    """On a shared PC, one person's unsaved typing is never shown to the next."""
    form = open_form(qtbot, db, practitioner)
    qtbot.keyClicks(form.editor("case_reference").edit, "CM-606")
    form.autosave_now()
    assert len(recovery.pending_recoveries(db, practitioner)) == 1
    colleague = make_user(db, "blake", teams=["Team A"])
    other = MainWindow(db, colleague, autosave_ms=AUTOSAVE_MS, idle_lock_ms=3_600_000)
    qtbot.addWidget(other)
    assert other.offer_recoveries() is None
    assert recovery.pending_recoveries(db, colleague) == []
    recovery.discard_recovery(db, colleague, form.recovery_slot)  # not theirs: no effect
    assert len(recovery.pending_recoveries(db, practitioner)) == 1
    mine = MainWindow(db, practitioner, autosave_ms=AUTOSAVE_MS, idle_lock_ms=3_600_000)
    qtbot.addWidget(mine)
    dialog = mine.offer_recoveries()
    assert dialog is not None and len(dialog.rows) == 1


def test_closing_with_changes_autosaves_then_asks(qtbot, db, modal, practitioner) -> None:
    form = open_form(qtbot, db, practitioner, autosave_ms=60_000)
    qtbot.keyClicks(form.editor("case_reference").edit, "CM-42")
    modal.unsaved_answer = UnsavedChoice.CANCEL
    assert not form.close()
    assert form.isVisible() and len(modal.unsaved) == 1
    assert len(recovery.pending_recoveries(db, practitioner)) == 1  # autosaved before asking
    modal.unsaved_answer = UnsavedChoice.SAVE
    assert form.close()
    assert [s.case_reference for s in records.list_records(db, practitioner)] == ["CM-42"]
    assert recovery.pending_recoveries(db, practitioner) == []

    other = open_form(qtbot, db, practitioner, autosave_ms=60_000)
    qtbot.keyClicks(other.editor("case_reference").edit, "CM-43")
    modal.unsaved_answer = UnsavedChoice.DISCARD
    assert other.close()
    assert [s.case_reference for s in records.list_records(db, practitioner)] == ["CM-42"]
    assert recovery.pending_recoveries(db, practitioner) == []


def test_completed_record_opens_read_only(qtbot, window, db, practitioner) -> None:
    org = add_organisation(db)
    done = records.mark_complete(db, practitioner, complete_record(org.id))
    form = window.open_record(done.id)
    assert form is not None
    assert form.read_only
    assert form.locked_note.isVisible()
    assert form.locked_note.text().startswith("Completed on ")
    assert form.locked_note.text().endswith(" and locked. To correct it, add an addendum.")
    assert not form.save_button.isVisible() and not form.complete_button.isVisible()
    assert not form.submit_button.isVisible()
    assert form.addendum_button.isVisible()
    assert form.status_tag.text() == "Completed"
    assert form.editor("case_reference").edit.isReadOnly()
    assert form.editor("purpose").edit.isReadOnly()
    assert not form.editor("outcome").combo.isEnabled()
    assert not form.editor("people").add_button.isVisible()
    assert not form.editor("data_categories").boxes[0].isEnabled()
    assert form.editor("case_reference").value() == "CM-100200"
    qtbot.keyClicks(form.editor("case_reference").edit, "X")
    assert form.editor("case_reference").value() == "CM-100200"
    assert not form.dirty and not form.save_draft()


def test_mark_complete_locks_the_form(qtbot, window, db, practitioner) -> None:
    org = add_organisation(db)
    form = window.open_form(complete_record(org.id))
    assert form.mark_complete()
    assert form.read_only and form.locked_note.isVisible()
    assert records.get_record(db, practitioner, form.record.id).status is RecordStatus.COMPLETED
    assert window.decisions.model.rowCount() == 1  # the list refreshed


def test_add_organisation_from_the_form_selects_it(qtbot, db, practitioner) -> None:
    form = open_form(qtbot, db, practitioner)
    dialog = form.add_organisation()
    qtbot.keyClicks(dialog.name, "Hillside Academy")
    dialog.type.setCurrentIndex(3)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    editor = form.editor("recipient_organisation_id")
    assert editor.value() == dialog.saved.id
    assert editor.combo.currentText() == "Hillside Academy"
    assert form.dirty


@pytest.fixture
def london() -> Iterator[None]:
    """Local time is Europe/London for this test (1 July is British Summer Time)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/London"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.mark.usefixtures("london")
def test_times_are_shown_local_and_stored_utc(qtbot, db, practitioner) -> None:
    record = DecisionRecord(decided_at=datetime(2025, 7, 1, 13, 0, tzinfo=UTC))
    form = open_form(qtbot, db, practitioner, record)
    assert form.editor("decided_at").date_edit.text() == "01/07/2025"
    assert form.editor("decided_at").time_edit.text() == "14:00"
    assert form.editor("decided_at").value() == datetime(2025, 7, 1, 13, 0, tzinfo=UTC)


def test_an_answer_kept_from_before_is_shown_with_its_contradiction(
    qtbot, window, db, practitioner
) -> None:
    """A date shared typed before the outcome became Not shared is hidden with the
    transfer section; completing shows it again, beside the message to remove it."""
    org = add_organisation(db)
    form = window.open_form(complete_record(org.id))
    form.editor("outcome").combo.setCurrentIndex(1 + list(Outcome).index(Outcome.NOT_SHARED))
    form.editor("withheld_description").edit.setPlainText("Everything asked for")
    form.editor("withheld_reason").edit.setPlainText("Not needed for the school's purpose")
    assert not shown(form, "shared_at")  # hidden, but the answer is kept
    assert not form.mark_complete()
    assert shown(form, "shared_at") and form.block("shared_at").has_error()
    fields = [link.property("field") for link in form.summary_links]
    assert "shared_at" in fields and "method" in fields
    form.editor("shared_at").set_value(None)
    form.editor("method").set_value(None)
    for name in ("address_checked", "receipt_confirmed"):
        form.editor(name).set_value(False)
    form.editor("retention_agreed").set_value("")
    assert form.mark_complete()
    assert not shown(form, "shared_at")


def test_an_addendum_cannot_empty_a_required_answer(qtbot, window, db, practitioner) -> None:
    org = add_organisation(db)
    done = records.mark_complete(db, practitioner, complete_record(org.id))
    form = window.open_record(done.id)
    assert form is not None
    form.start_addendum()
    form.editor("purpose").edit.clear()
    form.reason.setPlainText("The purpose was wrong")
    assert not form.save_addendum()
    assert form.block("purpose").has_error()
    assert [link.property("field") for link in form.summary_links] == ["purpose"]
    assert records.get_record(db, practitioner, done.id).purpose == done.purpose
