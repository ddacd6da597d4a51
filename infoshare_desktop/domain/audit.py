"""The audit trail: what happened, and the hash chain that makes tampering visible.

Each event's hash is the SHA-256 of the previous event's hash and a canonical
serialisation of the event's own fields (its sequence number included), so
changing any field, deleting an event, inserting one or swapping two breaks the
chain at that point. ``verify_chain`` walks the events and names the first break.
Pure Python: storage keeps the events, this module decides what they mean.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, Translate, identity
from infoshare_desktop.domain.vocab import Vocab

#: The "previous hash" of the very first event.
GENESIS = "0" * 64


class AuditAction(Vocab):
    # Signing in and out
    SET_UP = "set_up", QT_TRANSLATE_NOOP("vocab", "Organisation set up")
    LOGIN = "login", QT_TRANSLATE_NOOP("vocab", "Signed in")
    LOGIN_FAILED = "login_failed", QT_TRANSLATE_NOOP("vocab", "Failed sign-in")
    LOCKOUT = "lockout", QT_TRANSLATE_NOOP("vocab", "Account locked")
    LOGOUT = "logout", QT_TRANSLATE_NOOP("vocab", "Signed out")
    IDLE_LOCK = "idle_lock", QT_TRANSLATE_NOOP("vocab", "Locked after inactivity")
    UNLOCK = "unlock", QT_TRANSLATE_NOOP("vocab", "Unlocked")
    # Records
    CREATE = "create", QT_TRANSLATE_NOOP("vocab", "Record created")
    SAVE_DRAFT = "save_draft", QT_TRANSLATE_NOOP("vocab", "Draft saved")
    SUBMIT = "submit", QT_TRANSLATE_NOOP("vocab", "Submitted")
    REQUEST_ADVICE = "request_advice", QT_TRANSLATE_NOOP("vocab", "Advice requested")
    AUTHORISE = "authorise", QT_TRANSLATE_NOOP("vocab", "Authorised")
    RETURN = "return", QT_TRANSLATE_NOOP("vocab", "Returned for amendment")
    DECLINE = "decline", QT_TRANSLATE_NOOP("vocab", "Declined")
    REVIEW_EMERGENCY = "review_emergency", QT_TRANSLATE_NOOP(
        "vocab", "Emergency share reviewed"
    )
    GUARDIAN_DECISION = "guardian_decision", QT_TRANSLATE_NOOP(
        "vocab", "Caldicott Guardian decision"
    )
    BREACH_REPORTED = "breach_reported", QT_TRANSLATE_NOOP(
        "vocab", "Breach or misdirected information reported"
    )
    COMPLETE = "complete", QT_TRANSLATE_NOOP("vocab", "Completed")
    ADDENDUM = "addendum", QT_TRANSLATE_NOOP("vocab", "Addendum added")
    VIEW = "view", QT_TRANSLATE_NOOP("vocab", "Viewed by someone other than the author")
    # Output
    EXPORT = "export", QT_TRANSLATE_NOOP("vocab", "Exported")
    PRINT = "print", QT_TRANSLATE_NOOP("vocab", "Printed")
    REPORT = "report", QT_TRANSLATE_NOOP("vocab", "Report generated")
    # Administration
    SETTINGS_CHANGE = "settings_change", QT_TRANSLATE_NOOP("vocab", "Settings changed")
    ACCOUNT_CREATE = "account_create", QT_TRANSLATE_NOOP("vocab", "Account created")
    ACCOUNT_UPDATE = "account_update", QT_TRANSLATE_NOOP("vocab", "Account changed")
    ACCOUNT_DEACTIVATE = "account_deactivate", QT_TRANSLATE_NOOP(
        "vocab", "Account deactivated"
    )
    ACCOUNT_REACTIVATE = "account_reactivate", QT_TRANSLATE_NOOP(
        "vocab", "Account reactivated"
    )
    PASSWORD_RESET = "password_reset", QT_TRANSLATE_NOOP("vocab", "Password reset")
    PASSWORD_CHANGE = "password_change", QT_TRANSLATE_NOOP("vocab", "Password changed")
    TEAM_SAVE = "team_save", QT_TRANSLATE_NOOP("vocab", "Team created or renamed")
    ORGANISATION_SAVE = "organisation_save", QT_TRANSLATE_NOOP(
        "vocab", "Directory organisation saved"
    )
    BACKUP = "backup", QT_TRANSLATE_NOOP("vocab", "Backup made")
    RESTORE = "restore", QT_TRANSLATE_NOOP("vocab", "Backup restored")
    DATABASE_COPIED = "database_copied", QT_TRANSLATE_NOOP(
        "vocab", "Log copied to another database"
    )
    DATABASE_MOVED = "database_moved", QT_TRANSLATE_NOOP(
        "vocab", "Log moved: this database no longer used"
    )
    DATABASE_REOPENED = "database_reopened", QT_TRANSLATE_NOOP(
        "vocab", "Moved log used again"
    )
    DISPOSAL = "disposal", QT_TRANSLATE_NOOP("vocab", "Record disposed of")


@dataclass(frozen=True)
class AuditEvent:
    """One thing that happened. ``details`` is JSON-safe (no passwords, ever)."""

    sequence: int
    at: datetime
    user_id: int | None
    username: str
    action: AuditAction
    record_id: int | None = None
    reference: str = ""
    details: dict[str, Any] = field(default_factory=dict)
    prev_hash: str = GENESIS
    hash: str = ""


def canonical(event: AuditEvent) -> bytes:
    """The event's own fields as bytes: sorted keys, fixed separators, UTC to the microsecond."""
    at = event.at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    body = {
        "sequence": event.sequence,
        "at": at,
        "user_id": event.user_id,
        "username": event.username,
        "action": event.action.value,
        "record_id": event.record_id,
        "reference": event.reference,
        "details": event.details,
    }
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def chain_hash(prev_hash: str, event: AuditEvent) -> str:
    """SHA-256 over the previous hash and this event's canonical form."""
    digest = hashlib.sha256()
    digest.update(prev_hash.encode("ascii"))
    digest.update(b"\n")
    digest.update(canonical(event))
    return digest.hexdigest()


@dataclass(frozen=True)
class UnreadableEvent:
    """A stored event whose ``column`` holds something no event can hold (it was edited).

    Storage hands this to ``verify_chain`` in the event's place, so that a row
    changed into nonsense is reported at its sequence like any other change.
    """

    sequence: int
    column: str


@dataclass(frozen=True)
class ChainReport:
    """The result of checking the chain: all good, or the first event that is wrong."""

    ok: bool
    count: int
    head: str
    broken_sequence: int | None = None
    #: What is wrong with the first broken event (None when all is well).
    reason: Message | None = None

    @property
    def message(self) -> Message:
        """"OK: 12 events, head …" or "BROKEN at event 7: …", translatable."""
        if self.ok:
            return Message(AUDIT, MSG_CHAIN_OK, {"count": self.count, "head": self.head})
        return Message(AUDIT, MSG_CHAIN_BROKEN, {
            "sequence": self.broken_sequence, "problem": self.reason or ""})

    def describe(self, translate: Translate = identity) -> str:
        return self.message.text(translate)

    @property
    def text(self) -> str:
        """In English: the form ``infoshare audit verify`` prints, for IT's scripts."""
        return self.describe()

    @property
    def problem(self) -> str:
        """What is wrong, in English ("" when all is well)."""
        return self.reason.text() if self.reason is not None else ""


AUDIT = "audit"
MSG_CHAIN_OK = QT_TRANSLATE_NOOP("audit", "OK: {count} events, head {head}")
MSG_CHAIN_BROKEN = QT_TRANSLATE_NOOP("audit", "BROKEN at event {sequence}: {problem}")


def _broken(source: str, **values: object) -> Message:
    return Message(AUDIT, source, values)


def verify_chain(
    events: Iterable[AuditEvent | UnreadableEvent], expected_count: int | None = None,
    expected_head: str | None = None,
) -> ChainReport:
    """Walk ``events`` in sequence order and report the first break.

    ``expected_count`` and ``expected_head`` are what the database says the chain
    should end with, so that deleting the newest events (or adding some after the
    newest) is caught too.
    """
    prev = GENESIS
    count = 0
    for event in events:
        count += 1
        if event.sequence > count:
            return ChainReport(
                False, count - 1, prev, count,
                _broken(QT_TRANSLATE_NOOP(
                    "audit", "it is missing: the event after event {before} is event "
                    "{sequence} (events were deleted)"), before=count - 1,
                    sequence=event.sequence),
            )
        if event.sequence < count:
            return ChainReport(
                False, count - 1, prev, event.sequence,
                _broken(QT_TRANSLATE_NOOP(
                    "audit", "it is out of order: expected event {expected} here"),
                    expected=count),
            )
        if isinstance(event, UnreadableEvent):
            return ChainReport(
                False, count - 1, prev, event.sequence,
                _broken(QT_TRANSLATE_NOOP(
                    "audit", "its {column} cannot be read (it was changed)"),
                    column=event.column),
            )
        if event.prev_hash != prev:
            return ChainReport(
                False, count - 1, prev, event.sequence,
                _broken(QT_TRANSLATE_NOOP(
                    "audit", "it does not follow the event before it (an event was deleted, "
                    "inserted or moved)")),
            )
        if chain_hash(prev, event) != event.hash:
            return ChainReport(
                False, count - 1, prev, event.sequence,
                _broken(QT_TRANSLATE_NOOP(
                    "audit", "its content does not match its hash (a field was changed)")),
            )
        prev = event.hash
    if expected_count is not None and count < expected_count:
        return ChainReport(
            False, count, prev, count + 1,
            _broken(QT_TRANSLATE_NOOP(
                "audit", "it is missing: the chain ends after {count} events but {expected} "
                "were recorded (the newest events were deleted)"),
                count=count, expected=expected_count),
        )
    if expected_count is not None and count > expected_count:
        return ChainReport(
            False, count, prev, expected_count + 1,
            _broken(QT_TRANSLATE_NOOP(
                "audit", "it comes after the newest event recorded ({expected}): it was "
                "added afterwards"), expected=expected_count),
        )
    if expected_head is not None and prev != expected_head:
        return ChainReport(
            False, count, prev, count,
            _broken(QT_TRANSLATE_NOOP(
                "audit", "the last event is not the one recorded as the newest")),
        )
    return ChainReport(True, count, prev)
