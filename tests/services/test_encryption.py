"""Encryption at rest: a copied database is useless without a password or the recovery key.

The "Done when" test of issue 7 (item 1) is the first one here.
"""

from __future__ import annotations

import shutil
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import text

from infoshare_desktop.domain.vocab import RecordStatus, Role
from infoshare_desktop.services import accounts, audit, encryption, records
from infoshare_desktop.services.errors import AuthenticationError, ServiceError
from infoshare_desktop.storage import keyring
from infoshare_desktop.storage.database import Database
from tests.services.org import PASSWORD, Org, build

#: SQLCipher encrypts database files (a server database is refused: test_server_database.py).
pytestmark = pytest.mark.sqlite_only

NEW_PASSWORD = "a brand new password"
RESET_PASSWORD = "reset by the admin 1"


@pytest.fixture(autouse=True)
def quick_key_wrapping(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2id at its smallest cost (each entry stores the cost it was made with)."""
    monkeypatch.setattr(keyring, "TIME_COST", 1)
    monkeypatch.setattr(keyring, "MEMORY_COST_KIB", 8)
    monkeypatch.setattr(keyring, "PARALLELISM", 1)


@pytest.fixture
def encrypted(tmp_path: Path) -> Iterator[tuple[Org, str]]:
    """A small organisation in a new encrypted database, and its recovery key."""
    db, recovery = encryption.create_encrypted(tmp_path / "live" / "enc.db")
    try:
        yield build(db), recovery
    finally:
        db.close()


def _copy(db: Database, folder: Path) -> Path:
    """Copy the database and its keyring, as a thief with the folder would."""
    folder.mkdir()
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy2(db.path, folder / db.path.name)
    shutil.copy2(keyring.keyring_path(db.path), keyring.keyring_path(folder / db.path.name))
    return folder / db.path.name


def _opens(path: Path, username: str, password: str) -> bool:
    try:
        db = encryption.unlock(path, username, password)
    except AuthenticationError:
        return False
    try:
        with db.session() as session:
            session.execute(text("SELECT count(*) FROM decision_records")).scalar()
        accounts.authenticate(db, username, password)
    finally:
        db.close()
    return True


def test_a_copied_database_opens_only_with_a_password_or_the_recovery_key(
    encrypted: tuple[Org, str], tmp_path: Path,
) -> None:
    org, recovery = encrypted
    manager = org.add_user("manager", Role.MANAGER, manages=(org.team_a,))
    org.record(RecordStatus.COMPLETED)
    copy = _copy(org.db, tmp_path / "stolen")

    for module in (sqlite3, sqlcipher3):
        connection = module.connect(str(copy))
        with pytest.raises(module.DatabaseError):
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        connection.close()
    passwords = {"admin": PASSWORD, "author": PASSWORD, "manager": PASSWORD}
    for username, password in passwords.items():
        assert _opens(copy, username, password), username
    recovered = encryption.unlock_with_recovery_key(copy, recovery.lower().replace("-", " "))
    recovered.close()

    before = org.db.path.read_bytes()
    accounts.change_password(org.db, org.author, PASSWORD, NEW_PASSWORD)
    assert org.db.path.read_bytes() == before  # one keyring entry re-wrapped, no re-encryption
    accounts.reset_password(org.db, org.admin, manager.id, RESET_PASSWORD)  # type: ignore[arg-type]
    passwords |= {"author": NEW_PASSWORD, "manager": RESET_PASSWORD}

    copy = _copy(org.db, tmp_path / "stolen-later")
    for username, password in passwords.items():
        assert _opens(copy, username, password), username
    assert not _opens(copy, "author", PASSWORD)
    assert not _opens(copy, "manager", PASSWORD)
    encryption.unlock_with_recovery_key(copy, recovery).close()


def test_a_wrong_password_and_an_unknown_username_are_refused_alike(
    encrypted: tuple[Org, str],
) -> None:
    org, _ = encrypted
    path = org.db.path
    with pytest.raises(AuthenticationError) as wrong:
        encryption.unlock(path, "admin", "not the password")
    with pytest.raises(AuthenticationError) as unknown:
        encryption.unlock(path, "nobody", "not the password")
    assert str(wrong.value) == str(unknown.value) == accounts.MSG_WRONG_PASSWORD


def test_a_wrong_recovery_key_is_refused(encrypted: tuple[Org, str]) -> None:
    org, recovery = encrypted
    with pytest.raises(ServiceError, match="not a recovery key"):
        encryption.unlock_with_recovery_key(org.db.path, "ABCD-EFGH")
    other = encryption.format_recovery_key(encryption.new_key())
    with pytest.raises(ServiceError, match="does not open"):
        encryption.unlock_with_recovery_key(org.db.path, other)
    assert len(recovery.replace("-", "")) == 52
    assert all(len(group) == 4 for group in recovery.split("-"))


def test_the_keyring_follows_accounts(encrypted: tuple[Org, str]) -> None:
    org, _ = encrypted
    path = keyring.keyring_path(org.db.path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert keyring.load(org.db.path).organisation_name == "Testshire Council"
    assert set(keyring.load(org.db.path).entries) == {"admin", "author"}
    accounts.deactivate_user(org.db, org.admin, org.author.id)  # type: ignore[arg-type]
    assert set(keyring.load(org.db.path).entries) == {"admin"}
    with pytest.raises(AuthenticationError):
        encryption.unlock(org.db.path, "author", PASSWORD)
    accounts.reactivate_user(org.db, org.admin, org.author.id)  # type: ignore[arg-type]
    assert "author" not in keyring.load(org.db.path).entries  # waits for a reset or sign-in
    accounts.authenticate(org.db, "author", PASSWORD)  # someone else unlocked the app
    assert encryption.unlock(org.db.path, "author", PASSWORD).key == org.db.key


def test_the_recovery_key_lets_an_administrator_choose_a_new_password(
    encrypted: tuple[Org, str],
) -> None:
    org, recovery = encrypted
    org.db.close()
    db = encryption.unlock_with_recovery_key(org.db.path, recovery)
    try:
        with pytest.raises(ServiceError, match="active administrator"):
            accounts.recover_administrator(db, "author", NEW_PASSWORD)
        accounts.recover_administrator(db, "admin", NEW_PASSWORD)
        assert accounts.authenticate(db, "admin", NEW_PASSWORD).username == "admin"
    finally:
        db.close()
    assert _opens(org.db.path, "admin", NEW_PASSWORD)


def test_encrypting_an_existing_database_keeps_everything(db: Database, tmp_path: Path) -> None:
    org = build(db)
    org.add_user("manager", Role.MANAGER, manages=(org.team_a,))
    for status in (RecordStatus.DRAFT, RecordStatus.COMPLETED, RecordStatus.SUBMITTED):
        org.record(status)
    before_records = records.list_records(db, org.admin, "")
    before_events = audit.find_events(db, org.admin)
    path = db.path
    db.close()

    with pytest.raises(AuthenticationError):
        encryption.encrypt_existing(path, "admin", "wrong password here")
    with pytest.raises(ServiceError, match="administrator"):
        encryption.encrypt_existing(path, "author", PASSWORD)
    assert not encryption.is_encrypted(path)
    done = encryption.encrypt_existing(path, "admin", PASSWORD)

    assert encryption.is_encrypted(path)
    assert stat.S_IMODE(done.backup.stat().st_mode) == 0o600
    Database.open(done.backup).close()  # the plain backup is a working database
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()
    assert set(keyring.load(path).entries) == {"admin"}
    assert keyring.load(path).organisation_name == "Testshire Council"
    with pytest.raises(AuthenticationError):  # pending until they sign in once
        encryption.unlock(path, "manager", PASSWORD)
    encrypted_db = encryption.unlock(path, "admin", PASSWORD)
    try:
        admin = accounts.authenticate(encrypted_db, "admin", PASSWORD)
        assert records.list_records(encrypted_db, admin, "") == before_records
        after = {event.sequence: event for event in audit.find_events(encrypted_db, admin)}
        assert all(after.get(event.sequence) == event for event in before_events)
        assert audit.verify(encrypted_db, admin).ok
        accounts.authenticate(encrypted_db, "manager", PASSWORD)
    finally:
        encrypted_db.close()
    assert _opens(path, "manager", PASSWORD)
    encryption.unlock_with_recovery_key(path, done.recovery_key).close()
    with pytest.raises(ServiceError, match="already encrypted"):
        encryption.encrypt_existing(path, "admin", PASSWORD)
