"""Demo databases for the benchmark, made by the real ``infoshare demo`` command and cached.

A database takes minutes to make at 100,000 decisions, so each is kept in
``bench/cache/`` under a name holding a hash of the code that decides what it
contains (the demo generator, the tables, the migrations and the search table's
definition). Change any of that and the old file no longer matches: it is
deleted and made again. The benchmark works on a copy, so saving a record in a
run never changes the cached file.

The files are made ``--plain`` (not encrypted): the floors read them with the
plain ``sqlite3`` module.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(__file__).resolve().with_name("cache")
PACKAGE = ROOT / "infoshare_desktop"
#: The code that decides what a demo database holds (the generator, the schema and
#: its migrations, the search table's definition): change one and the files are
#: made again. (After a change to what ``repository`` writes, delete bench/cache/.)
SOURCES = (
    "demo", "storage/tables.py", "storage/sqlite.py", "storage/migrations",
)
SEED = 2024


def code_hash() -> str:
    """A short hash of every file in ``SOURCES`` (names and contents)."""
    digest = hashlib.sha256()
    for name in SOURCES:
        path = PACKAGE / name
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in files:
            if file.exists():
                digest.update(str(file.relative_to(PACKAGE)).encode())
                digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


def demo_command() -> list[str]:
    """The installed ``infoshare`` command beside this Python, else its module."""
    script = Path(sys.executable).with_name("infoshare")
    return [str(script)] if script.exists() else [sys.executable, "-m", "infoshare_desktop"]


def cached(records: int, cache: Path | None = None, log: bool = True) -> Path:
    """The cached demo database of ``records`` decisions, made first if missing or stale."""
    cache = cache or CACHE
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"demo-{records}-{code_hash()}.db"
    if path.exists():
        return path
    for stale in cache.glob(f"demo-{records}-*.db*"):
        stale.unlink()
    building = path.with_suffix(".building")
    for leftover in cache.glob(building.name + "*"):
        leftover.unlink()
    if log:
        print(f"making a demo database of {records:,} decisions with 'infoshare demo' "
              f"(cached in {cache.name}/)...", flush=True)
    started = time.perf_counter()
    subprocess.run(
        [*demo_command(), "--db", str(building), "demo", "--records", str(records),
         "--seed", str(SEED), "--plain"],
        check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
    )
    for suffix in ("-wal", "-shm"):
        if Path(str(building) + suffix).exists():
            raise RuntimeError(f"{building.name} was left open (its {suffix} file remains)")
    building.rename(path)
    if log:
        seconds = time.perf_counter() - started
        print(f"  {records:,} decisions in {seconds:.1f} s "
              f"({records / seconds:,.0f} a second)", flush=True)
    return path


def working_copy(path: Path, folder: Path) -> Path:
    """A copy of a cached database for one run to change as it likes."""
    copy = folder / path.name
    shutil.copyfile(path, copy)
    return copy
