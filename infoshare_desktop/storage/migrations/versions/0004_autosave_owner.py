"""autosaved form content belongs to the user who typed it

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25

On a shared PC the next person to sign in must not be offered someone else's
unsaved typing. Rows autosaved before accounts existed keep an empty owner and are
offered to nobody; they stay until an administrator's clean-up.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

OWNER_FK = "fk_form_recovery_user_id_users"


def upgrade() -> None:
    with op.batch_alter_table("form_recovery", schema=None) as batch_op:
        batch_op.add_column(sa.Column("user_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_form_recovery_user_id"), ["user_id"], unique=False)
        batch_op.create_foreign_key(OWNER_FK, "users", ["user_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("form_recovery", schema=None) as batch_op:
        batch_op.drop_constraint(OWNER_FK, type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_form_recovery_user_id"))
        batch_op.drop_column("user_id")
