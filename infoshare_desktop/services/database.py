"""Opening the database, for the app and the command line.

The UI and the CLI never reach into storage; this is their one way to get the
``Database`` handle they pass to every other service, and the errors it raises.
"""

from __future__ import annotations

import os

from infoshare_desktop import config
from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP
from infoshare_desktop.storage.database import Database, refuse_empty, remove_new_file
from infoshare_desktop.storage.errors import (
    MSG_BAD_ADDRESS,
    AuditTrailDamagedError,
    DatabaseMovedError,
    DatabaseTooNewError,
    DatabaseUnavailableError,
    NotADatabaseError,
    ServerLoginError,
    StorageError,
)

__all__ = [
    "AuditTrailDamagedError",
    "Database",
    "DatabaseMovedError",
    "DatabaseTooNewError",
    "DatabaseUnavailableError",
    "NotADatabaseError",
    "ServerLoginError",
    "StorageError",
    "on_network_share",
    "open_database",
    "refuse_empty",
    "refuse_moved",
    "remove_new_file",
]


def open_database(
    location: str | os.PathLike[str], password: str | None = None, *, moved_ok: bool = False
) -> Database:
    """Open, back up if needed and migrate the database at ``location``: a file, or a
    team server's address (its password from the address, ``password``, the OS keyring
    or PostgreSQL's own PGPASSWORD / .pgpass, in that order).

    Raises ``StorageError`` (one plain-English line) when it cannot be used,
    ``ServerLoginError`` when the server wants a password it was not given, and
    ``DatabaseMovedError`` for a log moved elsewhere, unless ``moved_ok`` (for
    ``infoshare reopen``).
    An encrypted database is opened with ``services.encryption.unlock`` instead.
    """
    from infoshare_desktop.services import encryption, server_credentials

    if isinstance(location, str) and config.is_address(location):
        try:
            address = server_credentials.with_password(str(location), password)
        except ValueError:
            raise NotADatabaseError(MSG_BAD_ADDRESS) from None
        db = Database.open_url(address)
    elif encryption.is_encrypted(location):
        raise NotADatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} is encrypted: sign in with your username and password to open it."),
            path=os.fspath(location))
    else:
        db = Database.open(location)
    return db if moved_ok else refuse_moved(db)


def refuse_moved(db: Database) -> Database:
    """``db``, unless its log was moved to another database: then it is closed and
    ``DatabaseMovedError`` says where the log went and what to do."""
    from infoshare_desktop.domain.display import london
    from infoshare_desktop.storage import transfer

    with db.session() as session:
        moved = transfer.moved(session)
    if moved is None:
        return db
    db.close()
    if moved.at is None:
        raise DatabaseMovedError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} is no longer used: its log was moved to {to}. Open that database "
                "instead (ask IT if InfoShare still opens this one). An administrator can use "
                "this copy again with 'infoshare reopen'."),
            name=db.label, to=moved.to)
    raise DatabaseMovedError(
        QT_TRANSLATE_NOOP(
            "errors",
            "{name} is no longer used: its log was moved to {to} on {date}. Open that "
            "database instead (ask IT if InfoShare still opens this one). An administrator "
            "can use this copy again with 'infoshare reopen'."),
        name=db.label, to=moved.to, date=moved.at.astimezone(london()).strftime("%d/%m/%Y"))


def on_network_share(db: Database) -> bool:
    """Whether the database is a file on a network share: fine for a few people at a
    time, but beyond that a team should use the server (PostgreSQL)."""
    from infoshare_desktop.storage import network_share

    return db.path is not None and network_share.on_network_share(db.path)
