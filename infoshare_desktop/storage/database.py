"""Opening a database safely: check the file, back it up, migrate it, hand out sessions.

Opening never writes to a file it does not recognise, refuses a schema newer than
this app, and copies the file aside with SQLite's online backup API before any
migration touches it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlmodel import Session

from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP
from infoshare_desktop.storage import migrate, sqlite
from infoshare_desktop.storage.errors import (
    DatabaseTooNewError,
    DatabaseUnavailableError,
    NotADatabaseError,
)


class Database:
    """An open InfoShare database; ``session()`` gives a short unit of work."""

    def __init__(self, engine: Engine, path: Path, key: bytes | None = None) -> None:
        self.engine = engine
        self.path = path
        #: The SQLCipher key the file is encrypted with, or None for a plain file.
        self.key = key

    @classmethod
    def open(cls, path: str | os.PathLike[str], key: bytes | None = None) -> Database:
        """Open (creating if missing) and migrate the database at ``path``.

        ``key`` is the 32-byte database key of an encrypted file (a new file is
        created encrypted with it); None opens a plain SQLite file.
        Raises a ``StorageError`` with a one-line message for anything the user
        can act on; the file is left untouched in that case.
        """
        path = Path(path).expanduser().absolute()
        existed = path.exists()
        if existed:
            _check_existing(path, key)
        else:
            _create_private_file(path)
        engine = sqlite.sqlite_engine(path, key)
        try:
            _migrate(engine, path, existed, key)
        except OperationalError as error:
            engine.dispose()
            raise DatabaseUnavailableError(
                f"Cannot update the database {path.name}. {_reason(error)}"
            ) from None
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, path, key)

    def adopt(self, other: Database) -> None:
        """Take over ``other``'s engine, file and key (this handle's old engine is closed).

        Used when a file is swapped for its encrypted copy: every window and service
        already holding this ``Database`` carries on with the new file.
        """
        self.engine.dispose()
        self.engine, self.path, self.key = other.engine, other.path, other.key

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
                if not self.path.exists():
                    # The file (or its network drive) went while the app had it open:
                    # SQLite would carry on writing to the deleted file and lose the save.
                    raise DatabaseUnavailableError(
                        f"{MSG_UNREACHABLE} Nothing was changed in the database "
                        f"{self.path.name}."
                    )
                session.commit()
            except DatabaseError as error:
                session.rollback()
                if not _file_failure(error):
                    raise  # a constraint or a bug, not the file
                raise DatabaseUnavailableError(
                    f"{_reason(error)} Nothing was changed in the database {self.path.name}."
                ) from None
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()


#: What went wrong with the file and what to do, by the driver's own words for it.
#: (Marked for translation; the storage layer has no Qt, so the UI shows them as is.)
MSG_DISK_FULL = QT_TRANSLATE_NOOP(
    "rules", "The disk is full. Free some space (or ask IT to), then try again.")
MSG_READ_ONLY = QT_TRANSLATE_NOOP(
    "rules", "The database file or its folder is read-only. Ask IT to give you permission "
    "to change files in that folder, then try again.")
MSG_LOCKED = QT_TRANSLATE_NOOP(
    "rules", "Another program, or another copy of InfoShare, is busy with the database. "
    "Wait a minute and try again; if it keeps happening, close the other program.")
MSG_UNREACHABLE = QT_TRANSLATE_NOOP(
    "rules", "The database file cannot be reached: the drive holding it may have "
    "disconnected, or its folder may be read-only. Reconnect the drive, or ask IT for "
    "permission to change files in that folder, then try again.")
MSG_DAMAGED = QT_TRANSLATE_NOOP(
    "rules", "The database file is damaged. Ask your administrator to restore the latest "
    "backup.")
MSG_OTHER = QT_TRANSLATE_NOOP(
    "rules", "The database reported: {reason}. Check the drive and try again.")

#: Lower-case fragments of SQLite's messages, most specific first.
_ADVICE = (
    (("disk is full", "database or disk is full", "no space left"), MSG_DISK_FULL),
    (("readonly database", "read-only", "permission denied"), MSG_READ_ONLY),
    (("database is locked", "database table is locked", "busy"), MSG_LOCKED),
    (("unable to open database", "disk i/o error", "no such file"), MSG_UNREACHABLE),
    (("malformed", "not a database"), MSG_DAMAGED),
)


def _file_failure(error: DatabaseError) -> bool:
    """A failure of the file (locked, full, gone, damaged) rather than of one statement.

    SQLite reports a damaged file ("database disk image is malformed") as a plain
    DatabaseError, not an OperationalError, and constraints as IntegrityError.
    """
    return isinstance(error, OperationalError) or type(error) is DatabaseError


def _reason(error: BaseException) -> str:
    """What went wrong and what to do, in plain words; never SQL or parameters
    (they may hold personal data), only the driver's own short reason."""
    original = getattr(error, "orig", error)
    text = str(original).splitlines()[0] if str(original) else type(original).__name__
    lowered = text.lower()
    for fragments, advice in _ADVICE:
        if any(fragment in lowered for fragment in fragments):
            return advice
    return MSG_OTHER.format(reason=text)


def _check_existing(path: Path, key: bytes | None = None) -> None:
    if path.is_dir():
        raise NotADatabaseError(f"{path} is a folder, not an InfoShare database file.")
    try:
        recognised = sqlite.looks_like_sqlite(path)
    except OSError as error:
        raise DatabaseUnavailableError(f"Cannot read {path}: {error.strerror}.") from None
    if key is None and not recognised:
        raise NotADatabaseError(f"{path} is not an InfoShare database file.")
    if path.stat().st_size == 0:
        return
    if key is not None and recognised:
        raise NotADatabaseError(f"{path} is not encrypted: open it without a key.")
    try:
        sqlite.check_readable(path, key)
        revision = sqlite.read_schema_revision(path, key)
        foreign = revision is None and sqlite.is_foreign(path, key)
    except sqlite.DATABASE_ERRORS as error:
        if "unable to open" in str(error).lower():
            # The file is there but SQLite cannot open it: a read-only folder (WAL
            # needs to write beside the file) or a drive going away, not damage.
            raise DatabaseUnavailableError(f"Cannot open {path}. {_reason(error)}") from None
        if key is not None:
            raise NotADatabaseError(
                f"{path} cannot be opened with this key, or is not an InfoShare database."
            ) from None
        raise NotADatabaseError(
            f"{path} cannot be read as an InfoShare database ({error})."
        ) from None
    if foreign:
        raise NotADatabaseError(
            f"{path} is another program's database, not an InfoShare one: choose another file."
        )
    if revision is not None and revision not in migrate.known_revisions():
        raise DatabaseTooNewError(
            f"{path} was made by a newer version of InfoShare, or by another program "
            f"(schema {revision}). Install the newer version to open it, or choose another file."
        )


def _create_private_file(path: Path) -> None:
    """Create an empty file readable only by its owner: it will hold personal data."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError as error:
        raise DatabaseUnavailableError(
            f"Cannot create the database {path}: {error.strerror}. Choose a folder you can "
            "save files in, or ask IT for permission to change files in that folder."
        ) from None


def _migrate(engine: Engine, path: Path, existed: bool, key: bytes | None = None) -> None:
    current = sqlite.read_schema_revision(path, key) if existed else None
    head = migrate.head_revision()
    if current == head:
        return
    if current is not None:
        backup_before_migration(path, current, key)
    migrate.upgrade(engine)


def backup_before_migration(path: Path, revision: str, key: bytes | None = None) -> Path:
    """Copy the database aside before its schema changes; returns the copy's path.

    An encrypted database's copy is encrypted with the same key.
    """
    # In the backups folder beside the database, pruned apart from the daily backups.
    from infoshare_desktop.storage.backup import before_upgrade_path

    target = before_upgrade_path(path, revision)
    os.close(os.open(target, os.O_CREAT | os.O_WRONLY, 0o600))
    sqlite.backup_to(path, target, key)
    return target
