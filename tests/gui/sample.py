"""Fictional records and organisations for the GUI tests (no real person)."""

from __future__ import annotations

from datetime import UTC, date, datetime

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
    ConfidentialityBasis,
    ConsentStatus,
    DataCategory,
    Origin,
    Outcome,
    PersonInformed,
    PersonRole,
    PurposeCategory,
    RecipientType,
    SharingTest,
    TransferMethod,
)
from infoshare_desktop.services import organisations
from infoshare_desktop.storage.database import Database
from tests.factories import organisation_admin


def add_organisation(db: Database, name: str = "Northshire Police",
                     kind: RecipientType = RecipientType.POLICE) -> Organisation:
    """An entry in the directory, added by the test organisation's administrator."""
    return organisations.save_organisation(
        db, organisation_admin(db), Organisation(name=name, type=kind, phone="01632 960000",
                         secure_email="mash@northshire.police.example")
    )


def complete_record(
    org_id: int,
    case_reference: str = "CM-100200",
    person: str = "Jordan Ellis",
    decided_at: datetime = datetime(2025, 2, 3, 10, 15, tzinfo=UTC),
    outcome: Outcome = Outcome.SHARED_IN_FULL,
) -> DecisionRecord:
    """A proactive share with everything a completed record needs."""
    return DecisionRecord(
        case_reference=case_reference,
        people=[PersonInvolved(PersonRole.CHILD, person, date(2016, 5, 9))],
        origin=Origin.PROACTIVE,
        outcome=outcome,
        purpose_category=PurposeCategory.SAFEGUARDING_CHILD,
        purpose="Share the chronology with the school's safeguarding lead",
        necessity="The school needs to know to keep the child safe at school",
        tests=[TestAnswer(t, True, "") for t in SharingTest],
        shared_description="Summary of recent concerns",
        withheld_description="" if outcome.is_share and outcome is Outcome.SHARED_IN_FULL
        else "Notes from the health visitor",
        withheld_reason="" if outcome is Outcome.SHARED_IN_FULL else "Not needed for the purpose",
        data_categories=[DataCategory.FAMILY_HOUSEHOLD],
        recipient_organisation_id=org_id,
        recipient_name="Pat Morgan",
        recipient_role="Designated safeguarding lead",
        decision_maker_name="Alex Rivers",
        decision_maker_position="Senior social worker",
        decided_at=decided_at,
        article6_basis=Article6Basis.PUBLIC_TASK,
        confidentiality_basis=ConfidentialityBasis.PUBLIC_INTEREST,
        consent=ConsentStatus.GIVEN_VERBAL,
        person_informed=PersonInformed.BEFORE,
        advice=[AdviceSought(AdviceSource.LINE_MANAGER, "Agreed")],
        shared_at=decided_at if outcome.is_share else None,
        method=TransferMethod.SECURE_EMAIL if outcome.is_share else None,
    )
