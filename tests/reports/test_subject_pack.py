"""The subject access pack read back with pypdf: the case's records, and redaction."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from infoshare_desktop.domain.audit import AuditAction
from infoshare_desktop.domain.record import DecisionRecord, PersonInvolved
from infoshare_desktop.domain.vocab import (
    PersonInformed,
    PersonRole,
    RecordStatus,
    Role,
    VersionKind,
)
from infoshare_desktop.reports import subject as subject_report
from infoshare_desktop.services import audit, oversight, records, reporting
from infoshare_desktop.services.errors import NotFoundError, ServiceError
from tests.reports.marked import Marked, reports, vocab
from tests.reports.oversight_data import add
from tests.services.org import Org, build

CASE = "CM-777001"
THIRD = PersonInvolved(PersonRole.THIRD_PARTY, "Quentin Zebedee-Hargreaves", date(1979, 8, 23))
OTHER_THIRD = PersonInvolved(PersonRole.THIRD_PARTY, "Rosalind Okonkwo", None)
CHILD = PersonInvolved(PersonRole.CHILD, "Tilly Marchbanks", date(2016, 4, 2))


@pytest.fixture
def org(db) -> Org:
    return build(db)


def _case(org: Org) -> list:
    other = org.add_user("bea_b", Role.PRACTITIONER, member_of=(org.team_b,))
    mention = ("Quentin said QUENTIN zebedee-hargreaves (born 23/08/1979) lives upstairs; "
               "Hargreaves and rosalind okonkwo were present.")
    made = [
        add(org.db, org.author, datetime(2026, 2, 3, 10, tzinfo=UTC), case_reference=CASE,
            people=[CHILD, THIRD], shared_description=mention,
            person_informed=PersonInformed.NOT_YET, person_informed_reason="Not safe yet."),
        add(org.db, org.author, datetime(2026, 2, 10, 10, tzinfo=UTC), case_reference=CASE,
            people=[CHILD, OTHER_THIRD], purpose="Rosalind Okonkwo reported concerns.",
            status=RecordStatus.SUBMITTED),
        # The same case by another team: a practitioner in team A may not read it.
        add(org.db, other, datetime(2026, 2, 12, 10, tzinfo=UTC), case_reference=CASE,
            people=[CHILD]),
        add(org.db, org.author, datetime(2026, 2, 11, 10, tzinfo=UTC),
            case_reference="CM-OTHER", people=[CHILD]),
    ]
    return made


def _text(path: Path) -> tuple[list[str], str]:
    texts = [page.extract_text() for page in PdfReader(str(path)).pages]
    return texts, "\n".join(texts)


def test_pack_holds_every_readable_record_of_the_case(org: Org, tmp_path: Path) -> None:
    guardian = org.add_user("gwen", Role.GUARDIAN)
    made = _case(org)
    path = tmp_path / "pack.pdf"
    pages = reporting.write_subject_pack(org.db, guardian, CASE, path, False)
    texts, everything = _text(path)
    assert len(texts) == pages
    for number, text in enumerate(texts, start=1):
        assert text.count("OFFICIAL-SENSITIVE") == 2
        assert f"Page {number} of {pages}" in text
    refs = re.findall(r"Decision \d+ of \d+: (IS-\d{4}-\d{6})", everything)
    assert refs == [r.reference for r in made[:3]]
    assert "Article 15" in texts[0] and f"Case reference: {CASE}" in texts[0]
    flat = " ".join(everything.split())
    assert "Quentin Zebedee-Hargreaves" in flat  # not redacted
    assert "Were you told?" in flat and "Not yet" in flat and "Not safe yet." in flat
    assert "Exampleshire Police – Public Protection Unit (Police)" in flat
    assert "(e) Public task" in flat
    assert PdfReader(str(path)).metadata.title == subject_report.METADATA_TITLE
    assert os.stat(path).st_mode & 0o077 == 0
    event = audit.find_events(org.db, guardian, actions=[AuditAction.REPORT])[0]
    assert event.details["filters"] == {"case_reference": CASE, "redacted": False,
                                        "pages": pages}
    assert event.details["rows"] == 3


def test_practitioner_sees_only_what_they_may_read(org: Org, tmp_path: Path) -> None:
    made = _case(org)
    path = tmp_path / "pack.pdf"
    reporting.write_subject_pack(org.db, org.author, CASE, path, True)
    _, everything = _text(path)
    assert re.findall(r"Decision \d+ of \d+: (IS-\d{4}-\d{6})", everything) == [
        r.reference for r in made[:2]]
    outsider = org.add_user("bea_c", Role.PRACTITIONER, member_of=(org.team_b,))
    with pytest.raises(NotFoundError, match="CM-OTHER"):
        reporting.write_subject_pack(org.db, outsider, "CM-OTHER", tmp_path / "x.pdf", True)
    assert not (tmp_path / "x.pdf").exists()


def test_redacted_pack_names_no_third_party(org: Org, tmp_path: Path) -> None:
    guardian = org.add_user("gwen", Role.GUARDIAN)
    _case(org)
    path = tmp_path / "pack.pdf"
    reporting.write_subject_pack(org.db, guardian, CASE, path, True)
    _, everything = _text(path)
    flat = " ".join(everything.split()).lower()
    for word in ("quentin", "zebedee", "hargreaves", "rosalind", "okonkwo",
                 "23/08/1979", "1979"):
        assert word not in flat, word
    assert "[redacted third party]" in flat
    assert "tilly marchbanks" in flat  # the child is not a third party
    assert "third parties: redacted" in flat


def test_unknown_case_and_bad_path(org: Org, tmp_path: Path) -> None:
    guardian = org.add_user("gwen", Role.GUARDIAN)
    _case(org)
    for case in ("CM-NOPE", "  "):
        with pytest.raises(ServiceError) as caught:
            reporting.write_subject_pack(org.db, guardian, case, tmp_path / "p.pdf", False)
        assert "\n" not in str(caught.value)
    with pytest.raises(ServiceError, match="Cannot write"):
        reporting.write_subject_pack(org.db, guardian, CASE, tmp_path / "no" / "p.pdf", False)
    assert list(tmp_path.glob("p.pdf*")) == []


def test_redactor_keeps_other_words() -> None:
    redactor = oversight.Redactor([THIRD, PersonInvolved(PersonRole.THIRD_PARTY, "Al Bo")])
    assert redactor.text("Quentin's flat; Quentinville; al bo") == (
        "[redacted third party]'s flat; Quentinville; [redacted third party]")
    assert redactor.text("born 23 August 1979") == "born [redacted third party]"


ADDENDUM_REASON = "Quentin Zebedee-Hargreaves is not part of this case; took him out."
BEFORE = "Quentin Zebedee-Hargreaves (born 23/08/1979) lives upstairs."
AFTER = "The child's school attendance since January."


def _corrected_case(org: Org) -> DecisionRecord:
    """One completed record naming a third party, then an addendum that takes him out:
    afterwards he is named only in the first version and in the addendum's reason."""
    decided = datetime(2026, 2, 3, 10, tzinfo=UTC)
    made = add(org.db, org.author, decided, case_reference=CASE, people=[CHILD, THIRD],
               shared_description=BEFORE, request_received_on=decided.date())
    stored = records.get_record(org.db, org.author, made.id)  # type: ignore[arg-type]
    records.add_addendum(org.db, org.author, made.id,  # type: ignore[arg-type]
                         replace(stored, people=[CHILD], shared_description=AFTER),
                         ADDENDUM_REASON)
    return made


def test_pack_shows_corrections_and_earlier_versions(org: Org, tmp_path: Path) -> None:
    guardian = org.add_user("gwen", Role.GUARDIAN)
    made = _corrected_case(org)
    data = oversight.subject_access_data(org.db, guardian, CASE, False)
    [item] = data.records
    assert [(v.number, v.kind) for v in item.versions] == [
        (1, VersionKind.COMPLETED), (2, VersionKind.ADDENDUM)]
    assert item.versions[0].record.shared_description == BEFORE
    path = tmp_path / "pack.pdf"
    reporting.write_subject_pack(org.db, guardian, CASE, path, False)
    _, everything = _text(path)
    flat = " ".join(everything.split())
    versions = flat[flat.index("Corrections and earlier versions"):]
    # Version 1 was kept by the app itself when the addendum came: no "by".
    assert re.search(r"Version 1: Completed, \d\d/\d\d/\d{4} \d\d:\d\d The first version kept",
                     versions)
    assert re.search(r"Version 2: Addendum, \d\d/\d\d/\d{4} \d\d:\d\d, by Alex", versions)
    assert f"Reason: {ADDENDUM_REASON}" in versions
    # The changed answers: question, before, after.
    assert f"What was shared {BEFORE} {AFTER}" in versions
    assert "People whose information is involved" in versions
    assert made.reference in flat


def test_pack_without_versions_says_so(org: Org, tmp_path: Path) -> None:
    guardian = org.add_user("gwen", Role.GUARDIAN)
    _case(org)
    path = tmp_path / "pack.pdf"
    reporting.write_subject_pack(org.db, guardian, CASE, path, False)
    _, everything = _text(path)
    flat = " ".join(everything.split())
    assert flat.count("No earlier versions or corrections are held for this decision.") == 3


def test_redaction_reaches_earlier_versions_and_reasons(org: Org, tmp_path: Path) -> None:
    guardian = org.add_user("gwen", Role.GUARDIAN)
    _corrected_case(org)
    data = oversight.subject_access_data(org.db, guardian, CASE, True)
    [item] = data.records
    # The record as it stands names him nowhere: only the redactor's memory of the
    # first version can take him out of it and of the reason.
    assert THIRD not in item.record.people
    assert "[redacted third party]" in item.versions[1].reason
    assert all(p.name != THIRD.name for v in item.versions for p in v.record.people)
    path = tmp_path / "pack.pdf"
    reporting.write_subject_pack(org.db, guardian, CASE, path, True)
    _, everything = _text(path)
    flat = " ".join(everything.split()).lower()
    for word in ("quentin", "zebedee", "hargreaves", "23/08/1979", "1979"):
        assert word not in flat, word
    assert "reason: [redacted third party] is not part of this case" in flat
    assert "[redacted third party] (born [redacted third party]) lives upstairs" in flat
    assert AFTER.lower() in flat
    assert "version 2: addendum" in flat


def test_every_word_goes_through_translate(org: Org, tmp_path: Path) -> None:
    guardian = org.add_user("gwen", Role.GUARDIAN)
    _corrected_case(org)
    _case(org)
    translate = Marked()
    path = tmp_path / "translated.pdf"
    reporting.write_subject_pack(org.db, guardian, CASE, path, True, translate=translate)
    texts, everything = _text(path)
    flat = re.sub(r"\s+\u00bb", "\u00bb", " ".join(everything.split()))
    first = " ".join(texts[0].split())
    assert reports("Subject access pack") in first
    assert f"{reports('Case reference')}: {CASE}" in first
    assert f"{reports('Third parties')}: {reports('Redacted')}" in first
    assert f"{reports('Decisions')}: 4" in first
    assert reports("About this pack") in first
    assert reports(subject_report.COVERING[0]) in first
    assert reports(subject_report.REDACTED_NOTE) in first
    assert reports(subject_report.CONTACT) in first
    assert re.search(r"\u00abDecision 1 of 4: IS-\d{4}-\d{6}\u00bb", flat)
    for text in ("Date of the decision", "People the record is about", "What was decided",
                 "Shared with (organisation and type)", "Lawful basis", "Were you told?",
                 "Also recorded", "Corrections and earlier versions",
                 "No earlier versions or corrections are held for this decision.",
                 # The stand-in for a third party is translated too.
                 f"Reason: {reports(oversight.REDACTED)} is not part of this case; took him out.",
                 "Question", "Before", "After",
                 # A field's label ("fields" context) under "Also recorded" and in changes.
                 "Requesting organisation", "What was shared"):
        assert reports(text) in flat, text
    assert vocab(PersonInformed.NOT_YET.label) in flat
    assert f"({vocab(PersonRole.CHILD.label)}, dob 02/04/2016)" in flat
    assert re.search(r"\u00abVersion 2: \u2039Addendum\u203a, [\d/: ]+, by Alex Author\u00bb",
                     flat)
    assert ("fields", "What was shared") in translate.calls
    # Nothing printed in plain English that has a translation.
    for text in ("Date of the decision", "Corrections and earlier versions", "Were you told?"):
        assert flat.count(text) == flat.count(reports(text)), text
