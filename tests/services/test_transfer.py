"""Moving a whole log into an empty database: everything arrives, checked, or nothing does."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from infoshare_desktop import demo
from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.audit import AuditAction
from infoshare_desktop.domain.vocab import Role
from infoshare_desktop.services import accounts, audit, export, records, transfer
from infoshare_desktop.services.database import (
    DatabaseMovedError,
    open_database,
    refuse_moved,
)
from infoshare_desktop.services.errors import PermissionDeniedError
from infoshare_desktop.services.records import RecordFilter
from infoshare_desktop.storage import transfer as transfer_store
from infoshare_desktop.storage.database import Database
from tests import factories

NOW = datetime(2026, 11, 2, 10, 30, tzinfo=UTC)
RECORDS = 40


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite log with demo decisions in every state, made once for these tests."""
    path = tmp_path_factory.mktemp("source") / "source.db"
    database = Database.open(path)
    try:
        demo.create_demo_data(database, RECORDS, seed=7, now=NOW)
    finally:
        database.close()
    return path


@pytest.fixture
def source(filled: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "source.db"
    copy.write_bytes(filled.read_bytes())
    database = Database.open(copy)
    try:
        yield database
    finally:
        database.close()


def _sign_in(db: Database, username: str) -> User:
    return accounts.authenticate(db, username, demo.DEMO_PASSWORD)


def _export(db: Database, path: Path) -> bytes:
    export.export_csv(db, _sign_in(db, "guardian1"), path)
    return path.read_bytes()


def test_everything_arrives_and_is_checked(source: Database, db: Database,
                                           tmp_path: Path) -> None:
    admin = _sign_in(source, "admin1")
    moved = transfer.copy_log(source, db, admin, "team server")
    assert moved.decisions == RECORDS and moved.chain.ok
    with source.session() as a, db.session() as b:
        assert transfer_store.table_counts(a) == transfer_store.table_counts(b)
    # The move is the last event of the original's trail, and so of the copy's.
    last = audit.find_events(source, admin, limit=1)[0]
    assert last.action is AuditAction.DATABASE_COPIED
    assert last.details == {"to": "team server"}
    assert audit.find_events(db, _sign_in(db, "admin1"), limit=2)[1].hash == last.hash
    assert _export(source, tmp_path / "before.csv") == _export(db, tmp_path / "after.csv")
    assert audit.verify(db, _sign_in(db, "guardian1")).ok


def test_the_copy_is_a_working_log(source: Database, db: Database) -> None:
    transfer.copy_log(source, db, _sign_in(source, "admin1"), "team server")
    guardian = _sign_in(db, "guardian1")
    everything = records.list_records(db, guardian)
    # Search works on the target's own index.
    some = everything[0]
    found = records.page_records(db, guardian, RecordFilter(search=some.reference))
    assert some.reference in [r.reference for r in found]
    # New rows get new keys and a new reference after the copied ones.
    practitioner = _sign_in(db, "practitioner1")
    draft = records.save_draft(db, practitioner, factories.complete_record())
    assert draft.id is not None and draft.id > max(r.id or 0 for r in everything)
    assert draft.reference not in {r.reference for r in everything}
    assert audit.verify(db, guardian).ok


def test_a_moved_log_is_no_longer_opened_until_an_administrator_reopens_it(
    source: Database, db: Database
) -> None:
    admin = _sign_in(source, "admin1")
    transfer.copy_log(source, db, admin, "infoshare on team-server")
    path = source.path
    assert path is not None
    # Not marked yet (the copy alone leaves the original in use): it still opens.
    open_database(path).close()
    with pytest.raises(PermissionDeniedError):
        transfer.retire(source, _sign_in(source, "guardian1"), "infoshare on team-server")
    open_database(path).close()
    transfer.retire(source, admin, "infoshare on team-server",
                    now=datetime(2026, 6, 30, 23, 30, tzinfo=UTC))
    last = audit.find_events(source, admin, limit=1)[0]
    assert last.action is AuditAction.DATABASE_MOVED
    assert last.details == {"to": "infoshare on team-server"}
    with pytest.raises(DatabaseMovedError) as refused:
        open_database(path)
    # Where it went and when (the UK date: 30 June 23:30 UTC is 1 July in London).
    message = str(refused.value)
    assert "moved to infoshare on team-server on 01/07/2026" in message
    assert "infoshare reopen" in message
    # The copy on the server is not marked: it is the one in use.
    assert refuse_moved(db) is db
    # The records themselves are untouched, and the trail still verifies.
    assert audit.verify(source, _sign_in(source, "guardian1")).ok
    with pytest.raises(PermissionDeniedError):
        transfer.reopen(source, _sign_in(source, "guardian1"))
    was = transfer.reopen(source, admin)
    assert was is not None and was.to == "infoshare on team-server"
    assert audit.find_events(source, admin, limit=1)[0].action is AuditAction.DATABASE_REOPENED
    open_database(path).close()
    assert transfer.reopen(source, admin) is None


def test_a_database_in_use_is_refused_and_left_alone(source: Database, db: Database) -> None:
    admin = _sign_in(source, "admin1")
    accounts.set_up_organisation(db, "Another council", "OFFICIAL-SENSITIVE",
                                 User(None, "someone", "Some One", "Admin",
                                      frozenset({Role.ADMINISTRATOR})), "a-long-password-1")
    with db.session() as session:
        before = transfer_store.table_counts(session)
    events_before = audit.find_events(source, admin)
    with pytest.raises(transfer.TargetNotEmptyError, match="already holds"):
        transfer.copy_log(source, db, admin, "team server")
    with db.session() as session:
        assert transfer_store.table_counts(session) == before
    assert len(audit.find_events(source, admin)) == len(events_before)


def test_only_an_administrator_may_move_the_log(source: Database, db: Database) -> None:
    with pytest.raises(PermissionDeniedError):
        transfer.copy_log(source, db, _sign_in(source, "guardian1"), "team server")
    with db.session() as session:
        assert not transfer_store.holds_data(session)


def test_a_copy_that_fails_half_way_leaves_the_target_empty(
    source: Database, db: Database
) -> None:
    def fail_after_the_users(table: str, rows: int) -> None:
        if table == "decision_records":
            raise OSError("network went")

    with pytest.raises(OSError):
        transfer.copy_log(source, db, _sign_in(source, "admin1"), "team server",
                          progress=fail_after_the_users)
    with db.session() as session:
        counts = transfer_store.table_counts(session)
    assert not any(n for name, n in counts.items() if name != "audit_head")


def test_ten_thousand_decisions_move_to_postgresql_unchanged(
    postgres_server, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    """The issue's own check: a 10,000-decision log, exported before and after the move."""
    sqlite_log = Database.open(tmp_path / "big.db")
    name = postgres_server.new_database()
    server_log = Database.open_url(postgres_server.url(name))
    try:
        assert demo.create_demo_data(sqlite_log, 10_000, seed=11, now=NOW) == 10_000
        moved = transfer.copy_log(sqlite_log, server_log, _sign_in(sqlite_log, "admin1"),
                                  "team server")
        assert moved.decisions == 10_000 and moved.chain.ok
        before = _export(sqlite_log, tmp_path / "before.csv")
        assert before.count(b"\n") > 10_000
        assert before == _export(server_log, tmp_path / "after.csv")
    finally:
        sqlite_log.close()
        server_log.close()
        postgres_server.drop(name)
