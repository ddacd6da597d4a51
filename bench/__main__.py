"""``make bench``: each figure beside its floor, measured in the same run.

A floor is the cheapest way to do the same job with the same tools (a bare Qt
window, the raw SQL query on the same file), so a figure reads as "how much do
we add", whatever machine runs it. Demo databases of each size are made with
``infoshare demo`` and cached in ``bench/cache/`` (see ``bench.databases``).

Each figure's median over ``--repeats`` runs is printed beside its floor, written
to ``bench/results.json`` (a full run replaces it; with ``--sizes`` or ``--only``
the entries run replace the same ones from earlier runs) and, as text, to
``bench/results/latest.txt``.
Nothing here is a pass/fail test.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from bench import audit as audit_bench
from bench import databases, load, server, startup
from bench.figures import Figure, median_of
from bench.floor_chain import raw_chain
from infoshare_desktop.demo import DEMO_PASSWORD

RESULTS_JSON = Path(__file__).with_name("results.json")
RESULTS = Path(__file__).with_name("results")
SIZES = (1_000, 10_000, 100_000)
#: ``bench.app_figures.NAMES``, named here so this process never imports Qt.
APP_FIGURES = ("search", "filter", "open", "save", "scroll")
#: Every figure ``--only`` can pick; "reports" are bench.reports' figures, if present.
FIGURES = ("startup", *APP_FIGURES, "memory", "reports", "audit", "server", "load")


def sizes(text: str) -> list[int]:
    return [int(part.replace("_", "")) for part in text.split(",") if part.strip()]


def names(text: str) -> set[str]:
    chosen = {part.strip() for part in text.split(",") if part.strip()}
    unknown = chosen - set(FIGURES)
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown figures: {', '.join(sorted(unknown))}")
    return chosen


def app_figures(path: Path, repeats: int,
                chosen: Iterable[str]) -> tuple[list[Figure], list[str]]:
    """search, filter, open, save and scroll in a fresh process on ``path``; and any
    figure whose app and floor did not find the same number of rows."""
    out = subprocess.run(
        [sys.executable, "-m", "bench.app_figures", str(path), "--repeats", str(repeats),
         "--only", ",".join(chosen)],
        check=True, capture_output=True, text=True, env=startup.child_env(),
        cwd=databases.ROOT,
    )
    report = json.loads(out.stdout.strip().splitlines()[-1])
    figures = [Figure(f["name"], f["records"], f["median_s"], f["floor_s"])
               for f in report["figures"]]
    return figures, report["mismatches"]


def report_figures(built: dict[int, Path]) -> list[Figure]:
    """``bench.reports.figures(databases)``: the report figures, once that module exists."""
    try:
        module = importlib.import_module("bench.reports")
    except ModuleNotFoundError as error:
        if error.name == "bench.reports":
            return []
        raise
    return list(module.figures(built))


def memory_entry(records: int, starts: startup.Startups) -> dict[str, Any]:
    return {"name": "memory", "records": records, "peak_rss_mb": round(starts.rss_mb, 1),
            "floor_rss_mb": round(starts.floor_rss_mb, 1)}


def memory_line(entry: dict[str, Any]) -> str:
    return (f"{'memory (peak RSS)':<34} {entry['records']:>8,} {entry['peak_rss_mb']:10.1f} MB"
            f"   floor {entry['floor_rss_mb']:9.1f} MB   "
            f"{entry['peak_rss_mb'] / entry['floor_rss_mb']:6.2f}x")


def measure_size(records: int, path: Path, repeats: int, chosen: set[str],
                 emit: Callable[[Figure | dict[str, Any]], None],
                 say: Callable[[str], None]) -> None:
    """Every chosen figure on ``path``, a working copy of the database of ``records``."""
    if chosen & {"startup", "memory"}:
        starts = startup.measure(path, repeats, DEMO_PASSWORD)
        if "startup" in chosen:
            emit(Figure("startup", records, starts.median_s, starts.floor_s))
        if "memory" in chosen:
            emit(memory_entry(records, starts))
    picked = [name for name in APP_FIGURES if name in chosen]
    if picked:
        figures, mismatches = app_figures(path, repeats, picked)
        for figure in figures:
            emit(figure)
        for line in mismatches:
            say(f"  WARNING, not the same job: {line}")


def bench_audit(total: int, repeats: int, emit: Callable[[Figure | dict[str, Any]], None],
                say: Callable[[str], None]) -> None:
    """``audit verify`` over ``total`` events: the service, and the command in a fresh process."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "audit.db"
        db, admin = audit_bench.set_up(path)
        filled = audit_bench.fill(db, total)
        say(f"audit trail: {filled.events:,} events in {filled.seconds:.1f} s "
            f"({filled.appended:,} through storage.audit.append at "
            f"{filled.append_seconds / max(filled.appended, 1) * 1000:.2f} ms an event, "
            "the rest bulk-inserted in one transaction with the same hash chain)")
        service = Figure("audit verify (service)", filled.events,
                         median_of(repeats, lambda: audit_bench.verify(db, admin)),
                         median_of(repeats, lambda: raw_chain(path)))
        emit(service)
        db.close()
        command = Figure("infoshare audit verify (command)", filled.events,
                         audit_bench.child_seconds(audit_bench.COMMAND, str(path),
                                                   audit_bench.ADMIN),
                         audit_bench.child_seconds(audit_bench.FLOOR_COMMAND, str(path)))
        emit(command)
        worst = max(service.median_s, command.median_s)
        verdict = "within" if worst < audit_bench.LIMIT_SECONDS else "OVER"
        say(f"audit verify limit {audit_bench.LIMIT_SECONDS:.0f} s: {verdict} "
            "(the command includes start-up and a real argon2 sign-in)")


def machine() -> str:
    """Where the figures came from: CPUs, CPU model, memory, Python, Qt and SQLite."""
    import platform
    import sqlite3

    import PySide6
    from PySide6.QtCore import qVersion

    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            model = next((line.split(":", 1)[1].strip() for line in handle
                          if line.startswith("model name")), model)
    except OSError:
        pass
    try:
        memory = f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GB RAM"
    except (AttributeError, OSError, ValueError):
        memory = "RAM unknown"
    return (f"machine: {os.cpu_count()} CPUs ({model}), {memory}; "
            f"Python {platform.python_version()}, PySide6 {PySide6.__version__} "
            f"(Qt {qVersion()}), SQLite {sqlite3.sqlite_version}")


def merge_results(path: Path, fresh: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Earlier results with this run's entries (same name and size) replaced."""
    try:
        earlier = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        earlier = []
    done = {(e["name"], e.get("records")) for e in fresh}
    kept = [e for e in earlier if (e.get("name"), e.get("records")) not in done]
    return sorted(kept + fresh, key=lambda e: (e.get("records", 0), e["name"]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=sizes, default=list(SIZES),
                        help="database sizes, comma-separated (default: 1000,10000,100000)")
    parser.add_argument("--only", type=names, default=set(FIGURES),
                        help=f"figures to run, comma-separated, from: {', '.join(FIGURES)}")
    parser.add_argument("--repeats", type=int, default=5, help="runs per figure (median)")
    parser.add_argument("--audit-events", type=int, default=100_000)
    parser.add_argument("--load-clients", type=int, default=load.CLIENTS)
    parser.add_argument("--load-seconds", type=float, default=load.SECONDS)
    parser.add_argument("--load-operations", type=int, default=None,
                        help="turns per load client instead of --load-seconds (counts "
                             "work, not time: for checks that must not depend on speed)")
    args = parser.parse_args(argv)

    lines: list[str] = []
    entries: list[dict[str, Any]] = []

    def say(line: str) -> None:
        print(line, flush=True)
        lines.append(line)

    def emit(result: Figure | dict[str, Any]) -> None:
        if isinstance(result, Figure):
            say(result.line())
            entries.append(result.as_json())
        else:
            say(memory_line(result))
            entries.append(result)

    wanted = args.only
    per_size = wanted - {"audit", "reports", "server", "load"}
    say(machine())
    with tempfile.TemporaryDirectory(prefix="infoshare-bench-") as folder:
        # Working copies: saving a record or printing a report (an audit event)
        # must not change the cached files.
        built: dict[int, Path] = {}
        if per_size or "reports" in wanted:
            built = {size: databases.working_copy(databases.cached(size), Path(folder))
                     for size in args.sizes}
        say(f"{'figure':<34} {'records':>8} {'median':>13}   {'floor':>15}   {'ratio':>7}")
        for size, path in built.items():
            if per_size:
                measure_size(size, path, args.repeats, per_size, emit, say)
        if "reports" in wanted:
            for figure in report_figures(built):
                emit(figure)
    if "audit" in wanted:
        bench_audit(args.audit_events, min(args.repeats, 3), emit, say)
    if "server" in wanted:  # the largest database, moved to a private PostgreSQL server
        for figure in server.run(databases.cached(max(args.sizes)), args.repeats, say):
            emit(figure)
    if "load" in wanted:
        report = load.run(args.load_clients, args.load_seconds, say,
                          turns=args.load_operations)
        for line in report.lines():
            say(line)
        entries.append(report.entry())

    complete = args.sizes == list(SIZES) and args.only == set(FIGURES)
    results = entries if complete else merge_results(RESULTS_JSON, entries)
    RESULTS_JSON.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
