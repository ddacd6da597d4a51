"""The rulebook's invariants under random sequences of workflow steps by random actors.

Hypothesis drives a record through any order of saves, submissions, reviews,
completions, Guardian decisions, breach reports and addenda, by the author, a
colleague, the team's manager, another team's manager, the Caldicott Guardian and
the administrator, through the services. After every step:

- a record past draft is valid for its status (``rules.state_problems`` finds nothing);
- no step that the permission matrix forbids to that actor succeeds;
- a step that succeeds leaves exactly one audit event; a refused one leaves none,
  except an incomplete submission or completion, which keeps the typed content as a
  draft (one event, for that save).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.permissions import Action, refusal, relations_between
from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.domain.rules import AFTER_SHARING, state_problems
from infoshare_desktop.domain.vocab import ConsentStatus, RecordStatus, Role
from infoshare_desktop.services import records, review
from infoshare_desktop.services import settings as settings_service
from infoshare_desktop.services.errors import (
    PermissionDeniedError,
    ServiceError,
    ValidationError,
)
from infoshare_desktop.storage import audit as audit_store
from infoshare_desktop.storage import repository
from infoshare_desktop.storage.database import Database
from tests import factories
from tests.services.org import Org, build

ACTORS = ("author", "colleague", "manager", "other_manager", "guardian", "admin")
#: What the person types: everything answered, something missing, or a contradiction.
CONTENT = ("complete", "complete_emergency", "missing", "contradiction")
STEPS = (
    "save", "submit", "complete", "request_advice", "authorise", "return", "decline",
    "review_emergency", "guardian_decision", "report_breach", "addendum_fix",
    "addendum_empty", "addendum_contradiction",
)
#: The permission each step asks for on an existing record.
NEEDS = {
    "save": Action.EDIT_DRAFT, "submit": Action.SUBMIT, "complete": Action.COMPLETE,
    "request_advice": Action.REQUEST_ADVICE, "authorise": Action.AUTHORISE,
    "return": Action.RETURN, "decline": Action.DECLINE,
    "review_emergency": Action.REVIEW_EMERGENCY, "guardian_decision": Action.GUARDIAN_DECISION,
    "report_breach": Action.REPORT_BREACH, "addendum_fix": Action.ADD_ADDENDUM,
    "addendum_empty": Action.ADD_ADDENDUM, "addendum_contradiction": Action.ADD_ADDENDUM,
}


@dataclass
class World:
    db: Database
    org: Org
    actors: dict[str, User]
    author_teams: frozenset[int]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """One organisation for every example; each example works on a record of its own."""
    db = Database.open(Path(tmp_path_factory.mktemp("rulebook")) / "rulebook.db")
    try:
        org = build(db)
        actors = {
            "author": org.author,
            "colleague": org.add_user("colleague", Role.PRACTITIONER, member_of=(org.team_a,)),
            "manager": org.add_user("manager_a", Role.MANAGER, manages=(org.team_a,)),
            "other_manager": org.add_user("manager_b", Role.MANAGER, manages=(org.team_b,)),
            "guardian": org.add_user("guardian", Role.GUARDIAN),
            "admin": org.admin,
        }
        yield World(db, org, actors, frozenset({org.team_a.id}))  # type: ignore[arg-type]
    finally:
        db.close()


def _content(world: World, kind: str) -> DecisionRecord:
    now = datetime.now(UTC) - timedelta(minutes=10)
    record = factories.complete_record(
        now=now, recipient_organisation_id=world.org.organisation_id,
        emergency=kind == "complete_emergency")
    if kind == "missing":
        return replace(record, purpose="", consent=None)
    if kind == "contradiction":
        # Shared in full, yet consent "refused – not shared".
        return replace(record, consent=ConsentStatus.REFUSED_NOT_SHARED)
    return record


def _stored(db: Database, record_id: int) -> DecisionRecord:
    with db.session() as session:
        record = repository.load_record(session, record_id)
    assert record is not None
    return record


def _events(db: Database) -> int:
    with db.session() as session:
        return audit_store.count_events(session)


def _call(world: World, step: str, actor: User, stored: DecisionRecord,
          typed: DecisionRecord) -> Callable[[], DecisionRecord]:
    """The service call for ``step`` on ``stored``, as the screens would make it."""
    db, record_id = world.db, stored.id
    assert record_id is not None
    as_typed = replace(typed, id=record_id, version=stored.version)
    reviews = {
        "request_advice": review.request_advice, "authorise": review.authorise,
        "return": review.return_for_amendment, "decline": review.decline,
        "review_emergency": review.review_emergency,
        "guardian_decision": review.guardian_decision, "report_breach": review.report_breach,
    }
    if step in reviews:
        return lambda: reviews[step](db, actor, record_id, "Checked and recorded.")
    if step == "save":
        return lambda: records.save_draft(db, actor, as_typed)
    if step == "submit":
        return lambda: records.submit(db, actor, as_typed)
    if step == "complete":
        if stored.status is RecordStatus.AUTHORISED:
            # Only what is known after sharing is added to an authorised record.
            shared = replace(stored, **{n: getattr(typed, n) for n in AFTER_SHARING})
            return lambda: records.mark_complete(db, actor, shared)
        return lambda: records.mark_complete(db, actor, as_typed)
    changed = {
        "addendum_fix": replace(stored, purpose=stored.purpose + " (corrected)"),
        "addendum_empty": replace(stored, consent=None, purpose=""),
        "addendum_contradiction": replace(stored, consent=ConsentStatus.REFUSED_NOT_SHARED),
    }[step]
    return lambda: records.add_addendum(db, actor, record_id, changed, "A correction.")


#: Who usually takes each step: drawn most of the time, so that sequences get far
#: into the workflow, while anyone else is drawn often enough to test the matrix.
NATURAL = {
    "request_advice": "manager", "authorise": "manager", "return": "manager",
    "decline": "manager", "review_emergency": "manager", "guardian_decision": "guardian",
}
step_lists = st.lists(
    st.tuples(st.sampled_from(STEPS), st.sampled_from(("natural",) * 3 + ACTORS),
              st.sampled_from(("complete",) * 2 + CONTENT)),
    min_size=1, max_size=12,
)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(first=st.sampled_from(("complete",) * 2 + CONTENT), steps=step_lists,
       authorisation_required=st.booleans())
def test_random_steps_keep_the_rulebook_invariants(
    world: World, first: str, steps: list[tuple[str, str, str]], authorisation_required: bool,
) -> None:
    db = world.db
    settings_service.update_settings(
        db, world.org.admin,
        replace(settings_service.get_settings(db), authorisation_required=authorisation_required))
    policy = settings_service.get_settings(db).policy
    created = records.save_draft(db, world.actors["author"], _content(world, first))
    assert created.id is not None
    for step, drawn, kind in steps:
        who = NATURAL.get(step, "author") if drawn == "natural" else drawn
        actor = world.actors[who]
        stored = _stored(db, created.id)
        relations = relations_between(actor, stored.author_id, world.author_teams)
        forbidden = refusal(actor, NEEDS[step], relations, policy) is not None
        before = _events(db)
        try:
            _call(world, step, actor, stored, _content(world, kind))()
        except ValidationError as error:
            kept_as_draft = error.saved is not None
            assert _events(db) - before == (1 if kept_as_draft else 0), (step, who)
            assert not (forbidden and kept_as_draft), (step, who)
        except ServiceError as error:
            assert _events(db) - before == 0, (step, who, type(error).__name__)
            if forbidden:
                assert isinstance(error, PermissionDeniedError), (step, who)
        else:
            assert not forbidden, f"{who} may not {NEEDS[step].value} yet did"
            assert _events(db) - before == 1, (step, who)
        after = _stored(db, created.id)
        if after.status.is_locked:
            problems = state_problems(after, datetime.now(UTC))
            assert problems == [], (step, who, after.status, problems)
