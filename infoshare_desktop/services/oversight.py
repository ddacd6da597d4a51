"""Oversight reports: the Caldicott Guardian report and the subject access pack.

``guardian_report_data`` gathers one period's decisions (optionally one team's) as
light rows straight from the tables — no whole records — and counts them in Python,
so 100,000 decisions stay quick. Only Caldicott Guardians may run it (a Guardian
reads every record). Drafts are not decisions yet and are left out.

``subject_access_data`` gathers everything held about one case reference that
the actor may read (UK GDPR Article 15) — each record as it stands, its reviewers'
comments and every kept version with addenda's reasons — and ``Redactor`` takes
third parties' names and dates of birth out of all of it when asked.

``services.reporting`` makes the PDFs from these and audits them.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlmodel import select

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.codec import record_from_dict
from infoshare_desktop.domain.display import london
from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP
from infoshare_desktop.domain.permissions import Action, Relation, may
from infoshare_desktop.domain.record import DecisionRecord, PersonInvolved
from infoshare_desktop.domain.vocab import (
    Article6Basis,
    ConsentOverrideReason,
    ConsentStatus,
    Origin,
    Outcome,
    PersonInformed,
    PersonRole,
    RecipientType,
    RecordStatus,
    ReviewAction,
    Role,
)
from infoshare_desktop.reports.oversight_data import (
    NOT_RECORDED,
    BreachReport,
    DecisionLine,
    GuardianDecision,
    GuardianReportData,
    ReviewNote,
    SubjectAccessData,
    SubjectRecord,
)
from infoshare_desktop.services import settings as settings_service
from infoshare_desktop.services.errors import (
    NotFoundError,
    PermissionDeniedError,
    ServiceError,
)
from infoshare_desktop.services.guard import current
from infoshare_desktop.services.records import readable_author_ids
from infoshare_desktop.storage import accounts as account_store
from infoshare_desktop.storage import repository
from infoshare_desktop.storage.database import Database
from infoshare_desktop.storage.tables import (
    ConsentReasonRow,
    DecisionRecordRow,
    OrganisationRow,
    ReviewRow,
    TeamRow,
    UserRow,
)

GUARDIAN_REPORT = "Caldicott Guardian report"
SUBJECT_PACK = "Subject access pack"
#: What stands in a subject access pack where a third party's name or birth date was.
REDACTED = QT_TRANSLATE_NOOP("reports", "[redacted third party]")

MSG_GUARDIAN_ONLY = QT_TRANSLATE_NOOP(
    "errors", "Only a Caldicott Guardian can run the Caldicott Guardian report.")
MSG_FROM_AFTER_TO = QT_TRANSLATE_NOOP(
    "errors", "The start date {since} is after the end date {until}.")
MSG_EMPTY_PERIOD = QT_TRANSLATE_NOOP(
    "errors", "There are no decisions dated from {since} to {until}.")
MSG_EMPTY_PERIOD_TEAM = QT_TRANSLATE_NOOP(
    "errors", "There are no decisions dated from {since} to {until} for {team}.")
MSG_UNKNOWN_TEAM = QT_TRANSLATE_NOOP("errors", "There is no team with id {team_id}.")
MSG_UNKNOWN_CASE = QT_TRANSLATE_NOOP(
    "errors", "There are no records you may read for case reference {case}.")
MSG_NO_CASE = QT_TRANSLATE_NOOP("errors", "Enter a case reference.")

#: Consent statuses that mean information was shared without consent, or consent
#: was overridden.
WITHOUT_CONSENT = frozenset(c for c in ConsentStatus if c.is_without_consent)
COURT_OR_POLICE = frozenset({RecipientType.POLICE, RecipientType.COURT})


def _uk_day_start(day: date) -> datetime:
    """Midnight at the start of ``day`` in UK local time, as UTC."""
    zone = london()
    local = datetime.combine(day, time()).replace(tzinfo=zone) if zone else \
        datetime.combine(day, time()).astimezone()
    return local.astimezone(UTC)


def _uk_date(moment: datetime) -> date:
    zone = london()
    return (moment.astimezone(zone) if zone else moment.astimezone()).date()


def _opt(vocab: Any, code: str | None) -> Any:
    if code is None:
        return None
    try:
        return vocab(code)
    except ValueError:
        return None


# --- the Guardian report's data -----------------------------------------------------------


def _counts(values: Iterable[Any], order: Iterable[Any]) -> list[tuple[str, int]]:
    """Counts in vocabulary order (every value listed, zeros too), then "Not recorded"."""
    counted = Counter(values)
    rows = [(member.label, counted.get(member, 0)) for member in order]
    if counted.get(None):
        rows.append((NOT_RECORDED, counted[None]))
    return rows


def _months(since: date, until: date, days: Iterable[date]) -> list[tuple[date, int]]:
    """Decisions per calendar month (each month as its first day), empty months too."""
    counted = Counter((d.year, d.month) for d in days)
    rows = []
    year, month = since.year, since.month
    while (year, month) <= (until.year, until.month):
        rows.append((date(year, month, 1), counted.get((year, month), 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return rows


def _is_police_or_court(line: DecisionLine) -> bool:
    if line.origin is not Origin.RESPONSE_TO_REQUEST:
        return False
    return line.recipient_type in COURT_OR_POLICE


def check_period(since: date, until: date) -> None:
    if since > until:
        raise ServiceError(MSG_FROM_AFTER_TO, since=since.strftime("%d/%m/%Y"),
                           until=until.strftime("%d/%m/%Y"))


def _report_context(db: Database, actor: User) -> Any:
    # Imported here: the report modules bring reportlab, which start-up does without.
    from infoshare_desktop.services.report_context import report_context

    return report_context(db, actor)


def is_guardian(actor: User) -> bool:
    """A Caldicott Guardian who may read every record: who runs the Guardian report."""
    return actor.has(Role.GUARDIAN) and may(
        actor, Action.VIEW_RECORD, frozenset({Relation.OTHER}))


def _require_guardian(actor: User) -> None:
    if not is_guardian(actor):
        raise PermissionDeniedError(MSG_GUARDIAN_ONLY)


def guardian_report_data(
    db: Database, actor: User, since: date, until: date, team_id: int | None = None,
) -> GuardianReportData:
    """The Caldicott Guardian report's counts and lists for decisions dated ``since``
    to ``until`` (UK days, inclusive), by authors in ``team_id`` when given.

    ``PermissionDeniedError`` unless ``actor`` is a Caldicott Guardian;
    ``ServiceError`` for "from" after "to", an unknown team, or a period with no
    decisions.
    """
    check_period(since, until)
    r = DecisionRecordRow
    with db.session() as session:
        actor = current(session, actor)
        _require_guardian(actor)
        team_name = ""
        query = (
            select(
                r.id, r.reference, r.decided_at, UserRow.full_name, r.outcome, r.consent,
                r.article6_basis, r.origin, OrganisationRow.name, OrganisationRow.type,
                r.requesting_organisation, r.person_informed, r.person_informed_reason,
                r.consent_override_note, r.guardian_referred, r.guardian_referred_on,
                r.guardian_outcome,
            )
            .outerjoin(OrganisationRow, OrganisationRow.id == r.recipient_organisation_id)
            .outerjoin(UserRow, UserRow.id == r.author_id)
            .where(r.decided_at >= _uk_day_start(since))
            .where(r.decided_at < _uk_day_start(until + timedelta(days=1)))
            .where(r.status != RecordStatus.DRAFT.value)
            .order_by(r.decided_at, r.id)
        )
        members: set[int] = set()
        if team_id is not None:
            team = session.get(TeamRow, team_id)
            if team is None:
                raise NotFoundError(MSG_UNKNOWN_TEAM, team_id=team_id)
            team_name = team.name
            members = account_store.team_member_ids(session, {team_id})
            query = query.where(r.author_id.in_(list(members)))
        rows = session.execute(query).all()
        breaches = _breaches(session, since, until, members if team_id is not None else None)
        ids = [row[0] for row in rows]
        reasons: dict[int, list[ConsentOverrideReason]] = {}
        decisions_by_record: list[tuple[Any, ...]] = []
        for start in range(0, len(ids), 20_000):
            chunk = ids[start:start + 20_000]
            for record_id, reason in session.execute(
                select(ConsentReasonRow.record_id, ConsentReasonRow.reason)
                .where(ConsentReasonRow.record_id.in_(chunk))
                .order_by(ConsentReasonRow.record_id, ConsentReasonRow.id)
            ):
                value = _opt(ConsentOverrideReason, reason)
                if value is not None:
                    reasons.setdefault(record_id, []).append(value)
            decisions_by_record.extend(session.execute(
                select(ReviewRow.record_id, ReviewRow.created_at, UserRow.full_name,
                       ReviewRow.comment)
                .outerjoin(UserRow, UserRow.id == ReviewRow.user_id)
                .where(ReviewRow.record_id.in_(chunk))
                .where(ReviewRow.action == ReviewAction.GUARDIAN_DECISION.value)
                .order_by(ReviewRow.created_at, ReviewRow.id)
            ).all())
    if not rows and not breaches:  # a breach reported in the period is worth a report
        since_text, until_text = since.strftime("%d/%m/%Y"), until.strftime("%d/%m/%Y")
        if team_name:
            raise ServiceError(MSG_EMPTY_PERIOD_TEAM, since=since_text, until=until_text,
                               team=team_name)
        raise ServiceError(MSG_EMPTY_PERIOD, since=since_text, until=until_text)
    lines = [
        DecisionLine(
            id=row[0], reference=row[1], decided_on=_uk_date(row[2]), author=row[3] or "",
            outcome=_opt(Outcome, row[4]), consent=_opt(ConsentStatus, row[5]),
            article6_basis=_opt(Article6Basis, row[6]), origin=_opt(Origin, row[7]),
            recipient=row[8] or "", recipient_type=_opt(RecipientType, row[9]),
            requesting_organisation=row[10] or "",
            person_informed=_opt(PersonInformed, row[11]), person_informed_reason=row[12] or "",
            override_reasons=tuple(reasons.get(row[0], ())), override_note=row[13] or "",
            guardian_referred=bool(row[14]), guardian_referred_on=row[15],
            guardian_outcome=row[16] or "",
        )
        for row in rows
    ]
    references = {line.id: line.reference for line in lines}
    decided = {record_id for record_id, *_ in decisions_by_record}
    return GuardianReportData(
        context=_report_context(db, actor),
        since=since,
        until=until,
        team=team_name,
        decisions=lines,
        by_outcome=_counts((line.outcome for line in lines), Outcome),
        by_basis=_counts((line.article6_basis for line in lines), Article6Basis),
        by_consent=_counts((line.consent for line in lines), ConsentStatus),
        by_recipient_type=_counts((line.recipient_type for line in lines), RecipientType),
        by_month=_months(since, until, (line.decided_on for line in lines)),
        without_consent=[line for line in lines if line.outcome is not None
                         and line.outcome.is_share and line.consent in WITHOUT_CONSENT],
        not_informed=[line for line in lines if line.person_informed is not None
                      and line.person_informed.needs_reason],
        police_and_court=[line for line in lines if _is_police_or_court(line)],
        guardian_referrals=[line for line in lines
                            if line.guardian_referred or line.id in decided],
        guardian_decisions=[
            GuardianDecision(record_id, references[record_id], at, by or "", comment or "")
            for record_id, at, by, comment in decisions_by_record
        ],
        breaches=breaches,
    )


def _breaches(
    session: Any, since: date, until: date, authors: set[int] | None,
) -> list[BreachReport]:
    """Breaches reported from ``since`` to ``until`` (UK days), on records by
    ``authors`` (None: anyone's), oldest first."""
    r = DecisionRecordRow
    query = (
        select(r.reference, r.decided_at, ReviewRow.created_at, UserRow.full_name,
               ReviewRow.comment)
        .join(r, r.id == ReviewRow.record_id)
        .outerjoin(UserRow, UserRow.id == ReviewRow.user_id)
        .where(ReviewRow.action == ReviewAction.BREACH_REPORTED.value)
        .where(ReviewRow.created_at >= _uk_day_start(since))
        .where(ReviewRow.created_at < _uk_day_start(until + timedelta(days=1)))
        .order_by(ReviewRow.created_at, ReviewRow.id)
    )
    if authors is not None:
        query = query.where(r.author_id.in_(list(authors)))
    return [
        BreachReport(reference, _uk_date(decided) if decided else None, at, by or "",
                     comment or "")
        for reference, decided, at, by, comment in session.execute(query)
    ]


# --- the subject access pack's data ---------------------------------------------------------


class Redactor:
    """Replaces third parties' names, name parts and dates of birth in text."""

    def __init__(
        self, third_parties: Iterable[PersonInvolved], placeholder: str = REDACTED
    ) -> None:
        #: What replaces each name or date (``REDACTED``, in the reader's language).
        self.placeholder = placeholder
        words: set[str] = set()
        self.dates: set[date] = set()
        for person in third_parties:
            name = " ".join(person.name.split())
            if name:
                words.add(name)
                # "Zebedee-Hargreaves" is redacted whole and as each of its parts.
                parts = re.split(r"[\s,]+", name)
                parts += [piece for part in parts for piece in re.split(r"[-'\u2019.]+", part)]
                words.update(part for part in parts if len(re.sub(r"\W", "", part)) >= 3)
            if person.date_of_birth is not None:
                self.dates.add(person.date_of_birth)
        patterns = [r"\s+".join(re.escape(piece) for piece in word.split())
                    for word in sorted(words, key=len, reverse=True)]
        for day in self.dates:
            patterns += [re.escape(day.strftime(fmt)) for fmt in
                         ("%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y")]
            patterns.append(rf"0?{day.day}(?:st|nd|rd|th)?\s+{day.strftime('%B')}\s+{day.year}")
            patterns.append(rf"0?{day.day}(?:st|nd|rd|th)?\s+{day.strftime('%b')}\s+{day.year}")
        self._pattern = (
            re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)", re.IGNORECASE)
            if patterns else None
        )

    def text(self, value: str) -> str:
        if self._pattern is None or not value:
            return value
        return self._pattern.sub(lambda _: self.placeholder, value)

    def record(self, record: DecisionRecord) -> DecisionRecord:
        """The record with every free text redacted and third parties' rows anonymised."""
        changes: dict[str, Any] = {
            name: self.text(value) for name, value in vars(record).items()
            if type(value) is str and name not in ("reference", "case_reference")
        }
        changes["people"] = [
            PersonInvolved(p.role, self.placeholder, None)
            if p.role is PersonRole.THIRD_PARTY
            else replace(p, name=self.text(p.name))
            for p in record.people
        ]
        changes["tests"] = [replace(t, note=self.text(t.note)) for t in record.tests]
        changes["advice"] = [replace(a, summary=self.text(a.summary)) for a in record.advice]
        return replace(record, **changes)


def subject_access_data(
    db: Database, actor: User, case_reference: str, redact_third_parties: bool,
    placeholder: str = REDACTED,
) -> SubjectAccessData:
    """Every record about ``case_reference`` that ``actor`` may read, oldest decision
    first; third parties redacted when asked (each replaced by ``placeholder``).
    ``NotFoundError`` when there is none."""
    from infoshare_desktop.reports.record import Version

    case = case_reference.strip()
    if not case:
        raise ServiceError(MSG_NO_CASE)
    settings = settings_service.get_settings(db)
    r = DecisionRecordRow
    with db.session() as session:
        actor = current(session, actor)
        authors = readable_author_ids(session, actor, settings)
        query = select(r.id).where(r.case_reference == case).order_by(
            r.decided_at.nulls_last(), r.id)
        if authors is not None:
            query = query.where(r.author_id.in_(list(authors)))
        ids = list(session.exec(query)) if authors is None or authors else []
        if not ids:
            raise NotFoundError(MSG_UNKNOWN_CASE, case=case)
        organisations = {o.id: o for o in repository.list_organisations(session, True)}
        records: list[SubjectRecord] = []
        for record_id in ids:
            record = repository.load_record(session, record_id)
            if record is None:
                continue
            org = organisations.get(record.recipient_organisation_id)
            versions = [
                Version(v.number, v.kind, v.at, v.by, v.reason,
                        record_from_dict(json.loads(v.payload)))
                for v in repository.list_versions(session, record_id)
            ]
            named = {r.recipient_organisation_id for r in (record, *(v.record for v in versions))}
            records.append(SubjectRecord(
                record=record,
                recipient=org.name if org else "",
                recipient_type=org.type if org else None,
                reviews=[ReviewNote(v.at, v.by, v.action, v.comment)
                         for v in repository.list_reviews(session, record_id)],
                versions=versions,
                org_names={i: organisations[i].name for i in named if i in organisations},
            ))
    if redact_third_parties:
        # Third parties named only in an earlier version (one an addendum took out)
        # are still third parties: their names go from every version and reason.
        redactor = Redactor((
            p for item in records for r in (item.record, *(v.record for v in item.versions))
            for p in r.people if p.role is PersonRole.THIRD_PARTY), placeholder)
        for item in records:
            item.record = redactor.record(item.record)
            item.recipient = redactor.text(item.recipient)
            item.reviews = [replace(n, comment=redactor.text(n.comment)) for n in item.reviews]
            item.versions = [replace(v, record=redactor.record(v.record),
                                     reason=redactor.text(v.reason)) for v in item.versions]
            item.org_names = {i: redactor.text(name) for i, name in item.org_names.items()}
    return SubjectAccessData(
        context=_report_context(db, actor),
        case_reference=case,
        redacted=redact_third_parties,
        records=records,
    )
