"""``domain.safe_text.visible``: control characters shown, never passed on raw."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from infoshare_desktop.domain.safe_text import has_hidden, visible

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def _raw_controls(text: str, *, line_breaks: bool) -> list[str]:
    allowed = "\t\n" if line_breaks else "\t"
    return [ch for ch in text if (unicodedata.category(ch) == "Cc" and ch not in allowed)
            or ch in BIDI]


def test_each_kind_is_shown_as_an_escape() -> None:
    assert visible("a\x00b") == "a\\x00b"
    assert visible("\x1b[2J") == "\\x1b[2J"
    assert visible("ding\x07") == "ding\\x07"
    assert visible("del\x7f c1\x9b") == "del\\x7f c1\\x9b"
    assert visible("\u202egpj.exe\u202c") == "\\u202egpj.exe\\u202c"
    assert visible("\u2066x\u2069") == "\\u2066x\\u2069"


def test_tab_and_line_breaks_are_kept_where_they_belong() -> None:
    assert visible("a\tb\nc") == "a\tb\nc"
    assert visible("windows\r\nline\rend") == "windows\nline\nend"
    assert visible("one\nline\r\n", line_breaks=False) == "one\\x0aline\\x0d\\x0a"
    assert visible("a\tb", line_breaks=False) == "a\tb"


def test_ordinary_text_is_left_alone() -> None:
    text = "Ŵyn ap Siôn – “quoted” café 日本 \u200d\U0001f600 \\x1b as typed"
    assert visible(text) == text and visible(text, line_breaks=False) == text
    assert not has_hidden(text) and has_hidden("a\x00")


@given(st.text())
def test_nothing_hidden_survives(text: str) -> None:
    assert _raw_controls(visible(text), line_breaks=True) == []
    assert _raw_controls(visible(text, line_breaks=False), line_breaks=False) == []
    assert not has_hidden(visible(text))
