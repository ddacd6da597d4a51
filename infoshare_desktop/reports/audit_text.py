"""Audit events as the text a person reads: one row each for the screen, CSV and PDF.

The audit screen, the CSV export and the PDF report show an event the same way:
local time to the second, the username, the action's label, the record's reference
and a short summary of the details (a reason or comment, the labels of the fields an
addendum changed, what an export held). Pure Python: the caller passes its
translation function (``QCoreApplication.translate`` in the app, the identity
elsewhere).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from infoshare_desktop.domain.audit import AuditAction, AuditEvent
from infoshare_desktop.domain.display import Translate, identity, london
from infoshare_desktop.domain.fields import FIELDS_BY_NAME
from infoshare_desktop.domain.i18n import FIELDS, QT_TRANSLATE_NOOP, VOCAB
from infoshare_desktop.domain.vocab import RecordStatus

AUDIT = "audit"
#: Audit times carry seconds: several events often share a minute.
TIME_FORMAT = "%d/%m/%Y %H:%M:%S"
#: Longest details summary; the full details stay in the database.
MAX_DETAILS = 300

HEADERS = (
    QT_TRANSLATE_NOOP("audit", "When"),
    QT_TRANSLATE_NOOP("audit", "Who"),
    QT_TRANSLATE_NOOP("audit", "Action"),
    QT_TRANSLATE_NOOP("audit", "Record"),
    QT_TRANSLATE_NOOP("audit", "Details"),
)
REASON = QT_TRANSLATE_NOOP("audit", "Reason: {reason}")
COMMENT = QT_TRANSLATE_NOOP("audit", "Comment: {comment}")
STATUS = QT_TRANSLATE_NOOP("audit", "Status now: {status}")
CHANGED = QT_TRANSLATE_NOOP("audit", "Changed: {fields}")
ATTEMPTS = QT_TRANSLATE_NOOP("audit", "{count} wrong passwords in a row")
LOCKED_FOR = QT_TRANSLATE_NOOP("audit", "locked for {minutes} minutes")
AWAITING_REVIEW = QT_TRANSLATE_NOOP("audit", "emergency share, awaiting review")
EXPORT_ROWS = QT_TRANSLATE_NOOP("audit", "{what}, {rows} rows")
FILTERS = QT_TRANSLATE_NOOP("audit", "filters: {filters}")
ACCOUNT = QT_TRANSLATE_NOOP("audit", "Account: {username}")
TEAM = QT_TRANSLATE_NOOP("audit", "Team: {name}")
ORGANISATION = QT_TRANSLATE_NOOP("audit", "Organisation: {name}")
NEW = QT_TRANSLATE_NOOP("audit", "new")
#: A failed sign-in's reason as the service records it, in words.
FAILED_REASONS: Mapping[str, str] = {
    "wrong password": QT_TRANSLATE_NOOP("audit", "wrong password"),
    "unknown username": QT_TRANSLATE_NOOP("audit", "unknown username"),
    "deactivated": QT_TRANSLATE_NOOP("audit", "account deactivated"),
    "locked": QT_TRANSLATE_NOOP("audit", "account locked"),
}
#: Between the parts of a summary (free text often ends in "." or holds "; ").
_JOIN = " · "


def _clip(text: str, limit: int = MAX_DETAILS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class AuditFormatter:
    """Turns events into table cells in the reader's language and the UK's time."""

    def __init__(self, translate: Translate = identity) -> None:
        self.tr = translate
        self.zone = london()

    def headers(self) -> list[str]:
        return [self.tr(AUDIT, text) for text in HEADERS]

    def when(self, event: AuditEvent) -> str:
        return event.at.astimezone(self.zone).strftime(TIME_FORMAT)

    def action(self, event: AuditEvent) -> str:
        return self.tr(VOCAB, event.action.label)

    def field_label(self, name: str) -> str:
        field = FIELDS_BY_NAME.get(name)
        return self.tr(FIELDS, field.label) if field is not None else name

    def details(self, event: AuditEvent) -> str:
        """A short, readable summary of ``event.details`` ("" when there are none)."""
        return _clip(_JOIN.join(part for part in self._parts(event) if part))

    def cells(self, event: AuditEvent) -> list[str]:
        return [self.when(event), event.username, self.action(event), event.reference,
                self.details(event)]

    # --- the details, action by action -------------------------------------------------
    def _parts(self, event: AuditEvent) -> list[str]:
        d: dict[str, Any] = event.details or {}
        action = event.action
        parts: list[str] = []
        if action is AuditAction.LOGIN_FAILED or action is AuditAction.LOCKOUT:
            reason = d.get("reason")
            if isinstance(reason, str) and reason:
                parts.append(self.tr(AUDIT, REASON).format(
                    reason=self.tr(AUDIT, FAILED_REASONS.get(reason, reason))))
            if isinstance(d.get("failed_attempts"), int):
                parts.append(self.tr(AUDIT, ATTEMPTS).format(count=d["failed_attempts"]))
            if isinstance(d.get("minutes"), int):
                parts.append(self.tr(AUDIT, LOCKED_FOR).format(minutes=d["minutes"]))
            return parts
        if action in (AuditAction.EXPORT, AuditAction.PRINT, AuditAction.REPORT):
            parts.append(self.tr(AUDIT, EXPORT_ROWS).format(what=d.get("what", ""),
                                                            rows=d.get("rows", 0)))
            filters = d.get("filters")
            if isinstance(filters, dict):
                shown = ", ".join(f"{key} {value}" for key, value in filters.items()
                                  if value not in (None, "", [], {}))
                if shown:
                    parts.append(self.tr(AUDIT, FILTERS).format(filters=shown))
            return parts
        if isinstance(d.get("reason"), str) and d["reason"]:
            parts.append(self.tr(AUDIT, REASON).format(reason=d["reason"]))
        changes = d.get("changes")
        if isinstance(changes, list) and changes:
            labels = [self.field_label(str(c.get("field", ""))) for c in changes
                      if isinstance(c, dict)]
            parts.append(self.tr(AUDIT, CHANGED).format(fields=", ".join(labels)))
        if isinstance(d.get("comment"), str) and d["comment"].strip():
            parts.append(self.tr(AUDIT, COMMENT).format(comment=d["comment"]))
        status = d.get("status")
        if (isinstance(status, str) and status in {s.value for s in RecordStatus}
                and RecordStatus(status).label != action.label):
            parts.append(self.tr(AUDIT, STATUS).format(
                status=self.tr(VOCAB, RecordStatus(status).label)))
        if d.get("awaiting_review") is True:
            parts.append(self.tr(AUDIT, AWAITING_REVIEW))
        parts.extend(self._administration(d))
        return parts

    def _administration(self, d: Mapping[str, Any]) -> list[str]:
        parts: list[str] = []
        account = d.get("account") or d.get("after")
        if isinstance(account, dict) and account.get("username"):
            parts.append(self.tr(AUDIT, ACCOUNT).format(username=account["username"]))
        before, after = d.get("before"), d.get("after")
        if isinstance(before, dict) and isinstance(after, dict):
            changed = sorted(k for k in after if before.get(k) != after.get(k))
            if changed:
                parts.append(self.tr(AUDIT, CHANGED).format(fields=", ".join(changed)))
        settings = d.get("changed")
        if isinstance(settings, dict) and settings:
            parts.append(self.tr(AUDIT, CHANGED).format(fields=", ".join(sorted(settings))))
        for key, text in (("team", TEAM), ("organisation", ORGANISATION)):
            named = d.get(key)
            if isinstance(named, dict) and named.get("name"):
                parts.append(self.tr(AUDIT, text).format(name=named["name"]))
        if d.get("new") is True:
            parts.append(self.tr(AUDIT, NEW))
        if isinstance(d.get("organisation_name"), str) and d["organisation_name"]:
            parts.append(self.tr(AUDIT, ORGANISATION).format(name=d["organisation_name"]))
        return parts


def rows(events: Sequence[AuditEvent], translate: Translate = identity) -> list[list[str]]:
    """Every event as cells in ``HEADERS`` order."""
    formatter = AuditFormatter(translate)
    return [formatter.cells(event) for event in events]
