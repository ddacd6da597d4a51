"""Builders of valid domain objects for tests, so each test states only what it changes.

``complete_record()`` fills every field of the form (including the conditional ones),
so it passes ``completion_problems`` whatever outcome, origin or consent a test then
chooses: a test that turns a condition on finds the field it needs already answered.

``make_user()`` (and ``make_team()``, ``organisation_admin()``) create accounts
through the services, setting up a test organisation on first use. Every account
has the password ``TEST_PASSWORD``. argon2 is slow by design: tests/conftest.py
lowers its cost for each test, and module-scoped fixtures can use
``quick_hashing()`` for the same.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from argon2 import PasswordHasher

from infoshare_desktop.domain.accounts import Team, User
from infoshare_desktop.domain.organisation import Organisation
from infoshare_desktop.domain.record import (
    AdviceSought,
    DecisionRecord,
    PersonInvolved,
    TestAnswer,
)
from infoshare_desktop.domain.rules import TRANSFER_ONLY_IF_SHARED
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
    RecipientType,
    Role,
    Schedule1Condition,
    SharingTest,
    TransferMethod,
)
from infoshare_desktop.services import accounts
from infoshare_desktop.storage.database import Database

#: The "now" the factories date things against; tests pass it to the rules.
NOW = datetime(2026, 3, 10, 15, 30, tzinfo=UTC)


def complete_record(*, now: datetime = NOW, **overrides: Any) -> DecisionRecord:
    """A record that passes ``completion_problems(record, now)`` with no problems.

    Every field is answered, so it stays complete for a share or a not-shared outcome
    (``complete_record(outcome=Outcome.NOT_SHARED)``), a request, consent not sought,
    and so on. ``overrides`` replace attributes by name.
    """
    decided = now - timedelta(days=2, hours=3)
    record = DecisionRecord(
        case_reference="TEST-CM-000101",
        people=[
            PersonInvolved(PersonRole.CHILD, "Ada Testington", date(2015, 6, 1)),
            PersonInvolved(PersonRole.PARENT_CARER, "Bea Testington", date(1988, 2, 14)),
        ],
        origin=Origin.PROACTIVE,
        requesting_organisation="Exampleshire Police",
        requester_name="DC Sample",
        requester_position="Detective Constable",
        request_received_on=decided.date() - timedelta(days=1),
        request_details="School attendance and known concerns.",
        requester_verification="Called back on the force switchboard number.",
        emergency=False,
        outcome=Outcome.SHARED_IN_FULL,
        purpose_category=PurposeCategory.SAFEGUARDING_CHILD,
        purpose="To support a strategy discussion.",
        necessity="Needed to assess the risk of significant harm; nothing more is shared.",
        tests=[TestAnswer(test, True, "Checked") for test in SharingTest],
        shared_description="Dates of the last three home visits and their outcomes.",
        data_categories=[DataCategory.IDENTITY_CONTACT, DataCategory.SAFEGUARDING],
        withheld_description="Details of the adult sibling.",
        withheld_reason="Not relevant to the purpose.",
        recipient_organisation_id=1,
        recipient_name="DS Example",
        recipient_role="Detective Sergeant",
        decision_maker_name="Sam Sampleford",
        decision_maker_position="Social worker",
        decided_at=decided,
        article6_basis=Article6Basis.PUBLIC_TASK,
        article9_condition=Article9Condition.HEALTH_SOCIAL_CARE,
        schedule1_condition=Schedule1Condition.P2_SAFEGUARDING,
        para18_purpose=Para18Purpose.PROTECT_FROM_HARM,
        para18_person=Para18Person.UNDER_18,
        para18_without_consent=ConsentOverrideReason.WOULD_PREJUDICE_PROTECTION,
        confidentiality_basis=ConfidentialityBasis.PUBLIC_INTEREST,
        legal_gateway=LegalGateway.CA1989_S47,
        legal_gateway_other="Local protocol 12",
        consent=ConsentStatus.GIVEN_VERBAL,
        consent_override_reasons=[ConsentOverrideReason.URGENCY],
        consent_override_note="Police needed it the same afternoon.",
        views_expressed="Mother agreed.",
        person_informed=PersonInformed.BEFORE,
        person_informed_reason="Telling her now would put the child at risk.",
        third_party_protection="Neighbour's name removed.",
        advice=[AdviceSought(AdviceSource.LINE_MANAGER, "Share the visit dates only.")],
        authoriser_name="Morgan Managerly",
        authoriser_role="Team manager",
        authorised_on=decided.date(),
        authorisation_decision=ManagerDecision.AUTHORISED,
        authorisation_comment="Agreed.",
        guardian_referred=False,
        guardian_referred_on=decided.date(),
        guardian_outcome="Agreed to share.",
        shared_at=decided + timedelta(hours=1),
        method=TransferMethod.SECURE_EMAIL,
        identity_verified=True,
        address_checked=True,
        receipt_confirmed=True,
        sharing_agreement="DSA-2024-07",
        retention_agreed="Deleted when the enquiry closes.",
        follow_up_on=now.date() + timedelta(days=28),
    )
    record = replace(record, **overrides)
    # Keep the answers telling one story (the consistency rules), where the caller
    # did not ask for a particular answer.
    if record.consent is ConsentStatus.REFUSED_NOT_SHARED and "outcome" not in overrides:
        record = replace(record, outcome=Outcome.NOT_SHARED)
    if (record.consent is ConsentStatus.LACKS_CAPACITY
            and "confidentiality_basis" not in overrides):
        record = replace(record, confidentiality_basis=ConfidentialityBasis.BEST_INTERESTS)
    if record.outcome is not None and not record.is_share:
        # Nothing left the organisation: no transfer details (a consistency rule).
        blank = DecisionRecord()
        record = replace(record, **{name: getattr(blank, name) for name in
                                    TRANSFER_ONLY_IF_SHARED if name not in overrides})
    return record


def not_shared_version(record: DecisionRecord) -> DecisionRecord:
    """``record`` with the outcome Not shared and so without its transfer details."""
    blank = DecisionRecord()
    return replace(record, outcome=Outcome.NOT_SHARED,
                   **{name: getattr(blank, name) for name in TRANSFER_ONLY_IF_SHARED})


def organisation(**overrides: Any) -> Organisation:
    """A valid directory entry."""
    org = Organisation(
        name="Exampleshire Police – Public Protection Unit",
        type=RecipientType.POLICE,
        address="1 Example Street, Exampletown",
        phone="01632 960000",
        secure_email="ppu@example.police.uk",
    )
    return replace(org, **overrides)


# --- accounts ---------------------------------------------------------------------------

#: Every account made here signs in with this.
TEST_PASSWORD = "test-password-1"
TEST_ORGANISATION = "Testshire Council"
#: argon2id at its smallest cost: the same checks, a fraction of the time.
QUICK_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)

_admins: weakref.WeakKeyDictionary[Database, User] = weakref.WeakKeyDictionary()


@contextmanager
def quick_hashing() -> Iterator[None]:
    """Cheap argon2 for a module- or session-scoped fixture (conftest does it per test)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(accounts, "_hasher", QUICK_HASHER)
        yield


def organisation_admin(db: Database) -> User:
    """The test organisation's administrator ("admin"), setting the organisation up if new."""
    admin = _admins.get(db)
    if admin is None:
        if accounts.needs_setup(db):
            admin = accounts.set_up_organisation(
                db, TEST_ORGANISATION, "OFFICIAL-SENSITIVE",
                User(None, "admin", "Ada Admin", "IT support"), TEST_PASSWORD)
        else:
            admin = accounts.authenticate(db, "admin", TEST_PASSWORD)
        _admins[db] = admin
    return admin


def make_team(db: Database, name: str) -> Team:
    """The team called ``name``, created if it does not exist yet."""
    for team in accounts.list_teams(db):
        if team.name == name:
            return team
    return accounts.create_team(db, organisation_admin(db), name)


def make_user(
    db: Database,
    username: str,
    *roles: Role,
    teams: Iterable[str] = (),
    manages: Iterable[str] = (),
    full_name: str = "",
    job_title: str = "Social worker",
) -> User:
    """An account made through the services, in the named teams (created if missing).

    With no roles it is a practitioner; the full name defaults to one made from the
    username ("practitioner_a" -> "Practitioner A"). Password: ``TEST_PASSWORD``.
    """
    def ids(names: Iterable[str]) -> frozenset[int]:
        return frozenset(make_team(db, name).id for name in names)  # type: ignore[misc]

    user = User(
        None, username, full_name or username.replace("_", " ").title(), job_title,
        frozenset(roles or (Role.PRACTITIONER,)), ids(teams), ids(manages),
    )
    return accounts.create_user(db, organisation_admin(db), user, TEST_PASSWORD)
