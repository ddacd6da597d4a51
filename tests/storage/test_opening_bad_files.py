"""Opening and copying files that are not what they should be: empty, on a read-only
drive, on a full disk, or encrypted with another key. Each is refused with what to do,
and nothing is left half-made."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy.exc import DBAPIError, OperationalError

from infoshare_desktop.services import backup as backup_service
from infoshare_desktop.storage import backup as backup_files
from infoshare_desktop.storage import database as storage_database
from infoshare_desktop.storage import sqlite
from infoshare_desktop.storage.database import Database
from infoshare_desktop.storage.errors import DatabaseUnavailableError, NotADatabaseError

KEY = b"k" * 32
OTHER_KEY = b"o" * 32


def _files(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_size for p in sorted(folder.iterdir())}


def test_an_empty_file_is_not_a_database_and_is_left_empty(tmp_path: Path) -> None:
    empty = tmp_path / "log.db"
    empty.touch()
    for key in (None, KEY):
        with pytest.raises(NotADatabaseError) as refused:
            Database.open(empty, key)
        assert str(refused.value).startswith(f"{empty} is empty (0 bytes)")
    assert _files(tmp_path) == {"log.db": 0}


def test_a_new_file_that_cannot_be_made_is_removed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full(engine: object) -> None:
        raise OperationalError("CREATE TABLE", {}, sqlite3.OperationalError(
            "database or disk is full"))

    monkeypatch.setattr(storage_database.migrate, "upgrade", full)
    with pytest.raises(DatabaseUnavailableError) as refused:
        Database.open(tmp_path / "new.db")
    assert "The disk is full" in str(refused.value)
    assert _files(tmp_path) == {}


def _made(path: Path, key: bytes | None = None) -> Path:
    Database.open(path, key).close()
    return path


def test_a_read_only_drive_is_said_to_be_read_only_not_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """SQLite cannot make the ``-shm`` file beside a WAL database on a read-only drive,
    so even reading it fails there ("unable to open database file")."""
    path = _made(tmp_path / "log.db")
    real = sqlite._raw_connect

    def refused(where: Path, key: bytes | None, *, read_only: bool = False,
                immutable: bool = False) -> object:
        if not immutable:
            raise sqlite3.OperationalError("unable to open database file")
        return real(where, key, read_only=read_only, immutable=immutable)

    monkeypatch.setattr(sqlite, "_raw_connect", refused)
    monkeypatch.setattr(sqlite, "cannot_write", lambda where: True)
    with pytest.raises(DatabaseUnavailableError) as opening:
        Database.open(path)
    assert "read-only drive or in a read-only folder" in str(opening.value)
    assert "does not mean it is damaged" in str(opening.value)
    checked = backup_files.check_file(path, None)
    assert checked.ok and checked.read_only and checked.decisions == 0


def test_a_file_sqlite_cannot_open_elsewhere_is_still_not_called_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _made(tmp_path / "log.db")

    def refused(*args: object, **kwargs: object) -> object:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(sqlite, "_raw_connect", refused)
    assert not sqlite.cannot_write(path)
    with pytest.raises(DatabaseUnavailableError) as opening:
        Database.open(path)
    assert "read-only drive" not in str(opening.value)
    assert not backup_files.check_file(path, None).read_only


def test_the_read_only_test_asks_the_drive(tmp_path: Path, monkeypatch) -> None:
    path = _made(tmp_path / "log.db")
    assert not sqlite.cannot_write(path)
    monkeypatch.setattr(sqlite.os, "access", lambda where, mode: Path(where) != tmp_path)
    assert sqlite.cannot_write(path)


@pytest.mark.parametrize("how", ["enospc", "edquot", "sqlite-full"])
def test_a_full_disk_under_a_backup_blames_where_it_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str,
) -> None:
    path = _made(tmp_path / "log.db")
    (tmp_path / "stick").mkdir()

    def fails(*args: object) -> None:
        if how == "sqlite-full":
            raise sqlite3.OperationalError("database or disk is full")
        raise OSError(errno.ENOSPC if how == "enospc" else errno.EDQUOT, "No space")

    monkeypatch.setattr(backup_files, "fsync_file", fails)
    with pytest.raises(backup_service.BackupError) as refused:
        backup_service.copy_to(path, None, tmp_path / "stick" / "saved.db")
    assert str(refused.value).startswith(
        f"No space left where the backup is being written ({tmp_path / 'stick'})")
    assert _files(tmp_path / "stick") == {}


def test_another_write_failure_under_a_backup_says_what_the_system_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _made(tmp_path / "log.db")

    def fails(*args: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(backup_files, "fsync_file", fails)
    with pytest.raises(backup_service.BackupError) as refused:
        backup_service.copy_to(path, None, tmp_path / "saved.db")
    assert str(refused.value) == "Cannot write the backup saved.db: Input/output error."
    assert sorted(_files(tmp_path)) == ["log.db"]


def _sqlcipher_log_level(level: str) -> None:
    connection = sqlcipher3.connect(":memory:")
    try:
        connection.execute(f"PRAGMA cipher_log_level = {level}").fetchall()
    finally:
        connection.close()


def test_sqlcipher_never_writes_its_own_log_lines_to_the_terminal(
    tmp_path: Path, capfd: pytest.CaptureFixture[str],
) -> None:
    path = _made(tmp_path / "secret.db", KEY)
    # Left as it comes, SQLCipher says what went wrong on stderr (so the test below
    # is not passing for want of anything to say).
    _sqlcipher_log_level("WARN")
    bare = sqlcipher3.connect(str(path))
    try:
        bare.execute(f"PRAGMA key = \"x'{OTHER_KEY.hex()}'\"")
        with pytest.raises(sqlcipher3.DatabaseError):
            bare.execute("SELECT count(*) FROM sqlite_master").fetchall()
    finally:
        bare.close()
    assert "hmac check failed" in capfd.readouterr().err

    _sqlcipher_log_level("WARN")
    with pytest.raises(NotADatabaseError):
        Database.open(path, OTHER_KEY)  # through the checks made before opening
    assert capfd.readouterr().err == ""

    _sqlcipher_log_level("WARN")
    engine = sqlite.sqlite_engine(path, OTHER_KEY)  # and through the engine's own pool
    try:
        with pytest.raises(DBAPIError), engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").fetchall()
    finally:
        engine.dispose()
    assert capfd.readouterr().err == ""
