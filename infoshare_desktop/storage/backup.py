"""Copying, checking and replacing database files: the SQLite side of backups and restore.

Copies are made with SQLite's online backup API (a plain file copy can miss what is
still in the write-ahead log, or catch a page half-written), encrypted with the
same key as the source when there is one. A restore copies the backup into a
temporary file in the database's own folder, checks it, and only then swaps it in
with ``os.replace``: at every moment the database file is either the old one or the
new one, never half of each.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from infoshare_desktop.domain.display import london
from infoshare_desktop.domain.i18n import (
    ERRORS,
    QT_TRANSLATE_NOOP,
    ExplainedError,
    Message,
    Translate,
    identity,
    message,
)
from infoshare_desktop.storage import migrate, sqlite

#: Tables every InfoShare database has; a file without them belongs to something else.
INFOSHARE_TABLES = frozenset({"alembic_version", "decision_records", "audit_events", "users"})
#: The side files SQLite keeps next to a database in WAL mode.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
#: Backups live in this folder beside the database, named ``<stem>-YYYYMMDD-HHMMSS.db``.
FOLDER_NAME = "backups"
STAMP_FORMAT = "%Y%m%d-%H%M%S"


class BackupError(ExplainedError):
    """A backup or restore that cannot go ahead; ``str()`` is one plain line, no personal
    data, and ``text(translate)`` the same in the user's language (``domain.i18n``)."""


@dataclass(frozen=True)
class FileCheck:
    """What checking a database file found: ``ok``, or the first problem in one line."""

    ok: bool
    #: The first problem found, translatable (None when the file is fine).
    reason: Message | None = None
    decisions: int = 0
    revision: str | None = None
    #: The file itself is sound but it is not a database this version of InfoShare can use.
    foreign: bool = False
    #: The file is sound but the audit trail does not end where it should (tampering).
    trail: bool = False
    #: The file is on a read-only drive or in a read-only folder: read as it is there
    #: (InfoShare cannot open it there to work in it), which is not damage.
    read_only: bool = False

    @property
    def problem(self) -> str:
        """The first problem in English ("" when the file is fine)."""
        return self.reason.text() if self.reason is not None else ""

    def describe(self, translate: Translate = identity) -> str:
        """The first problem in the user's language ("" when the file is fine)."""
        return self.reason.text(translate) if self.reason is not None else ""


def connect(path: Path, key: bytes | None, *, read_only: bool = False,
            immutable: bool = False) -> Any:
    """A DB-API connection on ``path``: SQLCipher with ``key`` when given, else plain SQLite.

    Read-only connections are opened by URI so that checking a file never changes it;
    ``immutable`` ones also read a file on a read-only drive (``sqlite._raw_connect``).
    """
    raw = getattr(sqlite, "_raw_connect", None)
    if read_only:
        if raw is not None:
            return raw(path, key, read_only=True, immutable=immutable)
        uri = f"{path.resolve().as_uri()}?mode=ro"
        return sqlite3.connect(uri, uri=True)
    opener = getattr(sqlite, "connect", None)
    if opener is not None:
        return opener(path, key)
    return sqlite3.connect(str(path))


#: Both drivers' errors (plain SQLite and SQLCipher), as far as this build has them.
DATABASE_ERRORS: tuple[type[Exception], ...] = getattr(
    sqlite, "DATABASE_ERRORS", (sqlite3.DatabaseError,))


@contextlib.contextmanager
def connection(path: Path, key: bytes | None, *, read_only: bool = False,
               immutable: bool = False) -> Iterator[Any]:
    conn = connect(path, key, read_only=read_only, immutable=immutable)
    try:
        yield conn
    finally:
        conn.close()


@contextlib.contextmanager
def read_only_session(path: Path, key: bytes | None, *,
                      immutable: bool = False) -> Iterator[Session]:
    """A SQLAlchemy session over ``connect(read_only=True)``: for reading a file with
    the app's queries (``infoshare check`` verifying the audit trail) without
    migrating, signing in or writing anything. Rolled back at the end."""
    engine = create_engine(
        "sqlite://", poolclass=NullPool,
        creator=lambda: connect(path, key, read_only=True, immutable=immutable))
    try:
        with Session(engine) as session:
            yield session
            session.rollback()
    finally:
        engine.dispose()


def backups_folder(db_path: Path) -> Path:
    return Path(db_path).parent / FOLDER_NAME


def ensure_folder(folder: Path) -> None:
    """The backups folder, readable by its owner only (it holds the whole database)."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name == "posix":
            folder.chmod(0o700)
    except OSError as error:
        raise BackupError(
            QT_TRANSLATE_NOOP("errors", "Cannot create the backups folder {folder}: {reason}."),
            folder=folder, reason=error.strerror or error) from None


def unused_path(db_path: Path, made: datetime, suffix: str = "") -> Path:
    """``<stem>-YYYYMMDD-HHMMSS[-N]<suffix>.db`` in the backups folder, not yet taken."""
    folder = backups_folder(db_path)
    ensure_folder(folder)
    stem, stamp = Path(db_path).stem, made.strftime(STAMP_FORMAT)
    candidate = folder / f"{stem}-{stamp}{suffix}.db"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{stamp}-{number}{suffix}.db"
        number += 1
    return candidate


def before_upgrade_path(db_path: Path, revision: str) -> Path:
    """Where the copy made before a migration goes (UK time in the name, like the others)."""
    made = datetime.now(UTC).astimezone(london())
    plain = re.sub(r"[^A-Za-z0-9_]", "", revision) or "unknown"
    return unused_path(db_path, made, f"-before-upgrade-from-{plain}")


def create_private(path: Path) -> None:
    """Create ``path`` empty, readable by its owner only; fails if it exists."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` survive a power cut (POSIX only)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_database(source: Path, target: Path, key: bytes | None) -> None:
    """Copy the live database ``source`` into the new file ``target`` (mode 0600).

    The copy is a single self-contained file (rollback journal, not WAL) flushed to
    disk; a copy that fails part way is removed.
    """
    create_private(target)
    try:
        with connection(source, key) as src, connection(target, key) as dst:
            src.backup(dst)
            # One file, no -wal beside it: the backup can be moved or copied on its own.
            dst.execute("PRAGMA journal_mode=DELETE").fetchall()
        fsync_file(target)
    except BaseException:
        remove_quietly(target)
        raise


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    for suffix in SIDE_SUFFIXES:
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def raw_copy(source: Path, target: Path) -> None:
    """Byte-for-byte copy (mode 0600) of a file SQLite cannot read, with its side files."""
    for suffix in ("", *SIDE_SUFFIXES):
        here = Path(f"{source}{suffix}")
        if not here.exists():
            continue
        there = Path(f"{target}{suffix}")
        create_private(there)
        with here.open("rb") as reader, there.open("wb") as writer:
            shutil.copyfileobj(reader, writer)
            writer.flush()
            os.fsync(writer.fileno())


def check_file(path: Path, key: bytes | None, *, full: bool = True) -> FileCheck:
    """Is ``path`` an undamaged InfoShare database this version knows?

    ``full`` runs ``PRAGMA integrity_check`` and ``foreign_key_check`` (about 2.3 s
    at 100,000 records); otherwise ``quick_check`` (about 0.7 s), which still finds
    damaged pages but not mismatched indexes, for the check at every start.
    """
    if not path.is_file():
        return FileCheck(False, message(ERRORS,
            QT_TRANSLATE_NOOP("errors", "There is no file at {path}."), path=path))
    try:
        if path.stat().st_size == 0:
            return FileCheck(False, message(ERRORS,
                QT_TRANSLATE_NOOP("errors", "{name} is empty."), name=path.name), foreign=True)
        if key is None and not sqlite.looks_like_sqlite(path):
            return FileCheck(False, message(ERRORS,
                QT_TRANSLATE_NOOP("errors", "{name} is not a database file (or it is encrypted "
                                            "with a key this database does not have)."),
                name=path.name), foreign=True)
        with connection(path, key, read_only=True) as conn:
            return _check_open(conn, path, full)
    except DATABASE_ERRORS as error:
        if "unable to open" in str(error).lower() and sqlite.cannot_write(path):
            return _check_read_only(path, key, full)
        return FileCheck(False, message(ERRORS,
            QT_TRANSLATE_NOOP("errors", "{name} is damaged or cannot be read with this "
                                        "database's key: {reason}."),
            name=path.name, reason=_first_line(error)))
    except OSError as error:
        return FileCheck(False, message(ERRORS,
            QT_TRANSLATE_NOOP("errors", "Cannot read {name}: {reason}."),
            name=path.name, reason=error.strerror or error))


def _check_read_only(path: Path, key: bytes | None, full: bool) -> FileCheck:
    """Check a file SQLite cannot open the usual way because nothing may be written
    beside it (a read-only drive or folder): read as it is, with nothing locked."""
    try:
        with connection(path, key, read_only=True, immutable=True) as conn:
            return replace(_check_open(conn, path, full), read_only=True)
    except DATABASE_ERRORS as error:
        return FileCheck(False, message(ERRORS,
            QT_TRANSLATE_NOOP("errors", "{name} is on a read-only drive or in a read-only "
                                        "folder and could not be read there ({reason}). "
                                        "Copy it to a folder you can change, then check "
                                        "the copy."),
            name=path.name, reason=_first_line(error)), read_only=True)


def _check_open(conn: Any, path: Path, full: bool) -> FileCheck:
    tables = {row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not INFOSHARE_TABLES.issubset(tables):
        return FileCheck(False, message(ERRORS,
            QT_TRANSLATE_NOOP("errors", "{name} is another application's database, not an "
                                        "InfoShare one."),
            name=path.name), foreign=True)
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    revision = row[0] if row else None
    if revision not in migrate.known_revisions():
        return FileCheck(False, message(ERRORS,
            QT_TRANSLATE_NOOP("errors", "{name} has a database layout (schema {revision}) "
                                        "this version of InfoShare does not know: it was made "
                                        "by a newer version or another application."),
            name=path.name, revision=revision), revision=revision, foreign=True)
    pragma = "integrity_check" if full else "quick_check"
    found = [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchmany(3)]
    if found != ["ok"]:
        return FileCheck(False, message(ERRORS,
            QT_TRANSLATE_NOOP("errors", "{name} is damaged: {reason}."),
            name=path.name, reason=found[0]), revision=revision)
    if full:
        broken = conn.execute("PRAGMA foreign_key_check").fetchmany(1)
        if broken:
            return FileCheck(False, message(ERRORS,
                QT_TRANSLATE_NOOP("errors", "{name} is damaged: rows in {table} refer to rows "
                                            "that are missing."),
                name=path.name, table=broken[0][0]), revision=revision)
    problem = _audit_head_problem(conn)
    decisions = conn.execute("SELECT count(*) FROM decision_records").fetchone()[0]
    if problem is not None:
        return FileCheck(False, message(ERRORS,
            QT_TRANSLATE_NOOP("errors", "{name}: {problem}"), name=path.name, problem=problem),
            decisions, revision, trail=True)
    return FileCheck(True, None, decisions, revision)


def _audit_head_problem(conn: Any) -> Message | None:
    """Cheap test that the trail ends where the head row says (full check: audit verify)."""
    head = conn.execute("SELECT count, head_hash FROM audit_head WHERE id = 1").fetchone()
    last = conn.execute(
        "SELECT sequence, hash FROM audit_events ORDER BY sequence DESC LIMIT 1").fetchone()
    if head is None and last is None:
        return None
    count, head_hash = head if head is not None else (0, "")
    sequence, last_hash = last if last is not None else (0, "")
    if count == sequence and (count == 0 or head_hash == last_hash):
        return None
    return message(ERRORS, QT_TRANSLATE_NOOP(
        "errors", "the audit trail does not end with the event recorded as the newest (run "
                  "'infoshare audit verify')."))


def _first_line(error: BaseException) -> str:
    text = str(error)
    return text.splitlines()[0] if text else type(error).__name__


def settle_wal(path: Path, key: bytes | None) -> None:
    """Fold the write-ahead log into ``path`` and make sure nobody else has the file open.

    A ``-wal`` left beside a replaced database would be replayed into the new file
    and damage it, so a restore refuses while another program still uses it.
    """
    try:
        with connection(path, key) as conn:
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except DATABASE_ERRORS:  # a damaged file: its side files were copied aside instead
        return
    wal = Path(f"{path}-wal")
    if (busy and busy[0]) or (wal.exists() and wal.stat().st_size > 0):
        raise BackupError(QT_TRANSLATE_NOOP(
            "errors",
            "The database is open in another copy of InfoShare (or another program). "
            "Close it there, then restore again."))


def replace_database(db_path: Path, backup_path: Path, key: bytes | None) -> None:
    """Put a copy of ``backup_path`` in place of ``db_path``, atomically.

    The copy is made and checked beside the database first; only a sound copy is
    swapped in. The database must not be open (its engine disposed).
    """
    temporary = db_path.with_name(f".{db_path.name}.restoring-{os.getpid()}")
    remove_quietly(temporary)
    copy_database(backup_path, temporary, key)
    try:
        checked = check_file(temporary, key, full=False)
        if not checked.ok:
            raise BackupError(
                QT_TRANSLATE_NOOP("errors", "The copy of the backup could not be checked: "
                                            "{problem}"),
                problem=checked.reason)
        if db_path.exists():
            settle_wal(db_path, key)
        for suffix in SIDE_SUFFIXES:
            with contextlib.suppress(FileNotFoundError):
                Path(f"{db_path}{suffix}").unlink()
        os.replace(temporary, db_path)
        fsync_folder(db_path.parent)
    except BaseException:
        remove_quietly(temporary)
        raise
