"""A supervision report as a PDF: one practitioner's decisions over one period.

Summary counts (by outcome and by status); one row per decision (reference, date,
outcome, consent, Article 6 basis, person informed, status); the outstanding items
(person not yet informed, emergency shares awaiting review, returned records,
follow-up dates passed); requests refused; the manager's comments; and sign-off boxes
for the practitioner and the manager. A4 portrait, with the shared header and page
furniture (``reports.layout``). The service chooses the decisions and checks who may
see them; the rules for what is outstanding live here, as pure functions, so tests
and the app count the same way.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import IO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from infoshare_desktop.domain.display import DATE_FORMAT, RecordFormatter, Translate, identity
from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP
from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.domain.vocab import (
    Origin,
    Outcome,
    PersonInformed,
    RecordStatus,
    ReviewAction,
)
from infoshare_desktop.reports.layout import (
    REPORTS,
    RULE,
    TEXT,
    ReportContext,
    body_width,
    build_report,
    para,
    report_header,
    styles,
    table_style,
    text_tables,
)
from infoshare_desktop.reports.record import Review

METADATA_TITLE = "InfoShare supervision report"
TITLE = QT_TRANSLATE_NOOP("reports", "Supervision report")
PRACTITIONER = QT_TRANSLATE_NOOP("reports", "Practitioner")
PERIOD = QT_TRANSLATE_NOOP("reports", "Period")
PERIOD_TEXT = QT_TRANSLATE_NOOP("reports", "{since} to {until}, by date of decision")
SUMMARY = QT_TRANSLATE_NOOP("reports", "Summary")
BY_OUTCOME = QT_TRANSLATE_NOOP("reports", "Outcome")
BY_STATUS = QT_TRANSLATE_NOOP("reports", "Status")
COUNT = QT_TRANSLATE_NOOP("reports", "Decisions")
TOTAL = QT_TRANSLATE_NOOP("reports", "Total")
NOT_RECORDED = QT_TRANSLATE_NOOP("reports", "Not recorded")
DECISIONS = QT_TRANSLATE_NOOP("reports", "Decisions")
REFERENCE = QT_TRANSLATE_NOOP("reports", "Reference")
DATE = QT_TRANSLATE_NOOP("reports", "Date")
OUTCOME = QT_TRANSLATE_NOOP("reports", "Outcome")
CONSENT = QT_TRANSLATE_NOOP("reports", "Consent")
ARTICLE6 = QT_TRANSLATE_NOOP("reports", "Article 6 basis")
INFORMED = QT_TRANSLATE_NOOP("reports", "Person informed")
STATUS = QT_TRANSLATE_NOOP("reports", "Status")
OUTSTANDING = QT_TRANSLATE_NOOP("reports", "Outstanding items")
ITEM = QT_TRANSLATE_NOOP("reports", "Item")
DETAIL = QT_TRANSLATE_NOOP("reports", "Detail")
NOTHING_OUTSTANDING = QT_TRANSLATE_NOOP("reports", "Nothing outstanding.")
ITEM_NOT_INFORMED = QT_TRANSLATE_NOOP("reports", "Person not yet informed")
ITEM_AWAITING_REVIEW = QT_TRANSLATE_NOOP("reports", "Emergency share awaiting review")
ITEM_RETURNED = QT_TRANSLATE_NOOP("reports", "Returned for amendment")
ITEM_FOLLOW_UP = QT_TRANSLATE_NOOP("reports", "Follow-up date passed")
FOLLOW_UP_DUE = QT_TRANSLATE_NOOP("reports", "Due {date}")
REFUSED = QT_TRANSLATE_NOOP("reports", "Requests refused")
REQUESTER = QT_TRANSLATE_NOOP("reports", "Requested by")
WITHHELD_REASON = QT_TRANSLATE_NOOP("reports", "Reason not shared")
NO_REFUSALS = QT_TRANSLATE_NOOP("reports", "No request was refused in this period.")
COMMENTS = QT_TRANSLATE_NOOP("reports", "Manager's comments")
WHEN = QT_TRANSLATE_NOOP("reports", "When")
BY = QT_TRANSLATE_NOOP("reports", "By")
ACTION = QT_TRANSLATE_NOOP("reports", "Action")
COMMENT = QT_TRANSLATE_NOOP("reports", "Comment")
NO_COMMENTS = QT_TRANSLATE_NOOP("reports", "No comments on these decisions.")
SIGN_OFF = QT_TRANSLATE_NOOP("reports", "Sign-off")
SIGN_OFF_TEXT = QT_TRANSLATE_NOOP(
    "reports", "We have discussed the decisions above and the outstanding items.")
MANAGER = QT_TRANSLATE_NOOP("reports", "Manager")
NAME = QT_TRANSLATE_NOOP("reports", "Name")
SIGNATURE = QT_TRANSLATE_NOOP("reports", "Signature")


@dataclass(frozen=True)
class Decision:
    """One decision in the period, with its review comments (oldest first)."""

    record: DecisionRecord
    decided_on: date
    reviews: Sequence[Review] = field(default_factory=tuple)


@dataclass(frozen=True)
class Outstanding:
    reference: str
    item: str
    detail: str


def outstanding(decisions: Sequence[Decision], today: date) -> list[Outstanding]:
    """What still needs doing, by decision, in the order of the decisions.

    ``item`` is the untranslated text (one of the ``ITEM_*`` constants).
    """
    found = []
    for d in decisions:
        r = d.record
        if r.person_informed is PersonInformed.NOT_YET:
            found.append(Outstanding(r.reference, ITEM_NOT_INFORMED, r.person_informed_reason))
        if r.awaiting_review:
            found.append(Outstanding(r.reference, ITEM_AWAITING_REVIEW, ""))
        if r.status is RecordStatus.RETURNED:
            comment = next((v.comment for v in reversed(d.reviews)
                            if v.action is ReviewAction.RETURN), "")
            found.append(Outstanding(r.reference, ITEM_RETURNED, comment))
        if r.follow_up_on is not None and r.follow_up_on < today:
            found.append(Outstanding(r.reference, ITEM_FOLLOW_UP,
                                     r.follow_up_on.strftime(DATE_FORMAT)))
    return found


def refused_requests(decisions: Sequence[Decision]) -> list[Decision]:
    """Requests from another agency that ended with nothing shared."""
    return [d for d in decisions if d.record.origin is Origin.RESPONSE_TO_REQUEST
            and d.record.outcome is Outcome.NOT_SHARED]


def write_supervision_pdf(
    decisions: Sequence[Decision],
    target: str | os.PathLike[str] | IO[bytes],
    *,
    context: ReportContext,
    practitioner: str,
    since: date,
    until: date,
    today: date,
    org_names: Mapping[int, str] | None = None,
    translate: Translate = identity,
) -> int:
    """Write the report for ``decisions`` (in the order given); returns the page count."""
    tr = translate
    fmt = RecordFormatter(translate, org_names)
    s = styles()
    width = body_width()
    title = tr(REPORTS, TITLE)
    story: list[Flowable] = report_header(context, title, [
        (tr(REPORTS, PRACTITIONER), practitioner),
        (tr(REPORTS, PERIOD), tr(REPORTS, PERIOD_TEXT).format(
            since=since.strftime(DATE_FORMAT), until=until.strftime(DATE_FORMAT))),
    ], translate)

    story += _summary(decisions, fmt, tr, width)

    story.append(para(tr(REPORTS, DECISIONS), s["heading"]))
    header = [tr(REPORTS, t)
              for t in (REFERENCE, DATE, OUTCOME, CONSENT, ARTICLE6, INFORMED, STATUS)]
    fixed = [27 * mm, 21 * mm, 24 * mm, 30 * mm, 28 * mm, 22 * mm]
    rows = [[d.record.reference, d.decided_on.strftime(DATE_FORMAT),
             fmt.label(d.record.outcome), fmt.label(d.record.consent),
             fmt.label(d.record.article6_basis), fmt.label(d.record.person_informed),
             fmt.label(d.record.status)] for d in decisions]
    story += text_tables(header, rows, [*fixed, width - sum(fixed)])

    story.append(para(tr(REPORTS, OUTSTANDING), s["heading"]))
    items = outstanding(decisions, today)
    if items:
        header = [tr(REPORTS, t) for t in (REFERENCE, ITEM, DETAIL)]
        rows = [[o.reference, tr(REPORTS, o.item),
                 tr(REPORTS, FOLLOW_UP_DUE).format(date=o.detail)
                 if o.item == ITEM_FOLLOW_UP else o.detail]
                for o in items]
        story += text_tables(header, rows, [28 * mm, 55 * mm, width - 83 * mm])
    else:
        story.append(para(tr(REPORTS, NOTHING_OUTSTANDING), s["body"]))

    story.append(para(tr(REPORTS, REFUSED), s["heading"]))
    refused = refused_requests(decisions)
    if refused:
        header = [tr(REPORTS, t) for t in (REFERENCE, DATE, REQUESTER, WITHHELD_REASON)]
        rows = [[d.record.reference, d.decided_on.strftime(DATE_FORMAT),
                 d.record.requesting_organisation, d.record.withheld_reason]
                for d in refused]
        story += text_tables(header, rows, [27 * mm, 21 * mm, 45 * mm, width - 93 * mm])
    else:
        story.append(para(tr(REPORTS, NO_REFUSALS), s["body"]))

    story.append(para(tr(REPORTS, COMMENTS), s["heading"]))
    comments = [(d.record.reference, r) for d in decisions for r in d.reviews]
    if comments:
        header = [tr(REPORTS, t) for t in (REFERENCE, WHEN, BY, ACTION, COMMENT)]
        rows = [[ref, fmt.datetime(r.at), r.by, fmt.label(r.action), r.comment]
                for ref, r in comments]
        fixed = [27 * mm, 30 * mm, 30 * mm, 30 * mm]
        story += text_tables(header, rows, [*fixed, width - sum(fixed)])
    else:
        story.append(para(tr(REPORTS, NO_COMMENTS), s["body"]))

    story.append(_sign_off(practitioner, tr, width))
    return build_report(target, story, context=context, title=title,
                        metadata_title=METADATA_TITLE, translate=translate)


def _count_table(
    heading: str, counts: Counter[str], order: Sequence[str], tr: Translate, width: float
) -> Table:
    s = styles()
    rows = [[para(label, s["cell"]), para(str(counts[label]), s["cell"])]
            for label in order if counts[label]]
    rows.append([para(tr(REPORTS, TOTAL), s["label"]),
                 para(str(sum(counts.values())), s["label"])])
    table = Table([[para(heading, s["head"]), para(tr(REPORTS, COUNT), s["head"])], *rows],
                  colWidths=[width - 22 * mm, 22 * mm])
    table.setStyle(table_style(len(rows)))
    return table


def _summary(
    decisions: Sequence[Decision], fmt: RecordFormatter, tr: Translate, width: float
) -> list[Flowable]:
    s = styles()
    not_recorded = tr(REPORTS, NOT_RECORDED)
    outcomes = Counter(fmt.label(d.record.outcome) or not_recorded for d in decisions)
    statuses = Counter(fmt.label(d.record.status) for d in decisions)
    half = (width - 8 * mm) / 2
    by_outcome = _count_table(tr(REPORTS, BY_OUTCOME), outcomes,
                              [fmt.label(o) for o in Outcome] + [not_recorded], tr, half)
    by_status = _count_table(tr(REPORTS, BY_STATUS), statuses,
                             [fmt.label(st) for st in RecordStatus], tr, half)
    pair = Table([[by_outcome, by_status]], colWidths=[half + 8 * mm, half])
    pair.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    return [para(tr(REPORTS, SUMMARY), s["heading"]), pair]


def _sign_off(practitioner: str, tr: Translate, width: float) -> Flowable:
    s = styles()
    header = [para("", s["head"]),
              *(para(tr(REPORTS, t), s["head"]) for t in (NAME, SIGNATURE, DATE))]
    rows = [
        [para(tr(REPORTS, PRACTITIONER), s["label"]), para(practitioner, s["cell"]),
         "", ""],
        [para(tr(REPORTS, MANAGER), s["label"]), "", "", ""],
    ]
    table = Table([header, *rows], colWidths=[30 * mm, 55 * mm, width - 115 * mm, 30 * mm],
                  rowHeights=[None, 16 * mm, 16 * mm])
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                    ("LINEBELOW", (0, 0), (-1, 0), 1, TEXT),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4)])
    return KeepTogether([para(tr(REPORTS, SIGN_OFF), s["heading"]),
                         para(tr(REPORTS, SIGN_OFF_TEXT), s["body"]), Spacer(1, 3 * mm),
                         table])
