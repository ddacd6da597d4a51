"""Shared fixtures: offscreen Qt, and a fresh database file per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TZ", "Europe/London")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from infoshare_desktop.storage.database import Database  # noqa: E402


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
