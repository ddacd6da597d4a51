"""Any answer saved as a draft comes back exactly as typed, or is refused by name.

Hypothesis fills every field with hostile text (NUL bytes, lone surrogates, right-to-
left marks, emoji, combining characters) and dates from year 1 to 9999 in odd zones,
then saves through ``records.save_draft`` and reads back with ``records.get_record``.
What the rules refuse must be refused with a ``ValidationError`` naming the field;
everything else must come back unchanged. The search box takes any text too.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from infoshare_desktop.domain.fields import FIELDS, LONG_TEXT_MAX
from infoshare_desktop.domain.record import DecisionRecord, PersonInvolved
from infoshare_desktop.domain.rules import (
    MSG_IMPOSSIBLE_TIME,
    MSG_TOO_LONG,
    MSG_UNUSUAL_CHARACTER,
    draft_problems,
)
from infoshare_desktop.domain.workflow import REVIEW_FIELDS
from infoshare_desktop.services import records
from infoshare_desktop.services.errors import ValidationError
from infoshare_desktop.services.records import RecordFilter, RecordSort
from infoshare_desktop.storage.database import Database
from tests import strategies as hostile
from tests.factories import quick_hashing
from tests.services.org import Org, build

#: What the author typed; the rest (reference, status, times) the service sets.
CONTENT = [f.name for f in FIELDS if f.name not in REVIEW_FIELDS]
ONE_MB = 1_000_000


@pytest.fixture(scope="module")
def org(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Org]:
    """One database for every example: a new file each time would dominate the run."""
    path: Path = tmp_path_factory.mktemp("round-trip") / "infoshare.db"
    with quick_hashing():
        db = Database.open(path)
        try:
            yield build(db)
        finally:
            db.close()


def _expected_problem_fields(org: Org, record: DecisionRecord) -> set[str]:
    fields = {p.field for p in draft_problems(record, datetime.now(UTC))}
    chosen = record.recipient_organisation_id
    if chosen is not None and chosen != org.organisation_id:
        fields.add("recipient_organisation_id")
    return fields


def _assert_round_trip(org: Org, record: DecisionRecord) -> DecisionRecord | None:
    """Save ``record``; returns what came back, or None when it was refused as expected."""
    expected = _expected_problem_fields(org, record)
    if expected:
        with pytest.raises(ValidationError) as refused:
            records.save_draft(org.db, org.author, record)
        assert {p.field for p in refused.value.problems} == expected
        assert str(refused.value)
        return None
    saved = records.save_draft(org.db, org.author, record)
    assert saved.id is not None
    back = records.get_record(org.db, org.author, saved.id)
    for name in CONTENT:
        assert _instant(getattr(back, name)) == _instant(getattr(record, name)), name
    return back


def _instant(value: object) -> object:
    """A time as its UTC instant: a UK time in the spring-forward gap or the autumn fold
    never compares equal to another zone (PEP 495), though it is the same instant."""
    return value.astimezone(UTC) if isinstance(value, datetime) else value


#: Mostly drafts the rules accept (so the round trip is exercised), some anything at all.
_drafts = hostile.records(hostile.storable_text, saveable=True) | hostile.records()


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(record=_drafts, known_organisation=st.booleans(), search=hostile.any_text)
def test_any_draft_comes_back_as_saved_or_is_refused_by_name(
    org: Org, record: DecisionRecord, known_organisation: bool, search: str
) -> None:
    if known_organisation:
        record.recipient_organisation_id = org.organisation_id
    back = _assert_round_trip(org, record)
    event("saved" if back is not None else "refused")
    criteria = RecordFilter(search=search)
    count = records.count_records(org.db, org.author, criteria)
    assert len(records.page_records(org.db, org.author, criteria, RecordSort(), 0, 5)) <= count
    if back is not None and back.case_reference.strip():
        found = records.count_records(org.db, org.author,
                                      RecordFilter(search=back.case_reference))
        assert found >= 0


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=hostile.storable_text)
def test_storable_text_in_every_text_field_is_kept_exactly(org: Org, text: str) -> None:
    record = DecisionRecord(
        case_reference=text[:300], purpose=text, request_details=text + text,
        people=[PersonInvolved(None, text)],
    )
    assert _assert_round_trip(org, record) is not None


@pytest.mark.parametrize(
    "text",
    [
        "a\x00b\x00",  # NUL bytes: SQLite keeps them in TEXT through Python
        "\u202eעברית\u200f and العربية\u200e",  # right-to-left text and marks
        "\U0001f469\u200d\U0001f467 \U0001f1ec\U0001f1e7 \U0001f600",  # joined emoji, a flag
        "e\u0301\u0301 A\u030a \u1100\u1161",  # combining characters
        "line\r\nbreaks\u2028and\ttabs\ufeff",
    ],
)
def test_awkward_text_round_trips(org: Org, text: str) -> None:
    back = _assert_round_trip(org, DecisionRecord(purpose=text, case_reference=text))
    assert back is not None and back.purpose == text


def test_a_lone_surrogate_is_refused_naming_the_field(org: Org) -> None:
    record = DecisionRecord(case_reference="CASE-1", purpose="half an emoji \ud83d")
    with pytest.raises(ValidationError) as refused:
        records.save_draft(org.db, org.author, record)
    assert [(p.field, p.message) for p in refused.value.problems] == [
        ("purpose", MSG_UNUSUAL_CHARACTER)
    ]
    assert "unusual character" in str(refused.value)


def test_the_longest_answer_round_trips_and_a_megabyte_is_refused(org: Org) -> None:
    longest = ("\U0001f600e\u0301" * LONG_TEXT_MAX)[:LONG_TEXT_MAX]  # 4 bytes a character
    back = _assert_round_trip(org, DecisionRecord(purpose=longest))
    assert back is not None and back.purpose == longest
    with pytest.raises(ValidationError) as refused:
        records.save_draft(org.db, org.author, DecisionRecord(purpose="x" * ONE_MB))
    assert [(p.field, p.message) for p in refused.value.problems] == [("purpose", MSG_TOO_LONG)]


def test_a_megabyte_search_does_not_break_the_list(org: Org) -> None:
    for search in ("x" * ONE_MB, "\U0001f600 \ud800 " * (ONE_MB // 8)):
        criteria = RecordFilter(search=search)
        assert records.count_records(org.db, org.author, criteria) == 0
        assert records.page_records(org.db, org.author, criteria) == []


@pytest.mark.parametrize("zone", hostile.ZONES, ids=str)
def test_far_past_and_future_times_round_trip_and_the_calendar_edges_are_refused(
    org: Org, zone: object
) -> None:
    far_past = datetime(2, 1, 1, 12, 30, 15, 123456, tzinfo=zone)  # type: ignore[arg-type]
    back = _assert_round_trip(org, DecisionRecord(decided_at=far_past, shared_at=far_past,
                                                  request_received_on=date.min,
                                                  follow_up_on=date.max))
    assert back is not None and back.decided_at == far_past and back.follow_up_on == date.max
    for edge in (datetime.min, datetime.max):
        record = DecisionRecord(decided_at=edge.replace(tzinfo=zone))  # type: ignore[arg-type]
        with pytest.raises(ValidationError) as refused:
            records.save_draft(org.db, org.author, record)
        assert [(p.field, p.message) for p in refused.value.problems] == [
            ("decided_at", MSG_IMPOSSIBLE_TIME)
        ]
