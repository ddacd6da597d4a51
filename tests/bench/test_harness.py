"""``make bench`` at a tiny size, so the harness cannot rot: a 50-record database made
by the real ``infoshare demo`` into a temporary cache, and every figure measured once.
Nothing here checks a timing; it checks that each figure is measured and written."""

from __future__ import annotations

import hashlib
import json
import sys
import types
from collections.abc import Iterable
from pathlib import Path

import pytest

from bench import __main__ as bench_main
from bench import app_figures, databases
from bench.figures import Figure

RECORDS = 50


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bench-cache")
    databases.cached(RECORDS, cache=folder, log=False)
    return folder


@pytest.fixture
def results(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``make bench`` pointed at the test's cache and writing into ``tmp_path``: its
    ``results.json``."""
    monkeypatch.setattr(databases, "CACHE", cache)
    monkeypatch.setattr(bench_main, "RESULTS_JSON", tmp_path / "results.json")
    monkeypatch.setattr(bench_main, "RESULTS", tmp_path / "results")
    return tmp_path / "results.json"


def _fingerprint(cache: Path) -> str:
    """The cached database's hash, to show a run left it as it was."""
    return hashlib.sha256(
        databases.cached(RECORDS, cache=cache, log=False).read_bytes()).hexdigest()


def test_the_cache_is_reused_and_remade_when_the_demo_code_changes(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = databases.cached(RECORDS, cache=cache, log=False)
    assert path.name == f"demo-{RECORDS}-{databases.code_hash()}.db"
    modified = path.stat().st_mtime_ns
    assert databases.cached(RECORDS, cache=cache, log=False) == path
    assert path.stat().st_mtime_ns == modified, "a fresh cache entry is not remade"

    empty = databases.cached(0, cache=cache, log=False)
    monkeypatch.setattr(databases, "code_hash", lambda: "changedcode0")
    remade = databases.cached(0, cache=cache, log=False)
    assert remade.name == "demo-0-changedcode0.db" and remade.exists()
    assert not empty.exists(), "the stale file was left behind"


def test_app_figure_names_match_the_child(cache: Path) -> None:
    assert bench_main.APP_FIGURES == app_figures.NAMES


def test_every_figure_is_measured_and_written(
    cache: Path, results: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    results.write_text(json.dumps([
        {"name": "search", "records": 7, "median_s": 1.0, "floor_s": 1.0, "ratio": 1.0},
        {"name": "search", "records": RECORDS, "median_s": 9.0, "floor_s": 1.0, "ratio": 9.0},
    ]))
    asked: list[dict[int, Path]] = []

    def report_figures(built: dict[int, Path]) -> Iterable[Figure]:
        asked.append(built)
        return [Figure("report: a test report", RECORDS, 0.2, 0.1)]

    monkeypatch.setitem(sys.modules, "bench.reports",
                        types.SimpleNamespace(figures=report_figures))
    before = _fingerprint(cache)
    only = "startup,search,filter,open,save,scroll,memory,reports"
    assert bench_main.main(["--sizes", str(RECORDS), "--repeats", "1", "--only", only]) == 0

    assert _fingerprint(cache) == before, "the cache was changed"
    out = capsys.readouterr().out
    assert "WARNING" not in out
    assert [list(b) for b in asked] == [[RECORDS]]
    assert asked[0][RECORDS].name == f"demo-{RECORDS}-{databases.code_hash()}.db"
    assert asked[0][RECORDS].parent != cache, "reports get a working copy, not the cache"
    results = json.loads((tmp_path / "results.json").read_text())
    mine = {e["name"]: e for e in results if e["records"] == RECORDS}
    assert set(mine) == {"startup", "search", "filter", "open", "save", "scroll", "memory",
                         "report: a test report"}
    for name, entry in mine.items():
        if name == "memory":
            assert entry["peak_rss_mb"] > entry["floor_rss_mb"] > 10
        else:
            assert entry["median_s"] > 0 and entry["floor_s"] > 0
            assert entry["ratio"] == pytest.approx(entry["median_s"] / entry["floor_s"])
    assert mine["search"]["median_s"] != 9.0, "this run's figure replaces the old one"
    assert {"name": "search", "records": 7, "median_s": 1.0, "floor_s": 1.0,
            "ratio": 1.0} in results, "other sizes' results are kept"
    latest = (tmp_path / "results" / "latest.txt").read_text()
    assert all(name in latest for name in ("startup", "scroll", "memory"))


def test_the_load_test_runs_clients_and_checks_what_they_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    """A fixed number of turns per client, not a time: a busy machine makes it slower,
    never makes it fail (or pass with nothing done)."""
    monkeypatch.setattr(bench_main, "RESULTS_JSON", tmp_path / "results.json")
    monkeypatch.setattr(bench_main, "RESULTS", tmp_path / "results")
    clients, turns = 3, 4
    assert bench_main.main(["--only", "load", "--load-clients", str(clients),
                            "--load-operations", str(turns)]) == 0
    (entry,) = json.loads((tmp_path / "results.json").read_text())
    assert entry["name"] == "load" and entry["clients"] == clients
    # Every turn saves (or counts a refusal); each saved draft is submitted and searched.
    def tried(name: str) -> int:
        return entry["operations"][name] + sum(
            n for kind, n in entry["failures"].items() if kind.startswith(f"{name}:"))

    assert tried("save") == clients * turns
    assert tried("submit") == tried("search") == entry["operations"]["save"]
    assert entry["operations"]["save"] > 0 and entry["throughput_ops_s"] > 0
    assert entry["records_saved"] == entry["records_in_database"] == entry["operations"]["save"]
    assert entry["missing"] == entry["duplicate_references"] == 0 and entry["chain_ok"]
    assert set(entry["p95_s"]) == {"save", "submit", "search"}
    assert "afterwards:" in capsys.readouterr().out


def test_the_server_figures_move_the_log_and_time_the_list_there(
    cache: Path, results: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    before = _fingerprint(cache)
    assert bench_main.main(["--sizes", str(RECORDS), "--repeats", "1", "--only", "server"]) == 0
    assert _fingerprint(cache) == before, "the cache was changed"
    out = capsys.readouterr().out
    assert "WARNING" not in out and f"{RECORDS} decisions moved" in out
    entries = json.loads(results.read_text())
    names = {e["name"] for e in entries if e["records"] == RECORDS}
    assert names == {"server list", "server search 'Sampl'", "server search 'DEMO-CM-4'",
                     "server search 'strategy'"}
    assert all(e["median_s"] > 0 and e["floor_s"] > 0 for e in entries)
