"""Saving and reading back decision records keeps exactly what was saved."""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.record import (
    AdviceSought,
    DecisionRecord,
    PersonInvolved,
    TestAnswer,
)
from infoshare_desktop.domain.vocab import (
    AdviceSource,
    ConsentOverrideReason,
    DataCategory,
    PersonRole,
    RecordStatus,
    SharingTest,
)
from infoshare_desktop.domain.workflow import REVIEW_FIELDS
from infoshare_desktop.services import organisations, records
from infoshare_desktop.services.errors import RecordLockedError, ValidationError
from infoshare_desktop.storage import repository
from infoshare_desktop.storage.database import Database
from tests import factories
from tests.services.org import build

#: A directory entry other than the one the test organisation already has.
OTHER_AGENCY = factories.organisation(name="Northshire Police – MASH")
INJECTION = "'; DROP TABLE records; --"
LONG_TEXT = ("Line with ünïcödé — “quotes” 'apostrophes' \"doubles\"\n" * 400)[:20_000]


def nasty(label: str) -> str:
    """Text that has broken record-keeping systems before."""
    return f"{label}: {INJECTION} Zoë Ó Ceallaigh 王秀英 👶\n\tsecond line \\ % _ \x7f"


def every_field_record(org_id: int) -> DecisionRecord:
    now = datetime.now(UTC).replace(microsecond=123456)
    base = factories.complete_record(now=now)
    record = replace(
        base,
        case_reference=nasty("case")[:300],
        people=[
            PersonInvolved(PersonRole.CHILD, nasty("child"), base.people[0].date_of_birth),
            PersonInvolved(PersonRole.PARENT_CARER, "Ma'am \"Quote\" O'Neil", None),
            PersonInvolved(PersonRole.THIRD_PARTY, INJECTION, None),
        ],
        emergency=True,
        purpose=LONG_TEXT,
        necessity=nasty("necessity"),
        tests=[
            TestAnswer(test, i % 2 == 0, nasty(test.value)) for i, test in enumerate(SharingTest)
        ],
        shared_description=LONG_TEXT,
        data_categories=[DataCategory.HEALTH, DataCategory.CRIMINAL_OFFENCE],
        withheld_description=nasty("withheld"),
        withheld_reason=INJECTION,
        recipient_organisation_id=org_id,
        consent_override_reasons=[
            ConsentOverrideReason.URGENCY,
            ConsentOverrideReason.WOULD_INCREASE_RISK,
        ],
        advice=[
            AdviceSought(AdviceSource.CALDICOTT_GUARDIAN, nasty("advice")),
            AdviceSought(AdviceSource.LEGAL, ""),
        ],
        guardian_referred=True,
        decided_at=now - timedelta(days=1),
        shared_at=now - timedelta(hours=20),
    )
    defaults = DecisionRecord()
    identity = {"id", "reference", "status", "created_at", "updated_at", "author_id",
                "awaiting_review", "version"}
    unfilled = [
        f.name
        for f in dataclasses.fields(DecisionRecord)
        if f.name not in identity and getattr(record, f.name) == getattr(defaults, f.name)
    ]
    assert unfilled == [], f"fields left at their default: {unfilled}"
    return record


@pytest.fixture
def author(db: Database) -> User:
    return build(db).author


def test_every_field_round_trips_exactly_in_storage(db: Database, author: User) -> None:
    org = organisations.save_organisation(db, author, OTHER_AGENCY)
    now = datetime.now(UTC)
    record = replace(
        every_field_record(org.id),  # type: ignore[arg-type]
        reference="IS-2026-000042", status=RecordStatus.COMPLETED, created_at=now,
        updated_at=now, author_id=author.id, awaiting_review=True,
    )
    with db.session() as session:
        record.id = repository.insert_record(session, record)
    with db.session() as session:
        loaded = repository.load_record(session, record.id)
    assert loaded == record
    assert loaded.purpose == LONG_TEXT and len(loaded.purpose) == 20_000
    assert loaded.decided_at is not None and loaded.decided_at.tzinfo is not None


def test_every_field_round_trips_through_the_services(db: Database, author: User) -> None:
    org = organisations.save_organisation(db, author, OTHER_AGENCY)
    record = every_field_record(org.id)  # type: ignore[arg-type]

    saved = records.save_draft(db, author, record)
    loaded = records.get_record(db, author, saved.id)  # type: ignore[arg-type]

    identity = {"id": saved.id, "reference": saved.reference, "status": RecordStatus.DRAFT,
                "created_at": saved.created_at, "updated_at": saved.updated_at,
                "author_id": author.id}
    # The manager's authorisation is written by the review, never by the author.
    review_blank = {name: getattr(DecisionRecord(), name) for name in REVIEW_FIELDS}
    assert loaded == replace(record, **identity, **review_blank)


def test_round_trip_survives_reopening_the_file(db_path) -> None:  # type: ignore[no-untyped-def]
    db = Database.open(db_path)
    author = build(db).author
    org = organisations.save_organisation(db, author, OTHER_AGENCY)
    record = every_field_record(org.id)  # type: ignore[arg-type]
    saved = records.save_draft(db, author, record)
    db.close()

    reopened = Database.open(db_path)
    try:
        assert records.get_record(reopened, author, saved.id) == saved  # type: ignore[arg-type]
        assert len(records.list_records(reopened, author)) == 1
    finally:
        reopened.close()


def test_references_are_unique_sequential_and_yearly(db: Database, author: User) -> None:
    saved = [records.save_draft(db, author, records.new_record()) for _ in range(3)]
    year = datetime.now(UTC).year
    assert [r.reference for r in saved] == [
        f"IS-{year}-000001",
        f"IS-{year}-000002",
        f"IS-{year}-000003",
    ]
    resaved = records.save_draft(db, author, replace(saved[0], case_reference="CM-9"))
    assert resaved.reference == saved[0].reference


def test_saving_again_replaces_people_and_lists(db: Database, author: User) -> None:
    record = factories.complete_record(recipient_organisation_id=None)
    saved = records.save_draft(db, author, record)
    changed = replace(saved, people=saved.people[:1], data_categories=[], advice=[])
    again = records.save_draft(db, author, changed)
    assert again.people == saved.people[:1]
    assert again.data_categories == [] and again.advice == []


def test_completed_record_is_locked(db: Database, author: User) -> None:
    org = organisations.save_organisation(db, author, OTHER_AGENCY)
    record = factories.complete_record(now=datetime.now(UTC), recipient_organisation_id=org.id)
    completed = records.mark_complete(db, author, record)
    assert completed.status is RecordStatus.COMPLETED
    with pytest.raises(RecordLockedError):
        records.save_draft(db, author, replace(completed, purpose="changed"))
    assert records.get_record(db, author, completed.id).purpose == record.purpose  # type: ignore[arg-type]


def test_incomplete_record_is_saved_as_draft_but_not_completed(db: Database, author: User) -> None:
    record = replace(records.new_record(), case_reference="CM-1")
    with pytest.raises(ValidationError) as refused:
        records.mark_complete(db, author, record)
    fields = {p.field for p in refused.value.problems}
    assert {"people", "outcome", "decided_at"} <= fields
    (summary,) = records.list_records(db, author)
    assert summary.status is RecordStatus.DRAFT and summary.case_reference == "CM-1"


def test_draft_with_impossible_date_is_refused_and_nothing_saved(
    db: Database, author: User
) -> None:
    future = datetime.now(UTC) + timedelta(days=3)
    with pytest.raises(ValidationError) as refused:
        records.save_draft(db, author, replace(records.new_record(), decided_at=future))
    assert [p.field for p in refused.value.problems] == ["decided_at"]
    assert records.list_records(db, author) == []


def test_unknown_organisation_is_a_field_problem(db: Database, author: User) -> None:
    with pytest.raises(ValidationError) as refused:
        records.save_draft(db, author, replace(records.new_record(), recipient_organisation_id=999))
    assert [p.field for p in refused.value.problems] == ["recipient_organisation_id"]


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("", {"CM-A", "CM-B"}),
        ("cm-a", {"CM-A"}),
        ("ÉLODIE", {"CM-A"}),
        ("police", {"CM-B"}),
        ("school", {"CM-A"}),
        ("housing", {"CM-B"}),
        # Each word is the start of a word in the record (as the search box
        # finds while typing), no longer any part of one: "attend" finds
        # "Attendance", "ttendance" does not.
        ("attend", {"CM-A"}),
        ("ttendance", set()),
        ("100%", set()),
        ("_", set()),
        (INJECTION, set()),
    ],
)
def test_search_matches_the_listed_columns(
    db: Database, author: User, search: str, expected: set[str]
) -> None:
    police = organisations.save_organisation(db, author, OTHER_AGENCY)
    records.save_draft(db, author, replace(
        records.new_record(), case_reference="CM-A",
        people=[PersonInvolved(PersonRole.CHILD, "Élodie Example")],
        purpose="Attendance worries raised by the school",
    ))
    records.save_draft(db, author, replace(
        records.new_record(), case_reference="CM-B", recipient_organisation_id=police.id,
        shared_description="Housing history",
    ))
    found = {s.case_reference for s in records.list_records(db, author, search)}
    assert found == expected


def test_list_is_newest_decision_first(db: Database, author: User) -> None:
    now = datetime.now(UTC)
    for days, case in [(5, "old"), (1, "new"), (3, "middle")]:
        records.save_draft(db, author, replace(
            records.new_record(), case_reference=case, decided_at=now - timedelta(days=days)
        ))
    records.save_draft(db, author, replace(records.new_record(), case_reference="undated"))
    assert [s.case_reference for s in records.list_records(db, author)] == [
        "new", "middle", "old", "undated"
    ]
