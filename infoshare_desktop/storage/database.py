"""Opening a database safely: check the file, back it up, migrate it, hand out sessions.

Opening never writes to a file it does not recognise, refuses a schema newer than
this app, and copies the file aside with SQLite's online backup API before any
migration touches it. A team's PostgreSQL server is opened from its URL
(``open_url``) and checked and migrated the same way; its backups are the IT
department's (pg_dump), not the app's.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, DBAPIError, InterfaceError, OperationalError
from sqlmodel import Session

from infoshare_desktop.domain.i18n import ERRORS, QT_TRANSLATE_NOOP, RULES, Message
from infoshare_desktop.storage import migrate, postgres, sqlite
from infoshare_desktop.storage.errors import (
    MSG_BAD_ADDRESS,
    DatabaseTooNewError,
    DatabaseUnavailableError,
    NotADatabaseError,
    ServerLoginError,
)


class Database:
    """An open InfoShare database; ``session()`` gives a short unit of work."""

    def __init__(self, engine: Engine, path: Path | None, key: bytes | None = None) -> None:
        self.engine = engine
        #: The SQLite file, or None for a database on a PostgreSQL server.
        self.path = path
        #: The SQLCipher key the file is encrypted with, or None for a plain file.
        self.key = key

    @property
    def is_server(self) -> bool:
        """True for a shared PostgreSQL server, False for a SQLite file."""
        return self.path is None

    @property
    def url(self) -> str:
        """Which database this is, fit to show or log: a server's password is masked."""
        if self.path is not None:
            return f"sqlite:///{self.path}"
        return postgres.shown(self.engine.url)

    @property
    def name(self) -> str:
        """Short name for messages, in English: the file's name, or the server's
        database and host (``label`` is the same, translatable)."""
        return str(self.label)

    @property
    def label(self) -> str | Message:
        """``name`` for a sentence a person reads: the file's name as it is, or the
        server's database and host as a translatable ``Message``."""
        if self.path is not None:
            return self.path.name
        url = self.engine.url
        if url.host:
            return Message(ERRORS, QT_TRANSLATE_NOOP("errors", "{database} on {host}"),
                           {"database": url.database, "host": url.host})
        return Message(ERRORS, QT_TRANSLATE_NOOP("errors", "{database} on the local server"),
                       {"database": url.database})

    @classmethod
    def open(
        cls, path: str | os.PathLike[str] | URL, key: bytes | None = None
    ) -> Database:
        """Open (creating if missing) and migrate the database at ``path``.

        ``key`` is the 32-byte database key of an encrypted file (a new file is
        created encrypted with it); None opens a plain SQLite file. A URL
        (``postgresql+psycopg://...`` or ``sqlite:///...``) is opened with ``open_url``.
        Raises a ``StorageError`` with a one-line message for anything the user
        can act on; the file is left untouched in that case.
        """
        if postgres.is_url(path):
            if key is not None:
                raise NotADatabaseError(QT_TRANSLATE_NOOP(
                    "errors",
                    "Only a database file can be encrypted by InfoShare; a server database "
                    "is protected by the server. Open it without a key."))
            return cls.open_url(str(path) if not isinstance(path, URL) else path)
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
            if not existed:  # a disk that filled up while the new file was made
                remove_new_file(path)
            raise DatabaseUnavailableError(
                QT_TRANSLATE_NOOP("errors", "Cannot update the database {name}. {reason}"),
                name=path.name, reason=_reason(error),
            ) from None
        except BaseException:
            engine.dispose()
            if not existed:
                remove_new_file(path)
            raise
        return cls(engine, path, key)

    @classmethod
    def open_url(cls, url: str | URL) -> Database:
        """Open and migrate the database at ``url``: a PostgreSQL server
        (``postgresql+psycopg://user@host:port/name``) or ``sqlite:///PATH``.

        A server database is checked as a file is: another program's tables or a
        newer schema are refused and nothing is written. Messages never show the
        password.
        """
        text = url.render_as_string(hide_password=False) if isinstance(url, URL) else url
        if text.startswith("sqlite:///"):
            return cls.open(text.removeprefix("sqlite:///"))
        try:
            parsed = postgres.parse_url(url)
        except ValueError:
            raise NotADatabaseError(MSG_BAD_ADDRESS) from None
        engine = postgres.postgres_engine(parsed)
        shown = postgres.shown(parsed)
        try:
            with engine.connect() as connection:
                current = postgres.read_schema_revision(connection)
                foreign = current is None and postgres.is_foreign(connection)
            if foreign:
                raise NotADatabaseError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The database {database} at {address} holds another program's "
                        "tables, not InfoShare's: choose another database, or ask IT for an "
                        "empty one."),
                    database=parsed.database, address=shown)
            if current is not None and current not in migrate.known_revisions():
                raise DatabaseTooNewError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The database at {address} was made by a newer version of InfoShare "
                        "(schema {revision}). Install the newer version to open it."),
                    address=shown, revision=current)
            if current != migrate.head_revision():
                migrate.upgrade(engine)
        except DBAPIError as error:
            engine.dispose()
            if _login_refused(error):
                raise ServerLoginError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The database server at {address} needs the password of its user "
                        "{user}, or refused the one given."),
                    address=shown, user=parsed.username or "",
                ) from None
            raise DatabaseUnavailableError(
                QT_TRANSLATE_NOOP("errors", "Cannot open the database at {address}. {reason}"),
                address=shown, reason=_reason(error, server=True),
            ) from None
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, None)

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
                if self.path is not None and not self.path.exists():
                    # The file (or its network drive) went while the app had it open:
                    # SQLite would carry on writing to the deleted file and lose the save.
                    raise DatabaseUnavailableError(
                        MSG_NOTHING_CHANGED, reason=Message(RULES, MSG_UNREACHABLE),
                        name=self.path.name)
                session.commit()
            except DBAPIError as error:
                _roll_back(session)
                if not _file_failure(error):
                    raise  # a constraint or a bug, not the file
                raise DatabaseUnavailableError(
                    MSG_NOTHING_CHANGED, reason=_reason(error, server=self.is_server),
                    name=self.label,
                ) from None
            except BaseException:
                _roll_back(session)
                raise

    def close(self) -> None:
        self.engine.dispose()


#: A write that failed: why (one of the reasons below), and that nothing was kept.
MSG_NOTHING_CHANGED = QT_TRANSLATE_NOOP(
    "errors", "{reason} Nothing was changed in the database {name}.")

#: What went wrong with the file and what to do, by the driver's own words for it.
#: (Marked for translation in "rules"; ``_reason`` hands them on as ``Message``s, which
#: the errors carry and the UI translates.)
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
MSG_SERVER_UNREACHABLE = QT_TRANSLATE_NOOP(
    "rules", "The database server cannot be reached: the network or the server may be "
    "down. Check your network connection and try again in a minute; if it keeps happening, "
    "ask your IT department.")
MSG_SERVER_BUSY = QT_TRANSLATE_NOOP(
    "rules", "Someone else was changing the same information at that moment. Try again.")
MSG_SERVER_REFUSED = QT_TRANSLATE_NOOP(
    "rules", "The database server refused InfoShare's user name or password, or its "
    "permissions. Ask your IT department to check the database settings.")
MSG_SERVER_FULL = QT_TRANSLATE_NOOP(
    "rules", "The database server has run out of space or connections. Ask your IT "
    "department to check it, then try again.")
MSG_SERVER_OTHER = QT_TRANSLATE_NOOP(
    "rules", "The database server reported: {reason}. Try again; if it keeps happening, "
    "ask your IT department.")

#: Lower-case fragments of SQLite's messages, most specific first.
_ADVICE = (
    (("disk is full", "database or disk is full", "no space left"), MSG_DISK_FULL),
    (("readonly database", "read-only", "permission denied"), MSG_READ_ONLY),
    (("database is locked", "database table is locked", "busy"), MSG_LOCKED),
    (("unable to open database", "disk i/o error", "no such file"), MSG_UNREACHABLE),
    (("malformed", "not a database"), MSG_DAMAGED),
)


#: The same for a PostgreSQL server (psycopg's and the server's messages).
_SERVER_ADVICE = (
    (("could not serialize", "deadlock detected", "lock timeout", "could not obtain lock"),
     MSG_SERVER_BUSY),
    (("password authentication failed", "no pg_hba.conf entry", "permission denied",
      "role ", "does not exist", "certificate"), MSG_SERVER_REFUSED),
    (("no space left", "disk full", "too many clients", "too many connections",
      "remaining connection slots"), MSG_SERVER_FULL),
    (("connection refused", "could not connect", "connection failed", "server closed",
      "connection is closed", "connection is lost", "terminating connection",
      "consuming input failed", "could not receive data", "could not send data",
      "timeout expired", "connection timed out", "no route to host", "name or service",
      "could not translate host name", "the database system is", "connection to server",
      "ssl"), MSG_SERVER_UNREACHABLE),
)


#: PostgreSQL's SQLSTATE codes (or their classes) for the same, checked first.
_SERVER_STATES = (
    (("40001", "40P01", "55P03"), MSG_SERVER_BUSY),  # serialization, deadlock, lock wait
    (("08", "57P01", "57P02", "57P03"), MSG_SERVER_UNREACHABLE),  # connection, shutdown
    (("28", "42501"), MSG_SERVER_REFUSED),  # authorisation, insufficient privilege
    (("53",), MSG_SERVER_FULL),  # disk full, out of memory, too many connections
)


def _file_failure(error: DBAPIError) -> bool:
    """A failure of the file or the server connection (locked, full, gone, damaged,
    a conflict with another writer) rather than of one statement.

    SQLite reports a damaged file ("database disk image is malformed") as a plain
    DatabaseError, not an OperationalError, and constraints as IntegrityError.
    psycopg reports a dropped connection as OperationalError or InterfaceError, and
    a serialization failure or deadlock as OperationalError.
    """
    return (
        isinstance(error, (OperationalError, InterfaceError))
        or type(error) is DatabaseError
        or error.connection_invalidated
    )


def _login_refused(error: DBAPIError) -> bool:
    """The server asked for a password none was given for, or refused it (28P01)."""
    original = error.orig
    text = str(original).lower()
    return (getattr(original, "sqlstate", None) == "28P01" or "no password supplied" in text
            or "password authentication failed" in text)


def _roll_back(session: Session) -> None:
    """Roll back, even when the connection is already gone (the server rolls back then)."""
    try:
        session.rollback()
    except DBAPIError:
        session.close()


def _reason(error: BaseException, server: bool = False) -> Message:
    """What went wrong and what to do, in plain words (translatable); never SQL or
    parameters (they may hold personal data), only the driver's own short reason."""
    original = getattr(error, "orig", error)
    text = str(original).splitlines()[0] if str(original) else type(original).__name__
    lowered = text.lower()
    code = getattr(original, "sqlstate", None) or ""
    if server and code:
        for prefixes, advice in _SERVER_STATES:
            if code.startswith(prefixes):
                return Message(RULES, advice)
    for fragments, advice in _SERVER_ADVICE if server else _ADVICE:
        if any(fragment in lowered for fragment in fragments):
            return Message(RULES, advice)
    if server and isinstance(error, DBAPIError) and error.connection_invalidated:
        return Message(RULES, MSG_SERVER_UNREACHABLE)
    return Message(RULES, MSG_SERVER_OTHER if server else MSG_OTHER, {"reason": text})


#: A file of 0 bytes: never an InfoShare database (even a new one has its tables).
MSG_EMPTY_FILE = QT_TRANSLATE_NOOP(
    "errors",
    "{path} is empty (0 bytes), so there is no database in it: check that it is the "
    "right file, or restore the database from a backup.")
#: A sound file that SQLite cannot open because nothing may be written beside it.
MSG_READ_ONLY_PLACE = QT_TRANSLATE_NOOP(
    "errors",
    "{path} is on a read-only drive or in a read-only folder, so InfoShare cannot open "
    "it there (this does not mean it is damaged). Copy it to a folder you can change, "
    "or ask IT for permission to change files in that folder.")


def refuse_empty(path: Path) -> None:
    """Refuse a file of 0 bytes as a database (``NotADatabaseError``), leaving it alone.

    An empty file is what a failed copy or sync leaves; filling it with a new, empty
    database would hide that the records are gone.
    """
    try:
        empty = path.is_file() and path.stat().st_size == 0
    except OSError:
        return  # said by whatever reads it next
    if empty:
        raise NotADatabaseError(MSG_EMPTY_FILE, path=path)


def remove_new_file(path: Path, *, keyring: bool = False) -> None:
    """Remove a database file this app has just made, and SQLite's files beside it
    (and its keyring, ``<file>.keys``, if ``keyring``)."""
    suffixes = ("", "-wal", "-shm", "-journal", *((".keys",) if keyring else ()))
    for suffix in suffixes:
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()


def _check_existing(path: Path, key: bytes | None = None) -> None:
    if path.is_dir():
        raise NotADatabaseError(
            QT_TRANSLATE_NOOP("errors", "{path} is a folder, not an InfoShare database file."),
            path=path)
    try:
        recognised = sqlite.looks_like_sqlite(path)
    except OSError as error:
        raise DatabaseUnavailableError(
            QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}."),
            path=path, reason=error.strerror) from None
    refuse_empty(path)
    if key is None and not recognised:
        raise NotADatabaseError(
            QT_TRANSLATE_NOOP("errors", "{path} is not an InfoShare database file."), path=path)
    if key is not None and recognised:
        raise NotADatabaseError(
            QT_TRANSLATE_NOOP("errors", "{path} is not encrypted: open it without a key."),
            path=path)
    try:
        sqlite.check_readable(path, key)
        revision = sqlite.read_schema_revision(path, key)
        foreign = revision is None and sqlite.is_foreign(path, key)
    except sqlite.DATABASE_ERRORS as error:
        if "unable to open" in str(error).lower():
            # The file is there but SQLite cannot open it: a read-only folder (WAL
            # needs to write beside the file) or a drive going away, not damage.
            if sqlite.cannot_write(path):
                raise DatabaseUnavailableError(MSG_READ_ONLY_PLACE, path=path) from None
            raise DatabaseUnavailableError(
                QT_TRANSLATE_NOOP("errors", "Cannot open {path}. {reason}"),
                path=path, reason=_reason(error)) from None
        if key is not None:
            raise NotADatabaseError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{path} cannot be opened with this key, or is not an InfoShare database."),
                path=path) from None
        raise NotADatabaseError(
            QT_TRANSLATE_NOOP(
                "errors", "{path} cannot be read as an InfoShare database ({reason})."),
            path=path, reason=error) from None
    if foreign:
        raise NotADatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} is another program's database, not an InfoShare one: choose another "
                "file."),
            path=path)
    if revision is not None and revision not in migrate.known_revisions():
        raise DatabaseTooNewError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} was made by a newer version of InfoShare, or by another program "
                "(schema {revision}). Install the newer version to open it, or choose another "
                "file."),
            path=path, revision=revision)


def _create_private_file(path: Path) -> None:
    """Create an empty file readable only by its owner: it will hold personal data."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError as error:
        raise DatabaseUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Cannot create the database {path}: {reason}. Choose a folder you can "
                "save files in, or ask IT for permission to change files in that folder."),
            path=path, reason=error.strerror,
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
