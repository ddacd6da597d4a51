"""How an event's details read on screen, in the CSV and in the PDF."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from infoshare_desktop.domain.audit import AuditAction, AuditEvent
from infoshare_desktop.reports.audit_text import MAX_DETAILS, AuditFormatter

AT = datetime(2026, 7, 1, 8, 5, 9, tzinfo=UTC)


def event(action: AuditAction, details: dict[str, Any]) -> AuditEvent:
    return AuditEvent(sequence=1, at=AT, user_id=1, username="gwen", action=action,
                      details=details)


@pytest.mark.parametrize(("action", "details", "text"), [
    (AuditAction.LOGIN, {}, ""),
    (AuditAction.LOGIN_FAILED, {"reason": "wrong password", "failed_attempts": 2},
     "Reason: wrong password · 2 wrong passwords in a row"),
    (AuditAction.LOGIN_FAILED, {"reason": "deactivated"}, "Reason: account deactivated"),
    (AuditAction.LOCKOUT, {"failed_attempts": 5, "minutes": 15},
     "5 wrong passwords in a row · locked for 15 minutes"),
    (AuditAction.ADDENDUM, {"reason": "Wrong date.", "changes": [
        {"field": "decided_at", "old": "a", "new": "b"},
        {"field": "recipient_name", "old": "c", "new": "d"}]},
     "Reason: Wrong date. · Changed: Date and time of decision, Recipient's name"),
    (AuditAction.RETURN, {"comment": "Say why.", "status": "returned"}, "Comment: Say why."),
    (AuditAction.GUARDIAN_DECISION, {"comment": "Agreed.", "status": "authorised"},
     "Comment: Agreed. · Status now: Authorised"),
    (AuditAction.COMPLETE, {"awaiting_review": True}, "emergency share, awaiting review"),
    (AuditAction.EXPORT, {"what": "audit events (CSV)", "rows": 3,
                          "filters": {"user": "morgan", "action": "authorise"}},
     "audit events (CSV), 3 rows · filters: user morgan, action authorise"),
    (AuditAction.EXPORT, {"what": "decision records (CSV)", "rows": 12, "filters": {}},
     "decision records (CSV), 12 rows"),
    (AuditAction.SETTINGS_CHANGE, {"changed": {"idle_lock_minutes": [10, 5]}},
     "Changed: idle_lock_minutes"),
    (AuditAction.ACCOUNT_UPDATE, {"before": {"username": "alex", "roles": ["practitioner"]},
                                  "after": {"username": "alex", "roles": ["manager"]}},
     "Account: alex · Changed: roles"),
    (AuditAction.PASSWORD_RESET, {"account": {"id": 4, "username": "alex"}}, "Account: alex"),
    (AuditAction.TEAM_SAVE, {"team": {"id": 2, "name": "Team B"}, "new": True},
     "Team: Team B · new"),
    (AuditAction.SET_UP, {"organisation_name": "Testshire", "protective_marking": "OFFICIAL"},
     "Organisation: Testshire"),
])
def test_details_in_words(action: AuditAction, details: dict[str, Any], text: str) -> None:
    assert AuditFormatter().details(event(action, details)) == text


def test_a_row_and_a_long_comment() -> None:
    formatter = AuditFormatter()
    long = event(AuditAction.DECLINE, {"comment": "word " * 200, "status": "declined"})
    cells = formatter.cells(long)
    assert cells[:4] == ["01/07/2026 09:05:09", "gwen", "Declined", ""]  # BST in July
    assert len(cells[4]) <= MAX_DETAILS and cells[4].endswith("word…")
