"""Records with chosen answers for the oversight report tests (written through storage)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.domain.vocab import RecordStatus
from infoshare_desktop.storage import repository
from infoshare_desktop.storage.database import Database
from tests import factories


def add(db: Database, author: User, decided_at: datetime, *,
        status: RecordStatus = RecordStatus.COMPLETED, **overrides: Any) -> DecisionRecord:
    now = datetime.now(UTC)
    record = replace(
        factories.complete_record(decided_at=decided_at, **overrides),
        reference="", status=status, created_at=now, updated_at=now, author_id=author.id,
    )
    with db.session() as session:
        record.reference = repository.next_reference(session, now.year)
        record.id = repository.insert_record(session, record)
    return record
