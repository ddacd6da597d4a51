"""``infoshare backup``, ``restore`` and ``check``: exit codes, one-line messages, nothing lost."""

from __future__ import annotations

import io
import stat
from pathlib import Path

import pytest

from infoshare_desktop import cli
from infoshare_desktop.domain.audit import AuditAction
from infoshare_desktop.domain.vocab import RecordStatus
from infoshare_desktop.services import audit
from infoshare_desktop.storage.database import Database
from tests.backup_files import corrupt, newer_schema, other_application, snapshot
from tests.services.org import PASSWORD, build


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(cli.USER_ENV, raising=False)
    monkeypatch.setenv(cli.PASSWORD_ENV, PASSWORD)
    monkeypatch.setattr(cli.sys, "stdin", io.StringIO(""))


@pytest.fixture
def database(db_path: Path) -> Path:
    """A closed database: an administrator, a practitioner and two records."""
    db = Database.open(db_path)
    try:
        org = build(db)
        org.record(RecordStatus.DRAFT)
        org.record(RecordStatus.COMPLETED)
    finally:
        db.close()
    return db_path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert len(err.splitlines()) <= 1, err
    return code, out, err


def _add_record(path: Path) -> None:
    db = Database.open(path)
    try:
        from infoshare_desktop.services import accounts
        from tests.services.org import Org

        admin = accounts.authenticate(db, "admin", PASSWORD)
        author = next(u for u in accounts.list_users(db, admin) if u.username == "author")
        Org(db, admin, None, None, author, 1).record(RecordStatus.SUBMITTED)  # type: ignore[arg-type]
    finally:
        db.close()


def test_backup_and_restore_round_trip(
    capsys: pytest.CaptureFixture[str], database: Path, tmp_path: Path
) -> None:
    target = tmp_path / "saved.db"
    code, out, err = _run(capsys, "backup", "--db", str(database), "-o", str(target),
                          "--user", "admin")
    assert code == 0, err
    assert str(target) in out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    kept = snapshot(target)
    _add_record(database)
    assert len(snapshot(database)["decision_records"]) == 3

    code, out, err = _run(capsys, "restore", "--db", str(database), "--from", str(target),
                          "--user", "admin", "--yes")
    assert code == 0, err
    restored = snapshot(database)
    assert restored["decision_records"] == kept["decision_records"]
    assert restored["record_people"] == kept["record_people"]
    assert "before-restore" in out

    code, out, _ = _run(capsys, "check", "--db", str(database))
    assert code == 0
    assert out.splitlines()[0] == "Database OK: 2 decisions, integrity check passed."
    assert out.splitlines()[1].startswith("Audit trail OK: ")


def test_only_an_administrator_backs_up(
    capsys: pytest.CaptureFixture[str], database: Path, tmp_path: Path
) -> None:
    code, _, err = _run(capsys, "backup", "--db", str(database), "-o",
                        str(tmp_path / "b.db"), "--user", "author")
    assert code == cli.EXIT_REFUSED
    assert "administrator" in err
    assert not (tmp_path / "b.db").exists()


def test_restore_asks_first_and_refuses_without_an_answer(
    capsys: pytest.CaptureFixture[str], database: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "saved.db"
    assert _run(capsys, "backup", "--db", str(database), "-o", str(target),
                "--user", "admin")[0] == 0
    _add_record(database)
    code, _, err = _run(capsys, "restore", "--db", str(database), "--from", str(target),
                        "--user", "admin")
    assert code == cli.EXIT_REFUSED and "--yes" in err

    monkeypatch.setattr(cli, "_can_prompt", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    code, _, err = _run(capsys, "restore", "--db", str(database), "--from", str(target),
                        "--user", "admin")
    assert code == cli.EXIT_REFUSED and "nothing changed" in err
    assert len(snapshot(database)["decision_records"]) == 3

    monkeypatch.setattr("builtins.input", lambda prompt: "yes")
    code, _, err = _run(capsys, "restore", "--db", str(database), "--from", str(target),
                        "--user", "admin")
    assert code == 0, err
    assert len(snapshot(database)["decision_records"]) == 2


def test_a_damaged_or_foreign_backup_is_refused(
    capsys: pytest.CaptureFixture[str], database: Path, tmp_path: Path
) -> None:
    target = tmp_path / "saved.db"
    assert _run(capsys, "backup", "--db", str(database), "-o", str(target),
                "--user", "admin")[0] == 0
    newer = newer_schema(target, tmp_path / "newer.db")
    other = other_application(tmp_path / "other.db")
    corrupt(target)
    before = snapshot(database)
    for source, words in ((target, "damaged"), (newer, "newer version"),
                          (other, "another application")):
        code, _, err = _run(capsys, "restore", "--db", str(database), "--from", str(source),
                            "--user", "admin", "--yes")
        assert code == cli.EXIT_FAILED, err
        assert words in err
    after = snapshot(database)  # (the trail grows by each sign-in)
    assert {t: rows for t, rows in after.items() if not t.startswith("audit")} == {
        t: rows for t, rows in before.items() if not t.startswith("audit")}
    assert not (database.parent / "backups").exists()


def test_check_exit_codes(capsys: pytest.CaptureFixture[str], database: Path,
                          tmp_path: Path) -> None:
    code, out, _ = _run(capsys, "check", "--db", str(database))
    assert code == 0 and "Database OK: 2 decisions" in out
    other = other_application(tmp_path / "other.db")
    code, out, _ = _run(capsys, "check", "--db", str(other))
    assert code == cli.EXIT_UNUSABLE and "another application" in out
    code, _, err = _run(capsys, "check", "--db", str(tmp_path / "missing.db"))
    assert code == cli.EXIT_UNUSABLE and "There is no database" in err
    corrupt(database)
    code, out, _ = _run(capsys, "check", "--db", str(database))
    assert code == cli.EXIT_FAILED
    assert out.startswith("Database NOT OK:") and "damaged" in out


def test_a_database_that_cannot_be_opened_is_restored_with_yes(
    capsys: pytest.CaptureFixture[str], database: Path, tmp_path: Path
) -> None:
    target = tmp_path / "saved.db"
    assert _run(capsys, "backup", "--db", str(database), "-o", str(target),
                "--user", "admin")[0] == 0
    with database.open("r+b") as handle:  # the header and schema page are gone
        handle.write(b"\x00" * 8192)

    code, _, err = _run(capsys, "restore", "--db", str(database), "--from", str(target),
                        "--user", "admin")
    assert code == cli.EXIT_REFUSED
    assert "cannot be opened" in err and "--yes" in err

    code, _, err = _run(capsys, "restore", "--db", str(database), "--from", str(target),
                        "--yes")
    assert code == 0, err
    kept = next(database.parent.joinpath("backups").glob("*before-restore*"))
    assert kept.read_bytes()[:8192] == b"\x00" * 8192  # the damaged file, kept as it was
    db = Database.open(database)
    try:
        from infoshare_desktop.services import accounts

        admin = accounts.authenticate(db, "admin", PASSWORD)
        event = audit.find_events(db, admin, actions=[AuditAction.RESTORE])[0]
        assert event.details["signed_in"] is False and event.username == ""
    finally:
        db.close()


def test_an_encrypted_database_is_checked_backed_up_and_restored(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from infoshare_desktop.domain.accounts import User
    from infoshare_desktop.services import accounts, encryption
    from infoshare_desktop.storage import keyring

    # Still argon2id for the keyring, at the smallest cost (as the encryption tests do).
    monkeypatch.setattr(keyring, "TIME_COST", 1)
    monkeypatch.setattr(keyring, "MEMORY_COST_KIB", 8)
    monkeypatch.setattr(keyring, "PARALLELISM", 1)

    path = tmp_path / "secret.db"
    db, _recovery = encryption.create_encrypted(path)
    try:
        accounts.set_up_organisation(db, "Testshire Council", "OFFICIAL-SENSITIVE",
                                     User(None, "admin", "Ada Admin"), PASSWORD)
    finally:
        db.close()
    code, out, err = _run(capsys, "check", "--db", str(path), "--user", "admin")
    assert code == 0, err
    assert "Database OK: 0 decisions" in out

    target = tmp_path / "saved.db"
    code, _, err = _run(capsys, "backup", "--db", str(path), "-o", str(target),
                        "--user", "admin")
    assert code == 0, err
    assert keyring.keyring_path(target).is_file()
    assert not target.read_bytes().startswith(b"SQLite format 3")

    code, _, err = _run(capsys, "restore", "--db", str(path), "--from", str(target),
                        "--user", "admin", "--yes")
    assert code == 0, err
    code, out, _ = _run(capsys, "check", "--db", str(path), "--user", "admin")
    assert code == 0 and "Database OK" in out
