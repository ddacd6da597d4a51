"""Every rule of docs/domain.md, checked through ``completion_problems`` and ``draft_problems``.

The parametrised tests walk ``FIELDS``, so a new mandatory or conditional field is
covered as soon as it is declared; a new kind of condition fails loudly until this
file learns how to make it true and false.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infoshare_desktop.domain import conditions as when
from infoshare_desktop.domain.fields import (
    FIELDS,
    FIELDS_BY_NAME,
    LONG_TEXT_MAX,
    SHORT_TEXT_MAX,
    Field,
    Kind,
)
from infoshare_desktop.domain.record import (
    AdviceSought,
    DecisionRecord,
    PersonInvolved,
    blank_tests,
)
from infoshare_desktop.domain.record import TestAnswer as Answer
from infoshare_desktop.domain.rules import (
    FUTURE_TOLERANCE,
    MSG_IN_FUTURE,
    MSG_PERSON_INCOMPLETE,
    MSG_REQUEST_AFTER_DECISION,
    MSG_SHARED_BEFORE_REQUEST,
    MSG_TOO_LONG,
    Problem,
    completion_problems,
    draft_problems,
)
from infoshare_desktop.domain.vocab import (
    AdviceSource,
    Article9Condition,
    ConfidentialityBasis,
    ConsentStatus,
    DataCategory,
    LegalGateway,
    Origin,
    Outcome,
    PersonInformed,
    PersonRole,
    Schedule1Condition,
    SharingTest,
)
from tests.factories import NOW, complete_record, not_shared_version

# How to make each condition true, and false, starting from ``complete_record()``.
TRUE_WHEN: dict[Any, dict[str, Any]] = {
    when.always: {},
    when.is_share: {"outcome": Outcome.SHARED_IN_FULL},
    when.is_request: {"origin": Origin.RESPONSE_TO_REQUEST},
    when.something_withheld: {"outcome": Outcome.SHARED_IN_PART},
    when.special_category_shared: {"data_categories": [DataCategory.HEALTH]},
    when.needs_schedule1: {"data_categories": [DataCategory.CRIMINAL_OFFENCE]},
    when.is_para18: {
        "data_categories": [DataCategory.MENTAL_HEALTH],
        "article9_condition": Article9Condition.HEALTH_SOCIAL_CARE,
        "schedule1_condition": Schedule1Condition.P2_SAFEGUARDING,
    },
    when.gateway_is_other: {"legal_gateway": LegalGateway.OTHER},
    when.consent_overridden: {"consent": ConsentStatus.NOT_SOUGHT},
    when.lacks_capacity: {"consent": ConsentStatus.LACKS_CAPACITY,
                          "confidentiality_basis": ConfidentialityBasis.BEST_INTERESTS},
    when.consent_needs_note: {"consent": ConsentStatus.LACKS_CAPACITY,
                              "confidentiality_basis": ConfidentialityBasis.BEST_INTERESTS},
    when.person_not_informed: {"person_informed": PersonInformed.NO},
    when.referred_to_guardian: {"guardian_referred": True},
}
FALSE_WHEN: dict[Any, dict[str, Any]] = {
    when.is_share: {"outcome": Outcome.NOT_SHARED},
    when.is_request: {"origin": Origin.PROACTIVE},
    when.something_withheld: {"outcome": Outcome.SHARED_IN_FULL},
    when.special_category_shared: {"data_categories": [DataCategory.IDENTITY_CONTACT]},
    when.needs_schedule1: {
        "data_categories": [DataCategory.HEALTH],
        "article9_condition": Article9Condition.VITAL_INTERESTS,
    },
    when.is_para18: {
        "data_categories": [DataCategory.CRIMINAL_OFFENCE],
        "schedule1_condition": Schedule1Condition.P2_UNLAWFUL_ACTS,
    },
    when.gateway_is_other: {"legal_gateway": LegalGateway.CA1989_S17},
    when.consent_overridden: {"consent": ConsentStatus.GIVEN_WRITTEN},
    when.lacks_capacity: {"consent": ConsentStatus.GIVEN_WRITTEN},
    when.consent_needs_note: {"consent": ConsentStatus.GIVEN_WRITTEN},
    when.person_not_informed: {"person_informed": PersonInformed.AFTER},
    when.referred_to_guardian: {"guardian_referred": False},
}

MANDATORY = [f for f in FIELDS if f.required is not when.never or f.by_setting]
CONDITIONAL = [f for f in FIELDS if f.required not in (when.always, when.never)]
TEXT_FIELDS = [f for f in FIELDS if f.kind in (Kind.TEXT, Kind.LONG_TEXT)]
DATE_FIELDS = [f for f in FIELDS if f.kind in (Kind.DATE, Kind.DATETIME)]


def blank_value(f: Field) -> Any:
    """The value a field has when nobody has answered it."""
    blanks: dict[Kind, Any] = {
        Kind.TEXT: "",
        Kind.LONG_TEXT: "",
        Kind.CHOICE: None,
        Kind.MULTI_CHOICE: [],
        Kind.DATE: None,
        Kind.DATETIME: None,
        Kind.PEOPLE: [],
        Kind.TESTS: blank_tests(),
        Kind.ORGANISATION: None,
    }
    assert f.kind in blanks, f"teach blank_value about {f.kind} (field {f.name})"
    return blanks[f.kind]


def problems(record: DecisionRecord, **kwargs: Any) -> list[Problem]:
    return completion_problems(record, NOW, **kwargs)


def record_where(f: Field, conditions: dict[Any, dict[str, Any]], **extra: Any) -> DecisionRecord:
    """``complete_record`` with ``f``'s condition set as ``conditions`` says."""
    condition = f.required
    assert condition in conditions, (
        f"teach tests/unit/test_rules.py how to set {condition.__name__} (field {f.name})"
    )
    return complete_record(**{**conditions[condition], **extra})


def ids(f: Field) -> str:
    return f.name


# --- The factory itself --------------------------------------------------------------


@pytest.mark.parametrize("outcome", list(Outcome), ids=lambda o: o.value)
def test_complete_record_passes_for_every_outcome(outcome: Outcome) -> None:
    assert problems(complete_record(outcome=outcome)) == []
    assert problems(complete_record(outcome=outcome), authorisation_required=True) == []


@pytest.mark.parametrize("condition", list(TRUE_WHEN), ids=lambda c: c.__name__)
def test_complete_record_passes_with_each_condition_on(condition: Any) -> None:
    record = complete_record(**TRUE_WHEN[condition])
    assert condition(record)
    assert problems(record) == []


@pytest.mark.parametrize("condition", list(FALSE_WHEN), ids=lambda c: c.__name__)
def test_false_overrides_really_turn_the_condition_off(condition: Any) -> None:
    assert not condition(complete_record(**FALSE_WHEN[condition]))


def test_every_mandatory_field_has_an_error_message() -> None:
    for f in MANDATORY:
        assert f.error.strip(), f.name


# --- M and C fields: blank gives exactly one problem naming the field -----------------


@pytest.mark.parametrize("f", [f for f in MANDATORY if not f.by_setting], ids=ids)
def test_blank_required_field_is_the_one_problem(f: Field) -> None:
    record = record_where(f, TRUE_WHEN)
    assert f.required(record)
    assert problems(record) == [], "filled in, the field gives no problem"

    found = problems(replace(record, **{f.name: blank_value(f)}))

    assert [p.field for p in found] == [f.name]
    assert found[0].text == f.error


@pytest.mark.parametrize("f", [f for f in FIELDS if f.by_setting], ids=ids)
def test_authorisation_fields_needed_only_when_the_setting_is_on(f: Field) -> None:
    record = replace(complete_record(), **{f.name: blank_value(f)})

    assert problems(record, authorisation_required=False) == []
    found = problems(record, authorisation_required=True)
    assert [p.field for p in found] == [f.name]
    assert found[0].text == f.error


@pytest.mark.parametrize("f", CONDITIONAL, ids=ids)
def test_conditional_field_not_needed_when_its_condition_is_false(f: Field) -> None:
    record = record_where(f, FALSE_WHEN)
    assert not f.required(record)

    assert problems(replace(record, **{f.name: blank_value(f)})) == []


def test_every_domain_condition_is_known_to_these_tests() -> None:
    used = {f.required for f in FIELDS} | {f.shown for f in FIELDS}
    unknown = {c.__name__ for c in used} - {c.__name__ for c in TRUE_WHEN} - {"never"}
    assert unknown == set()


# --- Specific rules of docs/domain.md --------------------------------------------------------


@pytest.mark.parametrize("category", list(DataCategory), ids=lambda c: c.value)
def test_article9_needed_exactly_when_special_category_data_is_shared(
    category: DataCategory,
) -> None:
    record = complete_record(data_categories=[category], article9_condition=None)
    expected = ["article9_condition"] if category.is_special_category else []
    assert [p.field for p in problems(record)] == expected
    # Not shared: no Article 9 condition is needed, whatever the categories.
    not_shared = not_shared_version(record)
    assert problems(not_shared) == []


def test_special_categories_are_health_mental_health_and_special() -> None:
    special = {c for c in DataCategory if c.is_special_category}
    assert special == {
        DataCategory.HEALTH,
        DataCategory.MENTAL_HEALTH,
        DataCategory.SPECIAL_CATEGORY,
    }


@pytest.mark.parametrize("condition", list(Article9Condition), ids=lambda c: c.value)
def test_schedule1_needed_with_article9_b_g_h_i_j(condition: Article9Condition) -> None:
    record = complete_record(
        data_categories=[DataCategory.HEALTH],
        article9_condition=condition,
        schedule1_condition=None,
    )
    needed = condition.value in {"b", "g", "h", "i", "j"}
    assert [p.field for p in problems(record)] == (["schedule1_condition"] if needed else [])


def test_schedule1_needed_for_criminal_offence_data_without_special_category() -> None:
    record = complete_record(
        data_categories=[DataCategory.CRIMINAL_OFFENCE],
        article9_condition=None,
        schedule1_condition=None,
    )
    assert [p.field for p in problems(record)] == ["schedule1_condition"]
    assert problems(not_shared_version(record)) == []


@pytest.mark.parametrize("condition", list(Schedule1Condition), ids=lambda c: c.value)
def test_para18_details_needed_only_with_para18(condition: Schedule1Condition) -> None:
    record = complete_record(
        data_categories=[DataCategory.CRIMINAL_OFFENCE],
        schedule1_condition=condition,
        para18_purpose=None,
        para18_person=None,
        para18_without_consent=None,
    )
    found = [p.field for p in problems(record)]
    if condition is Schedule1Condition.P2_SAFEGUARDING:
        assert found == ["para18_purpose", "para18_person", "para18_without_consent"]
    else:
        assert found == []


def test_para18_without_consent_offers_only_the_para18_reasons() -> None:
    offered = FIELDS_BY_NAME["para18_without_consent"].options()
    assert [r.label for r in offered] == [
        "Consent cannot be given",
        "Cannot reasonably be expected to obtain consent",
        "Obtaining consent would prejudice the protection",
    ]


@pytest.mark.parametrize("outcome", list(Outcome), ids=lambda o: o.value)
def test_withheld_fields_needed_for_shared_in_part_and_not_shared(outcome: Outcome) -> None:
    record = complete_record(outcome=outcome, withheld_description="", withheld_reason="")
    expected = (
        ["withheld_description", "withheld_reason"]
        if outcome in (Outcome.SHARED_IN_PART, Outcome.NOT_SHARED)
        else []
    )
    assert [p.field for p in problems(record)] == expected


@pytest.mark.parametrize("outcome", list(Outcome), ids=lambda o: o.value)
def test_share_details_needed_only_when_shared(outcome: Outcome) -> None:
    share_fields = [f.name for f in FIELDS if f.required is when.is_share]
    assert {"tests", "shared_description", "data_categories", "recipient_organisation_id",
            "recipient_name", "recipient_role", "confidentiality_basis", "shared_at",
            "method"} <= set(share_fields)
    record = complete_record(outcome=outcome)
    record = replace(record, **{name: blank_value(FIELDS_BY_NAME[name]) for name in share_fields})
    expected = share_fields if outcome.is_share else []
    assert [p.field for p in problems(record)] == expected


@pytest.mark.parametrize("origin", list(Origin), ids=lambda o: o.value)
def test_request_fields_needed_only_for_a_response_to_a_request(origin: Origin) -> None:
    request_fields = [f.name for f in FIELDS if f.required is when.is_request]
    assert len(request_fields) == 6
    record = complete_record(origin=origin)
    record = replace(record, **{name: blank_value(FIELDS_BY_NAME[name]) for name in request_fields})
    expected = request_fields if origin is Origin.RESPONSE_TO_REQUEST else []
    assert [p.field for p in problems(record)] == expected


@pytest.mark.parametrize("consent", list(ConsentStatus), ids=lambda c: c.value)
def test_consent_reasons_needed_for_not_sought_and_refused_shared_anyway(
    consent: ConsentStatus,
) -> None:
    record = complete_record(consent=consent, consent_override_reasons=[])
    needed = consent in (ConsentStatus.NOT_SOUGHT, ConsentStatus.REFUSED_SHARED)
    assert [p.field for p in problems(record)] == (["consent_override_reasons"] if needed else [])


@pytest.mark.parametrize("informed", list(PersonInformed), ids=lambda i: i.value)
def test_reason_needed_when_the_person_is_not_or_not_yet_informed(
    informed: PersonInformed,
) -> None:
    record = complete_record(person_informed=informed, person_informed_reason="  ")
    needed = informed in (PersonInformed.NO, PersonInformed.NOT_YET)
    assert [p.field for p in problems(record)] == (["person_informed_reason"] if needed else [])


@pytest.mark.parametrize("referred", [True, False])
def test_guardian_fields_needed_only_when_referred(referred: bool) -> None:
    record = complete_record(
        guardian_referred=referred, guardian_referred_on=None, guardian_outcome=""
    )
    expected = ["guardian_referred_on", "guardian_outcome"] if referred else []
    assert [p.field for p in problems(record)] == expected


def test_other_gateway_needs_its_text() -> None:
    record = complete_record(legal_gateway=LegalGateway.OTHER, legal_gateway_other="")
    assert [p.field for p in problems(record)] == ["legal_gateway_other"]
    assert problems(replace(record, legal_gateway=None)) == []


def test_whitespace_only_text_counts_as_blank() -> None:
    found = problems(complete_record(purpose=" \n\t "))
    assert [p.field for p in found] == ["purpose"]


def test_a_person_without_a_role_or_name_is_a_problem() -> None:
    no_role = complete_record(people=[PersonInvolved(None, "Cy Testington")])
    no_name = complete_record(people=[PersonInvolved(PersonRole.CHILD, " ")])
    for record in (no_role, no_name):
        found = problems(record)
        assert [p.field for p in found] == ["people"]
        assert found[0].message == MSG_PERSON_INCOMPLETE


def test_partly_answered_tests_are_a_problem_when_shared() -> None:
    tests = [Answer(t, True) for t in SharingTest]
    tests[-1] = Answer(SharingTest.SECURE, None)
    assert [p.field for p in problems(complete_record(tests=tests))] == ["tests"]
    # A "No" is an answer: the record says why the test failed.
    tests[-1] = Answer(SharingTest.SECURE, False, "Only post available")
    assert problems(complete_record(tests=tests)) == []
    # Not shared: the tests are recommended, not required.
    assert problems(complete_record(tests=blank_tests(), outcome=Outcome.NOT_SHARED)) == []


def test_advice_entry_without_a_source_is_a_problem_but_advice_is_optional() -> None:
    assert problems(complete_record(advice=[])) == []
    found = problems(complete_record(advice=[AdviceSought(None, "Ring legal")]))
    assert [p.field for p in found] == ["advice"]
    assert problems(complete_record(advice=[AdviceSought(AdviceSource.LEGAL, "")])) == []


@pytest.mark.parametrize("f", [f for f in FIELDS if f.required is when.never
                               and not f.by_setting], ids=ids)
def test_recommended_fields_are_never_forced(f: Field) -> None:
    if f.kind is Kind.FLAG:
        blank: Any = False
    elif f.kind is Kind.ADVICE:
        blank = []
    else:
        blank = blank_value(f)
    for overrides in TRUE_WHEN.values():
        record = replace(complete_record(**overrides), **{f.name: blank})
        assert problems(record) == [], overrides


# --- Dates ----------------------------------------------------------------------------


def _future(f: Field) -> date | datetime:
    return NOW + timedelta(days=1) if f.kind is Kind.DATETIME else NOW.date() + timedelta(days=1)


@pytest.mark.parametrize("f", [f for f in DATE_FIELDS if f.name != "follow_up_on"], ids=ids)
def test_future_dates_are_refused(f: Field) -> None:
    record = record_where(f, TRUE_WHEN) if f.required is not when.never else complete_record()
    record = replace(record, **{f.name: _future(f)})

    for check in (draft_problems(record, NOW), problems(record)):
        mine = [p for p in check if p.field == f.name]
        assert mine, f"{f.name} in the future was accepted"
        assert MSG_IN_FUTURE in {p.message for p in mine}


def test_follow_up_date_may_be_in_the_future() -> None:
    assert problems(complete_record(follow_up_on=NOW.date() + timedelta(days=365))) == []


def test_a_time_a_few_minutes_ahead_is_fine_and_beyond_that_is_not() -> None:
    """Another PC's clock may run a little fast; more than ``FUTURE_TOLERANCE`` is a typo."""
    assert problems(complete_record(decided_at=NOW - timedelta(minutes=1),
                                    shared_at=NOW)) == []
    near = NOW + FUTURE_TOLERANCE - timedelta(seconds=1)
    assert problems(complete_record(decided_at=near, shared_at=near)) == []
    beyond = NOW + FUTURE_TOLERANCE + timedelta(minutes=1)
    found = problems(complete_record(decided_at=beyond, shared_at=beyond))
    assert [(p.field, p.message) for p in found] == [
        ("decided_at", MSG_IN_FUTURE), ("shared_at", MSG_IN_FUTURE)]


def test_request_received_after_the_decision_is_refused() -> None:
    record = complete_record(origin=Origin.RESPONSE_TO_REQUEST)
    received = record.decided_at.date() + timedelta(days=1)
    late = replace(record, request_received_on=received,
                   shared_at=record.decided_at + timedelta(days=1))
    found = draft_problems(late, NOW)
    assert [(p.field, p.message) for p in found] == [
        ("request_received_on", MSG_REQUEST_AFTER_DECISION)
    ]


def test_shared_before_the_request_was_received_is_refused() -> None:
    record = complete_record(origin=Origin.RESPONSE_TO_REQUEST)
    early = replace(record, shared_at=datetime.combine(
        record.request_received_on - timedelta(days=1), datetime.min.time(), UTC))
    found = draft_problems(early, NOW)
    assert [(p.field, p.message) for p in found] == [("shared_at", MSG_SHARED_BEFORE_REQUEST)]


# --- Text length ------------------------------------------------------------------------


def test_text_limits_are_the_documented_ones() -> None:
    for f in TEXT_FIELDS:
        assert f.max_length == (SHORT_TEXT_MAX if f.kind is Kind.TEXT else LONG_TEXT_MAX)


@pytest.mark.parametrize("f", TEXT_FIELDS, ids=ids)
def test_over_long_text_is_refused_even_in_a_draft(f: Field) -> None:
    limit = f.max_length
    assert limit is not None
    record = record_where(f, TRUE_WHEN) if f.required is not when.never else complete_record()

    assert problems(replace(record, **{f.name: "x" * limit})) == []
    too_long = replace(record, **{f.name: "x" * (limit + 1)})
    for check in (draft_problems(too_long, NOW), problems(too_long)):
        assert [(p.field, p.message) for p in check] == [(f.name, MSG_TOO_LONG)]
        assert check[0].params["limit"] == limit
        assert str(limit) in check[0].text


@pytest.mark.parametrize(
    ("name", "overrides"),
    [
        ("people", {"people": [PersonInvolved(PersonRole.CHILD, "x" * (LONG_TEXT_MAX + 1))]}),
        ("tests", {"tests": [Answer(t, True, "x" * (LONG_TEXT_MAX + 1))
                             for t in SharingTest]}),
        ("advice", {"advice": [AdviceSought(AdviceSource.LEGAL, "x" * (LONG_TEXT_MAX + 1))]}),
    ],
)
def test_over_long_text_inside_repeating_parts_is_refused(
    name: str, overrides: dict[str, Any]
) -> None:
    found = draft_problems(complete_record(**overrides), NOW)
    assert [(p.field, p.message) for p in found] == [(name, MSG_TOO_LONG)]


def test_problems_come_in_form_order() -> None:
    record = complete_record(method=None, case_reference="", consent=None, outcome=None)
    found = [p.field for p in problems(record)]
    order = [f.name for f in FIELDS]
    assert found == sorted(found, key=order.index)
    assert found[0] == "case_reference"


def test_a_blank_record_is_a_fine_draft_but_not_complete() -> None:
    blank = DecisionRecord()
    assert draft_problems(blank, NOW) == []
    found = {p.field for p in problems(blank)}
    always = {f.name for f in FIELDS if f.required is when.always}
    assert found == always


# --- Robustness -----------------------------------------------------------------------

_aware = st.datetimes(
    min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
)


def _value_for(f: Field) -> st.SearchStrategy[Any]:
    """Any value the form could hold for ``f`` (including absurd text)."""
    text = st.text(max_size=SHORT_TEXT_MAX + 20)
    strategies: dict[Kind, st.SearchStrategy[Any]] = {
        Kind.TEXT: text,
        Kind.LONG_TEXT: st.text(max_size=2_000),
        Kind.CHOICE: st.none() | st.sampled_from(f.options() or (None,)),
        Kind.MULTI_CHOICE: st.lists(st.sampled_from(f.options()), unique=True, max_size=4),
        Kind.DATE: st.none() | st.dates(),
        Kind.DATETIME: st.none() | _aware,
        Kind.FLAG: st.booleans(),
        Kind.PEOPLE: st.lists(
            st.builds(PersonInvolved, st.none() | st.sampled_from(PersonRole), text,
                      st.none() | st.dates()),
            max_size=3,
        ),
        Kind.TESTS: st.tuples(*[
            st.builds(Answer, st.just(t), st.none() | st.booleans(), text)
            for t in SharingTest
        ]).map(list),
        Kind.ADVICE: st.lists(
            st.builds(AdviceSought, st.none() | st.sampled_from(AdviceSource), text),
            max_size=3,
        ),
        Kind.ORGANISATION: st.none() | st.integers(min_value=1, max_value=10**6),
    }
    assert f.kind in strategies, f"teach _value_for about {f.kind}"
    return strategies[f.kind]


_records = st.fixed_dictionaries({f.name: _value_for(f) for f in FIELDS}).map(
    lambda values: DecisionRecord(**values)
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record=_records, now=_aware, authorisation_required=st.booleans())
def test_rules_never_raise_on_arbitrary_input(
    record: DecisionRecord, now: datetime, authorisation_required: bool
) -> None:
    drafts = draft_problems(record, now)
    complete = completion_problems(record, now, authorisation_required=authorisation_required)

    field_names = set(FIELDS_BY_NAME)
    for problem in drafts + complete:
        assert problem.field in field_names
        assert problem.text
    # Completion checks everything a draft checks, and more.
    assert {(p.field, p.text) for p in drafts} <= {(p.field, p.text) for p in complete}
