"""Backups, restore and the integrity check, for the app and the command line.

Backups live in a ``backups`` folder beside the database (mode 0700), one file per
backup named ``<database>-YYYYMMDD-HHMMSS.db`` in UK time (mode 0600), made with
SQLite's online backup API so they are consistent while the app runs, and encrypted
with the database's own key; the keyring sidecar (``<file>.keys``) is copied with
each. Three kinds share the folder and are pruned separately, each to the newest
``backups_kept``, so a burst of one kind never pushes out the others:

* regular: the first start of each day and "Back up now" (the day's backup is the
  first regular one made that UK day);
* ``-before-restore``: the database as it was just before a restore replaced it;
* ``-before-upgrade-from-REV``: the database before a new version changed its layout.

A restore checks the backup first (integrity, an InfoShare database, a schema this
version knows), keeps a before-restore copy, and swaps the file in atomically.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.audit import AuditAction
from infoshare_desktop.domain.display import london
from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP, RULES, Message
from infoshare_desktop.domain.permissions import Action
from infoshare_desktop.services import trail
from infoshare_desktop.services.errors import ServiceError
from infoshare_desktop.services.guard import current, require
from infoshare_desktop.storage import accounts as account_store
from infoshare_desktop.storage import backup as files
from infoshare_desktop.storage import postgres
from infoshare_desktop.storage.backup import BackupError, FileCheck
from infoshare_desktop.storage.database import Database

__all__ = [
    "BackupError",
    "BackupInfo",
    "BackupKind",
    "BackupRefusedError",
    "FileCheck",
    "backups_folder",
    "check_backup",
    "check_database",
    "check_file",
    "daily_backup",
    "key_for_restore",
    "latest_good_backup",
    "list_backups",
    "made_at",
    "made_text",
    "make_backup",
    "restore",
    "restore_database",
]

STAMP_FORMAT = files.STAMP_FORMAT


class BackupRefusedError(ServiceError):
    """The backup cannot be restored (damaged, another schema, another application's file)."""


#: A shared server is backed up by its administrators, not by each copy of the app.
MSG_SERVER_BACKUPS = QT_TRANSLATE_NOOP(
    "rules", "Backups of a server database are made with pg_dump: ask your IT department.")
MSG_SERVER_CHECK = QT_TRANSLATE_NOOP(
    "rules", "The start-up check is for a database file; a server database is checked by "
    "its administrators: ask your IT department.")
#: A backup file that could not be written, and why (the system's words).
MSG_CANNOT_WRITE = QT_TRANSLATE_NOOP("errors", "Cannot write the backup {name}: {reason}.")
#: The disk (or share, or memory stick) the backup goes to filled up: the database is fine.
MSG_NO_SPACE = QT_TRANSLATE_NOOP(
    "errors", "No space left where the backup is being written ({folder}). Free some space "
    "there, or choose another place for the backup, then back up again. The database "
    "itself is unchanged.")
#: A backup that failed its check before a restore, and what the check found.
MSG_NOT_RESTORED = QT_TRANSLATE_NOOP("errors", "Not restored: {problem}")


def _file_of(db: Database, refusal: str = MSG_SERVER_BACKUPS) -> Path:
    """The database's file; a server database has none, so the file feature is refused."""
    if db.path is None:
        raise BackupRefusedError(Message(RULES, refusal))
    return db.path


class BackupKind(Enum):
    REGULAR = ""
    BEFORE_RESTORE = "before-restore"
    BEFORE_UPGRADE = "before-upgrade"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file in the backups folder."""

    path: Path
    made_at: datetime  # aware, UK time (from the name)
    size: int
    kind: BackupKind


def _keyring_path(db_path: Path) -> Path | None:
    """``storage.keyring.keyring_path`` when encryption is part of this build."""
    try:
        from infoshare_desktop.storage.keyring import keyring_path
    except ImportError:  # pragma: no cover - builds without encryption
        return None
    return keyring_path(db_path)


def backups_folder(db_path: Path) -> Path:
    return files.backups_folder(db_path)


def _now_uk() -> datetime:
    return datetime.now(UTC).astimezone(london())


def _pattern(db_path: Path) -> re.Pattern[str]:
    return re.compile(
        rf"^{re.escape(Path(db_path).stem)}-(\d{{8}}-\d{{6}})(?:-(\d+))?"
        r"(?:-(before-restore|before-upgrade-from-\w+))?\.db$"
    )


def new_backup_path(db_path: Path, kind: BackupKind = BackupKind.REGULAR) -> Path:
    """A name not used yet in the backups folder, for a backup made now."""
    suffix = "-before-restore" if kind is BackupKind.BEFORE_RESTORE else ""
    return files.unused_path(db_path, _now_uk(), suffix)


def _copy_keyring(db_path: Path, target: Path) -> None:
    """Copy the keyring sidecar next to ``target`` (atomically, mode 0600), if there is one."""
    source, there = _keyring_path(db_path), _keyring_path(target)
    if source is None or there is None or not source.exists():
        return
    temporary = there.with_name(f".{there.name}.copying-{os.getpid()}")
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    files.create_private(temporary)
    try:
        temporary.write_bytes(source.read_bytes())
        files.fsync_file(temporary)
        os.replace(temporary, there)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        raise


def _no_space(error: BaseException) -> bool:
    """The disk being written to is full: ENOSPC or EDQUOT from the system, or SQLite's
    SQLITE_FULL ("database or disk is full") from the backup API writing the copy."""
    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    return "full" in str(error).lower()


def copy_to(db_path: Path, key: bytes | None, target: Path) -> Path:
    """Back up the database at ``db_path`` into ``target`` (replaced atomically if it exists).

    The copy and its keyring are written beside ``target`` first; if anything fails
    (a full disk, say) nothing new is left there: no half copy, no ``-wal``, ``-shm``
    or ``-journal``, no keyring without its backup.
    """
    target = Path(target).absolute()
    temporary = target.with_name(f".{target.name}.writing-{os.getpid()}")
    keys = _keyring_path(target)
    keys_were_there = keys is not None and keys.exists()
    files.remove_quietly(temporary)
    try:
        files.copy_database(db_path, temporary, key)
        _copy_keyring(db_path, target)  # both halves of an encrypted backup, or neither
        os.replace(temporary, target)
        files.fsync_folder(target.parent)
    except (OSError, *files.DATABASE_ERRORS) as error:
        files.remove_quietly(temporary)
        if keys is not None and not keys_were_there:
            with contextlib.suppress(OSError):
                keys.unlink()
        if _no_space(error):
            raise BackupError(MSG_NO_SPACE, folder=target.parent) from None
        if isinstance(error, OSError):
            raise BackupError(
                MSG_CANNOT_WRITE, name=target.name, reason=error.strerror or error) from None
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database could not be read to back it up ({reason}). Run 'infoshare "
                "check' on it."),
            reason=error) from None
    return target


def make_backup(db: Database, actor: User | None, target: Path | None = None) -> Path:
    """Back up ``db`` now: into ``target``, or the backups folder (then pruned).

    With an ``actor`` (an administrator asking for it) the backup is recorded in the
    audit trail; the file name is not, as a name given by a person can name someone.
    """
    if db.is_server and target is not None:
        if actor is None:
            raise BackupError(Message(RULES, MSG_SERVER_BACKUPS))
        with db.session() as session:
            require(current(session, actor), Action.MANAGE_SETTINGS)
        path = dump_server(db, Path(target))
        with db.session() as session:
            trail.log(session, current(session, actor), AuditAction.BACKUP,
                      details={"kind": "pg_dump", "in_backups_folder": False})
        return path
    db_path = _file_of(db)
    if actor is not None:
        with db.session() as session:
            require(current(session, actor), Action.MANAGE_SETTINGS)
    in_folder = target is None
    path = copy_to(db_path, db.key, new_backup_path(db_path) if target is None else target)
    if actor is not None:
        with db.session() as session:
            trail.log(session, current(session, actor), AuditAction.BACKUP,
                      details={"kind": "manual", "in_backups_folder": in_folder})
    if in_folder:
        prune(db_path, _kept(db))
    return path


def dump_server(db: Database, target: Path) -> Path:
    """A server database's backup with PostgreSQL's own ``pg_dump`` (custom format, for
    ``pg_restore``), when this PC has it; replaced atomically, readable by its owner only.

    The password goes to pg_dump in its environment, never on its command line (which
    other users of the PC can see).
    """
    program = shutil.which("pg_dump")
    if program is None:
        raise BackupError(QT_TRANSLATE_NOOP(
            "errors",
            "pg_dump is not installed on this PC, so InfoShare cannot back up the server "
            "database from here. Ask your IT department: they back it up on the server."))
    conninfo, password = postgres.libpq_conninfo(db.engine.url)
    environment = dict(os.environ)
    if password:
        environment["PGPASSWORD"] = password
    target = target.absolute()
    temporary = target.with_name(f".{target.name}.writing-{os.getpid()}")
    files.remove_quietly(temporary)
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(descriptor, "wb") as handle:
            done = subprocess.run(
                [program, "--format=custom", "--no-owner", f"--dbname={conninfo}"],
                stdout=handle, stderr=subprocess.PIPE, env=environment, check=False,
                timeout=3600)
            handle.flush()
            os.fsync(handle.fileno())
        if done.returncode != 0:
            reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
            raise BackupError(
                QT_TRANSLATE_NOOP("errors",
                                  "pg_dump could not back up the server database: {reason}."),
                reason=reason[-1] if reason else done.returncode)  # pg_dump's words or code
        os.replace(temporary, target)
    except OSError as error:
        if _no_space(error):
            raise BackupError(MSG_NO_SPACE, folder=target.parent) from None
        raise BackupError(
            MSG_CANNOT_WRITE, name=target.name, reason=error.strerror or error) from None
    finally:
        files.remove_quietly(temporary)
    return target


def _kept(db: Database) -> int:
    from infoshare_desktop.services.settings import get_settings

    return get_settings(db).backups_kept


def list_backups(db: Database | Path) -> list[BackupInfo]:
    """The backups in the database's backups folder, newest first (a server database's
    backups are not the app's: none)."""
    if isinstance(db, Database) and db.path is None:
        return []
    db_path = db.path if isinstance(db, Database) and db.path is not None else Path(db)
    folder = backups_folder(db_path)
    if not folder.is_dir():
        return []
    pattern = _pattern(db_path)
    found = []
    zone = london()
    for entry in folder.iterdir():
        match = pattern.match(entry.name)
        if match is None or not entry.is_file():
            continue
        stamp, _number, suffix = match.groups()
        try:
            made = datetime.strptime(stamp, STAMP_FORMAT).replace(tzinfo=zone)
        except ValueError:
            continue
        kind = BackupKind.REGULAR
        if suffix == "before-restore":
            kind = BackupKind.BEFORE_RESTORE
        elif suffix:
            kind = BackupKind.BEFORE_UPGRADE
        found.append(BackupInfo(entry, made, entry.stat().st_size, kind))
    found.sort(key=lambda b: (b.made_at, b.path.stat().st_mtime_ns, b.path.name), reverse=True)
    return found


def prune(db_path: Path, keep: int) -> list[Path]:
    """Remove all but the newest ``keep`` backups of each kind; returns what went."""
    removed = []
    for kind in BackupKind:
        of_kind = [b for b in list_backups(db_path) if b.kind is kind]
        for old in of_kind[max(keep, 1):]:
            files.remove_quietly(old.path)
            keyring = _keyring_path(old.path)
            if keyring is not None:
                with contextlib.suppress(FileNotFoundError):
                    keyring.unlink()
            removed.append(old.path)
    # Half-written copies left by a backup that was cut off (the PC switched off).
    folder = files.backups_folder(db_path)
    if folder.is_dir():
        day_ago = time.time() - 86_400
        for stale in folder.glob(".*.writing-*"):
            with contextlib.suppress(OSError):
                if stale.stat().st_mtime < day_ago:
                    files.remove_quietly(stale)
    return removed


def daily_backup(db: Database) -> Path | None:
    """At the first start of each UK day, back up into the backups folder (None: done
    already, or a server database, which its administrators back up)."""
    if db.path is None:
        return None
    today = _now_uk().date()
    if any(b.kind is BackupKind.REGULAR and b.made_at.date() == today
           for b in list_backups(db)):
        return None
    path = copy_to(db.path, db.key, new_backup_path(db.path))
    prune(db.path, _kept(db))
    return path


def check_file(path: Path, key: bytes | None, *, full: bool = True) -> FileCheck:
    return files.check_file(Path(path), key, full=full)


def check_backup(path: Path, key: bytes | None) -> FileCheck:
    """Is ``path`` a backup this database can be restored from? The full check."""
    return files.check_file(Path(path), key, full=True)


def check_database(db: Database, *, full: bool = False) -> FileCheck:
    """The start-up check on an open database file (``quick_check`` unless ``full``)."""
    return files.check_file(_file_of(db, MSG_SERVER_CHECK), db.key, full=full)


def latest_good_backup(db_path: Path, key: bytes | None) -> BackupInfo | None:
    """The newest backup that passes the full check (any kind), or None."""
    for info in list_backups(db_path):
        if check_backup(info.path, key).ok:
            return info
    return None


def _keep_current(db_path: Path, key: bytes | None) -> Path:
    """Copy the database about to be replaced into the backups folder; damaged or not."""
    target = new_backup_path(db_path, BackupKind.BEFORE_RESTORE)
    try:
        files.copy_database(db_path, target, key)
    except files.DATABASE_ERRORS:
        # Too damaged for SQLite to copy: keep its bytes (and its -wal) as they are.
        files.remove_quietly(target)
        files.raw_copy(db_path, target)
    _copy_keyring(db_path, target)
    return target


def restore(db_path: Path, backup_path: Path, key: bytes | None,
            actor: User | None = None, *, signed_in: bool = True) -> Path:
    """Replace the database at ``db_path`` (which must not be open) with a backup.

    Checks the backup first (``BackupRefusedError`` with the reason), keeps the
    current file as a before-restore backup, swaps the copy in atomically and
    records the restore in the restored database's audit trail. Returns the path
    of the before-restore copy.
    """
    db_path, backup_path = Path(db_path).absolute(), Path(backup_path).absolute()
    if backup_path == db_path:
        raise BackupRefusedError(QT_TRANSLATE_NOOP(
            "errors", "That is the database itself: choose a backup file."))
    checked = check_backup(backup_path, key)
    if not checked.ok:
        raise BackupRefusedError(MSG_NOT_RESTORED, problem=checked.reason)
    before = _keep_current(db_path, key) if db_path.exists() else None
    files.replace_database(db_path, backup_path, key)
    backup_keyring = _keyring_path(backup_path)
    if backup_keyring is not None and backup_keyring.exists():
        _copy_keyring(backup_path, db_path)
    restored = Database.open(db_path, key)
    try:
        with restored.session() as session:
            who = actor
            if actor is not None and actor.id is not None:
                there = account_store.load_user(session, actor.id)
                if there is None or there.username != actor.username:
                    who = replace(actor, id=None)  # the account is not in the restored file
            trail.log(session, who, AuditAction.RESTORE, details={
                "backup_made": made_at(backup_path).isoformat(),
                "decisions": checked.decisions,
                "signed_in": signed_in,
            })
    finally:
        restored.close()
    prune(db_path, _kept_quietly(db_path, key))
    return before if before is not None else backup_path


def made_at(backup_path: Path) -> datetime:
    """When the backup was made: from its name (UK time) or, failing that, the file's time."""
    match = re.search(r"-(\d{8}-\d{6})", Path(backup_path).name)
    if match:
        with contextlib.suppress(ValueError):
            return datetime.strptime(match.group(1), STAMP_FORMAT).replace(tzinfo=london())
    return datetime.fromtimestamp(Path(backup_path).stat().st_mtime, UTC).astimezone(london())


def made_text(backup_path: Path) -> str:
    """``made_at`` as a person reads it: 25/11/2026 08:30 (UK time)."""
    return made_at(backup_path).strftime("%d/%m/%Y %H:%M")


def _kept_quietly(db_path: Path, key: bytes | None) -> int:
    from infoshare_desktop.services.settings import DEFAULTS

    try:
        db = Database.open(db_path, key)
    except Exception:  # pruning is housekeeping: never fail a finished restore on it
        return DEFAULTS.backups_kept
    try:
        return _kept(db)
    finally:
        db.close()


def restore_database(db: Database, actor: User, backup_path: Path) -> Path:
    """An administrator restores ``backup_path`` over the open ``db``.

    The backup is checked before anything changes; ``db`` is closed (its handle must
    not be used afterwards: open the database again).
    """
    db_path = _file_of(db)
    with db.session() as session:
        require(current(session, actor), Action.MANAGE_SETTINGS)
    checked = check_backup(Path(backup_path), db.key)
    if not checked.ok:
        raise BackupRefusedError(MSG_NOT_RESTORED, problem=checked.reason)
    db.close()
    return restore(db_path, Path(backup_path), db.key, actor)


def is_encrypted(db_path: Path) -> bool:
    """The database file is encrypted (it needs a key from its keyring to be read)."""
    try:
        from infoshare_desktop.services import encryption
    except ImportError:  # pragma: no cover - builds without encryption
        return False
    return encryption.is_encrypted(db_path)


def key_from_keyring(db_path: Path, username: str, password: str) -> bytes:
    """The database key unwrapped with a user's password, without opening the database.

    For checking or restoring a database too damaged to open; a wrong password (or
    unknown user) raises ``AuthenticationError`` with the same words as the sign-in.
    """
    from infoshare_desktop.domain.accounts import normalise_username
    from infoshare_desktop.services import encryption
    from infoshare_desktop.services.errors import AuthenticationError
    from infoshare_desktop.storage import keyring

    try:
        ring = keyring.load(Path(db_path))
    except keyring.KeyringError as error:
        raise BackupRefusedError(error.message) from None
    name = normalise_username(username)
    entry = ring.entries.get(name)
    key = entry.unwrap(name, password) if entry is not None else None
    if key is None:
        raise AuthenticationError(encryption.MSG_WRONG_PASSWORD)
    return key


def key_for_restore(db_path: Path, backup_path: Path, username: str,
                    password: str) -> bytes | None:
    """The key that opens ``backup_path``, for a restore without opening the database.

    None for a plain backup. Otherwise the key is unwrapped with the user's password
    from the database's keyring or, when that is missing or damaged (the reason a
    restore is needed, often), from the backup's own ``.keys`` file, written beside
    it when it was made. A wrong password raises ``AuthenticationError``.
    """
    from infoshare_desktop.storage import keyring

    backup_path = Path(backup_path)
    if _plain_or_unreadable(backup_path):
        return None
    try:
        return key_from_keyring(Path(db_path), username, password)
    except BackupRefusedError:
        if not keyring.exists(backup_path):
            raise
    return key_from_keyring(backup_path, username, password)


def _plain_or_unreadable(path: Path) -> bool:
    """A plain SQLite file (no key needed), or one that cannot be read at all (the
    backup's check then says why)."""
    from infoshare_desktop.storage import sqlite

    try:
        return sqlite.looks_like_sqlite(path)
    except OSError:
        return True
