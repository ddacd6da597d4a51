"""Appending to and reading the audit trail.

``append`` runs inside the caller's transaction, so an event is written exactly
when the action it records is: if the action fails and rolls back, so does its
event. It locks the head row before reading it, so two programs appending at once
(two PCs on one PostgreSQL server, or on one SQLite file) queue up instead of
forking the chain.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, func, insert, select, type_coerce, update
from sqlalchemy.types import NullType
from sqlmodel import Session

from infoshare_desktop.domain.audit import (
    Anchor,
    AuditAction,
    AuditEvent,
    ChainReport,
    ContentCheck,
    UnreadableEvent,
    chain_hash,
    verify_chain,
)
from infoshare_desktop.domain.content import content_sha256
from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP
from infoshare_desktop.domain.record import AdviceSought, PersonInvolved, TestAnswer
from infoshare_desktop.storage import repository
from infoshare_desktop.storage.errors import AuditTrailDamagedError
from infoshare_desktop.storage.tables import (
    AdviceRow,
    AuditEventRow,
    AuditHeadRow,
    ConsentReasonRow,
    DataCategoryRow,
    DecisionRecordRow,
    PersonRow,
    RecordVersionRow,
    SharingTestRow,
)


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


# --- checking the whole trail: the chain, then the records' content ---------------------


def newest_version(session: Session, record_id: int) -> tuple[int, str] | None:
    """(number, JSON payload) of the record's newest stored version (None: it has none)."""
    table = RecordVersionRow.__table__  # type: ignore[attr-defined]
    row = session.execute(
        select(table.c.number, table.c.payload).where(table.c.record_id == record_id)
        .order_by(table.c.number.desc()).limit(1)
    ).first()
    return (row[0], row[1]) if row is not None else None


#: The record's lists kept in rows of their own: attribute, table, order, item class
#: (whose attributes are the table's columns), or the column of a list of codes.
_CHILDREN: tuple[tuple[str, Any, str, type | None, str], ...] = (
    ("people", PersonRow, "position", PersonInvolved, ""),
    ("tests", SharingTestRow, "id", TestAnswer, ""),
    ("advice", AdviceRow, "position", AdviceSought, ""),
    ("data_categories", DataCategoryRow, "id", None, "category"),
    ("consent_override_reasons", ConsentReasonRow, "id", None, "reason"),
)


def _plain(value: Any) -> Any:
    """A time or date as ``record_to_dict`` writes it (times in UTC, ISO 8601)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _timed(table: Any, names: Iterable[str]) -> tuple[list[str], list[str]]:
    """``names`` split into (columns holding times or dates, the others): only the
    first need converting, which matters at 100,000 records."""
    timed = [n for n in names if _is_time(table.c[n].type)]
    return timed, [n for n in names if n not in timed]


def _is_time(column_type: Any) -> bool:
    return isinstance(getattr(column_type, "impl", column_type), (Date, DateTime))


def stored_contents(session: Session, record_ids: list[int]) -> dict[int, dict[str, Any]]:
    """The records' content as ``record_to_dict`` gives it, read straight from the rows
    (six queries for all ``record_ids``; no ``DecisionRecord`` is built): what a
    fingerprint is taken of, the same whether written by the app or checked later.

    A column holding something no record can hold raises ``ValueError``.
    """
    table = DecisionRecordRow.__table__  # type: ignore[attr-defined]
    timed, plain = _timed(table, repository.SCALAR_FIELDS)
    found: dict[int, dict[str, Any]] = {}
    for row in session.execute(select(table).where(table.c.id.in_(record_ids))).mappings():
        content = {name: row[name] for name in plain}
        for name in timed:
            content[name] = _plain(row[name])
        found[row["id"]] = content
    if not found:
        return found
    for name, model, order, item, code in _CHILDREN:
        child = model.__table__
        for content in found.values():
            content[name] = []
        columns = [f.name for f in dataclasses.fields(item)] if item is not None else [code]
        child_timed = set(_timed(child, columns)[0])
        query = select(child.c.record_id, *(child.c[c] for c in columns)).where(
            child.c.record_id.in_(list(found))).order_by(child.c.record_id, child.c[order])
        for record_id, *values in session.execute(query):
            if item is None:
                found[record_id][name].append(values[0])
            else:
                found[record_id][name].append(
                    {column: _plain(value) if column in child_timed else value
                     for column, value in zip(columns, values, strict=True)})
    return found


def _record_states(session: Session) -> list[tuple[int, str, str]]:
    """(id, reference, status) of every stored record, in id order: one light query."""
    table = DecisionRecordRow.__table__  # type: ignore[attr-defined]
    query = select(table.c.id, table.c.reference, table.c.status).order_by(table.c.id)
    return [(row[0], row[1], row[2]) for row in session.execute(query)]


def _check_versions(session: Session, check: ContentCheck, batch: int) -> None:
    """Every stored version, in batches; payloads read only where a fingerprint exists."""
    table = RecordVersionRow.__table__  # type: ignore[attr-defined]
    keys = select(table.c.record_id, table.c.number, table.c.id, table.c.created_by
                  ).order_by(table.c.record_id, table.c.number)
    wanted = [(record_id, number) for record_id, number, row_id, by in session.execute(keys)
              if check.needs_version(record_id, number, row_id, by)]
    check.versions_done()
    by_record: dict[int, list[int]] = {}
    for record_id, number in wanted:
        by_record.setdefault(record_id, []).append(number)
    record_ids = list(by_record)
    for start in range(0, len(record_ids), batch):
        chunk = record_ids[start:start + batch]
        query = select(table.c.record_id, table.c.number, table.c.payload).where(
            table.c.record_id.in_(chunk))
        for record_id, number, payload in session.execute(query):
            if number in by_record[record_id]:
                check.version(record_id, number, payload)


def _check_records(
    session: Session, check: ContentCheck, batch: int, states: list[tuple[int, str, str]]
) -> None:
    """Every stored record the trail fixed, read in batches and fingerprinted."""
    check.records_done({record_id for record_id, _reference, _status in states})
    wanted = [(record_id, reference) for record_id, reference, status in states
              if check.needs_content(record_id, reference, status)]
    for start in range(0, len(wanted), batch):
        chunk = wanted[start:start + batch]
        try:
            loaded = stored_contents(session, [record_id for record_id, _ in chunk])
        except (ValueError, TypeError):
            # A column changed into something no record holds: find which, one by one.
            loaded = {}
            for record_id, _reference in chunk:
                with contextlib.suppress(ValueError, TypeError):
                    loaded.update(stored_contents(session, [record_id]))
        for record_id, reference in chunk:
            content = loaded.get(record_id)
            check.content(record_id, reference,
                          content_sha256(content) if content is not None else None)


def verify(session: Session, anchor: Anchor | None = None,
           batch: int = repository.LOAD_CHUNK) -> ChainReport:
    """The whole check ``infoshare audit verify`` and ``infoshare check`` make.

    First the chain (every event's hash and link, its end against the head row, and
    ``anchor`` if given); once it holds, every stored version an event kept and every
    locked record's current content against the fingerprints the events carry.
    Versions and records are read ``batch`` records at a time.
    """
    count, head_hash = head(session)
    check = ContentCheck()
    chain = verify_chain(check.watch(all_events(session)), count, head_hash, anchor)
    if not chain.ok:
        return chain
    states = _record_states(session)
    check.stored_references = {record_id: reference for record_id, reference, _ in states}
    _check_versions(session, check, batch)
    _check_records(session, check, batch, states)
    return check.report(chain)
