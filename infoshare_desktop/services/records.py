"""Use cases for decision records: drafts, submission, completion, addenda, reading.

Every function acts for a signed-in ``actor``: it checks the permission matrix and
the workflow before it writes, and refuses with a reason the user can read. Once a
record is submitted its content changes only through the workflow (completion
details, addenda), and each such change keeps a frozen version.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import NoReturn

from sqlmodel import Session

from infoshare_desktop.domain import workflow
from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.audit import AuditAction
from infoshare_desktop.domain.codec import record_from_dict, record_to_dict
from infoshare_desktop.domain.display import london
from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP
from infoshare_desktop.domain.permissions import (
    Action,
    Refusal,
    Relation,
    allowed_relations,
    may,
    relations_between,
)
from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.domain.rules import (
    Problem,
    completion_problems,
)
from infoshare_desktop.domain.vocab import (
    Article6Basis,
    ConsentStatus,
    Outcome,
    PersonInformed,
    RecordStatus,
    ReviewAction,
    VersionKind,
)
from infoshare_desktop.domain.workflow import Move, WorkflowRefusal
from infoshare_desktop.services import settings as settings_service
from infoshare_desktop.services import trail
from infoshare_desktop.services.errors import (
    NotFoundError,
    PermissionDeniedError,
    RecordLockedError,
    ServiceError,
    StaleRecordError,
    ValidationError,
    WorkflowError,
)
from infoshare_desktop.services.guard import current, require
from infoshare_desktop.services.settings import OrganisationSettings
from infoshare_desktop.storage import accounts as account_store
from infoshare_desktop.storage import audit as audit_store
from infoshare_desktop.storage import repository
from infoshare_desktop.storage.database import Database
from infoshare_desktop.storage.repository import RecordSummary

#: The actions that concern one existing record, for ``allowed_actions``.
RECORD_ACTIONS = (
    Action.VIEW_RECORD,
    Action.EDIT_DRAFT,
    Action.SUBMIT,
    Action.COMPLETE,
    Action.ADD_ADDENDUM,
    Action.REQUEST_ADVICE,
    Action.AUTHORISE,
    Action.RETURN,
    Action.DECLINE,
    Action.REVIEW_EMERGENCY,
    Action.GUARDIAN_DECISION,
    Action.REPORT_BREACH,
)

__all__ = [
    "SORT_COLUMNS",
    "RecordFilter",
    "RecordHistory",
    "RecordSort",
    "RecordSummary",
    "RecordVersion",
    "ReviewEntry",
    "add_addendum",
    "allowed_actions",
    "completion_problems_for",
    "count_records",
    "first_page",
    "get_record",
    "list_records",
    "mark_complete",
    "new_record",
    "page_records",
    "readable_records",
    "record_history",
    "save_draft",
    "submit",
]


def _now() -> datetime:
    return datetime.now(UTC)


def new_record() -> DecisionRecord:
    """A blank draft, not yet saved."""
    return DecisionRecord()


# --- who stands where --------------------------------------------------------------------


def relations(session: Session, actor: User, author_id: int | None) -> frozenset[Relation]:
    """How a record by ``author_id`` stands to ``actor`` (own, team, managed, other)."""
    return relations_between(actor, author_id, account_store.user_team_ids(session, author_id))


def readable_author_ids(
    session: Session, actor: User, settings: OrganisationSettings
) -> set[int] | None:
    """Whose records ``actor`` may read, derived from the matrix (None: everyone's)."""
    allowed: set[Relation] = set()
    if actor.active:
        for role in actor.roles:
            allowed |= allowed_relations(role, Action.VIEW_RECORD, settings.policy)
    if Relation.OTHER in allowed:
        return None
    authors: set[int] = set()
    if Relation.OWN in allowed and actor.id is not None:
        authors.add(actor.id)
    if Relation.TEAM in allowed:
        authors |= account_store.team_member_ids(session, set(actor.team_ids))
    if Relation.MANAGED in allowed:
        authors |= account_store.team_member_ids(session, set(actor.managed_team_ids))
    return authors


@dataclass
class _Loaded:
    """A stored record with what the checks need about it."""

    record: DecisionRecord
    relations: frozenset[Relation]


def load_with_relations(session: Session, actor: User, record_id: int) -> _Loaded:
    stored = repository.load_record(session, record_id)
    if stored is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no record with id {record_id}."),
                            record_id=record_id)
    return _Loaded(stored, relations(session, actor, stored.author_id))


def context(
    session: Session, settings: OrganisationSettings, now: datetime
) -> workflow.Context:
    """What the rulebook's steps need to know from this database and its settings."""
    return workflow.Context(
        now=now, policy=settings.policy,
        authorisation_required=settings.authorisation_required,
        organisation_known=lambda org_id: (
            repository.load_organisation(session, org_id) is not None),
    )


def refusal_error(refused: workflow.Refused) -> ServiceError:
    """The error the screens and the command line show for a refusal of the rulebook.

    (A stale copy needs the database to say who saved last: see ``raise_refused``.)
    """
    if isinstance(refused, Refusal):
        return PermissionDeniedError(refused.explained)
    if isinstance(refused, WorkflowRefusal):
        return WorkflowError(refused.explained)
    if isinstance(refused, workflow.Blocked):
        return RecordLockedError(refused.message) if refused.locked else WorkflowError(
            refused.message)
    assert isinstance(refused, workflow.Invalid), refused
    return ValidationError(list(refused.problems))


def raise_refused(session: Session, actor: User, refused: workflow.Refused) -> NoReturn:
    """Raise the error for the rulebook's refusal (naming who saved last, if stale)."""
    if isinstance(refused, workflow.Stale):
        raise stale_error(session, actor, refused.stored.id)
    raise refusal_error(refused)


#: Audit events that mean the record itself was written (not just read or printed).
RECORD_WRITES = frozenset({
    AuditAction.CREATE, AuditAction.SAVE_DRAFT, AuditAction.SUBMIT, AuditAction.REQUEST_ADVICE,
    AuditAction.AUTHORISE, AuditAction.RETURN, AuditAction.DECLINE,
    AuditAction.REVIEW_EMERGENCY, AuditAction.GUARDIAN_DECISION, AuditAction.COMPLETE,
    AuditAction.ADDENDUM,
})


def stale_error(session: Session, actor: User, record_id: int | None) -> StaleRecordError:
    """Who saved the record last and when, for the person whose save was refused.

    The latest write in the audit trail says it; a record with none there (made
    before the trail existed) falls back on its own last-changed time and author.
    """
    assert record_id is not None
    events = audit_store.find_events(session, record_id=record_id, actions=RECORD_WRITES,
                                     limit=1)
    if events:
        user_id, at = events[0].user_id, events[0].at
    else:
        stored = repository.load_record(session, record_id)
        user_id = stored.author_id if stored is not None else None
        at = stored.updated_at if stored is not None else None
    user = account_store.load_user(session, user_id) if user_id is not None else None
    return StaleRecordError(user.full_name if user is not None else "", at,
                            by_you=user_id is not None and user_id == actor.id)


def _payload(record: DecisionRecord) -> str:
    return json.dumps(record_to_dict(record), ensure_ascii=False)


def _keep_version(
    session: Session, record: DecisionRecord, kind: VersionKind, now: datetime,
    actor: User | None, reason: str,
) -> None:
    """Freeze the record's content as its next version."""
    assert record.id is not None
    by = actor.id if actor is not None else None
    repository.add_version(session, record.id, kind, now, by, reason, _payload(record))


def persist(session: Session, actor: User, step: workflow.Step, now: datetime) -> DecisionRecord:
    """Write what a rulebook step decided, in the caller's transaction: the record (only
    if nobody has written it since it was read), its review entry, the version it keeps
    and its one audit event. Returns the record as stored."""
    record = step.record
    before = step.before
    if before is None:
        record = replace(record, reference=repository.next_reference(session, now.year))
        record.id = repository.insert_record(session, record)
    else:
        assert before.id is not None
        if step.content_changed:
            written = repository.update_record(session, replace(record, version=before.version))
        else:
            columns = {name: value for name, value in step.changes.items()
                       if name in repository.SCALAR_FIELDS}
            written = repository.update_columns(session, before.id,
                                                expected_version=before.version, **columns)
        if not written:
            # Another copy of the app saved it between our reading and our write.
            raise stale_error(session, actor, before.id)
        record = replace(record, version=before.version + 1)
    assert record.id is not None and actor.id is not None
    if step.review is not None:
        repository.add_review(session, record.id, actor.id, now, step.review.action,
                              step.review.comment)
    if step.version is not None:
        if (before is not None and step.version is VersionKind.ADDENDUM
                and not repository.list_versions(session, record.id)):
            # A record locked before versions were kept: keep what it said first.
            _keep_version(session, before, VersionKind.COMPLETED, before.updated_at or now,
                          None, "")
        _keep_version(session, record, step.version, now, actor, step.reason)
    trail.log(session, actor, step.event, record=record, details=step.details or None, at=now)
    return record


def _take(
    db: Database, actor: User, record_id: int | None,
    decide: Callable[[DecisionRecord | None, frozenset[Relation], workflow.Context],
                     workflow.Step | workflow.Refused],
) -> DecisionRecord:
    """One use case on one record: load it, ask the rulebook, persist or refuse.

    A refusal that still deserves a draft save (submitting or completing an
    incomplete draft) saves the draft and raises ``ValidationError`` carrying it.
    """
    settings = settings_service.get_settings(db)
    now = _now()
    draft: DecisionRecord | None = None
    with db.session() as session:
        actor = current(session, actor)
        if record_id is None:
            stored, stands = None, frozenset({Relation.NONE})
        else:
            loaded = load_with_relations(session, actor, record_id)
            stored, stands = loaded.record, loaded.relations
        result = decide(stored, stands, context(session, settings, now))
        if isinstance(result, workflow.Step):
            saved = persist(session, actor, result, now)
        elif isinstance(result, workflow.Invalid) and result.draft is not None:
            draft = persist(session, actor, result.draft, now)
        else:
            raise_refused(session, actor, result)
    if draft is not None:
        assert isinstance(result, workflow.Invalid)
        raise ValidationError(list(result.problems), saved=_fresh(db, draft.id))
    return _fresh(db, saved.id)


def save_draft(db: Database, actor: User, record: DecisionRecord) -> DecisionRecord:
    """Save an incomplete record; only text that is too long or impossible dates refuse it."""
    return _take(db, actor, record.id, lambda stored, stands, ctx: workflow.save(
        stored, record, actor, stands, ctx))


def _fresh(db: Database, record_id: int | None) -> DecisionRecord:
    assert record_id is not None
    with db.session() as session:
        record = repository.load_record(session, record_id)
    assert record is not None
    return record


def submit(db: Database, actor: User, record: DecisionRecord) -> DecisionRecord:
    """Save the content and send it to a manager for review; it is locked from now on.

    If something the decision needs is missing, the content is still saved as a
    draft (audited as such) and ``ValidationError`` lists the problems and carries
    the saved draft.
    """
    return _take(db, actor, record.id, lambda stored, stands, ctx: workflow.submit(
        stored, record, actor, stands, ctx))


def mark_complete(db: Database, actor: User, record: DecisionRecord) -> DecisionRecord:
    """Complete a record once every required answer is in; it is locked from now on.

    A draft (where the workflow allows completing it directly) keeps its content as
    a draft when answers are missing, and ``ValidationError`` carries that draft. An
    authorised record takes only the details known after sharing (transfer, person
    informed); anything else must be an addendum.
    """
    return _take(db, actor, record.id, lambda stored, stands, ctx: workflow.complete(
        stored, record, actor, stands, ctx))


def add_addendum(
    db: Database, actor: User, record_id: int, changed: DecisionRecord, reason: str
) -> DecisionRecord:
    """Correct a locked record: the new answers, who, when and why; the old version stays.

    The corrected record must still be valid for its status (see
    ``rules.state_problems``): an addendum cannot empty a required answer.
    """
    def decide(stored: DecisionRecord | None, stands: frozenset[Relation],
               ctx: workflow.Context) -> workflow.Step | workflow.Refused:
        assert stored is not None
        return workflow.addendum(stored, changed, reason, actor, stands, ctx)

    return _take(db, actor, record_id, decide)


def review_step(
    db: Database, actor: User, record_id: int, action: Action, comment: str
) -> DecisionRecord:
    """A review step (``workflow.REVIEW_STEPS``) on a stored record, with its comment."""
    def decide(stored: DecisionRecord | None, stands: frozenset[Relation],
               ctx: workflow.Context) -> workflow.Step | workflow.Refused:
        assert stored is not None
        return workflow.review(action, stored, actor, stands, comment, ctx)

    return _take(db, actor, record_id, decide)


# --- reading -------------------------------------------------------------------------------


def get_record(db: Database, actor: User, record_id: int) -> DecisionRecord:
    settings = settings_service.get_settings(db)
    with db.session() as session:
        actor = current(session, actor)
        loaded = load_with_relations(session, actor, record_id)
        require(actor, Action.VIEW_RECORD, loaded.relations, settings.policy)
        if Relation.OWN not in loaded.relations:
            trail.log(session, actor, AuditAction.VIEW, record=loaded.record)
    return loaded.record


@dataclass(frozen=True)
class RecordFilter:
    """What the decision list is narrowed to; empty tuples and None mean "any".

    Dates are calendar days in the UK (both ends included). ``awaiting_review_only``
    keeps records waiting for a manager: under review, or an emergency share not
    yet reviewed.
    """

    search: str = ""
    statuses: tuple[RecordStatus, ...] = ()
    outcomes: tuple[Outcome, ...] = ()
    consents: tuple[ConsentStatus, ...] = ()
    article6_bases: tuple[Article6Basis, ...] = ()
    recipient_ids: tuple[int, ...] = ()
    author_ids: tuple[int, ...] = ()
    team_id: int | None = None
    decided_from: date | None = None
    decided_to: date | None = None
    awaiting_review_only: bool = False
    #: Whether the person was told (the "Not yet informed" preset).
    person_informed: tuple[PersonInformed, ...] = ()

    def without_search(self) -> RecordFilter:
        return replace(self, search="")

    def is_filtered(self) -> bool:
        """Anything chosen besides the search words."""
        return self.without_search() != RecordFilter()


@dataclass(frozen=True)
class RecordSort:
    """The list's order: one of ``SORT_COLUMNS``, then the record id the same way."""

    column: str = "decided_at"
    descending: bool = True


SORT_COLUMNS = repository.SORT_COLUMNS


def _local_midnight_utc(day: date) -> datetime:
    """The start of a UK calendar day, in UTC (dates in the filters are UK days)."""
    zone = london()
    if zone is None:
        return datetime.combine(day, time(0, 0)).astimezone(UTC)
    return datetime.combine(day, time(0, 0), tzinfo=zone).astimezone(UTC)


def _scoped(
    session: Session, actor: User, settings: OrganisationSettings, criteria: RecordFilter
) -> repository.SummaryQuery | None:
    """``criteria`` limited to what ``actor`` may read; None when that is nothing."""
    authors = readable_author_ids(session, actor, settings)
    if criteria.team_id is not None:
        members = account_store.team_member_ids(session, {criteria.team_id})
        authors = members if authors is None else authors & members
    if criteria.author_ids:
        wanted = set(criteria.author_ids)
        authors = wanted if authors is None else authors & wanted
    if authors is not None and not authors:
        return None
    return repository.SummaryQuery(
        search=criteria.search,
        author_ids=authors,
        statuses=criteria.statuses,
        outcomes=criteria.outcomes,
        consents=criteria.consents,
        article6_bases=criteria.article6_bases,
        recipient_ids=criteria.recipient_ids,
        decided_from=(_local_midnight_utc(criteria.decided_from)
                      if criteria.decided_from is not None else None),
        decided_before=(_local_midnight_utc(criteria.decided_to + timedelta(days=1))
                        if criteria.decided_to is not None else None),
        waiting_review=criteria.awaiting_review_only,
        person_informed=criteria.person_informed,
    )


def count_records(db: Database, actor: User, criteria: RecordFilter) -> int:
    """How many records ``actor`` may read that match ``criteria`` (one COUNT)."""
    settings = settings_service.get_settings(db)
    with db.session() as session:
        actor = current(session, actor)
        query = _scoped(session, actor, settings, criteria)
        return 0 if query is None else repository.count_summaries(session, query)


def page_records(
    db: Database,
    actor: User,
    criteria: RecordFilter,
    sort: RecordSort = RecordSort(),
    offset: int = 0,
    limit: int = 200,
) -> list[RecordSummary]:
    """One page of the records ``actor`` may read that match ``criteria``, in ``sort`` order."""
    settings = settings_service.get_settings(db)
    with db.session() as session:
        actor = current(session, actor)
        query = _scoped(session, actor, settings, criteria)
        if query is None:
            return []
        return repository.page_summaries(
            session, query, sort.column, sort.descending, offset, limit
        )


def first_page(
    db: Database,
    actor: User,
    criteria: RecordFilter,
    sort: RecordSort = RecordSort(),
    limit: int = 200,
) -> tuple[int, list[RecordSummary]]:
    """``count_records`` and the first ``page_records`` in one go (one session, one check).

    What the list needs each time the search or a filter changes.
    """
    settings = settings_service.get_settings(db)
    with db.session() as session:
        actor = current(session, actor)
        query = _scoped(session, actor, settings, criteria)
        if query is None:
            return 0, []
        count = repository.count_summaries(session, query)
        if not count:
            return 0, []
        return count, repository.page_summaries(
            session, query, sort.column, sort.descending, 0, limit
        )


def list_records(
    db: Database,
    actor: User,
    search: str = "",
    *,
    team_id: int | None = None,
    author_id: int | None = None,
    statuses: Collection[RecordStatus] | None = None,
) -> list[RecordSummary]:
    """Every record ``actor`` may read, newest decision first, filtered as asked.

    For exports and reports, which need the whole set; the list on screen pages
    with ``count_records`` and ``page_records`` instead.
    """
    if statuses is not None and not statuses:
        return []
    criteria = RecordFilter(
        search=search,
        team_id=team_id,
        author_ids=(author_id,) if author_id is not None else (),
        statuses=tuple(statuses or ()),
    )
    settings = settings_service.get_settings(db)
    with db.session() as session:
        actor = current(session, actor)
        query = _scoped(session, actor, settings, criteria)
        if query is None:
            return []
        return repository.page_summaries(session, query)


def readable_records(
    db: Database, actor: User
) -> Iterator[tuple[RecordSummary, DecisionRecord]]:
    """Every record ``actor`` may read, whole, in reference order (for exports).

    One permission decision for the whole set (the same one ``list_records``
    makes) and one session, rather than a check and a session per record; the
    records are read ``repository.LOAD_CHUNK`` at a time (six queries a chunk).
    """
    settings = settings_service.get_settings(db)
    with db.session() as session:
        actor = current(session, actor)
        authors = readable_author_ids(session, actor, settings)
        if authors is not None and not authors:
            return
        summaries = sorted(repository.list_summaries(session, author_ids=authors),
                           key=lambda s: s.reference)
        for start in range(0, len(summaries), repository.LOAD_CHUNK):
            chunk = summaries[start:start + repository.LOAD_CHUNK]
            loaded = repository.load_records(session, [s.id for s in chunk])
            for summary in chunk:
                if summary.id in loaded:
                    yield summary, loaded[summary.id]


def allowed_actions(db: Database, actor: User, record_id: int | None) -> frozenset[Action]:
    """What ``actor`` may do to this record now (a new record when ``record_id`` is None)."""
    settings = settings_service.get_settings(db)
    with db.session() as session:
        actor = current(session, actor)
        ctx = context(session, settings, _now())
        if record_id is None:
            if not may(actor, Action.CREATE_RECORD):
                return frozenset()
            draft = DecisionRecord()
            allowed = {Action.EDIT_DRAFT, Action.SUBMIT}
            if isinstance(workflow.workflow_move(Action.COMPLETE, draft, ctx), Move):
                allowed.add(Action.COMPLETE)
            return frozenset(allowed)
        loaded = load_with_relations(session, actor, record_id)
    return frozenset(
        action for action in RECORD_ACTIONS
        if workflow.allowed(action, loaded.record, actor, loaded.relations, ctx)
    )


@dataclass(frozen=True)
class RecordVersion:
    number: int
    kind: VersionKind
    at: datetime
    by: str
    reason: str
    record: DecisionRecord


@dataclass(frozen=True)
class ReviewEntry:
    at: datetime
    by: str
    action: ReviewAction
    comment: str


@dataclass(frozen=True)
class RecordHistory:
    """Every kept version (oldest first) and every review comment of a record."""

    versions: list[RecordVersion]
    reviews: list[ReviewEntry]


def record_history(db: Database, actor: User, record_id: int) -> RecordHistory:
    settings = settings_service.get_settings(db)
    with db.session() as session:
        actor = current(session, actor)
        loaded = load_with_relations(session, actor, record_id)
        require(actor, Action.VIEW_RECORD, loaded.relations, settings.policy)
        versions = repository.list_versions(session, record_id)
        reviews = repository.list_reviews(session, record_id)
    return RecordHistory(
        versions=[
            RecordVersion(v.number, v.kind, v.at, v.by, v.reason,
                          record_from_dict(json.loads(v.payload)))
            for v in versions
        ],
        reviews=[ReviewEntry(r.at, r.by, r.action, r.comment) for r in reviews],
    )


def completion_problems_for(db: Database, record: DecisionRecord) -> list[Problem]:
    """What stops ``record`` being completed under this organisation's settings."""
    required = settings_service.authorisation_required(db) and not record.emergency
    return completion_problems(record, _now(), authorisation_required=required)
