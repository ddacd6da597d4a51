"""Hypothesis strategies for hostile input: any text, any date, any answer in any field.

Shared by the rules, storage and command-line suites, so "any text" means the same
everywhere: NUL bytes, lone surrogates (half an emoji from a broken paste),
right-to-left text and marks, emoji, combining characters, control characters.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from infoshare_desktop.domain.fields import FIELDS, SHORT_TEXT_MAX, Field, Kind
from infoshare_desktop.domain.record import (
    AdviceSought,
    DecisionRecord,
    PersonInvolved,
    TestAnswer,
)
from infoshare_desktop.domain.vocab import AdviceSource, PersonRole, SharingTest

#: Characters that break naive code: NUL, a lone surrogate, right-to-left override and
#: marks, zero-width joiner, a combining accent, an emoji (outside the BMP), a flag
#: (two code points), CR/LF, tab, BOM, a line separator, an SQL quote, FTS5 syntax.
AWKWARD = [
    "\x00", "\ud800", "\udfff", "\udcff", "\u202e", "\u200f", "\u200e", "\u200d", "\u0301",
    "\U0001f600", "\U0001f1ec\U0001f1e7", "\r\n", "\t", "\ufeff", "\u2028", "'", '"', "*",
    "NEAR(", "%", "_", "\\", "שלום", "مرحبا", "Ā́", "\x7f", "\x1b[31m",
]

#: Any text at all, weighted towards the awkward characters above.
any_text = st.lists(
    st.sampled_from(AWKWARD) | st.text(max_size=8),
    max_size=12,
).map("".join)

#: Text a database can hold (no lone surrogates), but otherwise anything.
storable_text = st.lists(
    st.sampled_from([c for c in AWKWARD if not ("\ud800" <= c[0] <= "\udfff")])
    | st.text(max_size=8),
    max_size=12,
).map("".join)

#: Zones with extreme offsets, and one with daylight saving.
ZONES = [
    UTC,
    timezone(timedelta(hours=14)),
    timezone(-timedelta(hours=12)),
    timezone(timedelta(hours=5, minutes=45)),
    ZoneInfo("Europe/London"),
]

any_date = st.dates(min_value=date.min, max_value=date.max)
#: Aware datetimes from year 1 to year 9999, in any of ``ZONES``.
any_datetime = st.datetimes(
    min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.sampled_from(ZONES)
)
#: Also the very edges, where converting to UTC leaves the range datetime can hold.
edge_datetime = st.sampled_from(ZONES).map(
    lambda zone: datetime.min.replace(tzinfo=zone)
) | st.sampled_from(ZONES).map(lambda zone: datetime.max.replace(tzinfo=zone))


#: Dates and times a draft accepts: from year 1 up to the end of 2025 (in the past).
past_date = st.dates(min_value=date.min, max_value=date(2025, 12, 31))
past_datetime = st.datetimes(
    min_value=datetime(1, 1, 2), max_value=datetime(2025, 12, 31), timezones=st.sampled_from(ZONES)
) | st.sampled_from(ZONES).map(lambda zone: datetime.min.replace(tzinfo=zone))


def value_for(
    f: Field, text: st.SearchStrategy[str], *, saveable: bool = False
) -> st.SearchStrategy[Any]:
    """Any value the form could hold for ``f``, with ``text`` for every typed answer.

    ``saveable`` keeps to what a draft accepts (past dates, text within the limits),
    so that a round trip mostly saves instead of being refused.
    """
    long_text = text if saveable else text | st.just("x" * 200_000)
    day = past_date if saveable else any_date
    moment = past_datetime if saveable else any_datetime | edge_datetime
    strategies: dict[Kind, st.SearchStrategy[Any]] = {
        Kind.TEXT: text if saveable else text | st.just("é" * (SHORT_TEXT_MAX + 1)),
        Kind.LONG_TEXT: long_text,
        Kind.CHOICE: st.none() | st.sampled_from(f.options() or (None,)),
        Kind.MULTI_CHOICE: st.lists(st.sampled_from(f.options()), unique=True, max_size=4),
        Kind.DATE: st.none() | day,
        Kind.DATETIME: st.none() | moment,
        Kind.FLAG: st.booleans(),
        Kind.PEOPLE: st.lists(
            st.builds(PersonInvolved, st.none() | st.sampled_from(PersonRole), text,
                      st.none() | day),
            max_size=3,
        ),
        Kind.TESTS: st.tuples(*[
            st.builds(TestAnswer, st.just(t), st.none() | st.booleans(), text)
            for t in SharingTest
        ]).map(list),
        Kind.ADVICE: st.lists(
            st.builds(AdviceSought, st.none() | st.sampled_from(AdviceSource), text),
            max_size=3,
        ),
        Kind.ORGANISATION: st.none() if saveable else st.none() | st.integers(
            min_value=-(2**63), max_value=2**63 - 1),
    }
    assert f.kind in strategies, f"teach value_for about {f.kind}"
    return strategies[f.kind]


def records(
    text: st.SearchStrategy[str] = any_text, *, sparse: bool = True, saveable: bool = False
) -> st.SearchStrategy[DecisionRecord]:
    """Records with any answer in any field; ``sparse`` leaves many fields blank."""
    def field_value(f: Field) -> st.SearchStrategy[Any]:
        value = value_for(f, text, saveable=saveable)
        if not sparse:
            return value
        # A fresh blank each time: lists must not be shared between examples.
        blank = st.builds(lambda: getattr(DecisionRecord(), f.name))
        return st.one_of(blank, value)

    return st.fixed_dictionaries({f.name: field_value(f) for f in FIELDS}).map(
        lambda values: DecisionRecord(**values)
    )
