"""Reading and writing decision records and organisations as plain domain data.

Callers pass an open session (the services own the transaction); what comes back
is domain dataclasses, never ORM rows, so nothing is bound to a session.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, exists, func, or_, select, update
from sqlmodel import Session

from infoshare_desktop.domain.codec import field_types, strip_optional
from infoshare_desktop.domain.organisation import Organisation
from infoshare_desktop.domain.record import (
    AdviceSought,
    DecisionRecord,
    PersonInvolved,
    TestAnswer,
    blank_tests,
)
from infoshare_desktop.domain.vocab import (
    AdviceSource,
    ConsentOverrideReason,
    ConsentStatus,
    DataCategory,
    Outcome,
    PersonRole,
    RecipientType,
    RecordStatus,
    ReviewAction,
    VersionKind,
    Vocab,
)
from infoshare_desktop.storage.tables import (
    AdviceRow,
    ConsentReasonRow,
    DataCategoryRow,
    DecisionRecordRow,
    OrganisationRow,
    PersonRow,
    RecordVersionRow,
    ReferenceCounterRow,
    ReviewRow,
    SharingTestRow,
    UserRow,
)

#: Attributes of ``DecisionRecord`` stored in their own rows rather than as columns.
CHILD_ROW_FIELDS = frozenset(
    {"people", "tests", "advice", "data_categories", "consent_override_reasons"}
)
SCALAR_FIELDS: tuple[str, ...] = tuple(
    name for name in field_types(DecisionRecord) if name not in CHILD_ROW_FIELDS
)


def _vocab_type(name: str) -> type[Vocab] | None:
    tp = strip_optional(field_types(DecisionRecord)[name])
    return tp if isinstance(tp, type) and issubclass(tp, Vocab) else None


_VOCAB_COLUMNS = {name: _vocab_type(name) for name in SCALAR_FIELDS}


def _opt(vocab: type[Vocab], code: str | None) -> Any:
    return vocab(code) if code is not None else None


# --- references --------------------------------------------------------------------


def next_reference(session: Session, year: int) -> str:
    """Hand out the next ``IS-YYYY-NNNNNN`` inside the caller's transaction."""
    bumped = session.execute(
        update(ReferenceCounterRow)
        .where(ReferenceCounterRow.year == year)
        .values(last_number=ReferenceCounterRow.last_number + 1)
        .returning(ReferenceCounterRow.last_number)
    ).scalar_one_or_none()
    if bumped is None:
        session.add(ReferenceCounterRow(year=year, last_number=1))
        session.flush()
        bumped = 1
    return f"IS-{year:04d}-{bumped:06d}"


# --- decision records ----------------------------------------------------------------


def _columns_from(record: DecisionRecord) -> dict[str, Any]:
    values = {}
    for name in SCALAR_FIELDS:
        value = getattr(record, name)
        values[name] = value.value if isinstance(value, Vocab) else value
    return values


def insert_record(session: Session, record: DecisionRecord) -> int:
    columns = _columns_from(record)
    columns.pop("id")
    row = DecisionRecordRow(**columns)
    session.add(row)
    session.flush()
    assert row.id is not None
    _write_children(session, row.id, record)
    return row.id


def update_record(session: Session, record: DecisionRecord) -> None:
    assert record.id is not None
    columns = _columns_from(record)
    record_id = columns.pop("id")
    session.execute(
        update(DecisionRecordRow).where(DecisionRecordRow.id == record_id).values(**columns)
    )
    for table in (PersonRow, SharingTestRow, AdviceRow, DataCategoryRow, ConsentReasonRow):
        session.execute(delete(table).where(table.record_id == record_id))
    _write_children(session, record_id, record)


def update_columns(session: Session, record_id: int, **values: Any) -> None:
    """Change only some of a record's own columns (its status after a review, say),
    leaving the people and lists alone."""
    unknown = set(values) - set(SCALAR_FIELDS)
    assert not unknown, f"not record columns: {unknown}"
    coded = {k: v.value if isinstance(v, Vocab) else v for k, v in values.items()}
    session.execute(
        update(DecisionRecordRow).where(DecisionRecordRow.id == record_id).values(**coded)
    )


def _write_children(session: Session, record_id: int, record: DecisionRecord) -> None:
    rows: list[Any] = []
    rows += [
        PersonRow(
            record_id=record_id,
            position=i,
            role=p.role.value if p.role else None,
            name=p.name,
            date_of_birth=p.date_of_birth,
        )
        for i, p in enumerate(record.people)
    ]
    rows += [
        SharingTestRow(record_id=record_id, test=t.test.value, answer=t.answer, note=t.note)
        for t in record.tests
    ]
    rows += [
        AdviceRow(
            record_id=record_id,
            position=i,
            source=a.source.value if a.source else None,
            summary=a.summary,
        )
        for i, a in enumerate(record.advice)
    ]
    rows += [
        DataCategoryRow(record_id=record_id, category=c.value)
        for c in dict.fromkeys(record.data_categories)
    ]
    rows += [
        ConsentReasonRow(record_id=record_id, reason=r.value)
        for r in dict.fromkeys(record.consent_override_reasons)
    ]
    session.add_all(rows)
    session.flush()


def record_status(session: Session, record_id: int) -> RecordStatus | None:
    code = session.execute(
        select(DecisionRecordRow.status).where(DecisionRecordRow.id == record_id)
    ).scalar_one_or_none()
    return RecordStatus(code) if code is not None else None


def load_record(session: Session, record_id: int) -> DecisionRecord | None:
    row = session.get(DecisionRecordRow, record_id)
    if row is None:
        return None
    values: dict[str, Any] = {}
    for name in SCALAR_FIELDS:
        value = getattr(row, name)
        vocab = _VOCAB_COLUMNS[name]
        values[name] = _opt(vocab, value) if vocab is not None else value
    record = DecisionRecord(**values)

    def children(table: Any, order: Any) -> list[Any]:
        query = select(table).where(table.record_id == record_id).order_by(order)
        return list(session.execute(query).scalars())

    record.people = [
        PersonInvolved(_opt(PersonRole, p.role), p.name, p.date_of_birth)
        for p in children(PersonRow, PersonRow.position)
    ]
    answers = {t.test: t for t in children(SharingTestRow, SharingTestRow.id)}
    record.tests = [
        TestAnswer(t.test, answers[t.test.value].answer, answers[t.test.value].note)
        if t.test.value in answers
        else t
        for t in blank_tests()
    ]
    record.advice = [
        AdviceSought(_opt(AdviceSource, a.source), a.summary)
        for a in children(AdviceRow, AdviceRow.position)
    ]
    record.data_categories = [
        DataCategory(c.category) for c in children(DataCategoryRow, DataCategoryRow.id)
    ]
    record.consent_override_reasons = [
        ConsentOverrideReason(r.reason) for r in children(ConsentReasonRow, ConsentReasonRow.id)
    ]
    return record


@dataclass(frozen=True)
class RecordSummary:
    """One line of the decision list: enough to find a record, nothing more."""

    id: int
    reference: str
    decided_at: datetime | None
    case_reference: str
    recipient: str
    outcome: Outcome | None
    consent: ConsentStatus | None
    status: RecordStatus
    updated_at: datetime
    author_id: int | None = None
    author_name: str = ""
    awaiting_review: bool = False


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped.lower()}%"


def list_summaries(
    session: Session,
    search: str = "",
    *,
    author_ids: Collection[int] | None = None,
    statuses: Collection[RecordStatus] | None = None,
    awaiting_review_only: bool = False,
) -> list[RecordSummary]:
    """Record summaries, newest decision first, optionally matching ``search``.

    ``author_ids`` limits the list to those authors' records (None: everyone's,
    including records made before accounts existed). Matching is a case-insensitive
    substring over the reference, case reference, people's names, the recipient,
    the purpose and the descriptions.
    """
    r = DecisionRecordRow
    query = (
        select(
            r.id,
            r.reference,
            r.decided_at,
            r.case_reference,
            OrganisationRow.name,
            r.outcome,
            r.consent,
            r.status,
            r.updated_at,
            r.author_id,
            UserRow.full_name,
            r.awaiting_review,
        )
        .outerjoin(OrganisationRow, OrganisationRow.id == r.recipient_organisation_id)
        .outerjoin(UserRow, UserRow.id == r.author_id)
        .order_by(r.decided_at.desc().nulls_last(), r.id.desc())
    )
    if author_ids is not None:
        query = query.where(r.author_id.in_(list(author_ids)))
    if statuses is not None:
        query = query.where(r.status.in_([s.value for s in statuses]))
    if awaiting_review_only:
        query = query.where(r.awaiting_review.is_(True))
    for word in search.split():
        pattern = _like(word)

        def matches(column: Any, pattern: str = pattern) -> Any:
            return func.lower(column).like(pattern, escape="\\")

        person_matches = exists().where(
            PersonRow.record_id == r.id, matches(PersonRow.name)
        )
        query = query.where(
            or_(
                matches(r.reference),
                matches(r.case_reference),
                person_matches,
                matches(OrganisationRow.name),
                matches(r.recipient_name),
                matches(r.requesting_organisation),
                matches(r.purpose),
                matches(r.shared_description),
                matches(r.withheld_description),
                matches(r.request_details),
            )
        )
    return [
        RecordSummary(
            id=row[0],
            reference=row[1],
            decided_at=row[2],
            case_reference=row[3],
            recipient=row[4] or "",
            outcome=_opt(Outcome, row[5]),
            consent=_opt(ConsentStatus, row[6]),
            status=RecordStatus(row[7]),
            updated_at=row[8],
            author_id=row[9],
            author_name=row[10] or "",
            awaiting_review=bool(row[11]),
        )
        for row in session.execute(query)
    ]


def record_author(session: Session, record_id: int) -> tuple[bool, int | None]:
    """(exists, author id) for a record."""
    row = session.execute(
        select(DecisionRecordRow.id, DecisionRecordRow.author_id).where(
            DecisionRecordRow.id == record_id
        )
    ).first()
    return (row is not None, row[1] if row is not None else None)


# --- versions and reviews --------------------------------------------------------------


def add_version(
    session: Session,
    record_id: int,
    kind: VersionKind,
    at: datetime,
    by: int | None,
    reason: str,
    payload: str,
) -> int:
    """Keep a frozen copy of the content; returns its number (1, 2, …)."""
    last = session.execute(
        select(func.max(RecordVersionRow.number)).where(RecordVersionRow.record_id == record_id)
    ).scalar()
    number = (last or 0) + 1
    session.add(
        RecordVersionRow(
            record_id=record_id, number=number, kind=kind.value, created_at=at,
            created_by=by, reason=reason, payload=payload,
        )
    )
    session.flush()
    return number


@dataclass(frozen=True)
class StoredVersion:
    number: int
    kind: VersionKind
    at: datetime
    by: str
    reason: str
    payload: str


def list_versions(session: Session, record_id: int) -> list[StoredVersion]:
    query = (
        select(RecordVersionRow, UserRow.full_name)
        .outerjoin(UserRow, UserRow.id == RecordVersionRow.created_by)
        .where(RecordVersionRow.record_id == record_id)
        .order_by(RecordVersionRow.number)
    )
    return [
        StoredVersion(v.number, VersionKind(v.kind), v.created_at, name or "", v.reason, v.payload)
        for v, name in session.execute(query)
    ]


def add_review(
    session: Session, record_id: int, user_id: int, at: datetime, action: ReviewAction,
    comment: str,
) -> None:
    session.add(
        ReviewRow(record_id=record_id, user_id=user_id, created_at=at, action=action.value,
                  comment=comment)
    )
    session.flush()


@dataclass(frozen=True)
class StoredReview:
    at: datetime
    by: str
    action: ReviewAction
    comment: str


def list_reviews(session: Session, record_id: int) -> list[StoredReview]:
    query = (
        select(ReviewRow, UserRow.full_name)
        .join(UserRow, UserRow.id == ReviewRow.user_id)
        .where(ReviewRow.record_id == record_id)
        .order_by(ReviewRow.created_at, ReviewRow.id)
    )
    return [
        StoredReview(row.created_at, name, ReviewAction(row.action), row.comment)
        for row, name in session.execute(query)
    ]


def all_record_ids(session: Session) -> list[int]:
    query = select(DecisionRecordRow.id).order_by(DecisionRecordRow.id)
    return list(session.execute(query).scalars())


# --- organisations -------------------------------------------------------------------


def _organisation(row: OrganisationRow) -> Organisation:
    return Organisation(
        id=row.id,
        name=row.name,
        type=RecipientType(row.type),
        address=row.address,
        phone=row.phone,
        secure_email=row.secure_email,
        active=row.active,
    )


def list_organisations(session: Session, include_inactive: bool = False) -> list[Organisation]:
    query = select(OrganisationRow).order_by(func.lower(OrganisationRow.name))
    if not include_inactive:
        query = query.where(OrganisationRow.active.is_(True))
    return [_organisation(row) for row in session.execute(query).scalars()]


def load_organisation(session: Session, org_id: int) -> Organisation | None:
    row = session.get(OrganisationRow, org_id)
    return _organisation(row) if row is not None else None


def organisation_name_taken(session: Session, name: str, except_id: int | None) -> bool:
    query = select(OrganisationRow.id).where(
        func.lower(OrganisationRow.name) == name.strip().lower()
    )
    if except_id is not None:
        query = query.where(OrganisationRow.id != except_id)
    return session.execute(query).first() is not None


def save_organisation(session: Session, org: Organisation) -> int:
    assert org.type is not None
    values = {
        "name": org.name.strip(),
        "type": org.type.value,
        "address": org.address,
        "phone": org.phone,
        "secure_email": org.secure_email,
        "active": org.active,
    }
    if org.id is None:
        row = OrganisationRow(**values)
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id
    session.execute(update(OrganisationRow).where(OrganisationRow.id == org.id).values(**values))
    return org.id


def organisation_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    query = select(OrganisationRow.id, OrganisationRow.name).where(OrganisationRow.id.in_(ids))
    return {row[0]: row[1] for row in session.execute(query)}

