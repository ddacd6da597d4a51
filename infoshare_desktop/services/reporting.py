"""Use cases for printed reports: check who may see what, write the PDF safely, audit it.

Each use case reads through the existing services (so the permission matrix decides),
writes the PDF next to its target as ``<target>.part`` readable by its owner only,
and moves it into place only when it is whole: a failure at any point leaves no file
behind. The report is then recorded in the audit trail (which report, how many
decisions, its parameters; never the file name, which can name a person).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO

from sqlalchemy import select

from infoshare_desktop.domain.accounts import User, normalise_username
from infoshare_desktop.domain.audit import AuditAction
from infoshare_desktop.domain.display import DATE_FORMAT, Translate, identity, london
from infoshare_desktop.domain.permissions import Action, may
from infoshare_desktop.reports.layout import ReportContext
from infoshare_desktop.reports.record import Review, Version, write_record_pdf
from infoshare_desktop.reports.supervision import Decision, write_supervision_pdf
from infoshare_desktop.services import audit, records
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

__all__ = [
    "RECORD_REPORT",
    "SUPERVISION_REPORT",
    "ReportContext",
    "report_context",
    "today_uk",
    "write_atomically",
    "write_record_report",
    "write_supervision_report",
]

#: What the audit trail calls each report.
RECORD_REPORT = "decision record (PDF)"
SUPERVISION_REPORT = "supervision report (PDF)"
#: Suffix of the file a report is written to before it is moved into place.
PART = ".part"


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


def report_context(db: Database, actor: User, now: datetime | None = None) -> ReportContext:
    """The header every report carries: organisation, marking, who, when, chain head."""
    settings = settings_service.get_settings(db)
    with db.session() as session:
        actor = current(session, actor)
    count, head = audit.chain_summary(db)
    return ReportContext(
        organisation=settings.organisation_name,
        marking=settings.protective_marking,
        generated_by=actor.full_name,
        generated_at=now or _now(),
        chain=(count, head) if count else None,
    )


def write_atomically(
    path: str | os.PathLike[str], write: Callable[[IO[bytes]], int]
) -> int:
    """Call ``write`` on ``<path>.part`` (owner-only), then move it to ``path``.

    On any failure, interruption included, the ``.part`` file is removed and
    ``path`` is left as it was. Returns what ``write`` returned.
    """
    target = Path(path)
    part = target.with_name(target.name + PART)
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            result = write(out)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(part, 0o600)
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return result


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
        raise NotFoundError(f"There is no record with the reference {wanted!r}.")
    return int(found)


def _full_name(db: Database, user_id: int | None) -> str:
    if user_id is None:
        return ""
    with db.session() as session:
        user = account_store.load_user(session, user_id)
    return "" if user is None else user.full_name


# --- A single decision record ------------------------------------------------------------


def write_record_report(
    db: Database, actor: User, reference: str, path: str | os.PathLike[str],
    translate: Translate = identity, now: datetime | None = None,
) -> int:
    """Print one decision record to ``path``; returns the number of pages."""
    record_id = _record_id(db, reference)
    record = records.get_record(db, actor, record_id)  # checks VIEW_RECORD
    history = records.record_history(db, actor, record_id)
    context = report_context(db, actor, now)
    versions = [Version(v.number, v.kind, v.at, v.by, v.reason, v.record)
                for v in history.versions]
    reviews = [Review(r.at, r.by, r.action, r.comment) for r in history.reviews]
    author = _full_name(db, record.author_id)
    org_names = _org_names(db)
    pages = write_atomically(path, lambda out: write_record_pdf(
        record, out, context=context, author_name=author, versions=versions,
        reviews=reviews, org_names=org_names, translate=translate))
    audit.log_export(db, actor, RECORD_REPORT, 1, filters={"record": record.reference},
                     action=AuditAction.REPORT)
    return pages


# --- A supervision report ----------------------------------------------------------------


@dataclass(frozen=True)
class SupervisionResult:
    pages: int
    decisions: int


def supervision_decisions(
    db: Database, actor: User, practitioner_username: str, since: date, until: date,
) -> tuple[User, list[Decision]]:
    """The practitioner and their decisions decided from ``since`` to ``until`` (UK
    days, inclusive), oldest first, with review comments; refuses as ``ServiceError``."""
    if since > until:
        raise ServiceError(
            f"The period starts ({since.strftime(DATE_FORMAT)}) after it ends "
            f"({until.strftime(DATE_FORMAT)}): give a 'from' date on or before the 'to' date.")
    settings = settings_service.get_settings(db)
    username = normalise_username(practitioner_username)
    with db.session() as session:
        me = current(session, actor)
        user_id = account_store.find_user_id(session, username)
        practitioner = None if user_id is None else account_store.load_user(session, user_id)
        if practitioner is None or practitioner.id is None:
            raise NotFoundError(f"There is no account called {practitioner_username!r}.")
        relations = records.relations(session, me, practitioner.id)
        if not may(me, Action.VIEW_RECORD, relations, settings.policy):
            raise PermissionDeniedError(
                f"You may not read {practitioner.full_name}'s records, so you cannot print "
                "their supervision report.")
    summaries = records.list_records(db, actor, author_id=practitioner.id)
    chosen = sorted(
        (s for s in summaries
         if s.decided_at is not None and since <= _uk_day(s.decided_at) <= until),
        key=lambda s: (s.decided_at, s.reference),
    )
    if not chosen:
        raise ServiceError(
            f"{practitioner.full_name} has no decisions dated from "
            f"{since.strftime(DATE_FORMAT)} to {until.strftime(DATE_FORMAT)}: no report "
            "written.")
    decisions = []
    with db.session() as session:
        for summary in chosen:
            record = repository.load_record(session, summary.id)
            if record is None or summary.decided_at is None:
                continue
            reviews = [Review(r.at, r.by, r.action, r.comment)
                       for r in repository.list_reviews(session, summary.id)]
            decisions.append(Decision(record, _uk_day(summary.decided_at), reviews))
    return practitioner, decisions


def write_supervision_report(
    db: Database, actor: User, practitioner_username: str, since: date, until: date,
    path: str | os.PathLike[str], translate: Translate = identity,
    now: datetime | None = None,
) -> SupervisionResult:
    """Print one practitioner's decisions over one period to ``path``."""
    practitioner, decisions = supervision_decisions(
        db, actor, practitioner_username, since, until)
    context = report_context(db, actor, now)
    org_names = _org_names(db)
    today = today_uk(context.generated_at)
    pages = write_atomically(path, lambda out: write_supervision_pdf(
        decisions, out, context=context, practitioner=practitioner.full_name,
        since=since, until=until, today=today, org_names=org_names, translate=translate))
    audit.log_export(
        db, actor, SUPERVISION_REPORT, len(decisions),
        filters={"practitioner": practitioner.username,
                 "from": since.strftime(DATE_FORMAT), "to": until.strftime(DATE_FORMAT)},
        action=AuditAction.REPORT)
    return SupervisionResult(pages, len(decisions))
