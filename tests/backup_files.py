"""Files for backup and restore tests: damaged copies, other applications' files, snapshots."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

PAGE = 4096


def corrupt(path: Path) -> None:
    """Overwrite pages in the middle of the file, and the records table's root, with junk.

    The file still opens (its first page, the schema, is untouched) but SQLite's
    integrity check finds the damage, as after a disk fault.
    """
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'decision_records'").fetchone()[0]
    conn.close()
    pages = path.stat().st_size // page_size
    middle = max(pages // 2, 2)
    with path.open("r+b") as handle:
        for number in {root, middle, middle + 1}:
            if 2 <= number <= pages:
                handle.seek((number - 1) * page_size)
                handle.write(b"\xa5" * page_size)


def other_application(path: Path) -> Path:
    """A sound SQLite file that belongs to something else."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('shopping list')")
    conn.commit()
    conn.close()
    return path


def newer_schema(backup: Path, target: Path) -> Path:
    """A copy of an InfoShare backup stamped with a revision this version does not know."""
    shutil.copyfile(backup, target)
    conn = sqlite3.connect(target)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    return target


def snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (search index included), in a fixed order."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = [row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name")]
        return {name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
                for name in names}
    finally:
        conn.close()
