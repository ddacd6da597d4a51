"""A realistic audit trail made through the services, and ways to tamper with it.

Shared by the storage-level chain tests and the ``infoshare audit verify`` tests.
Tampering goes through plain sqlite3 with the two protecting triggers dropped, as
someone with the database file and an SQLite tool could do. Every tampering function
returns the sequence number ``verify`` must name.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from infoshare_desktop.domain.audit import AuditAction, AuditEvent, chain_hash
from infoshare_desktop.domain.vocab import Role
from infoshare_desktop.services import accounts, records, review
from infoshare_desktop.services.errors import AuthenticationError
from infoshare_desktop.storage.database import Database
from tests import factories
from tests.services.org import PASSWORD, build

#: The audit table's columns in order, as the tampering SQL sees them.
COLUMNS = ("sequence", "at", "user_id", "username", "action", "record_id", "reference",
           "details", "prev_hash", "hash")
#: Every column but the sequence number: what "each field of an event" means.
FIELDS = COLUMNS[1:]
#: How SQLite holds ``at`` (SQLAlchemy's DateTime on SQLite, UTC).
AT_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


def build_trail(db: Database) -> None:
    """An organisation at work: accounts, sign-ins (one failing), records through the
    workflow, someone else viewing a record, an addendum, a sign-out and an idle lock."""
    org = build(db)
    manager = org.add_user("manager_a", Role.MANAGER, manages=(org.team_a,))
    guardian = org.add_user("guardian", Role.GUARDIAN)
    author = accounts.authenticate(db, "author", PASSWORD)
    with pytest.raises(AuthenticationError):
        accounts.authenticate(db, "author", "not-the-password")
    with pytest.raises(AuthenticationError):
        accounts.authenticate(db, "nobody", "not-the-password")
    content = factories.complete_record(
        now=datetime.now(UTC), recipient_organisation_id=org.organisation_id,
        request_details="Siân’s school attendance — and known concerns.",
    )
    first = records.save_draft(db, author, content)
    first = records.submit(db, author, first)
    assert first.id is not None
    accounts.authenticate(db, "manager_a", PASSWORD)
    review.authorise(db, manager, first.id, "Agreed: share the visit dates only.")
    records.mark_complete(db, author, records.get_record(db, author, first.id))
    records.get_record(db, guardian, first.id)
    records.add_addendum(db, author, first.id,
                         replace(records.get_record(db, author, first.id), purpose="Corrected"),
                         "Typo in the purpose")
    second = records.submit(db, author, records.save_draft(db, author, content))
    assert second.id is not None
    review.return_for_amendment(db, manager, second.id, "Say why consent was not sought.")
    accounts.record_idle_lock(db, manager)
    accounts.sign_out(db, author)


def make_trail(path: Path) -> None:
    db = Database.open(path)
    try:
        with factories.quick_hashing():
            build_trail(db)
    finally:
        db.close()


def copy_database(source: Path, target: Path) -> Path:
    """A byte copy of a closed database (its WAL files too, if any are left)."""
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(source) + suffix)
        if part.exists():
            Path(str(target) + suffix).write_bytes(part.read_bytes())
    return target


#: The triggers that protect the trail: the events' and the head row's.
TRIGGERS = ("audit_events_no_update", "audit_events_no_delete", "audit_head_guard_update",
            "audit_head_no_delete")


@contextmanager
def raw(path: Path, *, triggers: bool = False) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection; without the protecting triggers unless asked (as
    anyone with the file and an SQLite tool can drop them)."""
    with closing(sqlite3.connect(path)) as connection:
        if not triggers:
            for name in TRIGGERS:
                connection.execute(f"DROP TRIGGER IF EXISTS {name}")
        yield connection
        connection.commit()


def rows(path: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(
            f"SELECT {', '.join(COLUMNS)} FROM audit_events ORDER BY sequence").fetchall()


def event_count(path: Path) -> int:
    return len(rows(path))


def sequence_of(path: Path, action: AuditAction, nth: int = 0) -> int:
    """The sequence number of the ``nth`` event of this kind (0: the oldest)."""
    found = [row[0] for row in rows(path) if row[4] == action.value]
    value = found[nth]
    assert isinstance(value, int)
    return value


def _one(path: Path, sequence: int) -> dict[str, object]:
    (row,) = [r for r in rows(path) if r[0] == sequence]
    return dict(zip(COLUMNS, row, strict=True))


def _insert(connection: sqlite3.Connection, values: dict[str, object]) -> None:
    connection.execute(
        f"INSERT INTO audit_events ({', '.join(COLUMNS)}) VALUES "
        f"({', '.join('?' for _ in COLUMNS)})",
        [values[c] for c in COLUMNS],
    )


def _flip(text: object) -> str:
    """The same hex hash with its last digit changed."""
    assert isinstance(text, str)
    return text[:-1] + ("0" if text[-1] != "0" else "1")


#: field -> a plausible different value, given the old one.
CHANGES: dict[str, Callable[[object], object]] = {
    "at": lambda old: (datetime.strptime(str(old), AT_FORMAT) + timedelta(seconds=1))
    .strftime(AT_FORMAT),
    "user_id": lambda old: (old if isinstance(old, int) else 0) + 1,
    "username": lambda old: f"{old}x",
    "action": lambda old: (AuditAction.VIEW if old != AuditAction.VIEW.value
                           else AuditAction.PRINT).value,
    "record_id": lambda old: (old if isinstance(old, int) else 0) + 1,
    "reference": lambda old: "IS-2020-999999" if old != "IS-2020-999999" else "",
    "details": lambda old: json.dumps({**json.loads(str(old)), "comment": "Nothing to see"}),
    "prev_hash": _flip,
    "hash": _flip,
}

#: Values no event could hold: verify must still name the event, not crash.
NONSENSE: dict[str, object] = {
    "at": "yesterday",
    "user_id": "someone",
    "action": "shredded",
    "details": "{not json",
}


def change_field(path: Path, sequence: int, field: str, value: object = None) -> int:
    old = _one(path, sequence)[field]
    new = CHANGES[field](old) if value is None else value
    assert new != old
    with raw(path) as connection:
        connection.execute(f"UPDATE audit_events SET {field} = ? WHERE sequence = ?",
                           (new, sequence))
    return sequence


def delete_events(path: Path, *sequences: int) -> int:
    with raw(path) as connection:
        connection.executemany("DELETE FROM audit_events WHERE sequence = ?",
                               [(s,) for s in sequences])
    return min(sequences)


def delete_newest(path: Path, how_many: int) -> int:
    newest = event_count(path)
    return delete_events(path, *range(newest - how_many + 1, newest + 1))


def _rehash(values: dict[str, object]) -> str:
    """The hash a forger who knows the chain's recipe would give these values."""
    event = AuditEvent(
        sequence=int(values["sequence"]),  # type: ignore[call-overload]
        at=datetime.strptime(str(values["at"]), AT_FORMAT).replace(tzinfo=UTC),
        user_id=values["user_id"],  # type: ignore[arg-type]
        username=str(values["username"]),
        action=AuditAction(values["action"]),
        record_id=values["record_id"],  # type: ignore[arg-type]
        reference=str(values["reference"]),
        details=json.loads(str(values["details"])),
    )
    return chain_hash(str(values["prev_hash"]), event)


def _forged(path: Path, sequence: int, *, rehash: bool) -> dict[str, object]:
    """A new event to slip in at ``sequence``, linked to the event before it."""
    values = _one(path, sequence)
    values["username"] = "intruder"
    values["details"] = json.dumps({"comment": "This never happened"})
    values["prev_hash"] = _one(path, sequence - 1)["hash"] if sequence > 1 else "0" * 64
    if rehash:
        values["hash"] = _rehash(values)
    return values


def insert_renumbering(path: Path, sequence: int, *, rehash: bool) -> int:
    """Slip an event in at ``sequence`` and move every later event up by one.

    A forger who computes the new event's hash properly makes it pass on its own;
    the chain then breaks at the next event, which no longer follows its
    predecessor. Without the right hash the forged event itself is named.
    """
    forged = _forged(path, sequence, rehash=rehash)
    with raw(path) as connection:
        later = connection.execute(
            "SELECT sequence FROM audit_events WHERE sequence >= ? ORDER BY sequence DESC",
            (sequence,)).fetchall()
        for (number,) in later:
            connection.execute("UPDATE audit_events SET sequence = ? WHERE sequence = ?",
                               (number + 1, number))
        connection.execute("UPDATE audit_head SET count = count + 1")
        _insert(connection, forged)
    return sequence + 1 if rehash else sequence


def insert_before_first(path: Path) -> int:
    """Slip an event in without renumbering: as number 0, before the first."""
    forged = _forged(path, 1, rehash=True)
    forged["sequence"] = 0
    with raw(path) as connection:
        _insert(connection, forged)
    return 0


def insert_after_newest(path: Path) -> int:
    """Add a well-formed event after the newest, without updating the head row."""
    newest = event_count(path)
    forged = _forged(path, newest, rehash=False)
    forged.update(sequence=newest + 1, prev_hash=_one(path, newest)["hash"])
    forged["hash"] = _rehash(forged)
    with raw(path) as connection:
        _insert(connection, forged)
    return newest + 1


def swap(path: Path, first: int, second: int, fields: tuple[str, ...] = FIELDS) -> int:
    """Exchange two events' ``fields`` (their sequence numbers stay where they are)."""
    a, b = _one(path, first), _one(path, second)
    with raw(path) as connection:
        for number, source in ((first, b), (second, a)):
            connection.execute(
                f"UPDATE audit_events SET {', '.join(f'{f} = ?' for f in fields)} "
                "WHERE sequence = ?",
                [*(source[f] for f in fields), number],
            )
    return min(first, second)


#: Sequence numbers an event worth tampering with sits at, by name.
def positions(path: Path) -> dict[str, int]:
    return {
        "first": 1,
        "authorised": sequence_of(path, AuditAction.AUTHORISE),
        "newest": event_count(path),
    }


# --- record content, and the trail rebuilt -------------------------------------------------


def stored_records(path: Path) -> list[tuple[int, str, str]]:
    """(id, reference, status) of every record, in id order."""
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(
            "SELECT id, reference, status FROM decision_records ORDER BY id").fetchall()


def completed(path: Path) -> tuple[int, str]:
    """(id, reference) of the trail's completed record (the one with an addendum)."""
    (found,) = [(i, ref) for i, ref, status in stored_records(path) if status == "completed"]
    return found


def returned(path: Path) -> tuple[int, str]:
    """(id, reference) of the trail's record returned for amendment (its newest event)."""
    (found,) = [(i, ref) for i, ref, status in stored_records(path) if status == "returned"]
    return found


def change_record(path: Path, column: str, value: object) -> str:
    """Change one column of the completed record, as an SQLite tool would; its reference."""
    record_id, reference = completed(path)
    with raw(path) as connection:
        connection.execute(f"UPDATE decision_records SET {column} = ? WHERE id = ?",
                           (value, record_id))
    return reference


def change_person(path: Path) -> str:
    """Rename a person on the completed record (a row of its own, not a column)."""
    record_id, reference = completed(path)
    with raw(path) as connection:
        changed = connection.execute(
            "UPDATE record_people SET name = name || ' Smith' WHERE record_id = ?",
            (record_id,)).rowcount
    assert changed
    return reference


def versions(path: Path, record_id: int) -> list[tuple[int, str, str]]:
    """(number, kind, payload) of a record's stored versions."""
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(
            "SELECT number, kind, payload FROM record_versions WHERE record_id = ? "
            "ORDER BY number", (record_id,)).fetchall()


def change_version(path: Path, number: int, field: str, value: object) -> str:
    """Change one answer in a stored version of the completed record; its reference."""
    record_id, reference = completed(path)
    payload = {n: p for n, _kind, p in versions(path, record_id)}[number]
    data = json.loads(payload)
    assert data[field] != value
    data[field] = value
    with raw(path) as connection:
        connection.execute(
            "UPDATE record_versions SET payload = ? WHERE record_id = ? AND number = ?",
            (json.dumps(data), record_id, number))
    return reference


def delete_version(path: Path, number: int) -> str:
    record_id, reference = completed(path)
    with raw(path) as connection:
        connection.execute("DELETE FROM record_versions WHERE record_id = ? AND number = ?",
                           (record_id, number))
    return reference


def set_head(path: Path) -> None:
    """Point the head row at the newest event left, as a careful forger would."""
    with raw(path) as connection:
        count, newest = connection.execute(
            "SELECT sequence, hash FROM audit_events ORDER BY sequence DESC LIMIT 1").fetchone()
        connection.execute("UPDATE audit_head SET count = ?, head_hash = ?", (count, newest))


def delete_newest_and_fix_head(path: Path, how_many: int) -> None:
    """Remove the newest events and make the head row agree: the chain alone holds."""
    delete_newest(path, how_many)
    set_head(path)


def rebuild_from(path: Path, sequence: int) -> None:
    """Give every event from ``sequence`` on the hash the recipe gives it, and the head
    row the new newest: what someone who edited an event would do to hide it."""
    stored = rows(path)
    prev = str(stored[sequence - 2][-1]) if sequence > 1 else "0" * 64
    with raw(path) as connection:
        for row in stored[sequence - 1:]:
            values = dict(zip(COLUMNS, row, strict=True))
            values["prev_hash"] = prev
            prev = _rehash(values)
            connection.execute(
                "UPDATE audit_events SET prev_hash = ?, hash = ? WHERE sequence = ?",
                (values["prev_hash"], prev, values["sequence"]))
        connection.execute("UPDATE audit_head SET head_hash = ?", (prev,))


def edit_and_rebuild(path: Path) -> int:
    """Change the manager's comment on the authorisation, then rebuild the chain from
    there so that every hash is right again; returns the changed event's number."""
    sequence = sequence_of(path, AuditAction.AUTHORISE)
    change_field(path, sequence, "details",
                 json.dumps({**json.loads(str(_one(path, sequence)["details"])),
                             "comment": "Agreed: share everything."}))
    rebuild_from(path, sequence)
    return sequence


def anchor(path: Path) -> str:
    """``COUNT:HASH`` of the newest event, as a report printed now would show it."""
    count, head = rows(path)[-1][0], str(rows(path)[-1][-1])
    return f"{count}:{head[:16]}"


def downgrade(path: Path, revision: str) -> None:
    """Take the database's layout back to ``revision`` (as an older version left it)."""
    from alembic import command

    from infoshare_desktop.storage import migrate
    from infoshare_desktop.storage.sqlite import sqlite_engine

    engine = sqlite_engine(path)
    try:
        config = migrate.alembic_config()
        with engine.connect() as connection, connection.begin():
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
    finally:
        engine.dispose()
