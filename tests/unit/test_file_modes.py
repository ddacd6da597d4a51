"""Every file the app creates is readable by its user only (mode 0600 on POSIX).

A typical session runs with a permissive umask (0000), so a file that is private is
private because the app made it so, not because of the test machine's settings.
Then every file under the data folder is checked, so a new kind of file (a backup, a
key file, a log) is covered as soon as the session makes one.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from infoshare_desktop.domain.vocab import RecordStatus
from infoshare_desktop.services import audit_export, backup, export, records, reporting
from infoshare_desktop.storage.database import Database, backup_before_migration
from tests.factories import complete_record
from tests.services.org import build

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


@pytest.fixture
def open_umask() -> Iterator[None]:
    """Let the process create files readable by anyone, unless the app says otherwise."""
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def test_every_file_of_a_typical_session_is_private(tmp_path: Path, open_umask: None) -> None:
    data = tmp_path / "data"
    db = Database.open(data / "infoshare.db")
    try:
        org = build(db)
        saved = records.save_draft(db, org.author, complete_record(
            recipient_organisation_id=org.organisation_id))
        org.record(RecordStatus.SUBMITTED)
        assert saved.reference
        export.export_csv(db, org.author, data / "records.csv")
        audit_export.export_events_csv([], data / "audit.csv")
        audit_export.export_events_pdf(
            [], data / "audit.pdf", organisation="Testshire", marking="OFFICIAL-SENSITIVE",
            generated_by="Ada Admin", generated_at=datetime.now(UTC), filters_text="")
        reporting.write_record_report(db, org.author, saved.reference, data / "record.pdf")
        backup.make_backup(db, org.admin)
        backup_before_migration(db.path, "0001")
        open_files = _files(data)
        assert {"infoshare.db", "infoshare.db-wal", "infoshare.db-shm", "records.csv",
                "audit.csv", "audit.pdf", "record.pdf"} <= {p.name for p in open_files}
        assert [p.name for p in open_files if _mode(p) != 0o600] == []
    finally:
        db.close()
    files = _files(data)
    # The database, four exports, a backup and the copy made before an upgrade (the
    # -wal and -shm files go when the database is closed; they were checked open).
    assert len(files) >= 7, [p.name for p in files]
    assert {str(p.relative_to(data)): oct(_mode(p)) for p in files if _mode(p) != 0o600} == {}


def test_wal_and_shm_files_follow_the_database_when_reopened(
    tmp_path: Path, open_umask: None
) -> None:
    """SQLite makes -wal and -shm with the main file's mode; check it still does."""
    path = tmp_path / "infoshare.db"
    Database.open(path).close()
    for leftover in (tmp_path / "infoshare.db-wal", tmp_path / "infoshare.db-shm"):
        leftover.unlink(missing_ok=True)
    db = Database.open(path)
    try:
        with db.session() as session:
            session.connection().exec_driver_sql("CREATE TABLE IF NOT EXISTS t (x)")
        assert (tmp_path / "infoshare.db-wal").exists()
        for name in ("infoshare.db", "infoshare.db-wal", "infoshare.db-shm"):
            assert _mode(tmp_path / name) == 0o600, name
    finally:
        db.close()


@pytest.mark.parametrize("kind", ["records csv", "audit csv"])
def test_an_export_is_private_even_over_a_public_file_or_a_leftover_part(
    tmp_path: Path, db: Database, open_umask: None, kind: str
) -> None:
    org = build(db)
    target = tmp_path / "out.csv"
    target.write_text("old")
    target.chmod(0o644)
    leftover = tmp_path / "out.csv.part"  # from an export that was killed
    leftover.write_text("half")
    leftover.chmod(0o666)
    if kind == "records csv":
        export.export_csv(db, org.author, target)
    else:
        audit_export.export_events_csv([], target)
    assert _mode(target) == 0o600
    assert not leftover.exists()


def test_a_report_is_private_over_a_leftover_part(
    tmp_path: Path, db: Database, open_umask: None
) -> None:
    org = build(db)
    saved = org.record(RecordStatus.DRAFT)
    target = tmp_path / "record.pdf"
    (tmp_path / "record.pdf.part").write_bytes(b"half")
    (tmp_path / "record.pdf.part").chmod(0o666)
    reporting.write_record_report(db, org.author, saved.reference, target)
    assert _mode(target) == 0o600
