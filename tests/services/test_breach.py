"""Reporting a breach or misdirected information on a record."""

from __future__ import annotations

import pytest

from infoshare_desktop.domain.audit import AuditAction
from infoshare_desktop.domain.vocab import RecordStatus, ReviewAction, Role
from infoshare_desktop.services import audit, records, review
from infoshare_desktop.services.errors import (
    PermissionDeniedError,
    ValidationError,
    WorkflowError,
)
from infoshare_desktop.storage.database import Database
from tests.services.org import Org, build

WHAT_HAPPENED = "Sent to the wrong school by secure email on 3 March; recalled the same day."


@pytest.fixture
def org(db: Database) -> Org:
    return build(db)


def test_the_author_reports_a_breach_which_stays_on_the_record_and_the_trail(org: Org) -> None:
    record = org.record(RecordStatus.COMPLETED)
    assert record.id is not None
    after = review.report_breach(org.db, org.author, record.id, f"  {WHAT_HAPPENED}  ")
    assert after.status is RecordStatus.COMPLETED
    history = records.record_history(org.db, org.author, record.id)
    assert [(r.action, r.comment, r.by) for r in history.reviews] == [
        (ReviewAction.BREACH_REPORTED, WHAT_HAPPENED, "Alex Author")]
    guardian = org.add_user("gill_g", Role.GUARDIAN)
    events = audit.find_events(org.db, guardian, record_id=record.id,
                               actions={AuditAction.BREACH_REPORTED})
    assert [e.details["comment"] for e in events] == [WHAT_HAPPENED]
    # An administrator sees that it happened, not what was written.
    [seen] = audit.find_events(org.db, org.admin, record_id=record.id,
                               actions={AuditAction.BREACH_REPORTED})
    assert "comment" not in seen.details


def test_a_breach_report_must_say_what_happened(org: Org) -> None:
    record = org.record(RecordStatus.SUBMITTED)
    assert record.id is not None
    with pytest.raises(ValidationError) as caught:
        review.report_breach(org.db, org.author, record.id, "   ")
    [problem] = caught.value.problems
    assert problem.field == "comment" and problem.message.startswith("Describe what went wrong")
    assert records.record_history(org.db, org.author, record.id).reviews == []


def test_who_may_report_a_breach(org: Org) -> None:
    record = org.record(RecordStatus.COMPLETED)
    assert record.id is not None
    outsider = org.add_user("bea_b", Role.PRACTITIONER, member_of=(org.team_b,))
    other_manager = org.add_user("max_m", Role.MANAGER, manages=(org.team_b,))
    manager = org.add_user("mo_m", Role.MANAGER, manages=(org.team_a,))
    guardian = org.add_user("gill_g", Role.GUARDIAN)
    for refused in (outsider, other_manager, org.admin):
        with pytest.raises(PermissionDeniedError):
            review.report_breach(org.db, refused, record.id, WHAT_HAPPENED)
    for allowed in (manager, guardian):
        review.report_breach(org.db, allowed, record.id, WHAT_HAPPENED)
    assert len(records.record_history(org.db, guardian, record.id).reviews) == 2


def test_a_draft_has_shared_nothing_yet(org: Org) -> None:
    draft = org.record(RecordStatus.DRAFT)
    assert draft.id is not None
    with pytest.raises(WorkflowError):
        review.report_breach(org.db, org.author, draft.id, WHAT_HAPPENED)
