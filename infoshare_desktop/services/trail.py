"""Writing audit events from the use cases, inside their own transactions."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlmodel import Session

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.audit import AuditAction, AuditEvent
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
    trail lives in the same protected database as the records).
    """
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
