"""The installed command and ``python -m``, in real processes (the rest run in-process)."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from pathlib import Path

CHECK_NO_WIDGETS = (
    "import sys\n"
    "from infoshare_desktop.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "assert 'PySide6.QtWidgets' not in sys.modules, 'headless command imported widgets'\n"
    "sys.exit(code)\n"
)

SAME_SEED_DEMO = (
    "import sys\n"
    "from datetime import UTC, datetime\n"
    "from infoshare_desktop.services.accounts import authenticate\n"
    "from infoshare_desktop.demo import create_demo_data\n"
    "from infoshare_desktop.services.export import export_csv\n"
    "from infoshare_desktop.storage.database import Database\n"
    "db = Database.open(sys.argv[1])\n"
    "create_demo_data(db, 40, seed=4, now=datetime(2026, 2, 1, tzinfo=UTC))\n"
    "export_csv(db, authenticate(db, 'guardian1', 'demo-password'), sys.argv[2])\n"
    "db.close()\n"
)


def _entry_point() -> str:
    beside_python = Path(sys.executable).with_name("infoshare")
    found = str(beside_python) if beside_python.exists() else shutil.which("infoshare")
    assert found, "the 'infoshare' command is not installed (pip install -e .)"
    return found


def test_installed_command_and_python_m(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "INFOSHARE_USER": "guardian1", "INFOSHARE_PASSWORD": "demo-password"}
    env.pop("INFOSHARE_DB", None)

    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120,
                              check=False)

    helped = run(sys.executable, "-m", "infoshare_desktop", "--help")
    assert helped.returncode == 0, helped.stderr
    assert "usage: infoshare" in helped.stdout

    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("not a database\n")
    refused = run(_entry_point(), "export", "csv", "--db", str(not_a_db),
                  "-o", str(tmp_path / "out.csv"))
    assert refused.returncode != 0
    assert refused.stdout == ""
    assert len(refused.stderr.splitlines()) == 1, refused.stderr
    assert "Traceback" not in refused.stderr
    assert not_a_db.read_text() == "not a database\n"

    demo_db, out = tmp_path / "demo.db", tmp_path / "out.csv"
    for argv in (["demo", "--db", str(demo_db), "--records", "3"],
                 ["export", "csv", "--db", str(demo_db), "-o", str(out)],
                 ["user", "list", "--db", str(demo_db), "--user", "admin1"]):
        done = run(sys.executable, "-c", CHECK_NO_WIDGETS, *argv)
        assert done.returncode == 0, done.stderr
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) >= 4
    assert "practitioner4" in done.stdout

    # Same seed, same records, even when Python's string hashing differs between runs.
    exports = []
    for hash_seed in ("1", "2"):
        env["PYTHONHASHSEED"] = hash_seed
        db_file, csv_file = tmp_path / f"h{hash_seed}.db", tmp_path / f"h{hash_seed}.csv"
        done = run(sys.executable, "-c", SAME_SEED_DEMO, str(db_file), str(csv_file))
        assert done.returncode == 0, done.stderr
        with csv_file.open(encoding="utf-8-sig", newline="") as handle:
            exports.append([row[:-2] for row in csv.reader(handle)])  # not Created/Last saved
    assert len(exports[0]) == 41
    assert exports[0] == exports[1]
