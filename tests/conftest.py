"""Shared fixtures: offscreen Qt, UK local time, and a fresh database file per test."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

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
