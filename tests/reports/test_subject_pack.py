"""The subject access pack read back with pypdf: the case's records, and redaction."""

from __future__ import annotations

import os
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from infoshare_desktop.domain.audit import AuditAction
from infoshare_desktop.domain.record import PersonInvolved
from infoshare_desktop.domain.vocab import PersonInformed, PersonRole, RecordStatus, Role
from infoshare_desktop.reports import subject as subject_report
from infoshare_desktop.services import audit, oversight, reporting
from infoshare_desktop.services.errors import NotFoundError, ServiceError
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
