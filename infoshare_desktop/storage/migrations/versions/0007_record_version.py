"""a version number on each decision record

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25

Two people (or two copies of the app) may have the same record open. Every write
of a record bumps its version, and a save made from an older reading is refused,
so nobody silently overwrites someone else's changes. Records already stored
start at version 1.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("decision_records", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("version", sa.Integer(), server_default="1", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("decision_records", schema=None) as batch_op:
        batch_op.drop_column("version")
