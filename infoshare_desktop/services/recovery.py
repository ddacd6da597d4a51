"""Autosave of unsaved form content, so a crash or power cut loses no typing.

The content is kept in the database itself, never in a temporary file, because it
is personal data. A slot is cleared when the form is saved or its changes discarded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select

from infoshare_desktop.domain.codec import record_from_dict, record_to_dict
from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.storage.database import Database
from infoshare_desktop.storage.tables import FormRecoveryRow


@dataclass(frozen=True)
class RecoveredForm:
    slot_id: int
    record_id: int | None
    reference: str
    saved_at: datetime
    record: DecisionRecord


def autosave(db: Database, record: DecisionRecord, slot_id: int | None) -> int:
    """Store the form's current content; returns the slot to reuse for the same form."""
    payload = json.dumps(record_to_dict(record), ensure_ascii=False)
    now = datetime.now(UTC)
    with db.session() as session:
        row = session.get(FormRecoveryRow, slot_id) if slot_id is not None else None
        if row is None:
            row = FormRecoveryRow(saved_at=now, payload=payload)
        row.record_id = record.id
        row.reference = record.reference
        row.saved_at = now
        row.payload = payload
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id


def pending_recoveries(db: Database) -> list[RecoveredForm]:
    """Unsaved form content left behind, oldest first."""
    with db.session() as session:
        rows = session.execute(
            select(FormRecoveryRow).order_by(FormRecoveryRow.saved_at)
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


def discard_recovery(db: Database, slot_id: int) -> None:
    with db.session() as session:
        session.execute(delete(FormRecoveryRow).where(FormRecoveryRow.id == slot_id))
