"""Showing domain text: labels, vocabulary values, problems and times, translated.

The domain marks its strings with ``QT_TRANSLATE_NOOP``; this module is where the UI
turns them into what a person reads, so every screen translates them the same way.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from infoshare_desktop.domain.i18n import FIELDS, RULES, VOCAB
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
    """A problem's message in the user's language with its parameters filled in.

    Rule messages live in the "rules" context; a field's own error message is
    marked in the "fields" context, so fall back to that when "rules" has none.
    """
    message = QCoreApplication.translate(RULES, problem.message)
    if message == problem.message:
        message = QCoreApplication.translate(FIELDS, problem.message)
    params = dict(problem.params)
    if isinstance(params.get("label"), str):
        params["label"] = field_text(str(params["label"]))
    try:
        return message.format(**params)
    except (KeyError, IndexError, ValueError):
        # A translation with a broken placeholder must not hide the problem.
        return problem.text


def local_datetime(value: datetime | None) -> str:
    """An aware UTC time shown in the user's local time, dd/mm/yyyy hh:mm."""
    return value.astimezone().strftime(DATETIME_FORMAT) if value is not None else ""


def short_date(value: date | None) -> str:
    return value.strftime(DATE_FORMAT) if value is not None else ""
