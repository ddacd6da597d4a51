"""The command line on encrypted databases: ``encrypt``, ``demo --plain`` and unlocking."""

from __future__ import annotations

import getpass
import sqlite3
from pathlib import Path

import pytest

from infoshare_desktop import cli
from infoshare_desktop import demo as demo_service
from infoshare_desktop.services import accounts, encryption
from infoshare_desktop.storage import keyring
from infoshare_desktop.storage.database import Database
from tests.services.org import PASSWORD, build


@pytest.fixture(autouse=True)
def _quick_and_anonymous(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (cli.USER_ENV, cli.PASSWORD_ENV, cli.NEW_PASSWORD_ENV):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(keyring, "TIME_COST", 1)
    monkeypatch.setattr(keyring, "MEMORY_COST_KIB", 8)
    monkeypatch.setattr(keyring, "PARALLELISM", 1)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def plain_org(db: Database) -> Path:
    build(db)
    path = db.path
    db.close()
    return path


def test_encrypt_then_every_command_unlocks_with_the_users_password(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, plain_org: Path,
) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, PASSWORD)
    code, out, err = _run(capsys, "encrypt", "--db", str(plain_org), "--user", "admin")
    assert code == 0, err
    key = out.split("recovery key:")[1].split()[0]
    assert len(key) == 64 and key.count("-") == 12
    assert "delete it" in out and encryption.is_encrypted(plain_org)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(plain_org).execute("SELECT count(*) FROM sqlite_master").fetchone()

    code, out, err = _run(capsys, "user", "list", "--db", str(plain_org), "--user", "admin")
    assert code == 0, err
    assert "author" in out

    code, out, _ = _run(capsys, "encrypt", "--db", str(plain_org), "--user", "admin")
    assert code == 0 and "already encrypted" in out
    encryption.unlock_with_recovery_key(plain_org, key).close()


def test_a_wrong_password_and_an_unknown_user_read_the_same(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, plain_org: Path,
) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, PASSWORD)
    assert _run(capsys, "encrypt", "--db", str(plain_org), "--user", "admin")[0] == 0
    monkeypatch.setenv(cli.PASSWORD_ENV, "not the password")
    wrong = _run(capsys, "user", "list", "--db", str(plain_org), "--user", "admin")
    unknown = _run(capsys, "user", "list", "--db", str(plain_org), "--user", "nobody")
    assert wrong[0] == unknown[0] == cli.EXIT_REFUSED
    assert wrong[2] == unknown[2] == f"infoshare: {accounts.MSG_WRONG_PASSWORD}\n"


def test_the_password_is_asked_for_once_to_unlock_and_sign_in(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, plain_org: Path,
) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, PASSWORD)
    assert _run(capsys, "encrypt", "--db", str(plain_org), "--user", "admin")[0] == 0
    monkeypatch.delenv(cli.PASSWORD_ENV)
    asked: list[str] = []
    monkeypatch.setattr(cli, "_can_prompt", lambda: True)
    monkeypatch.setattr(getpass, "getpass", lambda prompt: asked.append(prompt) or PASSWORD)
    code, _, err = _run(capsys, "user", "list", "--db", str(plain_org), "--user", "admin")
    assert code == 0, err
    assert asked == ["Password for admin: "]
    assert cli._typed_passwords == {}  # forgotten when the command ends


def test_only_an_administrator_can_encrypt(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, plain_org: Path,
) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, PASSWORD)
    code, _, err = _run(capsys, "encrypt", "--db", str(plain_org), "--user", "author")
    assert code == cli.EXIT_FAILED and "administrator" in err
    assert not encryption.is_encrypted(plain_org)
    Database.open(plain_org).close()


def test_demo_plain_makes_an_unencrypted_database_and_demo_an_encrypted_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    plain, secret = tmp_path / "plain.db", tmp_path / "secret.db"
    assert _run(capsys, "demo", "--plain", "--db", str(plain), "--records", "2")[0] == 0
    assert not keyring.exists(plain)
    Database.open(plain).close()
    code, out, _ = _run(capsys, "demo", "--db", str(secret), "--records", "2")
    assert code == 0 and "Recovery key" in out
    assert set(keyring.load(secret).entries) == {a.username for a in demo_service.DEMO_ACCOUNTS}
    for account in demo_service.DEMO_ACCOUNTS:
        encryption.unlock(secret, account.username, demo_service.DEMO_PASSWORD).close()
    # Adding to the encrypted demo database unlocks it with the demo administrator.
    assert _run(capsys, "demo", "--db", str(secret), "--records", "1")[0] == 0
