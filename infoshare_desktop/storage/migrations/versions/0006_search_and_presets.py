"""full-text search, indexes for the paged list, and saved filter presets

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25

Search at 100,000 decisions must answer as the user types: SQLite gets an FTS5
table (filled here for the records already stored, then kept in step by every
save); PostgreSQL a table of tsvectors with a GIN index (this branch came with
PostgreSQL support; no server database predates it). The list pages, filters
and sorts in SQL, which these indexes serve. Each user may keep named sets of
filters for the decision list.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from infoshare_desktop.storage import postgres, sqlite

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_decision_records_author_decided": ["author_id", "decided_at"],
    "ix_decision_records_updated_at": ["updated_at"],
    "ix_decision_records_recipient": ["recipient_organisation_id"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "decision_records", columns)
    op.create_table(
        "filter_presets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("criteria", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("user_id", "name"),
    )
    op.create_index("ix_filter_presets_user_id", "filter_presets", ["user_id"])
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        sqlite.create_search_table(bind)
    elif bind.dialect.name == "postgresql":
        postgres.create_search(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        sqlite.drop_search_table(bind)
    elif bind.dialect.name == "postgresql":
        postgres.drop_search(bind)
    op.drop_index("ix_filter_presets_user_id", table_name="filter_presets")
    op.drop_table("filter_presets")
    for name in INDEXES:
        op.drop_index(name, table_name="decision_records")
