"""The audit trail benchmark: ``audit verify`` over 100,000 events, beside its floor.

The events go into their own temporary database. The first ones are written by
``storage.audit.append`` itself, exactly as the services write them (about a
millisecond each, too slow for 100,000 in a benchmark); the rest are bulk-inserted
with the same hash chain, computed by ``domain.audit.chain_hash``. ``verify`` then
checks every one of them, so a bulk row that differed from what ``append`` writes
would show up as a broken chain and stop the benchmark.

The floor reads the same rows with plain sqlite3 and chains one SHA-256 per row
over the raw column values: the least any check of every event could cost.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, update

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.audit import AuditAction, AuditEvent, chain_hash
from infoshare_desktop.services import accounts, audit
from infoshare_desktop.storage import audit as audit_store
from infoshare_desktop.storage.database import Database
from infoshare_desktop.storage.tables import AuditEventRow, AuditHeadRow

#: The issue's limit for checking 100,000 events.
LIMIT_SECONDS = 5.0
ADMIN = "bench_admin"
PASSWORD = "bench-password-1"
#: Events written through ``storage.audit.append`` before the bulk insert.
THROUGH_APPEND = 1_000
BATCH = 10_000

_ACTIONS = list(AuditAction)
_COMMENT = "Agreed: share the visit dates only. Siân’s school was told — see notes."


@dataclass
class Filled:
    events: int
    appended: int
    append_seconds: float
    seconds: float


def _event_fields(n: int, start: datetime) -> dict[str, Any]:
    """The n-th made-up event: a realistic mix of actions, people, records and details."""
    action = _ACTIONS[n % len(_ACTIONS)]
    record = n % 3 != 0
    details: dict[str, Any] = {}
    if action is AuditAction.ADDENDUM:
        details = {"reason": "Typo", "changes": [
            {"field": "purpose", "old": "To support a strategy discussion.",
             "new": "To support the strategy discussion on Tuesday."}]}
    elif action in (AuditAction.AUTHORISE, AuditAction.RETURN, AuditAction.DECLINE):
        details = {"comment": _COMMENT, "status": "authorised"}
    elif action is AuditAction.LOGIN_FAILED:
        details = {"reason": "wrong password", "attempts": n % 5}
    return {
        "at": start + timedelta(seconds=7 * n, microseconds=n % 997),
        "user_id": n % 40 + 1,
        "username": f"worker{n % 40 + 1}",
        "action": action,
        "record_id": n % 2_000 + 1 if record else None,
        "reference": f"IS-2026-{n % 2_000 + 1:06d}" if record else "",
        "details": details,
    }


def fill(db: Database, total: int) -> Filled:
    """Add events until the trail holds ``total`` (set-up events included)."""
    start = datetime(2026, 1, 5, 8, 30, tzinfo=UTC)
    began = time.perf_counter()
    with db.session() as session:
        count, _ = audit_store.head(session)
        appended = max(0, min(THROUGH_APPEND, total - count))
        for n in range(count, count + appended):
            fields = _event_fields(n, start)
            audit_store.append(session, fields.pop("at"), fields.pop("user_id"),
                               fields.pop("username"), fields.pop("action"), **fields)
    append_seconds = time.perf_counter() - began
    with db.session() as session:
        count, head = audit_store.head(session)
        rows: list[dict[str, Any]] = []
        for sequence in range(count + 1, total + 1):
            event = AuditEvent(sequence=sequence, prev_hash=head,
                               **_event_fields(sequence - 1, start))
            head = chain_hash(head, event)
            rows.append({
                "sequence": sequence, "at": event.at, "user_id": event.user_id,
                "username": event.username, "action": event.action.value,
                "record_id": event.record_id, "reference": event.reference,
                # As append stores it.
                "details": json.dumps(event.details, ensure_ascii=False, sort_keys=True),
                "prev_hash": event.prev_hash, "hash": head,
            })
            if len(rows) == BATCH or sequence == total:
                session.execute(insert(AuditEventRow), rows)
                rows = []
        session.execute(update(AuditHeadRow).where(AuditHeadRow.id == 1)
                        .values(count=max(total, count), head_hash=head))
    return Filled(max(total, count), appended, append_seconds, time.perf_counter() - began)


def set_up(path: Path) -> tuple[Database, User]:
    db = Database.open(path)
    admin = accounts.set_up_organisation(
        db, "Benchshire Council", "OFFICIAL-SENSITIVE", User(None, ADMIN, "Bea Bench"), PASSWORD)
    return db, admin


def verify(db: Database, actor: User) -> int:
    """``services.audit.verify``, which must find the chain whole."""
    report = audit.verify(db, actor)
    if not report.ok:
        raise SystemExit(f"bench: the generated trail does not verify: {report.text}")
    return report.count


COMMAND = """
import sys, time; t0 = time.perf_counter()
from infoshare_desktop.cli import main
code = main(["audit", "verify", "--db", sys.argv[1], "--user", sys.argv[2]])
assert code == 0, code
print(time.perf_counter() - t0)
"""

FLOOR_COMMAND = """
import sys, time; t0 = time.perf_counter()
from pathlib import Path
from bench.floor_chain import raw_chain
raw_chain(Path(sys.argv[1]))
print(time.perf_counter() - t0)
"""


def child_seconds(script: str, *args: str, repeats: int = 3) -> float:
    """Median wall time a fresh Python process reports (start-up and imports included)."""
    runs = []
    for _ in range(repeats):
        out = subprocess.run(
            [sys.executable, "-c", script, *args], check=True, capture_output=True, text=True,
            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                 "INFOSHARE_PASSWORD": PASSWORD},
            cwd=Path(__file__).parent.parent,
        )
        runs.append(float(out.stdout.strip().splitlines()[-1]))
    runs.sort()
    return runs[len(runs) // 2]
