"""The whole permission matrix, walked through the services.

Every role x every action x own / team / managed-team / other-team record: each
case calls the real use case and is either carried out or refused with a reason
that names the action. The expectations below are written from the issue and
docs/domain.md, not read from the matrix in the code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from itertools import count

import pytest
from argon2 import PasswordHasher

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.organisation import Organisation
from infoshare_desktop.domain.permissions import Action
from infoshare_desktop.domain.vocab import RecipientType, RecordStatus, Role
from infoshare_desktop.services import (
    accounts,
    audit,
    organisations,
    records,
    review,
    settings,
)
from infoshare_desktop.services.errors import PermissionDeniedError
from infoshare_desktop.storage.database import Database
from tests.services.org import Org, build

P, M, G, A = Role.PRACTITIONER, Role.MANAGER, Role.GUARDIAN, Role.ADMINISTRATOR
RELATIONS = ("own", "team", "managed", "other")
ALL = set(RELATIONS)

#: role -> action -> the relations under which the issue says the role may act.
EXPECTED: dict[Role, dict[Action, set[str]]] = {
    # Practitioners see and edit their own records.
    P: {Action.VIEW_RECORD: {"own"}, Action.EDIT_DRAFT: {"own"}, Action.SUBMIT: {"own"},
        Action.COMPLETE: {"own"}, Action.ADD_ADDENDUM: {"own"}},
    # Managers read their teams' records and review them (never their own).
    M: {Action.VIEW_RECORD: {"own", "managed"}, Action.REQUEST_ADVICE: {"managed"},
        Action.AUTHORISE: {"managed"}, Action.RETURN: {"managed"}, Action.DECLINE: {"managed"},
        Action.REVIEW_EMERGENCY: {"managed"}},
    # Caldicott Guardians read everything and record Guardian decisions.
    G: {Action.VIEW_RECORD: ALL, Action.GUARDIAN_DECISION: ALL},
    # Administrators see no record content.
    A: {},
}
#: Actions on no particular record: role -> allowed.
EXPECTED_GENERAL: dict[Role, set[Action]] = {
    P: {Action.CREATE_RECORD, Action.MANAGE_ORGANISATIONS},
    M: {Action.MANAGE_ORGANISATIONS},
    # Caldicott Guardians and administrators (auditors) see the audit trail.
    G: {Action.MANAGE_ORGANISATIONS, Action.VIEW_AUDIT},
    A: {Action.MANAGE_ORGANISATIONS, Action.MANAGE_ACCOUNTS, Action.MANAGE_SETTINGS,
        Action.VIEW_AUDIT},
}

# What state a record must be in for each action to be possible at all, and the call.
Call = Callable[[Database, User, int], object]
RECORD_CASES: dict[Action, tuple[RecordStatus, dict[str, bool], Call]] = {
    Action.VIEW_RECORD: (RecordStatus.COMPLETED, {}, lambda db, u, i: records.get_record(db, u, i)),
    Action.EDIT_DRAFT: (
        RecordStatus.DRAFT, {},
        lambda db, u, i: records.save_draft(
            db, u, replace(records.get_record(db, _guardian, i), purpose="Changed")),
    ),
    Action.SUBMIT: (
        RecordStatus.DRAFT, {},
        lambda db, u, i: records.submit(db, u, records.get_record(db, _guardian, i)),
    ),
    Action.COMPLETE: (
        RecordStatus.AUTHORISED, {},
        lambda db, u, i: records.mark_complete(db, u, records.get_record(db, _guardian, i)),
    ),
    Action.ADD_ADDENDUM: (
        RecordStatus.COMPLETED, {},
        lambda db, u, i: records.add_addendum(
            db, u, i, replace(records.get_record(db, _guardian, i), purpose="Corrected"),
            "Wrong purpose"),
    ),
    Action.REQUEST_ADVICE: (RecordStatus.SUBMITTED, {},
                            lambda db, u, i: review.request_advice(db, u, i, "Ask the DPO")),
    Action.AUTHORISE: (RecordStatus.SUBMITTED, {},
                       lambda db, u, i: review.authorise(db, u, i, "Agreed")),
    Action.RETURN: (RecordStatus.SUBMITTED, {},
                    lambda db, u, i: review.return_for_amendment(db, u, i, "Say more")),
    Action.DECLINE: (RecordStatus.SUBMITTED, {},
                     lambda db, u, i: review.decline(db, u, i, "Not proportionate")),
    Action.REVIEW_EMERGENCY: (
        RecordStatus.COMPLETED, {"emergency": True, "awaiting_review": True},
        lambda db, u, i: review.review_emergency(db, u, i, "Right call"),
    ),
    Action.GUARDIAN_DECISION: (RecordStatus.SUBMITTED, {},
                               lambda db, u, i: review.guardian_decision(db, u, i, "Share")),
}

_guardian: User  # reads records for the calls above; set by the fixture
_names = count()


@pytest.fixture(scope="module")
def org(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Org]:
    global _guardian
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(accounts, "_hasher", PasswordHasher(time_cost=1, memory_cost=8,
                                                          parallelism=1))
        db = Database.open(tmp_path_factory.mktemp("matrix") / "matrix.db")
        built = build(db)
        _guardian = built.add_user("reader_guardian", G)
        yield built
    db.close()


def actor_for(org: Org, role: Role, relation: str) -> User:
    """A user with ``role`` standing in ``relation`` to the team A author's records."""
    name = f"{role.value}_{relation}_{next(_names)}"
    if relation in ("own", "team"):
        return org.add_user(name, role, member_of=(org.team_a,))
    if relation == "managed":
        return org.add_user(name, role, manages=(org.team_a,))
    return org.add_user(name, role, member_of=(org.team_b,), manages=(org.team_b,))


CASES = [
    pytest.param(role, action, relation, id=f"{role.value}-{action.value}-{relation}")
    for role in (P, M, G, A)
    for action in RECORD_CASES
    for relation in RELATIONS
]


@pytest.mark.parametrize(("role", "action", "relation"), CASES)
def test_record_action(org: Org, role: Role, action: Action, relation: str) -> None:
    actor = actor_for(org, role, relation)
    status, flags, call = RECORD_CASES[action]
    record = org.record(status, actor if relation == "own" else None, **flags)
    allowed = relation in EXPECTED[role].get(action, set())

    if allowed:
        call(org.db, actor, record.id)  # type: ignore[arg-type]
    else:
        with pytest.raises(PermissionDeniedError) as refused:
            call(org.db, actor, record.id)  # type: ignore[arg-type]
        reason = str(refused.value)
        assert reason.startswith("You cannot"), reason
        assert action.label in reason, reason
        # Nothing changed: the record is still as it was.
        assert records.get_record(org.db, _guardian, record.id).status is status  # type: ignore[arg-type]


GENERAL_CALLS: dict[Action, Callable[[Database, User], object]] = {
    Action.CREATE_RECORD: lambda db, u: records.save_draft(db, u, records.new_record()),
    Action.MANAGE_ORGANISATIONS: lambda db, u: organisations.save_organisation(
        db, u, Organisation(name=f"Agency {next(_names)}", type=RecipientType.OTHER)),
    Action.MANAGE_ACCOUNTS: lambda db, u: accounts.create_team(db, u, f"Team {next(_names)}"),
    Action.MANAGE_SETTINGS: lambda db, u: settings.update_settings(
        db, u, settings.get_settings(db)),
    Action.VIEW_AUDIT: lambda db, u: audit.verify(db, u),
}


@pytest.mark.parametrize(
    ("role", "action"),
    [pytest.param(r, a, id=f"{r.value}-{a.value}") for r in (P, M, G, A) for a in GENERAL_CALLS],
)
def test_general_action(org: Org, role: Role, action: Action) -> None:
    actor = actor_for(org, role, "other")
    call = GENERAL_CALLS[action]
    if action in EXPECTED_GENERAL[role]:
        call(org.db, actor)
    else:
        with pytest.raises(PermissionDeniedError) as refused:
            call(org.db, actor)
        assert str(refused.value) == f"You cannot {action.label}."


def test_practitioners_read_their_team_only_when_the_organisation_allows(org: Org) -> None:
    colleague = actor_for(org, P, "team")
    record = org.record(RecordStatus.COMPLETED)
    with pytest.raises(PermissionDeniedError):
        records.get_record(org.db, colleague, record.id)  # type: ignore[arg-type]
    assert record.id not in {s.id for s in records.list_records(org.db, colleague)}

    current = settings.get_settings(org.db)
    settings.update_settings(org.db, org.admin, replace(current, team_read_allowed=True))
    try:
        assert records.get_record(org.db, colleague, record.id).id == record.id  # type: ignore[arg-type]
        assert record.id in {s.id for s in records.list_records(org.db, colleague)}
        with pytest.raises(PermissionDeniedError):  # reading is not changing
            records.add_addendum(org.db, colleague, record.id, record, "Not mine")  # type: ignore[arg-type]
    finally:
        settings.update_settings(org.db, org.admin, current)


def test_lists_hold_only_what_each_role_may_read(org: Org) -> None:
    mine = org.record(RecordStatus.DRAFT)
    outsider = org.add_user("outsider", P, member_of=(org.team_b,))
    theirs = org.record(RecordStatus.DRAFT, outsider)
    manager_a = actor_for(org, M, "managed")

    def ids(user: User) -> set[int]:
        return {s.id for s in records.list_records(org.db, user)}

    assert mine.id in ids(org.author) and theirs.id not in ids(org.author)
    assert mine.id in ids(manager_a) and theirs.id not in ids(manager_a)
    assert {mine.id, theirs.id} <= ids(_guardian)
    assert ids(org.admin) == set()


def test_deactivated_user_is_refused_at_once(org: Org) -> None:
    leaver = actor_for(org, P, "own")
    record = org.record(RecordStatus.DRAFT, leaver)
    accounts.deactivate_user(org.db, org.admin, leaver.id)  # type: ignore[arg-type]
    with pytest.raises(PermissionDeniedError) as refused:
        records.get_record(org.db, leaver, record.id)  # type: ignore[arg-type]
    assert "deactivated" in str(refused.value)


def test_matrix_refusal_names_the_relation(org: Org) -> None:
    stranger = actor_for(org, M, "other")
    record = org.record(RecordStatus.SUBMITTED)
    with pytest.raises(PermissionDeniedError) as refused:
        review.authorise(org.db, stranger, record.id)  # type: ignore[arg-type]
    assert str(refused.value) == "You cannot authorise this record: it is another team's record."
