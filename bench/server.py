"""The decision list on a team's PostgreSQL server at 100,000 decisions.

The cached 100,000-decision file is moved to a private server with the app's own
``infoshare migrate`` (``services.transfer.copy_log``), then what the list asks of
the services when it opens and as someone types in the search box
(``records.first_page``: the count and the first page, as the Caldicott Guardian
who sees every record) is timed beside its floor: the same count, page of ids and
rows read with plain psycopg on one open connection, as SQL written by hand.

Run alone with ``python -m bench.server [--repeats 5]``; ``make bench`` runs it with
the other figures.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.figures import Figure

#: What a person might type (as in ``bench.app_figures``), and the list with no search.
SEARCHES = ("", "Sampl", "DEMO-CM-4", "strategy")
#: Rows in the list's first page (``ui/models/record_model.py``'s first block).
PAGE = 200
LIST_ROWS = """
    SELECT r.id, r.reference, r.decided_at, r.case_reference, o.name, r.outcome, r.consent,
           r.status, r.updated_at, r.author_id, u.full_name, r.awaiting_review
    FROM decision_records r
    LEFT JOIN organisations o ON o.id = r.recipient_organisation_id
    LEFT JOIN users u ON u.id = r.author_id
    WHERE r.id = ANY(%s)
"""


def floor(connection: Any, search: str) -> int:
    """The count and first page for ``search``, by hand: the floor of ``first_page``."""
    from infoshare_desktop.storage import postgres
    from infoshare_desktop.storage.search import PostgresSearch

    query = PostgresSearch.query_text(search) if search.strip() else None
    matching = (f"SELECT record_id FROM {postgres.SEARCH_TABLE} "
                f"WHERE words @@ to_tsquery('{postgres.SEARCH_CONFIG}', %s)")
    with connection.cursor() as cursor:
        if query is None:
            cursor.execute("SELECT count(*) FROM decision_records")
            count = cursor.fetchone()[0]
            cursor.execute("SELECT id FROM decision_records ORDER BY decided_at DESC NULLS "
                           f"LAST, id DESC LIMIT {PAGE}")
        else:
            cursor.execute(f"SELECT count(*) FROM ({matching}) AS hits", (query,))
            count = cursor.fetchone()[0]
            cursor.execute(f"SELECT id FROM decision_records WHERE id IN ({matching}) "
                           f"ORDER BY decided_at DESC NULLS LAST, id DESC LIMIT {PAGE}",
                           (query,))
        ids = [row[0] for row in cursor.fetchall()]
        cursor.execute(LIST_ROWS, (ids,))
        cursor.fetchall()
    connection.rollback()
    return int(count)


def _median(repeats: int, action: Callable[[], int]) -> tuple[float, int]:
    times, result = [], 0
    for _ in range(repeats):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def run(source: Path, repeats: int, say: Callable[[str], None] = print) -> list[Figure]:
    """Move a copy of ``source`` to a private server and time the list there."""
    import psycopg

    from infoshare_desktop.demo import DEMO_PASSWORD
    from infoshare_desktop.services import accounts, records, transfer
    from infoshare_desktop.services.records import RecordFilter
    from infoshare_desktop.storage import postgres
    from infoshare_desktop.storage.database import Database
    from tests import pg_server

    server = pg_server.start_server()
    try:
        with tempfile.TemporaryDirectory(prefix="infoshare-server-bench-") as folder:
            copy = Path(folder) / source.name
            shutil.copyfile(source, copy)  # the move is recorded in the source's trail
            url = server.url(server.empty_database())
            local, db = Database.open(copy), Database.open_url(url)
            try:
                started = time.perf_counter()
                moved = transfer.copy_log(
                    local, db, accounts.authenticate(local, "admin1", DEMO_PASSWORD), "bench")
            finally:
                local.close()
        say(f"server: {moved.decisions:,} decisions moved to a private PostgreSQL server "
            f"with infoshare migrate in {time.perf_counter() - started:.0f} s")
        guardian = accounts.authenticate(db, "guardian1", DEMO_PASSWORD)
        conninfo, password = postgres.libpq_conninfo(db.engine.url)
        raw = psycopg.connect(conninfo, password=password) if password else psycopg.connect(
            conninfo)
        figures: list[Figure] = []
        try:
            for search in SEARCHES:
                app, found = _median(repeats, lambda s=search: records.first_page(
                    db, guardian, RecordFilter(search=s))[0])
                by_hand, counted = _median(repeats, lambda s=search: floor(raw, s))
                if found != counted:
                    say(f"  WARNING, not the same job: {search!r}: the service counts {found}, "
                        f"the SQL {counted}")
                name = f"server search {search!r}" if search else "server list"
                figures.append(Figure(name, moved.decisions, app, by_hand))
        finally:
            raw.close()
            db.close()
        return figures
    finally:
        server.stop()


def main() -> None:
    from bench import databases

    parser = argparse.ArgumentParser(prog="python -m bench.server")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--source", type=Path, default=None,
                        help="the SQLite database to move (default: the cached 100,000)")
    args = parser.parse_args()
    for figure in run(args.source or databases.cached(100_000), args.repeats):
        print(figure.line())


if __name__ == "__main__":
    main()
