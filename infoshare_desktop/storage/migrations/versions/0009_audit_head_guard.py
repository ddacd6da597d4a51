"""the database refuses to move the audit head backwards or delete it

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26

The head row (``audit_head``: how many events the chain holds and the newest hash)
is how deleting the newest events shows. Until now it could be updated freely, so
someone could delete the newest events and set the head to match. Now the database
allows only what the app itself does: the no-op update a writer makes to take
SQLite's write lock, and moving the head on to the newest event stored, never back.
Deleting the row is refused. SQLite's triggers raise an abort; PostgreSQL's call a
function raising an integrity error (``storage.postgres``).

From this version on, events that write a record past draft carry a fingerprint of
its content. A database that already holds records gets one event saying where
that began (the highest record and version ids stored before), so ``audit verify``
can tell a record from before fingerprints (not checkable) from one whose events
were deleted (tampering). A new, empty database needs no such event.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from infoshare_desktop.domain.audit import fingerprints_start
from infoshare_desktop.storage import postgres
from infoshare_desktop.storage.tables import UTCDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

SQLITE_TRIGGERS = (
    # IS, not =, and the COALESCE: a comparison with NULL (no events yet) must refuse,
    # not make the whole condition NULL, which would let the update through.
    """CREATE TRIGGER audit_head_guard_update BEFORE UPDATE ON audit_head
       WHEN NOT COALESCE(
           NEW.id IS OLD.id AND (
               (NEW.count IS OLD.count AND NEW.head_hash IS OLD.head_hash)
               OR (NEW.count >= OLD.count
                   AND NEW.count IS (SELECT max(sequence) FROM audit_events)
                   AND NEW.head_hash IS (SELECT hash FROM audit_events
                                         WHERE sequence = NEW.count))), 0)
       BEGIN SELECT RAISE(ABORT, 'the audit head can only move on to the newest event'); END""",
    """CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
       BEGIN SELECT RAISE(ABORT, 'the audit head cannot be deleted'); END""",
)
SQLITE_TRIGGER_NAMES = ("audit_head_guard_update", "audit_head_no_delete")


#: The audit tables as this migration writes them (not the current models).
_EVENTS = sa.table(
    "audit_events",
    sa.column("sequence", sa.Integer()), sa.column("at", UTCDateTime()),
    sa.column("user_id", sa.Integer()), sa.column("username", sa.Text()),
    sa.column("action", sa.Text()), sa.column("record_id", sa.Integer()),
    sa.column("reference", sa.Text()), sa.column("details", sa.Text()),
    sa.column("prev_hash", sa.Text()), sa.column("hash", sa.Text()),
)
_HEAD = sa.table("audit_head", sa.column("id", sa.Integer()), sa.column("count", sa.Integer()),
                 sa.column("head_hash", sa.Text()))


def _mark_where_fingerprints_begin(bind: sa.Connection) -> None:
    """Append the event naming the last record and version stored before fingerprints."""
    records = bind.execute(sa.text("SELECT max(id) FROM decision_records")).scalar() or 0
    versions = bind.execute(sa.text("SELECT max(id) FROM record_versions")).scalar() or 0
    if not records and not versions:
        return
    count, head = bind.execute(
        sa.select(_HEAD.c.count, _HEAD.c.head_hash).where(_HEAD.c.id == 1)).one()
    newest = bind.execute(sa.text("SELECT max(sequence) FROM audit_events")).scalar() or 0
    if newest != count:
        return  # a trail already changed outside InfoShare: audit verify will say so
    event = fingerprints_start(count + 1, datetime.now(UTC), head, records, versions)
    bind.execute(_EVENTS.insert().values(
        sequence=event.sequence, at=event.at, user_id=None, username="",
        action=event.action.value, record_id=None, reference="",
        details=json.dumps(event.details, ensure_ascii=False, sort_keys=True),
        prev_hash=event.prev_hash, hash=event.hash))
    bind.execute(_HEAD.update().where(_HEAD.c.id == 1).values(count=event.sequence,
                                                              head_hash=event.hash))


def upgrade() -> None:
    bind = op.get_bind()
    _mark_where_fingerprints_begin(bind)
    if bind.dialect.name == "sqlite":
        for trigger in SQLITE_TRIGGERS:
            op.execute(trigger)
    elif bind.dialect.name == "postgresql":
        postgres.create_audit_head_guard(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in SQLITE_TRIGGER_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    elif bind.dialect.name == "postgresql":
        postgres.drop_audit_head_guard(bind)
