"""The database tables, as SQLModel classes.

Portable types only (text, integers, booleans, dates, UTC timestamps), so the same
tables serve SQLite and PostgreSQL. Vocabulary values are stored as their short
codes. Table classes skip validation: the domain rules run before a row is built.
The people involved and every multi-valued field live in their own rows, so third
parties can be redacted and categories counted.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Column, DateTime, Index, Text, TypeDecorator, UniqueConstraint
from sqlmodel import Field, SQLModel


class UTCDateTime(TypeDecorator[datetime]):
    """Store aware datetimes as UTC; SQLite drops the zone, so attach UTC on the way out."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: times must be timezone-aware")
        return value.astimezone(UTC).replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def text_column(**kwargs: Any) -> Any:
    """A text field of any length (20,000 characters must fit), never NULL."""
    return Field(default="", sa_column_kwargs={"server_default": ""}, sa_type=Text, **kwargs)


def utc_column(nullable: bool = True) -> Any:
    return Field(default=None, sa_column=Column(UTCDateTime(), nullable=nullable))


class OrganisationRow(SQLModel, table=True):
    __tablename__ = "organisations"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_type=Text, unique=True)
    type: str = Field(sa_type=Text)
    address: str = text_column()
    phone: str = text_column()
    secure_email: str = text_column()
    active: bool = True


class DecisionRecordRow(SQLModel, table=True):
    """One decision; the column names are the ``DecisionRecord`` attribute names."""

    __tablename__ = "decision_records"

    id: int | None = Field(default=None, primary_key=True)
    reference: str = Field(sa_type=Text, unique=True)
    status: str = Field(sa_type=Text)
    created_at: datetime = utc_column(nullable=False)
    updated_at: datetime = utc_column(nullable=False)
    author_id: int | None = Field(default=None, foreign_key="users.id", index=True)
    awaiting_review: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})
    #: Bumped by every write; a save made from an older reading is refused (see repository).
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})

    # Context
    case_reference: str = text_column()
    origin: str | None = Field(default=None, sa_type=Text)
    requesting_organisation: str = text_column()
    requester_name: str = text_column()
    requester_position: str = text_column()
    request_received_on: date | None = None
    request_details: str = text_column()
    requester_verification: str = text_column()
    emergency: bool = False

    # Decision
    outcome: str | None = Field(default=None, sa_type=Text)
    purpose_category: str | None = Field(default=None, sa_type=Text)
    purpose: str = text_column()
    necessity: str = text_column()
    shared_description: str = text_column()
    withheld_description: str = text_column()
    withheld_reason: str = text_column()
    recipient_organisation_id: int | None = Field(default=None, foreign_key="organisations.id")
    recipient_name: str = text_column()
    recipient_role: str = text_column()
    decision_maker_name: str = text_column()
    decision_maker_position: str = text_column()
    decided_at: datetime | None = utc_column()

    # Lawful basis
    article6_basis: str | None = Field(default=None, sa_type=Text)
    article9_condition: str | None = Field(default=None, sa_type=Text)
    schedule1_condition: str | None = Field(default=None, sa_type=Text)
    para18_purpose: str | None = Field(default=None, sa_type=Text)
    para18_person: str | None = Field(default=None, sa_type=Text)
    para18_without_consent: str | None = Field(default=None, sa_type=Text)
    confidentiality_basis: str | None = Field(default=None, sa_type=Text)
    legal_gateway: str | None = Field(default=None, sa_type=Text)
    legal_gateway_other: str = text_column()

    # Consent and transparency
    consent: str | None = Field(default=None, sa_type=Text)
    consent_override_note: str = text_column()
    views_expressed: str = text_column()
    person_informed: str | None = Field(default=None, sa_type=Text)
    person_informed_reason: str = text_column()
    third_party_protection: str = text_column()

    # Advice and authorisation
    authoriser_name: str = text_column()
    authoriser_role: str = text_column()
    authorised_on: date | None = None
    authorisation_decision: str | None = Field(default=None, sa_type=Text)
    authorisation_comment: str = text_column()
    guardian_referred: bool = False
    guardian_referred_on: date | None = None
    guardian_outcome: str = text_column()

    # Transfer
    shared_at: datetime | None = utc_column()
    method: str | None = Field(default=None, sa_type=Text)
    identity_verified: bool = False
    address_checked: bool = False
    receipt_confirmed: bool = False
    sharing_agreement: str = text_column()
    retention_agreed: str = text_column()
    follow_up_on: date | None = None


def _record_fk() -> Any:
    return Field(foreign_key="decision_records.id", ondelete="CASCADE", index=True)


class PersonRow(SQLModel, table=True):
    """A person whose information is involved: a row each, so each can be redacted."""

    __tablename__ = "record_people"

    id: int | None = Field(default=None, primary_key=True)
    record_id: int = _record_fk()
    position: int
    role: str | None = Field(default=None, sa_type=Text)
    name: str = text_column()
    date_of_birth: date | None = None


class SharingTestRow(SQLModel, table=True):
    __tablename__ = "record_sharing_tests"
    __table_args__ = (UniqueConstraint("record_id", "test"),)

    id: int | None = Field(default=None, primary_key=True)
    record_id: int = _record_fk()
    test: str = Field(sa_type=Text)
    answer: bool | None = None
    note: str = text_column()


class AdviceRow(SQLModel, table=True):
    __tablename__ = "record_advice"

    id: int | None = Field(default=None, primary_key=True)
    record_id: int = _record_fk()
    position: int
    source: str | None = Field(default=None, sa_type=Text)
    summary: str = text_column()


class DataCategoryRow(SQLModel, table=True):
    __tablename__ = "record_data_categories"
    __table_args__ = (UniqueConstraint("record_id", "category"),)

    id: int | None = Field(default=None, primary_key=True)
    record_id: int = _record_fk()
    category: str = Field(sa_type=Text)


class ConsentReasonRow(SQLModel, table=True):
    __tablename__ = "record_consent_reasons"
    __table_args__ = (UniqueConstraint("record_id", "reason"),)

    id: int | None = Field(default=None, primary_key=True)
    record_id: int = _record_fk()
    reason: str = Field(sa_type=Text)


class ReferenceCounterRow(SQLModel, table=True):
    """The last reference number handed out in each year (IS-YYYY-NNNNNN)."""

    __tablename__ = "reference_counters"

    year: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    last_number: int = 0


class FormRecoveryRow(SQLModel, table=True):
    """Unsaved form content, autosaved so a crash or power cut loses no typing.

    Kept in the database (never a temporary file) because it is personal data.
    """

    __tablename__ = "form_recovery"

    id: int | None = Field(default=None, primary_key=True)
    record_id: int | None = None
    # Whose typing it is: only they are offered it back (None: from before accounts).
    user_id: int | None = Field(default=None, foreign_key="users.id", index=True)
    reference: str = text_column()
    saved_at: datetime = utc_column(nullable=False)
    payload: str = Field(sa_type=Text)


class SettingRow(SQLModel, table=True):
    """An organisation setting, stored as text and typed by the settings service."""

    __tablename__ = "app_settings"

    key: str = Field(sa_type=Text, primary_key=True)
    value: str = Field(sa_type=Text)


class UserRow(SQLModel, table=True):
    """An account. Only the argon2id hash of the password is kept."""

    __tablename__ = "users"

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(sa_type=Text, unique=True)
    full_name: str = Field(sa_type=Text)
    job_title: str = text_column()
    password_hash: str = Field(sa_type=Text)
    active: bool = True
    failed_logins: int = 0
    locked_until: datetime | None = utc_column()
    created_at: datetime = utc_column(nullable=False)


class UserRoleRow(SQLModel, table=True):
    __tablename__ = "user_roles"

    user_id: int = Field(foreign_key="users.id", primary_key=True)
    role: str = Field(sa_type=Text, primary_key=True)


class TeamRow(SQLModel, table=True):
    __tablename__ = "teams"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_type=Text, unique=True)


class TeamMemberRow(SQLModel, table=True):
    __tablename__ = "team_members"

    team_id: int = Field(foreign_key="teams.id", primary_key=True)
    user_id: int = Field(foreign_key="users.id", primary_key=True, index=True)


class TeamManagerRow(SQLModel, table=True):
    __tablename__ = "team_managers"

    team_id: int = Field(foreign_key="teams.id", primary_key=True)
    user_id: int = Field(foreign_key="users.id", primary_key=True, index=True)


class RecordVersionRow(SQLModel, table=True):
    """A frozen copy of a record's content, kept at submission, completion and each addendum.

    Rows are only ever added: earlier versions stay readable for good.
    """

    __tablename__ = "record_versions"
    __table_args__ = (UniqueConstraint("record_id", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    record_id: int = _record_fk()
    number: int
    kind: str = Field(sa_type=Text)
    created_at: datetime = utc_column(nullable=False)
    created_by: int | None = Field(default=None, foreign_key="users.id")
    reason: str = text_column()
    payload: str = Field(sa_type=Text)


class ReviewRow(SQLModel, table=True):
    """A reviewer's decision and comment; every one stays on the record."""

    __tablename__ = "record_reviews"

    id: int | None = Field(default=None, primary_key=True)
    record_id: int = _record_fk()
    user_id: int = Field(foreign_key="users.id")
    created_at: datetime = utc_column(nullable=False)
    action: str = Field(sa_type=Text)
    comment: str = text_column()


#: Indexes added by migration 0002 for the decision list and its search.
LIST_INDEXES = (
    Index("ix_decision_records_decided_at", DecisionRecordRow.__table__.c.decided_at),
    Index("ix_decision_records_case_reference", DecisionRecordRow.__table__.c.case_reference),
    Index("ix_decision_records_status", DecisionRecordRow.__table__.c.status),
)

#: Indexes added by migration 0006 for the paged, filtered and sorted list.
PAGE_INDEXES = (
    Index("ix_decision_records_author_decided", DecisionRecordRow.__table__.c.author_id,
          DecisionRecordRow.__table__.c.decided_at),
    Index("ix_decision_records_updated_at", DecisionRecordRow.__table__.c.updated_at),
    Index("ix_decision_records_recipient",
          DecisionRecordRow.__table__.c.recipient_organisation_id),
)


class FilterPresetRow(SQLModel, table=True):
    """A user's own saved filters for the decision list, by name (JSON criteria)."""

    __tablename__ = "filter_presets"
    __table_args__ = (UniqueConstraint("user_id", "name"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", ondelete="CASCADE", index=True)
    name: str = Field(sa_type=Text)
    criteria: str = Field(sa_type=Text)
    created_at: datetime = utc_column(nullable=False)


class AuditEventRow(SQLModel, table=True):
    """One audit event. The database refuses UPDATE and DELETE on this table.

    No foreign keys: the trail must outlive the accounts and records it names.
    """

    __tablename__ = "audit_events"

    sequence: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    at: datetime = utc_column(nullable=False)
    user_id: int | None = Field(default=None, index=True)
    username: str = text_column()
    action: str = Field(sa_type=Text, index=True)
    record_id: int | None = Field(default=None, index=True)
    reference: str = text_column()
    details: str = Field(sa_type=Text)
    prev_hash: str = Field(sa_type=Text)
    hash: str = Field(sa_type=Text)


class AuditHeadRow(SQLModel, table=True):
    """How many events the chain holds and the newest hash, updated with every append.

    Locking this row first serialises appends, and comparing it with the chain
    shows when the newest events were deleted.
    """

    __tablename__ = "audit_head"

    id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    count: int
    head_hash: str = Field(sa_type=Text)
