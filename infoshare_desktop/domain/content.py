"""A record's canonical content and its SHA-256: what the audit chain fixes of a record.

Events that lock or change a record past draft carry ``content_sha256``, the hash of
the record's content at that moment, and ``audit verify`` recomputes it from the
stored record and from each stored version. The same content must give the same
bytes wherever it comes from (a record in memory, a record read back from SQLite or
PostgreSQL, a version's JSON payload), years apart, so the canonical form is:

- ``record_to_dict``'s JSON-safe values (vocabulary codes, ISO 8601 UTC times);
- without the volatile attributes (``VOLATILE``, below, says why each is left out);
- lists that are sets stored one row each (data categories, consent override
  reasons) deduplicated and sorted; the seven tests in their fixed order, each one
  present; people and advice in their order (their order is kept in storage);
- attributes at their default value left out, so that a field added to the record
  later (with a default) leaves the hash of content fixed before it unchanged;
- JSON with sorted keys, fixed separators and UTF-8.

Pure Python: no storage, no Qt.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import typing
from collections.abc import Mapping
from functools import cache
from typing import Any

from infoshare_desktop.domain.codec import field_types, record_to_dict, strip_optional
from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.domain.vocab import SharingTest

#: Left out of the canonical content, because none of them is something the record says:
#: ``id`` is the row's key, which the audit event names itself (and a bulk writer only
#: learns once the row is written); ``version`` is a counter every write bumps, whatever
#: it changes; ``updated_at`` is when the last write happened, which the event's own
#: time already fixes. Status, awaiting review and the authorisation block stay in:
#: changing them directly in the database is exactly what must show.
VOLATILE = frozenset({"id", "version", "updated_at"})
#: Lists stored one row per value with a unique key: order and repeats carry no meaning.
SET_FIELDS = frozenset({"data_categories", "consent_override_reasons"})
TESTS_FIELD = "tests"
TEST_ORDER = {test.value: index for index, test in enumerate(SharingTest)}


@cache
def _item_defaults(cls: type) -> dict[str, Any]:
    """The plain defaults (None, "", False) of a list item's dataclass, by attribute."""
    return {f.name: f.default for f in dataclasses.fields(cls)
            if f.default is not dataclasses.MISSING}


@cache
def _item_types() -> dict[str, type]:
    """The record's list attributes whose items are dataclasses: name -> item class."""
    found: dict[str, type] = {}
    for name, hint in field_types(DecisionRecord).items():
        hint = strip_optional(hint)
        if typing.get_origin(hint) is list:
            (item,) = typing.get_args(hint)
            if isinstance(item, type) and dataclasses.is_dataclass(item):
                found[name] = item
    return found


def _without(data: Mapping[str, Any], defaults: Mapping[str, Any]) -> dict[str, Any]:
    """``data`` without the keys that hold their default value."""
    return {key: value for key, value in data.items()
            if not (key in defaults and value == defaults[key])}


def _tests(answers: Any) -> list[Any]:
    """The seven tests in their fixed order, each present once (unanswered if missing)."""
    by_test: dict[Any, Any] = {}
    for answer in answers if isinstance(answers, list) else []:
        if isinstance(answer, Mapping) and answer.get("test") not in by_test:
            by_test[answer.get("test")] = dict(answer)
    ordered = [by_test.pop(code, {"test": code, "answer": None, "note": ""})
               for code in TEST_ORDER]
    # A test this version does not know is kept too, in a stable order.
    return ordered + sorted(by_test.values(), key=lambda a: json.dumps(a, sort_keys=True))


def _normalised(key: str, value: Any) -> Any:
    """One attribute's value in canonical form (lists put in order, items trimmed)."""
    if key == TESTS_FIELD:
        value = _tests(value)
    elif key in SET_FIELDS and isinstance(value, list):
        value = sorted(set(value), key=str)
    item = _item_types().get(key)
    if item is not None and isinstance(value, list):
        defaults = _item_defaults(item)
        value = [_without(v, defaults) if isinstance(v, Mapping) else v for v in value]
    return value


@cache
def _record_defaults() -> dict[str, Any]:
    """A blank record's attributes, canonical: an attribute holding one is left out."""
    return {key: _normalised(key, value)
            for key, value in record_to_dict(DecisionRecord()).items()}


def canonical_dict(data: Mapping[str, Any]) -> dict[str, Any]:
    """``record_to_dict``'s output (or a stored version's payload) in canonical form."""
    defaults = _record_defaults()
    lists = _list_fields()
    content: dict[str, Any] = {}
    for key, value in data.items():
        if key in VOLATILE:
            continue
        if key in lists:
            value = _normalised(key, value)
        if key in defaults and value == defaults[key]:
            continue
        content[key] = value
    return content


@cache
def _list_fields() -> frozenset[str]:
    """The attributes ``_normalised`` changes (the others are taken as they are)."""
    return frozenset({TESTS_FIELD, *SET_FIELDS, *_item_types()})


def canonical_content(data: DecisionRecord | Mapping[str, Any]) -> bytes:
    """The record's canonical content as bytes (see the module's docstring)."""
    if isinstance(data, DecisionRecord):
        data = record_to_dict(data)
    return json.dumps(canonical_dict(data), sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def content_sha256(data: DecisionRecord | Mapping[str, Any]) -> str:
    """SHA-256 (hex) of ``canonical_content``: the fingerprint an audit event carries."""
    return hashlib.sha256(canonical_content(data)).hexdigest()
