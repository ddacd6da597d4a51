"""Use cases for reviewing: the manager's queue and decisions, and Guardian decisions.

Each decision is kept with its comment on the record for good. Authorising,
returning or declining also fills the record's authorisation block (who, role,
date, decision, comment), which the author cannot type themselves.
"""

from __future__ import annotations

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.permissions import Action
from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.domain.vocab import Role
from infoshare_desktop.domain.workflow import UNDER_REVIEW
from infoshare_desktop.services.guard import current
from infoshare_desktop.services.records import (
    RecordFilter,
    count_records,
    review_step,
)
from infoshare_desktop.storage import accounts as account_store
from infoshare_desktop.storage import repository
from infoshare_desktop.storage.database import Database
from infoshare_desktop.storage.repository import RecordSummary


def request_advice(db: Database, actor: User, record_id: int, comment: str = "") -> DecisionRecord:
    """Hold the decision while advice is sought (e.g. from the DPO or the Guardian)."""
    return review_step(db, actor, record_id, Action.REQUEST_ADVICE, comment)


def authorise(db: Database, actor: User, record_id: int, comment: str = "") -> DecisionRecord:
    return review_step(db, actor, record_id, Action.AUTHORISE, comment)


def return_for_amendment(
    db: Database, actor: User, record_id: int, comment: str
) -> DecisionRecord:
    """Send it back to its author to change and submit again; the comment says what."""
    return review_step(db, actor, record_id, Action.RETURN, comment)


def decline(db: Database, actor: User, record_id: int, comment: str) -> DecisionRecord:
    return review_step(db, actor, record_id, Action.DECLINE, comment)


def review_emergency(
    db: Database, actor: User, record_id: int, comment: str = ""
) -> DecisionRecord:
    """A manager has looked at an emergency share made before it was recorded."""
    return review_step(db, actor, record_id, Action.REVIEW_EMERGENCY, comment)


def guardian_decision(db: Database, actor: User, record_id: int, comment: str) -> DecisionRecord:
    return review_step(db, actor, record_id, Action.GUARDIAN_DECISION, comment)


def report_breach(db: Database, actor: User, record_id: int, comment: str) -> DecisionRecord:
    """Record that information from this decision went wrong (sent to the wrong
    person, or shared when it should not have been): kept on the record, in the
    audit trail, and listed in the Caldicott Guardian report."""
    return review_step(db, actor, record_id, Action.REPORT_BREACH, comment)


def waiting_for(
    db: Database, actor: User, *, team_id: int | None = None, author_id: int | None = None
) -> list[RecordSummary]:
    """What ``actor`` can review now: submitted records and emergency shares in their teams."""
    with db.session() as session:
        actor = current(session, actor)
        if not actor.has(Role.MANAGER) or not actor.active:
            return []
        teams = set(actor.managed_team_ids)
        if team_id is not None:
            teams &= {team_id}
        authors = account_store.team_member_ids(session, teams) - {actor.id}
        if author_id is not None:
            authors &= {author_id}
        if not authors:
            return []
        submitted = repository.list_summaries(session, author_ids=authors, statuses=UNDER_REVIEW)
        emergencies = repository.list_summaries(
            session, author_ids=authors, awaiting_review_only=True
        )
    return submitted + emergencies


def waiting_filter(
    db: Database, actor: User, *, team_id: int | None = None, author_id: int | None = None
) -> RecordFilter | None:
    """The list filter for ``actor``'s queue (as ``waiting_for``); None when it is empty.

    The queue on screen pages through this with ``records.page_records``.
    """
    with db.session() as session:
        actor = current(session, actor)
        if not actor.has(Role.MANAGER) or not actor.active:
            return None
        teams = set(actor.managed_team_ids)
        if team_id is not None:
            teams &= {team_id}
        authors = account_store.team_member_ids(session, teams) - {actor.id}
        if author_id is not None:
            authors &= {author_id}
    if not authors:
        return None
    return RecordFilter(author_ids=tuple(sorted(authors)), awaiting_review_only=True)


def waiting_count(db: Database, actor: User) -> int:
    criteria = waiting_filter(db, actor)
    return 0 if criteria is None else count_records(db, actor, criteria)
