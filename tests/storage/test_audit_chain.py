"""The hash chain finds tampering at the right event, and the database refuses edits.

A realistic trail is made once through the services; each test tampers with its
own copy through plain sqlite3 (the protecting triggers dropped) and checks the
chain as stored, without signing anyone in, so nothing is appended after the
tampering. ``tests/cli/test_audit_cli.py`` runs the same tampering through
``infoshare audit verify``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import delete, update
from sqlalchemy.exc import IntegrityError

from infoshare_desktop.domain.audit import (
    GENESIS,
    AuditAction,
    AuditEvent,
    ChainReport,
    UnreadableEvent,
    chain_hash,
    verify_chain,
)
from infoshare_desktop.storage import audit as audit_store
from infoshare_desktop.storage.database import Database
from infoshare_desktop.storage.tables import AuditEventRow
from tests import audit_tamper as t


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("trail") / "trail.db"
    t.make_trail(path)
    return path


@pytest.fixture
def trail(template: Path, tmp_path: Path) -> Path:
    return t.copy_database(template, tmp_path / "trail.db")


def check(path: Path) -> ChainReport:
    db = Database.open(path)
    try:
        with db.session() as session:
            count, head = audit_store.head(session)
            return verify_chain(audit_store.all_events(session), count, head)
    finally:
        db.close()


def broken_at(path: Path, sequence: int) -> ChainReport:
    report = check(path)
    assert not report.ok, report.text
    assert report.broken_sequence == sequence, report.text
    assert report.text.startswith(f"BROKEN at event {sequence}: "), report.text
    return report


# --- an untouched trail ----------------------------------------------------------------


def test_untouched_trail_is_ok_with_every_event_counted(trail: Path) -> None:
    report = check(trail)
    stored = t.rows(trail)
    assert report.ok
    assert report.count == len(stored) == t.event_count(trail)
    assert report.head == stored[-1][-1]
    assert report.text == f"OK: {len(stored)} events, head {stored[-1][-1]}"
    assert [row[0] for row in stored] == list(range(1, len(stored) + 1))


def test_trail_holds_what_the_organisation_did(trail: Path) -> None:
    """The tampering below works on a real trail, not a handful of events."""
    actions = [row[4] for row in t.rows(trail)]
    for action in (AuditAction.SET_UP, AuditAction.ACCOUNT_CREATE, AuditAction.LOGIN,
                   AuditAction.LOGIN_FAILED, AuditAction.CREATE, AuditAction.SUBMIT,
                   AuditAction.AUTHORISE, AuditAction.COMPLETE, AuditAction.VIEW,
                   AuditAction.ADDENDUM, AuditAction.RETURN, AuditAction.IDLE_LOCK,
                   AuditAction.LOGOUT):
        assert action.value in actions
    assert actions.count(AuditAction.LOGIN_FAILED.value) == 2


def test_each_event_links_to_the_one_before(trail: Path) -> None:
    db = Database.open(trail)
    try:
        with db.session() as session:
            events = list(audit_store.all_events(session))
    finally:
        db.close()
    previous = GENESIS
    for event in events:
        assert isinstance(event, AuditEvent)
        assert event.prev_hash == previous
        assert event.hash == chain_hash(previous, event)
        previous = event.hash


# --- the database refuses changes --------------------------------------------------------


def test_triggers_refuse_update_and_delete_through_sqlite(trail: Path) -> None:
    before = t.rows(trail)
    with t.raw(trail, triggers=True) as connection:
        with pytest.raises(sqlite3.IntegrityError, match="audit events cannot be changed"):
            connection.execute("UPDATE audit_events SET username = 'x' WHERE sequence = 2")
        with pytest.raises(sqlite3.IntegrityError, match="audit events cannot be changed"):
            connection.execute("UPDATE audit_events SET sequence = sequence + 1000")
        with pytest.raises(sqlite3.IntegrityError, match="audit events cannot be deleted"):
            connection.execute("DELETE FROM audit_events WHERE sequence = 2")
        with pytest.raises(sqlite3.IntegrityError, match="audit events cannot be deleted"):
            connection.execute("DELETE FROM audit_events")
    assert t.rows(trail) == before
    assert check(trail).ok


def test_triggers_refuse_update_and_delete_through_the_app_engine(trail: Path) -> None:
    db = Database.open(trail)
    try:
        with (pytest.raises(IntegrityError, match="audit events cannot be changed"),
              db.session() as session):
            session.execute(update(AuditEventRow).values(username="x"))
        with (pytest.raises(IntegrityError, match="audit events cannot be deleted"),
              db.session() as session):
            session.execute(delete(AuditEventRow).where(AuditEventRow.sequence == 3))
    finally:
        db.close()
    assert check(trail).ok


def test_appending_is_still_allowed(trail: Path) -> None:
    from datetime import UTC, datetime

    db = Database.open(trail)
    try:
        with db.session() as session:
            event = audit_store.append(session, datetime.now(UTC), None, "",
                                       AuditAction.LOGIN_FAILED)
    finally:
        db.close()
    report = check(trail)
    assert report.ok and report.count == event.sequence and report.head == event.hash


# --- tampering, found at the right event ---------------------------------------------------


@pytest.mark.parametrize("where", ["first", "authorised", "newest"])
@pytest.mark.parametrize("field", t.FIELDS)
def test_changing_any_field_is_found_at_that_event(trail: Path, field: str, where: str) -> None:
    sequence = t.positions(trail)[where]
    broken_at(trail, t.change_field(trail, sequence, field))


@pytest.mark.parametrize("field", sorted(t.NONSENSE))
def test_a_field_changed_to_nonsense_is_named_not_a_crash(trail: Path, field: str) -> None:
    sequence = t.positions(trail)["authorised"]
    report = broken_at(trail, t.change_field(trail, sequence, field, t.NONSENSE[field]))
    assert "cannot be read" in report.problem


def test_details_that_are_not_an_object_are_named(trail: Path) -> None:
    sequence = t.positions(trail)["authorised"]
    broken_at(trail, t.change_field(trail, sequence, "details", "[1, 2]"))


def test_deleting_an_event_in_the_middle_names_the_missing_event(trail: Path) -> None:
    sequence = t.positions(trail)["authorised"]
    report = broken_at(trail, t.delete_events(trail, sequence))
    assert "missing" in report.problem


def test_deleting_the_first_event_is_found(trail: Path) -> None:
    broken_at(trail, t.delete_events(trail, 1))


def test_deleting_several_events_names_the_first_of_them(trail: Path) -> None:
    middle = t.positions(trail)["authorised"]
    broken_at(trail, t.delete_events(trail, middle + 3, middle, middle + 1))


@pytest.mark.parametrize("how_many", [1, 3])
def test_deleting_the_newest_events_is_found_by_the_head_row(
    trail: Path, how_many: int
) -> None:
    newest = t.event_count(trail)
    report = broken_at(trail, t.delete_newest(trail, how_many))
    assert report.broken_sequence == newest - how_many + 1
    assert f"{newest} were recorded" in report.problem


@pytest.mark.parametrize("rehash", [False, True], ids=["forged-hash", "recomputed-hash"])
@pytest.mark.parametrize("where", ["first", "authorised", "newest"])
def test_inserting_an_event_renumbering_the_rest_is_found(
    trail: Path, where: str, rehash: bool
) -> None:
    sequence = t.positions(trail)[where]
    expected = t.insert_renumbering(trail, sequence, rehash=rehash)
    report = broken_at(trail, expected)
    if rehash:  # the forged event passes on its own; the next no longer follows it
        assert "does not follow" in report.problem


def test_inserting_an_event_before_the_first_without_renumbering_is_found(
    trail: Path,
) -> None:
    broken_at(trail, t.insert_before_first(trail))


def test_adding_a_well_formed_event_after_the_newest_is_found_by_the_head_row(
    trail: Path,
) -> None:
    report = broken_at(trail, t.insert_after_newest(trail))
    assert "added afterwards" in report.problem


@pytest.mark.parametrize("fields", [t.FIELDS, t.FIELDS[:-2]], ids=["whole-rows", "content"])
@pytest.mark.parametrize("gap", [1, 4])
def test_swapping_two_events_is_found_at_the_first_of_them(
    trail: Path, fields: tuple[str, ...], gap: int
) -> None:
    first = t.positions(trail)["authorised"]
    broken_at(trail, t.swap(trail, first + gap, first, fields))


def test_replacing_the_newest_event_with_a_valid_one_is_found_by_the_head_row(
    trail: Path,
) -> None:
    newest = t.event_count(trail)
    t.delete_events(trail, newest)
    t.insert_after_newest(trail)  # a different, properly chained event numbered ``newest``
    report = broken_at(trail, newest)
    assert "recorded as the newest" in report.problem


# --- the walk itself ---------------------------------------------------------------------


def test_an_unreadable_event_is_reported_after_the_events_before_it() -> None:
    """An earlier real break wins over a later unreadable row."""
    from datetime import UTC, datetime

    at = datetime(2026, 3, 1, 9, tzinfo=UTC)
    good = AuditEvent(1, at, 1, "ada", AuditAction.LOGIN)
    good = AuditEvent(**{**good.__dict__, "hash": chain_hash(GENESIS, good)})
    bad_hash = AuditEvent(**{**good.__dict__, "sequence": 2, "prev_hash": good.hash,
                             "hash": "f" * 64})
    events: list[AuditEvent | UnreadableEvent] = [good, bad_hash, UnreadableEvent(3, "action")]
    assert verify_chain(events).broken_sequence == 2
    assert verify_chain([good, UnreadableEvent(2, "action")]).text == (
        "BROKEN at event 2: its action cannot be read (it was changed)")
