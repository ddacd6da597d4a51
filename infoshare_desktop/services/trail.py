"""Writing audit events from the use cases, inside their own transactions."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlmodel import Session

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.audit import CONTENT_EVENTS, AuditAction, AuditEvent, content_details
from infoshare_desktop.domain.content import content_sha256
from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.storage import audit as audit_store


def log(
    session: Session,
    actor: User | None,
    action: AuditAction,
    *,
    record: DecisionRecord | None = None,
    details: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> AuditEvent:
    """Record that ``actor`` did ``action`` (to ``record``), in the caller's transaction.

    ``details`` must never hold a password; it may hold record content (the audit
    trail lives in the same protected database as the records). An event that
    writes a record past draft also carries the fingerprint of the record's content
    as stored now (``_content``), so that a later change made outside the app shows.
    """
    details = dict(details or {})
    if record is not None and record.id is not None and action in CONTENT_EVENTS:
        details.update(_content(session, action, record.id))
    return audit_store.append(
        session,
        at or datetime.now(UTC),
        actor.id if actor is not None else None,
        actor.username if actor is not None else "",
        action,
        record_id=record.id if record is not None else None,
        reference=record.reference if record is not None else "",
        details=details,
    )


def _content(session: Session, action: AuditAction, record_id: int) -> dict[str, Any]:
    """The record's fingerprint, read back from the database in this transaction (what
    ``audit verify`` will recompute), and the version the event kept, if it kept one."""
    stored = audit_store.stored_contents(session, [record_id]).get(record_id)
    if stored is None:
        return {}
    newest = audit_store.newest_version(session, record_id)
    return content_details(action, content_sha256(stored),
                           newest[0] if newest is not None else None,
                           newest[1] if newest is not None else None)
