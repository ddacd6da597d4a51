"""Turn a ``DecisionRecord`` into JSON-safe data and back, losslessly.

Used wherever a whole record is kept as one document: the autosave of an unsaved
form, and later the versions kept when a record is corrected. The attribute types
are read from the dataclass, so a new field needs no change here.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.domain.vocab import Vocab


@cache
def field_types(cls: type) -> dict[str, Any]:
    """The resolved type hint of each dataclass field of ``cls``."""
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls)}


def strip_optional(tp: Any) -> Any:
    """``X | None`` -> ``X``; any other type unchanged."""
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return tp


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


#: Values that are JSON-safe as they are (checked first: most of a record is text).
_PLAIN = (str, bool, int, float, type(None))


def _encode(value: Any) -> Any:
    if isinstance(value, Vocab):
        return value.value
    if type(value) in _PLAIN:
        return value
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: _encode(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    return value


def _decode(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    tp = strip_optional(tp)
    if typing.get_origin(tp) is list:
        (item_type,) = typing.get_args(tp)
        return [_decode(item_type, v) for v in value]
    if isinstance(tp, type):
        if issubclass(tp, Vocab):
            return tp(value)
        if issubclass(tp, datetime):
            parsed = datetime.fromisoformat(value)
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
        if issubclass(tp, date):
            return date.fromisoformat(value)
        if dataclasses.is_dataclass(tp):
            hints = field_types(tp)
            return tp(**{k: _decode(hints[k], v) for k, v in value.items() if k in hints})
    return value


def record_to_dict(record: DecisionRecord) -> dict[str, Any]:
    """A JSON-safe dict of every field (codes for vocabularies, ISO 8601 for times)."""
    return _encode(record)


def record_from_dict(data: dict[str, Any]) -> DecisionRecord:
    """The record ``record_to_dict`` described; unknown keys are ignored."""
    return _decode(DecisionRecord, data)

