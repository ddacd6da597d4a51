"""Showing domain text: labels, vocabulary values, problems and times, translated.

The domain marks its strings with ``QT_TRANSLATE_NOOP``; this module is where the UI
turns them into what a person reads, so every screen translates them the same way.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from infoshare_desktop.domain import rules
from infoshare_desktop.domain.i18n import FIELDS, VOCAB, ExplainedError
from infoshare_desktop.domain.rules import Problem
from infoshare_desktop.domain.vocab import Vocab

DATE_FORMAT = "%d/%m/%Y"
DATETIME_FORMAT = "%d/%m/%Y %H:%M"


def field_text(text: str) -> str:
    """A field label, hint or section name from ``domain.fields``."""
    return QCoreApplication.translate(FIELDS, text) if text else ""


def vocab_label(value: Vocab | None) -> str:
    """The shown text of a vocabulary value, or "" for no answer."""
    return QCoreApplication.translate(VOCAB, value.label) if value is not None else ""


def problem_text(problem: Problem) -> str:
    """A problem's message in the user's language with its parameters filled in."""
    return rules.problem_text(problem, QCoreApplication.translate)


def error_text(error: BaseException) -> str:
    """What a refusal or failure says, in the user's language.

    Storage and service errors carry a translatable message; anything else (an
    ``OSError`` from the file system, say) is shown as Python gives it.
    """
    if isinstance(error, ExplainedError):
        return error.text(QCoreApplication.translate)
    return str(error)


def local_datetime(value: datetime | None) -> str:
    """An aware UTC time shown in the user's local time, dd/mm/yyyy hh:mm."""
    return value.astimezone().strftime(DATETIME_FORMAT) if value is not None else ""


def short_date(value: date | None) -> str:
    return value.strftime(DATE_FORMAT) if value is not None else ""
