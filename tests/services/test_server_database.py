"""On a shared PostgreSQL server the features made for a database file say so plainly:
backups and restore (the server's are pg_dump's, made by IT), the start-up file
check, and SQLCipher encryption. Nothing is written and nothing crashes."""

from __future__ import annotations

from pathlib import Path

import pytest

from infoshare_desktop.services import backup, encryption
from infoshare_desktop.storage.database import Database
from infoshare_desktop.storage.errors import NotADatabaseError
from tests.services.org import Org, build

pytestmark = pytest.mark.postgresql_only

PG_DUMP = "Backups of a server database are made with pg_dump: ask your IT department."


@pytest.fixture
def org(db: Database) -> Org:
    return build(db)


def test_a_server_database_is_backed_up_only_to_a_named_file_with_pg_dump(
    org: Org, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No backups folder beside a server database: IT backs the server up.
    with pytest.raises(backup.BackupRefusedError) as raised:
        backup.make_backup(org.db, org.admin)
    assert str(raised.value) == PG_DUMP
    assert list(tmp_path.iterdir()) == []
    # To a file an administrator names, with pg_dump when this PC has it...
    made = backup.make_backup(org.db, org.admin, tmp_path / "server.dump")
    assert made.read_bytes()[:5] == b"PGDMP"
    # ...and a plain refusal when it has not.
    monkeypatch.setattr(backup.shutil, "which", lambda name: None)
    with pytest.raises(backup.BackupError, match="pg_dump is not installed on this PC"):
        backup.make_backup(org.db, org.admin, tmp_path / "again.dump")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["server.dump"]


def test_restoring_over_a_server_database_is_refused(org: Org, tmp_path: Path) -> None:
    with pytest.raises(backup.BackupRefusedError, match="pg_dump"):
        backup.restore_database(org.db, org.admin, tmp_path / "backup.db")
    assert org.db.engine is not None
    assert backup.list_backups(org.db) == []


def test_there_is_no_daily_backup_or_file_check_on_a_server(org: Org) -> None:
    assert backup.daily_backup(org.db) is None
    with pytest.raises(backup.BackupRefusedError, match="IT department"):
        backup.check_database(org.db)


def test_encrypting_a_server_database_is_refused(org: Org, db_url: str) -> None:
    with pytest.raises(encryption.EncryptionError, match="database files only"):
        encryption.encrypt_in_place(org.db)
    assert org.db.key is None and org.db.path is None
    with pytest.raises(NotADatabaseError, match="without a key"):
        Database.open(db_url, bytes(32))
    # The keyring is for encrypted files: on a server nothing is kept beside it.
    encryption.set_entry(org.db, "admin", "a password")
    assert not encryption.has_entry(org.db, "admin")
