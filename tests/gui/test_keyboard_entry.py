"""A whole record typed from the keyboard alone, saved, found again and reopened."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from infoshare_desktop.domain.record import AdviceSought, PersonInvolved, TestAnswer
from infoshare_desktop.domain.vocab import (
    AdviceSource,
    Article6Basis,
    Article9Condition,
    ConfidentialityBasis,
    ConsentOverrideReason,
    ConsentStatus,
    DataCategory,
    LegalGateway,
    Origin,
    Outcome,
    Para18Person,
    Para18Purpose,
    PersonInformed,
    PersonRole,
    PurposeCategory,
    Schedule1Condition,
    SharingTest,
    TransferMethod,
)
from infoshare_desktop.services import records
from infoshare_desktop.ui.views.record_form import RecordForm
from infoshare_desktop.ui.widgets.dates import to_utc

from .sample import add_organisation, complete_record


def downs(vocab_value: object, options: tuple) -> int:
    """Down-arrow presses from "Select…" to reach ``vocab_value``."""
    return options.index(vocab_value) + 1


def local(day: date, hour: int, minute: int) -> datetime:
    return to_utc(day, datetime(2000, 1, 1, hour, minute).time())


def test_fill_whole_form_by_keyboard_then_find_and_reopen(
    qtbot, window, db, modal, practitioner
) -> None:
    org = add_organisation(db)
    other = records.save_draft(db, practitioner,
                               complete_record(org.id, "CM-999999", "Someone Else"))
    assert other.id is not None

    window.activateWindow()
    qtbot.keyClick(window.decisions.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.forms) == 1)
    form: RecordForm = window.forms[0]
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.editor("case_reference").edit)

    previous: list[QPoint] = []

    def focus() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None
        return widget

    def expect(name: str, part: int) -> QWidget:
        """Focus is on part ``part`` of field ``name``, below or right of the last stop."""
        QApplication.processEvents()
        widget = focus()
        expected = form.editor(name).focus_widgets()[part]
        assert widget is expected, (name, part, widget.accessibleName())
        where = widget.mapTo(form.content, widget.rect().center())
        if previous:
            before = previous[-1]
            same_line = abs(where.y() - before.y()) <= 8
            assert (same_line and where.x() > before.x()) or where.y() > before.y() + 8, (
                name, part, before, where,
            )
        previous.append(where)
        return widget

    def tab() -> None:
        qtbot.keyClick(focus(), Qt.Key.Key_Tab)

    def type_text(name: str, text: str, part: int = 0) -> None:
        qtbot.keyClicks(expect(name, part), text)
        tab()

    def choose(name: str, presses: int, part: int = 0) -> None:
        widget = expect(name, part)
        for _ in range(presses):
            qtbot.keyClick(widget, Qt.Key.Key_Down)
        tab()

    def tick(name: str, part: int = 0, on: bool = True) -> None:
        widget = expect(name, part)
        if on:
            qtbot.keyClick(widget, Qt.Key.Key_Space)
        tab()

    def skip(name: str, part: int) -> None:
        expect(name, part)
        tab()

    def press_button(name: str, part: int) -> None:
        """Space on a button (Add person, Add advice): focus moves to the new line."""
        qtbot.keyClick(expect(name, part), Qt.Key.Key_Space)

    roles = tuple(PersonRole)
    # --- Context -------------------------------------------------------------------
    type_text("case_reference", "CM-204511")
    type_text("people", "Amelia Hart", 0)
    choose("people", downs(PersonRole.CHILD, roles), 1)
    type_text("people", "03/04/2015", 2)
    skip("people", 3)  # Remove person 1
    press_button("people", 4)  # Add person
    type_text("people", "Daniel Hart", 4)
    choose("people", downs(PersonRole.PARENT_CARER, roles), 5)
    skip("people", 6)  # no date of birth
    skip("people", 7)  # Remove person 2
    skip("people", 8)  # Add person
    choose("origin", downs(Origin.RESPONSE_TO_REQUEST, tuple(Origin)))
    type_text("requesting_organisation", "Northshire Police")
    type_text("requester_name", "DC Sam Okafor")
    type_text("requester_position", "Detective Constable")
    type_text("request_received_on", "10/03/2025")
    type_text("request_details", "Any known concerns about the household")
    type_text("requester_verification", "Called back via the force switchboard")
    tick("emergency")
    # --- Decision ------------------------------------------------------------------
    choose("outcome", downs(Outcome.SHARED_IN_PART, tuple(Outcome)))
    choose("purpose_category",
           downs(PurposeCategory.SAFEGUARDING_CHILD, tuple(PurposeCategory)))
    type_text("purpose", "Help the police assess risk to the child")
    type_text("necessity", "Only the concerns relevant to the risk are shared")
    answers = {SharingTest.ACCURATE: False}
    for line, test in enumerate(SharingTest):
        choose("tests", 1 if answers.get(test, True) else 2, 2 * line)
        type_text("tests", f"note {line + 1}", 2 * line + 1)
    type_text("shared_description", "Dates of recent incidents")
    chosen = {DataCategory.HEALTH, DataCategory.CRIMINAL_OFFENCE}
    for index, category in enumerate(DataCategory):
        tick("data_categories", index, on=category in chosen)
    type_text("withheld_description", "Health visitor notes")
    type_text("withheld_reason", "Not relevant to the request")
    choose("recipient_organisation_id", 1, 0)
    skip("recipient_organisation_id", 1)  # Add organisation…
    type_text("recipient_name", "DC Sam Okafor")
    type_text("recipient_role", "Detective Constable")
    type_text("decision_maker_name", "Alex Rivers")
    type_text("decision_maker_position", "Team manager")
    type_text("decided_at", "11/03/2025", 0)
    type_text("decided_at", "14:30", 1)
    skip("decided_at", 2)  # Now
    # --- Lawful basis --------------------------------------------------------------
    choose("article6_basis", downs(Article6Basis.PUBLIC_TASK, tuple(Article6Basis)))
    choose("article9_condition",
           downs(Article9Condition.HEALTH_SOCIAL_CARE, tuple(Article9Condition)))
    choose("schedule1_condition",
           downs(Schedule1Condition.P2_SAFEGUARDING, tuple(Schedule1Condition)))
    choose("para18_purpose", downs(Para18Purpose.PROTECT_FROM_HARM, tuple(Para18Purpose)))
    choose("para18_person", downs(Para18Person.UNDER_18, tuple(Para18Person)))
    choose("para18_without_consent", 3)  # would prejudice the protection
    choose("confidentiality_basis",
           downs(ConfidentialityBasis.PUBLIC_INTEREST, tuple(ConfidentialityBasis)))
    choose("legal_gateway", downs(LegalGateway.OTHER, tuple(LegalGateway)))
    type_text("legal_gateway_other", "Local protocol 7")
    # --- Consent and transparency --------------------------------------------------
    choose("consent", downs(ConsentStatus.NOT_SOUGHT, tuple(ConsentStatus)))
    reasons = {ConsentOverrideReason.WOULD_PREJUDICE_PROTECTION, ConsentOverrideReason.URGENCY}
    for index, reason in enumerate(ConsentOverrideReason):
        tick("consent_override_reasons", index, on=reason in reasons)
    type_text("consent_override_note", "Telling the father could put the child at risk")
    type_text("views_expressed", "Not asked")
    choose("person_informed", downs(PersonInformed.NOT_YET, tuple(PersonInformed)))
    type_text("person_informed_reason", "Police investigation under way")
    type_text("third_party_protection", "Neighbour's name redacted")
    # --- Advice and authorisation --------------------------------------------------
    press_button("advice", 0)  # Add advice
    choose("advice", downs(AdviceSource.SAFEGUARDING_LEAD, tuple(AdviceSource)), 0)
    type_text("advice", "Agreed to share in part", 1)
    skip("advice", 2)  # Remove advice 1
    skip("advice", 3)  # Add advice
    # The manager's authorisation is filled in by the review: read-only here (a
    # disabled drop-down is skipped by Tab; read-only text can still be read).
    for name in ("authoriser_name", "authoriser_role", "authorised_on"):
        qtbot.keyClicks(expect(name, 0), "typed")
        assert form.editor(name).value() in ("", None), name
        tab()
    assert not form.editor("authorisation_decision").combo.isEnabled()
    skip("authorisation_comment", 0)
    tick("guardian_referred")
    type_text("guardian_referred_on", "12/03/2025")
    type_text("guardian_outcome", "Agreed with the decision")
    # --- Transfer ------------------------------------------------------------------
    type_text("shared_at", "11/03/2025", 0)
    type_text("shared_at", "16:05", 1)
    skip("shared_at", 2)
    choose("method", downs(TransferMethod.SECURE_EMAIL, tuple(TransferMethod)))
    tick("identity_verified")
    tick("address_checked")
    tick("receipt_confirmed", on=False)
    type_text("sharing_agreement", "DSA-2024-12")
    type_text("retention_agreed", "Delete after 12 months")
    type_text("follow_up_on", "01/06/2025")
    assert focus() is form.save_button
    tab()
    assert focus() is form.submit_button
    tab()
    assert focus() is form.complete_button

    # Save with Ctrl+S, from wherever the cursor is.
    qtbot.keyClick(focus(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.record.id is not None)
    assert not form.dirty
    assert modal.errors == []
    record_id = form.record.id
    form.close()
    qtbot.waitUntil(lambda: not window.forms)

    # Find it from the main window's search box, by a person's name.
    window.activateWindow()
    decisions = window.decisions
    decisions.search.setFocus()
    qtbot.keyClicks(decisions.search, "daniel hart")
    # The search runs as each key is typed (no pause), so the list is ready now.
    assert decisions.model.rowCount() == 1
    assert decisions.summary_at(decisions.model.index(0, 0)).id == record_id
    assert decisions.count_line.text() == "1 decision matches your search"
    decisions.table.setFocus()
    decisions.table.setCurrentIndex(decisions.model.index(0, 0))
    qtbot.keyClick(decisions.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.forms) == 1)
    reopened = window.forms[0]
    assert reopened is not form
    assert reopened.record.id == record_id

    expected = {
        "case_reference": "CM-204511",
        "people": [
            PersonInvolved(PersonRole.CHILD, "Amelia Hart", date(2015, 4, 3)),
            PersonInvolved(PersonRole.PARENT_CARER, "Daniel Hart", None),
        ],
        "origin": Origin.RESPONSE_TO_REQUEST,
        "requesting_organisation": "Northshire Police",
        "requester_name": "DC Sam Okafor",
        "requester_position": "Detective Constable",
        "request_received_on": date(2025, 3, 10),
        "request_details": "Any known concerns about the household",
        "requester_verification": "Called back via the force switchboard",
        "emergency": True,
        "outcome": Outcome.SHARED_IN_PART,
        "purpose_category": PurposeCategory.SAFEGUARDING_CHILD,
        "purpose": "Help the police assess risk to the child",
        "necessity": "Only the concerns relevant to the risk are shared",
        "tests": [TestAnswer(t, answers.get(t, True), f"note {i + 1}")
                  for i, t in enumerate(SharingTest)],
        "shared_description": "Dates of recent incidents",
        "data_categories": [DataCategory.HEALTH, DataCategory.CRIMINAL_OFFENCE],
        "withheld_description": "Health visitor notes",
        "withheld_reason": "Not relevant to the request",
        "recipient_organisation_id": org.id,
        "recipient_name": "DC Sam Okafor",
        "recipient_role": "Detective Constable",
        "decision_maker_name": "Alex Rivers",
        "decision_maker_position": "Team manager",
        "decided_at": local(date(2025, 3, 11), 14, 30),
        "article6_basis": Article6Basis.PUBLIC_TASK,
        "article9_condition": Article9Condition.HEALTH_SOCIAL_CARE,
        "schedule1_condition": Schedule1Condition.P2_SAFEGUARDING,
        "para18_purpose": Para18Purpose.PROTECT_FROM_HARM,
        "para18_person": Para18Person.UNDER_18,
        "para18_without_consent": ConsentOverrideReason.WOULD_PREJUDICE_PROTECTION,
        "confidentiality_basis": ConfidentialityBasis.PUBLIC_INTEREST,
        "legal_gateway": LegalGateway.OTHER,
        "legal_gateway_other": "Local protocol 7",
        "consent": ConsentStatus.NOT_SOUGHT,
        "consent_override_reasons": [ConsentOverrideReason.WOULD_PREJUDICE_PROTECTION,
                                     ConsentOverrideReason.URGENCY],
        "consent_override_note": "Telling the father could put the child at risk",
        "views_expressed": "Not asked",
        "person_informed": PersonInformed.NOT_YET,
        "person_informed_reason": "Police investigation under way",
        "third_party_protection": "Neighbour's name redacted",
        "advice": [AdviceSought(AdviceSource.SAFEGUARDING_LEAD, "Agreed to share in part")],
        "authoriser_name": "",
        "authoriser_role": "",
        "authorised_on": None,
        "authorisation_decision": None,
        "authorisation_comment": "",
        "guardian_referred": True,
        "guardian_referred_on": date(2025, 3, 12),
        "guardian_outcome": "Agreed with the decision",
        "shared_at": local(date(2025, 3, 11), 16, 5),
        "method": TransferMethod.SECURE_EMAIL,
        "identity_verified": True,
        "address_checked": True,
        "receipt_confirmed": False,
        "sharing_agreement": "DSA-2024-12",
        "retention_agreed": "Delete after 12 months",
        "follow_up_on": date(2025, 6, 1),
    }
    for name, value in expected.items():
        assert reopened.editor(name).value() == value, name
    # What is on screen, as text, is what was typed.
    assert reopened.editor("decided_at").date_edit.text() == "11/03/2025"
    assert reopened.editor("decided_at").time_edit.text() == "14:30"
    assert reopened.editor("people").rows[1].name.text() == "Daniel Hart"
    assert reopened.editor("outcome").combo.currentText() == "Shared in part"
    # And the stored record agrees.
    stored = records.get_record(db, practitioner, record_id)
    for name, value in expected.items():
        assert getattr(stored, name) == value, name
