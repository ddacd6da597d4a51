"""What changed between two versions of a record, field by field, in words."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from infoshare_desktop.domain.fields import FIELDS, Field
from infoshare_desktop.domain.record import DecisionRecord

#: Shows one field of a record as text (see ``domain.display.RecordFormatter.value``).
ShowField = Callable[[Field, DecisionRecord], str]


@dataclass(frozen=True)
class Change:
    field: str
    label: str
    old: str
    new: str


def changes(old: DecisionRecord, new: DecisionRecord, show: ShowField) -> list[Change]:
    """Every form field whose shown value differs, in form order."""
    found = []
    for f in FIELDS:
        before, after = show(f, old), show(f, new)
        if before != after:
            found.append(Change(f.name, f.label, before, after))
    return found
