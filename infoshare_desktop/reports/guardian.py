"""The Caldicott Guardian report (A4 portrait): one period, the organisation or a team.

The shared header (``layout.report_header``); counts by outcome, Article 6 basis,
consent status, recipient type and month, each a small table ending in its total,
with bar charts for outcome, consent and month (``reports.charts``); then the lists
a Guardian reviews: shares without consent or with consent overridden (with the
reasons), people not told, police and court requests, Guardian referrals and
decisions, and breaches or misdirected information reported in the period.

Counts come from ``services.oversight`` already aggregated; the lists are
``layout.text_tables`` (plain text wrapped once, laid out in linear time), so the
tens of thousands of rows 100,000 decisions bring lay out quickly. Every label is
translated once (``_Labels``), not per row, the months' short names ("Jan 2026") too.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import IO, Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table

from infoshare_desktop.domain.audit import Anchor
from infoshare_desktop.domain.display import DATE_FORMAT, Translate, identity, london
from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP, VOCAB
from infoshare_desktop.domain.vocab import Vocab
from infoshare_desktop.reports.charts import bar_chart_parts
from infoshare_desktop.reports.layout import (
    BOLD,
    FONT,
    HEAD_DIGITS,
    REPORTS,
    ReportContext,
    body_width,
    build_report,
    para,
    register_fonts,
    report_header,
    styles,
    table_style,
    text_tables,
)
from infoshare_desktop.reports.oversight_data import NOT_RECORDED, DecisionLine, GuardianReportData

#: The PDF's title in its metadata (never a reference or a person's name).
METADATA_TITLE = "InfoShare Caldicott Guardian report"
TITLE = QT_TRANSLATE_NOOP("reports", "Caldicott Guardian report")
WHOLE_ORGANISATION = QT_TRANSLATE_NOOP("reports", "Whole organisation")
PERIOD = QT_TRANSLATE_NOOP("reports", "Period")
PERIOD_TEXT = QT_TRANSLATE_NOOP("reports", "{since} to {until}")
TEAM = QT_TRANSLATE_NOOP("reports", "Team")
IN_PERIOD = QT_TRANSLATE_NOOP("reports", "Decisions in the period")
EXPLANATION = QT_TRANSLATE_NOOP(
    "reports",
    "Decisions whose date of decision falls in the period (UK dates, inclusive); "
    "drafts are not counted. A share is \u201cwithout consent\u201d when consent was "
    "not sought, was refused and overridden, or the person lacked capacity.")

SECTION_COUNTS = QT_TRANSLATE_NOOP("reports", "Counts")
SECTION_WITHOUT_CONSENT = QT_TRANSLATE_NOOP(
    "reports", "Shares without consent or with consent overridden")
SECTION_NOT_INFORMED = QT_TRANSLATE_NOOP("reports", "People not told about the decision")
SECTION_POLICE_COURT = QT_TRANSLATE_NOOP("reports", "Police and court requests")
SECTION_GUARDIAN = QT_TRANSLATE_NOOP("reports", "Caldicott Guardian referrals and decisions")
SECTION_BREACHES = QT_TRANSLATE_NOOP(
    "reports", "Breaches and misdirected information reported in the period")
REPORTED = QT_TRANSLATE_NOOP("reports", "Reported")
REPORTED_BY = QT_TRANSLATE_NOOP("reports", "Reported by")
WHAT_HAPPENED = QT_TRANSLATE_NOOP("reports", "What happened")
NONE_IN_PERIOD = QT_TRANSLATE_NOOP("reports", "None in this period.")
COUNT_LINE = QT_TRANSLATE_NOOP("reports", "{count} decisions")
COUNT_ONE = QT_TRANSLATE_NOOP("reports", "1 decision")
TOTAL = QT_TRANSLATE_NOOP("reports", "Total")
DECISIONS = QT_TRANSLATE_NOOP("reports", "Decisions")
NO = QT_TRANSLATE_NOOP("reports", "No")

BY_OUTCOME = QT_TRANSLATE_NOOP("reports", "By outcome")
OUTCOME = QT_TRANSLATE_NOOP("reports", "Outcome")
CHART_OUTCOME = QT_TRANSLATE_NOOP("reports", "Decisions by outcome")
BY_BASIS = QT_TRANSLATE_NOOP("reports", "By Article 6 lawful basis")
BASIS = QT_TRANSLATE_NOOP("reports", "Article 6 basis")
BY_CONSENT = QT_TRANSLATE_NOOP("reports", "By consent status")
CONSENT = QT_TRANSLATE_NOOP("reports", "Consent")
CHART_CONSENT = QT_TRANSLATE_NOOP("reports", "Decisions by consent status")
BY_RECIPIENT_TYPE = QT_TRANSLATE_NOOP("reports", "By type of recipient organisation")
RECIPIENT_TYPE = QT_TRANSLATE_NOOP("reports", "Recipient type")
BY_MONTH = QT_TRANSLATE_NOOP("reports", "By month")
MONTH = QT_TRANSLATE_NOOP("reports", "Month")
CHART_MONTH = QT_TRANSLATE_NOOP("reports", "Decisions by month")
#: Short month names for the counts by month ("Jan 2026").
MONTH_NAMES = (
    QT_TRANSLATE_NOOP("reports", "Jan"), QT_TRANSLATE_NOOP("reports", "Feb"),
    QT_TRANSLATE_NOOP("reports", "Mar"), QT_TRANSLATE_NOOP("reports", "Apr"),
    QT_TRANSLATE_NOOP("reports", "May"), QT_TRANSLATE_NOOP("reports", "Jun"),
    QT_TRANSLATE_NOOP("reports", "Jul"), QT_TRANSLATE_NOOP("reports", "Aug"),
    QT_TRANSLATE_NOOP("reports", "Sep"), QT_TRANSLATE_NOOP("reports", "Oct"),
    QT_TRANSLATE_NOOP("reports", "Nov"), QT_TRANSLATE_NOOP("reports", "Dec"),
)

REFERENCE = QT_TRANSLATE_NOOP("reports", "Reference")
DECIDED = QT_TRANSLATE_NOOP("reports", "Decided")
SHARED_WITH = QT_TRANSLATE_NOOP("reports", "Shared with")
REASONS = QT_TRANSLATE_NOOP("reports", "Reasons")
TOLD = QT_TRANSLATE_NOOP("reports", "Told?")
REASON = QT_TRANSLATE_NOOP("reports", "Reason")
REQUESTED_BY = QT_TRANSLATE_NOOP("reports", "Requested by")
RECIPIENT = QT_TRANSLATE_NOOP("reports", "Recipient")
REFERRED = QT_TRANSLATE_NOOP("reports", "Referred")
OUTCOME_RECORDED = QT_TRANSLATE_NOOP("reports", "Outcome recorded")
GUARDIAN_DECISIONS = QT_TRANSLATE_NOOP("reports", "Guardian decisions")

ANCHOR_HEADING = QT_TRANSLATE_NOOP("reports", "Audit trail anchor")
ANCHOR_EXPLAINED = QT_TRANSLATE_NOOP(
    "reports",
    "When this report was made, the audit trail held {count} events; below are the "
    "newest event's number and the start of its fingerprint. Keep this page apart from "
    "the database: if the trail is later changed and its fingerprints worked out again, "
    "checking it against this anchor shows it.")
ANCHOR_CHECK = QT_TRANSLATE_NOOP(
    "reports", "To check it, IT or the Caldicott Guardian runs: infoshare audit verify "
    "--expect {anchor}")
ANCHOR_FULL = QT_TRANSLATE_NOOP("reports", "Full fingerprint of event {count}: {head}")



class _Labels:
    """Vocabulary labels translated once each: the lists print one per row, for up
    to 100,000 decisions, and a Qt look-up per cell would be slow."""

    def __init__(self, translate: Translate) -> None:
        self.tr = translate
        self.seen: dict[tuple[str, str], str] = {}

    def text(self, context: str, source: str) -> str:
        done = self.seen.get((context, source))
        if done is None:
            done = self.seen[(context, source)] = self.tr(context, source)
        return done

    def __call__(self, value: Vocab | None) -> str:
        return "" if value is None else self.text(VOCAB, value.label)

    def count(self, label: str) -> str:
        """A counts row's label from ``services.oversight``: a vocabulary label, or
        its "Not recorded"."""
        return self.text(REPORTS if label == NOT_RECORDED else VOCAB, label)


def _day(value: Any) -> str:
    return "" if value is None else value.strftime(DATE_FORMAT)


def _uk(moment: datetime) -> str:
    zone = london()
    return (moment.astimezone(zone) if zone else moment.astimezone()).strftime(DATE_FORMAT)


def _recipient(line: DecisionLine, labels: _Labels) -> str:
    kind = labels(line.recipient_type)
    if line.recipient and kind:
        return f"{line.recipient} ({kind})"
    return line.recipient or kind


def _count_table(
    rows: Sequence[tuple[str, int]], heading: str, width: float, tr: Translate,
) -> Table:
    """(label, count) rows, labels already translated, then the total."""
    s = styles()
    total = sum(count for _, count in rows)
    cells: list[list[Any]] = [[para(heading, s["head"]), para(tr(REPORTS, DECISIONS),
                                                               s["head"])]]
    cells += [[label, f"{count:,}"] for label, count in rows]
    cells.append([tr(REPORTS, TOTAL), f"{total:,}"])
    table = Table(cells, colWidths=[width - 28 * mm, 28 * mm], repeatRows=1)
    table.setStyle(table_style(len(rows) + 1))
    table.setStyle([("FONT", (0, 1), (-1, -1), FONT, 8.5),
                    ("FONT", (0, -1), (-1, -1), BOLD, 8.5),
                    ("ALIGN", (1, 0), (1, -1), "RIGHT")])
    return table


def _list(
    title: str, lines: Sequence[Any], header: Sequence[str], widths: Sequence[float],
    cells: Callable[[Any], Sequence[str]], wrap: frozenset[int], tr: Translate,
) -> list[Flowable]:
    """A numbered section: its count, then the rows (wrapping only the ``wrap`` columns).

    ``title`` arrives translated; ``header`` holds the columns' source texts."""
    s = styles()
    story: list[Flowable] = [para(title, s["heading"])]
    if not lines:
        story.append(para(tr(REPORTS, NONE_IN_PERIOD), s["body"]))
        return story
    story.append(para(tr(REPORTS, COUNT_ONE) if len(lines) == 1 else tr(
        REPORTS, COUNT_LINE).format(count=f"{len(lines):,}"), s["body"]))
    rows = [list(cells(line)) for line in lines]
    story += text_tables([tr(REPORTS, text) for text in header], rows, widths, wrap)
    return story


def _reasons(line: DecisionLine, labels: _Labels) -> str:
    parts = [labels(reason) for reason in line.override_reasons]
    if line.override_note.strip():
        parts.append(line.override_note.strip())
    return "\n".join(parts)


def write_guardian_pdf(
    data: GuardianReportData,
    target: str | os.PathLike[str] | IO[bytes],
    translate: Translate = identity,
) -> int:
    """Write the report to ``target``; returns the number of pages."""
    register_fonts()
    tr = translate
    labels = _Labels(translate)
    s = styles()
    width = body_width()
    title = tr(REPORTS, TITLE)
    period = tr(REPORTS, PERIOD_TEXT).format(since=_day(data.since), until=_day(data.until))
    story: list[Flowable] = report_header(data.context, title, [
        (tr(REPORTS, PERIOD), period),
        (tr(REPORTS, TEAM), data.team or tr(REPORTS, WHOLE_ORGANISATION)),
        (tr(REPORTS, IN_PERIOD), f"{data.total:,}"),
    ], translate)
    story.append(para(tr(REPORTS, EXPLANATION), s["small"]))

    story.append(para(tr(REPORTS, SECTION_COUNTS), s["heading"]))
    months = [tr(REPORTS, name) for name in MONTH_NAMES]
    by_month = [(f"{months[first.month - 1]} {first.year}", count)
                for first, count in data.by_month]
    counts = (
        (BY_OUTCOME, OUTCOME, data.by_outcome, CHART_OUTCOME, 150, True),
        (BY_BASIS, BASIS, data.by_basis, "", 0, True),
        (BY_CONSENT, CONSENT, data.by_consent, CHART_CONSENT, 170, True),
        (BY_RECIPIENT_TYPE, RECIPIENT_TYPE, data.by_recipient_type, "", 0, True),
        (BY_MONTH, MONTH, by_month, CHART_MONTH, 150, False),
    )
    for heading, column, rows, chart, height, vocabulary in counts:
        shown = [(labels.count(label), count) for label, count in rows] if vocabulary \
            else list(rows)
        block: list[Flowable] = [para(tr(REPORTS, heading), s["subheading"]),
                                 _count_table(shown, tr(REPORTS, column), width, tr)]
        if chart:
            block += bar_chart_parts(tr(REPORTS, chart), shown, width, height, translate)
        story.append(KeepTogether(block))

    story += _list(
        f"1. {tr(REPORTS, SECTION_WITHOUT_CONSENT)}", data.without_consent,
        (REFERENCE, DECIDED, SHARED_WITH, CONSENT, REASONS),
        (28 * mm, 20 * mm, 42 * mm, 36 * mm, width - 126 * mm),
        lambda line: (line.reference, _day(line.decided_on), _recipient(line, labels),
                      labels(line.consent), _reasons(line, labels)),
        frozenset({2, 3, 4}), tr,
    )
    story += _list(
        f"2. {tr(REPORTS, SECTION_NOT_INFORMED)}", data.not_informed,
        (REFERENCE, DECIDED, TOLD, OUTCOME, REASON),
        (28 * mm, 20 * mm, 18 * mm, 28 * mm, width - 94 * mm),
        lambda line: (line.reference, _day(line.decided_on), labels(line.person_informed),
                      labels(line.outcome), line.person_informed_reason),
        frozenset({3, 4}), tr,
    )
    story += _list(
        f"3. {tr(REPORTS, SECTION_POLICE_COURT)}", data.police_and_court,
        (REFERENCE, DECIDED, REQUESTED_BY, RECIPIENT, OUTCOME, CONSENT),
        (28 * mm, 20 * mm, 34 * mm, 40 * mm, 26 * mm, width - 148 * mm),
        lambda line: (line.reference, _day(line.decided_on), line.requesting_organisation,
                      _recipient(line, labels), labels(line.outcome), labels(line.consent)),
        frozenset({2, 3, 4, 5}), tr,
    )
    by_record: dict[int, list[str]] = {}
    for decision in data.guardian_decisions:
        when = _uk(decision.at)
        by_record.setdefault(decision.record_id, []).append(
            f"{when} {decision.by}: {decision.comment}".strip())
    no = tr(REPORTS, NO)
    story += _list(
        f"4. {tr(REPORTS, SECTION_GUARDIAN)}", data.guardian_referrals,
        (REFERENCE, DECIDED, REFERRED, OUTCOME_RECORDED, GUARDIAN_DECISIONS),
        (28 * mm, 20 * mm, 20 * mm, 50 * mm, width - 118 * mm),
        lambda line: (line.reference, _day(line.decided_on),
                      _day(line.guardian_referred_on) if line.guardian_referred else no,
                      line.guardian_outcome, "\n".join(by_record.get(line.id, ()))),
        frozenset({3, 4}), tr,
    )
    story += _list(
        f"5. {tr(REPORTS, SECTION_BREACHES)}", data.breaches,
        (REFERENCE, DECIDED, REPORTED, REPORTED_BY, WHAT_HAPPENED),
        (28 * mm, 20 * mm, 20 * mm, 34 * mm, width - 102 * mm),
        lambda breach: (breach.reference, _day(breach.decided_on), _uk(breach.reported_at),
                        breach.by, breach.what_happened),
        frozenset({3, 4}), tr,
    )
    story += _anchor(data.context, tr)
    return build_report(target, story, context=data.context, title=title,
                        metadata_title=METADATA_TITLE, translate=translate)


def _anchor(context: ReportContext, tr: Translate) -> list[Flowable]:
    """The report's last block: the trail's count and head in large type, and how to
    check later that the trail still holds them (``audit verify --expect``)."""
    if context.chain is None or not context.chain[1]:
        return []
    count, head = context.chain
    anchor = str(Anchor(count, head[:HEAD_DIGITS]))
    s = styles()
    large = ParagraphStyle("Anchor", s["body"], fontName=BOLD, fontSize=22, leading=28,
                           spaceBefore=4, spaceAfter=4)
    block: list[Flowable] = [
        para(tr(REPORTS, ANCHOR_HEADING), s["heading"]),
        para(tr(REPORTS, ANCHOR_EXPLAINED).format(count=f"{count:,}"), s["body"]),
        para(anchor, large),
        para(tr(REPORTS, ANCHOR_CHECK).format(anchor=anchor), s["meta"]),
        para(tr(REPORTS, ANCHOR_FULL).format(count=count, head=head), s["small"]),
    ]
    return [KeepTogether(block)]
