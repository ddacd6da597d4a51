"""the append-only, hash-chained audit trail

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25

Triggers make the database itself refuse to change or delete an audit event: SQLite's
raise an abort, PostgreSQL's call a function raising an integrity error (the
PostgreSQL branch came with PostgreSQL support; no server database predates it).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from infoshare_desktop.storage import postgres

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

GENESIS = "0" * 64

SQLITE_TRIGGERS = (
    """CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
       BEGIN SELECT RAISE(ABORT, 'audit events cannot be changed'); END""",
    """CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
       BEGIN SELECT RAISE(ABORT, 'audit events cannot be deleted'); END""",
)


def upgrade() -> None:
    op.create_table(
        "audit_events",
        sa.Column("sequence", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("username", sa.Text(), server_default="", nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("reference", sa.Text(), server_default="", nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.Text(), nullable=False),
        sa.Column("hash", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("sequence"),
    )
    for column in ("user_id", "action", "record_id"):
        op.create_index(f"ix_audit_events_{column}", "audit_events", [column])
    head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("head_hash", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.bulk_insert(head, [{"id": 1, "count": 0, "head_hash": GENESIS}])
    if op.get_bind().dialect.name == "sqlite":
        for trigger in SQLITE_TRIGGERS:
            op.execute(trigger)
    elif op.get_bind().dialect.name == "postgresql":
        postgres.create_audit_guard(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_delete")
    elif op.get_bind().dialect.name == "postgresql":
        postgres.drop_audit_guard(op.get_bind())
    op.drop_table("audit_head")
    for column in ("user_id", "action", "record_id"):
        op.drop_index(f"ix_audit_events_{column}", table_name="audit_events")
    op.drop_table("audit_events")
