"""The keyring beside an encrypted database: its key, wrapped once per user.

An encrypted database ``cases.db`` has a sidecar ``cases.db.keys`` (JSON, mode 0600).
It never holds the database key itself: each active user's entry holds the key
encrypted (AES-256-GCM) with a key derived from that user's password (argon2id,
a salt of its own, the parameters kept in the entry so they can change later).
Changing a password re-wraps one entry; the database file is never re-encrypted.

Entries are keyed by username; the file holds no other personal data. The
organisation's name is kept in clear so the sign-in screen can show it before the
database is open.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP, ExplainedError

SUFFIX = ".keys"
FORMAT = 1
#: argon2id parameters for new entries: RFC 9106's low-memory profile (64 MiB, 3 passes).
TIME_COST = 3
MEMORY_COST_KIB = 64 * 1024
PARALLELISM = 4
SALT_BYTES = 16
NONCE_BYTES = 12


class KeyringError(ExplainedError):
    """The keyring is missing, unreadable or not one of ours (message has no personal data).

    Its ``message`` is translatable (see ``domain.i18n.ExplainedError``): the services
    pass it on in the errors they raise."""


def keyring_path(db_path: Path) -> Path:
    """Where the keyring of the database at ``db_path`` lives: ``<db>.keys``."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + SUFFIX)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _aad(username: str) -> bytes:
    """Binds each wrapped key to its username, so entries cannot be swapped around."""
    return f"infoshare-keyring-{FORMAT}:{username}".encode()


def derive_key(password: str, salt: bytes, time_cost: int, memory_cost: int,
               parallelism: int) -> bytes:
    """The 256-bit wrapping key for ``password`` (argon2id, deliberately slow)."""
    return hash_secret_raw(
        password.encode("utf-8", "surrogatepass"), salt, time_cost=time_cost,
        memory_cost=memory_cost, parallelism=parallelism, hash_len=32, type=Type.ID,
    )


@dataclass(frozen=True)
class Entry:
    """One user's copy of the database key, wrapped with their password."""

    salt: bytes
    nonce: bytes
    wrapped: bytes
    time_cost: int = TIME_COST
    memory_cost: int = MEMORY_COST_KIB
    parallelism: int = PARALLELISM

    @classmethod
    def wrap(cls, username: str, password: str, db_key: bytes) -> Entry:
        salt, nonce = secrets.token_bytes(SALT_BYTES), secrets.token_bytes(NONCE_BYTES)
        costs = (TIME_COST, MEMORY_COST_KIB, PARALLELISM)
        kek = derive_key(password, salt, *costs)
        wrapped = AESGCM(kek).encrypt(nonce, db_key, _aad(username))
        return cls(salt, nonce, wrapped, *costs)

    def unwrap(self, username: str, password: str) -> bytes | None:
        """The database key, or None if ``password`` is not the one it was wrapped with."""
        kek = derive_key(password, self.salt, self.time_cost, self.memory_cost,
                         self.parallelism)
        try:
            return AESGCM(kek).decrypt(self.nonce, self.wrapped, _aad(username))
        except InvalidTag:
            return None

    def as_json(self) -> dict[str, Any]:
        return {"kdf": "argon2id", "time_cost": self.time_cost,
                "memory_cost": self.memory_cost, "parallelism": self.parallelism,
                "salt": _b64(self.salt), "cipher": "aes-256-gcm",
                "nonce": _b64(self.nonce), "wrapped": _b64(self.wrapped)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Entry:
        if data.get("kdf") != "argon2id" or data.get("cipher") != "aes-256-gcm":
            raise KeyringError(QT_TRANSLATE_NOOP(
                "errors", "The keyring holds an entry this version cannot read."))
        return cls(_unb64(data["salt"]), _unb64(data["nonce"]), _unb64(data["wrapped"]),
                   int(data["time_cost"]), int(data["memory_cost"]), int(data["parallelism"]))


def spend_same_effort(password: str) -> None:
    """Derive a key for nothing, so an unknown username takes as long as a real one."""
    derive_key(password, bytes(SALT_BYTES), TIME_COST, MEMORY_COST_KIB, PARALLELISM)


@dataclass
class Keyring:
    """The whole sidecar file: the organisation's name and the wrapped keys by username."""

    organisation_name: str = ""
    entries: dict[str, Entry] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "database_cipher": "sqlcipher4-raw-key",
                "organisation_name": self.organisation_name,
                "entries": {name: entry.as_json() for name, entry in sorted(
                    self.entries.items())}}


def exists(db_path: Path) -> bool:
    return keyring_path(db_path).is_file()


def load(db_path: Path) -> Keyring:
    """Read the keyring of ``db_path``; ``KeyringError`` if missing or not readable."""
    path = keyring_path(db_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KeyringError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The key file {name} is missing: it must stay beside the database. "
                "Restore it from a backup, or use the recovery key."),
            name=path.name,
        ) from None
    except (OSError, ValueError) as error:
        raise KeyringError(
            QT_TRANSLATE_NOOP("errors", "The key file {name} cannot be read ({reason})."),
            name=path.name, reason=error) from None
    try:
        if data.get("format") != FORMAT:
            raise KeyringError(
                QT_TRANSLATE_NOOP("errors", "The key file {name} was made by another version."),
                name=path.name)
        return Keyring(str(data.get("organisation_name", "")),
                       {str(name): Entry.from_json(entry)
                        for name, entry in dict(data["entries"]).items()})
    except (KeyError, TypeError, ValueError, AttributeError):
        raise KeyringError(
            QT_TRANSLATE_NOOP("errors", "The key file {name} is damaged."),
            name=path.name) from None


def save(db_path: Path, keyring: Keyring) -> None:
    """Write the keyring atomically: a private temporary file, fsync, then rename over."""
    path = keyring_path(db_path)
    text = json.dumps(keyring.as_json(), indent=2)
    handle, temp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(handle, 0o600)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself survive a power cut (POSIX only)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
