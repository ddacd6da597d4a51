"""The subject access pack (A4 portrait): what is held about one case reference.

Written for the person who asked (UK GDPR Article 15): a plain-English covering
section saying what the pack is and how to read it, then one section per decision
with the facts Article 15 asks for first — when, what was shared, with which
organisation (and what kind), why, the lawful basis, consent, and whether the
person was told — then every other answer held on the record and the reviewers'
comments. Third parties are already redacted by ``services.oversight`` when asked.
"""

from __future__ import annotations

import os
from typing import IO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from infoshare_desktop.domain.display import JOIN, RecordFormatter, Translate, identity
from infoshare_desktop.domain.fields import FIELDS
from infoshare_desktop.reports.layout import (
    body_width,
    build_report,
    label_table,
    para,
    register_fonts,
    report_header,
    styles,
)
from infoshare_desktop.services.oversight import SubjectAccessData, SubjectRecord

METADATA_TITLE = "InfoShare subject access pack"
TITLE = "Subject access pack"
DECISION_HEADING = "Decision {number} of {count}: {reference}"

COVERING = (
    "This pack lists every record we hold, under the case reference above, of a "
    "decision to share or not to share personal information. You are entitled to it "
    "under Article 15 of the UK General Data Protection Regulation (the right of access).",
    "For each decision it says when the decision was made, what information was shared "
    "(or not shared), which organisation received it and what kind of organisation that "
    "is, why it was shared, the lawful basis we relied on, whether consent was asked "
    "for, and whether you (or the person concerned) were told. The rest of what the "
    "record holds follows, with any comments made by the managers who reviewed it.",
    "Dates are UK dates (day/month/year) and times are UK local time.",
)
REDACTED_NOTE = (
    "Information about other people (third parties) has been removed to protect their "
    "privacy. Where you see \u201c[redacted third party]\u201d, a name or other detail "
    "of another person has been taken out."
)
NOT_REDACTED_NOTE = "Nothing has been removed from this pack."
CONTACT = (
    "If anything here is wrong, or you want to know more, please contact us using the "
    "details in the letter that came with this pack."
)

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


def _key_facts(item: SubjectRecord, f: RecordFormatter) -> list[tuple[str, str]]:
    r = item.record
    kind = f.label(item.recipient_type)
    organisation = f"{item.recipient} ({kind})" if item.recipient and kind else (
        item.recipient or kind)
    who = ", ".join(part for part in (r.recipient_name, r.recipient_role) if part)
    return [
        ("Date of the decision", f.datetime(r.decided_at)),
        ("People the record is about", f.people(r)),
        ("What was decided", f.label(r.outcome)),
        ("What was shared", _join(r.shared_description, JOIN.join(
            f.label(c) for c in r.data_categories))),
        ("What was not shared, and why", _join(r.withheld_description, r.withheld_reason)),
        ("Shared with (organisation and type)", _join(organisation, who)),
        ("When and how it was shared", _join(f.datetime(r.shared_at), f.label(r.method))),
        ("Why", _join(f.label(r.purpose_category), r.purpose)),
        ("Lawful basis", _join(
            f.label(r.article6_basis), f.label(r.article9_condition),
            f.label(r.schedule1_condition), f.label(r.confidentiality_basis),
            f.label(r.legal_gateway))),
        ("Consent", _join(f.label(r.consent), JOIN.join(
            f.label(c) for c in r.consent_override_reasons), r.consent_override_note)),
        ("Were you told?", _join(f.label(r.person_informed), r.person_informed_reason)),
    ]


def _also_recorded(item: SubjectRecord, f: RecordFormatter) -> list[tuple[str, str]]:
    rows = []
    for field in FIELDS:
        if field.name in KEY_FIELDS:
            continue
        value = f.value(field, item.record)
        if value.strip():
            rows.append((field.label, value))
    return rows


def write_subject_pdf(
    data: SubjectAccessData,
    target: str | os.PathLike[str] | IO[bytes],
    translate: Translate = identity,
) -> int:
    """Write the pack to ``target``; returns the number of pages."""
    register_fonts()
    s = styles()
    width = body_width()
    formatter = RecordFormatter(translate)
    count = len(data.records)
    story: list[Flowable] = report_header(data.context, TITLE, [
        ("Case reference", data.case_reference),
        ("Third parties", "Redacted" if data.redacted else "Not redacted"),
        ("Decisions", str(count)),
    ], translate)
    story.append(para("About this pack", s["heading"]))
    for text in COVERING:
        story.append(para(text, s["body"]))
        story.append(Spacer(1, 2 * mm))
    story.append(para(REDACTED_NOTE if data.redacted else NOT_REDACTED_NOTE, s["body"]))
    story.append(Spacer(1, 2 * mm))
    story.append(para(CONTACT, s["body"]))
    for number, item in enumerate(data.records, start=1):
        story.append(para(DECISION_HEADING.format(
            number=number, count=count, reference=item.record.reference), s["heading"]))
        story.append(label_table(_key_facts(item, formatter), 52 * mm, width, translate))
        also = _also_recorded(item, formatter)
        if also:
            story.append(para("Also recorded", s["subheading"]))
            story.append(label_table(also, 52 * mm, width, translate))
        if item.reviews:
            story.append(para("Reviewers\u2019 comments", s["subheading"]))
            story.append(label_table(
                [(f"{formatter.datetime(n.at)} {n.by}", _join(formatter.label(n.action),
                                                               n.comment))
                 for n in item.reviews], 52 * mm, width, translate))
    return build_report(target, story, context=data.context, title=TITLE,
                        metadata_title=METADATA_TITLE, translate=translate)
