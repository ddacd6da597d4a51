"""Many clients on one PostgreSQL server at once: throughput, p95 latency, nothing lost.

Each client is its own process (as each PC runs its own copy of the app), with
its own connection, signed in as one of the demo practitioners. For the given
time each one repeats what a busy practitioner does: save a new draft, submit it
for review, and search the list. Afterwards the server must hold exactly the
records the clients were told were saved, every reference once, and an audit
trail that verifies from its first event.

Run alone with ``python -m bench.load [--clients 20] [--seconds 60]``; ``make bench``
runs it with the other figures. ``--operations N`` gives each client N turns instead
of a time: the same work however busy the machine is (the harness test uses that, so
a slow machine makes it slower, never makes it fail).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

CLIENTS = 20
#: Demo records on the server before the clients start.
SEEDED = 50
SECONDS = 60.0
OPERATIONS = ("save", "submit", "search")
#: Words typed into the search box, in turn (names and words the demo records hold).
SEARCHES = ("ada", "police", "school", "TEST-CM", "strategy", "visit")


@dataclass
class ClientResult:
    """What one client did: the records it was told were saved, and how long each took."""

    saved: list[tuple[int, str]] = field(default_factory=list)
    seconds: dict[str, list[float]] = field(default_factory=lambda: {o: [] for o in OPERATIONS})
    failures: dict[str, int] = field(default_factory=dict)


def client(url: str, username: str, password: str, organisation_id: int, seconds: float,
           start_at: float, number: int, turns: int | None = None) -> ClientResult:
    """One PC's copy of the app, busy until ``start_at + seconds`` (wall clock), or for
    exactly ``turns`` turns (save, submit, search) when that is given."""
    from infoshare_desktop.services import accounts, records
    from infoshare_desktop.services.database import StorageError
    from infoshare_desktop.services.errors import ServiceError
    from infoshare_desktop.services.records import RecordFilter
    from infoshare_desktop.storage.database import Database
    from tests.factories import complete_record

    db = Database.open_url(url)
    result = ClientResult()
    try:
        user = accounts.authenticate(db, username, password)
        time.sleep(max(0.0, start_at - time.time()))
        end, turn = start_at + seconds, 0
        while (turn < turns) if turns is not None else (time.time() < end):
            turn += 1
            content = complete_record(now=datetime.now(UTC),
                                      recipient_organisation_id=organisation_id)
            content = replace(content, case_reference=f"LOAD-{number:02}-{turn:05}")

            def timed(name: str, work: Callable[[], Any]) -> Any:
                began = time.perf_counter()
                try:
                    value = work()
                except (ServiceError, StorageError) as error:
                    kind = f"{name}: {type(error).__name__}"
                    result.failures[kind] = result.failures.get(kind, 0) + 1
                    return None
                result.seconds[name].append(time.perf_counter() - began)
                return value

            draft = timed("save", lambda c=content: records.save_draft(db, user, c))
            if draft is None:
                continue
            result.saved.append((draft.id, draft.reference))
            timed("submit", lambda d=draft: records.submit(db, user, d))
            word = SEARCHES[turn % len(SEARCHES)]
            timed("search", lambda w=word: records.first_page(db, user, RecordFilter(search=w)))
    finally:
        db.close()
    return result


def _client_main(args: tuple[Any, ...]) -> ClientResult:
    return client(*args)


def p95(values: list[float]) -> float:
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[94]


@dataclass(frozen=True)
class LoadReport:
    clients: int
    seconds: float
    operations: dict[str, int]
    p95_s: dict[str, float]
    median_s: dict[str, float]
    failures: dict[str, int]
    saved: int
    in_database: int
    duplicate_references: int
    missing: int
    chain_ok: bool
    chain_text: str

    @property
    def throughput(self) -> float:
        return sum(self.operations.values()) / self.seconds

    @property
    def sound(self) -> bool:
        return (self.saved == self.in_database and not self.duplicate_references
                and not self.missing and self.chain_ok)

    def entry(self) -> dict[str, Any]:
        return {"name": "load", "clients": self.clients, "seconds": self.seconds,
                "throughput_ops_s": round(self.throughput, 1),
                "operations": self.operations,
                "p95_s": {k: round(v, 4) for k, v in self.p95_s.items()},
                "median_s": {k: round(v, 4) for k, v in self.median_s.items()},
                "failures": self.failures, "records_saved": self.saved,
                "records_in_database": self.in_database,
                "duplicate_references": self.duplicate_references,
                "missing": self.missing, "chain_ok": self.chain_ok}

    def lines(self) -> list[str]:
        out = [f"load: {self.clients} clients for {self.seconds:.0f} s on PostgreSQL: "
               f"{self.throughput:.1f} operations/s"]
        for name in OPERATIONS:
            out.append(f"  {name:<8} {self.operations[name]:>7,} done   "
                       f"median {self.median_s[name] * 1000:8.1f} ms   "
                       f"p95 {self.p95_s[name] * 1000:8.1f} ms")
        failed = ", ".join(f"{k} x{v}" for k, v in sorted(self.failures.items())) or "none"
        out.append(f"  refused or failed: {failed}")
        verdict = "sound" if self.sound else "NOT SOUND"
        out.append(f"  afterwards: {self.saved:,} records saved by the clients, "
                   f"{self.in_database:,} in the database, {self.missing} missing, "
                   f"{self.duplicate_references} duplicated references; audit chain "
                   f"{self.chain_text}: {verdict}")
        return out


def run(clients: int = CLIENTS, seconds: float = SECONDS,
        say: Callable[[str], None] = print, turns: int | None = None) -> LoadReport:
    """Start a private server, set up the demo organisation, run the clients, check.

    With ``turns`` each client does exactly that many turns, whatever the time they
    take; ``seconds`` is then how long they took (for the throughput).
    """
    from sqlalchemy import func, select

    from infoshare_desktop import demo
    from infoshare_desktop.services import audit, organisations
    from infoshare_desktop.storage.database import Database
    from infoshare_desktop.storage.tables import DecisionRecordRow
    from tests import pg_server

    server = pg_server.start_server()
    try:
        name = server.new_database()
        url = server.url(name)
        db = Database.open_url(url)
        demo.create_demo_data(db, SEEDED)  # the demo organisation, its directory, a few records
        people = demo.demo_people(db)
        organisation = organisations.list_organisations(db)[0]
        assert organisation.id is not None
        practitioners = [user.username for user in people.practitioners]
        start_at = time.time() + 3.0 + clients * 0.4  # every client signed in by then
        jobs = [(url, practitioners[n % len(practitioners)], demo.DEMO_PASSWORD,
                 organisation.id, seconds, start_at, n, turns) for n in range(clients)]
        say(f"load: starting {clients} client processes against a private PostgreSQL server")
        context = multiprocessing.get_context("spawn")
        with context.Pool(clients) as pool:
            results = pool.map(_client_main, jobs)
        if turns is not None:
            seconds = max(time.time() - start_at, 1e-3)
        saved = [pair for r in results for pair in r.saved]
        saved_ids = {record_id for record_id, _ in saved}
        with db.session() as session:
            in_database = -SEEDED + session.execute(
                select(func.count()).select_from(DecisionRecordRow)).scalar_one()
            duplicates = session.execute(
                select(func.count()).select_from(
                    select(DecisionRecordRow.reference).group_by(DecisionRecordRow.reference)
                    .having(func.count() > 1).subquery())).scalar_one()
            found = {row[0] for row in session.execute(select(DecisionRecordRow.id))}
        missing = sum(1 for record_id, _ in saved if record_id not in found)
        chain = audit.verify(db, people.guardian)
        db.close()
        if len(saved_ids) != len(saved):
            say("  WARNING: a record id was reported saved twice")
        operations = {o: sum(len(r.seconds[o]) for r in results) for o in OPERATIONS}
        every = {o: [s for r in results for s in r.seconds[o]] for o in OPERATIONS}
        failures: dict[str, int] = {}
        for r in results:
            for kind, n in r.failures.items():
                failures[kind] = failures.get(kind, 0) + n
        return LoadReport(
            clients, seconds, operations,
            {o: p95(v) for o, v in every.items()},
            {o: statistics.median(v) if v else 0.0 for o, v in every.items()},
            failures, len(saved), in_database, duplicates, missing, chain.ok, chain.text)
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.load")
    parser.add_argument("--clients", type=int, default=CLIENTS)
    parser.add_argument("--seconds", type=float, default=SECONDS)
    parser.add_argument("--operations", type=int, default=None,
                        help="turns per client instead of --seconds")
    args = parser.parse_args()
    report = run(args.clients, args.seconds, turns=args.operations)
    for line in report.lines():
        print(line)
    print(json.dumps(report.entry()))


if __name__ == "__main__":
    main()
