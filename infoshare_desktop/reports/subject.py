"""The subject access pack (A4 portrait): what is held about one case reference.

Written for the person who asked (UK GDPR Article 15): a plain-English covering
section saying what the pack is and how to read it, then one section per decision
with the facts Article 15 asks for first — when, what was shared, with which
organisation (and what kind), why, the lawful basis, consent, and whether the
person was told — then every other answer held on the record, the reviewers'
comments, and every kept version with its corrections (addenda and their reasons,
printed as the decision record report prints them, ``reports.record``). Third
parties are already redacted by ``services.oversight`` when asked, in every version.
"""

from __future__ import annotations

import os
from typing import IO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from infoshare_desktop.domain.display import JOIN, RecordFormatter, Translate, identity
from infoshare_desktop.domain.fields import FIELDS
from infoshare_desktop.domain.i18n import FIELDS as FIELDS_CONTEXT
from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP
from infoshare_desktop.reports.layout import (
    REPORTS,
    body_width,
    build_report,
    label_table,
    para,
    register_fonts,
    report_header,
    styles,
)
from infoshare_desktop.reports.oversight_data import SubjectAccessData, SubjectRecord
from infoshare_desktop.reports.record import version_entries

#: The PDF's title in its metadata (never a reference or a person's name).
METADATA_TITLE = "InfoShare subject access pack"
TITLE = QT_TRANSLATE_NOOP("reports", "Subject access pack")
DECISION_HEADING = QT_TRANSLATE_NOOP("reports", "Decision {number} of {count}: {reference}")
CASE_REFERENCE = QT_TRANSLATE_NOOP("reports", "Case reference")
THIRD_PARTIES = QT_TRANSLATE_NOOP("reports", "Third parties")
REDACTED = QT_TRANSLATE_NOOP("reports", "Redacted")
NOT_REDACTED = QT_TRANSLATE_NOOP("reports", "Not redacted")
DECISIONS = QT_TRANSLATE_NOOP("reports", "Decisions")
ABOUT = QT_TRANSLATE_NOOP("reports", "About this pack")
ALSO_RECORDED = QT_TRANSLATE_NOOP("reports", "Also recorded")
REVIEWERS = QT_TRANSLATE_NOOP("reports", "Reviewers\u2019 comments")
VERSIONS = QT_TRANSLATE_NOOP("reports", "Corrections and earlier versions")
VERSIONS_INTRO = QT_TRANSLATE_NOOP(
    "reports", "A version of the record is kept each time it is submitted or completed, "
               "and each time it is corrected afterwards (an addendum, with its reason). "
               "Each version shows what changed from the one before it.")
FIRST_VERSION = QT_TRANSLATE_NOOP(
    "reports", "The first version kept; the versions after it list what changed.")
NO_VERSIONS = QT_TRANSLATE_NOOP(
    "reports", "No earlier versions or corrections are held for this decision.")

DATE_OF_DECISION = QT_TRANSLATE_NOOP("reports", "Date of the decision")
PEOPLE = QT_TRANSLATE_NOOP("reports", "People the record is about")
DECIDED = QT_TRANSLATE_NOOP("reports", "What was decided")
SHARED = QT_TRANSLATE_NOOP("reports", "What was shared")
NOT_SHARED = QT_TRANSLATE_NOOP("reports", "What was not shared, and why")
SHARED_WITH = QT_TRANSLATE_NOOP("reports", "Shared with (organisation and type)")
WHEN_HOW = QT_TRANSLATE_NOOP("reports", "When and how it was shared")
WHY = QT_TRANSLATE_NOOP("reports", "Why")
LAWFUL_BASIS = QT_TRANSLATE_NOOP("reports", "Lawful basis")
CONSENT = QT_TRANSLATE_NOOP("reports", "Consent")
TOLD = QT_TRANSLATE_NOOP("reports", "Were you told?")

COVERING = (
    QT_TRANSLATE_NOOP(
        "reports",
        "This pack lists every record we hold, under the case reference above, of a "
        "decision to share or not to share personal information. You are entitled to it "
        "under Article 15 of the UK General Data Protection Regulation (the right of "
        "access)."),
    QT_TRANSLATE_NOOP(
        "reports",
        "For each decision it says when the decision was made, what information was shared "
        "(or not shared), which organisation received it and what kind of organisation that "
        "is, why it was shared, the lawful basis we relied on, whether consent was asked "
        "for, and whether you (or the person concerned) were told. The rest of what the "
        "record holds follows, with any comments made by the managers who reviewed it, "
        "and every earlier version of the record and correction made to it."),
    QT_TRANSLATE_NOOP(
        "reports", "Dates are UK dates (day/month/year) and times are UK local time."),
)
REDACTED_NOTE = QT_TRANSLATE_NOOP(
    "reports",
    "Information about other people (third parties) has been removed to protect their "
    "privacy. Where you see \u201c[redacted third party]\u201d, a name or other detail "
    "of another person has been taken out.")
NOT_REDACTED_NOTE = QT_TRANSLATE_NOOP("reports", "Nothing has been removed from this pack.")
CONTACT = QT_TRANSLATE_NOOP(
    "reports",
    "If anything here is wrong, or you want to know more, please contact us using the "
    "details in the letter that came with this pack.")

#: Fields printed in the key facts; every other field follows under "Also recorded".
KEY_FIELDS = frozenset({
    "decided_at", "outcome", "shared_description", "data_categories",
    "withheld_description", "withheld_reason", "recipient_organisation_id", "recipient_name",
    "recipient_role", "purpose_category", "purpose", "article6_basis", "article9_condition",
    "schedule1_condition", "confidentiality_basis", "legal_gateway", "consent",
    "consent_override_reasons", "consent_override_note", "person_informed",
    "person_informed_reason", "shared_at", "method", "people", "case_reference",
})


def _join(*parts: str) -> str:
    return "\n".join(part for part in parts if part.strip())


def _key_facts(item: SubjectRecord, f: RecordFormatter, tr: Translate) -> list[tuple[str, str]]:
    r = item.record
    kind = f.label(item.recipient_type)
    organisation = f"{item.recipient} ({kind})" if item.recipient and kind else (
        item.recipient or kind)
    who = ", ".join(part for part in (r.recipient_name, r.recipient_role) if part)
    return [(tr(REPORTS, label), value) for label, value in (
        (DATE_OF_DECISION, f.datetime(r.decided_at)),
        (PEOPLE, f.people(r)),
        (DECIDED, f.label(r.outcome)),
        (SHARED, _join(r.shared_description, JOIN.join(
            f.label(c) for c in r.data_categories))),
        (NOT_SHARED, _join(r.withheld_description, r.withheld_reason)),
        (SHARED_WITH, _join(organisation, who)),
        (WHEN_HOW, _join(f.datetime(r.shared_at), f.label(r.method))),
        (WHY, _join(f.label(r.purpose_category), r.purpose)),
        (LAWFUL_BASIS, _join(
            f.label(r.article6_basis), f.label(r.article9_condition),
            f.label(r.schedule1_condition), f.label(r.confidentiality_basis),
            f.label(r.legal_gateway))),
        (CONSENT, _join(f.label(r.consent), JOIN.join(
            f.label(c) for c in r.consent_override_reasons), r.consent_override_note)),
        (TOLD, _join(f.label(r.person_informed), r.person_informed_reason)),
    )]


def _also_recorded(
    item: SubjectRecord, f: RecordFormatter, tr: Translate,
) -> list[tuple[str, str]]:
    rows = []
    for field in FIELDS:
        if field.name in KEY_FIELDS:
            continue
        value = f.value(field, item.record)
        if value.strip():
            rows.append((tr(FIELDS_CONTEXT, field.label), value))
    return rows


def _versions(
    item: SubjectRecord, f: RecordFormatter, tr: Translate, width: float,
) -> list[Flowable]:
    """The record's kept versions and addenda, as the decision record report prints them."""
    s = styles()
    out: list[Flowable] = [para(tr(REPORTS, VERSIONS), s["subheading"])]
    if not item.versions:
        return [*out, para(tr(REPORTS, NO_VERSIONS), s["body"])]
    out += [para(tr(REPORTS, VERSIONS_INTRO), s["small"]), Spacer(1, 2 * mm)]
    return out + version_entries(item.record, item.versions, f, tr, width, "label",
                                 FIRST_VERSION)


def write_subject_pdf(
    data: SubjectAccessData,
    target: str | os.PathLike[str] | IO[bytes],
    translate: Translate = identity,
) -> int:
    """Write the pack to ``target``; returns the number of pages."""
    register_fonts()
    tr = translate
    s = styles()
    width = body_width()
    count = len(data.records)
    title = tr(REPORTS, TITLE)
    story: list[Flowable] = report_header(data.context, title, [
        (tr(REPORTS, CASE_REFERENCE), data.case_reference),
        (tr(REPORTS, THIRD_PARTIES), tr(REPORTS, REDACTED if data.redacted else NOT_REDACTED)),
        (tr(REPORTS, DECISIONS), str(count)),
    ], translate)
    story.append(para(tr(REPORTS, ABOUT), s["heading"]))
    for text in COVERING:
        story.append(para(tr(REPORTS, text), s["body"]))
        story.append(Spacer(1, 2 * mm))
    story.append(para(tr(REPORTS, REDACTED_NOTE if data.redacted else NOT_REDACTED_NOTE),
                      s["body"]))
    story.append(Spacer(1, 2 * mm))
    story.append(para(tr(REPORTS, CONTACT), s["body"]))
    for number, item in enumerate(data.records, start=1):
        formatter = RecordFormatter(translate, item.org_names)
        story.append(para(tr(REPORTS, DECISION_HEADING).format(
            number=number, count=count, reference=item.record.reference), s["heading"]))
        story.append(label_table(_key_facts(item, formatter, tr), 52 * mm, width, translate))
        also = _also_recorded(item, formatter, tr)
        if also:
            story.append(para(tr(REPORTS, ALSO_RECORDED), s["subheading"]))
            story.append(label_table(also, 52 * mm, width, translate))
        if item.reviews:
            story.append(para(tr(REPORTS, REVIEWERS), s["subheading"]))
            story.append(label_table(
                [(f"{formatter.datetime(n.at)} {n.by}", _join(formatter.label(n.action),
                                                               n.comment))
                 for n in item.reviews], 52 * mm, width, translate))
        story += _versions(item, formatter, tr, width)
    return build_report(target, story, context=data.context, title=title,
                        metadata_title=METADATA_TITLE, translate=translate)
