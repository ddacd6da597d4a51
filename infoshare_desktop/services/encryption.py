"""Encryption at rest: unlocking, creating and encrypting databases, and the keyring's upkeep.

An encrypted database is a SQLCipher file with a random 256-bit key. The key is kept
only in the keyring beside the file (``storage/keyring.py``), wrapped once per active
user with their password, and in the administrator's recovery key: the recovery key
*is* the database key, written in groups of four letters, so it opens the database
even if the keyring file is lost.

A wrong password and an unknown username give the same refusal and take the same
time. The lockout after wrong passwords is counted inside the database, so it only
starts once the file is open; before that, someone with a copy of the files can only
guess passwords against argon2id offline (see ``guessing_cost_note``).
"""

from __future__ import annotations

import base64
import contextlib
import logging
import os
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

from infoshare_desktop.domain.accounts import normalise_username
from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP
from infoshare_desktop.services.database import refuse_moved
from infoshare_desktop.services.errors import (
    MSG_WRONG_PASSWORD,
    AuthenticationError,
    ServiceError,
)
from infoshare_desktop.storage import keyring, sqlite
from infoshare_desktop.storage.database import Database
from infoshare_desktop.storage.errors import NotADatabaseError, StorageError

log = logging.getLogger(__name__)

MSG_WRONG_RECOVERY_KEY = QT_TRANSLATE_NOOP(
    "errors",
    "That recovery key does not open this database. Check each group of four characters "
    "against the printed copy.")
MSG_NOT_A_RECOVERY_KEY = QT_TRANSLATE_NOOP(
    "errors",
    "That is not a recovery key: it has 13 groups of four letters and numbers, "
    "for example ABCD-EFGH-…")

KEY_BYTES = sqlite.KEY_BYTES
#: Base32 letters a person may misread when typing from paper.
_TYPOS = str.maketrans({"0": "O", "1": "I", "8": "B"})


class EncryptionError(ServiceError):
    """Encrypting or unlocking could not be done; the message says what to do."""


def new_key() -> bytes:
    """A fresh random database key."""
    return secrets.token_bytes(KEY_BYTES)


def format_recovery_key(key: bytes) -> str:
    """The key as base32 without padding, in hyphenated groups of four (52 characters)."""
    text = base64.b32encode(key).decode("ascii").rstrip("=")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes | None:
    """The key in a typed recovery key (spaces, hyphens, case and 0/O, 1/I ignored)."""
    letters = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_TYPOS)
    if len(letters) != 52:
        return None
    try:
        key = base64.b32decode(letters + "=" * 4)
    except ValueError:
        return None
    return key if len(key) == KEY_BYTES else None


# --- what a file is --------------------------------------------------------------------


def is_encrypted(path: str | os.PathLike[str]) -> bool:
    """True for a file that is not plain SQLite and has a keyring beside it."""
    path = Path(path).expanduser().absolute()
    if not path.is_file() or path.stat().st_size == 0 or not keyring.exists(path):
        return False
    try:
        return not sqlite.looks_like_sqlite(path)
    except OSError:
        return False


def organisation_name(path: str | os.PathLike[str]) -> str:
    """The organisation's name from the keyring (for the sign-in screen), or ""."""
    try:
        return keyring.load(Path(path).expanduser().absolute()).organisation_name
    except keyring.KeyringError:
        return ""


# --- opening -----------------------------------------------------------------------------


def _load_keyring(path: Path) -> keyring.Keyring:
    try:
        return keyring.load(path)
    except keyring.KeyringError as error:
        raise EncryptionError(error.message) from None


def unlock(
    path: str | os.PathLike[str], username: str, password: str, *, moved_ok: bool = False
) -> Database:
    """Open the encrypted database with ``username``'s password.

    Only the key is checked here; the caller still signs in with
    ``accounts.authenticate`` (which applies the lockout and audits the sign-in).
    A log moved elsewhere is refused as ``open_database`` refuses it, unless ``moved_ok``.
    """
    path = Path(path).expanduser().absolute()
    ring = _load_keyring(path)
    name = normalise_username(username)
    entry = ring.entries.get(name)
    if entry is None:
        keyring.spend_same_effort(password)
        raise AuthenticationError(MSG_WRONG_PASSWORD)
    key = entry.unwrap(name, password)
    if key is None:
        raise AuthenticationError(MSG_WRONG_PASSWORD)
    db = Database.open(path, key)
    return db if moved_ok else refuse_moved(db)


def unlock_with_recovery_key(path: str | os.PathLike[str], recovery_key: str) -> Database:
    """Open the encrypted database with the administrator's recovery key."""
    key = parse_recovery_key(recovery_key)
    if key is None:
        raise EncryptionError(MSG_NOT_A_RECOVERY_KEY)
    try:
        db = Database.open(path, key)
    except NotADatabaseError:
        raise EncryptionError(MSG_WRONG_RECOVERY_KEY) from None
    return refuse_moved(db)


# --- creating and encrypting --------------------------------------------------------------


def create_encrypted(path: str | os.PathLike[str]) -> tuple[Database, str]:
    """A new, empty encrypted database at ``path``, and its recovery key.

    Its keyring starts empty: the first administrator's entry is added by
    ``accounts.set_up_organisation`` (and each user's by ``create_user``).
    """
    path = Path(path).expanduser().absolute()
    if path.exists() and path.stat().st_size:
        raise EncryptionError(
            QT_TRANSLATE_NOOP("errors", "{name} already exists: choose a new file name."),
            name=path.name)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.unlink()  # empty: made to be filled (an empty file is refused as a database)
    key = new_key()
    keyring.save(path, keyring.Keyring())
    try:
        return Database.open(path, key), format_recovery_key(key)
    except BaseException:
        # Nothing half-made is left: the new file (removed by ``Database.open``) nor
        # its keyring.
        with contextlib.suppress(OSError):
            keyring.keyring_path(path).unlink()
        raise


def encrypt_in_place(db: Database, passwords: dict[str, str] | None = None) -> str:
    """Swap the open plain database for an encrypted copy; returns the recovery key.

    The copy is made with ``sqlcipher_export``, checked (integrity and every table's
    row count), and only then renamed over the plain file. ``passwords`` (username
    to password) get keyring entries *before* the swap, so the file is never left
    encrypted with nobody able to open it. ``db`` carries on, now on the encrypted file.
    """
    if db.key is not None:
        raise EncryptionError(
            QT_TRANSLATE_NOOP("errors", "This database is already encrypted."))
    path = db.path
    if path is None:
        raise EncryptionError(QT_TRANSLATE_NOOP(
            "errors",
            "InfoShare encrypts database files only. A server database is protected by the "
            "server (encrypted disks and connections): ask your IT department."))
    key = new_key()
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.engine.dispose()
    temp = path.with_name(path.name + ".encrypting")
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    try:
        _export(path, temp, key)
        _verify_copy(path, temp, key)
        ring = keyring.Keyring()
        for username, password in (passwords or {}).items():
            name = normalise_username(username)
            ring.entries[name] = keyring.Entry.wrap(name, password, key)
        keyring.save(path, ring)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    db.adopt(Database.open(path, key))
    return format_recovery_key(key)


def _export(plain: Path, target: Path, key: bytes) -> None:
    connection = sqlcipher3.connect(str(plain))
    try:
        sqlite.quiet_sqlcipher(connection)
        connection.execute(
            f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(target),))
        connection.execute("SELECT sqlcipher_export('encrypted')")
        connection.execute("DETACH DATABASE encrypted")
    finally:
        connection.close()


def _table_counts(connection: object) -> dict[str, int]:
    names = [row[0] for row in connection.execute(  # type: ignore[attr-defined]
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {name: connection.execute(  # type: ignore[attr-defined]
        f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def _verify_copy(plain: Path, copy: Path, key: bytes) -> None:
    """The encrypted copy is sound and holds every row of every table."""
    source = sqlite.connect(plain)
    target = sqlite.connect(copy, key)
    try:
        check = target.execute("PRAGMA integrity_check").fetchall()
        if check != [("ok",)] or _table_counts(source) != _table_counts(target):
            raise EncryptionError(QT_TRANSLATE_NOOP(
                "errors",
                "The encrypted copy did not match the database, so nothing was changed."))
    finally:
        source.close()
        target.close()


@dataclass(frozen=True)
class Encrypted:
    """What ``encrypt_existing`` did: the recovery key to print and the plain backup."""

    recovery_key: str
    backup: Path


def encrypt_existing(path: str | os.PathLike[str], username: str, password: str) -> Encrypted:
    """Encrypt an existing plain database, signed in as one of its administrators.

    The plain file is first copied aside with the online backup API (``backup``:
    the caller tells the administrator to delete it once they have checked the
    encrypted database). The administrator gets the first keyring entry; everyone
    else gets theirs the next time they sign in with their password.
    """
    from infoshare_desktop.domain.vocab import Role
    from infoshare_desktop.services import accounts

    path = Path(path).expanduser().absolute()
    if is_encrypted(path):
        raise EncryptionError(
            QT_TRANSLATE_NOOP("errors", "{name} is already encrypted."), name=path.name)
    db = Database.open(path)
    try:
        user = accounts.authenticate(db, username, password)
        if not user.has(Role.ADMINISTRATOR):
            raise EncryptionError(
                QT_TRANSLATE_NOOP("errors", "Only an administrator can encrypt the database."))
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = path.with_name(f"{path.stem}.before-encryption-{stamp}{path.suffix}")
        os.close(os.open(backup, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        sqlite.backup_to(path, backup)
        recovery = encrypt_in_place(db, {user.username: password})
        _save_name(db, _stored_organisation_name(db))
    finally:
        db.close()
    return Encrypted(recovery, backup)


def _stored_organisation_name(db: Database) -> str:
    from infoshare_desktop.services import settings as settings_service

    return settings_service.get_settings(db).organisation_name


# --- keeping the keyring in step (called by services.accounts) ----------------------------


def _ring(db: Database) -> keyring.Keyring:
    try:
        return keyring.load(db.path)
    except keyring.KeyringError:
        # Lost or damaged: start again from what the open database can vouch for.
        log.warning("Keyring missing or unreadable; starting a new one")
        return keyring.Keyring()


def set_entry(db: Database, username: str, password: str) -> None:
    """Wrap the database key with ``username``'s (new) password. No-op for a plain file."""
    if db.key is None:
        return
    ring = _ring(db)
    name = normalise_username(username)
    ring.entries[name] = keyring.Entry.wrap(name, password, db.key)
    _save(db, ring)


def ensure_entry(db: Database, username: str, password: str) -> None:
    """After a correct sign-in: give the user an entry if they have none (or a stale one)."""
    if db.key is None:
        return
    name = normalise_username(username)
    entry = _ring(db).entries.get(name)
    if entry is None or entry.unwrap(name, password) != db.key:
        set_entry(db, name, password)
    # The sign-in screen shows the name before the file is open: keep it current.
    _save_name(db, _stored_organisation_name(db))


def remove_entry(db: Database, username: str) -> None:
    """A deactivated account can no longer unlock the database."""
    if db.key is None:
        return
    ring = _ring(db)
    if ring.entries.pop(normalise_username(username), None) is not None:
        _save(db, ring)


def has_entry(db: Database, username: str) -> bool:
    return db.key is not None and normalise_username(username) in _ring(db).entries


def _save_name(db: Database, name: str) -> None:
    if db.key is None:
        return
    ring = _ring(db)
    if ring.organisation_name != name:
        ring.organisation_name = name
        _save(db, ring)


def set_organisation_name(db: Database, name: str) -> None:
    """Keep the name the sign-in screen shows before the database is open."""
    _save_name(db, name.strip())


def _save(db: Database, ring: keyring.Keyring) -> None:
    try:
        keyring.save(db.path, ring)
    except OSError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "Cannot update the key file beside {name}: {reason}."),
            name=db.path.name, reason=error.strerror or type(error).__name__,
        ) from None


#: For the report and the docs: what a stolen copy of the database and keyring allows.
guessing_cost_note = (
    "Without a password or the recovery key the file is AES-256 ciphertext. The keyring "
    "lets a thief test password guesses offline, one argon2id derivation (64 MiB, 3 passes) "
    "per guess per user, with no lockout: strong passwords are what protect a stolen copy."
)
