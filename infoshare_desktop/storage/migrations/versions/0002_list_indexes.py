"""indexes for the decision list: date of decision, case reference, status

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

The list is sorted by date of decision and searched by case reference; without
these, both scan the whole table once a team has thousands of records.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_decision_records_decided_at": "decided_at",
    "ix_decision_records_case_reference": "case_reference",
    "ix_decision_records_status": "status",
}


def upgrade() -> None:
    for name, column in INDEXES.items():
        op.create_index(name, "decision_records", [column])


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="decision_records")
