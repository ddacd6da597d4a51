"""first schema: decision records, people, organisations

Revision ID: 0001
Revises:
Create Date: 2026-11-25

The schema the app first shipped with. Frozen: later changes are new revisions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "app_settings",
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "form_recovery",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("reference", sa.Text(), server_default="", nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "organisations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("type", sa.Text(), nullable=False),
        sa.Column("address", sa.Text(), server_default="", nullable=False),
        sa.Column("phone", sa.Text(), server_default="", nullable=False),
        sa.Column("secure_email", sa.Text(), server_default="", nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "reference_counters",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year"),
    )
    op.create_table(
        "decision_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("case_reference", sa.Text(), server_default="", nullable=False),
        sa.Column("origin", sa.Text(), nullable=True),
        sa.Column("requesting_organisation", sa.Text(), server_default="", nullable=False),
        sa.Column("requester_name", sa.Text(), server_default="", nullable=False),
        sa.Column("requester_position", sa.Text(), server_default="", nullable=False),
        sa.Column("request_received_on", sa.Date(), nullable=True),
        sa.Column("request_details", sa.Text(), server_default="", nullable=False),
        sa.Column("requester_verification", sa.Text(), server_default="", nullable=False),
        sa.Column("emergency", sa.Boolean(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("purpose_category", sa.Text(), nullable=True),
        sa.Column("purpose", sa.Text(), server_default="", nullable=False),
        sa.Column("necessity", sa.Text(), server_default="", nullable=False),
        sa.Column("shared_description", sa.Text(), server_default="", nullable=False),
        sa.Column("withheld_description", sa.Text(), server_default="", nullable=False),
        sa.Column("withheld_reason", sa.Text(), server_default="", nullable=False),
        sa.Column("recipient_organisation_id", sa.Integer(), nullable=True),
        sa.Column("recipient_name", sa.Text(), server_default="", nullable=False),
        sa.Column("recipient_role", sa.Text(), server_default="", nullable=False),
        sa.Column("decision_maker_name", sa.Text(), server_default="", nullable=False),
        sa.Column("decision_maker_position", sa.Text(), server_default="", nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("article6_basis", sa.Text(), nullable=True),
        sa.Column("article9_condition", sa.Text(), nullable=True),
        sa.Column("schedule1_condition", sa.Text(), nullable=True),
        sa.Column("para18_purpose", sa.Text(), nullable=True),
        sa.Column("para18_person", sa.Text(), nullable=True),
        sa.Column("para18_without_consent", sa.Text(), nullable=True),
        sa.Column("confidentiality_basis", sa.Text(), nullable=True),
        sa.Column("legal_gateway", sa.Text(), nullable=True),
        sa.Column("legal_gateway_other", sa.Text(), server_default="", nullable=False),
        sa.Column("consent", sa.Text(), nullable=True),
        sa.Column("consent_override_note", sa.Text(), server_default="", nullable=False),
        sa.Column("views_expressed", sa.Text(), server_default="", nullable=False),
        sa.Column("person_informed", sa.Text(), nullable=True),
        sa.Column("person_informed_reason", sa.Text(), server_default="", nullable=False),
        sa.Column("third_party_protection", sa.Text(), server_default="", nullable=False),
        sa.Column("authoriser_name", sa.Text(), server_default="", nullable=False),
        sa.Column("authoriser_role", sa.Text(), server_default="", nullable=False),
        sa.Column("authorised_on", sa.Date(), nullable=True),
        sa.Column("authorisation_decision", sa.Text(), nullable=True),
        sa.Column("authorisation_comment", sa.Text(), server_default="", nullable=False),
        sa.Column("guardian_referred", sa.Boolean(), nullable=False),
        sa.Column("guardian_referred_on", sa.Date(), nullable=True),
        sa.Column("guardian_outcome", sa.Text(), server_default="", nullable=False),
        sa.Column("shared_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("method", sa.Text(), nullable=True),
        sa.Column("identity_verified", sa.Boolean(), nullable=False),
        sa.Column("address_checked", sa.Boolean(), nullable=False),
        sa.Column("receipt_confirmed", sa.Boolean(), nullable=False),
        sa.Column("sharing_agreement", sa.Text(), server_default="", nullable=False),
        sa.Column("retention_agreed", sa.Text(), server_default="", nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["recipient_organisation_id"],
            ["organisations.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("reference"),
    )
    op.create_table(
        "record_advice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("summary", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(["record_id"], ["decision_records.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("record_advice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_record_advice_record_id"), ["record_id"], unique=False)

    op.create_table(
        "record_consent_reasons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["record_id"], ["decision_records.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("record_id", "reason"),
    )
    with op.batch_alter_table("record_consent_reasons", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_record_consent_reasons_record_id"), ["record_id"], unique=False
        )

    op.create_table(
        "record_data_categories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["record_id"], ["decision_records.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("record_id", "category"),
    )
    with op.batch_alter_table("record_data_categories", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_record_data_categories_record_id"), ["record_id"], unique=False
        )

    op.create_table(
        "record_people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("role", sa.Text(), nullable=True),
        sa.Column("name", sa.Text(), server_default="", nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["record_id"], ["decision_records.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("record_people", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_record_people_record_id"), ["record_id"], unique=False)

    op.create_table(
        "record_sharing_tests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("test", sa.Text(), nullable=False),
        sa.Column("answer", sa.Boolean(), nullable=True),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(["record_id"], ["decision_records.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("record_id", "test"),
    )
    with op.batch_alter_table("record_sharing_tests", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_record_sharing_tests_record_id"), ["record_id"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("record_sharing_tests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_sharing_tests_record_id"))

    op.drop_table("record_sharing_tests")
    with op.batch_alter_table("record_people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_people_record_id"))

    op.drop_table("record_people")
    with op.batch_alter_table("record_data_categories", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_data_categories_record_id"))

    op.drop_table("record_data_categories")
    with op.batch_alter_table("record_consent_reasons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_consent_reasons_record_id"))

    op.drop_table("record_consent_reasons")
    with op.batch_alter_table("record_advice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_advice_record_id"))

    op.drop_table("record_advice")
    op.drop_table("decision_records")
    op.drop_table("reference_counters")
    op.drop_table("organisations")
    op.drop_table("form_recovery")
    op.drop_table("app_settings")
