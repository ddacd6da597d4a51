"""The hash chain finds tampering at the right event, and the database refuses edits.

A realistic trail is made once through the services; each test tampers with its
own copy through plain sqlite3 (the protecting triggers dropped) and checks the
chain as stored, without signing anyone in, so nothing is appended after the
tampering. ``tests/cli/test_audit_cli.py`` runs the same tampering through
``infoshare audit verify``.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import delete, text, update
from sqlalchemy.exc import IntegrityError

from infoshare_desktop.domain.audit import (
    CONTENT_EVENTS,
    CONTENT_KEY,
    GENESIS,
    KEPT_VERSION_KEY,
    VERSION_EVENTS,
    VERSION_SHA_KEY,
    Anchor,
    AuditAction,
    AuditEvent,
    ChainReport,
    UnreadableEvent,
    chain_hash,
    parse_anchor,
    verify_chain,
)
from infoshare_desktop.domain.content import content_sha256
from infoshare_desktop.domain.vocab import RecordStatus
from infoshare_desktop.storage import audit as audit_store
from infoshare_desktop.storage import repository
from infoshare_desktop.storage.database import Database
from infoshare_desktop.storage.tables import AuditEventRow
from tests import audit_tamper as t
from tests.services.org import build


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


# --- record content in the chain -----------------------------------------------------------


def check_all(path: Path, anchor: Anchor | None = None) -> ChainReport:
    """The whole check ``audit verify`` and ``check`` make: chain, versions, records."""
    db = Database.open(path)
    try:
        with db.session() as session:
            return audit_store.verify(session, anchor)
    finally:
        db.close()


def record_broken(path: Path, reference: str, problem: str) -> ChainReport:
    report = check_all(path)
    assert not report.ok, report.text
    assert report.broken_record == reference, report.text
    assert report.text == f"BROKEN at record {reference}: {problem}"
    return report


def test_every_event_that_writes_a_locked_record_carries_its_fingerprint(trail: Path) -> None:
    for row in t.rows(trail):
        action, details = AuditAction(row[4]), json.loads(str(row[7]))
        assert (CONTENT_KEY in details) == (action in CONTENT_EVENTS), row
        assert (KEPT_VERSION_KEY in details) == (action in VERSION_EVENTS), row
        assert (VERSION_SHA_KEY in details) == (action in VERSION_EVENTS), row
    report = check_all(trail)
    assert report.ok and report.unchecked == 0, report.text
    assert report.text == check(trail).text  # the same one line as the chain alone


def test_each_kept_version_is_named_by_the_event_that_kept_it(trail: Path) -> None:
    record_id, _ = t.completed(trail)
    kept = [json.loads(str(row[7]))[KEPT_VERSION_KEY] for row in t.rows(trail)
            if row[5] == record_id and AuditAction(row[4]) in VERSION_EVENTS]
    stored = t.versions(trail, record_id)
    assert kept == [number for number, _kind, _payload in stored] == [1, 2, 3]
    assert [kind for _number, kind, _payload in stored] == ["submitted", "completed",
                                                             "addendum"]


@pytest.mark.parametrize(("column", "value"), [
    ("purpose", "A purpose nobody recorded"),
    ("status", "draft"),
    ("authorisation_comment", "Agreed: share everything."),
    ("consent", "not_sought"),
    ("decided_at", "2020-01-01 09:00:00.000000"),
    ("created_at", "2020-01-01 09:00:00.000000"),
    ("reference", "IS-2026-999999"),
])
def test_a_locked_records_column_changed_is_named(
    trail: Path, column: str, value: object
) -> None:
    reference = t.change_record(trail, column, value)
    record_broken(trail, reference, "its content does not match version 3 as amended by an "
                                    "addendum")
    assert check(trail).ok  # the chain alone cannot see it


def test_the_version_counter_and_last_change_time_are_not_content(trail: Path) -> None:
    t.change_record(trail, "version", 99)
    t.change_record(trail, "updated_at", "2020-01-01 09:00:00.000000")
    assert check_all(trail).ok


def test_a_person_renamed_on_a_locked_record_is_named(trail: Path) -> None:
    reference = t.change_person(trail)
    record_broken(trail, reference, "its content does not match version 3 as amended by an "
                                    "addendum")


@pytest.mark.parametrize(("column", "value", "problem"), [
    ("outcome", "shredded", "its content does not match version 3 as amended by an addendum"),
    ("decided_at", "yesterday", "its content cannot be read (it was changed)"),
    ("created_at", "", "its content cannot be read (it was changed)"),
])
def test_an_answer_changed_to_nonsense_is_named_not_a_crash(
    trail: Path, column: str, value: str, problem: str
) -> None:
    reference = t.change_record(trail, column, value)
    record_broken(trail, reference, problem)


@pytest.mark.parametrize(("number", "kind", "event"), [
    (1, "submitted", AuditAction.SUBMIT), (2, "completed", AuditAction.COMPLETE),
    (3, "amended by an addendum", AuditAction.ADDENDUM)])
def test_a_stored_version_changed_is_named_with_the_event_that_kept_it(
    trail: Path, number: int, kind: str, event: AuditAction
) -> None:
    reference = t.change_version(trail, number, "necessity", "Nobody said this")
    sequence = next(row[0] for row in t.rows(trail)
                    if row[6] == reference and row[4] == event.value)
    report = record_broken(
        trail, reference, f"its version {number} ({kind}) does not match the fingerprint "
                          f"event {sequence} kept of it (the stored version was changed)")
    assert report.broken_sequence == sequence


def test_a_stored_version_deleted_or_unreadable_is_named(trail: Path) -> None:
    reference = t.delete_version(trail, 2)
    sequence = t.sequence_of(trail, AuditAction.COMPLETE)
    record_broken(trail, reference, f"its version 2, kept by event {sequence}, is missing (it "
                                    "was deleted)")
    record_id, _ = t.completed(trail)
    with t.raw(trail) as connection:
        connection.execute("UPDATE record_versions SET payload = '{not json' "
                           "WHERE record_id = ? AND number = 1", (record_id,))
    sequence = t.sequence_of(trail, AuditAction.SUBMIT)
    record_broken(trail, reference, f"its version 1 (submitted) does not match the fingerprint "
                                    f"event {sequence} kept of it (the stored version was "
                                    "changed)")


def test_a_version_whose_event_has_no_payload_fingerprint_is_checked_by_its_content(
    trail: Path,
) -> None:
    """Content alone, when an event names the version it kept but not its payload's
    fingerprint: a reworded payload with the same answers passes, changed answers do not."""
    record_id, reference = t.completed(trail)
    with t.raw(trail) as connection:
        for sequence, details in connection.execute(
                "SELECT sequence, details FROM audit_events").fetchall():
            kept = {k: v for k, v in json.loads(details).items() if k != VERSION_SHA_KEY}
            connection.execute("UPDATE audit_events SET details = ? WHERE sequence = ?",
                               (json.dumps(kept), sequence))
    t.rebuild_from(trail, 1)
    number, _kind, payload = t.versions(trail, record_id)[0]
    with t.raw(trail) as connection:
        connection.execute(
            "UPDATE record_versions SET payload = ? WHERE record_id = ? AND number = ?",
            (json.dumps(json.loads(payload), indent=2, sort_keys=True), record_id, number))
    assert check_all(trail).ok
    with t.raw(trail) as connection:
        connection.execute("UPDATE record_versions SET payload = '[1]' WHERE record_id = ? "
                           "AND number = 1", (record_id,))
    record_broken(trail, reference, "its version 1 cannot be read (it was changed)")


def test_a_locked_record_deleted_is_named(trail: Path) -> None:
    record_id, reference = t.completed(trail)
    with t.raw(trail) as connection:
        connection.execute("DELETE FROM decision_records WHERE id = ?", (record_id,))
    sequence = t.sequence_of(trail, AuditAction.ADDENDUM)
    record_broken(trail, reference, "the record is missing: it was deleted outside "
                                    f"InfoShare after event {sequence}")


#: Deleting the newest events back to ...: what is then found about the record they wrote.
DELETED_NEWEST = {
    # its return for amendment: the record no longer matches its submission
    3: "its content does not match version 1 as submitted",
    # its whole history: its submitted version has no event left
    5: "no event in the trail kept its version 1 (the event was deleted, or the version "
       "was added outside InfoShare)",
}


@pytest.mark.parametrize("how_many", sorted(DELETED_NEWEST))
def test_deleting_the_newest_events_and_fixing_the_head_row_is_named(
    trail: Path, how_many: int
) -> None:
    """The chain alone holds (a shorter one); the record the deleted events wrote no
    longer matches what the events left say of it."""
    _, reference = t.returned(trail)
    t.delete_newest_and_fix_head(trail, how_many)
    assert check(trail).ok
    record_broken(trail, reference, DELETED_NEWEST[how_many])


def test_a_record_whose_every_event_was_deleted_is_named(trail: Path) -> None:
    _, reference = t.returned(trail)
    t.delete_newest_and_fix_head(trail, 5)
    with t.raw(trail) as connection:
        connection.execute("DELETE FROM record_versions WHERE record_id = "
                           "(SELECT id FROM decision_records WHERE reference = ?)", (reference,))
    record_broken(trail, reference, "the trail holds no event about it (its events were "
                                    "deleted, or it was added outside InfoShare)")


def test_an_anchor_from_a_report_catches_a_trail_rebuilt_after_an_edit(trail: Path) -> None:
    printed = parse_anchor(t.anchor(trail))
    assert printed is not None
    assert check_all(trail, printed).ok
    edited = t.edit_and_rebuild(trail)
    assert check(trail).ok and check_all(trail).ok  # rebuilt: every hash is right again
    report = check_all(trail, printed)
    assert not report.ok and report.broken_sequence == printed.count, report.text
    assert report.text.startswith(f"BROKEN at event {printed.count}: its hash begins ")
    assert "rebuilt" in report.problem
    assert edited < printed.count


def test_an_anchor_past_the_end_names_the_missing_event(trail: Path) -> None:
    count = t.event_count(trail)
    newest = str(t.rows(trail)[-1][-1])
    report = check_all(trail, Anchor(count + 2, newest[:8]))
    assert not report.ok and report.broken_sequence == count + 2
    assert f"the trail ends after {count} events" in report.problem


def test_a_trail_from_before_fingerprints_is_not_checkable_rather_than_broken(
    trail: Path,
) -> None:
    """Events written before this version carry no fingerprint: the locked records
    and versions are counted as not checked, and the trail is still OK."""
    with t.raw(trail) as connection:
        for sequence, details in connection.execute(
                "SELECT sequence, details FROM audit_events").fetchall():
            old = {k: v for k, v in json.loads(details).items()
                   if k not in (CONTENT_KEY, KEPT_VERSION_KEY, VERSION_SHA_KEY)}
            connection.execute("UPDATE audit_events SET details = ? WHERE sequence = ?",
                               (json.dumps(old), sequence))
    t.rebuild_from(trail, 1)
    upgrade_from_0008(trail)
    marker = t.rows(trail)[-1]
    assert marker[4] == AuditAction.CONTENT_FINGERPRINTS.value
    assert json.loads(str(marker[7])) == {"records_before": 2, "versions_before": 4}
    t.change_record(trail, "purpose", "Changed before fingerprints: cannot be told")
    report = check_all(trail)
    assert report.ok, report.text
    # The completed record and its three versions, the returned record's one version.
    assert report.unchecked == 5
    assert report.text.splitlines()[1] == (
        "Not checked: 5 locked records or versions from before the audit trail kept a "
        "fingerprint of record content.")
    # A record slipped in after the upgrade is no legacy record.
    with t.raw(trail) as connection:
        connection.execute(
            "INSERT INTO decision_records (reference, status, created_at, updated_at, "
            "emergency, guardian_referred, identity_verified, address_checked, "
            "receipt_confirmed) VALUES ('IS-2026-000003', 'completed', "
            "'2026-01-01 09:00:00.000000', '2026-01-01 09:00:00.000000', 0, 0, 0, 0, 0)")
    record_broken(trail, "IS-2026-000003", "the trail holds no event about it (its events "
                                           "were deleted, or it was added outside InfoShare)")


def upgrade_from_0008(path: Path) -> None:
    """Take the database back to the schema before fingerprints, and upgrade it again
    as opening it with this version does."""
    from infoshare_desktop.storage import migrate
    from infoshare_desktop.storage.sqlite import sqlite_engine

    t.downgrade(path, "0008")
    engine = sqlite_engine(path)
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()


def test_an_upgrade_marks_where_fingerprints_begin_and_everything_still_checks(
    trail: Path,
) -> None:
    before = t.event_count(trail)
    upgrade_from_0008(trail)
    assert t.event_count(trail) == before + 1
    report = check_all(trail)
    assert report.ok and report.unchecked == 0, report.text
    # The head row's guard is back: the head cannot go back.
    with t.raw(trail, triggers=True) as connection, pytest.raises(sqlite3.IntegrityError):
        connection.execute("UPDATE audit_head SET count = count - 1")


# --- the head row --------------------------------------------------------------------------


def test_the_head_row_refuses_to_go_back_or_be_deleted_through_sqlite(trail: Path) -> None:
    count, head = t.rows(trail)[-1][0], t.rows(trail)[-1][-1]
    previous = t.rows(trail)[-2][-1]
    with t.raw(trail, triggers=True) as connection:
        refusals = {
            "UPDATE audit_head SET count = count - 1, head_hash = ?": (previous,),
            "UPDATE audit_head SET count = count + 1": (),
            "UPDATE audit_head SET head_hash = ?": ("0" * 64,),
            "UPDATE audit_head SET id = 2": (),
        }
        for statement, values in refusals.items():
            with pytest.raises(sqlite3.IntegrityError, match="only move on to the newest"):
                connection.execute(statement, values)
        with pytest.raises(sqlite3.IntegrityError, match="cannot be deleted"):
            connection.execute("DELETE FROM audit_head")
        # What the app itself does: the no-op update that takes the write lock.
        connection.execute("UPDATE audit_head SET count = count")
        assert connection.execute("SELECT count, head_hash FROM audit_head").fetchone() == (
            count, head)
    assert check_all(trail).ok


def test_after_deleting_events_the_head_cannot_be_fixed_while_its_trigger_stands(
    trail: Path,
) -> None:
    """Dropping the events' triggers alone is not enough to cover the deletion."""
    newest = t.event_count(trail)
    with closing(sqlite3.connect(trail)) as connection:
        connection.execute("DROP TRIGGER audit_events_no_delete")
        connection.execute("DELETE FROM audit_events WHERE sequence = ?", (newest,))
        count, last = connection.execute(
            "SELECT sequence, hash FROM audit_events ORDER BY sequence DESC LIMIT 1").fetchone()
        with pytest.raises(sqlite3.IntegrityError, match="only move on to the newest"):
            connection.execute("UPDATE audit_head SET count = ?, head_hash = ?", (count, last))
        connection.commit()
    assert "newest events were deleted" in check_all(trail).problem


def test_the_database_refuses_head_tampering_on_both_backends(db: Database) -> None:
    """SQLite's triggers and PostgreSQL's (the same rule) through the app's own engine;
    appending, which moves the head on, still works."""
    build(db)
    with db.session() as session:
        count, head = audit_store.head(session)
    statements = {
        "UPDATE audit_head SET count = count - 1": "only move on to the newest",
        "UPDATE audit_head SET count = count + 1": "only move on to the newest",
        "UPDATE audit_head SET head_hash = 'forged'": "only move on to the newest",
        "DELETE FROM audit_head": "cannot be deleted",
    }
    if db.is_server:
        statements["TRUNCATE audit_head"] = "cannot be deleted"
    for statement, refusal in statements.items():
        with pytest.raises(IntegrityError, match=refusal), db.session() as session:
            session.execute(text(statement))
    with db.session() as session:
        assert audit_store.head(session) == (count, head)
        audit_store.append(session, datetime.now(UTC), None, "", AuditAction.LOGIN_FAILED)
    with db.session() as session:
        assert audit_store.head(session)[0] == count + 1
        assert audit_store.verify(session).ok


def test_content_fingerprints_hold_on_both_backends(db: Database) -> None:
    """Times, dates and lists come back from PostgreSQL as from SQLite: the record read
    back gives the fingerprint its events carry, and a direct change shows."""
    org = build(db)
    record = org.record(RecordStatus.COMPLETED)
    org.record(RecordStatus.DRAFT)
    org.record(RecordStatus.AUTHORISED, emergency=True)
    with db.session() as session:
        report = audit_store.verify(session)
        assert report.ok and report.unchecked == 0, report.text
        # Read straight from the rows (as verify does) or as whole records: one content.
        ids = repository.all_record_ids(session)
        direct = audit_store.stored_contents(session, ids)
        loaded = repository.load_records(session, ids)
        assert len(direct) == len(loaded) == 3
        for record_id in ids:
            assert content_sha256(direct[record_id]) == content_sha256(loaded[record_id])
    with db.session() as session:
        session.execute(text("UPDATE decision_records SET purpose = 'Not what was decided' "
                             "WHERE id = :id"), {"id": record.id})
    with db.session() as session:
        report = audit_store.verify(session)
    assert not report.ok and report.broken_record == record.reference, report.text
