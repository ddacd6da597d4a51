"""Backups and restore: a good backup comes back exactly; a damaged or foreign one is refused."""

from __future__ import annotations

import stat
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from infoshare_desktop.domain.audit import AuditAction
from infoshare_desktop.domain.display import london
from infoshare_desktop.domain.vocab import RecordStatus
from infoshare_desktop.services import audit, backup, settings
from infoshare_desktop.services.errors import PermissionDeniedError
from infoshare_desktop.storage.database import Database
from tests.backup_files import corrupt, newer_schema, other_application, snapshot
from tests.services.org import Org, build

#: Backups are of database files (a server's are pg_dump's: tests/services/test_server_database.py).
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def org(db: Database) -> Org:
    organisation = build(db)
    organisation.record(RecordStatus.DRAFT)
    organisation.record(RecordStatus.COMPLETED)
    return organisation


class Clock:
    """Moves the backups' clock (UK time) on by a minute at each call."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    ticking = Clock(datetime(2026, 11, 25, 8, 0, tzinfo=london()))
    monkeypatch.setattr(backup, "_now_uk", ticking)
    return ticking


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_good_backup_restores_every_record_and_audit_event(org: Org) -> None:
    db = org.db
    made = backup.make_backup(db, org.admin)
    kept = snapshot(made)
    org.record(RecordStatus.SUBMITTED)  # after the backup: the restore takes it away

    before = backup.restore_database(db, org.admin, made)

    restored = snapshot(db.path)
    for table in kept:
        if table not in ("audit_events", "audit_head"):
            assert restored[table] == kept[table], table
    assert len(restored["decision_records"]) == 2
    # The trail is the backup's, plus the restore itself at its end.
    events = sorted(restored["audit_events"])
    assert sorted(events[:-1]) == sorted(kept["audit_events"])
    reopened = Database.open(db.path)
    try:
        report = audit.verify(reopened, org.admin)
        assert report.ok, report.text
        newest = audit.find_events(reopened, org.admin, limit=1)[0]
        assert newest.action is AuditAction.RESTORE and newest.username == "admin"
    finally:
        reopened.close()
    # The database as it was before the restore is kept, with all three records.
    assert "before-restore" in before.name
    assert len(snapshot(before)["decision_records"]) == 3


def test_a_backup_made_by_an_administrator_is_audited_and_private(org: Org) -> None:
    made = backup.make_backup(org.db, org.admin)
    assert made.parent == backup.backups_folder(org.db.path)
    assert _mode(made) == 0o600
    assert _mode(made.parent) == 0o700
    events = audit.find_events(org.db, org.admin, actions=[AuditAction.BACKUP])
    assert [e.username for e in events] == ["admin"]
    assert made.name not in str(events[0].details)
    assert backup.check_backup(made, None).ok


def test_only_administrators_back_up(org: Org) -> None:
    with pytest.raises(PermissionDeniedError):
        backup.make_backup(org.db, org.author)
    assert backup.list_backups(org.db) == []


def test_a_damaged_backup_is_refused_and_nothing_changes(org: Org, tmp_path: Path) -> None:
    made = backup.make_backup(org.db, org.admin, tmp_path / "copy.db")
    corrupt(made)
    before = snapshot(org.db.path)

    check = backup.check_backup(made, None)
    assert not check.ok and "damaged" in check.problem
    with pytest.raises(backup.BackupRefusedError, match="damaged"):
        backup.restore_database(org.db, org.admin, made)

    assert snapshot(org.db.path) == before
    assert backup.list_backups(org.db) == []  # no before-restore copy: nothing was started


def test_another_applications_database_is_refused(org: Org, tmp_path: Path) -> None:
    other = other_application(tmp_path / "other.db")
    with pytest.raises(backup.BackupRefusedError, match="another application"):
        backup.restore_database(org.db, org.admin, other)
    not_a_database = tmp_path / "notes.db"
    not_a_database.write_bytes(b"Dear diary" * 100)
    with pytest.raises(backup.BackupRefusedError, match="not a database"):
        backup.restore_database(org.db, org.admin, not_a_database)


def test_a_newer_schema_is_refused(org: Org, tmp_path: Path) -> None:
    made = backup.make_backup(org.db, org.admin, tmp_path / "copy.db")
    newer = newer_schema(made, tmp_path / "newer.db")
    check = backup.check_backup(newer, None)
    assert not check.ok and "9999_from_the_future" in check.problem
    with pytest.raises(backup.BackupRefusedError, match="newer version"):
        backup.restore_database(org.db, org.admin, newer)
    assert len(snapshot(org.db.path)["decision_records"]) == 2


def test_backups_are_pruned_to_the_number_kept(org: Org, clock: Clock) -> None:
    settings.update_settings(
        org.db, org.admin, replace(settings.get_settings(org.db), backups_kept=3))
    made = [backup.make_backup(org.db, org.admin) for _ in range(5)]
    kept = backup.list_backups(org.db)
    assert [b.path for b in kept] == list(reversed(made[-3:]))
    assert not made[0].exists()


def test_the_daily_backup_is_made_once_a_day(org: Org, clock: Clock) -> None:
    first = backup.daily_backup(org.db)
    assert first is not None and _mode(first) == 0o600
    assert backup.daily_backup(org.db) is None
    clock.now += timedelta(days=1)
    second = backup.daily_backup(org.db)
    assert second is not None and second != first
    assert len(backup.list_backups(org.db)) == 2


def test_before_restore_copies_do_not_push_out_the_daily_backups(
    org: Org, clock: Clock
) -> None:
    settings.update_settings(
        org.db, org.admin, replace(settings.get_settings(org.db), backups_kept=1))
    daily = backup.daily_backup(org.db)
    assert daily is not None
    backup.restore_database(org.db, org.admin, daily)
    kinds = [b.kind for b in backup.list_backups(org.db.path)]
    assert sorted(k.value for k in kinds) == ["", "before-restore"]


def test_the_start_up_check_finds_a_damaged_database(org: Org, db_path: Path) -> None:
    assert backup.check_database(org.db).ok
    assert backup.check_database(org.db).decisions == 2
    org.db.close()
    corrupt(db_path)
    reopened = Database.open(db_path)
    try:
        check = backup.check_database(reopened)
        assert not check.ok and "damaged" in check.problem
    finally:
        reopened.close()


def test_an_encrypted_database_is_backed_up_encrypted_with_its_keyring(
    tmp_path: Path, clock: Clock,
) -> None:
    import sqlite3

    from infoshare_desktop.services import encryption
    from infoshare_desktop.storage import keyring

    path = tmp_path / "secret.db"
    db, _recovery = encryption.create_encrypted(path)
    try:
        made = backup.make_backup(db, None)
        assert keyring.keyring_path(made).is_file()
        assert _mode(keyring.keyring_path(made)) == 0o600
        assert not made.read_bytes().startswith(b"SQLite format 3")
        with pytest.raises(sqlite3.DatabaseError):
            sqlite3.connect(made).execute("SELECT count(*) FROM sqlite_master").fetchone()
        assert backup.check_backup(made, db.key).ok
        assert not backup.check_backup(made, None).ok
        assert not backup.check_backup(made, bytes(32)).ok  # another database's key
        key = db.key
        db.close()
        backup.restore(path, made, key)
        reopened = Database.open(path, key)
        assert backup.check_database(reopened).ok
        reopened.close()
    finally:
        db.close()


def test_upgrade_copies_are_kept_apart_from_the_daily_backups(
    org: Org, clock: Clock,
) -> None:
    from infoshare_desktop.storage.backup import before_upgrade_path, copy_database

    settings.update_settings(
        org.db, org.admin, replace(settings.get_settings(org.db), backups_kept=1))
    upgrade = before_upgrade_path(org.db.path, "0006")
    copy_database(org.db.path, upgrade, None)
    for _ in range(3):
        backup.make_backup(org.db, org.admin)
    listed = backup.list_backups(org.db)
    assert [b.kind for b in listed].count(backup.BackupKind.REGULAR) == 1
    assert [b.path for b in listed if b.kind is backup.BackupKind.BEFORE_UPGRADE] == [upgrade]
