"""Appending to and reading the audit trail.

``append`` runs inside the caller's transaction, so an event is written exactly
when the action it records is: if the action fails and rolls back, so does its
event. It locks the head row before reading it, so two programs appending at once
(two PCs on one PostgreSQL server, or on one SQLite file) queue up instead of
forking the chain.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, type_coerce, update
from sqlalchemy.types import NullType
from sqlmodel import Session

from infoshare_desktop.domain.audit import AuditAction, AuditEvent, UnreadableEvent, chain_hash
from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP
from infoshare_desktop.storage.errors import AuditTrailDamagedError
from infoshare_desktop.storage.tables import AuditEventRow, AuditHeadRow


def _locked_head(session: Session) -> tuple[int, str]:
    """The chain's (event count, head hash), with the write lock taken first, after
    checking the events table still ends where the head says it does."""
    read_head = select(AuditHeadRow.count, AuditHeadRow.head_hash).where(AuditHeadRow.id == 1)
    if session.get_bind().dialect.name == "sqlite":
        # Writing to the head row first takes SQLite's write lock before the head is read.
        session.execute(
            update(AuditHeadRow).where(AuditHeadRow.id == 1).values(count=AuditHeadRow.count)
        )
    else:
        # A server: lock just the head row until this transaction ends. Another
        # writer waits here, then reads the head as that first writer left it (READ
        # COMMITTED reads the newest committed row after the wait), so the chain
        # never forks.
        read_head = read_head.with_for_update()
    count, head = session.execute(read_head).one()
    newest = session.execute(select(func.max(AuditEventRow.sequence))).scalar() or 0
    if newest != count:
        # Someone added or removed events behind the app's back: stop, and say so,
        # rather than extend a chain that no longer holds.
        raise AuditTrailDamagedError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The audit trail has been changed outside InfoShare: it holds {newest} events "
                "but {count} were recorded. Nothing was saved. Ask your Caldicott Guardian or "
                "IT to check the database (infoshare audit verify) and restore a backup."),
            newest=newest, count=count,
        )
    return count, head


def append(
    session: Session,
    at: datetime,
    user_id: int | None,
    username: str,
    action: AuditAction,
    *,
    record_id: int | None = None,
    reference: str = "",
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Add the next event to the chain (inside the caller's transaction)."""
    count, head = _locked_head(session)
    event = AuditEvent(
        sequence=count + 1,
        at=at,
        user_id=user_id,
        username=username,
        action=action,
        record_id=record_id,
        reference=reference,
        details=json.loads(json.dumps(details or {}, default=str)),
        prev_hash=head,
    )
    event = replace(event, hash=chain_hash(head, event))
    session.add(
        AuditEventRow(
            sequence=event.sequence,
            at=event.at,
            user_id=event.user_id,
            username=event.username,
            action=event.action.value,
            record_id=event.record_id,
            reference=event.reference,
            details=json.dumps(event.details, ensure_ascii=False, sort_keys=True),
            prev_hash=event.prev_hash,
            hash=event.hash,
        )
    )
    session.execute(
        update(AuditHeadRow)
        .where(AuditHeadRow.id == 1)
        .values(count=event.sequence, head_hash=event.hash)
    )
    session.flush()
    return event


def append_many(session: Session, events: Iterable[AuditEvent]) -> list[AuditEvent]:
    """Add several events at once, chained exactly as ``append`` chains them one by one.

    For bulk writers (demo data for load tests): the head row is locked, read and
    checked once, and the rows go in with one multi-row INSERT. The events'
    ``sequence``, ``prev_hash`` and ``hash`` are ignored and worked out here.
    """
    count, head = _locked_head(session)
    stored: list[AuditEvent] = []
    rows: list[dict[str, Any]] = []
    for given in events:
        count += 1
        event = replace(given, sequence=count, prev_hash=head, hash="",
                        details=json.loads(json.dumps(given.details or {}, default=str)))
        head = chain_hash(head, event)
        event = replace(event, hash=head)
        stored.append(event)
        rows.append({
            "sequence": event.sequence, "at": event.at, "user_id": event.user_id,
            "username": event.username, "action": event.action.value,
            "record_id": event.record_id, "reference": event.reference,
            "details": json.dumps(event.details, ensure_ascii=False, sort_keys=True),
            "prev_hash": event.prev_hash, "hash": event.hash,
        })
    if rows:
        session.execute(insert(AuditEventRow), rows)
        session.execute(
            update(AuditHeadRow).where(AuditHeadRow.id == 1)
            .values(count=count, head_hash=head)
        )
    return stored


def _event(row: AuditEventRow) -> AuditEvent:
    return AuditEvent(
        sequence=row.sequence,
        at=row.at,
        user_id=row.user_id,
        username=row.username,
        action=AuditAction(row.action),
        record_id=row.record_id,
        reference=row.reference,
        details=json.loads(row.details),
        prev_hash=row.prev_hash,
        hash=row.hash,
    )


def head(session: Session) -> tuple[int, str]:
    """(count, newest hash) as recorded alongside the chain."""
    count, head_hash = session.execute(
        select(AuditHeadRow.count, AuditHeadRow.head_hash).where(AuditHeadRow.id == 1)
    ).one()
    return count, head_hash


def _stored(
    row: Any, read_at: Callable[[Any], datetime | None] | None
) -> AuditEvent | UnreadableEvent:
    """One row read as plainly as possible, or which column no event could hold."""
    sequence, raw_at, user_id, username, action, record_id, reference, details, prev, hash_ = row
    column = "time"
    try:
        at = read_at(raw_at) if read_at is not None else raw_at
        if not isinstance(at, datetime) or at.tzinfo is None:
            raise ValueError
        column = "user"
        if not (user_id is None or type(user_id) is int) or not isinstance(username, str):
            raise ValueError
        column = "action"
        action = AuditAction(action)
        column = "record"
        if not (record_id is None or type(record_id) is int) or not isinstance(reference, str):
            raise ValueError
        column = "details"
        details = json.loads(details)
        if not isinstance(details, dict):
            raise ValueError
        column = "hash"
        if not isinstance(prev, str) or not isinstance(hash_, str):
            raise ValueError
    except (ValueError, TypeError):  # json.JSONDecodeError is a ValueError
        return UnreadableEvent(sequence, column)
    return AuditEvent(
        sequence=sequence,
        at=at,
        user_id=user_id,
        username=username,
        action=action,
        record_id=record_id,
        reference=reference,
        details=details,
        prev_hash=prev,
        hash=hash_,
    )


def all_events(session: Session, batch: int = 5_000) -> Iterator[AuditEvent | UnreadableEvent]:
    """Every event in sequence order, read in batches (for verifying).

    Rows are read as plain tuples, not ORM objects (three times quicker over 100,000
    events), and the time is converted row by row so that a row edited into
    nonsense comes back as ``UnreadableEvent`` at its place instead of stopping the
    whole check.
    """
    table = AuditEventRow.__table__  # type: ignore[attr-defined]
    dialect = session.get_bind().dialect
    read_at = table.c.at.type.dialect_impl(dialect).result_processor(dialect, None)
    query = (
        select(
            table.c.sequence, type_coerce(table.c.at, NullType()), table.c.user_id,
            table.c.username, table.c.action, table.c.record_id, table.c.reference,
            table.c.details, table.c.prev_hash, table.c.hash,
        )
        .order_by(table.c.sequence)
        .execution_options(yield_per=batch)
    )
    for row in session.execute(query):
        yield _stored(row, read_at)


def find_events(
    session: Session,
    *,
    user_id: int | None = None,
    record_id: int | None = None,
    actions: Collection[AuditAction] | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int | None = None,
) -> list[AuditEvent]:
    """Events matching every filter given, newest first."""
    query = select(AuditEventRow).order_by(AuditEventRow.sequence.desc())
    if user_id is not None:
        query = query.where(AuditEventRow.user_id == user_id)
    if record_id is not None:
        query = query.where(AuditEventRow.record_id == record_id)
    if actions is not None:
        query = query.where(AuditEventRow.action.in_([a.value for a in actions]))
    if since is not None:
        query = query.where(AuditEventRow.at >= since)
    if until is not None:
        query = query.where(AuditEventRow.at < until)
    if limit is not None:
        query = query.limit(limit)
    return [_event(row) for row in session.execute(query).scalars()]


def count_events(session: Session) -> int:
    return session.execute(select(func.count()).select_from(AuditEventRow)).scalar_one()
