"""The domain rules over hostile records: any answer, any text, any date, any zone.

``draft_problems``, ``completion_problems`` and ``submission_problems`` must never
raise, and every problem they return must name a real field with a message that
reads. tests/unit/test_rules.py checks what the rules say; this checks that they
always manage to say it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infoshare_desktop.domain.fields import FIELDS_BY_NAME, LONG_TEXT_MAX
from infoshare_desktop.domain.record import (
    AdviceSought,
    DecisionRecord,
    PersonInvolved,
    TestAnswer,
)
from infoshare_desktop.domain.rules import (
    MSG_IMPOSSIBLE_TIME,
    MSG_IN_FUTURE,
    MSG_REQUEST_AFTER_DECISION,
    MSG_TOO_LONG,
    MSG_UNUSUAL_CHARACTER,
    Problem,
    completion_problems,
    draft_problems,
    submission_problems,
)
from infoshare_desktop.domain.vocab import SharingTest
from tests import strategies as hostile
from tests.factories import NOW, complete_record

_now = hostile.any_datetime | hostile.edge_datetime | st.just(NOW)


def _check(problems: list[Problem]) -> None:
    for problem in problems:
        assert problem.field in FIELDS_BY_NAME
        text = problem.text  # every placeholder filled
        assert text and "{" not in text


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record=hostile.records(), now=_now, authorisation_required=st.booleans())
def test_rules_never_raise_and_name_real_fields(
    record: DecisionRecord, now: datetime, authorisation_required: bool
) -> None:
    drafts = draft_problems(record, now)
    complete = completion_problems(record, now, authorisation_required=authorisation_required)
    submission = submission_problems(record, now)

    for found in (drafts, complete, submission):
        _check(found)
    # Completion checks everything a draft checks; submission is a part of completion.
    assert {(p.field, p.text) for p in drafts} <= {(p.field, p.text) for p in complete}
    assert {(p.field, p.text) for p in submission} <= {
        (p.field, p.text) for p in completion_problems(record, now)
    }


@settings(max_examples=40, deadline=None)
@given(text=hostile.any_text)
def test_text_the_database_cannot_hold_is_refused_by_name(text: str) -> None:
    """A lone surrogate cannot be stored as UTF-8: the field is named, nothing changed."""
    for record, name in (
        (complete_record(purpose=text), "purpose"),
        (complete_record(case_reference=text[:300]), "case_reference"),
        (complete_record(people=[PersonInvolved(None, text)]), "people"),
        (complete_record(tests=[TestAnswer(t, True, text) for t in SharingTest]), "tests"),
        (complete_record(advice=[AdviceSought(None, text)]), "advice"),
    ):
        value_storable = _storable(text[:300] if name == "case_reference" else text)
        unusual = [p for p in draft_problems(record, NOW) if p.message == MSG_UNUSUAL_CHARACTER]
        assert [p.field for p in unusual] == ([] if value_storable else [name])


def _storable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def test_a_lone_surrogate_is_named_in_plain_words() -> None:
    found = draft_problems(DecisionRecord(purpose="Half an emoji \ud83d here"), NOW)
    label = FIELDS_BY_NAME["purpose"].label
    assert [(p.field, p.message, p.text) for p in found] == [
        ("purpose", MSG_UNUSUAL_CHARACTER,
         f"Remove the unusual character in {label}: it cannot be saved")
    ]


def test_over_long_text_with_a_lone_surrogate_gets_one_problem() -> None:
    """Too long comes first: one message per field, the one that needs most work."""
    found = draft_problems(DecisionRecord(purpose="\ud800" * (LONG_TEXT_MAX + 1)), NOW)
    assert [(p.field, p.message) for p in found] == [("purpose", MSG_TOO_LONG)]


def test_emoji_rtl_nul_and_combining_text_are_fine() -> None:
    text = "\u202eשלום\u200f \U0001f600 e\u0301 a\x00b"
    assert draft_problems(DecisionRecord(purpose=text, case_reference=text), NOW) == []


def test_the_extremes_of_the_calendar_do_not_break_the_date_rules() -> None:
    """A time at the very edge of the calendar cannot be kept in UTC: it is refused by name."""
    for zone in hostile.ZONES:
        earliest = datetime.min.replace(tzinfo=zone)
        latest = datetime.max.replace(tzinfo=zone)
        record = DecisionRecord(request_received_on=date.max, decided_at=earliest,
                                shared_at=latest, follow_up_on=date.min)
        found = {(p.field, p.message) for p in draft_problems(record, NOW)}
        assert found == {
            ("request_received_on", MSG_IN_FUTURE),
            ("request_received_on", MSG_REQUEST_AFTER_DECISION),
            ("decided_at", MSG_IMPOSSIBLE_TIME),
            ("shared_at", MSG_IMPOSSIBLE_TIME),
        }
    # Far past and far future, but inside the calendar, are ordinary dates.
    old = DecisionRecord(decided_at=datetime(2, 1, 1, tzinfo=UTC), request_received_on=date.min)
    assert draft_problems(old, NOW) == []
    end = datetime(9999, 12, 1, tzinfo=UTC)
    assert draft_problems(DecisionRecord(shared_at=end - timedelta(days=1)), end) == []
