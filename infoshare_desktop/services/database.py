"""Opening the database, for the app and the command line.

The UI and the CLI never reach into storage; this is their one way to get the
``Database`` handle they pass to every other service, and the errors it raises.
"""

from __future__ import annotations

import os

from infoshare_desktop.storage.database import Database
from infoshare_desktop.storage.errors import (
    AuditTrailDamagedError,
    DatabaseTooNewError,
    DatabaseUnavailableError,
    NotADatabaseError,
    StorageError,
)

__all__ = [
    "AuditTrailDamagedError",
    "Database",
    "DatabaseTooNewError",
    "DatabaseUnavailableError",
    "NotADatabaseError",
    "StorageError",
    "open_database",
]


def open_database(path: str | os.PathLike[str]) -> Database:
    """Open, back up if needed and migrate the database at ``path``.

    Raises ``StorageError`` (one plain-English line) when the file cannot be used.
    An encrypted database is opened with ``services.encryption.unlock`` instead.
    """
    from infoshare_desktop.services import encryption

    if encryption.is_encrypted(path):
        raise NotADatabaseError(
            f"{os.fspath(path)} is encrypted: sign in with your username and password to "
            "open it."
        )
    return Database.open(path)
