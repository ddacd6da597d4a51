"""accounts, teams, record authors, versions and reviews

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

Records made before accounts existed keep an empty author: only a Caldicott
Guardian can read them until an administrator assigns them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

AUTHOR_FK = "fk_decision_records_author_id_users"


def upgrade() -> None:
    op.create_table(
        "teams",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.Text(), nullable=False),
        sa.Column("full_name", sa.Text(), nullable=False),
        sa.Column("job_title", sa.Text(), server_default="", nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("username"),
    )
    op.create_table(
        "team_managers",
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["teams.id"],
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
        ),
        sa.PrimaryKeyConstraint("team_id", "user_id"),
    )
    with op.batch_alter_table("team_managers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_team_managers_user_id"), ["user_id"], unique=False)

    op.create_table(
        "team_members",
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["teams.id"],
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
        ),
        sa.PrimaryKeyConstraint("team_id", "user_id"),
    )
    with op.batch_alter_table("team_members", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_team_members_user_id"), ["user_id"], unique=False)

    op.create_table(
        "user_roles",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
        ),
        sa.PrimaryKeyConstraint("user_id", "role"),
    )
    op.create_table(
        "record_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("comment", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(["record_id"], ["decision_records.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("record_reviews", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_record_reviews_record_id"), ["record_id"], unique=False
        )

    op.create_table(
        "record_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), server_default="", nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["users.id"],
        ),
        sa.ForeignKeyConstraint(["record_id"], ["decision_records.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("record_id", "number"),
    )
    with op.batch_alter_table("record_versions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_record_versions_record_id"), ["record_id"], unique=False
        )

    with op.batch_alter_table("decision_records", schema=None) as batch_op:
        batch_op.add_column(sa.Column("author_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("awaiting_review", sa.Boolean(), server_default="0", nullable=False)
        )
        batch_op.create_index(
            batch_op.f("ix_decision_records_author_id"), ["author_id"], unique=False
        )
        batch_op.create_foreign_key(AUTHOR_FK, "users", ["author_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("decision_records", schema=None) as batch_op:
        batch_op.drop_constraint(AUTHOR_FK, type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_decision_records_author_id"))
        batch_op.drop_column("awaiting_review")
        batch_op.drop_column("author_id")

    with op.batch_alter_table("record_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_versions_record_id"))

    op.drop_table("record_versions")
    with op.batch_alter_table("record_reviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_reviews_record_id"))

    op.drop_table("record_reviews")
    op.drop_table("user_roles")
    with op.batch_alter_table("team_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_team_members_user_id"))

    op.drop_table("team_members")
    with op.batch_alter_table("team_managers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_team_managers_user_id"))

    op.drop_table("team_managers")
    op.drop_table("users")
    op.drop_table("teams")
