"""A stand-in for ``QCoreApplication.translate`` that marks what it translated.

Reports print through ``translate(context, text)``; with this one every translated
string comes out between markers — ‹…› for vocabulary labels, «…» for every other
context (the reports' own words, field labels, "Yes"/"No") — so a test reading the
PDF's text back can tell which words went through translation and which were
printed as plain English.
"""

from __future__ import annotations

from collections import Counter

MARKS = {"vocab": ("\u2039", "\u203a")}
DEFAULT_MARKS = ("\u00ab", "\u00bb")


class Marked:
    """Call as ``translate``; ``calls`` counts each (context, text) asked for."""

    def __init__(self) -> None:
        self.calls: Counter[tuple[str, str]] = Counter()

    def __call__(self, context: str, text: str) -> str:
        self.calls[(context, text)] += 1
        before, after = MARKS.get(context, DEFAULT_MARKS)
        return f"{before}{text}{after}"


def reports(text: str) -> str:
    """``text`` as ``Marked`` returns it for the "reports" context."""
    return f"\u00ab{text}\u00bb"


def vocab(text: str) -> str:
    """``text`` as ``Marked`` returns it for the "vocab" context."""
    return f"\u2039{text}\u203a"
