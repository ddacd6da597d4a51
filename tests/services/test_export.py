"""The CSV export: one row per record, every field, as a person reads it on screen."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from infoshare_desktop.domain.fields import FIELDS, Section, fields_in
from infoshare_desktop.domain.record import AdviceSought, PersonInvolved
from infoshare_desktop.domain.record import TestAnswer as Answer
from infoshare_desktop.domain.vocab import (
    AdviceSource,
    DataCategory,
    Outcome,
    PersonRole,
    SharingTest,
    TransferMethod,
)
from infoshare_desktop.services import export
from infoshare_desktop.services.export import export_csv, header
from infoshare_desktop.services.organisations import save_organisation
from infoshare_desktop.services.records import mark_complete, save_draft
from infoshare_desktop.storage.database import Database
from tests.factories import complete_record, organisation

WINTER = datetime(2026, 1, 15, 16, 5, tzinfo=UTC)


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def org_id(db: Database) -> int:
    org = save_organisation(db, organisation(name="Riverside Primary School"))
    assert org.id is not None
    return org.id


def test_a_shared_record_is_written_as_people_read_it(
    db: Database, org_id: int, tmp_path: Path
) -> None:
    tests = [Answer(t, True) for t in SharingTest]
    tests[0] = Answer(SharingTest.NECESSARY, True, "Risk of harm")
    tests[6] = Answer(SharingTest.SECURE, False, "Only post; sent sealed")
    record = complete_record(
        recipient_organisation_id=org_id,
        people=[PersonInvolved(PersonRole.CHILD, "Ada Testington", date(2015, 6, 1)),
                PersonInvolved(PersonRole.THIRD_PARTY, "Cy Sampleford", None)],
        tests=tests,
        data_categories=[DataCategory.IDENTITY_CONTACT, DataCategory.EDUCATION],
        advice=[AdviceSought(AdviceSource.LINE_MANAGER, "Share dates; not notes"),
                AdviceSought(AdviceSource.LEGAL, "Fine")],
        decided_at=WINTER,
        shared_at=WINTER,
        request_received_on=None,
        emergency=True,
    )
    saved = mark_complete(db, record)
    out = tmp_path / "out.csv"

    assert export_csv(db, out) == 1

    [row] = _read(out)
    assert row["Reference"] == saved.reference
    assert row["Status"] == "Completed"
    assert row["People whose information is involved"] == (
        "Ada Testington (Child, dob 01/06/2015); Cy Sampleford (Third party)"
    )
    assert row["How it started"] == "Proactive share"
    assert row["Emergency: shared first, recorded after"] == "Yes"
    assert row["Necessary"] == "Yes – Risk of harm"
    assert row["Relevant"] == "Yes"
    assert row["Secure"] == "No – Only post; sent sealed"
    assert row["Categories of data shared"] == "Identity and contact; Education"
    assert row["Recipient organisation"] == "Riverside Primary School"
    assert row["Advice sought"] == (
        "Line manager: Share dates; not notes\nLegal: Fine"
    )
    assert row["Date and time of decision"] == "15/01/2026 16:05"  # GMT in winter
    assert row["UK GDPR Article 6 basis"] == "(e) Public task"
    assert row["Method"] == TransferMethod.SECURE_EMAIL.label
    assert row["Date of authorisation"] == saved.authorised_on.strftime("%d/%m/%Y")
    # Questions the form hides for this record are left empty.
    assert row["Requesting organisation"] == ""
    assert row["What was withheld"] == ""
    assert row["Date referred to the Guardian"] == ""
    assert row["Created"] and row["Last saved"]


def test_not_shared_leaves_the_transfer_questions_empty(db: Database, tmp_path: Path) -> None:
    save_draft(db, complete_record(outcome=Outcome.NOT_SHARED, recipient_organisation_id=None))
    out = tmp_path / "out.csv"
    export_csv(db, out)
    [row] = _read(out)
    assert row["Status"] == "Draft"
    assert row["What was withheld"] != ""
    transfer = [f.label for f in fields_in(Section.TRANSFER) if f.name != "follow_up_on"]
    assert {row[label] for label in transfer} == {""}
    assert {row[t.label] for t in SharingTest} == {"Yes – Checked"}


def test_text_that_a_spreadsheet_would_run_as_a_formula_is_neutralised(
    db: Database, tmp_path: Path
) -> None:
    save_draft(db, complete_record(purpose="=HYPERLINK(\"http://x\")", necessity="-1+1",
                                   case_reference="@SUM(A1)", recipient_organisation_id=None))
    out = tmp_path / "out.csv"
    export_csv(db, out)
    [row] = _read(out)
    assert row["Purpose"] == "'=HYPERLINK(\"http://x\")"
    assert row["Why it is necessary and proportionate"] == "'-1+1"
    assert row["Case reference"] == "'@SUM(A1)"


def test_an_empty_database_gives_just_the_header(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    assert export_csv(db, out) == 0
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert rows == [header()]
    tests_columns = len(SharingTest) - 1
    assert len(rows[0]) == 2 + len(FIELDS) + tests_columns + 2


def test_header_is_translated_through_the_given_function() -> None:
    shouted = header(lambda context, text: text.upper())
    assert shouted[:2] == ["REFERENCE", "STATUS"]
    assert "NECESSARY" in shouted


def test_a_failure_part_way_keeps_the_old_file_and_leaves_no_partial(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for _ in range(3):
        save_draft(db, complete_record(recipient_organisation_id=None))
    out = tmp_path / "out.csv"
    out.write_text("previous")
    written = []

    def failing_row(record: object, formatter: object) -> list[str]:
        if written:
            raise OSError(28, "No space left on device")
        written.append(record)
        return ["x"]

    monkeypatch.setattr(export, "row", failing_row)
    with pytest.raises(OSError):
        export_csv(db, out)
    assert out.read_text() == "previous"
    assert written, "the export had started writing"
    assert not (tmp_path / "out.csv.part").exists()
