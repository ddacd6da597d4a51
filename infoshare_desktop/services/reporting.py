"""Use cases for printed reports: check who may see what, render the PDF, audit it.

Each report is asked for with a request (``RecordReport``, ``SupervisionReport``,
``GuardianReport``, ``SubjectAccessPack``). ``generate_report`` gathers its data
through the services (so the permission matrix decides), lays the PDF out into any
binary stream (the in-app preview keeps it in memory: no temporary files) and
records it in the audit trail (which report, how many decisions, its parameters;
never a file name, which can name a person). ``write_report`` does the same into a
file: written as ``<target>.part`` readable by its owner only and moved into place
only when whole, so a failure at any point leaves no file behind.

``progress`` is called with the fraction done (0.0 to 1.0) as the report is made;
it may raise ``ReportCancelled`` to stop, and nothing is written or audited then.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING

from sqlalchemy import select

from infoshare_desktop.domain.accounts import User, normalise_username
from infoshare_desktop.domain.audit import AuditAction
from infoshare_desktop.domain.display import DATE_FORMAT, Translate, identity, london
from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP
from infoshare_desktop.domain.permissions import Action, may
from infoshare_desktop.services import audit, oversight, records
from infoshare_desktop.services import settings as settings_service
from infoshare_desktop.services.errors import (
    NotFoundError,
    PermissionDeniedError,
    ServiceError,
)
from infoshare_desktop.services.guard import current
from infoshare_desktop.storage import accounts as account_store
from infoshare_desktop.storage import repository
from infoshare_desktop.storage.database import Database
from infoshare_desktop.storage.tables import DecisionRecordRow

if TYPE_CHECKING:
    from infoshare_desktop.reports.supervision import Decision

# The PDF-making modules (reportlab, Pillow) are imported where a report is made:
# the app starts without them.

__all__ = [
    "SUBJECT_PACK",
    "GuardianReport",
    "RecordReport",
    "ReportCancelled",
    "ReportRequest",
    "ReportResult",
    "SubjectAccessPack",
    "SupervisionReport",
    "generate_report",
    "today_uk",
    "write_atomically",
    "write_report",
]

#: What the audit trail calls each report.
RECORD_REPORT = "decision record (PDF)"
SUPERVISION_REPORT = "supervision report (PDF)"
GUARDIAN_REPORT = oversight.GUARDIAN_REPORT
SUBJECT_PACK = oversight.SUBJECT_PACK
#: Suffix of the file a report is written to before it is moved into place.
PART = ".part"
#: The share of the progress bar given to gathering the data; layout has the rest.
GATHERED = 0.2

#: Told the fraction of the report made so far; may raise ``ReportCancelled``.
Progress = Callable[[float], None]


class ReportCancelled(Exception):
    """The person asked to stop making the report: nothing was written or audited."""


@dataclass(frozen=True)
class RecordReport:
    """One decision record, by its reference."""

    reference: str


@dataclass(frozen=True)
class SupervisionReport:
    """One practitioner's decisions from ``since`` to ``until`` (UK days, inclusive)."""

    practitioner: str
    since: date
    until: date


@dataclass(frozen=True)
class GuardianReport:
    """The Caldicott Guardian report for the organisation, or one team."""

    since: date
    until: date
    team_id: int | None = None


@dataclass(frozen=True)
class SubjectAccessPack:
    """Everything held about one case reference, third parties redacted if asked."""

    case_reference: str
    redact_third_parties: bool = False


ReportRequest = RecordReport | SupervisionReport | GuardianReport | SubjectAccessPack


@dataclass(frozen=True)
class ReportResult:
    pages: int
    decisions: int


def _now() -> datetime:
    return datetime.now(UTC)


def today_uk(now: datetime | None = None) -> date:
    """Today's date in the UK."""
    moment = now or _now()
    zone = london()
    return (moment.astimezone(zone) if zone else moment.astimezone()).date()


def _uk_day(moment: datetime) -> date:
    zone = london()
    return (moment.astimezone(zone) if zone else moment.astimezone()).date()


def write_atomically(
    path: str | os.PathLike[str], write: Callable[[IO[bytes]], int]
) -> int:
    """Call ``write`` on ``<path>.part`` (owner-only), then move it to ``path``.

    On any failure, interruption included, the ``.part`` file is removed and
    ``path`` is left as it was. Returns what ``write`` returned.
    """
    target = Path(path)
    part = target.with_name(target.name + PART)
    try:
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    except OSError as error:
        raise _cannot_write(target, error) from None
    try:
        with os.fdopen(fd, "wb") as out:
            result = write(out)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(part, 0o600)
        os.replace(part, target)
    except OSError as error:
        part.unlink(missing_ok=True)
        raise _cannot_write(target, error) from None
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return result


def _cannot_write(target: Path, error: OSError) -> ServiceError:
    return ServiceError(QT_TRANSLATE_NOOP("errors", "Cannot write {target}: {reason}."),
                        target=str(target), reason=error.strerror or type(error).__name__)


def _org_names(db: Database) -> dict[int, str]:
    with db.session() as session:
        return {o.id: o.name for o in repository.list_organisations(session, True)
                if o.id is not None}


def _record_id(db: Database, reference: str) -> int:
    wanted = reference.strip()
    with db.session() as session:
        found = session.execute(
            select(DecisionRecordRow.id).where(DecisionRecordRow.reference == wanted)
        ).scalar_one_or_none()
    if found is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no record with the reference {reference}."),
            reference=repr(wanted))
    return int(found)


def _full_name(db: Database, user_id: int | None) -> str:
    if user_id is None:
        return ""
    with db.session() as session:
        user = account_store.load_user(session, user_id)
    return "" if user is None else user.full_name


# --- Who may run what ---------------------------------------------------------------------


def available_reports(db: Database, actor: User) -> list[type]:
    """The kinds of report ``actor`` may run, in the order a Reports screen lists them.

    Anyone who reads records may print one, a supervision report of people whose
    records they read (their own at least) and a subject access pack of what they
    read; only a Caldicott Guardian runs the Guardian report.
    """
    settings = settings_service.get_settings(db)
    with db.session() as session:
        me = current(session, actor)
        authors = records.readable_author_ids(session, me, settings)
    if authors is not None and not authors:
        return []
    kinds: list[type] = [RecordReport, SupervisionReport]
    if oversight.is_guardian(me):
        kinds.append(GuardianReport)
    kinds.append(SubjectAccessPack)
    return kinds


def supervision_people(db: Database, actor: User) -> list[User]:
    """Active accounts whose records ``actor`` may read, by name: the people a
    supervision report can be about (``actor`` alone for a practitioner)."""
    settings = settings_service.get_settings(db)
    with db.session() as session:
        me = current(session, actor)
        authors = records.readable_author_ids(session, me, settings)
        people = account_store.list_users(session, include_inactive=False)
    return sorted((u for u in people if u.id is not None
                   and (authors is None or u.id in authors)),
                  key=lambda u: (u.full_name.casefold(), u.username))


# --- Making each report -----------------------------------------------------------------


def _layout_progress(progress: Progress | None) -> Callable[[int, int], None] | None:
    """Layout's (laid out, in all) as the rest of the bar after the data is gathered."""
    if progress is None:
        return None
    return lambda done, total: progress(GATHERED + (1 - GATHERED) * done / max(total, 1))


def _gathered(progress: Progress | None) -> None:
    if progress is not None:
        progress(GATHERED)


def _record(
    db: Database, actor: User, request: RecordReport, out: IO[bytes], translate: Translate,
    progress: Progress | None, now: datetime | None,
) -> ReportResult:
    from infoshare_desktop.reports.record import Review, Version, write_record_pdf
    from infoshare_desktop.services.report_context import report_context

    record_id = _record_id(db, request.reference)
    record = records.get_record(db, actor, record_id)  # checks VIEW_RECORD
    history = records.record_history(db, actor, record_id)
    context = replace(report_context(db, actor, now), progress=_layout_progress(progress))
    versions = [Version(v.number, v.kind, v.at, v.by, v.reason, v.record)
                for v in history.versions]
    reviews = [Review(r.at, r.by, r.action, r.comment) for r in history.reviews]
    author = _full_name(db, record.author_id)
    org_names = _org_names(db)
    _gathered(progress)
    pages = write_record_pdf(
        record, out, context=context, author_name=author, versions=versions,
        reviews=reviews, org_names=org_names, translate=translate)
    audit.log_export(db, actor, RECORD_REPORT, 1, filters={"record": record.reference},
                     action=AuditAction.REPORT)
    return ReportResult(pages, 1)


# --- A supervision report ----------------------------------------------------------------


def supervision_decisions(
    db: Database, actor: User, practitioner_username: str, since: date, until: date,
) -> tuple[User, list[Decision]]:
    """The practitioner and their decisions decided from ``since`` to ``until`` (UK
    days, inclusive), oldest first, with review comments; refuses as ``ServiceError``."""
    from infoshare_desktop.reports.record import Review
    from infoshare_desktop.reports.supervision import Decision
    if since > until:
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The period starts ({since}) after it ends ({until}): give a 'from' date on "
                "or before the 'to' date.",
            ),
            since=since.strftime(DATE_FORMAT), until=until.strftime(DATE_FORMAT))
    settings = settings_service.get_settings(db)
    username = normalise_username(practitioner_username)
    with db.session() as session:
        me = current(session, actor)
        user_id = account_store.find_user_id(session, username)
        practitioner = None if user_id is None else account_store.load_user(session, user_id)
        if practitioner is None or practitioner.id is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "There is no account called {username}."),
                username=repr(practitioner_username))
        relations = records.relations(session, me, practitioner.id)
        if not may(me, Action.VIEW_RECORD, relations, settings.policy):
            raise PermissionDeniedError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "You may not read {name}'s records, so you cannot print their "
                    "supervision report.",
                ),
                name=practitioner.full_name)
    # The period and the author are picked in SQL: a practitioner may have tens of
    # thousands of decisions, of which a period holds a few hundred.
    period = records.RecordFilter(author_ids=(practitioner.id,), decided_from=since,
                                  decided_to=until)
    found = records.count_records(db, actor, period)
    chosen = sorted(
        (s for s in records.page_records(
            db, actor, period, records.RecordSort("decided_at", descending=False),
            limit=found) if s.decided_at is not None),
        key=lambda s: (s.decided_at, s.reference),
    ) if found else []
    if not chosen:
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} has no decisions dated from {since} to {until}: no report written.",
            ),
            name=practitioner.full_name, since=since.strftime(DATE_FORMAT),
            until=until.strftime(DATE_FORMAT))
    ids = [summary.id for summary in chosen]
    with db.session() as session:
        # The report prints single answers only: no people, tests or advice needed.
        loaded = repository.load_records(session, ids, answers_only=True)
        reviews = repository.reviews_of(session, ids)
    decisions = [
        Decision(loaded[s.id], _uk_day(s.decided_at),
                 [Review(r.at, r.by, r.action, r.comment) for r in reviews.get(s.id, ())])
        for s in chosen if s.id in loaded and s.decided_at is not None
    ]
    return practitioner, decisions


def _supervision(
    db: Database, actor: User, request: SupervisionReport, out: IO[bytes],
    translate: Translate, progress: Progress | None, now: datetime | None,
) -> ReportResult:
    from infoshare_desktop.reports.supervision import write_supervision_pdf
    from infoshare_desktop.services.report_context import report_context

    since, until = request.since, request.until
    practitioner, decisions = supervision_decisions(
        db, actor, request.practitioner, since, until)
    context = replace(report_context(db, actor, now), progress=_layout_progress(progress))
    org_names = _org_names(db)
    today = today_uk(context.generated_at)
    _gathered(progress)
    pages = write_supervision_pdf(
        decisions, out, context=context, practitioner=practitioner.full_name,
        since=since, until=until, today=today, org_names=org_names, translate=translate)
    audit.log_export(
        db, actor, SUPERVISION_REPORT, len(decisions),
        filters={"practitioner": practitioner.username,
                 "from": since.strftime(DATE_FORMAT), "to": until.strftime(DATE_FORMAT)},
        action=AuditAction.REPORT)
    return ReportResult(pages, len(decisions))


def _guardian(
    db: Database, actor: User, request: GuardianReport, out: IO[bytes],
    translate: Translate, progress: Progress | None, now: datetime | None,
) -> ReportResult:
    from infoshare_desktop.reports.guardian import write_guardian_pdf
    from infoshare_desktop.services.report_context import report_context

    data = oversight.guardian_report_data(
        db, actor, request.since, request.until, request.team_id)
    data.context = replace(report_context(db, actor, now),
                           progress=_layout_progress(progress))
    _gathered(progress)
    pages = write_guardian_pdf(data, out, translate)
    audit.log_export(
        db, actor, GUARDIAN_REPORT, data.total,
        {"from": request.since.isoformat(), "to": request.until.isoformat(),
         "team_id": request.team_id, "pages": pages},
        action=AuditAction.REPORT,
    )
    return ReportResult(pages, data.total)


def _subject(
    db: Database, actor: User, request: SubjectAccessPack, out: IO[bytes],
    translate: Translate, progress: Progress | None, now: datetime | None,
) -> ReportResult:
    from infoshare_desktop.reports.subject import write_subject_pdf
    from infoshare_desktop.services.report_context import report_context

    data = oversight.subject_access_data(
        db, actor, request.case_reference, request.redact_third_parties,
        translate("reports", oversight.REDACTED))
    data.context = replace(report_context(db, actor, now),
                           progress=_layout_progress(progress))
    _gathered(progress)
    pages = write_subject_pdf(data, out, translate)
    audit.log_export(
        db, actor, SUBJECT_PACK, len(data.records),
        {"case_reference": data.case_reference, "redacted": request.redact_third_parties,
         "pages": pages},
        action=AuditAction.REPORT,
    )
    return ReportResult(pages, len(data.records))


_MAKERS: dict[type, Callable[..., ReportResult]] = {
    RecordReport: _record,
    SupervisionReport: _supervision,
    GuardianReport: _guardian,
    SubjectAccessPack: _subject,
}


def generate_report(
    db: Database, actor: User, request: ReportRequest, out: IO[bytes], *,
    translate: Translate = identity, progress: Progress | None = None,
    now: datetime | None = None,
) -> ReportResult:
    """Make the report ``request`` asks for into ``out``, then audit it.

    Refuses with ``PermissionDeniedError``, ``NotFoundError`` or ``ServiceError``
    (each with a message for the person); ``ReportCancelled`` when ``progress``
    raised it.
    """
    if progress is not None:
        progress(0.0)
    return _MAKERS[type(request)](db, actor, request, out, translate, progress, now)


def write_report(
    db: Database, actor: User, request: ReportRequest, path: str | os.PathLike[str], *,
    translate: Translate = identity, progress: Progress | None = None,
    now: datetime | None = None,
) -> ReportResult:
    """``generate_report`` into the file ``path``, which appears only when whole."""
    return write_atomically(path, lambda out: generate_report(
        db, actor, request, out, translate=translate, progress=progress, now=now))


# --- Shorthands for each report ----------------------------------------------------------


def write_record_report(
    db: Database, actor: User, reference: str, path: str | os.PathLike[str],
    translate: Translate = identity, now: datetime | None = None,
) -> int:
    """Print one decision record to ``path``; returns the number of pages."""
    return write_report(db, actor, RecordReport(reference), path,
                        translate=translate, now=now).pages


def write_supervision_report(
    db: Database, actor: User, practitioner_username: str, since: date, until: date,
    path: str | os.PathLike[str], translate: Translate = identity,
    now: datetime | None = None,
) -> ReportResult:
    """Print one practitioner's decisions over one period to ``path``."""
    return write_report(db, actor, SupervisionReport(practitioner_username, since, until),
                        path, translate=translate, now=now)


def write_guardian_report(
    db: Database, actor: User, since: date, until: date, path: str | os.PathLike[str],
    team_id: int | None = None, translate: Translate = identity,
) -> int:
    """Write the Caldicott Guardian report to ``path``; returns its page count."""
    return write_report(db, actor, GuardianReport(since, until, team_id), path,
                        translate=translate).pages


def write_subject_pack(
    db: Database, actor: User, case_reference: str, path: str | os.PathLike[str],
    redact_third_parties: bool, translate: Translate = identity,
) -> int:
    """Write the subject access pack for ``case_reference`` to ``path``; returns pages."""
    return write_report(db, actor, SubjectAccessPack(case_reference, redact_third_parties),
                        path, translate=translate).pages


# --- Copies of a report made in the app ----------------------------------------------------


#: What a report is called in the audit trail, by its kind of request.
REPORT_NAMES: dict[type, str] = {
    RecordReport: RECORD_REPORT,
    SupervisionReport: SUPERVISION_REPORT,
    GuardianReport: GUARDIAN_REPORT,
    SubjectAccessPack: SUBJECT_PACK,
}


def request_parameters(request: ReportRequest) -> dict[str, object]:
    """The report's parameters as the audit trail keeps them: references, a username,
    dates and a team id; never a file name or anything else about a person."""
    if isinstance(request, RecordReport):
        return {"record": request.reference.strip()}
    if isinstance(request, SupervisionReport):
        return {"practitioner": normalise_username(request.practitioner),
                "from": request.since.strftime(DATE_FORMAT),
                "to": request.until.strftime(DATE_FORMAT)}
    if isinstance(request, GuardianReport):
        return {"from": request.since.isoformat(), "to": request.until.isoformat(),
                "team_id": request.team_id}
    return {"case_reference": request.case_reference.strip(),
            "redacted": request.redact_third_parties}


def _log_copy(
    db: Database, actor: User, request: ReportRequest, result: ReportResult,
    action: AuditAction,
) -> None:
    audit.log_export(db, actor, REPORT_NAMES[type(request)], result.decisions,
                     filters={**request_parameters(request), "pages": result.pages},
                     action=action)


def log_saved_copy(
    db: Database, actor: User, request: ReportRequest, result: ReportResult,
) -> None:
    """Record that a report already made (and audited) was saved to a file: a copy
    of personal data now exists outside the database (EXPORT; never the file's path)."""
    _log_copy(db, actor, request, result, AuditAction.EXPORT)


def log_printed(
    db: Database, actor: User, request: ReportRequest, result: ReportResult,
) -> None:
    """Record that a report already made (and audited) was sent to a printer (PRINT)."""
    _log_copy(db, actor, request, result, AuditAction.PRINT)
