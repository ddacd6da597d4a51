"""When a conditional field of docs/domain.md applies: one pure predicate per condition.

The form shows a conditional field only while its condition holds, and the
completion rules require it only then, so both read these same functions.
"""

from __future__ import annotations

from collections.abc import Callable

from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.domain.vocab import (
    ConsentStatus,
    DataCategory,
    LegalGateway,
    Origin,
    Outcome,
    Schedule1Condition,
)

Condition = Callable[[DecisionRecord], bool]


def always(record: DecisionRecord) -> bool:
    del record
    return True


def never(record: DecisionRecord) -> bool:
    del record
    return False


def is_share(record: DecisionRecord) -> bool:
    """Information left the organisation, in full or in part."""
    return record.is_share


def is_request(record: DecisionRecord) -> bool:
    """Another agency asked us: record who, when, what and how they were verified."""
    return record.origin is Origin.RESPONSE_TO_REQUEST


def something_withheld(record: DecisionRecord) -> bool:
    return record.outcome in (Outcome.SHARED_IN_PART, Outcome.NOT_SHARED)


def special_category_shared(record: DecisionRecord) -> bool:
    """Article 9 data was shared: an Article 9(2) condition is needed."""
    return record.is_share and any(c.is_special_category for c in record.data_categories)


def needs_schedule1(record: DecisionRecord) -> bool:
    """Article 9(2)(b), (g), (h), (i), (j) or criminal offence data need a Schedule 1 condition."""
    if not record.is_share:
        return False
    article9 = record.article9_condition
    if special_category_shared(record) and article9 and article9.needs_schedule1_condition:
        return True
    return DataCategory.CRIMINAL_OFFENCE in record.data_categories


def is_para18(record: DecisionRecord) -> bool:
    return needs_schedule1(record) and (
        record.schedule1_condition is Schedule1Condition.P2_SAFEGUARDING
    )


def gateway_is_other(record: DecisionRecord) -> bool:
    return record.legal_gateway is LegalGateway.OTHER


def consent_overridden(record: DecisionRecord) -> bool:
    """Consent was not sought, or was refused and the information shared anyway."""
    return record.consent is not None and record.consent.needs_override_reason


def lacks_capacity(record: DecisionRecord) -> bool:
    """The person cannot consent: the decision rests on their best interests, reasoned."""
    return record.consent is ConsentStatus.LACKS_CAPACITY


def consent_needs_note(record: DecisionRecord) -> bool:
    """Consent was overridden or could not be given: there is more to say about it."""
    return consent_overridden(record) or lacks_capacity(record)


def person_not_informed(record: DecisionRecord) -> bool:
    return record.person_informed is not None and record.person_informed.needs_reason


def referred_to_guardian(record: DecisionRecord) -> bool:
    return record.guardian_referred
