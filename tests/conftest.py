"""Shared fixtures: offscreen Qt, UK local time, and a fresh database per test.

The storage, service and report tests run twice, on a SQLite file and on a
PostgreSQL database (a throwaway server started once per session, tests/pg_server.py):
``db_backend`` is parametrised for every test under those folders that uses ``db``.
Tests about SQLite files themselves (backups, encryption, WAL, file faults) say so
with ``@pytest.mark.sqlite_only``. If the server cannot be started, the PostgreSQL
runs fail with the reason: a run must not pass without them.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from infoshare_desktop.services import accounts
from infoshare_desktop.storage.database import Database
from tests import pg_server

#: Fixtures shared by several folders: ``memory_keyring``.
pytest_plugins = ("tests.memory_keyring",)

# Before any QApplication exists: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Times are stored in UTC and shown in UK local time; test with the UK zone.
os.environ["TZ"] = "Europe/London"
if hasattr(time, "tzset"):
    time.tzset()


#: The folders whose tests using ``db`` run on both databases.
BOTH_DATABASES = ("storage", "services", "reports")
BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: about SQLite files themselves; not run on PostgreSQL")
    config.addinivalue_line(
        "markers", "postgresql_only: about a PostgreSQL server; run on PostgreSQL only")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_backend" not in metafunc.fixturenames:
        return
    folder = Path(str(metafunc.definition.path)).parent.name
    if metafunc.definition.get_closest_marker("postgresql_only"):
        metafunc.parametrize("db_backend", ["postgresql"], indirect=True)
    elif folder in BOTH_DATABASES and not metafunc.definition.get_closest_marker("sqlite_only"):
        metafunc.parametrize("db_backend", BACKENDS, indirect=True)


@pytest.fixture
def db_backend(request: pytest.FixtureRequest) -> str:
    """Which database ``db`` is: "sqlite" unless parametrised (see above)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[pg_server.PgServer]:
    """The session's PostgreSQL server; a test needing it fails if it cannot start."""
    problem = ""
    try:
        server = pg_server.start_server()
    except pg_server.PostgresUnavailable as error:
        problem = str(error)
    if problem:
        pytest.fail(f"PostgreSQL tests cannot run: {problem}", pytrace=False)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "infoshare.db"


@pytest.fixture
def db_url(request: pytest.FixtureRequest, db_backend: str, db_path: Path) -> Iterator[str]:
    """The URL of a new, migrated database of the test's backend (dropped afterwards)."""
    if db_backend == "sqlite":
        yield f"sqlite:///{db_path}"
        return
    server: pg_server.PgServer = request.getfixturevalue("postgres_server")
    name = server.new_database()
    try:
        yield server.url(name)
    finally:
        server.drop(name)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """A new, migrated database (a file in a temporary folder, or a PostgreSQL
    database), closed after the test."""
    database = Database.open_url(db_url)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture(autouse=True)
def quick_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2id with the smallest cost, so tests can create many accounts.

    Still argon2id, still salted and verified the same way; only the work factors
    are lowered. tests/services/test_passwords.py checks the real settings.
    """
    monkeypatch.setattr(
        accounts, "_hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    )


@pytest.fixture(autouse=True)
def this_pc_left_alone(tmp_path_factory: pytest.TempPathFactory,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never read this PC's machine-wide config or the person's own settings, nor
    write to the real log folder.

    An empty config file stands in for IT's (tests that deploy one set their own).
    """
    folder = tmp_path_factory.getbasetemp() / "this-pc"
    folder.mkdir(exist_ok=True)
    empty = folder / "config.ini"
    empty.touch()
    monkeypatch.setenv("INFOSHARE_CONFIG", str(empty))
    monkeypatch.setenv("INFOSHARE_LOG_DIR", str(folder / "log"))
    # Per test: a first start may write the server chosen there.
    monkeypatch.setenv("INFOSHARE_USER_CONFIG",
                       str(tmp_path_factory.mktemp("user-config") / "infoshare.ini"))
