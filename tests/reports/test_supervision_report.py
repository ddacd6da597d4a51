"""The supervision report PDF, read back with pypdf and checked against the database."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.audit import AuditAction
from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.domain.vocab import (
    Origin,
    Outcome,
    PersonInformed,
    RecordStatus,
    ReviewAction,
    Role,
)
from infoshare_desktop.reports import layout
from infoshare_desktop.reports.supervision import METADATA_TITLE
from infoshare_desktop.services import audit, reporting
from infoshare_desktop.services.errors import (
    NotFoundError,
    PermissionDeniedError,
    ServiceError,
)
from infoshare_desktop.storage import audit as audit_store
from infoshare_desktop.storage import repository
from infoshare_desktop.storage.database import Database
from tests import factories
from tests.services.org import Org, build

MARKING = "OFFICIAL-SENSITIVE"
SINCE, UNTIL = date(2026, 3, 1), date(2026, 5, 31)
REFERENCE = re.compile(r"IS-\d{4}-\d{6}")


@pytest.fixture
def org(db: Database) -> Org:
    return build(db)


def put(org: Org, author: User, decided: datetime, **overrides: Any) -> DecisionRecord:
    """A record by ``author`` decided at ``decided``, stored as it is."""
    content = factories.complete_record(
        now=decided + timedelta(days=2, hours=3),
        recipient_organisation_id=org.organisation_id,
    )
    record = replace(content, reference="", status=overrides.pop("status", RecordStatus.COMPLETED),
                     created_at=decided, updated_at=decided, author_id=author.id,
                     decided_at=decided, **overrides)
    with org.db.session() as session:
        record.reference = repository.next_reference(session, decided.year)
        record.id = repository.insert_record(session, record)
    return record


def uk(day: date, hour: int = 12, minute: int = 0) -> datetime:
    """A UK wall-clock time on ``day`` as UTC (BST from 29 March 2026)."""
    return datetime(day.year, day.month, day.day, hour, minute).astimezone().astimezone(UTC)


@pytest.fixture
def case(org: Org) -> dict[str, Any]:
    manager = org.add_user("mary_manager", Role.MANAGER, manages=(org.team_a,))
    colleague = org.add_user("chris_colleague", Role.PRACTITIONER, member_of=(org.team_a,))
    inside = [
        # The period's edges, in UK time: 00:30 on the first day, 23:30 on the last.
        put(org, org.author, uk(SINCE, 0, 30)),
        put(org, org.author, uk(date(2026, 3, 15)), person_informed=PersonInformed.NOT_YET,
            person_informed_reason="The mother is in hospital."),
        put(org, org.author, uk(date(2026, 4, 2)), origin=Origin.RESPONSE_TO_REQUEST,
            outcome=Outcome.NOT_SHARED, withheld_reason="The request was too broad."),
        put(org, org.author, uk(date(2026, 4, 20)), status=RecordStatus.RETURNED),
        put(org, org.author, uk(date(2026, 5, 1)), emergency=True, awaiting_review=True),
        put(org, org.author, uk(date(2026, 5, 10)), follow_up_on=date(2026, 5, 20)),
        put(org, org.author, uk(UNTIL, 23, 30), outcome=Outcome.SHARED_IN_PART,
            status=RecordStatus.SUBMITTED),
    ]
    outside = [
        put(org, org.author, uk(SINCE - timedelta(days=1), 23, 30)),
        put(org, org.author, uk(UNTIL + timedelta(days=1), 0, 30)),
        put(org, colleague, uk(date(2026, 4, 1))),  # someone else's, in the period
    ]
    with org.db.session() as session:
        repository.add_review(session, inside[3].id, manager.id, uk(date(2026, 4, 21)),  # type: ignore[arg-type]
                              ReviewAction.RETURN, "Add how the requester was verified.")
        repository.add_review(session, inside[0].id, manager.id, uk(date(2026, 3, 2)),  # type: ignore[arg-type]
                              ReviewAction.AUTHORISE, "Agreed, proportionate.")
    return {"manager": manager, "colleague": colleague, "inside": inside,
            "outside": outside}


def _read(path: Path) -> tuple[PdfReader, list[str]]:
    """The reader, and each page's text with every run of whitespace as one space."""
    reader = PdfReader(str(path))
    return reader, [" ".join(page.extract_text().split()) for page in reader.pages]


def _between(text: str, start: str, end: str) -> str:
    return text[text.index(start):text.index(end, text.index(start))]


def test_every_decision_once_and_counts_match(
    org: Org, case: dict[str, Any], tmp_path: Path
) -> None:
    inside: list[DecisionRecord] = case["inside"]
    path = tmp_path / "supervision.pdf"
    result = reporting.write_supervision_report(
        org.db, case["manager"], "author", SINCE, UNTIL, path,
        now=datetime(2026, 6, 1, 9, 0, tzinfo=UTC))
    assert result.decisions == len(inside)

    reader, texts = _read(path)
    assert result.pages == len(texts)
    for number, text in enumerate(texts, start=1):
        assert text.count(MARKING) >= 2, number
        assert f"Page {number} of {len(texts)}" in text
    everything = "\n".join(texts)
    first = texts[0]
    assert "Supervision report" in first and "Practitioner: Alex Author" in first
    assert "Period: 01/03/2026 to 31/05/2026" in first
    assert "Generated by Mary Manager on 01/06/2026 10:00" in first  # BST

    # The decisions table holds each decision of the period once, and nothing else.
    table = _between(everything, "Reference Date Outcome", "Outstanding items")
    found = Counter(REFERENCE.findall(table))
    assert found == Counter(r.reference for r in inside)
    for record in case["outside"]:
        assert record.reference not in everything

    # Summary counts, as counted here.
    summary = " ".join(_between(everything, "Summary", "Reference Date Outcome").split())
    outcomes = Counter(r.outcome.label for r in inside)  # type: ignore[union-attr]
    statuses = Counter(r.status.label for r in inside)
    for label, count in [*outcomes.items(), *statuses.items()]:
        assert f"{label} {count}" in summary, label
    assert summary.count(f"Total {len(inside)}") == 2

    # Outstanding items, refused requests, comments.
    outstanding = " ".join(_between(everything, "Outstanding items", "Requests refused").split())
    assert f"{inside[1].reference} Person not yet informed The mother is in hospital." \
        in outstanding
    assert f"{inside[3].reference} Returned for amendment Add how the requester" in outstanding
    assert f"{inside[4].reference} Emergency share awaiting review" in outstanding
    assert f"{inside[5].reference} Follow-up date passed Due 20/05/2026" in outstanding
    refused = _between(everything, "Requests refused", "Manager's comments")
    assert REFERENCE.findall(refused) == [inside[2].reference]
    assert "The request was too broad." in " ".join(refused.split())
    comments = " ".join(_between(everything, "Manager's comments", "Sign-off").split())
    assert "Agreed, proportionate." in comments and "Add how the requester" in comments
    assert "Sign-off" in everything and "Signature" in everything

    meta = reader.metadata
    assert meta is not None and meta.title == METADATA_TITLE
    values = " ".join(str(v) for v in meta.values())
    for who in (case["manager"], org.author):
        assert who.username not in values and who.full_name not in values

    with org.db.session() as session:
        last = audit_store.find_events(session, limit=1)[0]
    assert last.action is AuditAction.REPORT
    assert last.details["rows"] == len(inside)
    assert last.details["filters"] == {"practitioner": "author", "from": "01/03/2026",
                                       "to": "31/05/2026"}


def test_who_may_print_it(org: Org, case: dict[str, Any], tmp_path: Path) -> None:
    guardian = org.add_user("gita_guardian", Role.GUARDIAN)
    other_manager = org.add_user("olly_other", Role.MANAGER, manages=(org.team_b,))
    for actor in (guardian, org.author):
        result = reporting.write_supervision_report(
            org.db, actor, "author", SINCE, UNTIL, tmp_path / f"{actor.username}.pdf")
        assert result.decisions == len(case["inside"])
    out = tmp_path / "refused"
    out.mkdir()
    for actor in (other_manager, case["colleague"]):
        with pytest.raises(PermissionDeniedError):
            reporting.write_supervision_report(
                org.db, actor, "author", SINCE, UNTIL, out / "x.pdf")
    assert list(out.iterdir()) == []


@pytest.mark.parametrize(("username", "since", "until", "error"), [
    ("nobody", SINCE, UNTIL, NotFoundError),
    ("author", UNTIL, SINCE, ServiceError),
    ("author", date(2025, 1, 1), date(2025, 12, 31), ServiceError),
])
def test_bad_input_writes_nothing(
    org: Org, case: dict[str, Any], tmp_path: Path, username: str, since: date,
    until: date, error: type[Exception],
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    before = audit.chain_summary(org.db)
    with pytest.raises(error) as raised:
        reporting.write_supervision_report(
            org.db, case["manager"], username, since, until, out / "x.pdf")
    assert "\n" not in str(raised.value)
    assert list(out.iterdir()) == []
    assert audit.chain_summary(org.db) == before


def test_many_pages_repeat_the_header_row(
    org: Org, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(layout, "CHUNK_ROWS", 40)
    made = [put(org, org.author, uk(SINCE) + timedelta(hours=6 * n)) for n in range(150)]
    path = tmp_path / "many.pdf"
    result = reporting.write_supervision_report(
        org.db, org.author, "author", SINCE, UNTIL, path)
    _, texts = _read(path)
    assert result.pages == len(texts) > 3
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text
        assert text.count(MARKING) >= 2
    everything = "\n".join(texts)
    table = _between(everything, "Reference Date Outcome", "Outstanding items")
    assert Counter(REFERENCE.findall(table)) == Counter(r.reference for r in made)
    # The decisions table's header row on every page it runs over.
    first = next(n for n, t in enumerate(texts) if "Reference Date Outcome" in t)
    last = next(n for n, t in enumerate(texts) if "Outstanding items" in t)
    middle = texts[first + 1:last]
    assert middle and all(t.count("Reference Date Outcome") >= 1 for t in middle)
