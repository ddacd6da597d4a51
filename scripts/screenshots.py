"""Render the main window and the record form to PNGs in docs/screenshots/.

Builds a throwaway database of fictional records through the services (no real
person), opens the windows offscreen at 1280x800 and saves what they look like.
Run with ``make screenshots`` (or QT_QPA_PLATFORM=offscreen python scripts/screenshots.py).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from infoshare_desktop.domain.organisation import Organisation
from infoshare_desktop.domain.record import (
    AdviceSought,
    DecisionRecord,
    PersonInvolved,
    TestAnswer,
)
from infoshare_desktop.domain.vocab import (
    AdviceSource,
    Article6Basis,
    Article9Condition,
    ConfidentialityBasis,
    ConsentOverrideReason,
    ConsentStatus,
    DataCategory,
    Origin,
    Outcome,
    PersonInformed,
    PersonRole,
    PurposeCategory,
    RecipientType,
    Schedule1Condition,
    SharingTest,
    TransferMethod,
)
from infoshare_desktop.services import organisations, records
from infoshare_desktop.storage.database import Database
from infoshare_desktop.ui.app import create_application
from infoshare_desktop.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZE = (1280, 800)


def utc(day: date, hour: int, minute: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


def populate(db: Database) -> tuple[DecisionRecord, DecisionRecord]:
    """A few realistic, fictional decisions; returns the two the forms show."""
    def org(name: str, kind: RecipientType, email: str) -> int:
        saved = organisations.save_organisation(db, Organisation(
            name=name, type=kind, phone="01632 960" + str(len(name)).zfill(3),
            secure_email=email,
        ))
        assert saved.id is not None
        return saved.id

    police = org("Northshire Police – MASH", RecipientType.POLICE, "mash@northshire.example")
    school = org("Hillside Academy", RecipientType.EDUCATION, "dsl@hillside.example")
    health = org("Brookfield Health Centre", RecipientType.HEALTH, "safeguarding@nhs.example")
    org("Riverside Housing Trust", RecipientType.HOUSING, "tenancy@riverside.example")

    def base(case: str, people: list[PersonInvolved], when: datetime) -> DecisionRecord:
        return DecisionRecord(
            case_reference=case, people=people, decided_at=when,
            decision_maker_name="Alex Rivers", decision_maker_position="Senior social worker",
            article6_basis=Article6Basis.PUBLIC_TASK,
        )

    school_share = base("CM-204511", [
        PersonInvolved(PersonRole.CHILD, "Amelia Hart", date(2015, 4, 3)),
        PersonInvolved(PersonRole.PARENT_CARER, "Daniel Hart"),
    ], utc(date(2026, 11, 20), 10, 15))
    school_share.origin = Origin.PROACTIVE
    school_share.outcome = Outcome.SHARED_IN_FULL
    school_share.purpose_category = PurposeCategory.SAFEGUARDING_CHILD
    school_share.purpose = "Let the school's safeguarding lead know about the child protection plan"
    school_share.necessity = "The school sees Amelia daily and must know what to watch for."
    school_share.tests = [TestAnswer(t, True, "") for t in SharingTest]
    school_share.shared_description = "Summary of the child protection plan"
    school_share.data_categories = [DataCategory.FAMILY_HOUSEHOLD, DataCategory.SAFEGUARDING]
    school_share.recipient_organisation_id = school
    school_share.recipient_name = "Pat Morgan"
    school_share.recipient_role = "Designated safeguarding lead"
    school_share.confidentiality_basis = ConfidentialityBasis.PUBLIC_INTEREST
    school_share.consent = ConsentStatus.GIVEN_VERBAL
    school_share.person_informed = PersonInformed.BEFORE
    school_share.advice = [AdviceSought(AdviceSource.LINE_MANAGER, "Agreed")]
    school_share.shared_at = utc(date(2026, 11, 20), 11, 0)
    school_share.method = TransferMethod.SECURE_EMAIL
    records.mark_complete(db, school_share)

    police_request = base("CM-198733", [
        PersonInvolved(PersonRole.CHILD, "Noah Price", date(2012, 9, 17)),
        PersonInvolved(PersonRole.PARENT_CARER, "Kerry Price"),
    ], utc(date(2026, 11, 24), 14, 30))
    police_request.origin = Origin.RESPONSE_TO_REQUEST
    police_request.requesting_organisation = "Northshire Police"
    police_request.requester_name = "DC Sam Okafor"
    police_request.requester_position = "Detective Constable"
    police_request.request_received_on = date(2026, 11, 24)
    police_request.request_details = "Any known concerns about the household since June."
    police_request.requester_verification = "Called back on the force switchboard number."
    police_request.outcome = Outcome.SHARED_IN_PART
    police_request.purpose_category = PurposeCategory.SAFEGUARDING_CHILD
    police_request.purpose = "Help the police assess the risk to Noah after the incident on 23/11"
    police_request.necessity = (
        "Only incidents relevant to the risk assessment are shared; health notes are withheld."
    )
    police_request.data_categories = [DataCategory.HEALTH, DataCategory.CRIMINAL_OFFENCE]
    police_request.article9_condition = Article9Condition.HEALTH_SOCIAL_CARE
    police_request.schedule1_condition = Schedule1Condition.P2_SAFEGUARDING
    police_request.recipient_organisation_id = police
    police_request.consent = ConsentStatus.NOT_SOUGHT
    police_request.consent_override_reasons = [ConsentOverrideReason.WOULD_PREJUDICE_PROTECTION]
    police_request.person_informed = PersonInformed.NOT_YET
    police_draft = records.save_draft(db, police_request)

    not_shared = base("CM-187002", [
        PersonInvolved(PersonRole.ADULT_AT_RISK, "Margaret Doyle", date(1941, 2, 11)),
    ], utc(date(2026, 11, 18), 16, 45))
    not_shared.origin = Origin.RESPONSE_TO_REQUEST
    not_shared.outcome = Outcome.NOT_SHARED
    not_shared.purpose_category = PurposeCategory.CARE_COORDINATION
    not_shared.requesting_organisation = "Brookfield Health Centre"
    incomplete = records.save_draft(db, not_shared)

    gp = base("CM-176540", [PersonInvolved(PersonRole.CHILD, "Leo Walsh", date(2019, 1, 30))],
              utc(date(2026, 11, 12), 9, 5))
    gp.origin = Origin.OUR_REQUEST
    gp.outcome = Outcome.SHARED_IN_FULL
    gp.recipient_organisation_id = health
    gp.consent = ConsentStatus.GIVEN_WRITTEN
    records.save_draft(db, gp)

    deferred = base("CM-201118", [PersonInvolved(PersonRole.CHILD, "Ruby Chen")],
                    utc(date(2026, 11, 25), 8, 50))
    deferred.origin = Origin.RESPONSE_TO_REQUEST
    deferred.outcome = Outcome.DEFERRED
    records.save_draft(db, deferred)
    return police_draft, incomplete


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> int:
    app = create_application(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "screenshots.db")
        try:
            draft, incomplete = populate(db)
            window = MainWindow(db)
            window.resize(*SIZE)
            window.show()
            settle(app)
            window.grab().save(str(OUT / "main-window.png"))
            window.navigation.setCurrentRow(1)  # Recipient organisations
            settle(app)
            window.grab().save(str(OUT / "organisations.png"))
            window.navigation.setCurrentRow(0)
            settle(app)

            assert draft.id is not None
            form = window.open_record(draft.id)
            assert form is not None
            form.resize(*SIZE)
            settle(app)
            form.section_index.setCurrentRow(1)  # the Decision section
            settle(app)
            form.grab().save(str(OUT / "record-form.png"))

            assert incomplete.id is not None
            errors = window.open_record(incomplete.id)
            assert errors is not None
            errors.resize(*SIZE)
            settle(app)
            errors.mark_complete()
            settle(app)
            errors.grab().save(str(OUT / "record-form-errors.png"))
            window.close()
        finally:
            db.close()
    for name in ("main-window.png", "organisations.png", "record-form.png",
                 "record-form-errors.png"):
        print(OUT / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
