"""``RecordFormatter``: a record's answers as a person reads them, for display and diffs."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from infoshare_desktop.domain.diff import changes
from infoshare_desktop.domain.display import RecordFormatter
from infoshare_desktop.domain.fields import FIELDS, FIELDS_BY_NAME, Kind
from infoshare_desktop.domain.record import AdviceSought, PersonInvolved
from infoshare_desktop.domain.record import TestAnswer as Answer
from infoshare_desktop.domain.vocab import (
    AdviceSource,
    DataCategory,
    Outcome,
    PersonRole,
    SharingTest,
)
from tests.factories import complete_record

SUMMER = datetime(2025, 6, 30, 9, 15, tzinfo=UTC)  # 10:15 in London (BST)
WINTER = datetime(2026, 1, 15, 16, 5, tzinfo=UTC)  # 16:05 in London (GMT)


def show(name: str, formatter: RecordFormatter | None = None, **overrides: object) -> str:
    record = complete_record(**overrides)  # type: ignore[arg-type]
    return (formatter or RecordFormatter()).value(FIELDS_BY_NAME[name], record)


def test_every_kind_of_field_is_shown_as_text() -> None:
    record = complete_record()
    formatter = RecordFormatter(org_names={1: "Riverside Primary School"})
    for f in FIELDS:
        assert isinstance(formatter.value(f, record), str), f.name
    assert {f.kind for f in FIELDS} == set(Kind), "a kind no record field uses"


def test_labels_dates_and_flags_read_as_on_screen() -> None:
    assert show("outcome", outcome=Outcome.NOT_SHARED) == "Not shared"
    assert show("data_categories", data_categories=[
        DataCategory.IDENTITY_CONTACT, DataCategory.EDUCATION]) == "Identity and contact; Education"
    assert show("consent", consent=None) == ""
    assert show("emergency", emergency=True) == "Yes"
    assert show("emergency", emergency=False) == "No"
    assert show("follow_up_on", follow_up_on=date(2026, 4, 7)) == "07/04/2026"
    assert show("follow_up_on", follow_up_on=None) == ""


@pytest.mark.parametrize(("moment", "expected"), [(SUMMER, "30/06/2025 10:15"),
                                                  (WINTER, "15/01/2026 16:05")])
def test_times_are_london_time(moment: datetime, expected: str) -> None:
    assert show("decided_at", decided_at=moment) == expected


def test_people_advice_tests_and_organisation() -> None:
    people = [PersonInvolved(PersonRole.CHILD, "Ada Testington", date(2015, 6, 1)),
              PersonInvolved(PersonRole.THIRD_PARTY, "Cy Sampleford", None)]
    assert show("people", people=people) == (
        "Ada Testington (Child, dob 01/06/2015); Cy Sampleford (Third party)")
    advice = [AdviceSought(AdviceSource.LINE_MANAGER, "Share dates; not notes"),
              AdviceSought(AdviceSource.LEGAL, "Fine")]
    assert show("advice", advice=advice) == "Line manager: Share dates; not notes\nLegal: Fine"
    tests = [Answer(SharingTest.NECESSARY, True, "Risk of harm"),
             Answer(SharingTest.SECURE, False)]
    assert show("tests", tests=tests) == "Necessary: Yes – Risk of harm\nSecure: No"
    named = RecordFormatter(org_names={7: "Kingsmead Academy"})
    assert show("recipient_organisation_id", named, recipient_organisation_id=7) == (
        "Kingsmead Academy")
    assert show("recipient_organisation_id", named, recipient_organisation_id=None) == ""


def test_free_text_is_shown_exactly_with_no_spreadsheet_guard() -> None:
    assert show("purpose", purpose="=1+1 (a note)") == "=1+1 (a note)"


def test_translation_goes_through_the_given_function() -> None:
    shouting = RecordFormatter(lambda context, text: text.upper())
    assert show("emergency", shouting, emergency=True) == "YES"
    assert show("outcome", shouting, outcome=Outcome.NOT_SHARED) == "NOT SHARED"


def test_diff_uses_the_formatter_to_say_what_changed() -> None:
    old = complete_record()
    tests = [replace(a, note="Rechecked") if a.test is SharingTest.SECURE else a
             for a in old.tests]
    new = replace(old, outcome=Outcome.NOT_SHARED, purpose="A new purpose.", tests=tests,
                  decided_at=WINTER)
    found = {c.field: (c.label, c.old, c.new)
             for c in changes(old, new, RecordFormatter().value)}
    assert set(found) == {"outcome", "purpose", "tests", "decided_at"}
    assert found["outcome"][1:] == ("Shared in full", "Not shared")
    assert found["decided_at"][2] == "15/01/2026 16:05"
    assert "Secure: Yes – Rechecked" in found["tests"][2]
    assert changes(old, replace(old), RecordFormatter().value) == []
