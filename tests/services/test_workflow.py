"""The review workflow through the services: every move allowed by docs/domain.md works,
every other is refused, and locked content changes only through addenda."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.fields import FIELDS
from infoshare_desktop.domain.permissions import Action
from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.domain.vocab import (
    ConsentStatus,
    ManagerDecision,
    RecordStatus,
    ReviewAction,
    Role,
    TransferMethod,
    VersionKind,
)
from infoshare_desktop.services import records, review, settings
from infoshare_desktop.services.errors import (
    RecordLockedError,
    ValidationError,
    WorkflowError,
)
from infoshare_desktop.storage import audit as audit_store
from infoshare_desktop.storage.database import Database
from tests.factories import not_shared_version
from tests.services.org import Org, build

FIELDS_BY_NAME = {f.name: f for f in FIELDS}

S = RecordStatus
LOCKED = {S.SUBMITTED, S.ADVICE_REQUESTED, S.AUTHORISED, S.DECLINED, S.COMPLETED}

#: action -> {status before: status after}, from docs/domain.md "Workflow".
EXPECTED: dict[Action, dict[RecordStatus, RecordStatus]] = {
    Action.EDIT_DRAFT: {S.DRAFT: S.DRAFT, S.RETURNED: S.RETURNED},
    Action.SUBMIT: {S.DRAFT: S.SUBMITTED, S.RETURNED: S.SUBMITTED},
    Action.REQUEST_ADVICE: {S.SUBMITTED: S.ADVICE_REQUESTED},
    Action.AUTHORISE: {S.SUBMITTED: S.AUTHORISED, S.ADVICE_REQUESTED: S.AUTHORISED},
    Action.RETURN: {S.SUBMITTED: S.RETURNED, S.ADVICE_REQUESTED: S.RETURNED},
    Action.DECLINE: {S.SUBMITTED: S.DECLINED, S.ADVICE_REQUESTED: S.DECLINED},
    # Without the "authorisation required" setting a draft may be completed directly.
    Action.COMPLETE: {S.AUTHORISED: S.COMPLETED, S.DRAFT: S.COMPLETED},
    Action.ADD_ADDENDUM: {s: s for s in LOCKED},
    Action.GUARDIAN_DECISION: {s: s for s in LOCKED},
}


@pytest.fixture
def org(db: Database) -> Org:
    return build(db)


@pytest.fixture
def people(org: Org) -> dict[str, User]:
    return {
        "author": org.author,
        "manager": org.add_user("manager_a", Role.MANAGER, manages=(org.team_a,)),
        "guardian": org.add_user("guardian", Role.GUARDIAN),
    }


def _do(org: Org, people: dict[str, User], action: Action, record_id: int) -> object:
    db, author, manager = org.db, people["author"], people["manager"]
    current = records.get_record(db, people["guardian"], record_id)
    calls: dict[Action, Callable[[], object]] = {
        Action.EDIT_DRAFT: lambda: records.save_draft(db, author, replace(current, purpose="X")),
        Action.SUBMIT: lambda: records.submit(db, author, current),
        Action.COMPLETE: lambda: records.mark_complete(db, author, current),
        Action.ADD_ADDENDUM: lambda: records.add_addendum(
            db, author, record_id, replace(current, purpose="Corrected"), "Typo"),
        Action.REQUEST_ADVICE: lambda: review.request_advice(db, manager, record_id, "DPO?"),
        Action.AUTHORISE: lambda: review.authorise(db, manager, record_id, "Yes"),
        Action.RETURN: lambda: review.return_for_amendment(db, manager, record_id, "More"),
        Action.DECLINE: lambda: review.decline(db, manager, record_id, "No"),
        Action.GUARDIAN_DECISION: lambda: review.guardian_decision(
            db, people["guardian"], record_id, "Agree"),
    }
    return calls[action]()


@pytest.mark.parametrize(
    ("action", "status"),
    [pytest.param(a, s, id=f"{a.value}-{s.value}") for a in EXPECTED for s in RecordStatus],
)
def test_every_move(org: Org, people: dict[str, User], action: Action, status: S) -> None:
    record = org.record(status)
    after = EXPECTED[action].get(status)
    if after is None:
        refused = RecordLockedError if action is Action.EDIT_DRAFT else WorkflowError
        with pytest.raises(refused):
            _do(org, people, action, record.id)  # type: ignore[arg-type]
        assert records.get_record(org.db, people["guardian"], record.id).status is status  # type: ignore[arg-type]
    else:
        _do(org, people, action, record.id)  # type: ignore[arg-type]
        assert records.get_record(org.db, people["guardian"], record.id).status is after  # type: ignore[arg-type]


@pytest.mark.parametrize("status", list(RecordStatus), ids=lambda s: s.value)
def test_emergency_review_only_while_awaiting(
    org: Org, people: dict[str, User], status: S
) -> None:
    record = org.record(status, emergency=True, awaiting_review=status is S.COMPLETED)
    if status is S.COMPLETED:
        reviewed = review.review_emergency(org.db, people["manager"], record.id)  # type: ignore[arg-type]
        assert reviewed.status is S.COMPLETED and not reviewed.awaiting_review
    with pytest.raises(WorkflowError):  # again, or in any other state
        review.review_emergency(org.db, people["manager"], record.id)  # type: ignore[arg-type]


def test_authorisation_required_blocks_direct_completion_except_emergencies(
    org: Org, people: dict[str, User]
) -> None:
    settings.update_settings(
        org.db, org.admin, replace(settings.get_settings(org.db), authorisation_required=True)
    )
    ordinary = org.record(S.DRAFT)
    with pytest.raises(WorkflowError) as refused:
        records.mark_complete(org.db, org.author, ordinary)
    assert "authorisation" in str(refused.value)

    emergency = org.record(S.DRAFT, emergency=True)
    done = records.mark_complete(org.db, org.author, emergency)
    assert done.status is S.COMPLETED and done.awaiting_review
    queue = review.waiting_for(org.db, people["manager"])
    assert [s.id for s in queue] == [emergency.id] and queue[0].awaiting_review
    review.review_emergency(org.db, people["manager"], emergency.id, "Right call")  # type: ignore[arg-type]
    assert review.waiting_count(org.db, people["manager"]) == 0


def test_return_needs_a_comment_and_every_comment_stays(
    org: Org, people: dict[str, User]
) -> None:
    manager = people["manager"]
    record = org.record(S.SUBMITTED)
    with pytest.raises(ValidationError) as refused:
        review.return_for_amendment(org.db, manager, record.id, "  ")  # type: ignore[arg-type]
    assert [p.field for p in refused.value.problems] == ["comment"]

    returned = review.return_for_amendment(org.db, manager, record.id, "Add the police ref")  # type: ignore[arg-type]
    assert returned.authorisation_decision is ManagerDecision.RETURNED
    amended = records.save_draft(org.db, org.author, replace(returned, purpose="With ref 123"))
    records.submit(org.db, org.author, amended)
    review.authorise(org.db, manager, record.id, "Thanks")  # type: ignore[arg-type]
    history = records.record_history(org.db, org.author, record.id)  # type: ignore[arg-type]
    assert [(r.action, r.comment, r.by) for r in history.reviews] == [
        (ReviewAction.RETURN, "Add the police ref", manager.full_name),
        (ReviewAction.AUTHORISE, "Thanks", manager.full_name),
    ]


def test_submitted_content_changes_only_through_addenda_and_versions_read_back(
    org: Org, people: dict[str, User]
) -> None:
    db, author = org.db, org.author
    draft = records.save_draft(db, author, replace(org.record(S.DRAFT), id=None))
    submitted = records.submit(db, author, draft)
    assert submitted.status is S.SUBMITTED

    with pytest.raises(RecordLockedError):
        records.save_draft(db, author, replace(submitted, purpose="Quietly changed"))
    review.authorise(db, people["manager"], submitted.id, "OK")  # type: ignore[arg-type]
    authorised = records.get_record(db, author, submitted.id)  # type: ignore[arg-type]
    with pytest.raises(WorkflowError):  # completing may add transfer details only
        records.mark_complete(db, author, replace(authorised, purpose="Quietly changed"))
    completed = records.mark_complete(
        db, author, replace(authorised, method=TransferMethod.SECURE_PORTAL)
    )
    assert records.get_record(db, author, completed.id).method is TransferMethod.SECURE_PORTAL  # type: ignore[arg-type]
    first = records.add_addendum(db, author, completed.id, replace(completed, purpose="P2"),  # type: ignore[arg-type]
                                 "Purpose was unclear")
    second = records.add_addendum(db, author, completed.id, replace(first, necessity="N3"),  # type: ignore[arg-type]
                                  "Added the reason")
    with pytest.raises(ValidationError) as unchanged:
        records.add_addendum(db, author, completed.id, second, "Nothing")  # type: ignore[arg-type]
    assert [p.field for p in unchanged.value.problems] == ["changes"]
    with pytest.raises(ValidationError) as no_reason:
        records.add_addendum(db, author, completed.id, replace(second, purpose="P4"), " ")  # type: ignore[arg-type]
    assert [p.field for p in no_reason.value.problems] == ["reason"]

    history = records.record_history(db, author, completed.id)  # type: ignore[arg-type]
    kinds = [(v.number, v.kind, v.reason) for v in history.versions]
    assert kinds == [
        (1, VersionKind.SUBMITTED, ""),
        (2, VersionKind.COMPLETED, ""),
        (3, VersionKind.ADDENDUM, "Purpose was unclear"),
        (4, VersionKind.ADDENDUM, "Added the reason"),
    ]
    versions = [v.record for v in history.versions]
    assert versions[0].purpose == draft.purpose and versions[0].status is S.SUBMITTED
    assert versions[1].method is TransferMethod.SECURE_PORTAL
    assert (versions[2].purpose, versions[2].necessity) == ("P2", draft.necessity)
    assert (versions[3].purpose, versions[3].necessity) == ("P2", "N3")
    assert records.get_record(db, author, completed.id) == replace(  # type: ignore[arg-type]
        versions[3], updated_at=second.updated_at
    )
    assert all(v.by == author.full_name for v in history.versions)


def test_incomplete_submission_is_kept_as_a_draft(org: Org) -> None:
    record = replace(records.new_record(), case_reference="CM-1")
    with pytest.raises(ValidationError) as refused:
        records.submit(org.db, org.author, record)
    fields = {p.field for p in refused.value.problems}
    assert "outcome" in fields and "person_informed" not in fields and "method" not in fields
    saved = refused.value.saved
    assert saved is not None and saved.status is S.DRAFT and saved.case_reference == "CM-1"
    assert saved.author_id == org.author.id


def test_author_cannot_type_the_managers_authorisation(org: Org) -> None:
    record = replace(
        records.new_record(), case_reference="CM-2", authoriser_name="Myself",
        authorisation_decision=ManagerDecision.AUTHORISED, authorised_on=datetime.now(UTC).date(),
    )
    saved = records.save_draft(org.db, org.author, record)
    assert (saved.authoriser_name, saved.authorisation_decision, saved.authorised_on) == (
        "", None, None
    )


def test_queue_holds_only_the_managers_teams_and_not_their_own(
    org: Org, people: dict[str, User]
) -> None:
    manager = people["manager"]
    theirs = org.record(S.SUBMITTED)
    outsider = org.add_user("outsider", Role.PRACTITIONER, member_of=(org.team_b,))
    org.record(S.SUBMITTED, outsider)
    org.record(S.DRAFT)
    both = org.add_user("manager_practitioner", Role.MANAGER, Role.PRACTITIONER,
                        member_of=(org.team_a,), manages=(org.team_a,))
    own = org.record(S.SUBMITTED, both)
    assert {s.id for s in review.waiting_for(org.db, manager)} == {own.id, theirs.id}
    assert [s.id for s in review.waiting_for(org.db, both)] == [theirs.id]
    assert review.waiting_for(org.db, org.author) == []



def _events(db: Database) -> int:
    with db.session() as session:
        return audit_store.count_events(session)


@pytest.mark.parametrize("status", [S.SUBMITTED, S.AUTHORISED, S.DECLINED, S.COMPLETED])
def test_an_addendum_that_empties_a_required_answer_is_refused_with_its_message(
    org: Org, status: S
) -> None:
    """An addendum must leave the record valid for its state: a locked record is not a draft."""
    record = org.record(status)
    assert record.id is not None
    before, events = records.get_record(org.db, org.author, record.id), _events(org.db)
    for emptied in ("consent", "purpose", "article6_basis", "people", "necessity"):
        blank = replace(before, **{emptied: DecisionRecord().__getattribute__(emptied)})
        with pytest.raises(ValidationError) as refused:
            records.add_addendum(org.db, org.author, record.id, blank, "Tidying up")
        field = FIELDS_BY_NAME[emptied]
        assert [(p.field, p.message) for p in refused.value.problems] == [
            (emptied, field.error)], emptied
    assert records.get_record(org.db, org.author, record.id) == before
    assert _events(org.db) == events  # nothing written, nothing audited


def test_an_addendum_that_contradicts_another_answer_is_refused(org: Org) -> None:
    record = org.record(S.COMPLETED)
    assert record.id is not None
    stored = records.get_record(org.db, org.author, record.id)
    with pytest.raises(ValidationError) as refused:
        records.add_addendum(org.db, org.author, record.id,
                             replace(stored, consent=ConsentStatus.REFUSED_NOT_SHARED),
                             "Consent was in fact refused")
    assert {p.field for p in refused.value.problems} == {"outcome", "consent"}
    # Correcting both answers together tells one story again, and is kept.
    fixed = records.add_addendum(
        org.db, org.author, record.id,
        not_shared_version(replace(stored, consent=ConsentStatus.REFUSED_NOT_SHARED)),
        "Consent was refused and nothing was sent")
    assert fixed.consent is ConsentStatus.REFUSED_NOT_SHARED and not fixed.is_share
