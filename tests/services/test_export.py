"""The CSV export: one row per record the user may read, every field, as a person reads
it on screen, with the practitioner who wrote it."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.fields import FIELDS, Section, fields_in
from infoshare_desktop.domain.record import AdviceSought, PersonInvolved
from infoshare_desktop.domain.record import TestAnswer as Answer
from infoshare_desktop.domain.vocab import (
    AdviceSource,
    DataCategory,
    Outcome,
    PersonRole,
    Role,
    SharingTest,
    TransferMethod,
)
from infoshare_desktop.services import export, review, settings
from infoshare_desktop.services.errors import PermissionDeniedError
from infoshare_desktop.services.export import export_csv, header
from infoshare_desktop.services.organisations import save_organisation
from infoshare_desktop.services.records import mark_complete, save_draft, submit
from infoshare_desktop.storage.database import Database
from tests.factories import complete_record, make_user, organisation, organisation_admin

WINTER = datetime(2026, 1, 15, 16, 5, tzinfo=UTC)


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def author(db: Database) -> User:
    return make_user(db, "sam", Role.PRACTITIONER, teams=("Team A",),
                     full_name="Sam Sampleford")


@pytest.fixture
def org_id(db: Database, author: User) -> int:
    org = save_organisation(db, author, organisation(name="Riverside Primary School"))
    assert org.id is not None
    return org.id


def test_a_shared_record_is_written_as_people_read_it(
    db: Database, author: User, org_id: int, tmp_path: Path
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
    )
    manager = make_user(db, "morgan", Role.MANAGER, manages=("Team A",),
                        full_name="Morgan Managerly", job_title="Team manager")
    submitted = submit(db, author, record)
    assert submitted.id is not None
    authorised = review.authorise(db, manager, submitted.id, "Agreed.")
    saved = mark_complete(db, author, replace(authorised, shared_at=WINTER,
                                              method=TransferMethod.SECURE_EMAIL))
    out = tmp_path / "out.csv"

    assert export_csv(db, author, out) == 1

    [row] = _read(out)
    assert row["Reference"] == saved.reference
    assert row["Status"] == "Completed"
    assert row["Practitioner"] == "Sam Sampleford"
    assert row["People whose information is involved"] == (
        "Ada Testington (Child, dob 01/06/2015); Cy Sampleford (Third party)"
    )
    assert row["How it started"] == "Proactive share"
    assert row["Emergency: shared first, recorded after"] == "No"
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
    # The authorisation block is the manager's review, not what the author typed.
    assert row["Date of authorisation"] == saved.authorised_on.strftime("%d/%m/%Y")
    assert row["Authorising manager"] == "Morgan Managerly"
    assert row["Manager's comment"] == "Agreed."
    # Questions the form hides for this record are left empty.
    assert row["Requesting organisation"] == ""
    assert row["What was withheld"] == ""
    assert row["Date referred to the Guardian"] == ""
    assert row["Created"] and row["Last saved"]


def test_not_shared_leaves_the_transfer_questions_empty(
    db: Database, author: User, tmp_path: Path
) -> None:
    save_draft(db, author, complete_record(outcome=Outcome.NOT_SHARED,
                                           recipient_organisation_id=None))
    out = tmp_path / "out.csv"
    export_csv(db, author, out)
    [row] = _read(out)
    assert row["Status"] == "Draft"
    assert row["What was withheld"] != ""
    transfer = [f.label for f in fields_in(Section.TRANSFER) if f.name != "follow_up_on"]
    assert {row[label] for label in transfer} == {""}
    assert {row[t.label] for t in SharingTest} == {"Yes – Checked"}


def test_text_that_a_spreadsheet_would_run_as_a_formula_is_neutralised(
    db: Database, tmp_path: Path
) -> None:
    odd = make_user(db, "dash", full_name="+Dash Person")
    save_draft(db, odd, complete_record(
        purpose="=HYPERLINK(\"http://x\")", necessity="-1+1", case_reference="@SUM(A1)",
        people=[PersonInvolved(PersonRole.CHILD, "=Ada", None)],
        recipient_organisation_id=None))
    out = tmp_path / "out.csv"
    export_csv(db, odd, out)
    [row] = _read(out)
    assert row["Purpose"] == "'=HYPERLINK(\"http://x\")"
    assert row["Why it is necessary and proportionate"] == "'-1+1"
    assert row["Case reference"] == "'@SUM(A1)"
    assert row["People whose information is involved"] == "'=Ada (Child)"
    assert row["Practitioner"] == "'+Dash Person"


def test_an_empty_database_gives_just_the_header(
    db: Database, author: User, tmp_path: Path
) -> None:
    out = tmp_path / "out.csv"
    assert export_csv(db, author, out) == 0
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert rows == [header()]
    assert rows[0][:3] == ["Reference", "Status", "Practitioner"]
    tests_columns = len(SharingTest) - 1
    assert len(rows[0]) == 3 + len(FIELDS) + tests_columns + 2


def test_header_is_translated_through_the_given_function() -> None:
    shouted = header(lambda context, text: text.upper())
    assert shouted[:3] == ["REFERENCE", "STATUS", "PRACTITIONER"]
    assert "NECESSARY" in shouted


def test_a_failure_part_way_keeps_the_old_file_and_leaves_no_partial(
    db: Database, author: User, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for _ in range(3):
        save_draft(db, author, complete_record(recipient_organisation_id=None))
    out = tmp_path / "out.csv"
    out.write_text("previous")
    written = []

    def failing_row(record: object, formatter: object, author_name: str) -> list[str]:
        if written:
            raise OSError(28, "No space left on device")
        written.append(record)
        return ["x"]

    monkeypatch.setattr(export, "row", failing_row)
    with pytest.raises(OSError):
        export_csv(db, author, out)
    assert out.read_text() == "previous"
    assert written, "the export had started writing"
    assert not (tmp_path / "out.csv.part").exists()


# --- who sees what ------------------------------------------------------------------------


def _authors(path: Path) -> list[str]:
    return sorted(row["Practitioner"] for row in _read(path))


@pytest.fixture
def two_teams(db: Database) -> dict[str, User]:
    """Two practitioners in team A, one in team B, one record each."""
    people = {
        "a1": make_user(db, "a1", teams=("Team A",), full_name="Ann One"),
        "a2": make_user(db, "a2", teams=("Team A",), full_name="Ann Two"),
        "b1": make_user(db, "b1", teams=("Team B",), full_name="Bob One"),
        "manager_a": make_user(db, "manager_a", Role.MANAGER, manages=("Team A",)),
        "guardian": make_user(db, "guardian", Role.GUARDIAN),
        "admin": organisation_admin(db),
    }
    for name in ("a1", "a2", "b1"):
        save_draft(db, people[name], complete_record(recipient_organisation_id=None))
    return people


def test_a_practitioner_exports_only_their_own_records(
    db: Database, two_teams: dict[str, User], tmp_path: Path
) -> None:
    out = tmp_path / "a1.csv"
    assert export_csv(db, two_teams["a1"], out) == 1
    assert _authors(out) == ["Ann One"]


def test_with_team_reading_allowed_a_practitioner_exports_their_teams_records(
    db: Database, two_teams: dict[str, User], tmp_path: Path
) -> None:
    admin = two_teams["admin"]
    settings.update_settings(db, admin, replace(settings.get_settings(db),
                                                team_read_allowed=True))
    out = tmp_path / "a1.csv"
    assert export_csv(db, two_teams["a1"], out) == 2
    assert _authors(out) == ["Ann One", "Ann Two"]


def test_a_manager_exports_the_teams_they_manage_and_the_guardian_everything(
    db: Database, two_teams: dict[str, User], tmp_path: Path
) -> None:
    out = tmp_path / "m.csv"
    assert export_csv(db, two_teams["manager_a"], out) == 2
    assert _authors(out) == ["Ann One", "Ann Two"]
    assert export_csv(db, two_teams["guardian"], out) == 3
    assert _authors(out) == ["Ann One", "Ann Two", "Bob One"]


def test_an_administrator_is_told_there_is_nothing_they_may_export(
    db: Database, two_teams: dict[str, User], tmp_path: Path
) -> None:
    out = tmp_path / "admin.csv"
    with pytest.raises(PermissionDeniedError, match="cannot read decision records"):
        export_csv(db, two_teams["admin"], out)
    assert not out.exists()
    assert not out.with_name("admin.csv.part").exists()
