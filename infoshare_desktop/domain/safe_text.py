"""Text that is safe to put in a file a person opens: no invisible control characters.

Anything typed or pasted into a record (or a file name, or an argument) can hold
characters that are never meant to be shown: a NUL that cuts a cell short, an ESC
that starts a terminal command when a log is read with ``cat``, a BEL, or a
bidirectional override (U+202E) that makes "gpj.exe" read as "exe.jpg". Before
text goes into a CSV cell, a PDF or the log it passes through ``visible``, which
shows each such character as a plain escape (``\\x1b``, ``\\u202e``), so nothing is
hidden and nothing is run. Tab, and line breaks where the place allows them, stay.

Pure Python: the export, the reports and the log all use this one function.
"""

from __future__ import annotations

import re

#: C0 controls (but tab, line feed and carriage return, dealt with below), DEL, the C1
#: controls, and the bidirectional embeddings, overrides and isolates.
_HIDDEN = (
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
    "\u202a-\u202e"  # LRE, RLE, PDF, LRO, RLO
    "\u2066-\u2069"  # LRI, RLI, FSI, PDI
)
_HIDDEN_ONLY = re.compile(f"[{_HIDDEN}]")
#: The same, and line breaks too (a place that must stay on one line, such as a log line).
_HIDDEN_OR_BREAK = re.compile(f"[{_HIDDEN}\n\r]")
_CRLF = re.compile("\r\n?")


def escape_of(character: str) -> str:
    """How one hidden character is shown: ``\\x1b`` (up to U+00FF) or ``\\u202e``."""
    code = ord(character)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def _shown(match: re.Match[str]) -> str:
    return escape_of(match.group())


def visible(text: str, *, line_breaks: bool = True) -> str:
    """``text`` with every control character shown as a visible escape.

    With ``line_breaks`` (a CSV cell, a paragraph) line breaks are kept, a Windows
    ``\\r\\n`` or a lone ``\\r`` becoming ``\\n``; without (a log line) they are shown
    as ``\\x0a`` and ``\\x0d`` too, so one message is always one line. Tab is kept.
    """
    if line_breaks:
        if "\r" in text:
            text = _CRLF.sub("\n", text)
        return _HIDDEN_ONLY.sub(_shown, text)
    return _HIDDEN_OR_BREAK.sub(_shown, text)


def has_hidden(text: str) -> bool:
    """True if ``text`` holds a character ``visible`` would change (line breaks aside)."""
    return _HIDDEN_ONLY.search(text) is not None
