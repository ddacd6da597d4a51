"""Migrations: the first schema upgrades to head keeping the data, after a backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from infoshare_desktop.domain.vocab import Role
from infoshare_desktop.services import records
from infoshare_desktop.storage import migrate
from infoshare_desktop.storage.database import Database
from infoshare_desktop.storage.sqlite import sqlite_engine
from tests.services.org import build

FIRST = "0001"


def build_first_schema(path: Path) -> None:
    engine = sqlite_engine(path)
    migrate.upgrade(engine, FIRST)
    engine.dispose()


def insert_first_schema_data(path: Path) -> None:
    """Rows written as the first version of the app wrote them (plain SQL on purpose)."""
    with sqlite3.connect(path) as c:
        c.execute(
            "INSERT INTO organisations (id, name, type, address, phone, secure_email, active)"
            " VALUES (1, 'Riverside Primary School', 'education', '', '', '', 1)"
        )
        c.execute(
            "INSERT INTO decision_records (id, reference, status, created_at, updated_at,"
            " case_reference, emergency, outcome, purpose, recipient_organisation_id,"
            " decided_at, guardian_referred, identity_verified, address_checked,"
            " receipt_confirmed)"
            " VALUES (1, 'IS-2025-000007', 'draft', '2025-02-01 10:00:00',"
            " '2025-02-01 10:05:00', 'CM-77', 0, 'not_shared', 'Attendance ''worries''', 1,"
            " '2025-02-01 09:30:00', 0, 0, 0, 0)"
        )
        c.execute(
            "INSERT INTO record_people (record_id, position, role, name)"
            " VALUES (1, 0, 'child', 'Zoë Example')"
        )
        c.execute("INSERT INTO record_data_categories (record_id, category) VALUES (1, 'health')")
        c.execute("INSERT INTO reference_counters (year, last_number) VALUES (2025, 7)")
    c.close()


def test_first_schema_upgrades_to_head_and_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "infoshare.db"
    build_first_schema(path)
    insert_first_schema_data(path)

    db = Database.open(path)
    try:
        # Records from before accounts have no author: a Caldicott Guardian reads them.
        guardian = build(db).add_user("guardian", Role.GUARDIAN)
        record = records.get_record(db, guardian, 1)
        (summary,) = records.list_records(db, guardian, "zoë")
    finally:
        db.close()

    assert record.reference == "IS-2025-000007"
    assert record.case_reference == "CM-77"
    assert record.purpose == "Attendance 'worries'"
    assert [p.name for p in record.people] == ["Zoë Example"]
    assert [c.value for c in record.data_categories] == ["health"]
    assert record.decided_at is not None and record.decided_at.isoformat().startswith(
        "2025-02-01T09:30:00+00:00"
    )
    assert summary.recipient == "Riverside Primary School"
    with sqlite3.connect(path) as c:
        assert c.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            migrate.head_revision()
        )
        indexes = {row[0] for row in c.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    c.close()
    assert "ix_decision_records_decided_at" in indexes


def test_backup_is_made_before_upgrading(tmp_path: Path) -> None:
    path = tmp_path / "infoshare.db"
    build_first_schema(path)
    insert_first_schema_data(path)

    Database.open(path).close()

    (backup,) = (tmp_path / "backups").glob("infoshare-*-before-upgrade-from-0001.db")
    with sqlite3.connect(backup) as c:
        assert c.execute("SELECT version_num FROM alembic_version").fetchone()[0] == FIRST
        assert c.execute("SELECT case_reference FROM decision_records").fetchone()[0] == "CM-77"
    c.close()


def test_head_database_opens_without_backup(tmp_path: Path) -> None:
    path = tmp_path / "infoshare.db"
    Database.open(path).close()
    Database.open(path).close()
    assert sorted(p.name for p in tmp_path.glob("*.db")) == ["infoshare.db"]


def test_tables_match_the_migrations() -> None:
    """The models and the migrations describe the same schema (no forgotten revision)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from infoshare_desktop.storage.sqlite import is_search_table
    from infoshare_desktop.storage.tables import SQLModel

    engine = sqlite_engine(Path(":memory:"))
    migrate.upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={
            "compare_type": False,
            # The FTS5 search table and its shadow tables are SQLite's, not models.
            "include_name": lambda name, type_, _parents: not (
                type_ == "table" and is_search_table(name)),
        })
        differences = compare_metadata(context, SQLModel.metadata)
    engine.dispose()
    assert differences == []


def test_the_revisions_read_without_alembic_are_alembics() -> None:
    scripts = migrate.script_directory()
    assert migrate.head_revision() == scripts.get_current_head()
    assert migrate.known_revisions() == {s.revision for s in scripts.walk_revisions()}
