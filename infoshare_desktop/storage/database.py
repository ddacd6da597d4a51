"""Opening a database safely: check the file, back it up, migrate it, hand out sessions.

Opening never writes to a file it does not recognise, refuses a schema newer than
this app, and copies the file aside with SQLite's online backup API before any
migration touches it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from infoshare_desktop.storage import migrate, sqlite
from infoshare_desktop.storage.errors import (
    DatabaseTooNewError,
    DatabaseUnavailableError,
    NotADatabaseError,
)


class Database:
    """An open InfoShare database; ``session()`` gives a short unit of work."""

    def __init__(self, engine: Engine, path: Path) -> None:
        self.engine = engine
        self.path = path

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Database:
        """Open (creating if missing) and migrate the database at ``path``.

        Raises a ``StorageError`` with a one-line message for anything the user
        can act on; the file is left untouched in that case.
        """
        path = Path(path).expanduser().absolute()
        existed = path.exists()
        if existed:
            _check_existing(path)
        else:
            _create_private_file(path)
        engine = sqlite.sqlite_engine(path)
        try:
            _migrate(engine, path, existed)
        except OperationalError as error:
            engine.dispose()
            raise DatabaseUnavailableError(
                f"Cannot update the database {path.name}: {_reason(error)}"
            ) from None
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, path)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed on success, rolled back on any error.

        A failure of the file itself (locked by another program, disk full, drive
        gone) becomes ``DatabaseUnavailableError``: the user can act on it, and
        nothing of the transaction was kept.
        """
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except OperationalError as error:
                session.rollback()
                raise DatabaseUnavailableError(
                    f"The database {self.path.name} could not be used ({_reason(error)}). "
                    "Nothing was changed. Check the drive and try again."
                ) from None
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()


def _reason(error: BaseException) -> str:
    """The database driver's own short reason, without SQL or parameters (no personal data)."""
    original = getattr(error, "orig", error)
    return str(original).splitlines()[0] if str(original) else type(original).__name__


def _check_existing(path: Path) -> None:
    if path.is_dir():
        raise NotADatabaseError(f"{path} is a folder, not an InfoShare database file.")
    try:
        recognised = sqlite.looks_like_sqlite(path)
    except OSError as error:
        raise DatabaseUnavailableError(f"Cannot read {path}: {error.strerror}.") from None
    if not recognised:
        raise NotADatabaseError(f"{path} is not an InfoShare database file.")
    if path.stat().st_size == 0:
        return
    try:
        sqlite.check_readable(path)
        revision = sqlite.read_schema_revision(path)
    except sqlite3.DatabaseError as error:
        raise NotADatabaseError(
            f"{path} cannot be read as an InfoShare database ({error})."
        ) from None
    if revision is not None and revision not in migrate.known_revisions():
        raise DatabaseTooNewError(
            f"{path} was made by a newer version of InfoShare (schema {revision}). "
            "Install the newer version to open it."
        )


def _create_private_file(path: Path) -> None:
    """Create an empty file readable only by its owner: it will hold personal data."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError as error:
        raise DatabaseUnavailableError(
            f"Cannot create the database {path}: {error.strerror}."
        ) from None


def _migrate(engine: Engine, path: Path, existed: bool) -> None:
    current = sqlite.read_schema_revision(path) if existed else None
    head = migrate.head_revision()
    if current == head:
        return
    if current is not None:
        backup_before_migration(path, current)
    migrate.upgrade(engine)


def backup_before_migration(path: Path, revision: str) -> Path:
    """Copy the database aside before its schema changes; returns the copy's path."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.before-upgrade-from-{revision}-{stamp}{path.suffix}")
    os.close(os.open(target, os.O_CREAT | os.O_WRONLY, 0o600))
    sqlite.backup_to(path, target)
    return target
