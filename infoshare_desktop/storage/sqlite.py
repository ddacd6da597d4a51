"""Everything SQLite-specific, in one place: connection pragmas, file checks, backups."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


def looks_like_sqlite(path: Path) -> bool:
    """True for an empty file or one starting with SQLite's 16-byte header."""
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    return header in (b"", SQLITE_HEADER)


def check_readable(path: Path) -> None:
    """Read the schema without writing: raises ``sqlite3.DatabaseError`` if damaged."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    connection = sqlite3.connect(uri, uri=True)
    try:
        connection.execute("PRAGMA schema_version").fetchone()
        connection.execute("SELECT name FROM sqlite_master LIMIT 1").fetchall()
    finally:
        connection.close()


def read_schema_revision(path: Path) -> str | None:
    """The Alembic revision stamped in the file, or None if it has none yet."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    connection = sqlite3.connect(uri, uri=True)
    try:
        has_table = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        connection.close()


def _set_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    del connection_record
    cursor = dbapi_connection.cursor()
    # WAL lets readers work while a record is saved; FULL makes a saved record
    # survive a power cut; foreign keys keep child rows honest.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()
    # SQLite's own lower() folds ASCII only; searching "ÉLODIE" must find "Élodie".
    dbapi_connection.create_function("lower", 1, _unicode_lower, deterministic=True)


def _unicode_lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def sqlite_engine(path: Path) -> Engine:
    """An engine on ``path`` with the pragmas above on every connection."""
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _set_pragmas)
    return engine


def backup_to(source: Path, target: Path) -> None:
    """Copy a live database with SQLite's online backup API (a file copy can miss the WAL)."""
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


@contextlib.contextmanager
def foreign_keys_suspended(connection: Connection) -> Iterator[None]:
    """Turn foreign keys off while a migration rebuilds tables, then check them.

    SQLite's ALTER TABLE is done by copying a table, dropping it and renaming the
    copy; with foreign keys on, the drop would cascade and delete child rows.
    The pragma only takes effect outside a transaction, so it is set around one.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
    connection.commit()
    try:
        yield
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        connection.commit()
        if broken:
            raise RuntimeError(f"migration left {len(broken)} rows with broken references")
    finally:
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        connection.commit()
