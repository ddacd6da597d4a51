"""The rules for which fields a record needs, as pure functions returning problems.

``draft_problems`` is what even a draft must satisfy (nothing is required, but text
must fit and dates must be possible). ``completion_problems`` adds every mandatory
(M) and conditional (C) field of docs/domain.md that applies to this record. Each problem
names its field, so the form can show the message beside it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from infoshare_desktop.domain import conditions, i18n
from infoshare_desktop.domain.display import london
from infoshare_desktop.domain.fields import FIELDS, LONG_TEXT_MAX, Field, Kind, Section
from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity
from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.domain.vocab import (
    ConfidentialityBasis,
    ConsentStatus,
    Outcome,
    RecordStatus,
)

MSG_TOO_LONG = QT_TRANSLATE_NOOP("rules", "{label} must be {limit} characters or fewer")
MSG_UNUSUAL_CHARACTER = QT_TRANSLATE_NOOP(
    "rules", "Remove the unusual character in {label}: it cannot be saved"
)
MSG_IN_FUTURE = QT_TRANSLATE_NOOP("rules", "{label} must be today or in the past")
MSG_IMPOSSIBLE_TIME = QT_TRANSLATE_NOOP(
    "rules", "Check the year in {label}: it is not a date that can be saved"
)
MSG_PERSON_INCOMPLETE = QT_TRANSLATE_NOOP(
    "rules", "Enter a name and choose a role for each person, or remove the empty line"
)
MSG_REQUEST_AFTER_DECISION = QT_TRANSLATE_NOOP(
    "rules", "The date the request was received must be on or before the date of the decision"
)
MSG_SHARED_BEFORE_REQUEST = QT_TRANSLATE_NOOP(
    "rules", "The date shared must be on or after the date the request was received"
)
MSG_SHARED_BEFORE_DECISION = QT_TRANSLATE_NOOP(
    "rules", "The date shared must be on or after the date and time of the decision"
)
MSG_DECIDED_AFTER_SHARING = QT_TRANSLATE_NOOP(
    "rules", "The decision must be dated on or before the date it was shared"
)
# The consistency rules of docs/domain.md: each message sits beside a field it concerns
# and says what to change.
MSG_OUTCOME_SHARED_CONSENT_NOT = QT_TRANSLATE_NOOP(
    "rules", "The outcome says the information was shared, but consent says it was refused "
    "and not shared: correct the outcome or the consent answer"
)
MSG_CONSENT_NOT_SHARED_BUT_SHARED = QT_TRANSLATE_NOOP(
    "rules", "Consent says “Sought and refused – not shared”, but the outcome "
    "says it was shared: choose “Sought and refused – shared anyway” or "
    "correct the outcome"
)
MSG_OUTCOME_NOT_SHARED_CONSENT_SHARED = QT_TRANSLATE_NOOP(
    "rules", "The outcome is Not shared, but consent says it was refused and shared anyway: "
    "correct the outcome or the consent answer"
)
MSG_CONSENT_SHARED_BUT_NOT_SHARED = QT_TRANSLATE_NOOP(
    "rules", "Consent says “Sought and refused – shared anyway”, but the "
    "outcome is Not shared: choose “Sought and refused – not shared” or "
    "correct the outcome"
)
MSG_ARTICLE6_CONSENT_NOT_GIVEN = QT_TRANSLATE_NOOP(
    "rules", "Article 6(1)(a) rests on consent, but consent was not given: choose the basis "
    "you relied on, usually (e) Public task"
)
MSG_ARTICLE9_CONSENT_NOT_GIVEN = QT_TRANSLATE_NOOP(
    "rules", "Article 9(2)(a) rests on explicit consent, but consent was not given: choose "
    "the condition you relied on"
)
MSG_CONSENT_NOT_GIVEN_FOR_BASIS = QT_TRANSLATE_NOOP(
    "rules", "A consent-based lawful basis is chosen, but this answer says consent was not "
    "given: correct the consent answer or the lawful basis"
)
MSG_CAPACITY_NEEDS_BEST_INTERESTS = QT_TRANSLATE_NOOP(
    "rules", "The person lacks capacity: choose “Best interests of a person lacking "
    "capacity” as the basis for setting aside confidentiality"
)
MSG_NOTHING_SHARED_NO_TRANSFER = QT_TRANSLATE_NOOP(
    "rules", "Remove the answer to “{label}”: nothing was shared, so there is no transfer to "
    "record"
)
MSG_NOTHING_SHARED_UNTICK = QT_TRANSLATE_NOOP(
    "rules", "Untick “{label}”: nothing was shared, so there is no transfer to record"
)

#: A clock a few minutes fast on another PC must not refuse a time typed as "now".
FUTURE_TOLERANCE = timedelta(minutes=5)
#: Transfer details that only a share can have: a record of nothing shared refuses them.
TRANSFER_ONLY_IF_SHARED = (
    "shared_at", "method", "address_checked", "receipt_confirmed", "retention_agreed",
)


@dataclass(frozen=True)
class Problem:
    """Something to fix in one field. ``message`` is a translatable template."""

    field: str
    message: str
    params: dict[str, str | int] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The message in English with its parameters filled in."""
        return self.message.format(**self.params)


def problem_text(problem: Problem, translate: Translate = identity) -> str:
    """A problem's message in the user's language with its parameters filled in.

    Rule messages live in the "rules" context; a field's own error message is
    marked in the "fields" context, so fall back to that when "rules" has none.
    """
    message = translate(i18n.RULES, problem.message)
    if message == problem.message:
        message = translate(i18n.FIELDS, problem.message)
    params = dict(problem.params)
    if isinstance(params.get("label"), str):
        label = str(params["label"])
        params["label"] = translate(i18n.FIELDS, label) if label else ""
    try:
        return message.format(**params)
    except (KeyError, IndexError, ValueError):
        # A translation with a broken placeholder must not hide the problem.
        return problem.text


def is_blank(value: object) -> bool:
    """True when a field has no answer: empty text, no choice, an empty list."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple | set):
        return len(value) == 0
    return False


def _limit_problems(record: DecisionRecord) -> list[Problem]:
    problems = []
    for f in FIELDS:
        limit = f.max_length
        value = getattr(record, f.name)
        if limit is not None and isinstance(value, str) and len(value) > limit:
            problems.append(Problem(f.name, MSG_TOO_LONG, {"label": f.label, "limit": limit}))
    limit_fields = {
        "people": [p.name for p in record.people],
        "tests": [t.note for t in record.tests],
        "advice": [a.summary for a in record.advice],
    }
    for name, texts in limit_fields.items():
        if any(len(text) > LONG_TEXT_MAX for text in texts):
            label = next(f.label for f in FIELDS if f.name == name)
            problems.append(Problem(name, MSG_TOO_LONG, {"label": label, "limit": LONG_TEXT_MAX}))
    return problems


def _cannot_store(text: str) -> bool:
    """True for text holding a lone surrogate (half of an emoji, from a broken paste).

    The database keeps text as UTF-8, which has no encoding for it, so saving would
    fail; refusing with a message keeps the rule that nothing is silently changed.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _character_problems(record: DecisionRecord) -> list[Problem]:
    """Text fields holding a character the database cannot store."""
    problems = []
    for f in FIELDS:
        value = getattr(record, f.name)
        if f.kind is Kind.PEOPLE:
            texts = [p.name for p in record.people]
        elif f.kind is Kind.TESTS:
            texts = [t.note for t in record.tests]
        elif f.kind is Kind.ADVICE:
            texts = [a.summary for a in record.advice]
        else:
            texts = [value] if isinstance(value, str) else []
        if any(isinstance(text, str) and _cannot_store(text) for text in texts):
            problems.append(Problem(f.name, MSG_UNUSUAL_CHARACTER, {"label": f.label}))
    return problems


def _as_date(value: date | datetime | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value


#: A time is stored in UTC and shown in UK time: both must stay within what a
#: ``datetime`` can hold, so the first and last days of the calendar are refused.
_FIRST_SAFE_DAY = date(1, 1, 2)
_LAST_SAFE_DAY = date(9999, 12, 30)


def _storable_time(value: datetime) -> bool:
    try:
        day = value.astimezone(UTC).date()
    except (OverflowError, ValueError):
        return False
    return _FIRST_SAFE_DAY <= day <= _LAST_SAFE_DAY


def uk_today(now: datetime) -> date:
    """The calendar day in the UK at ``now`` (a date field is a UK day, not a UTC one)."""
    zone = london()
    try:
        return now.astimezone(zone).date() if zone is not None else now.astimezone().date()
    except (OverflowError, ValueError):  # the calendar's very edge: the UTC day will do
        return now.date()


def _date_problems(record: DecisionRecord, now: datetime) -> list[Problem]:
    """Dates that cannot be right: in the future, or in an impossible order."""
    problems = []
    try:
        latest = now + FUTURE_TOLERANCE
    except OverflowError:  # a clock at the calendar's very end
        latest = now
    latest_day = uk_today(latest)
    for f in FIELDS:
        if f.kind not in (Kind.DATE, Kind.DATETIME):
            continue
        value = getattr(record, f.name)
        if value is None:
            continue
        if isinstance(value, datetime) and not _storable_time(value):
            problems.append(Problem(f.name, MSG_IMPOSSIBLE_TIME, {"label": f.label}))
            continue
        if f.name == "follow_up_on":
            continue
        late = value > latest if isinstance(value, datetime) else value > latest_day
        if late:
            problems.append(Problem(f.name, MSG_IN_FUTURE, {"label": f.label}))
    received = record.request_received_on
    decided = _as_date(record.decided_at)
    if received and decided and received > decided:
        problems.append(Problem("request_received_on", MSG_REQUEST_AFTER_DECISION))
    shared = _as_date(record.shared_at)
    if received and shared and record.is_share and shared < received:
        problems.append(Problem("shared_at", MSG_SHARED_BEFORE_REQUEST))
    return problems


def _consent_problems(record: DecisionRecord) -> list[Problem]:
    """The outcome, the lawful basis and the consent answer must tell one story."""
    problems: list[Problem] = []
    consent, outcome = record.consent, record.outcome
    if consent is ConsentStatus.REFUSED_NOT_SHARED and record.is_share:
        problems += [Problem("outcome", MSG_OUTCOME_SHARED_CONSENT_NOT),
                     Problem("consent", MSG_CONSENT_NOT_SHARED_BUT_SHARED)]
    if consent is ConsentStatus.REFUSED_SHARED and outcome is Outcome.NOT_SHARED:
        problems += [Problem("outcome", MSG_OUTCOME_NOT_SHARED_CONSENT_SHARED),
                     Problem("consent", MSG_CONSENT_SHARED_BUT_NOT_SHARED)]
    if consent is None or consent.is_given:
        return problems
    article6 = record.article6_basis
    article9 = record.article9_condition if conditions.special_category_shared(record) else None
    if article6 is not None and article6.rests_on_consent:
        problems.append(Problem("article6_basis", MSG_ARTICLE6_CONSENT_NOT_GIVEN))
    if article9 is not None and article9.rests_on_consent:
        problems.append(Problem("article9_condition", MSG_ARTICLE9_CONSENT_NOT_GIVEN))
    if (article6 is not None and article6.rests_on_consent) or (
            article9 is not None and article9.rests_on_consent):
        problems.append(Problem("consent", MSG_CONSENT_NOT_GIVEN_FOR_BASIS))
    return problems


def consistency_problems(record: DecisionRecord) -> list[Problem]:
    """Answers that contradict each other (docs/domain.md, "Consistency between answers").

    Checked at submission, at completion and on every addendum to a record past
    draft; a draft may hold a contradiction while it is being written. Missing
    answers are the completion rules' business: a rule here fires only on answers
    that are there.
    """
    problems = _consent_problems(record)
    if record.consent is ConsentStatus.LACKS_CAPACITY and record.is_share and (
            record.confidentiality_basis is not None
            and record.confidentiality_basis is not ConfidentialityBasis.BEST_INTERESTS):
        problems.append(Problem("confidentiality_basis", MSG_CAPACITY_NEEDS_BEST_INTERESTS))
    if record.outcome is not None and not record.is_share:
        labels = {f.name: f.label for f in FIELDS}
        for name in TRANSFER_ONLY_IF_SHARED:
            value = getattr(record, name)
            if value is True:
                problems.append(Problem(name, MSG_NOTHING_SHARED_UNTICK,
                                        {"label": labels[name]}))
            elif value is not False and not is_blank(value):
                problems.append(Problem(name, MSG_NOTHING_SHARED_NO_TRANSFER,
                                        {"label": labels[name]}))
    decided, shared = record.decided_at, record.shared_at
    if decided is not None and shared is not None and record.is_share and shared < decided:
        problems += [Problem("shared_at", MSG_SHARED_BEFORE_DECISION),
                     Problem("decided_at", MSG_DECIDED_AFTER_SHARING)]
    return problems


def _merged(first: list[Problem], then: list[Problem]) -> list[Problem]:
    """``first``, then each problem of ``then`` on a field ``first`` does not already
    name (one message to act on per field), in form order."""
    named = {p.field for p in first}
    seen: set[tuple[str, str]] = set()
    kept = list(first)
    for problem in then:
        if problem.field not in named and (problem.field, problem.message) not in seen:
            seen.add((problem.field, problem.message))
            kept.append(problem)
    order = {f.name: i for i, f in enumerate(FIELDS)}
    return sorted(kept, key=lambda p: order.get(p.field, len(order)))


def draft_problems(record: DecisionRecord, now: datetime) -> list[Problem]:
    """What stops even a draft being saved: text too long or unstorable, impossible dates."""
    limits = _limit_problems(record)
    too_long = {p.field for p in limits}
    characters = [p for p in _character_problems(record) if p.field not in too_long]
    return limits + characters + _date_problems(record, now)


def is_required(f: Field, record: DecisionRecord, *, authorisation_required: bool) -> bool:
    """Whether ``f`` must be answered before ``record`` can be completed."""
    if not f.shown(record):
        return False
    return f.required(record) or (f.by_setting and authorisation_required)


def _field_is_answered(f: Field, record: DecisionRecord) -> bool:
    value = getattr(record, f.name)
    if f.kind is Kind.PEOPLE:
        return bool(record.people) and all(p.name.strip() and p.role for p in record.people)
    if f.kind is Kind.TESTS:
        return all(t.answer is not None for t in record.tests)
    if f.kind is Kind.ADVICE:
        return all(a.source is not None for a in record.advice)
    if f.kind is Kind.FLAG:
        return True
    return not is_blank(value)


def completion_problems(
    record: DecisionRecord, now: datetime, *, authorisation_required: bool = False
) -> list[Problem]:
    """Every problem that stops ``record`` being marked complete, in form order."""
    return _merged(
        _missing_answers(record, now, authorisation_required=authorisation_required),
        consistency_problems(record),
    )


def _missing_answers(
    record: DecisionRecord, now: datetime, *, authorisation_required: bool
) -> list[Problem]:
    """The draft rules plus every required answer that is not there."""
    problems = draft_problems(record, now)
    already = {p.field for p in problems}
    for f in FIELDS:
        if f.name in already:
            continue
        if _field_is_answered(f, record):
            continue
        if f.kind is Kind.PEOPLE and record.people:
            # Some people are entered but a line is incomplete: say so precisely.
            problems.append(Problem(f.name, MSG_PERSON_INCOMPLETE))
        elif f.kind is Kind.ADVICE or is_required(
            f, record, authorisation_required=authorisation_required
        ):
            # An advice line without its source is never acceptable, even though
            # advice itself is optional.
            problems.append(Problem(f.name, f.error))
    return problems


#: Answered only once the information has gone: not needed to submit for review.
AFTER_SHARING = frozenset(
    {f.name for f in FIELDS if f.section is Section.TRANSFER}
    | {"person_informed", "person_informed_reason"}
)


def submission_problems(record: DecisionRecord, now: datetime) -> list[Problem]:
    """What stops ``record`` being submitted for a manager's review.

    Everything the decision needs, but not what can only be known after sharing
    (the transfer and whether the person was told) and not the authorisation,
    which the review itself records.
    """
    contradictions = {(p.field, p.message) for p in consistency_problems(record)}
    # A contradiction is a problem now, even on an answer only needed after sharing.
    return [p for p in completion_problems(record, now, authorisation_required=False)
            if p.field not in AFTER_SHARING or (p.field, p.message) in contradictions]


def state_problems(record: DecisionRecord, now: datetime) -> list[Problem]:
    """What stops ``record`` being valid in its own status (an addendum must keep it so).

    A draft (or a record returned for amendment) needs only the draft rules; a
    record under review, authorised or declined needs what submission needed; a
    completed record needs what completion needed. The authorisation block is the
    review's to write, never an addendum's, so it is not asked for here.
    """
    if record.status.is_editable:
        return draft_problems(record, now)
    if record.status is RecordStatus.COMPLETED:
        return completion_problems(record, now, authorisation_required=False)
    return submission_problems(record, now)
