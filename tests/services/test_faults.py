"""Environment faults: disk full, a read-only folder, a drive that goes away, a file
locked by another program. Each gets a message saying what to do, and nothing is
half-written: a record and its people, tests and lists are saved whole or not at all.

Read-only folders: permissions do not stop root (these tests may run as root), so
as root the folder and file are made immutable with ``chattr +i`` instead, which
does stop root. A read-only file under a connection that is already open cannot be
made (the shared-memory file is mapped; making it immutable kills the process), so
that case is simulated with SQLite's own error.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from infoshare_desktop.domain.record import PersonInvolved
from infoshare_desktop.domain.vocab import PersonRole
from infoshare_desktop.services import export, records, reporting
from infoshare_desktop.services.database import DatabaseUnavailableError
from infoshare_desktop.services.errors import ServiceError
from infoshare_desktop.storage import sqlite
from infoshare_desktop.storage.database import Database
from tests import factories
from tests.services.org import Org, build

DISK_FULL = "The disk is full. Free some space (or ask IT to), then try again."
READ_ONLY = ("The database file or its folder is read-only. Ask IT to give you permission "
             "to change files in that folder, then try again.")
UNREACHABLE = ("The database file cannot be reached: the drive holding it may have "
               "disconnected, or its folder may be read-only.")
LOCKED = ("Another program, or another copy of InfoShare, is busy with the database. "
          "Wait a minute and try again")

#: Every table a save writes to, and what identifies each row.
TABLES = ("decision_records", "record_people", "record_sharing_tests", "record_advice",
          "record_data_categories", "record_consent_reasons", "reference_counters",
          "record_versions", "audit_events", "audit_head", "record_search")


def snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row a record save touches, read without writing."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall(),
                              key=repr)
                for table in TABLES}
    finally:
        connection.close()


def _content(org: Org, name: str, **changes: Any) -> records.DecisionRecord:
    return replace(factories.complete_record(recipient_organisation_id=org.organisation_id),
                   case_reference=name,
                   people=[PersonInvolved(PersonRole.CHILD, f"Child {name}", None)], **changes)


@pytest.fixture
def org(db: Database) -> Org:
    return build(db)


@pytest.fixture
def existing(org: Org) -> records.DecisionRecord:
    return records.save_draft(org.db, org.author, _content(org, "EXISTING"))


def _fail_writing_commits(monkeypatch: pytest.MonkeyPatch, db: Database, message: str) -> None:
    """The driver's COMMIT fails as SQLite's does (only where something was written)."""
    dialect = db.engine.dialect
    real = dialect.do_commit

    def commit(dbapi_connection: Any) -> None:
        if dbapi_connection.in_transaction:
            raise sqlite3.OperationalError(message)
        real(dbapi_connection)

    monkeypatch.setattr(dialect, "do_commit", commit)


def _edit(record: records.DecisionRecord) -> records.DecisionRecord:
    """An edit touching the record's own columns and every kind of child row."""
    return replace(record, purpose="Edited purpose", people=[], advice=[],
                   data_categories=[], consent_override_reasons=[],
                   tests=[replace(t, note="edited") for t in record.tests])


# --- disk full --------------------------------------------------------------------------


@pytest.mark.sqlite_only  # SQLite's own disk-full error
@pytest.mark.parametrize("new", [True, False], ids=["new record", "edit"])
def test_disk_full_at_commit_keeps_nothing_and_says_what_to_do(
    org: Org, existing: records.DecisionRecord, db_path: Path,
    monkeypatch: pytest.MonkeyPatch, new: bool,
) -> None:
    before = snapshot(db_path)
    _fail_writing_commits(monkeypatch, org.db, "database or disk is full")
    attempt = _content(org, "NEW") if new else _edit(existing)
    with pytest.raises(DatabaseUnavailableError) as failed:
        records.save_draft(org.db, org.author, attempt)
    assert str(failed.value) == (
        f"{DISK_FULL} Nothing was changed in the database {db_path.name}.")
    assert snapshot(db_path) == before
    monkeypatch.undo()
    # Space freed: the same save goes through, whole.
    saved = records.save_draft(org.db, org.author, attempt)
    assert records.get_record(org.db, org.author, saved.id).purpose == attempt.purpose  # type: ignore[arg-type]


@pytest.mark.sqlite_only  # SQLite's own disk-full error
def test_real_sqlite_full_error_leaves_no_part_of_the_record(
    org: Org, existing: records.DecisionRecord, db_path: Path,
) -> None:
    """SQLite's own "database or disk is full", made by capping the file's size."""
    db = org.db
    before = snapshot(db_path)
    db.engine.dispose()

    def no_room_to_grow(dbapi_connection: Any, _record: Any) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(db.engine, "connect", no_room_to_grow)
    big = _content(org, "BIG", purpose="Long purpose. " * 1_400,
                   necessity="Long necessity. " * 1_200)
    with pytest.raises(DatabaseUnavailableError) as failed:
        records.save_draft(db, org.author, big)
    with pytest.raises(DatabaseUnavailableError):
        records.save_draft(db, org.author, replace(_edit(existing), purpose=big.purpose))
    assert str(failed.value).startswith(DISK_FULL)
    assert snapshot(db_path) == before

    event.remove(db.engine, "connect", no_room_to_grow)
    db.engine.dispose()
    saved = records.save_draft(db, org.author, big)
    assert records.get_record(db, org.author, saved.id) == saved  # type: ignore[arg-type]


def _no_space(*_args: Any) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_csv_export_on_a_full_disk_leaves_the_old_file_and_no_part(
    org: Org, existing: records.DecisionRecord, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "out" / "decisions.csv"
    target.parent.mkdir()
    target.write_text("last week's export\n", encoding="utf-8")
    monkeypatch.setattr(os, "fsync", _no_space)
    with pytest.raises(OSError) as failed:
        export.export_csv(org.db, org.author, target)
    assert failed.value.errno == errno.ENOSPC
    assert target.read_text(encoding="utf-8") == "last week's export\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["decisions.csv"]


def test_pdf_report_on_a_full_disk_leaves_the_old_file_and_no_part(
    org: Org, existing: records.DecisionRecord, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "out" / "record.pdf"
    target.parent.mkdir()
    target.write_bytes(b"%PDF old")
    monkeypatch.setattr(os, "fsync", _no_space)
    with pytest.raises(ServiceError) as failed:
        reporting.write_record_report(org.db, org.author, existing.reference, target)
    assert str(failed.value) == f"Cannot write {target}: No space left on device."
    assert target.read_bytes() == b"%PDF old"
    assert sorted(p.name for p in target.parent.iterdir()) == ["record.pdf"]
    monkeypatch.undo()
    assert reporting.write_record_report(org.db, org.author, existing.reference, target) >= 1


# --- read-only folder ---------------------------------------------------------------------


@contextlib.contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    """Make ``paths`` read-only even for root (immutable), and writable again after."""
    if os.geteuid() != 0:
        modes = {p: p.stat().st_mode for p in paths}
        for p in paths:
            p.chmod(0o500 if p.is_dir() else 0o400)
        try:
            yield
        finally:
            for p, mode in modes.items():
                p.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", *map(str, paths)],
                                        capture_output=True).returncode != 0:
        pytest.skip("running as root without chattr +i: cannot make a folder read-only")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", *map(str, paths)], check=True)


def test_new_database_in_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    with read_only(folder), pytest.raises(DatabaseUnavailableError) as failed:
        Database.open(folder / "infoshare.db")
    assert str(failed.value).startswith(f"Cannot create the database {folder / 'infoshare.db'}")
    assert str(failed.value).endswith(
        "Choose a folder you can save files in, or ask IT for permission to change files "
        "in that folder.")
    assert list(folder.iterdir()) == []


def test_existing_database_in_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    path = folder / "infoshare.db"
    db = Database.open(path)
    org = build(db)
    saved = records.save_draft(db, org.author, _content(org, "KEPT"))
    db.close()
    before = path.read_bytes()
    with read_only(folder, path), pytest.raises(DatabaseUnavailableError) as failed:
        Database.open(path)
    # Read-only is said plainly, and not taken for damage.
    assert str(failed.value).startswith(f"{path} is on a read-only drive or in a read")
    assert "not mean it is damaged" in str(failed.value)
    assert "ask IT for permission to change files in that folder" in str(failed.value)
    assert path.read_bytes() == before
    db = Database.open(path)
    try:
        assert records.get_record(db, org.author, saved.id) == saved  # type: ignore[arg-type]
    finally:
        db.close()


@pytest.mark.sqlite_only  # a file turning read-only
def test_database_turning_read_only_while_open(
    org: Org, existing: records.DecisionRecord, db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = snapshot(db_path)
    _fail_writing_commits(monkeypatch, org.db, "attempt to write a readonly database")
    with pytest.raises(DatabaseUnavailableError) as failed:
        records.save_draft(org.db, org.author, _edit(existing))
    assert str(failed.value).startswith(READ_ONLY)
    assert snapshot(db_path) == before


# --- a drive that goes away -----------------------------------------------------------------


def test_network_drive_going_away_mid_session_refuses_the_save(tmp_path: Path) -> None:
    """SQLite would write on into a file whose folder has gone, losing the save
    silently; the app refuses instead, and works again once the drive is back."""
    share = tmp_path / "share"
    share.mkdir()
    db = Database.open(share / "infoshare.db")
    try:
        org = build(db)
        draft = records.save_draft(db, org.author, _content(org, "BEFORE"))
        share.rename(tmp_path / "disconnected")
        with pytest.raises(DatabaseUnavailableError) as failed:
            records.save_draft(db, org.author, replace(draft, purpose="While gone"))
        assert str(failed.value).startswith(UNREACHABLE)
        assert "Reconnect the drive" in str(failed.value)
        (tmp_path / "disconnected").rename(share)
        back = records.save_draft(db, org.author, replace(draft, purpose="Back again"))
        assert records.get_record(db, org.author, draft.id).purpose == "Back again"  # type: ignore[arg-type]
        assert back.version == draft.version + 1
    finally:
        db.close()


def test_database_deleted_mid_session_is_not_written_to(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    db = Database.open(share / "infoshare.db")
    try:
        org = build(db)
        draft = records.save_draft(db, org.author, _content(org, "BEFORE"))
        shutil.rmtree(share)
        with pytest.raises(DatabaseUnavailableError) as failed:
            records.save_draft(db, org.author, replace(draft, purpose="Into the void"))
        assert str(failed.value).startswith(UNREACHABLE)
    finally:
        db.close()


def test_database_path_under_a_missing_drive(tmp_path: Path) -> None:
    """A --db path whose folder cannot exist (here a file stands where the folder
    should be, as an unmapped drive letter does on Windows)."""
    (tmp_path / "Z").write_text("not a folder")
    with pytest.raises(DatabaseUnavailableError) as failed:
        Database.open(tmp_path / "Z" / "infoshare" / "infoshare.db")
    assert "Choose a folder you can save files in" in str(failed.value)


# --- locked by another program -------------------------------------------------------------


def test_file_locked_by_another_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "infoshare.db"
    db = Database.open(path)
    org = build(db)
    draft = records.save_draft(db, org.author, _content(org, "LOCKED"))
    db.close()
    monkeypatch.setattr(sqlite, "BUSY_TIMEOUT_MS", 200)
    db = Database.open(path)
    other_program = sqlite3.connect(path, isolation_level=None)
    try:
        before = snapshot(path)
        other_program.execute("BEGIN EXCLUSIVE")
        for attempt in (_content(org, "NEW"), _edit(draft)):
            with pytest.raises(DatabaseUnavailableError) as failed:
                records.save_draft(db, org.author, attempt)
            assert str(failed.value).startswith(LOCKED)
            assert "close the other program" in str(failed.value)
        other_program.execute("ROLLBACK")
        assert snapshot(path) == before
        # The other program lets go: the same save goes through.
        edited = records.save_draft(db, org.author, _edit(draft))
        assert records.get_record(db, org.author, draft.id) == edited  # type: ignore[arg-type]
    finally:
        other_program.close()
        db.close()
