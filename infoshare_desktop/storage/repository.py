"""Reading and writing decision records and organisations as plain domain data.

Callers pass an open session (the services own the transaction); what comes back
is domain dataclasses, never ORM rows, so nothing is bound to a session.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, delete, func, or_, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
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
    Article6Basis,
    ConsentOverrideReason,
    ConsentStatus,
    DataCategory,
    Outcome,
    PersonInformed,
    PersonRole,
    RecipientType,
    RecordStatus,
    ReviewAction,
    VersionKind,
    Vocab,
)
from infoshare_desktop.domain.workflow import UNDER_REVIEW
from infoshare_desktop.storage.search import search_index
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


#: The record's own columns the search index reads (besides people and the recipient's name).
SEARCHED_COLUMNS = frozenset({
    "reference", "case_reference", "recipient_organisation_id", "recipient_name",
    "requesting_organisation", "purpose", "shared_description", "withheld_description",
    "request_details",
})


def _vocab_type(name: str) -> type[Vocab] | None:
    tp = strip_optional(field_types(DecisionRecord)[name])
    return tp if isinstance(tp, type) and issubclass(tp, Vocab) else None


_VOCAB_COLUMNS = {name: _vocab_type(name) for name in SCALAR_FIELDS}


def _opt(vocab: type[Vocab], code: str | None) -> Any:
    return vocab(code) if code is not None else None


# --- references --------------------------------------------------------------------


def next_reference(session: Session, year: int) -> str:
    """Hand out the next ``IS-YYYY-NNNNNN`` inside the caller's transaction.

    One ``INSERT ... ON CONFLICT DO UPDATE ... RETURNING``: the year's counter row is
    created or bumped, and locked until the transaction ends, in a single statement,
    so two copies of the app saving at once (on a shared server) queue on that row
    and never get the same number, even for the first record of a year.
    """
    if session.get_bind().dialect.name == "sqlite":
        insert = sqlite_insert
    else:  # imported here: PostgreSQL's dialect costs about 20 ms of every SQLite start
        from sqlalchemy.dialects.postgresql import insert
    statement = insert(ReferenceCounterRow).values(year=year, last_number=1)
    statement = statement.on_conflict_do_update(
        index_elements=[ReferenceCounterRow.year],
        set_={"last_number": ReferenceCounterRow.last_number + 1},
    ).returning(ReferenceCounterRow.last_number)
    bumped = session.execute(statement).scalar_one()
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
    search_index(session).reindex(session, [row.id])
    return row.id


def update_record(session: Session, record: DecisionRecord) -> bool:
    """Write ``record`` over the stored one, if nobody has written it since it was read.

    ``record.version`` is the version the caller read. The check and the write are
    one ``UPDATE ... WHERE version = ?`` in the caller's transaction, so two copies
    of the app cannot both pass it; the stored version goes up by one. Returns False,
    having written nothing, when the stored record has moved on (or is gone).
    """
    assert record.id is not None
    columns = _columns_from(record)
    record_id = columns.pop("id")
    read_version = columns.pop("version")
    table = DecisionRecordRow.__table__
    written = session.execute(
        update(table)
        .where(table.c.id == record_id, table.c.version == read_version)
        .values(**columns, version=table.c.version + 1)
    ).rowcount
    if written != 1:
        return False
    for child in (PersonRow, SharingTestRow, AdviceRow, DataCategoryRow, ConsentReasonRow):
        session.execute(delete(child).where(child.record_id == record_id))
    _write_children(session, record_id, record)
    search_index(session).reindex(session, [record_id])
    return True


def update_columns(
    session: Session, record_id: int, *, expected_version: int | None = None, **values: Any
) -> bool:
    """Change only some of a record's own columns (its status after a review, say),
    leaving the people and lists alone.

    The version goes up by one, as with every write. With ``expected_version`` the
    write happens only if the record is still at that version; returns False,
    having written nothing, when it is not (or the record is gone).
    """
    unknown = set(values) - set(SCALAR_FIELDS)
    assert not unknown, f"not record columns: {unknown}"
    assert "version" not in values, "the version is bumped here, never set"
    coded = {k: v.value if isinstance(v, Vocab) else v for k, v in values.items()}
    table = DecisionRecordRow.__table__
    statement = update(table).where(table.c.id == record_id)
    if expected_version is not None:
        statement = statement.where(table.c.version == expected_version)
    written = session.execute(statement.values(**coded, version=table.c.version + 1)).rowcount
    if written != 1:
        return False
    if set(values) & SEARCHED_COLUMNS:
        search_index(session).reindex(session, [record_id])
    return True


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
    return load_records(session, [record_id]).get(record_id)


#: Ids per ``IN (...)`` list when loading many records (well under SQLite's limits).
LOAD_CHUNK = 500


def load_records(
    session: Session, record_ids: Sequence[int], *, answers_only: bool = False,
) -> dict[int, DecisionRecord]:
    """The records with these ids, whole, by id (missing ids are left out).

    Six queries per ``LOAD_CHUNK`` records rather than six per record: reports
    read a thousand records at a time. ``answers_only`` leaves out the lists
    (people, tests, advice, data categories, consent reasons) for reports that
    print single answers only; those records must not be printed whole or saved.
    """
    found: dict[int, DecisionRecord] = {}
    for start in range(0, len(record_ids), LOAD_CHUNK):
        found.update(_load_chunk(session, list(record_ids[start:start + LOAD_CHUNK]),
                                 answers_only))
    return found


def _load_chunk(
    session: Session, ids: list[int], answers_only: bool,
) -> dict[int, DecisionRecord]:
    # Plain rows (Core), not ORM objects: a thousand records load several times faster.
    records: dict[int, DecisionRecord] = {}
    table = DecisionRecordRow.__table__
    for row in session.execute(select(table).where(table.c.id.in_(ids))).mappings():
        values: dict[str, Any] = {}
        for name in SCALAR_FIELDS:
            value = row[name]
            vocab = _VOCAB_COLUMNS[name]
            values[name] = _opt(vocab, value) if vocab is not None else value
        records[row["id"]] = DecisionRecord(**values)
    if not records or answers_only:
        return records

    def children(model: Any, order: str) -> dict[int, list[Any]]:
        child = model.__table__
        grouped: dict[int, list[Any]] = {}
        query = select(child).where(child.c.record_id.in_(list(records))).order_by(
            child.c.record_id, child.c[order])
        for found in session.execute(query):
            grouped.setdefault(found.record_id, []).append(found)
        return grouped

    people = children(PersonRow, "position")
    tests = children(SharingTestRow, "id")
    advice = children(AdviceRow, "position")
    categories = children(DataCategoryRow, "id")
    reasons = children(ConsentReasonRow, "id")
    for record_id, record in records.items():
        record.people = [
            PersonInvolved(_opt(PersonRole, p.role), p.name, p.date_of_birth)
            for p in people.get(record_id, ())
        ]
        answers = {t.test: t for t in tests.get(record_id, ())}
        record.tests = [
            TestAnswer(t.test, answers[t.test.value].answer, answers[t.test.value].note)
            if t.test.value in answers
            else t
            for t in blank_tests()
        ]
        record.advice = [
            AdviceSought(_opt(AdviceSource, a.source), a.summary)
            for a in advice.get(record_id, ())
        ]
        record.data_categories = [DataCategory(c.category)
                                  for c in categories.get(record_id, ())]
        record.consent_override_reasons = [ConsentOverrideReason(r.reason)
                                           for r in reasons.get(record_id, ())]
    return records


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


@dataclass(frozen=True)
class SummaryQuery:
    """Which records a list shows, already scoped to what the reader may see.

    Empty tuples mean "any"; ``author_ids`` None means everyone's (including records
    made before accounts existed). Times are UTC: ``decided_from`` inclusive,
    ``decided_before`` exclusive.
    """

    search: str = ""
    author_ids: Collection[int] | None = None
    statuses: tuple[RecordStatus, ...] = ()
    outcomes: tuple[Outcome, ...] = ()
    consents: tuple[ConsentStatus, ...] = ()
    article6_bases: tuple[Article6Basis, ...] = ()
    person_informed: tuple[PersonInformed, ...] = ()
    recipient_ids: tuple[int, ...] = ()
    decided_from: datetime | None = None
    decided_before: datetime | None = None
    #: Only emergency shares still waiting for a manager's review.
    awaiting_review_only: bool = False
    #: Only records waiting for a review: under review, or an emergency share not yet reviewed.
    waiting_review: bool = False


#: Columns the list can be sorted by.
SORT_COLUMNS = (
    "reference", "decided_at", "case_reference", "recipient", "outcome", "consent", "status",
    "updated_at", "author",
)


def _conditions(session: Session, query: SummaryQuery) -> list[Any]:
    r = DecisionRecordRow
    conditions: list[Any] = []
    if query.author_ids is not None:
        conditions.append(r.author_id.in_(sorted(query.author_ids)))  # type: ignore[union-attr]
    for column, values in (
        (r.status, query.statuses), (r.outcome, query.outcomes), (r.consent, query.consents),
        (r.article6_basis, query.article6_bases), (r.person_informed, query.person_informed),
    ):
        if values:
            conditions.append(column.in_([v.value for v in values]))  # type: ignore[union-attr]
    if query.recipient_ids:
        conditions.append(
            r.recipient_organisation_id.in_(list(query.recipient_ids))  # type: ignore[union-attr]
        )
    if query.decided_from is not None:
        conditions.append(r.decided_at >= query.decided_from)  # type: ignore[operator]
    if query.decided_before is not None:
        conditions.append(r.decided_at < query.decided_before)  # type: ignore[operator]
    if query.awaiting_review_only:
        conditions.append(r.awaiting_review.is_(True))  # type: ignore[attr-defined]
    if query.waiting_review:
        conditions.append(or_(
            r.status.in_([s.value for s in UNDER_REVIEW]),  # type: ignore[attr-defined]
            r.awaiting_review.is_(True),  # type: ignore[attr-defined]
        ))
    matches = search_index(session).matches(session, query.search)
    if matches is not None:
        conditions.append(matches)
    return conditions


def _caseless(session: Session, column: Any) -> Any:
    """Text sorted ignoring case; SQLite's NOCASE is quick and needs no function call."""
    if session.get_bind().dialect.name == "sqlite":
        return column.collate("NOCASE")
    return func.lower(column)


def _sort_keys(session: Session, column: str) -> tuple[list[Any], bool, bool]:
    """(keys, needs the organisation, needs the author) for sorting by ``column``."""
    r = DecisionRecordRow
    if column == "reference":
        return [r.reference], False, False
    if column == "decided_at":
        return [r.decided_at], False, False
    if column == "updated_at":
        return [r.updated_at], False, False
    if column == "case_reference":
        return [_caseless(session, r.case_reference)], False, False
    if column == "recipient":
        return [_caseless(session, func.coalesce(OrganisationRow.name, ""))], True, False
    if column == "author":
        return [_caseless(session, func.coalesce(UserRow.full_name, ""))], False, True
    # Vocabulary columns sort by their stored codes: short English slugs of the
    # labels, so the order reads alphabetically, and the status can use its index.
    if column == "outcome":
        return [r.outcome], False, False
    if column == "consent":
        return [r.consent], False, False
    if column == "status":
        return [r.status], False, False
    raise ValueError(f"cannot sort the list by {column!r}")


def _ordered(session: Session, key: Any, descending: bool) -> Any:
    """``key`` ascending or descending, blanks (NULL) sorting as SQLite sorts them:
    first going up, last going down (PostgreSQL's default is the other way round)."""
    if session.get_bind().dialect.name == "sqlite":
        return key.desc() if descending else key.asc()
    return key.desc().nulls_last() if descending else key.asc().nulls_first()


def count_summaries(session: Session, query: SummaryQuery) -> int:
    """How many records ``query`` matches (one COUNT, no rows loaded)."""
    r = DecisionRecordRow
    if query.search.strip() and replace(query, search="") == SummaryQuery():
        # Only search words: the search index can count on its own.
        counted = search_index(session).count(session, query.search)
        if counted is not None:
            return counted
    statement = select(func.count()).select_from(r).where(*_conditions(session, query))
    return int(session.execute(statement).scalar_one())


def page_summaries(
    session: Session,
    query: SummaryQuery,
    sort: str = "decided_at",
    descending: bool = True,
    offset: int = 0,
    limit: int | None = None,
) -> list[RecordSummary]:
    """One page of summaries in the list's order (``sort``, then id as tie-breaker).

    The page's ids are found first (filters, search and order only), then only
    those rows are read whole, so a page deep in the list costs little more than
    the first.
    """
    r = DecisionRecordRow
    keys, with_org, with_author = _sort_keys(session, sort)
    # The id is never blank: no NULLS clause on it, so a server's sort index
    # (``postgres.SORT_INDEXES``) matches the whole order.
    tie_breaker = r.id.desc() if descending else r.id.asc()  # type: ignore[union-attr]
    ids_query = select(r.id).where(*_conditions(session, query))
    if with_org:
        ids_query = ids_query.outerjoin(
            OrganisationRow, OrganisationRow.id == r.recipient_organisation_id
        )
    if with_author:
        ids_query = ids_query.outerjoin(UserRow, UserRow.id == r.author_id)
    ids_query = ids_query.order_by(
        *[_ordered(session, k, descending) for k in keys], tie_breaker
    ).offset(max(0, offset))
    if limit is not None:
        ids_query = ids_query.limit(max(0, limit))
    ids = list(session.execute(ids_query).scalars())
    if not ids:
        return []
    found: dict[int, RecordSummary] = {}
    for start in range(0, len(ids), _ID_BATCH):
        # In batches: a database takes only so many values in one IN (...).
        found.update((s.id, s) for s in _summaries_by_id(session, ids[start:start + _ID_BATCH]))
    return [found[i] for i in ids if i in found]


_ID_BATCH = 500
_SUMMARIES_BY_ID = (
    select(
        DecisionRecordRow.id, DecisionRecordRow.reference, DecisionRecordRow.decided_at,
        DecisionRecordRow.case_reference, OrganisationRow.name, DecisionRecordRow.outcome,
        DecisionRecordRow.consent, DecisionRecordRow.status, DecisionRecordRow.updated_at,
        DecisionRecordRow.author_id, UserRow.full_name, DecisionRecordRow.awaiting_review,
    )
    .outerjoin(OrganisationRow,
               OrganisationRow.id == DecisionRecordRow.recipient_organisation_id)
    .outerjoin(UserRow, UserRow.id == DecisionRecordRow.author_id)
    .where(DecisionRecordRow.id.in_(bindparam("ids", expanding=True)))  # type: ignore[union-attr]
)


def _summaries_by_id(session: Session, ids: list[int]) -> list[RecordSummary]:
    statement = _SUMMARIES_BY_ID
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
        for row in session.execute(statement, {"ids": ids})
    ]


def list_summaries(
    session: Session,
    search: str = "",
    *,
    author_ids: Collection[int] | None = None,
    statuses: Collection[RecordStatus] | None = None,
    awaiting_review_only: bool = False,
) -> list[RecordSummary]:
    """Every matching summary, newest decision first (for exports, reports and queues).

    ``author_ids`` limits the list to those authors' records (None: everyone's,
    including records made before accounts existed); ``search`` works as the
    list's search box does (each word a prefix of a word in the record).
    """
    if statuses is not None and not statuses:
        return []
    query = SummaryQuery(
        search=search,
        author_ids=author_ids,
        statuses=tuple(statuses or ()),
        awaiting_review_only=awaiting_review_only,
    )
    return page_summaries(session, query)


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
    return reviews_of(session, [record_id]).get(record_id, [])


def reviews_of(session: Session, record_ids: Sequence[int]) -> dict[int, list[StoredReview]]:
    """Each record's review entries, oldest first, by record id (none: left out)."""
    found: dict[int, list[StoredReview]] = {}
    for start in range(0, len(record_ids), LOAD_CHUNK):
        query = (
            select(ReviewRow.record_id, ReviewRow.created_at, UserRow.full_name,
                   ReviewRow.action, ReviewRow.comment)
            .join(UserRow, UserRow.id == ReviewRow.user_id)
            .where(ReviewRow.record_id.in_(list(record_ids[start:start + LOAD_CHUNK])))
            .order_by(ReviewRow.record_id, ReviewRow.created_at, ReviewRow.id)
        )
        for record_id, at, name, action, comment in session.execute(query):
            found.setdefault(record_id, []).append(
                StoredReview(at, name, ReviewAction(action), comment))
    return found


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
    old_name = session.execute(
        select(OrganisationRow.name).where(OrganisationRow.id == org.id)
    ).scalar_one_or_none()
    session.execute(update(OrganisationRow).where(OrganisationRow.id == org.id).values(**values))
    if old_name is not None and old_name != values["name"]:
        # Records sent there are found by the organisation's name: keep them findable.
        search_index(session).reindex_organisation(session, org.id)
    return org.id


def organisation_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    query = select(OrganisationRow.id, OrganisationRow.name).where(OrganisationRow.id.in_(ids))
    return {row[0]: row[1] for row in session.execute(query)}

