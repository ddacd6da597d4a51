"""A record's canonical content: the same answers always give the same fingerprint,
and any answer changed gives another (``domain.content``)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from infoshare_desktop.domain.codec import record_to_dict
from infoshare_desktop.domain.content import VOLATILE, canonical_content, content_sha256
from infoshare_desktop.domain.record import DecisionRecord, PersonInvolved, TestAnswer
from infoshare_desktop.domain.vocab import (
    DataCategory,
    ManagerDecision,
    RecordStatus,
    SharingTest,
)
from tests import factories

NOW = datetime(2026, 3, 2, 10, 30, 15, 123456, tzinfo=UTC)


def record() -> DecisionRecord:
    return replace(factories.complete_record(now=NOW), id=7, reference="IS-2026-000007",
                   status=RecordStatus.COMPLETED, created_at=NOW, updated_at=NOW, version=4)


def test_a_record_and_its_stored_json_give_the_same_fingerprint() -> None:
    whole = record()
    payload = json.dumps(record_to_dict(whole), ensure_ascii=False)
    assert content_sha256(json.loads(payload)) == content_sha256(whole)
    assert len(content_sha256(whole)) == 64


def test_the_fingerprint_is_stable_across_calls_and_key_order() -> None:
    data = record_to_dict(record())
    shuffled = dict(reversed(list(data.items())))
    assert canonical_content(shuffled) == canonical_content(data)
    assert content_sha256(record()) == content_sha256(record())


@pytest.mark.parametrize("name", sorted(VOLATILE))
def test_the_volatile_attributes_are_left_out(name: str) -> None:
    changed = {"id": 99, "version": 12, "updated_at": NOW + timedelta(days=3)}[name]
    assert content_sha256(replace(record(), **{name: changed})) == content_sha256(record())


@pytest.mark.parametrize("change", [
    {"purpose": "Another purpose"},
    {"status": RecordStatus.DRAFT},
    {"awaiting_review": True},
    {"authorisation_decision": ManagerDecision.DECLINED},
    {"authorisation_comment": "Agreed: share everything."},
    {"created_at": NOW - timedelta(seconds=1)},
    {"decided_at": NOW - timedelta(microseconds=1)},
    {"reference": "IS-2026-000008"},
    {"emergency": True},
    {"data_categories": [DataCategory.IDENTITY_CONTACT]},
    {"people": [PersonInvolved(name="Someone else")]},
])
def test_any_answer_changed_changes_the_fingerprint(change: dict[str, object]) -> None:
    assert content_sha256(replace(record(), **change)) != content_sha256(record())


def test_a_time_is_the_same_moment_whatever_its_zone() -> None:
    london_summer = timezone(timedelta(hours=1))
    moved = replace(record(), decided_at=record().decided_at.astimezone(london_summer))  # type: ignore[union-attr]
    assert content_sha256(moved) == content_sha256(record())


def test_lists_stored_as_sets_ignore_order_and_repeats() -> None:
    categories = list(record().data_categories)
    again = replace(record(), data_categories=[*reversed(categories), categories[0]])
    assert content_sha256(again) == content_sha256(record())
    people = list(record().people)
    assert content_sha256(replace(record(), people=people[::-1])) != content_sha256(record())


def test_the_seven_tests_are_in_their_order_and_unanswered_ones_count_as_missing() -> None:
    tests = list(record().tests)
    assert content_sha256(replace(record(), tests=tests[::-1])) == content_sha256(record())
    blank = replace(record(), tests=[])
    assert content_sha256(blank) == content_sha256(replace(
        record(), tests=[TestAnswer(test) for test in SharingTest]))
    # "No" is an answer: it is not "not answered".
    no = [TestAnswer(SharingTest.NECESSARY, False), *tests[1:]]
    unanswered = [TestAnswer(SharingTest.NECESSARY, None), *tests[1:]]
    assert content_sha256(replace(record(), tests=no)) != content_sha256(
        replace(record(), tests=unanswered))


def test_an_attribute_at_its_default_is_left_out_so_new_fields_keep_old_fingerprints() -> None:
    """Content stored before a field existed has no key for it; the same content with
    the field at its default (as a later version reads it) has the same fingerprint."""
    whole = replace(record(), legal_gateway_other="", guardian_referred=False)
    data = record_to_dict(whole)
    older = {k: v for k, v in data.items() if k not in ("legal_gateway_other",
                                                       "guardian_referred")}
    assert content_sha256(older) == content_sha256(whole)
    people = [{k: v for k, v in p.items() if k != "date_of_birth"} for p in data["people"]]
    undated = replace(whole, people=[replace(p, date_of_birth=None) for p in whole.people])
    assert content_sha256({**data, "people": people}) == content_sha256(undated)


def test_a_blank_record_is_an_empty_object() -> None:
    assert canonical_content(DecisionRecord()) == b"{}"
