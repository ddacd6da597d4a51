"""The command line on a team server: every command that takes --db takes --database-url
(or INFOSHARE_DATABASE_URL), file-only commands say why not, and a log moves to the
server with ``infoshare migrate``."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from infoshare_desktop import cli, config
from infoshare_desktop.demo import DEMO_PASSWORD
from tests.memory_keyring import MemoryKeyring

SERVER_PASSWORD = "server-secret-2"


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(cli.USER_ENV, raising=False)
    monkeypatch.delenv(config.DB_URL_ENV_VAR, raising=False)
    monkeypatch.setenv(cli.PASSWORD_ENV, DEMO_PASSWORD)
    monkeypatch.setattr(cli.sys, "stdin", io.StringIO(""))


@pytest.fixture
def server_db(postgres_server):  # type: ignore[no-untyped-def]
    """An empty, migrated database on the test server; its address."""
    name = postgres_server.new_database()
    try:
        yield postgres_server.url(name)
    finally:
        postgres_server.drop(name)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert len(err.splitlines()) <= 1, err
    return code, out, err


def test_the_everyday_commands_work_on_the_server(
    server_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, out, _ = _run(capsys, "demo", "--database-url", server_db, "--records", "12")
    assert code == 0 and "Added 12 fictional records" in out
    assert "***" not in out or "@" in out  # where it went, with no password to hide
    code, out, _ = _run(capsys, "audit", "verify", "--database-url", server_db,
                        "--user", "guardian1")
    assert code == 0 and out.startswith("OK:")
    # The address from the environment, as IT's scripts would set it.
    monkeypatch.setenv(config.DB_URL_ENV_VAR, server_db)
    code, out, _ = _run(capsys, "export", "csv", "-o", str(tmp_path / "all.csv"),
                        "--user", "guardian1")
    assert code == 0 and "Wrote 12 records" in out
    code, out, _ = _run(capsys, "report", "guardian", "-o", str(tmp_path / "g.pdf"),
                        "--user", "guardian1", "--from", "2020-01-01", "--to", "2030-12-31")
    assert code == 0, out
    assert len(PdfReader(tmp_path / "g.pdf").pages) >= 1
    code, out, _ = _run(capsys, "user", "list", "--user", "admin1")
    assert code == 0 and "practitioner1" in out


@pytest.mark.parametrize("command", [
    ("encrypt",), ("check",), ("restore", "backup.db", "--yes"),
])
def test_file_only_commands_say_why_not(server_db: str, command: tuple[str, ...],
                                         capsys: pytest.CaptureFixture[str],
                                         tmp_path: Path) -> None:
    if command[0] == "restore":
        (tmp_path / "backup.db").write_bytes(b"")
        command = ("restore", "--from", str(tmp_path / "backup.db"), "--yes")
    code, _, err = _run(capsys, *command, "--database-url", server_db, "--user", "admin1")
    assert code == cli.EXIT_UNUSABLE
    assert "works on database files only" in err and "IT department" in err


def test_a_log_moves_to_the_server_and_is_checked(
    server_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    local = tmp_path / "pc.db"
    assert _run(capsys, "demo", "--db", str(local), "--records", "15", "--plain")[0] == 0
    before = tmp_path / "before.csv"
    after = tmp_path / "after.csv"
    assert _run(capsys, "export", "csv", "--db", str(local), "-o", str(before),
                "--user", "guardian1")[0] == 0
    # Only an administrator moves a log.
    code, _, err = _run(capsys, "migrate", "--from", str(local), "--to", server_db,
                        "--user", "guardian1")
    assert code == cli.EXIT_REFUSED
    code, out, _ = _run(capsys, "migrate", "--from", str(local), "--to", server_db,
                        "--user", "admin1")
    assert code == 0, out
    assert "Moved 15 decisions" in out and "the audit trail checks: OK" in out
    assert "marked as moved" in out
    assert _run(capsys, "export", "csv", "--database-url", server_db, "-o", str(after),
                "--user", "guardian1")[0] == 0
    assert before.read_bytes() == after.read_bytes()
    # The old file is no longer used: every command says where the log went.
    code, _, err = _run(capsys, "export", "csv", "--db", str(local), "-o", str(before),
                        "--user", "guardian1")
    assert code == cli.EXIT_UNUSABLE and "no longer used" in err and "reopen" in err
    code, _, err = _run(capsys, "migrate", "--from", str(local), "--to", server_db,
                        "--user", "admin1")
    assert code == cli.EXIT_UNUSABLE and "moved to" in err
    # An administrator can use it again; then the server, holding a log, refuses a copy.
    code, _, err = _run(capsys, "reopen", "--db", str(local), "--user", "guardian1")
    assert code == cli.EXIT_REFUSED and "administrator" in err
    code, out, _ = _run(capsys, "reopen", "--db", str(local), "--user", "admin1")
    assert code == 0 and "will open pc.db again" in out
    code, _, err = _run(capsys, "migrate", "--from", str(local), "--to", server_db,
                        "--user", "admin1")
    assert code == cli.EXIT_REFUSED and "already holds" in err


def test_the_server_password_is_checked_then_remembered(
    postgres_server, capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring,
) -> None:
    name = postgres_server.new_database()
    try:
        address = postgres_server.add_password_user(f"desk_{name}", SERVER_PASSWORD, name)
        # No password anywhere and no terminal to ask at: say how to give one.
        code, _, err = _run(capsys, "user", "list", "--database-url", address,
                            "--user", "admin1")
        assert code == cli.EXIT_REFUSED and "infoshare server-password" in err
        monkeypatch.setenv(cli.NEW_PASSWORD_ENV, "wrong-one")
        code, _, err = _run(capsys, "server-password", "--database-url", address)
        assert code == cli.EXIT_REFUSED and "wrong-one" not in err
        assert not memory_keyring.saved
        monkeypatch.setenv(cli.NEW_PASSWORD_ENV, SERVER_PASSWORD)
        code, out, _ = _run(capsys, "server-password", "--database-url", address)
        assert code == 0 and "remembered" in out and SERVER_PASSWORD not in out
        assert list(memory_keyring.saved.values()) == [SERVER_PASSWORD]
        # Now it connects: the server's database is empty, so set it up through it.
        code, out, _ = _run(capsys, "demo", "--database-url", address, "--records", "2")
        assert code == 0, out
        code, out, _ = _run(capsys, "server-password", "--database-url", address, "--forget")
        assert code == 0 and "Forgot" in out and not memory_keyring.saved
    finally:
        postgres_server.drop(name)


def test_an_administrator_backs_the_server_up_with_pg_dump(
    postgres_server, tmp_path: Path, capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import stat
    import subprocess

    name = postgres_server.new_database()
    try:
        address = postgres_server.add_password_user(f"bk_{name}", SERVER_PASSWORD, name)
        with_password = address.replace("@", f":{SERVER_PASSWORD}@")
        assert _run(capsys, "demo", "--database-url", with_password, "--records", "3")[0] == 0
        target = tmp_path / "server.dump"
        code, out, _ = _run(capsys, "backup", "--database-url", with_password,
                            "-o", str(target), "--user", "admin1")
        assert code == 0 and "Backed up" in out
        assert target.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        listed = subprocess.run(["pg_restore", "--list", str(target)], capture_output=True,
                                text=True, check=True).stdout
        assert "TABLE DATA public decision_records" in listed
        assert "TABLE DATA public audit_events" in listed
        assert [p.name for p in tmp_path.iterdir()] == ["server.dump"]  # nothing left over
    finally:
        postgres_server.drop(name)
