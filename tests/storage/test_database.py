"""Opening database files: pragmas, refusals that leave the file alone, backups."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select

from infoshare_desktop.storage import migrate
from infoshare_desktop.storage.database import Database
from infoshare_desktop.storage.errors import DatabaseTooNewError, NotADatabaseError
from tests.services.org import build


def test_new_database_is_private_migrated_and_durable(db_path: Path) -> None:
    db = Database.open(db_path)
    try:
        with db.engine.connect() as connection:
            pragma = {
                name: connection.execute(text(f"PRAGMA {name}")).scalar()
                for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
            }
            revision = connection.execute(text("SELECT version_num FROM alembic_version"))
            assert revision.scalar() == migrate.head_revision()
    finally:
        db.close()
    assert pragma == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1,
                      "busy_timeout": 10_000}
    if os.name == "posix":
        assert db_path.stat().st_mode & 0o077 == 0, "the file must be readable by its owner only"


def test_creates_missing_folders(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "infoshare.db"
    Database.open(path).close()
    assert path.exists()


@pytest.mark.parametrize(
    "content",
    [
        b"Dear colleague,\nplease find attached...\n",
        os.urandom(4096),
        b"SQLite format 3\x00" + b"\xff" * 200,
    ],
    ids=["text", "random", "damaged-header"],
)
def test_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    before = path.stat().st_mtime_ns
    with pytest.raises(NotADatabaseError) as refused:
        Database.open(path)
    assert "\n" not in str(refused.value)
    assert path.read_bytes() == content
    assert path.stat().st_mtime_ns == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_folder_given_as_database_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotADatabaseError):
        Database.open(tmp_path)


def test_database_from_a_newer_app_is_refused_untouched(db_path: Path) -> None:
    Database.open(db_path).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    content = db_path.read_bytes()
    with pytest.raises(DatabaseTooNewError) as refused:
        Database.open(db_path)
    assert "newer version of InfoShare" in str(refused.value)
    assert db_path.read_bytes() == content


def test_failed_transaction_saves_nothing(db: Database) -> None:
    from infoshare_desktop.storage.tables import OrganisationRow

    with pytest.raises(RuntimeError), db.session() as session:
        session.add(OrganisationRow(name="Half saved", type="police"))
        session.flush()
        raise RuntimeError("power cut")
    with db.session() as session:
        assert session.exec(select(OrganisationRow)).all() == []


def test_locked_database_is_a_clear_error_and_saves_nothing(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from infoshare_desktop.domain.organisation import Organisation
    from infoshare_desktop.domain.vocab import RecipientType
    from infoshare_desktop.services import organisations
    from infoshare_desktop.storage import sqlite as sqlite_module
    from infoshare_desktop.storage.errors import DatabaseUnavailableError

    monkeypatch.setattr(sqlite_module, "BUSY_TIMEOUT_MS", 50)  # do not wait 10 s here
    db = Database.open(db_path)
    admin = build(db).admin
    other = sqlite3.connect(db_path, timeout=0)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the file
    try:
        with pytest.raises(DatabaseUnavailableError) as refused:
            organisations.save_organisation(
                db, admin, Organisation(name="Locked Out Ltd", type=RecipientType.OTHER)
            )
    finally:
        other.rollback()
        other.close()
    try:
        assert str(refused.value).startswith(
            "Another program, or another copy of InfoShare, is busy with the database. "
            "Wait a minute and try again")
        assert "\n" not in str(refused.value)
        assert "Locked Out Ltd" not in {o.name for o in organisations.list_organisations(db)}
    finally:
        db.close()
