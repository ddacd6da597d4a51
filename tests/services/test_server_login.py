"""The team server's password: from the keyring or as given, never from a file, and a
clear refusal when it is missing or wrong."""

from __future__ import annotations

import pytest

from infoshare_desktop import config, machine_config
from infoshare_desktop.services import server_credentials
from infoshare_desktop.services.database import ServerLoginError, open_database
from tests.memory_keyring import MemoryKeyring

PASSWORD = "server-secret-1"


@pytest.fixture
def guarded(postgres_server):  # type: ignore[no-untyped-def]
    """A fresh database whose login needs a password; its URL, without the password."""
    name = postgres_server.new_database()
    role = f"clerk_{name}"
    try:
        yield postgres_server.add_password_user(role, PASSWORD, name)
    finally:
        postgres_server.drop(name)


def test_no_password_or_a_wrong_one_is_a_login_refusal(guarded: str,
                                                       memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(ServerLoginError, match="needs the password of its user clerk_"):
        open_database(guarded)
    with pytest.raises(ServerLoginError) as refused:
        open_database(guarded, "not-it")
    assert "not-it" not in str(refused.value) and PASSWORD not in str(refused.value)
    open_database(guarded, PASSWORD).close()


def test_a_remembered_password_is_used_and_can_be_forgotten(
    guarded: str, memory_keyring: MemoryKeyring
) -> None:
    assert server_credentials.save_password(guarded, PASSWORD)
    (service, account), = memory_keyring.saved
    assert service == server_credentials.KEYRING_SERVICE
    assert account.startswith("clerk_") and PASSWORD not in account
    db = open_database(guarded)
    try:
        assert PASSWORD not in db.url  # shown masked wherever it is shown
    finally:
        db.close()
    assert server_credentials.forget_password(guarded)
    assert not server_credentials.forget_password(guarded)
    with pytest.raises(ServerLoginError):
        open_database(guarded)


def test_without_a_keyring_nothing_is_saved_and_nothing_breaks(guarded: str,
                                                               no_keyring: None) -> None:
    assert server_credentials.saved_password(guarded) is None
    assert server_credentials.save_password(guarded, PASSWORD) is False
    open_database(guarded, PASSWORD).close()


def test_the_address_comes_from_flags_the_environment_or_it(  # type: ignore[no-untyped-def]
    monkeypatch, tmp_path
) -> None:
    address = "postgresql+psycopg://infoshare@db.testshire.local/infoshare"
    deployed = tmp_path / "config.ini"
    deployed.write_text(f"[database]\nurl = {address}\npath = {tmp_path / 'x.db'}\n")
    monkeypatch.setenv(machine_config.CONFIG_ENV_VAR, str(deployed))
    monkeypatch.delenv(config.DB_ENV_VAR, raising=False)
    monkeypatch.delenv(config.DB_URL_ENV_VAR, raising=False)
    machine_config.clear_cache()
    assert config.resolve_database(None) == address  # IT's server beats IT's file
    assert config.resolve_database(str(tmp_path / "mine.db")) == tmp_path / "mine.db"
    monkeypatch.setenv(config.DB_ENV_VAR, str(tmp_path / "env.db"))
    assert config.resolve_database(None) == tmp_path / "env.db"
    monkeypatch.setenv(config.DB_URL_ENV_VAR, "postgresql://other@host/db")
    assert config.resolve_database(None) == "postgresql://other@host/db"
    assert config.resolve_database("postgresql://me@here/db") == "postgresql://me@here/db"
    assert config.resolve_database("sqlite:////tmp/a.db") == config.Path("/tmp/a.db")


def test_a_password_written_in_it_s_file_is_refused_and_left_out(  # type: ignore[no-untyped-def]
    monkeypatch, tmp_path
) -> None:
    deployed = tmp_path / "config.ini"
    deployed.write_text("[database]\nurl = postgresql://infoshare:hunter2@db.local/infoshare\n")
    monkeypatch.setenv(machine_config.CONFIG_ENV_VAR, str(deployed))
    machine_config.clear_cache()
    loaded = machine_config.load()
    assert loaded.database_url == "postgresql://infoshare@db.local/infoshare"
    (problem,) = loaded.problems
    assert "holds a password" in problem.render(lambda _c, text: text)
    assert "hunter2" not in problem.render(lambda _c, text: text)
