"""Report figures for ``make bench``: each printed report beside a bare reportlab table.

- ``supervision report``: one practitioner's 1,000 decisions (the period is chosen
  so that it holds 1,000 of practitioner1's decisions) on the largest database
  that has them, made by the service as a manager would: data, layout, audit.
- ``guardian report``: every decision in the largest database.

Each floor is reportlab on its own doing the same layout work: a ``SimpleDocTemplate``
with a plain ``Table`` for each table the report printed, holding the same rows
(captured as the report made them), in the same font, with a repeated header row
and nothing else, built in the same run. The figure includes everything the floor
leaves out (queries, permission checks, counts, charts, wrapping, the header and
page furniture, the audit event), so the ratio is what the app adds to
reportlab's bare cost.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table

from bench.figures import Figure, median_of
from infoshare_desktop.demo import DEMO_PASSWORD
from infoshare_desktop.reports import guardian, layout, supervision, text_table
from infoshare_desktop.reports.layout import CELL_LEADING, CELL_SIZE, FONT, register_fonts
from infoshare_desktop.services import accounts, records, reporting
from infoshare_desktop.storage.database import Database

#: Decisions in the supervision report.
SUPERVISION_DECISIONS = 1_000
REPEATS = 3


Rows = list[list[Any]]


def bare_tables(tables: Sequence[tuple[Rows, Sequence[float]]]) -> int:
    """The floor: each (rows, widths) as one plain table on A4 pages, header
    repeated, in the reports' font; returns the page count."""
    register_fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4)
    story = []
    for rows, widths in tables:
        table = Table([[f"Column {n + 1}" for n in range(len(widths))], *rows],
                      colWidths=list(widths), repeatRows=1)
        table.setStyle([("FONT", (0, 0), (-1, -1), FONT, CELL_SIZE, CELL_LEADING),
                        ("VALIGN", (0, 0), (-1, -1), "TOP")])
        story.append(table)
    doc.build(story)
    return int(doc.page)


@contextmanager
def captured_tables() -> Iterator[list[tuple[Rows, Sequence[float]]]]:
    """Every table body the reports build while inside, as (rows, column widths):
    reportlab tables made with ``data_tables`` and ``TextTable``s alike."""
    found: list[tuple[Rows, Sequence[float]]] = []
    original = layout.data_tables
    original_init = text_table.TextTable.__init__

    def capturing(header: Any, rows: Any, widths: Any, chunk: int | None = None) -> Any:
        found.append(([list(row) for row in rows], list(widths)))
        return original(header, rows, widths, chunk)

    def capturing_init(table: Any, header: Any, rows: Any, widths: Any, *args: Any,
                       **kwargs: Any) -> None:
        if not isinstance(rows, text_table._Rows):  # a whole table, not a page's part
            found.append(([list(row) for row in rows], list(widths)))
        original_init(table, header, rows, widths, *args, **kwargs)

    modules = [m for m in (layout, guardian, supervision)
               if getattr(m, "data_tables", None) is original]
    for module in modules:
        module.data_tables = capturing  # type: ignore[attr-defined]
    text_table.TextTable.__init__ = capturing_init  # type: ignore[method-assign]
    try:
        yield found
    finally:
        for module in modules:
            module.data_tables = original  # type: ignore[attr-defined]
        text_table.TextTable.__init__ = original_init  # type: ignore[method-assign]


def supervision_period(db: Database, manager: object, username: str) -> tuple[date, date]:
    """From the practitioner's first decision to the day of their 1,000th."""
    practitioner = next(u for u in accounts.list_users(db, manager)  # type: ignore[arg-type]
                        if u.username == username)
    summaries = records.list_records(db, manager, author_id=practitioner.id)  # type: ignore[arg-type]
    days = sorted(reporting.today_uk(s.decided_at) for s in summaries
                  if s.decided_at is not None)
    if len(days) < SUPERVISION_DECISIONS:
        raise LookupError(f"{username} has only {len(days)} decisions")
    return days[0], days[SUPERVISION_DECISIONS - 1]


def report_figure(
    path: Path, records_in_db: int, username: str, request_for: Callable[[Database], Any],
    name: Callable[[int, int], str], repeats: int = REPEATS,
) -> Figure:
    """The report ``request_for(db)`` made as ``username`` (data, layout, audit), beside
    a bare reportlab table of the rows it printed; ``name(decisions, rows)``."""
    db = Database.open(path)
    try:
        actor = accounts.authenticate(db, username, DEMO_PASSWORD)
        request = request_for(db)
        made: list[int] = []

        def report() -> None:
            made.append(reporting.generate_report(db, actor, request, io.BytesIO()).decisions)

        median = median_of(repeats, report)
        with captured_tables() as tables:
            report()
        floor = median_of(repeats, lambda: bare_tables(tables))
    finally:
        db.close()
    return Figure(name(made[0], sum(len(rows) for rows, _ in tables)), records_in_db,
                  median, floor)


def supervision_figure(path: Path, records_in_db: int, repeats: int = REPEATS) -> Figure:
    def request(db: Database) -> reporting.SupervisionReport:
        manager = accounts.authenticate(db, "manager1", DEMO_PASSWORD)
        since, until = supervision_period(db, manager, "practitioner1")
        return reporting.SupervisionReport("practitioner1", since, until)

    return report_figure(path, records_in_db, "manager1", request,
                         lambda decisions, _: f"supervision report ({decisions:,} decisions)",
                         repeats)


def guardian_figure(path: Path, records_in_db: int, repeats: int = REPEATS) -> Figure:
    return report_figure(
        path, records_in_db, "guardian1",
        lambda _db: reporting.GuardianReport(date(2000, 1, 1), reporting.today_uk()),
        lambda decisions, rows: f"guardian report ({decisions:,} decisions, {rows:,} rows listed)",
        repeats)


def figures(databases: dict[int, Path], repeats: int = REPEATS) -> Iterator[Figure]:
    """The supervision report on the smallest database with 1,000 decisions by one
    practitioner, and the Guardian report on the largest database."""
    if not databases:
        return
    for size in sorted(databases):
        if size >= SUPERVISION_DECISIONS * 4:  # demo deals records to 4 practitioners
            yield supervision_figure(databases[size], size, repeats)
            break
    largest = max(databases)
    yield guardian_figure(databases[largest], largest, repeats)


if __name__ == "__main__":
    import sys

    found = {int(arg.split("=")[0]): Path(arg.split("=")[1]) for arg in sys.argv[1:]}
    for figure in figures(found):
        print(figure.line(), flush=True)
