"""Everything SQLite-specific, in one place: connection pragmas, file checks, backups."""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from infoshare_desktop.storage import network_share

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


def cannot_write(path: Path) -> bool:
    """True when the file at ``path`` or its folder cannot be changed: a read-only drive
    (a read-only mount even for root), or a file or folder without write permission.

    SQLite needs to write beside a WAL database (its ``-shm`` file) even to read it,
    so such a file cannot be opened the usual way; it is not damaged.
    """
    for place in (path, path.parent):
        try:
            if not place.exists():
                continue
            if not os.access(place, os.W_OK):
                return True
            if os.statvfs(place).f_flag & os.ST_RDONLY:
                return True
        except (OSError, AttributeError):  # gone, or no statvfs (Windows): access said
            continue
    return False


def looks_like_sqlite(path: Path) -> bool:
    """True for an empty file or one starting with SQLite's 16-byte header."""
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    return header in (b"", SQLITE_HEADER)


#: Both drivers' errors: a query on an encrypted file without its key raises either.
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, sqlcipher3.DatabaseError)

#: The database key's length: SQLCipher's raw 256-bit AES key.
KEY_BYTES = 32


def _key_pragma(key: bytes) -> str:
    """SQLCipher's raw-key form: the key is used as is, with no slow PBKDF2 on each open.

    The key is random (never a password), so stretching it would add nothing.
    """
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def quiet_sqlcipher(connection: Any) -> None:
    """Stop SQLCipher writing its own log lines to the terminal (stderr).

    A wrong key makes it print "hmac check failed for pgno=1" and more under any
    command's one-line message. The level is SQLCipher's, for the whole process;
    it is set on every new SQLCipher connection, before its key, so that nothing
    can turn it on again unnoticed.
    """
    connection.execute("PRAGMA cipher_log_level = NONE").fetchall()


def _raw_connect(path: Path, key: bytes | None, *, read_only: bool = False,
                 immutable: bool = False) -> Any:
    """A bare DB-API connection: sqlite3 for a plain file, sqlcipher3 with the key set.

    ``immutable`` (read-only only) reads a file on a read-only drive or in a read-only
    folder, where SQLite cannot make the ``-shm`` file a WAL database needs; nothing
    may write to the file meanwhile (nothing can, there).
    """
    if read_only:
        flags = "mode=ro&immutable=1" if immutable else "mode=ro"
        target = f"{path.resolve().as_uri()}?{flags}"
    else:
        target = str(path)
    if key is None:
        return sqlite3.connect(target, uri=read_only, timeout=BUSY_TIMEOUT_MS / 1000)
    connection = sqlcipher3.connect(target, uri=read_only, timeout=BUSY_TIMEOUT_MS / 1000)
    quiet_sqlcipher(connection)
    connection.execute(_key_pragma(key))
    return connection


def connect(path: Path, key: bytes | None = None) -> Any:
    """A DB-API connection with the app's pragmas (for the online backup API and checks).

    ``key`` None opens a plain SQLite file; otherwise the file is SQLCipher-encrypted
    with that raw key. A wrong key shows as ``DatabaseError`` on the first query.
    """
    connection = _raw_connect(path, key)
    _set_pragmas(connection, None)
    return connection


def check_readable(path: Path, key: bytes | None = None) -> None:
    """Read the schema without writing: raises a ``DatabaseError`` if damaged (or wrong key)."""
    connection = _raw_connect(path, key, read_only=True)
    try:
        connection.execute("PRAGMA schema_version").fetchone()
        connection.execute("SELECT name FROM sqlite_master LIMIT 1").fetchall()
    finally:
        connection.close()


def read_schema_revision(path: Path, key: bytes | None = None) -> str | None:
    """The Alembic revision stamped in the file, or None if it has none yet."""
    connection = _raw_connect(path, key, read_only=True)
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


def is_foreign(path: Path, key: bytes | None = None) -> bool:
    """True for a database with tables but no ``alembic_version``: another program's.

    InfoShare creates ``alembic_version`` before any other table, so a file without
    it that holds tables was made by something else and must not be migrated.
    """
    connection = _raw_connect(path, key, read_only=True)
    try:
        names = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    finally:
        connection.close()
    return bool(names) and "alembic_version" not in names


def _set_pragmas(dbapi_connection: Any, connection_record: Any, journal: str = "WAL") -> None:
    del connection_record
    cursor = dbapi_connection.cursor()
    # WAL lets readers work while a record is saved (on one machine: on a network
    # share it is DELETE, see storage.network_share); FULL makes a saved record
    # survive a power cut; foreign keys keep child rows honest.
    cursor.execute(f"PRAGMA journal_mode={journal}")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()
    # SQLite's own lower() folds ASCII only; searching "ÉLODIE" must find "Élodie".
    dbapi_connection.create_function("lower", 1, _unicode_lower, deterministic=True)


def _unicode_lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def sqlite_engine(path: Path, key: bytes | None = None) -> Engine:
    """An engine on ``path`` with the pragmas above on every connection.

    With a ``key`` the engine uses SQLAlchemy's SQLCipher dialect (driver sqlcipher3),
    which sends the key, as the first statement on each new connection; the pool
    is the same as for a plain file.
    """
    if key is None:
        engine = create_engine(
            f"sqlite:///{path}",
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
        )
    else:
        _key_pragma(key)  # checks the length
        url = URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))
        engine = create_engine(
            url, poolclass=QueuePool,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        # First on each new connection, before the dialect sends the key.
        event.listen(engine, "connect", lambda connection, _record: quiet_sqlcipher(
            connection), insert=True)
    journal = "DELETE" if network_share.on_network_share(path) else "WAL"
    event.listen(engine, "connect", functools.partial(_set_pragmas, journal=journal))
    return engine


def backup_to(source: Path, target: Path, key: bytes | None = None) -> None:
    """Copy a live database with SQLite's online backup API (a file copy can miss the WAL).

    An encrypted source is copied encrypted with the same key.
    """
    src = _raw_connect(source, key)
    try:
        dst = _raw_connect(target, key)
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


# --- full-text search (FTS5) ------------------------------------------------------------

#: The search table: one row per decision record, its rowid the record's id.
FTS_TABLE = "record_search"
FTS_COLUMNS = ("reference", "case_reference", "people", "recipient", "requester", "details")
#: unicode61 folds case; remove_diacritics 2 lets "ELODIE" find "Élodie". The prefix
#: indexes keep one- and two-letter prefixes (typed first) quick on large tables.
FTS_CREATE = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({', '.join(FTS_COLUMNS)}, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2')"
)
#: What the index holds for each record, read from the record tables themselves.
FTS_REFILL = f"""
    INSERT INTO {FTS_TABLE} (rowid, {", ".join(FTS_COLUMNS)})
    SELECT r.id, r.reference, r.case_reference,
           coalesce((SELECT group_concat(p.name, ' ') FROM record_people p
                     WHERE p.record_id = r.id), ''),
           coalesce(o.name, '') || ' ' || coalesce(r.recipient_name, ''),
           coalesce(r.requesting_organisation, ''),
           coalesce(r.purpose, '') || ' ' || coalesce(r.shared_description, '') || ' '
               || coalesce(r.withheld_description, '') || ' '
               || coalesce(r.request_details, '')
    FROM decision_records r
    LEFT JOIN organisations o ON o.id = r.recipient_organisation_id
"""


def is_search_table(name: str | None) -> bool:
    """The FTS table and the shadow tables SQLite keeps for it (not in the models)."""
    return bool(name) and (name == FTS_TABLE or str(name).startswith(FTS_TABLE + "_"))


#: A deleted record leaves the index with it, so the index alone can count matches.
FTS_FORGET_TRIGGER = (
    f"CREATE TRIGGER {FTS_TABLE}_forget AFTER DELETE ON decision_records "
    f"BEGIN DELETE FROM {FTS_TABLE} WHERE rowid = old.id; END"
)


def create_search_table(connection: Connection) -> None:
    """Create the search table and index every record already stored."""
    connection.exec_driver_sql(FTS_CREATE)
    connection.exec_driver_sql(FTS_REFILL)
    connection.exec_driver_sql(FTS_FORGET_TRIGGER)


def drop_search_table(connection: Connection) -> None:
    connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {FTS_TABLE}_forget")
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")
