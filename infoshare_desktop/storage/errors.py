"""Storage failures a person can act on; ``str(error)`` is one plain-English line."""

from __future__ import annotations

from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP, ExplainedError


class StorageError(ExplainedError):
    """The database cannot be used; the message says why and what to do
    (``text(translate)`` in the user's language, see ``domain.i18n.ExplainedError``)."""


class NotADatabaseError(StorageError):
    """The file exists but is not an InfoShare (SQLite) database."""


#: An address that is neither a server's nor a file's (raised as ``NotADatabaseError``).
MSG_BAD_ADDRESS = QT_TRANSLATE_NOOP(
    "errors",
    "The database address must start with postgresql+psycopg:// (a team's server) or "
    "sqlite:/// (a file). Check the address and try again.")


class DatabaseTooNewError(StorageError):
    """The file was written by a newer InfoShare whose schema this version does not know."""


class DatabaseUnavailableError(StorageError):
    """The file or its folder cannot be read or written (permissions, disk, lock)."""


class ServerLoginError(DatabaseUnavailableError):
    """The database server wants a password, or refused the one given."""


class DatabaseMovedError(StorageError):
    """The log was moved to another database (``infoshare migrate``): this copy is no
    longer used, so nothing is recorded where the team will not see it."""


class AuditTrailDamagedError(StorageError):
    """The audit trail was changed outside the app, so nothing more can be recorded."""
