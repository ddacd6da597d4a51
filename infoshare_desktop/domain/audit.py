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
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, NamedTuple

from infoshare_desktop.domain.content import content_sha256
from infoshare_desktop.domain.i18n import (
    QT_TRANSLATE_NOOP,
    VOCAB,
    LowerCase,
    Message,
    Translate,
    identity,
)
from infoshare_desktop.domain.vocab import RecordStatus, Vocab

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
    CONTENT_FINGERPRINTS = "content_fingerprints", QT_TRANSLATE_NOOP(
        "vocab", "Upgraded: record content fingerprinted from here on"
    )


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
    #: The reference of the first record whose content does not match the trail
    #: (``broken_sequence`` is then the event it contradicts); None for a broken chain.
    broken_record: str | None = None
    #: Locked records and stored versions the trail holds no fingerprint of (made
    #: before events carried one): they could not be checked.
    unchecked: int = 0

    @property
    def message(self) -> Message:
        """"OK: 12 events, head …", "BROKEN at event 7: …" or "BROKEN at record
        IS-2026-000065: …", translatable."""
        if self.ok:
            return Message(AUDIT, MSG_CHAIN_OK, {"count": self.count, "head": self.head})
        if self.broken_record is not None:
            return Message(AUDIT, MSG_RECORD_BROKEN, {
                "reference": self.broken_record, "problem": self.reason or ""})
        return Message(AUDIT, MSG_CHAIN_BROKEN, {
            "sequence": self.broken_sequence, "problem": self.reason or ""})

    @property
    def note(self) -> Message | None:
        """What could not be checked, as a second line (None: everything was)."""
        if not self.ok or not self.unchecked:
            return None
        return Message(AUDIT, MSG_UNCHECKED, {"count": self.unchecked})

    def describe(self, translate: Translate = identity) -> str:
        """The result, with what could not be checked on a second line if anything."""
        lines = [self.message.text(translate)]
        if self.note is not None:
            lines.append(self.note.text(translate))
        return "\n".join(lines)

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
MSG_RECORD_BROKEN = QT_TRANSLATE_NOOP("audit", "BROKEN at record {reference}: {problem}")
MSG_UNCHECKED = QT_TRANSLATE_NOOP(
    "audit", "Not checked: {count} locked records or versions from before the audit trail "
    "kept a fingerprint of record content.")


def _broken(source: str, **values: object) -> Message:
    return Message(AUDIT, source, values)


@dataclass(frozen=True)
class Anchor:
    """An event count and (the start of) that event's hash, printed outside the file.

    Every report prints the trail's count and head; checking later that the trail
    still holds that event with that hash catches a trail rebuilt with fresh hashes
    after an edit, which the chain alone cannot show.
    """

    count: int
    hash_prefix: str

    def __str__(self) -> str:
        return f"{self.count}:{self.hash_prefix}"


#: The fewest hex digits of a hash an anchor may give (32 bits: no accidental match).
ANCHOR_MIN_DIGITS = 8
_HEX = frozenset("0123456789abcdef")


def parse_anchor(text: str) -> Anchor | None:
    """``COUNT:HASH`` (HASH: at least ``ANCHOR_MIN_DIGITS`` hex digits) or None if malformed."""
    count_text, colon, digits = text.strip().partition(":")
    digits = digits.strip().lower().rstrip("\u2026.")
    count_text = count_text.strip().replace(",", "")
    if (not colon or not count_text.isascii() or not count_text.isdigit()
            or not ANCHOR_MIN_DIGITS <= len(digits) <= 64 or not set(digits) <= _HEX):
        return None
    count = int(count_text)
    return Anchor(count, digits) if count > 0 else None


def verify_chain(
    events: Iterable[AuditEvent | UnreadableEvent], expected_count: int | None = None,
    expected_head: str | None = None, anchor: Anchor | None = None,
) -> ChainReport:
    """Walk ``events`` in sequence order and report the first break.

    ``expected_count`` and ``expected_head`` are what the database says the chain
    should end with, so that deleting the newest events (or adding some after the
    newest) is caught too. ``anchor`` is an event a printed report vouches for: the
    chain must still hold it, with that hash.
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
        if anchor is not None and event.sequence == anchor.count \
                and not event.hash.startswith(anchor.hash_prefix):
            return ChainReport(
                False, count - 1, prev, event.sequence,
                _broken(QT_TRANSLATE_NOOP(
                    "audit", "its hash begins {found}, not {expected} as printed in an "
                    "earlier report (the trail was rebuilt after that report)"),
                    found=event.hash[:len(anchor.hash_prefix)], expected=anchor.hash_prefix),
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
    if anchor is not None and anchor.count > count:
        return ChainReport(
            False, count, prev, anchor.count,
            _broken(QT_TRANSLATE_NOOP(
                "audit", "it is missing: the trail ends after {count} events, but an earlier "
                "report printed event {expected} (the newest events were removed)"),
                count=count, expected=anchor.count),
        )
    return ChainReport(True, count, prev)


# --- record content in the chain ---------------------------------------------------------

#: In an event's details: the SHA-256 of the record's canonical content after the event
#: (``domain.content``).
CONTENT_KEY = "content_sha256"
#: In an event's details: the number of the version of the record the event kept, and
#: the SHA-256 of that version's stored JSON payload, byte for byte.
KEPT_VERSION_KEY = "kept_version"
VERSION_SHA_KEY = "version_sha256"
#: Events that write a record past draft: each fixes the record's content as it then was.
CONTENT_EVENTS = frozenset({
    AuditAction.SUBMIT, AuditAction.REQUEST_ADVICE, AuditAction.AUTHORISE,
    AuditAction.RETURN, AuditAction.DECLINE, AuditAction.REVIEW_EMERGENCY,
    AuditAction.GUARDIAN_DECISION, AuditAction.BREACH_REPORTED, AuditAction.COMPLETE,
    AuditAction.ADDENDUM,
})
#: Events that keep a frozen version of the record's content, and name it.
VERSION_EVENTS = frozenset({AuditAction.SUBMIT, AuditAction.COMPLETE, AuditAction.ADDENDUM})
#: Events that write an editable draft: the draft may change again, so nothing is fixed.
DRAFT_EVENTS = frozenset({AuditAction.CREATE, AuditAction.SAVE_DRAFT})
#: A record deleted on purpose (retention): its row may be gone.
DISPOSAL_EVENTS = frozenset({AuditAction.DISPOSAL})


def payload_sha256(payload: str) -> str:
    """SHA-256 (hex) of a stored version's JSON payload, exactly as stored."""
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def content_details(
    action: AuditAction, content_sha256: str, newest_version: int | None,
    payload: str | None = None,
) -> dict[str, Any]:
    """What an event of ``action`` adds to its details about the record it wrote.

    ``content_sha256`` is the record's fingerprint after the event; ``newest_version``
    the number of its newest stored version (kept just before the event, by the
    events that keep one) and ``payload`` that version's JSON as stored (a bulk writer
    that stores it later adds its fingerprint with ``with_payload``). Both the
    services and the demo's bulk path call this.
    """
    if action not in CONTENT_EVENTS:
        return {}
    details: dict[str, Any] = {CONTENT_KEY: content_sha256}
    if action in VERSION_EVENTS and newest_version is not None:
        details[KEPT_VERSION_KEY] = newest_version
        if payload is not None:
            details[VERSION_SHA_KEY] = payload_sha256(payload)
    return details


def with_payload(details: dict[str, Any], payloads: dict[int, str]) -> dict[str, Any]:
    """``details`` of an event that kept a version, with that version's payload
    fingerprint added (``payloads``: the record's stored payloads by number)."""
    kept = details.get(KEPT_VERSION_KEY)
    if kept not in payloads:
        return details
    return {**details, VERSION_SHA_KEY: payload_sha256(payloads[kept])}


#: In the details of the ``CONTENT_FINGERPRINTS`` event an upgrade writes: the highest
#: record id and version row id stored before fingerprints began.
RECORDS_BEFORE_KEY = "records_before"
VERSIONS_BEFORE_KEY = "versions_before"


def fingerprints_start(
    sequence: int, at: datetime, prev_hash: str, records_before: int, versions_before: int
) -> AuditEvent:
    """The event an upgrade appends to a trail that already holds records: from here
    on every record and version has events carrying its fingerprint; those stored
    before (ids up to these) are checked only where an event fixed them since."""
    event = AuditEvent(
        sequence=sequence, at=at, user_id=None, username="",
        action=AuditAction.CONTENT_FINGERPRINTS,
        details={RECORDS_BEFORE_KEY: records_before, VERSIONS_BEFORE_KEY: versions_before},
        prev_hash=prev_hash,
    )
    return replace(event, hash=chain_hash(prev_hash, event))


@dataclass(frozen=True)
class _Written:
    """The newest event that wrote a record."""

    sequence: int
    action: AuditAction
    digest: str | None
    kept_version: int | None


class _Kept(NamedTuple):
    """The event that kept a version: its number, the record's and the payload's
    fingerprints (None for the payload: compare the content instead)."""

    sequence: int
    digest: str
    action: AuditAction
    payload_digest: str | None


@dataclass(frozen=True)
class ContentProblem:
    """The first record whose stored content does not match what the trail fixed."""

    record_id: int
    #: Where in the record: a version's number, or ``CURRENT`` for its content now.
    order: int
    reference: str
    sequence: int | None
    reason: Message


#: ``ContentProblem.order`` of a record's current content (after all its versions).
CURRENT = 2**62

MSG_VERSION_CHANGED = QT_TRANSLATE_NOOP(
    "audit", "its version {number} ({kind}) does not match the fingerprint event {sequence} "
    "kept of it (the stored version was changed)")
MSG_VERSION_UNREADABLE = QT_TRANSLATE_NOOP(
    "audit", "its version {number} cannot be read (it was changed)")
MSG_VERSION_MISSING = QT_TRANSLATE_NOOP(
    "audit", "its version {number}, kept by event {sequence}, is missing (it was deleted)")
MSG_CONTENT_CHANGED_VERSION = QT_TRANSLATE_NOOP(
    "audit", "its content does not match version {number} as {kind}")
MSG_CONTENT_CHANGED_EVENT = QT_TRANSLATE_NOOP(
    "audit", "its content does not match what event {sequence} recorded ({action})")
MSG_CONTENT_UNREADABLE = QT_TRANSLATE_NOOP(
    "audit", "its content cannot be read (it was changed)")
MSG_RECORD_MISSING = QT_TRANSLATE_NOOP(
    "audit", "the record is missing: it was deleted outside InfoShare after event {sequence}")
MSG_NO_EVENTS = QT_TRANSLATE_NOOP(
    "audit", "the trail holds no event about it (its events were deleted, or it was added "
    "outside InfoShare)")
MSG_VERSION_UNKNOWN = QT_TRANSLATE_NOOP(
    "audit", "no event in the trail kept its version {number} (the event was deleted, or the "
    "version was added outside InfoShare)")
MSG_LOCKED_AS_DRAFT = QT_TRANSLATE_NOOP(
    "audit", "it is marked {status}, but the trail last recorded it as a draft (event "
    "{sequence})")

#: How a version's kind reads in "does not match version 3 as submitted".
_KIND_BY_ACTION = {
    AuditAction.SUBMIT: QT_TRANSLATE_NOOP("audit", "submitted"),
    AuditAction.COMPLETE: QT_TRANSLATE_NOOP("audit", "completed"),
    AuditAction.ADDENDUM: QT_TRANSLATE_NOOP("audit", "amended by an addendum"),
}


class ContentCheck:
    """Does each record's stored content still match what the trail fixed of it?

    Fed every event while the chain is walked (``watch``), it remembers per record
    the newest event that wrote it and the versions events kept. Storage then hands
    it each stored version and each record it asks for; it keeps the first problem
    (by record id, versions before current content) and counts what predates the
    fingerprints. Only meaningful once the chain itself has been found whole: the
    fingerprints are then the ones the events were written with.
    """

    def __init__(self) -> None:
        self._latest: dict[int, _Written] = {}
        self._references: dict[int, str] = {}
        self._kept: dict[tuple[int, int], _Kept] = {}
        self._disposed: set[int] = set()
        self._versions_seen: set[tuple[int, int]] = set()
        #: Records and version rows up to these ids predate fingerprints (an upgrade
        #: says so in the trail); a database made since has none.
        self._records_before = 0
        self._versions_before = 0
        #: Each stored record's reference, for naming one the trail says nothing about.
        self.stored_references: dict[int, str] = {}
        self.problem: ContentProblem | None = None
        #: Locked records and versions with no fingerprint to check them against.
        self.unchecked = 0

    # -- the events -----------------------------------------------------------------------

    def watch(
        self, events: Iterable[AuditEvent | UnreadableEvent]
    ) -> Iterator[AuditEvent | UnreadableEvent]:
        """``events`` passed on unchanged, each one noted on the way."""
        for event in events:
            if isinstance(event, AuditEvent):
                self.see(event)
            yield event

    def see(self, event: AuditEvent) -> None:
        if event.action is AuditAction.CONTENT_FINGERPRINTS:
            self._records_before = _whole(event.details.get(RECORDS_BEFORE_KEY))
            self._versions_before = _whole(event.details.get(VERSIONS_BEFORE_KEY))
            return
        record_id = event.record_id
        if record_id is None:
            return
        if event.action in DISPOSAL_EVENTS:
            self._disposed.add(record_id)
            return
        if event.action not in CONTENT_EVENTS and event.action not in DRAFT_EVENTS:
            return
        self._disposed.discard(record_id)
        digest = event.details.get(CONTENT_KEY) if event.action in CONTENT_EVENTS else None
        digest = digest if isinstance(digest, str) else None
        kept = event.details.get(KEPT_VERSION_KEY)
        kept = kept if type(kept) is int and digest is not None else None
        self._latest[record_id] = _Written(event.sequence, event.action, digest, kept)
        self._references[record_id] = event.reference
        if kept is not None and digest is not None and (record_id, kept) not in self._kept:
            payload = event.details.get(VERSION_SHA_KEY)
            self._kept[(record_id, kept)] = _Kept(
                event.sequence, digest, event.action,
                payload if isinstance(payload, str) else None)

    # -- what storage holds ---------------------------------------------------------------

    def _found(self, problem: ContentProblem) -> None:
        if self.problem is None or (problem.record_id, problem.order) < (
                self.problem.record_id, self.problem.order):
            self.problem = problem

    def _reference(self, record_id: int, stored: str = "") -> str:
        """The record's reference as the trail has it (the stored one may be changed)."""
        return (self._references.get(record_id, "") or stored
                or self.stored_references.get(record_id, "") or f"#{record_id}")

    def needs_version(
        self, record_id: int, number: int, row_id: int, kept_by: int | None
    ) -> bool:
        """Whether a stored version has a fingerprint to check its payload against.

        One no event kept is counted unchecked if it predates fingerprints, or is the
        copy of a record's first content kept, by nobody, when an addendum is added to a
        record locked before versions existed; any other was added outside InfoShare.
        """
        self._versions_seen.add((record_id, number))
        if (record_id, number) in self._kept:
            return True
        if row_id <= self._versions_before or kept_by is None:
            self.unchecked += 1
        else:
            self._found(ContentProblem(record_id, number, self._reference(record_id), None,
                                       _broken(MSG_VERSION_UNKNOWN, number=number)))
        return False

    def version(self, record_id: int, number: int, payload: str) -> None:
        """Check a stored version's JSON payload against the event that kept it: byte
        for byte where the event has the payload's fingerprint, else its content."""
        sequence, digest, action, payload_digest = self._kept[(record_id, number)]
        if payload_digest is not None:
            found, digest = payload_sha256(payload), payload_digest
        else:
            try:
                data = json.loads(payload)
                if not isinstance(data, dict):
                    raise ValueError
                found = content_sha256(data)
            except (ValueError, TypeError):
                self._found(ContentProblem(record_id, number, self._reference(record_id),
                                           sequence, _broken(MSG_VERSION_UNREADABLE,
                                                             number=number)))
                return
        if found != digest:
            self._found(ContentProblem(
                record_id, number, self._reference(record_id), sequence,
                _broken(MSG_VERSION_CHANGED, number=number, sequence=sequence,
                        kind=_broken(_KIND_BY_ACTION.get(action, action.label)))))

    def versions_done(self) -> None:
        """After every stored version: a version an event kept must still be there."""
        for (record_id, number), (sequence, _digest, _action, _payload) in self._kept.items():
            if (record_id, number) not in self._versions_seen:
                self._found(ContentProblem(
                    record_id, number, self._reference(record_id), sequence,
                    _broken(MSG_VERSION_MISSING, number=number, sequence=sequence)))

    def needs_content(self, record_id: int, reference: str, status: str) -> bool:
        """Whether a stored record's current content must be fingerprinted and checked.

        A draft the trail last saw as a draft may have changed since; a locked record
        from before fingerprints is counted unchecked; a record marked locked that the
        trail last saw as a draft was changed outside InfoShare.
        """
        latest = self._latest.get(record_id)
        shown: object = status
        try:
            locked = RecordStatus(status).is_locked
            shown = LowerCase(VOCAB, RecordStatus(status).label)
        except ValueError:
            locked = True  # a status no record can have: check what can be checked
        if latest is None and record_id > self._records_before:
            self._found(ContentProblem(record_id, CURRENT,
                                       self._reference(record_id, reference), None,
                                       _broken(MSG_NO_EVENTS)))
            return False
        if latest is None or latest.digest is None:
            if latest is not None and latest.action in DRAFT_EVENTS and locked:
                self._found(ContentProblem(
                    record_id, CURRENT, self._reference(record_id, reference),
                    latest.sequence,
                    _broken(MSG_LOCKED_AS_DRAFT, sequence=latest.sequence, status=shown)))
            elif locked:
                self.unchecked += 1
            return False
        return True

    def content(self, record_id: int, reference: str, found: str | None) -> None:
        """Check a record's current fingerprint (None: its content cannot be read)."""
        latest = self._latest[record_id]
        reference = self._reference(record_id, reference)
        if found is None:
            self._found(ContentProblem(record_id, CURRENT, reference, latest.sequence,
                                       _broken(MSG_CONTENT_UNREADABLE)))
        elif found != latest.digest:
            if latest.kept_version is not None:
                reason = _broken(MSG_CONTENT_CHANGED_VERSION, number=latest.kept_version,
                                 kind=_broken(_KIND_BY_ACTION.get(latest.action,
                                                                  latest.action.label)))
            else:
                reason = _broken(MSG_CONTENT_CHANGED_EVENT, sequence=latest.sequence,
                                 action=LowerCase(VOCAB, latest.action.label))
            self._found(ContentProblem(record_id, CURRENT, reference, latest.sequence, reason))

    def records_done(self, stored_ids: Collection[int]) -> None:
        """After every stored record: one the trail fixed must not have vanished."""
        for record_id, latest in self._latest.items():
            if (latest.digest is not None and record_id not in stored_ids
                    and record_id not in self._disposed):
                self._found(ContentProblem(
                    record_id, CURRENT, self._reference(record_id), latest.sequence,
                    _broken(MSG_RECORD_MISSING, sequence=latest.sequence)))

    def report(self, chain: ChainReport) -> ChainReport:
        """``chain`` (found whole) with the first content problem, or what went unchecked."""
        if not chain.ok:
            return chain
        if self.problem is not None:
            return replace(chain, ok=False, broken_sequence=self.problem.sequence,
                           reason=self.problem.reason, broken_record=self.problem.reference)
        return replace(chain, unchecked=self.unchecked)


def _whole(value: object) -> int:
    return value if type(value) is int else 0
