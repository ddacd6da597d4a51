"""Use cases for the audit trail: search it, check it, and a record's own events.

Caldicott Guardians and administrators see the whole trail; administrators see no
record content, so the old and new values of record fields are left out for them.
Anyone who may read a record may see that record's own events.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from datetime import datetime

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.audit import AuditAction, AuditEvent, ChainReport, verify_chain
from infoshare_desktop.domain.permissions import Action, Relation, may
from infoshare_desktop.services import settings as settings_service
from infoshare_desktop.services import trail
from infoshare_desktop.services.guard import current, require
from infoshare_desktop.services.records import load_with_relations
from infoshare_desktop.storage import audit as audit_store
from infoshare_desktop.storage.database import Database

#: Record actions whose details hold record content (field values, comments).
CONTENT_ACTIONS = frozenset(
    {
        AuditAction.ADDENDUM,
        AuditAction.REQUEST_ADVICE,
        AuditAction.AUTHORISE,
        AuditAction.RETURN,
        AuditAction.DECLINE,
        AuditAction.REVIEW_EMERGENCY,
        AuditAction.GUARDIAN_DECISION,
        AuditAction.BREACH_REPORTED,
    }
)


def _without_content(event: AuditEvent) -> AuditEvent:
    """The event as an administrator may see it: which fields changed, not to what."""
    if event.action not in CONTENT_ACTIONS:
        return event
    details = dict(event.details)
    if "changes" in details:
        details["changes"] = [{"field": c.get("field")} for c in details["changes"]]
    details.pop("comment", None)
    return replace(event, details=details)


def _reads_every_record(actor: User) -> bool:
    return may(actor, Action.VIEW_RECORD, frozenset({Relation.OTHER}))


def _shown(events: list[AuditEvent], with_content: bool) -> list[AuditEvent]:
    return events if with_content else [_without_content(e) for e in events]


def find_events(
    db: Database,
    actor: User,
    *,
    user_id: int | None = None,
    record_id: int | None = None,
    actions: Collection[AuditAction] | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int | None = None,
) -> list[AuditEvent]:
    """Events matching every filter given, newest first (Guardians and administrators)."""
    with db.session() as session:
        actor = current(session, actor)
        require(actor, Action.VIEW_AUDIT)
        events = audit_store.find_events(
            session, user_id=user_id, record_id=record_id, actions=actions, since=since,
            until=until, limit=limit,
        )
    return _shown(events, _reads_every_record(actor))


def record_events(db: Database, actor: User, record_id: int) -> list[AuditEvent]:
    """One record's events, oldest first, for anyone who may read the record."""
    settings = settings_service.get_settings(db)
    with db.session() as session:
        actor = current(session, actor)
        loaded = load_with_relations(session, actor, record_id)
        reads_it = may(actor, Action.VIEW_RECORD, loaded.relations, settings.policy)
        if not reads_it:
            require(actor, Action.VIEW_AUDIT)
        events = audit_store.find_events(session, record_id=record_id)
    return list(reversed(_shown(events, reads_it)))


def verify(db: Database, actor: User) -> ChainReport:
    """Check the whole chain: every event's hash and its link to the one before."""
    with db.session() as session:
        actor = current(session, actor)
        require(actor, Action.VIEW_AUDIT)
        count, head = audit_store.head(session)
        return verify_chain(audit_store.all_events(session), count, head)


def log_export(
    db: Database, actor: User, what: str, rows: int, filters: dict[str, object] | None = None,
    action: AuditAction = AuditAction.EXPORT,
) -> None:
    """Record an export, print or report after it was written (what, by whom, filters)."""
    with db.session() as session:
        trail.log(session, current(session, actor), action,
                  details={"what": what, "rows": rows, "filters": filters or {}})


def chain_summary(db: Database) -> tuple[int, str]:
    """(event count, newest hash) as recorded beside the chain, for report headers.

    Needs no permission: a count and a fingerprint reveal nothing about anyone.
    """
    with db.session() as session:
        return audit_store.head(session)
