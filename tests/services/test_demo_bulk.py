"""The bulk demo path against the services: the same seed must give the same records,
versions, reviews and audit trail whether each step goes through the services or is
worked out in memory and written in batches (which is what makes 100,000 quick)."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from infoshare_desktop import demo
from infoshare_desktop.domain.audit import CONTENT_KEY, VERSION_SHA_KEY, verify_chain
from infoshare_desktop.storage import audit as audit_store
from infoshare_desktop.storage import repository
from infoshare_desktop.storage.database import Database
from infoshare_desktop.storage.tables import UserRow

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
#: What the services stamp from the clock, so two runs can never share it.
STAMPED = ("created_at", "updated_at", "authorised_on")


def _timeless(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in STAMPED}


def _everything(db: Database) -> dict[str, Any]:
    """Every record, version, review and audit event, without clock times."""
    with db.session() as session:
        users = {u.id: u.username for u in session.execute(select(UserRow)).scalars()}
        records, versions, reviews = [], [], []
        for record_id in repository.all_record_ids(session):
            record = repository.load_record(session, record_id)
            assert record is not None
            records.append(_timeless(asdict(record)))
            versions += [(record_id, v.number, v.kind, v.by, v.reason,
                          _timeless(json.loads(v.payload)))
                         for v in repository.list_versions(session, record_id)]
            reviews += [(record_id, r.by, r.action, r.comment)
                        for r in repository.list_reviews(session, record_id)]
        events = list(audit_store.all_events(session))
        assert verify_chain(events, *audit_store.head(session)).ok
        # Every fingerprint of content matches what was stored, and nothing is left
        # unchecked: the bulk path fingerprints exactly as the services do.
        whole = audit_store.verify(session)
        assert whole.ok and whole.unchecked == 0, whole.text
    # The fingerprints themselves cover the times the clock stamps.
    trail = [(e.sequence, e.action, e.record_id, e.reference,
              {k: v for k, v in e.details.items()  # type: ignore[union-attr]
               if k not in (CONTENT_KEY, VERSION_SHA_KEY)})
             for e in events]
    return {"users": users, "records": records, "versions": versions, "reviews": reviews,
            "events": trail}


@pytest.mark.parametrize("seed", [3, 11])
def test_bulk_path_writes_what_the_services_write(tmp_path: Path, seed: int) -> None:
    made = {}
    for through_services in (True, False):
        db = Database.open(tmp_path / f"{seed}-{through_services}.db")
        try:
            demo.create_demo_data(db, 2, seed=1, now=NOW, through_services=True)
            demo.create_demo_data(db, 70, seed=seed, now=NOW,
                                  through_services=through_services)
            made[through_services] = _everything(db)
        finally:
            db.close()
    services, bulk = made[True], made[False]
    assert len(bulk["records"]) == 72
    for part in ("users", "records", "versions", "reviews", "events"):
        assert bulk[part] == services[part], part


def test_batches_report_progress_and_split_transactions(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "BATCH", 7)
    seen: list[int] = []
    assert demo.create_demo_data(db, 20, seed=2, now=NOW, progress=seen.append) == 20
    assert seen == [7, 14, 20]
    with db.session() as session:
        assert len(repository.all_record_ids(session)) == 20
        assert verify_chain(audit_store.all_events(session), *audit_store.head(session)).ok
