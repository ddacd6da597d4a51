"""Use cases for the audit trail: search it, check it, and a record's own events.

Caldicott Guardians and administrators see the whole trail; administrators see no
record content: for them an event about a record says what happened, by whom, when
and to which reference (and which fields an addendum changed), never what it said:
no old or new values, no addendum reason, no review comment. Anyone who may read a
record may see that record's own events in full.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.audit import Anchor, AuditAction, AuditEvent, ChainReport
from infoshare_desktop.domain.permissions import Action, Relation, may
from infoshare_desktop.services import settings as settings_service
from infoshare_desktop.services import trail
from infoshare_desktop.services.guard import current, require
from infoshare_desktop.services.records import load_with_relations
from infoshare_desktop.storage import audit as audit_store
from infoshare_desktop.storage import backup as backup_files
from infoshare_desktop.storage import migrate
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


#: What a record event's details may show to someone who may not read the record:
#: where the record went and facts about the event, never words from the record.
_CONTENT_FREE = frozenset({"status", "awaiting_review", "changes"})


def _without_content(event: AuditEvent) -> AuditEvent:
    """The event as an administrator may see it: that it happened and which fields
    changed, not what anyone wrote (only the keys in ``_CONTENT_FREE`` are kept, and
    of the changes only the field names; fingerprints of content are kept too)."""
    if event.action not in CONTENT_ACTIONS:
        return event
    details: dict[str, object] = {}
    for key, value in (event.details or {}).items():
        if key == "changes" and isinstance(value, list):
            details[key] = [{"field": c.get("field")} for c in value if isinstance(c, dict)]
        elif key in _CONTENT_FREE or _is_fingerprint(key, value):
            details[key] = value
    return replace(event, details=details)


def _is_fingerprint(key: str, value: object) -> bool:
    """A hash of content (its SHA-256 in hex): it shows nothing of what was written."""
    return ("hash" in key or "sha256" in key) and isinstance(value, str) and all(
        ch in "0123456789abcdef" for ch in value)


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


def verify(db: Database, actor: User, anchor: Anchor | None = None) -> ChainReport:
    """Check the whole trail: every event's hash and its link to the one before, the
    event ``anchor`` names (from a printed report), then every stored version and
    locked record against the fingerprints of their content the events carry."""
    with db.session() as session:
        actor = current(session, actor)
        require(actor, Action.VIEW_AUDIT)
        return audit_store.verify(session, anchor)


def verify_file(path: Path, key: bytes | None, revision: str | None, *,
                anchor: Anchor | None = None, immutable: bool = False) -> ChainReport | None:
    """``verify`` on a database file opened read-only, with nobody signed in.

    For ``infoshare check``: the file is not changed (no sign-in event, no migration),
    and the answer names events and references only, never record content.
    ``immutable`` reads a file on a read-only drive, as ``check_file`` did. None when
    the file's layout (``revision``) is older than this version's: opening it once
    upgrades it (after a backup), and then it can be checked in full.
    """
    if revision != migrate.head_revision():
        return None
    with backup_files.read_only_session(path, key, immutable=immutable) as session:
        return audit_store.verify(session, anchor)


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
