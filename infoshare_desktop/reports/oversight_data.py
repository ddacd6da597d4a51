"""What the oversight reports print: the Caldicott Guardian report's counts and lists,
and the subject access pack's records. ``services.oversight`` gathers them (checking
who may see what); ``reports.guardian`` and ``reports.subject`` print them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP
from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.domain.vocab import (
    Article6Basis,
    ConsentOverrideReason,
    ConsentStatus,
    Origin,
    Outcome,
    PersonInformed,
    RecipientType,
    ReviewAction,
)

if TYPE_CHECKING:  # (the app starts without the PDF modules)
    from infoshare_desktop.reports.layout import ReportContext
    from infoshare_desktop.reports.record import Version


@dataclass(frozen=True)
class DecisionLine:
    """What the Guardian report shows of one decision (no whole record is loaded)."""

    id: int
    reference: str
    decided_on: date
    author: str
    outcome: Outcome | None
    consent: ConsentStatus | None
    article6_basis: Article6Basis | None
    origin: Origin | None
    recipient: str
    recipient_type: RecipientType | None
    requesting_organisation: str
    person_informed: PersonInformed | None
    person_informed_reason: str
    override_reasons: tuple[ConsentOverrideReason, ...]
    override_note: str
    guardian_referred: bool
    guardian_referred_on: date | None
    guardian_outcome: str


@dataclass(frozen=True)
class GuardianDecision:
    """A Caldicott Guardian decision entry on a record's review history."""

    record_id: int
    reference: str
    at: datetime
    by: str
    comment: str


@dataclass(frozen=True)
class BreachReport:
    """A breach or misdirected information reported on a record (its review entry)."""

    reference: str
    decided_on: date | None
    reported_at: datetime
    by: str
    what_happened: str


@dataclass
class GuardianReportData:
    context: ReportContext
    since: date
    until: date
    team: str  # "" for the whole organisation
    decisions: list[DecisionLine]
    by_outcome: list[tuple[str, int]]
    by_basis: list[tuple[str, int]]
    by_consent: list[tuple[str, int]]
    by_recipient_type: list[tuple[str, int]]
    #: Decisions per month, each month given as its first day.
    by_month: list[tuple[date, int]]
    without_consent: list[DecisionLine]
    not_informed: list[DecisionLine]
    police_and_court: list[DecisionLine]
    guardian_referrals: list[DecisionLine]
    guardian_decisions: list[GuardianDecision] = field(default_factory=list)
    #: Reported in the period, whenever the decision was made.
    breaches: list[BreachReport] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.decisions)


#: The counts' row for decisions without the answer; the other rows' labels are
#: vocabulary labels. The report translates both as it prints them.
NOT_RECORDED = QT_TRANSLATE_NOOP("reports", "Not recorded")


@dataclass(frozen=True)
class ReviewNote:
    at: datetime
    by: str
    action: ReviewAction
    comment: str


@dataclass
class SubjectRecord:
    record: DecisionRecord
    recipient: str
    recipient_type: RecipientType | None
    reviews: list[ReviewNote]
    #: Every kept version, oldest first (submitted, completed, addenda): the
    #: corrections and earlier answers are held about the person too.
    versions: list[Version] = field(default_factory=list)
    #: Directory names of the organisations the record and its versions name.
    org_names: dict[int, str] = field(default_factory=dict)


@dataclass
class SubjectAccessData:
    context: ReportContext
    case_reference: str
    redacted: bool
    records: list[SubjectRecord]
