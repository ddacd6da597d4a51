"""One decision record as a PDF: every question that applies, by section, the people,
the seven tests, the workflow history with its comments, and every kept version with
what changed.

A4 portrait, with the shared header and page furniture (``reports.layout``). Pure
presentation: the service reads the record and its history, checks who may see it,
and passes them in.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import IO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from infoshare_desktop.domain.diff import changes
from infoshare_desktop.domain.display import RecordFormatter, Translate, identity
from infoshare_desktop.domain.fields import (
    AUTHOR_LABEL,
    CREATED_LABEL,
    FIELDS,
    REFERENCE_LABEL,
    STATUS_LABEL,
    UPDATED_LABEL,
    Kind,
    Section,
)
from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP, VOCAB
from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.domain.vocab import ReviewAction, SharingTest, VersionKind
from infoshare_desktop.reports.layout import (
    REPORTS,
    ReportContext,
    body_width,
    build_report,
    data_tables,
    label_table,
    para,
    report_header,
    styles,
)

#: The PDF's title in its metadata (never a reference or a person's name).
METADATA_TITLE = "InfoShare decision record"
TITLE = QT_TRANSLATE_NOOP("reports", "Decision record")
CASE_REFERENCE = QT_TRANSLATE_NOOP("reports", "Case reference")
RECORD = QT_TRANSLATE_NOOP("reports", "Record")
AWAITING_REVIEW = QT_TRANSLATE_NOOP("reports", "Emergency share awaiting review")
NAME = QT_TRANSLATE_NOOP("reports", "Name")
ROLE = QT_TRANSLATE_NOOP("reports", "Role")
DOB = QT_TRANSLATE_NOOP("reports", "Date of birth")
NO_PEOPLE = QT_TRANSLATE_NOOP("reports", "No people recorded.")
TEST = QT_TRANSLATE_NOOP("reports", "Test")
ANSWER = QT_TRANSLATE_NOOP("reports", "Answer")
NOTE = QT_TRANSLATE_NOOP("reports", "Note")
HISTORY = QT_TRANSLATE_NOOP("reports", "Workflow history")
WHEN = QT_TRANSLATE_NOOP("reports", "When")
BY = QT_TRANSLATE_NOOP("reports", "By")
ACTION = QT_TRANSLATE_NOOP("reports", "Action")
COMMENT = QT_TRANSLATE_NOOP("reports", "Comment")
NO_REVIEWS = QT_TRANSLATE_NOOP("reports", "No reviews, advice requests or decisions yet.")
VERSIONS = QT_TRANSLATE_NOOP("reports", "Versions and addenda")
NO_VERSIONS = QT_TRANSLATE_NOOP("reports", "No version kept yet: the record is a draft.")
VERSION_LINE = QT_TRANSLATE_NOOP("reports", "Version {number}: {kind}, {when}, by {by}")
#: A version kept by the app itself (a record locked before versions were kept).
VERSION_LINE_NO_BY = QT_TRANSLATE_NOOP("reports", "Version {number}: {kind}, {when}")
REASON = QT_TRANSLATE_NOOP("reports", "Reason: {reason}")
FIRST_VERSION = QT_TRANSLATE_NOOP("reports", "The first kept version: every answer as above, "
                                             "as it stood then.")
NO_CHANGES = QT_TRANSLATE_NOOP("reports", "No answer changed.")
SINCE_LAST = QT_TRANSLATE_NOOP("reports", "Changed since version {number}")
FIELD = QT_TRANSLATE_NOOP("reports", "Question")
BEFORE = QT_TRANSLATE_NOOP("reports", "Before")
AFTER = QT_TRANSLATE_NOOP("reports", "After")


@dataclass(frozen=True)
class Version:
    """One kept version of the record (``services.records.RecordVersion``'s shape)."""

    number: int
    kind: VersionKind
    at: datetime
    by: str
    reason: str
    record: DecisionRecord


@dataclass(frozen=True)
class Review:
    """One review entry (``services.records.ReviewEntry``'s shape)."""

    at: datetime
    by: str
    action: ReviewAction
    comment: str


def write_record_pdf(
    record: DecisionRecord,
    target: str | os.PathLike[str] | IO[bytes],
    *,
    context: ReportContext,
    author_name: str,
    versions: Sequence[Version],
    reviews: Sequence[Review],
    org_names: Mapping[int, str] | None = None,
    translate: Translate = identity,
) -> int:
    """Write the record as a PDF to ``target``; returns the number of pages."""
    tr = translate
    fmt = RecordFormatter(translate, org_names)
    s = styles()
    width = body_width()
    label_width = 55 * mm
    title = tr(REPORTS, TITLE)
    story: list[Flowable] = report_header(context, title, [
        (tr("fields", REFERENCE_LABEL), record.reference),
        (tr(REPORTS, CASE_REFERENCE), record.case_reference),
        (tr("fields", STATUS_LABEL), fmt.label(record.status)),
        (tr("fields", AUTHOR_LABEL), author_name),
    ], translate)

    own = [
        (tr("fields", REFERENCE_LABEL), record.reference),
        (tr("fields", STATUS_LABEL), fmt.label(record.status)),
        (tr("fields", AUTHOR_LABEL), author_name),
        (tr("fields", CREATED_LABEL), fmt.datetime(record.created_at)),
        (tr("fields", UPDATED_LABEL), fmt.datetime(record.updated_at)),
    ]
    if record.awaiting_review:
        own.append((tr(REPORTS, AWAITING_REVIEW), fmt.yes_no(True)))
    story += [para(tr(REPORTS, RECORD), s["heading"]),
              label_table(own, label_width, width, tr)]

    for section in Section:
        shown = [f for f in FIELDS if f.section is section and f.shown(record)]
        if not shown:
            continue
        story.append(para(tr("fields", section.label), s["heading"]))
        rows = [(tr("fields", f.label), fmt.value(f, record))
                for f in shown if f.kind not in (Kind.PEOPLE, Kind.TESTS)]
        if rows:
            story.append(label_table(rows, label_width, width, tr))
        for f in shown:
            if f.kind is Kind.PEOPLE:
                story += _people(record, fmt, tr, width, tr("fields", f.label))
            elif f.kind is Kind.TESTS:
                story += _tests(record, fmt, tr, width, tr("fields", f.label))

    story += _history(reviews, fmt, tr, width)
    story += _versions(record, versions, fmt, tr, width)
    return build_report(target, story, context=context, title=title,
                        metadata_title=METADATA_TITLE, translate=translate)


def _people(
    record: DecisionRecord, fmt: RecordFormatter, tr: Translate, width: float, heading: str,
) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [para(heading, s["subheading"])]
    if not record.people:
        return [*out, para(tr(REPORTS, NO_PEOPLE), s["body"])]
    header = [para(tr(REPORTS, text), s["head"]) for text in (NAME, ROLE, DOB)]
    rows = [[para(p.name, s["cell"]), para(fmt.label(p.role), s["cell"]),
             para(fmt.date(p.date_of_birth), s["cell"])] for p in record.people]
    return out + data_tables(header, rows, [width - 80 * mm, 50 * mm, 30 * mm])


def _tests(
    record: DecisionRecord, fmt: RecordFormatter, tr: Translate, width: float, heading: str,
) -> list[Flowable]:
    s = styles()
    header = [para(tr(REPORTS, text), s["head"]) for text in (TEST, ANSWER, NOTE)]
    rows = []
    for test in SharingTest:
        answer = next((a for a in record.tests if a.test is test), None)
        yes_no = "" if answer is None or answer.answer is None else fmt.yes_no(answer.answer)
        rows.append([para(tr(VOCAB, test.label), s["label"]), para(yes_no, s["cell"]),
                     para("" if answer is None else answer.note, s["cell"])])
    return [para(heading, s["subheading"]),
            *data_tables(header, rows, [60 * mm, 18 * mm, width - 78 * mm])]


def _history(
    reviews: Sequence[Review], fmt: RecordFormatter, tr: Translate, width: float
) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [para(tr(REPORTS, HISTORY), s["heading"])]
    if not reviews:
        return [*out, para(tr(REPORTS, NO_REVIEWS), s["body"])]
    header = [para(tr(REPORTS, text), s["head"]) for text in (WHEN, BY, ACTION, COMMENT)]
    rows = [[para(fmt.datetime(r.at), s["cell"]), para(r.by, s["cell"]),
             para(fmt.label(r.action), s["cell"]), para(r.comment, s["cell"])]
            for r in reviews]
    return out + data_tables(header, rows, [28 * mm, 35 * mm, 35 * mm, width - 98 * mm])


def change_table(
    old: DecisionRecord, new: DecisionRecord, fmt: RecordFormatter, tr: Translate,
    width: float,
) -> list[Flowable]:
    """What changed from ``old`` to ``new``: question, before, after (or "No answer
    changed."). Also used by the subject access pack."""
    s = styles()
    found = changes(old, new, fmt.value)
    if not found:
        return [para(tr(REPORTS, NO_CHANGES), s["body"])]
    header = [para(tr(REPORTS, text), s["head"]) for text in (FIELD, BEFORE, AFTER)]
    rows = [[para(tr("fields", c.label), s["label"]), para(c.old, s["cell"]),
             para(c.new, s["cell"])] for c in found]
    rest = (width - 45 * mm) / 2
    return data_tables(header, rows, [45 * mm, rest, rest])


def _versions(
    record: DecisionRecord, versions: Sequence[Version], fmt: RecordFormatter,
    tr: Translate, width: float,
) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [para(tr(REPORTS, VERSIONS), s["heading"])]
    if not versions:
        return [*out, para(tr(REPORTS, NO_VERSIONS), s["body"])]
    return out + version_entries(record, versions, fmt, tr, width)


def version_entries(
    record: DecisionRecord, versions: Sequence[Version], fmt: RecordFormatter,
    tr: Translate, width: float, line_style: str = "subheading", first: str = FIRST_VERSION,
) -> list[Flowable]:
    """Each kept version (number, kind, when, by whom, an addendum's reason) with what
    changed from the one before, then what changed after the last one; [] with none.

    Shared by this report and the subject access pack (which passes a smaller
    ``line_style``, its versions sitting under a decision's own headings, and its
    own ``first``: the source text said of the first version).
    """
    if not versions:
        return []
    s = styles()
    out: list[Flowable] = []
    previous: DecisionRecord | None = None
    for version in versions:
        line = tr(REPORTS, VERSION_LINE if version.by else VERSION_LINE_NO_BY).format(
            number=version.number, kind=fmt.label(version.kind),
            when=fmt.datetime(version.at), by=version.by)
        head: list[Flowable] = [para(line, s[line_style])]
        if version.reason.strip():
            head.append(para(tr(REPORTS, REASON).format(reason=version.reason), s["body"]))
        if previous is None:
            body = [para(tr(REPORTS, first), s["body"])]
        else:
            body = change_table(previous, version.record, fmt, tr, width)
        out.append(KeepTogether([*head, body[0]]))
        out += body[1:]
        out.append(Spacer(1, 2 * mm))
        previous = version.record
    # Completion details and reviews change the record in place after the last
    # kept version; say what, so the printed versions add up to the record above.
    assert previous is not None
    if changes(previous, record, fmt.value):
        out.append(para(tr(REPORTS, SINCE_LAST).format(number=versions[-1].number),
                        s[line_style]))
        out += change_table(previous, record, fmt, tr, width)
    return out
