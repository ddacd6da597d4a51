"""The team server's password, kept in the operating system's keyring, never in a file.

A server address (``postgresql+psycopg://user@host:port/database``) is written
without its password in the machine-wide config, on the command line and in
scripts. The password comes from, in turn: the address itself (discouraged: it
may end up in shell history), the OS keyring (Windows Credential Manager, macOS
Keychain, the Secret Service on Linux desktops) under this PC's user, or
PostgreSQL's own ``PGPASSWORD`` / ``.pgpass`` (read by the driver). A server can
instead accept a client certificate (``sslcert=`` and ``sslkey=`` in the address).
"""

from __future__ import annotations

import logging

from sqlalchemy.engine import URL

from infoshare_desktop.storage import postgres

log = logging.getLogger(__name__)

#: The keyring "service" the passwords are filed under.
KEYRING_SERVICE = "InfoShare database server"


def account(url: str | URL) -> str:
    """The keyring entry's name for this server, database and user (never the password)."""
    parsed = postgres.parse_url(url)
    port = parsed.port or 5432
    return f"{parsed.username or ''}@{parsed.host or 'localhost'}:{port}/{parsed.database or ''}"


def saved_password(url: str | URL) -> str | None:
    """The password saved in the keyring for this address, or None (none saved, or no
    keyring on this PC)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, account(url))
    except (KeyringError, RuntimeError) as error:
        log.info("No keyring to read a server password from (%s)", type(error).__name__)
        return None


def save_password(url: str | URL, password: str) -> bool:
    """Keep the password in the OS keyring; False when this PC has no usable keyring."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, account(url), password)
    except (KeyringError, RuntimeError) as error:
        log.warning("The server password could not be saved (%s)", type(error).__name__)
        return False
    return True


def forget_password(url: str | URL) -> bool:
    """Remove a saved password; False when there was none (or no keyring)."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(KEYRING_SERVICE, account(url))
    except (PasswordDeleteError, KeyringError, RuntimeError):
        return False
    return True


def with_password(url: str | URL, password: str | None = None) -> URL:
    """The address to connect with: its own password, else ``password``, else the saved
    one; without any, the driver's ``PGPASSWORD`` / ``.pgpass`` or a certificate apply."""
    parsed = postgres.parse_url(url)
    if parsed.password:
        return parsed
    chosen = password if password is not None else saved_password(parsed)
    return parsed.set(password=chosen) if chosen else parsed


def describe(url: str | URL) -> tuple[str, str, str]:
    """(server, database, user) to name in plain words."""
    parsed = postgres.parse_url(url)
    host = parsed.host or "localhost"
    if parsed.port and parsed.port != 5432:
        host = f"{host}:{parsed.port}"
    return host, parsed.database or "", parsed.username or ""


def shown(url: str | URL) -> str:
    """The address as it may be shown or logged: any password masked."""
    return postgres.shown(postgres.parse_url(url))
