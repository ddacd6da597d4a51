"""Autosave of unsaved form content, so a crash or power cut loses no typing.

The content is kept in the database itself, never in a temporary file, because it
is personal data, and it belongs to the user who typed it: on a shared PC only they
are offered it back. A slot is cleared when the form is saved or its changes
discarded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.codec import record_from_dict, record_to_dict
from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.services.guard import current
from infoshare_desktop.storage.database import Database
from infoshare_desktop.storage.tables import FormRecoveryRow


@dataclass(frozen=True)
class RecoveredForm:
    slot_id: int
    record_id: int | None
    reference: str
    saved_at: datetime
    record: DecisionRecord


def autosave(db: Database, actor: User, record: DecisionRecord, slot_id: int | None) -> int:
    """Store the form's current content; returns the slot to reuse for the same form."""
    payload = json.dumps(record_to_dict(record), ensure_ascii=False)
    now = datetime.now(UTC)
    with db.session() as session:
        actor = current(session, actor)
        row = session.get(FormRecoveryRow, slot_id) if slot_id is not None else None
        if row is None or row.user_id != actor.id:
            row = FormRecoveryRow(saved_at=now, payload=payload, user_id=actor.id)
        row.record_id = record.id
        row.reference = record.reference
        row.saved_at = now
        row.payload = payload
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id


def pending_recoveries(db: Database, actor: User) -> list[RecoveredForm]:
    """The unsaved form content ``actor`` left behind, oldest first."""
    with db.session() as session:
        actor = current(session, actor)
        rows = session.execute(
            select(FormRecoveryRow)
            .where(FormRecoveryRow.user_id == actor.id)
            .order_by(FormRecoveryRow.saved_at)
        ).scalars()
        return [
            RecoveredForm(
                slot_id=row.id,  # type: ignore[arg-type]
                record_id=row.record_id,
                reference=row.reference,
                saved_at=row.saved_at,
                record=record_from_dict(json.loads(row.payload)),
            )
            for row in rows
        ]


def discard_recovery(db: Database, actor: User, slot_id: int) -> None:
    """Forget autosaved content (only one's own)."""
    with db.session() as session:
        actor = current(session, actor)
        session.execute(
            delete(FormRecoveryRow).where(
                FormRecoveryRow.id == slot_id, FormRecoveryRow.user_id == actor.id
            )
        )
