"""The decision record as plain data: what the form edits, storage saves and reports print.

One flat dataclass with one attribute per field of docs/domain.md, plus small dataclasses
for the parts that repeat (people involved, the seven tests, advice sought). Times
are timezone-aware UTC ``datetime``s; calendar dates are ``date``s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from infoshare_desktop.domain.vocab import (
    AdviceSource,
    Article6Basis,
    Article9Condition,
    ConfidentialityBasis,
    ConsentOverrideReason,
    ConsentStatus,
    DataCategory,
    LegalGateway,
    ManagerDecision,
    Origin,
    Outcome,
    Para18Person,
    Para18Purpose,
    PersonInformed,
    PersonRole,
    PurposeCategory,
    RecordStatus,
    Schedule1Condition,
    SharingTest,
    TransferMethod,
)


@dataclass
class PersonInvolved:
    """Someone whose information is involved; one row each so third parties can be redacted."""

    role: PersonRole | None = None
    name: str = ""
    date_of_birth: date | None = None


@dataclass
class TestAnswer:
    """One of the seven tests: ``answer`` is True (Yes), False (No) or None (not answered)."""

    __test__ = False  # not a pytest test class, despite the name

    test: SharingTest
    answer: bool | None = None
    note: str = ""


@dataclass
class AdviceSought:
    source: AdviceSource | None = None
    summary: str = ""


def blank_tests() -> list[TestAnswer]:
    """The seven tests, in order, unanswered."""
    return [TestAnswer(test) for test in SharingTest]


@dataclass
class DecisionRecord:
    """One decision to share or not to share, with every field of docs/domain.md."""

    # Identity and life cycle (set by the services, not typed by the user).
    id: int | None = None
    reference: str = ""
    status: RecordStatus = RecordStatus.DRAFT
    created_at: datetime | None = None
    updated_at: datetime | None = None
    author_id: int | None = None
    # An emergency share completed before review, until a manager has reviewed it.
    awaiting_review: bool = False
    # Bumped by every write of the stored record: a save made from an older reading
    # is refused rather than silently overwriting someone else's changes.
    version: int = 1

    # Context
    case_reference: str = ""
    people: list[PersonInvolved] = field(default_factory=list)
    origin: Origin | None = None
    requesting_organisation: str = ""
    requester_name: str = ""
    requester_position: str = ""
    request_received_on: date | None = None
    request_details: str = ""
    requester_verification: str = ""
    emergency: bool = False

    # Decision
    outcome: Outcome | None = None
    purpose_category: PurposeCategory | None = None
    purpose: str = ""
    necessity: str = ""
    tests: list[TestAnswer] = field(default_factory=blank_tests)
    shared_description: str = ""
    data_categories: list[DataCategory] = field(default_factory=list)
    withheld_description: str = ""
    withheld_reason: str = ""
    recipient_organisation_id: int | None = None
    recipient_name: str = ""
    recipient_role: str = ""
    decision_maker_name: str = ""
    decision_maker_position: str = ""
    decided_at: datetime | None = None

    # Lawful basis
    article6_basis: Article6Basis | None = None
    article9_condition: Article9Condition | None = None
    schedule1_condition: Schedule1Condition | None = None
    para18_purpose: Para18Purpose | None = None
    para18_person: Para18Person | None = None
    para18_without_consent: ConsentOverrideReason | None = None
    confidentiality_basis: ConfidentialityBasis | None = None
    legal_gateway: LegalGateway | None = None
    legal_gateway_other: str = ""

    # Consent and transparency
    consent: ConsentStatus | None = None
    consent_override_reasons: list[ConsentOverrideReason] = field(default_factory=list)
    consent_override_note: str = ""
    views_expressed: str = ""
    person_informed: PersonInformed | None = None
    person_informed_reason: str = ""
    third_party_protection: str = ""

    # Advice and authorisation
    advice: list[AdviceSought] = field(default_factory=list)
    authoriser_name: str = ""
    authoriser_role: str = ""
    authorised_on: date | None = None
    authorisation_decision: ManagerDecision | None = None
    authorisation_comment: str = ""
    guardian_referred: bool = False
    guardian_referred_on: date | None = None
    guardian_outcome: str = ""

    # Transfer
    shared_at: datetime | None = None
    method: TransferMethod | None = None
    identity_verified: bool = False
    address_checked: bool = False
    receipt_confirmed: bool = False
    sharing_agreement: str = ""
    retention_agreed: str = ""
    follow_up_on: date | None = None

    @property
    def is_share(self) -> bool:
        return self.outcome is not None and self.outcome.is_share
