"""Edits to one record from two places never silently overwrite each other.

Every write bumps the record's version; a save made from an older reading is
refused, in the same transaction, with who changed the record and when.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import select

from infoshare_desktop.domain.vocab import RecordStatus, Role
from infoshare_desktop.services import records, recovery, review
from infoshare_desktop.services.errors import StaleRecordError
from infoshare_desktop.storage import repository
from infoshare_desktop.storage.database import Database
from infoshare_desktop.storage.tables import PersonRow
from tests import factories
from tests.services.org import Org, build
from tests.storage.test_migrations import build_first_schema, insert_first_schema_data


def _draft(org: Org, **changes: object) -> records.DecisionRecord:
    content = factories.complete_record(recipient_organisation_id=org.organisation_id)
    return records.save_draft(org.db, org.author, replace(content, **changes))


def test_migration_gives_existing_records_version_one(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    build_first_schema(path)
    insert_first_schema_data(path)
    db = Database.open(path)
    try:
        with db.session() as session:
            record = repository.load_record(session, 1)
    finally:
        db.close()
    assert record is not None and record.version == 1
    with sqlite3.connect(path) as c:
        column = next(row for row in c.execute("PRAGMA table_info(decision_records)")
                      if row[1] == "version")
    c.close()
    assert column[3] == 1 and column[4].strip("'") == "1"  # NOT NULL, DEFAULT 1


def test_every_write_bumps_the_version(db: Database) -> None:
    org = build(db)
    manager = org.add_user("manager", Role.MANAGER, manages=(org.team_a,))
    draft = _draft(org)
    assert draft.version == 1
    again = records.save_draft(db, org.author, replace(draft, purpose="Second go"))
    assert again.version == 2
    submitted = records.submit(db, org.author, again)
    assert submitted.version > again.version
    returned = review.return_for_amendment(db, manager, submitted.id, "Add the risk")  # type: ignore[arg-type]
    assert returned.version == submitted.version + 1
    assert records.get_record(db, org.author, draft.id) == returned  # type: ignore[arg-type]


def test_second_window_of_the_same_person_is_refused_and_nothing_changes(db: Database) -> None:
    org = build(db)
    draft = _draft(org, purpose="First", people=[])
    window_1 = records.get_record(db, org.author, draft.id)  # type: ignore[arg-type]
    window_2 = records.get_record(db, org.author, draft.id)  # type: ignore[arg-type]
    saved = records.save_draft(db, org.author, replace(window_1, purpose="From window one"))

    with pytest.raises(StaleRecordError) as refused:
        records.save_draft(db, org.author, replace(window_2, purpose="From window two"))

    error = refused.value
    assert error.by_you
    assert error.changed_at is not None
    assert str(error).startswith(
        "You changed this record in another window or on another computer at ")
    assert "today. Your text is kept here: copy what you need" in str(error)
    stored = records.get_record(db, org.author, draft.id)  # type: ignore[arg-type]
    assert stored == saved and stored.purpose == "From window one"
    # Submitting or completing from the old copy is refused the same way.
    with pytest.raises(StaleRecordError):
        records.submit(db, org.author, replace(window_2, purpose="From window two"))
    with pytest.raises(StaleRecordError):
        records.mark_complete(db, org.author, replace(window_2, emergency=True))
    assert records.get_record(db, org.author, draft.id) == saved  # type: ignore[arg-type]


def test_refusal_names_who_changed_it_and_when(db: Database) -> None:
    org = build(db)
    manager = org.add_user("jo_bloggs", Role.MANAGER, manages=(org.team_a,))
    submitted = records.submit(db, org.author, _draft(org))
    # The author's copy, read while the record was waiting for review.
    old_copy = records.get_record(db, org.author, submitted.id)  # type: ignore[arg-type]
    review.return_for_amendment(db, manager, submitted.id, "Say why now")  # type: ignore[arg-type]

    with pytest.raises(StaleRecordError) as refused:
        records.save_draft(db, org.author, replace(old_copy, purpose="Author's new text"))

    error = refused.value
    assert (error.changed_by, error.by_you) == ("Jo Bloggs", False)
    assert str(error).startswith("Jo Bloggs changed this record at ")
    assert str(error).endswith(
        "today. Your text is kept here: copy what you need, then reopen the record to see "
        "their changes.")
    stored = records.get_record(db, org.author, submitted.id)  # type: ignore[arg-type]
    assert stored.status is RecordStatus.RETURNED and stored.purpose == submitted.purpose


def test_record_without_audit_events_falls_back_on_its_author_and_time(db: Database) -> None:
    org = build(db)
    record = org.record(RecordStatus.DRAFT)
    with db.session() as session:
        assert repository.update_columns(session, record.id, purpose="Changed elsewhere")  # type: ignore[arg-type]
    with pytest.raises(StaleRecordError) as refused:
        records.save_draft(db, org.author, replace(record, purpose="Mine"))
    assert refused.value.changed_by == "Alex Author"
    assert refused.value.changed_at == record.updated_at


@pytest.mark.parametrize(("changed", "now", "when"), [
    # 13:32 UTC is 14:32 in British Summer Time.
    (datetime(2026, 7, 1, 13, 32, tzinfo=UTC), datetime(2026, 7, 1, 18, 0, tzinfo=UTC),
     "at 14:32 today"),
    (datetime(2026, 7, 1, 13, 32, tzinfo=UTC), datetime(2026, 7, 2, 9, 0, tzinfo=UTC),
     "at 14:32 yesterday"),
    (datetime(2026, 1, 5, 9, 5, tzinfo=UTC), datetime(2026, 7, 2, 9, 0, tzinfo=UTC),
     "on 05/01/2026 at 09:05"),
])
def test_message_says_when_in_uk_time(changed: datetime, now: datetime, when: str) -> None:
    error = StaleRecordError("Jo Bloggs", changed, now=now)
    assert str(error) == (
        f"Jo Bloggs changed this record {when}. Your text is kept here: copy what you need, "
        "then reopen the record to see their changes.")
    unknown = StaleRecordError("", None)
    assert str(unknown).startswith("Someone else changed this record since you opened it.")


def test_translated_message_uses_the_rules_context() -> None:
    seen: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        seen.append((context, text))
        return text.replace("changed this record", "CHANGED THIS RECORD").replace("today", "TODAY")

    error = StaleRecordError("Jo Bloggs", datetime(2026, 7, 1, 13, 32, tzinfo=UTC),
                             now=datetime(2026, 7, 1, 14, 0, tzinfo=UTC))
    assert error.text(translate).startswith("Jo Bloggs CHANGED THIS RECORD at 14:32 TODAY.")
    assert {context for context, _ in seen} == {"rules"}


def test_stale_write_is_refused_inside_the_transaction(db_path: Path) -> None:
    """Two copies of the app: the check and the write are one UPDATE, so the second
    copy cannot slip in between; its children rows are left alone too."""
    first = Database.open(db_path)
    second = Database.open(db_path)
    try:
        org = build(first)
        draft = _draft(org)
        assert draft.people
        copy_1 = records.get_record(first, org.author, draft.id)  # type: ignore[arg-type]
        copy_2 = records.get_record(second, org.author, draft.id)  # type: ignore[arg-type]
        records.save_draft(first, org.author, replace(copy_1, purpose="First copy"))
        with second.session() as session:
            written = repository.update_record(
                session, replace(copy_2, purpose="Second copy", people=[]))
            assert written is False
            assert not repository.update_columns(
                session, draft.id, expected_version=copy_2.version, purpose="Second")  # type: ignore[arg-type]
        with second.session() as session:
            people = len(session.exec(
                select(PersonRow).where(PersonRow.record_id == draft.id)).all())
            stored = repository.load_record(session, draft.id)  # type: ignore[arg-type]
        assert stored is not None and stored.purpose == "First copy"
        assert people == len(draft.people) and stored.version == copy_1.version + 1
    finally:
        first.close()
        second.close()


def test_review_refused_when_record_moved_on_between_read_and_write(
    db: Database, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A manager's decision is written only over the version it was checked against."""
    org = build(db)
    manager = org.add_user("jo_bloggs", Role.MANAGER, manages=(org.team_a,))
    submitted = records.submit(db, org.author, _draft(org))
    real_load = records.load_with_relations

    def load_then_someone_writes(session, actor, record_id):  # type: ignore[no-untyped-def]
        loaded = real_load(session, actor, record_id)
        # Another copy of the app writes the record just after it was read here.
        repository.update_columns(session, record_id, purpose="Changed meanwhile")
        return loaded

    monkeypatch.setattr(records, "load_with_relations", load_then_someone_writes)
    with pytest.raises(StaleRecordError):
        review.authorise(db, manager, submitted.id, "Fine")  # type: ignore[arg-type]
    monkeypatch.undo()
    stored = records.get_record(db, org.author, submitted.id)  # type: ignore[arg-type]
    assert stored == submitted  # the whole transaction was rolled back


def test_autosave_is_never_refused_as_stale(db: Database) -> None:
    """Autosave keeps the form's text in the recovery area, not over the record."""
    org = build(db)
    draft = _draft(org)
    old_copy = records.get_record(db, org.author, draft.id)  # type: ignore[arg-type]
    records.save_draft(db, org.author, replace(old_copy, purpose="Saved elsewhere"))

    slot = recovery.autosave(db, org.author, replace(old_copy, purpose="Typed here"), None)
    (kept,) = [r for r in recovery.pending_recoveries(db, org.author) if r.slot_id == slot]
    assert kept.record.purpose == "Typed here"
    assert kept.record.version == old_copy.version
