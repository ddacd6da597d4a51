"""Date and time inputs that can be empty: typed as dd/mm/yyyy and hh:mm.

A ``QDateEdit`` always holds some date, but many dates on the record are unknown
or not applicable, so these are line edits that parse what was typed and report
text that is not a real date instead of guessing.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

_DATE = re.compile(r"^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$")
_TIME = re.compile(r"^\s*(\d{1,2})\s*[:.]\s*(\d{2})\s*$")


def parse_date(text: str) -> date | None:
    """The date in ``text`` (d/m/yyyy); ``None`` if empty; ``ValueError`` if not a date."""
    if not text.strip():
        return None
    match = _DATE.match(text)
    if not match:
        raise ValueError("not a date")
    day, month, year = (int(part) for part in match.groups())
    return date(year, month, day)


def parse_time(text: str) -> time | None:
    """The time in ``text`` (hh:mm, 24-hour); ``None`` if empty; ``ValueError`` otherwise."""
    if not text.strip():
        return None
    match = _TIME.match(text)
    if not match:
        raise ValueError("not a time")
    hour, minute = (int(part) for part in match.groups())
    return time(hour, minute)


def to_utc(day: date, at: time) -> datetime:
    """A local wall-clock date and time as an aware UTC datetime."""
    return datetime.combine(day, at).astimezone().astimezone(UTC)


class DateInput(QLineEdit):
    """A date typed as dd/mm/yyyy; empty means "no date"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(QCoreApplication.translate("DateInput", "dd/mm/yyyy"))
        self.setMaximumWidth(150)

    def date_value(self) -> date | None:
        """The typed date, or ``None`` when empty or not a real date."""
        try:
            return parse_date(self.text())
        except ValueError:
            return None

    def is_valid(self) -> bool:
        try:
            parse_date(self.text())
        except ValueError:
            return False
        return True

    def set_date_value(self, value: date | None) -> None:
        self.setText(value.strftime("%d/%m/%Y") if value is not None else "")


class TimeInput(QLineEdit):
    """A 24-hour time typed as hh:mm; empty means "no time"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(QCoreApplication.translate("DateInput", "hh:mm"))
        self.setMaximumWidth(90)

    def time_value(self) -> time | None:
        try:
            return parse_time(self.text())
        except ValueError:
            return None

    def is_valid(self) -> bool:
        try:
            parse_time(self.text())
        except ValueError:
            return False
        return True

    def set_time_value(self, value: time | None) -> None:
        self.setText(value.strftime("%H:%M") if value is not None else "")
