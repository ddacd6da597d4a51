"""``make bench``: each figure beside its floor, measured in the same run.

A floor is the cheapest way to do the same job with the same tools (a bare Qt
window, the raw SQL query, the csv module writing the same number of rows), so a
figure reads as "how much do we add", whatever machine runs it. Results are printed
and written to ``bench/results/latest.txt``; nothing here is a pass/fail test.
"""

from __future__ import annotations

import argparse
import csv
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench import audit as audit_bench
from bench.floor_chain import raw_chain
from infoshare_desktop.services import accounts, records
from infoshare_desktop.services.demo import DEMO_PASSWORD, create_demo_data
from infoshare_desktop.services.export import export_csv
from infoshare_desktop.storage.database import Database

RESULTS = Path(__file__).with_name("results")

BARE_WINDOW = """
import time; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget(); w.resize(1280, 800); w.show(); app.processEvents()
print(time.perf_counter() - t0)
"""

MAIN_WINDOW = """
import sys, time; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication
from infoshare_desktop.storage.database import Database
from infoshare_desktop.services.accounts import authenticate
from infoshare_desktop.ui.main_window import MainWindow
app = QApplication([])
db = Database.open(sys.argv[1])
user = authenticate(db, "guardian1", "demo-password")
w = MainWindow(db, user); w.resize(1280, 800); w.show(); app.processEvents()
print(time.perf_counter() - t0)
w.close(); db.close()
"""


def best_of(repeats: int, action: Callable[[], object]) -> float:
    """The fastest of ``repeats`` runs: the least disturbed by the rest of the machine."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def child_seconds(script: str, *args: str, repeats: int = 3) -> float:
    """Median wall time a fresh Python process reports for ``script`` (a cold start)."""
    runs = []
    for _ in range(repeats):
        out = subprocess.run(
            [sys.executable, "-c", script, *args],
            check=True,
            capture_output=True,
            text=True,
            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        )
        runs.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(runs)


def raw_list_query(path: Path) -> None:
    """The floor for the decision list: the same columns and order in plain SQL."""
    with sqlite3.connect(path) as connection:
        connection.execute(
            "SELECT r.id, r.reference, r.decided_at, r.case_reference, o.name, r.outcome,"
            " r.consent, r.status, r.updated_at FROM decision_records r"
            " LEFT JOIN organisations o ON o.id = r.recipient_organisation_id"
            " ORDER BY r.decided_at IS NULL, r.decided_at DESC, r.id DESC"
        ).fetchall()
    connection.close()


def raw_csv(path: Path, rows: int, columns: int) -> None:
    """The floor for the export: the csv module writing the same shape of table."""
    row = ["x" * 40] * columns
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        for _ in range(rows):
            writer.writerow(row)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--records", type=int, default=2_000)
    parser.add_argument("--audit-events", type=int, default=100_000)
    parser.add_argument("--only", choices=["records", "audit"], default=None,
                        help="run one part only")
    args = parser.parse_args(argv)

    lines: list[str] = []

    def report(name: str, figure: float, floor: float) -> None:
        line = f"{name:<44} {figure * 1000:9.1f} ms   floor {floor * 1000:8.1f} ms"
        line += f"   ({figure / floor:5.1f}x)" if floor > 0 else ""
        print(line, flush=True)
        lines.append(line)

    if args.only != "audit":
        bench_records(args.records, report)
    if args.only != "records":
        bench_audit(args.audit_events, report, lines)

    if args.only is not None:  # a partial run leaves the full results in place
        return 0
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


def bench_audit(total: int, report: Callable[[str, float, float], None],
                lines: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "audit.db"
        db, admin = audit_bench.set_up(path)
        filled = audit_bench.fill(db, total)
        print(f"audit trail: {filled.events:,} events in {filled.seconds:.1f} s "
              f"({filled.appended:,} through storage.audit.append at "
              f"{filled.append_seconds / max(filled.appended, 1) * 1000:.2f} ms an event, "
              "the rest bulk-inserted in one transaction with the same hash chain)")
        figure = best_of(3, lambda: audit_bench.verify(db, admin))
        report(f"audit verify: {filled.events:,} events (service)", figure,
               best_of(3, lambda: raw_chain(path)))
        db.close()
        command = audit_bench.child_seconds(audit_bench.COMMAND, str(path), audit_bench.ADMIN)
        report(f"infoshare audit verify: {filled.events:,} events", command,
               audit_bench.child_seconds(audit_bench.FLOOR_COMMAND, str(path)))
        verdict = "within" if max(figure, command) < audit_bench.LIMIT_SECONDS else "OVER"
        line = (f"audit verify limit {audit_bench.LIMIT_SECONDS:.0f} s: {verdict} "
                "(the command includes start-up and a real argon2 sign-in)")
        print(line, flush=True)
        lines.append(line)


def bench_records(count: int, report: Callable[[str, float, float], None]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        db = Database.open(path)
        start = time.perf_counter()
        create_demo_data(db, records=count, seed=1)
        seconds = time.perf_counter() - start
        print(f"demo data: {count} records in {seconds:.1f} s "
              f"({seconds / count * 1000:.1f} ms a record, through the services)")
        # The Caldicott Guardian reads every record: the biggest list and export.
        guardian = accounts.authenticate(db, "guardian1", DEMO_PASSWORD)

        report(
            f"list all {count} records",
            best_of(5, lambda: records.list_records(db, guardian)),
            best_of(5, lambda: raw_list_query(path)),
        )
        report(
            "search the list for a word",
            best_of(5, lambda: records.list_records(db, guardian, "school")),
            best_of(5, lambda: raw_list_query(path)),
        )
        csv_path = Path(folder) / "export.csv"
        rows = export_csv(db, guardian, csv_path)
        with csv_path.open(encoding="utf-8-sig", newline="") as handle:
            columns = len(next(csv.reader(handle)))
        report(
            f"export {rows} records to CSV",
            best_of(3, lambda: export_csv(db, guardian, csv_path)),
            best_of(3, lambda: raw_csv(Path(folder) / "floor.csv", rows, columns)),
        )
        db.close()
        report(
            f"start-up: main window on {count} records",
            child_seconds(MAIN_WINDOW, str(path)),
            child_seconds(BARE_WINDOW),
        )


if __name__ == "__main__":
    raise SystemExit(main())
