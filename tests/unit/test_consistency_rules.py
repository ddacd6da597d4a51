"""Each consistency rule of docs/domain.md: the contradiction it refuses, beside which fields.

Every test starts from a complete, consistent record (no problems at all), makes the
one contradiction and expects exactly that rule's messages: without the rule the
record would pass, so each test fails if its rule goes.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from infoshare_desktop.domain import rules
from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.domain.rules import (
    completion_problems,
    consistency_problems,
    draft_problems,
    state_problems,
    submission_problems,
)
from infoshare_desktop.domain.vocab import (
    Article6Basis,
    Article9Condition,
    ConfidentialityBasis,
    ConsentStatus,
    DataCategory,
    Outcome,
    RecordStatus,
    TransferMethod,
)
from tests.factories import NOW, complete_record


def found(record: DecisionRecord) -> list[tuple[str, str]]:
    return [(p.field, p.message) for p in completion_problems(record, NOW)]


def test_the_starting_records_are_consistent() -> None:
    for consent in ConsentStatus:
        assert found(complete_record(consent=consent)) == [], consent
    for outcome in Outcome:
        assert found(complete_record(outcome=outcome)) == [], outcome


@pytest.mark.parametrize("outcome", [Outcome.SHARED_IN_FULL, Outcome.SHARED_IN_PART])
def test_shared_with_consent_refused_and_not_shared_is_a_contradiction(outcome: Outcome) -> None:
    record = complete_record(outcome=outcome, consent=ConsentStatus.REFUSED_NOT_SHARED)
    assert found(record) == [
        ("outcome", rules.MSG_OUTCOME_SHARED_CONSENT_NOT),
        ("consent", rules.MSG_CONSENT_NOT_SHARED_BUT_SHARED),
    ]


def test_not_shared_with_consent_refused_and_shared_anyway_is_a_contradiction() -> None:
    record = complete_record(outcome=Outcome.NOT_SHARED, consent=ConsentStatus.REFUSED_SHARED)
    assert found(record) == [
        ("outcome", rules.MSG_OUTCOME_NOT_SHARED_CONSENT_SHARED),
        ("consent", rules.MSG_CONSENT_SHARED_BUT_NOT_SHARED),
    ]


@pytest.mark.parametrize("consent", [c for c in ConsentStatus if not c.is_given])
def test_article6_consent_needs_consent_given(consent: ConsentStatus) -> None:
    record = complete_record(consent=consent, article6_basis=Article6Basis.CONSENT)
    problems = found(record)
    assert ("article6_basis", rules.MSG_ARTICLE6_CONSENT_NOT_GIVEN) in problems
    assert ("consent", rules.MSG_CONSENT_NOT_GIVEN_FOR_BASIS) in problems or (
        # A contradiction already named on the consent answer comes first.
        any(field == "consent" for field, _ in problems))
    given = complete_record(consent=ConsentStatus.GIVEN_WRITTEN,
                            article6_basis=Article6Basis.CONSENT)
    assert found(given) == []


def test_article9_explicit_consent_needs_consent_given() -> None:
    record = complete_record(consent=ConsentStatus.NOT_SOUGHT,
                             data_categories=[DataCategory.HEALTH],
                             article9_condition=Article9Condition.EXPLICIT_CONSENT)
    assert found(record) == [
        ("article9_condition", rules.MSG_ARTICLE9_CONSENT_NOT_GIVEN),
        ("consent", rules.MSG_CONSENT_NOT_GIVEN_FOR_BASIS),
    ]
    # Where no special category data is shared the (hidden) condition is not in play.
    assert found(replace(record, data_categories=[DataCategory.EDUCATION])) == []


def test_lacking_capacity_needs_the_best_interests_basis_and_a_note() -> None:
    record = complete_record(consent=ConsentStatus.LACKS_CAPACITY,
                             consent_override_note="Assessed by the GP; in her interests.")
    assert found(record) == []
    wrong_basis = replace(record, confidentiality_basis=ConfidentialityBasis.PUBLIC_INTEREST)
    assert found(wrong_basis) == [
        ("confidentiality_basis", rules.MSG_CAPACITY_NEEDS_BEST_INTERESTS)]
    no_note = replace(record, consent_override_note="  ")
    assert [field for field, _ in found(no_note)] == ["consent_override_note"]


@pytest.mark.parametrize("name", rules.TRANSFER_ONLY_IF_SHARED)
@pytest.mark.parametrize("outcome", [Outcome.NOT_SHARED, Outcome.DEFERRED])
def test_nothing_shared_refuses_transfer_details(name: str, outcome: Outcome) -> None:
    record = complete_record(outcome=outcome)
    assert found(record) == []
    value = {"shared_at": NOW - timedelta(hours=1), "method": TransferMethod.SECURE_EMAIL,
             "address_checked": True, "receipt_confirmed": True,
             "retention_agreed": "Deleted after the meeting."}[name]
    message = (rules.MSG_NOTHING_SHARED_UNTICK if value is True
               else rules.MSG_NOTHING_SHARED_NO_TRANSFER)
    assert found(replace(record, **{name: value})) == [(name, message)]


def test_shared_before_the_decision_is_refused() -> None:
    record = complete_record()
    assert record.decided_at is not None
    early = replace(record, shared_at=record.decided_at - timedelta(minutes=30))
    assert found(early) == [("decided_at", rules.MSG_DECIDED_AFTER_SHARING),
                            ("shared_at", rules.MSG_SHARED_BEFORE_DECISION)]


def test_contradictions_stop_submission_but_not_a_draft() -> None:
    record = complete_record(consent=ConsentStatus.REFUSED_NOT_SHARED,
                             outcome=Outcome.SHARED_IN_FULL)
    assert draft_problems(record, NOW) == []
    assert {p.field for p in submission_problems(record, NOW)} == {"outcome", "consent"}


@pytest.mark.parametrize("status", list(RecordStatus))
def test_a_record_is_checked_for_its_own_state(status: RecordStatus) -> None:
    """What an addendum must keep: drafts only the draft rules, later states more."""
    emptied = replace(complete_record(), purpose="", shared_at=None, status=status)
    fields = {p.field for p in state_problems(emptied, NOW)}
    if status.is_editable:
        assert fields == set()
    elif status is RecordStatus.COMPLETED:
        assert fields == {"purpose", "shared_at"}
    else:  # under review, authorised or declined: what submission needs
        assert fields == {"purpose"}


def test_consistency_problems_name_only_real_fields() -> None:
    names = {f.name for f in rules.FIELDS}
    worst = complete_record(
        outcome=Outcome.NOT_SHARED, consent=ConsentStatus.REFUSED_SHARED,
        article6_basis=Article6Basis.CONSENT, shared_at=NOW, method=TransferMethod.POST)
    problems = consistency_problems(worst)
    assert problems and {p.field for p in problems} <= names


def test_shared_without_consent_has_one_definition() -> None:
    """The Guardian report and the built-in filter of the same name count the same answers."""
    from infoshare_desktop.domain.accounts import User
    from infoshare_desktop.domain.vocab import Role
    from infoshare_desktop.services import oversight, presets

    defined = {c for c in ConsentStatus if c.is_without_consent}
    assert defined == {ConsentStatus.NOT_SOUGHT, ConsentStatus.REFUSED_SHARED,
                       ConsentStatus.LACKS_CAPACITY}
    assert defined == oversight.WITHOUT_CONSENT
    guardian = User(7, "guardian", "Gus Guardian", roles=frozenset({Role.GUARDIAN}))
    (preset,) = [p for p in presets.builtin_presets(guardian)
                 if p.name == presets.SHARED_WITHOUT_CONSENT]
    assert set(preset.criteria.consents) == defined
