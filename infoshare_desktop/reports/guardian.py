"""The Caldicott Guardian report (A4 portrait): one period, the organisation or a team.

The shared header (``layout.report_header``); counts by outcome, Article 6 basis,
consent status, recipient type and month, each a small table ending in its total,
with bar charts for outcome, consent and month (``reports.charts``); then the lists
a Guardian reviews: shares without consent or with consent overridden (with the
reasons), people not told, police and court requests, and Guardian referrals and
decisions.

Counts come from ``services.oversight`` already aggregated; the lists are tables of
a few hundred rows each (``layout.data_tables``: fixed widths, header repeated), with
plain strings in short cells and paragraphs only where text must wrap, so 100,000
decisions lay out quickly.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable, KeepTogether, Table

from infoshare_desktop.domain.display import DATE_FORMAT, Translate, identity, london
from infoshare_desktop.reports.charts import bar_chart_parts
from infoshare_desktop.reports.layout import (
    BOLD,
    FONT,
    body_width,
    build_report,
    data_tables,
    para,
    register_fonts,
    report_header,
    styles,
    table_style,
)
from infoshare_desktop.services.oversight import DecisionLine, GuardianReportData

METADATA_TITLE = "InfoShare Caldicott Guardian report"
TITLE = "Caldicott Guardian report"
WHOLE_ORGANISATION = "Whole organisation"

SECTION_COUNTS = "Counts"
SECTION_WITHOUT_CONSENT = "Shares without consent or with consent overridden"
SECTION_NOT_INFORMED = "People not told about the decision"
SECTION_POLICE_COURT = "Police and court requests"
SECTION_GUARDIAN = "Caldicott Guardian referrals and decisions"
NONE_IN_PERIOD = "None in this period."
COUNT_LINE = "{count} decisions"
COUNT_ONE = "1 decision"
TOTAL = "Total"
CELL_SIZE = 8.5
CELL_LEADING = 10.5


def _day(value: Any) -> str:
    return "" if value is None else value.strftime(DATE_FORMAT)


def _uk(moment: datetime) -> str:
    zone = london()
    return (moment.astimezone(zone) if zone else moment.astimezone()).strftime(DATE_FORMAT)


def _label(value: Any) -> str:
    return "" if value is None else value.label


def _recipient(line: DecisionLine) -> str:
    kind = _label(line.recipient_type)
    if line.recipient and kind:
        return f"{line.recipient} ({kind})"
    return line.recipient or kind


def _count_table(rows: Sequence[tuple[str, int]], heading: str, width: float) -> Table:
    s = styles()
    total = sum(count for _, count in rows)
    cells: list[list[Any]] = [[para(heading, s["head"]), para("Decisions", s["head"])]]
    cells += [[label, f"{count:,}"] for label, count in rows]
    cells.append([TOTAL, f"{total:,}"])
    table = Table(cells, colWidths=[width - 28 * mm, 28 * mm], repeatRows=1)
    table.setStyle(table_style(len(rows) + 1))
    table.setStyle([("FONT", (0, 1), (-1, -1), FONT, 8.5),
                    ("FONT", (0, -1), (-1, -1), BOLD, 8.5),
                    ("ALIGN", (1, 0), (1, -1), "RIGHT")])
    return table


def _list(
    title: str, lines: Sequence[Any], header: Sequence[str], widths: Sequence[float],
    cells: Callable[[Any], Sequence[str]], wrap: frozenset[int],
) -> list[Flowable]:
    """A numbered section: its count, then the rows (wrapping only the ``wrap`` columns)."""
    s = styles()
    story: list[Flowable] = [para(title, s["heading"])]
    if not lines:
        story.append(para(NONE_IN_PERIOD, s["body"]))
        return story
    story.append(para(COUNT_ONE if len(lines) == 1 else COUNT_LINE.format(
        count=f"{len(lines):,}"), s["body"]))
    head = [para(text, s["head"]) for text in header]
    # Plain strings wrapped here (and remembered: labels and recipients repeat) lay out
    # many times faster than a Paragraph per cell.
    wrappers = {index: _wrapper(widths[index] - 8) for index in wrap}
    rows = [[wrappers[index](text) if index in wrappers else text
             for index, text in enumerate(cells(line))] for line in lines]
    for table in data_tables(head, rows, widths):
        table.setStyle([("FONT", (0, 1), (-1, -1), FONT, CELL_SIZE, CELL_LEADING)])
        story.append(table)
    return story


def _wrapper(width: float) -> Callable[[str], str]:
    """Wraps text to ``width`` points in the cell font, as lines joined by newlines."""
    seen: dict[str, str] = {}

    def wrap(text: str) -> str:
        done = seen.get(text)
        if done is None:
            done = "\n".join(
                piece for line in text.split("\n")
                for piece in (simpleSplit(line, FONT, CELL_SIZE, width) or [""]))
            if len(seen) < 10_000:
                seen[text] = done
        return done

    return wrap


def _reasons(line: DecisionLine) -> str:
    parts = [reason.label for reason in line.override_reasons]
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
    s = styles()
    width = body_width()
    period = f"{_day(data.since)} to {_day(data.until)}"
    story: list[Flowable] = report_header(data.context, TITLE, [
        ("Period", period),
        ("Team", data.team or WHOLE_ORGANISATION),
        ("Decisions in the period", f"{data.total:,}"),
    ], translate)
    story.append(para(
        "Decisions whose date of decision falls in the period (UK dates, inclusive); "
        "drafts are not counted. A share is \u201cwithout consent\u201d when consent was "
        "not sought, was refused and overridden, or the person lacked capacity.",
        s["small"]))

    story.append(para(SECTION_COUNTS, s["heading"]))
    counts = (
        ("By outcome", "Outcome", data.by_outcome, "Decisions by outcome", 150),
        ("By Article 6 lawful basis", "Article 6 basis", data.by_basis, "", 0),
        ("By consent status", "Consent", data.by_consent, "Decisions by consent status", 170),
        ("By type of recipient organisation", "Recipient type", data.by_recipient_type, "", 0),
        ("By month", "Month", data.by_month, "Decisions by month", 150),
    )
    for heading, column, rows, chart, height in counts:
        block: list[Flowable] = [para(heading, s["subheading"]),
                                 _count_table(rows, column, width)]
        if chart:
            block += bar_chart_parts(chart, rows, width, height)
        story.append(KeepTogether(block))

    story += _list(
        f"1. {SECTION_WITHOUT_CONSENT}", data.without_consent,
        ("Reference", "Decided", "Shared with", "Consent", "Reasons"),
        (28 * mm, 20 * mm, 42 * mm, 36 * mm, width - 126 * mm),
        lambda line: (line.reference, _day(line.decided_on), _recipient(line),
                      _label(line.consent), _reasons(line)),
        frozenset({2, 3, 4}),
    )
    story += _list(
        f"2. {SECTION_NOT_INFORMED}", data.not_informed,
        ("Reference", "Decided", "Told?", "Outcome", "Reason"),
        (28 * mm, 20 * mm, 18 * mm, 28 * mm, width - 94 * mm),
        lambda line: (line.reference, _day(line.decided_on), _label(line.person_informed),
                      _label(line.outcome), line.person_informed_reason),
        frozenset({3, 4}),
    )
    story += _list(
        f"3. {SECTION_POLICE_COURT}", data.police_and_court,
        ("Reference", "Decided", "Requested by", "Recipient", "Outcome", "Consent"),
        (28 * mm, 20 * mm, 34 * mm, 40 * mm, 26 * mm, width - 148 * mm),
        lambda line: (line.reference, _day(line.decided_on), line.requesting_organisation,
                      _recipient(line), _label(line.outcome), _label(line.consent)),
        frozenset({2, 3, 4, 5}),
    )
    by_record: dict[int, list[str]] = {}
    for decision in data.guardian_decisions:
        when = _uk(decision.at)
        by_record.setdefault(decision.record_id, []).append(
            f"{when} {decision.by}: {decision.comment}".strip())
    story += _list(
        f"4. {SECTION_GUARDIAN}", data.guardian_referrals,
        ("Reference", "Decided", "Referred", "Outcome recorded", "Guardian decisions"),
        (28 * mm, 20 * mm, 20 * mm, 50 * mm, width - 118 * mm),
        lambda line: (line.reference, _day(line.decided_on),
                      _day(line.guardian_referred_on) if line.guardian_referred else "No",
                      line.guardian_outcome, "\n".join(by_record.get(line.id, ()))),
        frozenset({3, 4}),
    )
    return build_report(target, story, context=data.context, title=TITLE,
                        metadata_title=METADATA_TITLE, translate=translate)
