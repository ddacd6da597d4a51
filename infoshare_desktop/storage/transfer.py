"""Copying a whole InfoShare database into a new, empty one (a PC's file to the team server).

Every table is copied row for row, keys included, in one transaction on the target:
either the target ends up holding everything or nothing at all. The audit trail is
copied event for event with its hashes, so the same chain verifies on the target;
the search index is rebuilt there (each database keeps its own kind of index).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Integer, Table, func, select, text, update
from sqlmodel import Session, SQLModel

from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP
from infoshare_desktop.storage import search
from infoshare_desktop.storage.database import Database
from infoshare_desktop.storage.errors import StorageError
from infoshare_desktop.storage.tables import AuditHeadRow, DecisionRecordRow, SettingRow

#: Rows read and written at a time: bounded memory whatever the size of the log.
BATCH = 1000
#: Tables that say whether a database is in use: any row in one of them means "not empty".
IN_USE = ("users", "decision_records", "organisations", "audit_events", "teams")
#: One row written by the migrations themselves, replaced rather than copied.
HEAD_TABLE = AuditHeadRow.__tablename__

Progress = Callable[[str, int], None]
#: The setting that marks a log as moved elsewhere (kept beside the organisation's settings).
MOVED_KEY = "moved_to"


class TargetNotEmptyError(StorageError):
    """The target already holds data: copying into it would mix two organisations' logs."""


@dataclass(frozen=True)
class Moved:
    """Where a log went, and when (UTC)."""

    to: str
    at: datetime | None


def mark_moved(session: Session, to: str, at: datetime) -> None:
    """Mark this database as moved to ``to`` (a name fit to show: never a password)."""
    value = json.dumps({"to": to, "at": at.isoformat()})
    row = session.get(SettingRow, MOVED_KEY)
    if row is None:
        session.add(SettingRow(key=MOVED_KEY, value=value))
    else:
        row.value = value
        session.add(row)


def moved(session: Session) -> Moved | None:
    """Where this log was moved to, or None while it is the one in use."""
    row = session.get(SettingRow, MOVED_KEY)
    if row is None:
        return None
    try:
        stored = json.loads(row.value)
        return Moved(str(stored["to"]), datetime.fromisoformat(stored["at"]))
    except (ValueError, KeyError, TypeError):  # unreadable, but a move was recorded
        return Moved(row.value, None)


def clear_moved(session: Session) -> None:
    row = session.get(SettingRow, MOVED_KEY)
    if row is not None:
        session.delete(row)


def copied_tables() -> list[Table]:
    """Every table the app defines, parents before children (foreign keys).

    The search indexes are not among them: each database builds its own with raw DDL.
    """
    return list(SQLModel.metadata.sorted_tables)


def table_counts(session: Session) -> dict[str, int]:
    """Rows in each copied table."""
    return {table.name: session.execute(select(func.count()).select_from(table)).scalar_one()
            for table in copied_tables()}


def holds_data(session: Session) -> bool:
    tables = {table.name: table for table in copied_tables()}
    return any(
        session.execute(select(tables[name]).limit(1)).first() is not None for name in IN_USE
    )


def _batches(session: Session, table: Table) -> Iterator[list[dict[str, Any]]]:
    order = list(table.primary_key.columns)
    result = session.execute(select(table).order_by(*order).execution_options(yield_per=BATCH))
    for partition in result.mappings().partitions(BATCH):
        yield [dict(row) for row in partition]


def _reset_sequences(session: Session, table: Table) -> None:
    """PostgreSQL hands out new keys from a sequence: move it past the copied keys."""
    for column in table.primary_key.columns:
        if isinstance(column.type, Integer) and column.autoincrement in (True, "auto"):
            session.execute(text(
                "SELECT setval(pg_get_serial_sequence(:table, :column), "
                f"COALESCE((SELECT MAX({column.name}) FROM {table.name}), 0) + 1, false)"
            ), {"table": table.name, "column": column.name})


def copy_database(source: Database, target: Database, progress: Progress | None = None
                  ) -> dict[str, int]:
    """Copy everything in ``source`` into the empty, migrated ``target``; rows per table.

    Raises ``TargetNotEmptyError`` (and writes nothing) when the target is in use.
    """
    copied: dict[str, int] = {}
    with source.session() as reading, target.session() as writing:
        if holds_data(writing):
            raise TargetNotEmptyError(QT_TRANSLATE_NOOP(
                "errors",
                "The target database already holds records or accounts. Copy into a new, "
                "empty database: nothing was written."))
        postgres = writing.get_bind().dialect.name == "postgresql"
        for table in copied_tables():
            if table.name == HEAD_TABLE:
                head = reading.execute(select(table)).mappings().one()
                writing.execute(update(table).values(**dict(head)))
                copied[table.name] = 1
                continue
            rows = 0
            for batch in _batches(reading, table):
                writing.execute(table.insert(), batch)
                rows += len(batch)
                if progress is not None:
                    progress(table.name, rows)
            copied[table.name] = rows
            if postgres:
                _reset_sequences(writing, table)
        index = search.search_index(writing)
        ids = list(writing.execute(select(DecisionRecordRow.id)).scalars())
        for start in range(0, len(ids), BATCH):
            index.reindex(writing, ids[start:start + BATCH])
    if target.is_server:
        _vacuum(target)
    return copied


def _vacuum(target: Database) -> None:
    """Bring the server's statistics and visibility map up to date after the bulk load.

    Without it, until autovacuum comes round, counting the list (every search) reads
    the whole table instead of an index: about 20 ms instead of 3 at 100,000 decisions.
    VACUUM cannot run inside a transaction, hence its own autocommit connection.
    """
    with target.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM ANALYZE")
