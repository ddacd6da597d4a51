"""Use cases for decision records: start, save a draft, complete, open, list and search."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from sqlmodel import Session

from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP
from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.domain.rules import Problem, completion_problems, draft_problems
from infoshare_desktop.domain.vocab import RecordStatus
from infoshare_desktop.services import settings
from infoshare_desktop.services.errors import NotFoundError, RecordLockedError, ValidationError
from infoshare_desktop.storage import repository
from infoshare_desktop.storage.database import Database
from infoshare_desktop.storage.repository import RecordSummary

MSG_UNKNOWN_ORGANISATION = QT_TRANSLATE_NOOP(
    "rules", "Select an organisation from the directory, or add it"
)

__all__ = [
    "RecordSummary",
    "completion_problems_for",
    "get_record",
    "list_records",
    "mark_complete",
    "new_record",
    "save_draft",
]


def _now() -> datetime:
    return datetime.now(UTC)


def new_record() -> DecisionRecord:
    """A blank draft, not yet saved."""
    return DecisionRecord()


def _reference_problems(session: Session, record: DecisionRecord) -> list[Problem]:
    org_id = record.recipient_organisation_id
    if org_id is not None and repository.load_organisation(session, org_id) is None:
        return [Problem("recipient_organisation_id", MSG_UNKNOWN_ORGANISATION)]
    return []


def _save(session: Session, record: DecisionRecord, now: datetime) -> DecisionRecord:
    """Write ``record`` as a draft inside ``session``; returns it with id and reference."""
    problems = draft_problems(record, now) + _reference_problems(session, record)
    if problems:
        raise ValidationError(problems)
    if record.id is None:
        saved = replace(
            record,
            reference=repository.next_reference(session, now.year),
            status=RecordStatus.DRAFT,
            created_at=now,
            updated_at=now,
        )
        saved.id = repository.insert_record(session, saved)
        return saved
    stored = repository.load_record(session, record.id)
    if stored is None:
        raise NotFoundError(f"Record {record.reference or record.id} no longer exists.")
    if not stored.status.is_editable:
        raise RecordLockedError(
            f"{stored.reference} is {stored.status.label.lower()} and locked: "
            "it can no longer be changed."
        )
    saved = replace(
        record,
        reference=stored.reference,
        status=stored.status,
        created_at=stored.created_at,
        updated_at=now,
    )
    repository.update_record(session, saved)
    return saved


def save_draft(db: Database, record: DecisionRecord) -> DecisionRecord:
    """Save an incomplete record; only text that is too long or impossible dates refuse it."""
    with db.session() as session:
        saved = _save(session, record, _now())
    return get_record(db, saved.id)  # type: ignore[arg-type]


def mark_complete(db: Database, record: DecisionRecord) -> DecisionRecord:
    """Save the record and, if every required field is answered, complete and lock it.

    When fields are missing the content is still saved as a draft, so no typing is
    lost, and ``ValidationError`` lists every problem and carries the saved draft.
    """
    now = _now()
    authorisation_required = settings.authorisation_required(db)
    with db.session() as session:
        saved = _save(session, record, now)
    problems = completion_problems(saved, now, authorisation_required=authorisation_required)
    if problems:
        raise ValidationError(problems, saved=get_record(db, saved.id))  # type: ignore[arg-type]
    with db.session() as session:
        completed = replace(saved, status=RecordStatus.COMPLETED, updated_at=now)
        repository.update_record(session, completed)
    return get_record(db, saved.id)  # type: ignore[arg-type]


def get_record(db: Database, record_id: int) -> DecisionRecord:
    with db.session() as session:
        record = repository.load_record(session, record_id)
    if record is None:
        raise NotFoundError(f"There is no record with id {record_id}.")
    return record


def list_records(db: Database, search: str = "") -> list[RecordSummary]:
    """Every record, newest decision first, filtered by the words in ``search``."""
    with db.session() as session:
        return repository.list_summaries(session, search)


def completion_problems_for(db: Database, record: DecisionRecord) -> list[Problem]:
    """What stops ``record`` being completed under this organisation's settings."""
    return completion_problems(
        record, _now(), authorisation_required=settings.authorisation_required(db)
    )
