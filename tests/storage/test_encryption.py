"""SQLCipher under the app's engine and the keyring file: the storage half of encryption."""

from __future__ import annotations

import json
import sqlite3
import stat
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import text

from infoshare_desktop.storage import keyring, sqlite
from infoshare_desktop.storage.database import Database
from infoshare_desktop.storage.errors import NotADatabaseError

KEY = bytes(range(32))


@pytest.fixture(autouse=True)
def quick_key_wrapping(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2id at its smallest cost: the entry records what was used, so unwrap matches."""
    monkeypatch.setattr(keyring, "TIME_COST", 1)
    monkeypatch.setattr(keyring, "MEMORY_COST_KIB", 8)
    monkeypatch.setattr(keyring, "PARALLELISM", 1)


def test_an_encrypted_database_has_the_app_pragmas_and_full_text_search(tmp_path: Path) -> None:
    path = tmp_path / "enc.db"
    db = Database.open(path, KEY)
    try:
        assert db.key == KEY
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            connection.exec_driver_sql(
                f"INSERT INTO {sqlite.FTS_TABLE} (rowid, reference, details) "
                "VALUES (99, 'R-99', 'Élodie at school')")
            found = connection.execute(text(
                f"SELECT rowid FROM {sqlite.FTS_TABLE} WHERE {sqlite.FTS_TABLE} MATCH 'elod*'"
            )).scalars().all()
            assert found == [99]
            assert connection.execute(text("SELECT lower('ÉLODIE')")).scalar() == "élodie"
    finally:
        db.close()
    assert not sqlite.looks_like_sqlite(path)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()
    with pytest.raises(sqlcipher3.DatabaseError):
        sqlcipher3.connect(str(path)).execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_opening_with_the_wrong_key_or_none_is_refused_without_touching_the_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "enc.db"
    Database.open(path, KEY).close()
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError):
        Database.open(path, bytes(32))
    with pytest.raises(NotADatabaseError):
        Database.open(path)
    assert path.read_bytes() == before


def test_connect_and_backup_keep_the_key(tmp_path: Path) -> None:
    path, copy = tmp_path / "enc.db", tmp_path / "copy.db"
    Database.open(path, KEY).close()
    sqlite.backup_to(path, copy, KEY)
    connection = sqlite.connect(copy, KEY)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert sqlite.read_schema_revision(copy, KEY) is not None
    finally:
        connection.close()
    with pytest.raises(sqlite.DATABASE_ERRORS):
        sqlite.check_readable(copy)


def test_the_keyring_is_private_atomic_and_holds_no_key_in_clear(tmp_path: Path) -> None:
    db_path = tmp_path / "enc.db"
    ring = keyring.Keyring("Northshire Council",
                           {"admin": keyring.Entry.wrap("admin", "a long password", KEY)})
    keyring.save(db_path, ring)
    path = keyring.keyring_path(db_path)
    assert path == tmp_path / "enc.db.keys"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["enc.db.keys"]  # no temporary file left
    raw = path.read_bytes()
    assert KEY not in raw and KEY.hex().encode() not in raw
    data = json.loads(raw)
    assert data["organisation_name"] == "Northshire Council"
    assert data["entries"]["admin"]["kdf"] == "argon2id"
    loaded = keyring.load(db_path)
    assert loaded.entries["admin"].unwrap("admin", "a long password") == KEY
    assert loaded.entries["admin"].unwrap("admin", "a wrong password") is None
    # An entry moved to another username does not unwrap: the username is bound in.
    assert loaded.entries["admin"].unwrap("someone", "a long password") is None


def test_a_damaged_or_missing_keyring_is_one_plain_error(tmp_path: Path) -> None:
    db_path = tmp_path / "enc.db"
    with pytest.raises(keyring.KeyringError, match="missing"):
        keyring.load(db_path)
    keyring.keyring_path(db_path).write_text('{"format": 1, "entries": {"a": 3}}')
    with pytest.raises(keyring.KeyringError, match="damaged"):
        keyring.load(db_path)
