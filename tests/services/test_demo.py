"""Demo data goes through the real use cases and obeys every rule real records do."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from infoshare_desktop.domain.rules import completion_problems, draft_problems
from infoshare_desktop.domain.vocab import RecipientType, RecordStatus
from infoshare_desktop.services import demo
from infoshare_desktop.services.organisations import list_organisations
from infoshare_desktop.services.records import get_record, list_records
from infoshare_desktop.storage.database import Database

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


def _contents(db: Database) -> list[dict[str, Any]]:
    """Every record's content, without what the services stamp (ids, times)."""
    out = []
    for summary in sorted(list_records(db), key=lambda s: s.reference):
        data = asdict(get_record(db, summary.id))
        for key in ("id", "created_at", "updated_at", "recipient_organisation_id"):
            data.pop(key)
        out.append(data)
    return out


def test_completed_demo_records_pass_every_rule_even_with_authorisation(db: Database) -> None:
    assert demo.create_demo_data(db, 120, seed=3, now=NOW) == 120
    summaries = list_records(db)
    assert len(summaries) == 120
    statuses = {s.status for s in summaries}
    assert statuses == {RecordStatus.DRAFT, RecordStatus.COMPLETED}
    now = datetime.now(UTC)
    for summary in summaries:
        record = get_record(db, summary.id)
        assert draft_problems(record, now) == []
        if record.status is RecordStatus.COMPLETED:
            assert completion_problems(record, now, authorisation_required=True) == []
        assert record.case_reference.startswith("DEMO-")


def test_the_directory_covers_every_recipient_type_and_is_added_once(db: Database) -> None:
    demo.create_demo_data(db, 2, seed=1, now=NOW)
    demo.create_demo_data(db, 2, seed=2, now=NOW)
    orgs = list_organisations(db, include_inactive=True)
    assert len(orgs) == len(demo.DIRECTORY) + 1
    assert {o.type for o in orgs} == set(RecipientType)
    assert [o.name for o in orgs if not o.active] == [demo.INACTIVE[0]]
    assert len(list_records(db)) == 4


def test_same_seed_same_records_different_seed_different(tmp_path: Path) -> None:
    contents = []
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        db = Database.open(tmp_path / f"{name}.db")
        try:
            demo.create_demo_data(db, 15, seed=seed, now=NOW)
            contents.append(_contents(db))
        finally:
            db.close()
    assert contents[0] == contents[1]
    assert contents[0] != contents[2]


def test_zero_records_adds_only_the_directory(db: Database) -> None:
    assert demo.create_demo_data(db, 0) == 0
    assert list_records(db) == []
    with pytest.raises(ValueError):
        demo.create_demo_data(db, -1)
