"""Use cases for reviewing: the manager's queue and decisions, and Guardian decisions.

Each decision is kept with its comment on the record for good. Authorising,
returning or declining also fills the record's authorisation block (who, role,
date, decision, comment), which the author cannot type themselves.
"""

from __future__ import annotations

from datetime import UTC, datetime

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.audit import AuditAction
from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP
from infoshare_desktop.domain.permissions import Action
from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.domain.rules import Problem
from infoshare_desktop.domain.vocab import ManagerDecision, ReviewAction, Role
from infoshare_desktop.domain.workflow import COMMENT_REQUIRED, UNDER_REVIEW
from infoshare_desktop.services import settings as settings_service
from infoshare_desktop.services import trail
from infoshare_desktop.services.errors import ValidationError
from infoshare_desktop.services.guard import current, require
from infoshare_desktop.services.records import (
    RecordFilter,
    check_move,
    count_records,
    load_with_relations,
    stale_error,
)
from infoshare_desktop.storage import accounts as account_store
from infoshare_desktop.storage import repository
from infoshare_desktop.storage.database import Database
from infoshare_desktop.storage.repository import RecordSummary

MSG_COMMENT_MISSING = QT_TRANSLATE_NOOP(
    "rules", "Enter a comment saying why, so the practitioner knows what to do"
)
MSG_GUARDIAN_COMMENT = QT_TRANSLATE_NOOP("rules", "Enter the Caldicott Guardian's decision")
MSG_BREACH_COMMENT = QT_TRANSLATE_NOOP(
    "rules", "Describe what went wrong: what was sent or shared, to whom, when you found "
    "out, and what has been done about it"
)
MSG_COMMENT_TOO_LONG = QT_TRANSLATE_NOOP("rules", "Shorten the comment to {limit} characters")
COMMENT_MAX = 20_000

#: The review entry, the audit event and (for the manager's decisions) the
#: authorisation decision each action records.
RECORDED_AS: dict[Action, tuple[ReviewAction, AuditAction, ManagerDecision | None]] = {
    Action.REQUEST_ADVICE: (ReviewAction.REQUEST_ADVICE, AuditAction.REQUEST_ADVICE, None),
    Action.AUTHORISE: (ReviewAction.AUTHORISE, AuditAction.AUTHORISE, ManagerDecision.AUTHORISED),
    Action.RETURN: (ReviewAction.RETURN, AuditAction.RETURN, ManagerDecision.RETURNED),
    Action.DECLINE: (ReviewAction.DECLINE, AuditAction.DECLINE, ManagerDecision.DECLINED),
    Action.REVIEW_EMERGENCY: (ReviewAction.REVIEW_EMERGENCY, AuditAction.REVIEW_EMERGENCY,
                              None),
    Action.GUARDIAN_DECISION: (ReviewAction.GUARDIAN_DECISION, AuditAction.GUARDIAN_DECISION,
                               None),
    Action.REPORT_BREACH: (ReviewAction.BREACH_REPORTED, AuditAction.BREACH_REPORTED, None),
}
#: Actions whose comment is the whole point, with the message when it is missing.
_COMMENT_IS_THE_ENTRY = {
    Action.GUARDIAN_DECISION: MSG_GUARDIAN_COMMENT,
    Action.REPORT_BREACH: MSG_BREACH_COMMENT,
}


def _review(
    db: Database, actor: User, record_id: int, action: Action, comment: str
) -> DecisionRecord:
    settings = settings_service.get_settings(db)
    now = datetime.now(UTC)
    with db.session() as session:
        actor = current(session, actor)
        loaded = load_with_relations(session, actor, record_id)
        require(actor, action, loaded.relations, settings.policy)
        result = check_move(action, loaded.record, settings)
        comment = comment.strip()
        if not comment and action in COMMENT_REQUIRED:
            raise ValidationError([Problem("comment", MSG_COMMENT_MISSING)])
        if not comment and action in _COMMENT_IS_THE_ENTRY:
            raise ValidationError([Problem("comment", _COMMENT_IS_THE_ENTRY[action])])
        if len(comment) > COMMENT_MAX:
            raise ValidationError(
                [Problem("comment", MSG_COMMENT_TOO_LONG, {"limit": COMMENT_MAX})]
            )
        review_action, audit_action, decision = RECORDED_AS[action]
        changes: dict[str, object] = {
            "status": result.status,
            "awaiting_review": result.awaiting_review,
            "updated_at": now,
        }
        if decision is not None:
            changes.update(
                authoriser_name=actor.full_name,
                authoriser_role=actor.job_title or Role.MANAGER.label,
                authorised_on=now.astimezone().date(),
                authorisation_decision=decision,
                authorisation_comment=comment,
            )
        if not repository.update_columns(session, record_id,
                                         expected_version=loaded.record.version, **changes):
            # Another copy of the app moved the record on since it was read here.
            raise stale_error(session, actor, record_id)
        assert actor.id is not None
        repository.add_review(session, record_id, actor.id, now, review_action, comment)
        fresh = repository.load_record(session, record_id)
        assert fresh is not None
        trail.log(session, actor, audit_action, record=fresh, at=now,
                  details={"comment": comment, "status": result.status.value})
    assert fresh is not None
    return fresh


def request_advice(db: Database, actor: User, record_id: int, comment: str = "") -> DecisionRecord:
    """Hold the decision while advice is sought (e.g. from the DPO or the Guardian)."""
    return _review(db, actor, record_id, Action.REQUEST_ADVICE, comment)


def authorise(db: Database, actor: User, record_id: int, comment: str = "") -> DecisionRecord:
    return _review(db, actor, record_id, Action.AUTHORISE, comment)


def return_for_amendment(
    db: Database, actor: User, record_id: int, comment: str
) -> DecisionRecord:
    """Send it back to its author to change and submit again; the comment says what."""
    return _review(db, actor, record_id, Action.RETURN, comment)


def decline(db: Database, actor: User, record_id: int, comment: str) -> DecisionRecord:
    return _review(db, actor, record_id, Action.DECLINE, comment)


def review_emergency(
    db: Database, actor: User, record_id: int, comment: str = ""
) -> DecisionRecord:
    """A manager has looked at an emergency share made before it was recorded."""
    return _review(db, actor, record_id, Action.REVIEW_EMERGENCY, comment)


def guardian_decision(db: Database, actor: User, record_id: int, comment: str) -> DecisionRecord:
    return _review(db, actor, record_id, Action.GUARDIAN_DECISION, comment)


def report_breach(db: Database, actor: User, record_id: int, comment: str) -> DecisionRecord:
    """Record that information from this decision went wrong (sent to the wrong
    person, or shared when it should not have been): kept on the record, in the
    audit trail, and listed in the Caldicott Guardian report."""
    return _review(db, actor, record_id, Action.REPORT_BREACH, comment)


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
