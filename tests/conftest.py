"""Shared fixtures: offscreen Qt, UK local time, and a fresh database file per test."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from infoshare_desktop.services import accounts
from infoshare_desktop.storage.database import Database

# Before any QApplication exists: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Times are stored in UTC and shown in UK local time; test with the UK zone.
os.environ["TZ"] = "Europe/London"
if hasattr(time, "tzset"):
    time.tzset()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "infoshare.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A new, migrated database in a temporary folder, closed after the test."""
    database = Database.open(db_path)
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
    """Tests never read this PC's machine-wide config nor write to its real log folder.

    An empty config file stands in for IT's (tests that deploy one set their own).
    """
    folder = tmp_path_factory.getbasetemp() / "this-pc"
    folder.mkdir(exist_ok=True)
    empty = folder / "config.ini"
    empty.touch()
    monkeypatch.setenv("INFOSHARE_CONFIG", str(empty))
    monkeypatch.setenv("INFOSHARE_LOG_DIR", str(folder / "log"))
