"""Opening the database, for the app and the command line.

The UI and the CLI never reach into storage; this is their one way to get the
``Database`` handle they pass to every other service, and the errors it raises.
"""

from __future__ import annotations

import os

from infoshare_desktop import config
from infoshare_desktop.storage.database import Database
from infoshare_desktop.storage.errors import (
    AuditTrailDamagedError,
    DatabaseTooNewError,
    DatabaseUnavailableError,
    NotADatabaseError,
    ServerLoginError,
    StorageError,
)

__all__ = [
    "AuditTrailDamagedError",
    "Database",
    "DatabaseTooNewError",
    "DatabaseUnavailableError",
    "NotADatabaseError",
    "ServerLoginError",
    "StorageError",
    "on_network_share",
    "open_database",
]


def open_database(location: str | os.PathLike[str], password: str | None = None) -> Database:
    """Open, back up if needed and migrate the database at ``location``: a file, or a
    team server's address (its password from the address, ``password``, the OS keyring
    or PostgreSQL's own PGPASSWORD / .pgpass, in that order).

    Raises ``StorageError`` (one plain-English line) when it cannot be used, and
    ``ServerLoginError`` when the server wants a password it was not given.
    An encrypted database is opened with ``services.encryption.unlock`` instead.
    """
    from infoshare_desktop.services import encryption, server_credentials

    if isinstance(location, str) and config.is_address(location):
        try:
            address = server_credentials.with_password(str(location), password)
        except ValueError:
            raise NotADatabaseError(
                "The database address must start with postgresql+psycopg:// (a team's "
                "server) or sqlite:/// (a file). Check the address and try again."
            ) from None
        return Database.open_url(address)
    if encryption.is_encrypted(location):
        raise NotADatabaseError(
            f"{os.fspath(location)} is encrypted: sign in with your username and password to "
            "open it."
        )
    return Database.open(location)


def on_network_share(db: Database) -> bool:
    """Whether the database is a file on a network share: fine for a few people at a
    time, but beyond that a team should use the server (PostgreSQL)."""
    from infoshare_desktop.storage import network_share

    return db.path is not None and network_share.on_network_share(db.path)
