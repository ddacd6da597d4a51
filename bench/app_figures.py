"""The figures measured inside the app: search, filter, open, save and scroll.

Run as ``python -m bench.app_figures DB --repeats N [--only a,b]`` in a fresh
process per database (``bench.__main__`` does), with the main window open as the
Caldicott Guardian (who sees every record). Each figure is timed beside its
floor (``bench.floors``, plain sqlite3 on the same file) in this same process,
taking turns, and the figures are printed as one JSON list on the last line.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from datetime import time as day_start
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bench import floors
from bench.figures import Figure
from infoshare_desktop.demo import DEMO_PASSWORD
from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.vocab import (
    Article6Basis,
    ConsentStatus,
    Outcome,
    RecordStatus,
)
from infoshare_desktop.services import accounts
from infoshare_desktop.services import records as record_service
from infoshare_desktop.storage.database import Database
from infoshare_desktop.ui.app import create_application
from infoshare_desktop.ui.main_window import MainWindow
from infoshare_desktop.ui.views.record_lists import RecordListView

T = TypeVar("T")
NAMES = ("search", "filter", "open", "save", "scroll")
#: What a person might type: a surname prefix from the demo data, a case
#: reference prefix and a word from the purposes.
SEARCHES = ("Sampl", "DEMO-CM-4", "strategy")
FILTER_SEARCH = "support"
#: Rows read for "the list shows its results": more than a 800-pixel window shows.
SCREENFUL = 40


def timed(action: Callable[..., T], *args: Any) -> tuple[float, T]:
    """Seconds ``action(*args)`` took, and what it returned."""
    start = time.perf_counter()
    result = action(*args)
    return time.perf_counter() - start, result


def settle() -> None:
    QApplication.processEvents()


def shown(view: RecordListView) -> int:
    """What the screen needs from the list: its row count and a screenful of cells."""
    model = view.table.model()
    rows = model.rowCount()
    for row in range(min(rows, SCREENFUL)):
        for column in range(model.columnCount()):
            model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
    return rows


class Bench:
    """The main window on one database, and a plain sqlite3 connection beside it."""

    def __init__(self, path: Path, repeats: int) -> None:
        self.path = path
        self.repeats = repeats
        self.app = create_application([sys.argv[0]])
        self.db = Database.open(path)
        self.guardian = accounts.authenticate(self.db, "guardian1", DEMO_PASSWORD)
        self.window = MainWindow(self.db, self.guardian)
        self.window.resize(1280, 800)
        self.window.show()
        settle()
        self.view: RecordListView = self.window.decisions
        self.raw = floors.connect(path)
        self.records = self.raw.execute("SELECT count(*) FROM decision_records").fetchone()[0]
        self.mismatches: list[str] = []

    def close(self) -> None:
        self.raw.close()
        self.window.close_forms()
        self.db.close()

    def figure(self, name: str, app: list[float], floor: list[float]) -> Figure:
        return Figure(name, self.records, statistics.median(app), statistics.median(floor))

    def check(self, what: str, app_rows: int, floor_rows: int) -> None:
        """The app and its floor must be doing the same job: the same number of rows."""
        if app_rows != floor_rows:
            self.mismatches.append(f"{what}: the list shows {app_rows}, the SQL finds {floor_rows}")

    # -- figures ------------------------------------------------------------------------

    def search(self) -> Figure:
        box = self.view.search_box

        def type_in(text: str) -> int:
            box.setText(text)
            settle()
            return shown(self.view)

        app: list[float] = []
        floor: list[float] = []
        for text in SEARCHES:
            for _ in range(self.repeats):
                type_in("")
                seconds, rows = timed(type_in, text)
                app.append(seconds)
                seconds, (count, _page) = timed(floors.search, self.raw, text)
                floor.append(seconds)
                self.check(f"search {text!r}", rows, count)
        type_in("")
        return self.figure("search", app, floor)

    def _filter(self) -> tuple[Any, dict[str, Any]]:
        organisations = [row[0] for row in self.raw.execute(
            "SELECT id FROM organisations WHERE active ORDER BY id")]
        authors = [row[0] for row in self.raw.execute(
            "SELECT id FROM users WHERE username IN"
            " ('practitioner1', 'practitioner2', 'practitioner3') ORDER BY id")]
        today = datetime.now(UTC).astimezone().date()
        first, last = today - timedelta(days=365), today
        statuses = (RecordStatus.COMPLETED, RecordStatus.AUTHORISED)
        outcomes = (Outcome.SHARED_IN_FULL, Outcome.SHARED_IN_PART)
        consents = (ConsentStatus.GIVEN_WRITTEN, ConsentStatus.GIVEN_VERBAL,
                    ConsentStatus.NOT_SOUGHT, ConsentStatus.REFUSED_SHARED)
        bases = (Article6Basis.PUBLIC_TASK, Article6Basis.LEGAL_OBLIGATION)
        recipients = tuple(organisations[: len(organisations) // 2 + 1])
        chosen = record_service.RecordFilter(
            search=FILTER_SEARCH, statuses=statuses, outcomes=outcomes, consents=consents,
            article6_bases=bases, recipient_ids=recipients, author_ids=tuple(authors),
            decided_from=first, decided_to=last,
        )
        raw = {
            "text": FILTER_SEARCH, "statuses": [s.value for s in statuses],
            "outcomes": [o.value for o in outcomes], "consents": [c.value for c in consents],
            "bases": [b.value for b in bases], "recipient_ids": recipients,
            "author_ids": authors, "decided_from": _local_midnight(first),
            "decided_before": _local_midnight(last + timedelta(days=1)),
        }
        return chosen, raw

    def filter(self) -> Figure:
        chosen, raw = self._filter()

        def apply(value: record_service.RecordFilter) -> int:
            self.view.apply_filter(value)
            settle()
            return shown(self.view)

        app: list[float] = []
        floor: list[float] = []
        for _ in range(self.repeats):
            apply(record_service.RecordFilter())
            seconds, rows = timed(apply, chosen)
            app.append(seconds)
            seconds, (count, _page) = timed(lambda: floors.filtered(self.raw, **raw))
            floor.append(seconds)
            self.check("filter", rows, count)
        apply(record_service.RecordFilter())
        return self.figure("filter", app, floor)

    def _spread_ids(self, where: str = "1") -> list[int]:
        """A few record ids from across the table (oldest, middle, newest...)."""
        ids = [row[0] for row in self.raw.execute(
            f"SELECT id FROM decision_records WHERE {where} ORDER BY id")]
        if not ids:
            raise RuntimeError(f"no record with {where}")
        step = max(1, len(ids) // max(self.repeats, 1))
        return [ids[(i * step + step // 2) % len(ids)] for i in range(self.repeats)]

    def open(self) -> Figure:
        """A record opened as a person opens one: the app idle a moment before, so
        the form it builds ahead while idle is ready (MainWindow.spare_form)."""
        def ready_for_next() -> None:
            deadline = time.perf_counter() + 10
            while self.window.spare_form is None and time.perf_counter() < deadline:
                QApplication.processEvents()
                time.sleep(0.02)

        def open_form(record_id: int) -> Any:
            form = self.window.open_record(record_id)
            settle()
            return form

        app: list[float] = []
        floor: list[float] = []
        for record_id in self._spread_ids():
            ready_for_next()
            seconds, form = timed(open_form, record_id)
            app.append(seconds)
            if form is None or not form.isVisible():
                raise RuntimeError(f"record {record_id} did not open")
            form.close()
            settle()
            floor.append(timed(floors.open_record, self.raw, record_id)[0])
        return self.figure("open", app, floor)

    def save(self) -> Figure:
        authors: dict[int, User] = {}
        app: list[float] = []
        floor: list[float] = []
        for number, record_id in enumerate(self._spread_ids("status = 'draft'")):
            author_id = self.raw.execute(
                "SELECT author_id FROM decision_records WHERE id = ?", (record_id,)).fetchone()[0]
            if author_id not in authors:
                username = self.raw.execute(
                    "SELECT username FROM users WHERE id = ?", (author_id,)).fetchone()[0]
                authors[author_id] = accounts.authenticate(self.db, username, DEMO_PASSWORD)
            author = authors[author_id]
            record = record_service.get_record(self.db, author, record_id)
            changed = replace(record, purpose=f"{record.purpose} (benchmark edit {number})")
            app.append(timed(record_service.save_draft, self.db, author, changed)[0])
            floor.append(timed(floors.save, self.raw, record_id, changed.purpose + " (floor)")[0])
        return self.figure("save", app, floor)

    def scroll(self) -> Figure:
        self.view.search_box.setText("")
        settle()
        model = self.view.table.model()
        display = Qt.ItemDataRole.DisplayRole

        def every_cell() -> int:
            rows, columns = model.rowCount(), model.columnCount()
            for row in range(rows):
                for column in range(columns):
                    model.data(model.index(row, column), display)
            return rows

        app: list[float] = []
        floor: list[float] = []
        for _ in range(self.repeats):
            seconds, rows = timed(every_cell)
            app.append(seconds)
            seconds, count = timed(floors.every_row, self.raw)
            floor.append(seconds)
            self.check("scroll", rows, count)
        return self.figure("scroll", app, floor)


def _local_midnight(day: date) -> datetime:
    """The start of ``day`` where the user is (the filter's dates are local), in UTC."""
    return datetime.combine(day, day_start()).astimezone().astimezone(UTC)


def run(path: Path, repeats: int, names: Iterable[str]) -> tuple[list[Figure], list[str]]:
    """The named figures on ``path`` (which a save changes: pass a copy)."""
    create_application([sys.argv[0]])
    bench = Bench(path, repeats)
    try:
        figures = [getattr(bench, name)() for name in NAMES if name in set(names)]
    finally:
        bench.close()
    return figures, bench.mismatches


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.app_figures")
    parser.add_argument("db", type=Path)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--only", default=",".join(NAMES))
    args = parser.parse_args(argv)
    figures, mismatches = run(args.db, args.repeats, args.only.split(","))
    for line in mismatches:
        print(f"warning: {line}", file=sys.stderr)
    print(json.dumps({"figures": [f.as_json() for f in figures], "mismatches": mismatches}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
