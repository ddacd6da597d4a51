"""Errors a use case raises that the caller should show to the user, not treat as bugs."""

from __future__ import annotations

from datetime import UTC, datetime

from infoshare_desktop.domain.display import DATE_FORMAT, Translate, identity, london
from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP, RULES, ExplainedError
from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.domain.rules import Problem, problem_text


class ServiceError(ExplainedError):
    """A refusal the user can act on: ``text(translate)`` in the user's language,
    ``str(error)`` in plain English (see ``domain.i18n.ExplainedError``)."""


class ValidationError(ServiceError):
    """The data has problems; each names the field to fix.

    ``saved`` is the record as it was kept when the content itself could be saved
    (as a draft) but the action asked for (completion) was refused.
    """

    def __init__(self, problems: list[Problem], saved: DecisionRecord | None = None) -> None:
        self.problems = list(problems)
        self.saved = saved
        super().__init__("; ".join(p.text for p in self.problems))

    def text(self, translate: Translate = identity) -> str:
        return "; ".join(problem_text(p, translate) for p in self.problems)


class RecordLockedError(ServiceError):
    """The record is no longer a draft, so its content cannot change in place."""


class NotFoundError(ServiceError):
    """The record or organisation asked for does not exist."""


class PermissionDeniedError(ServiceError):
    """The signed-in user's roles do not allow this action on this record."""


class AuthenticationError(ServiceError):
    """Sign-in refused: wrong password, locked or deactivated account."""


#: A wrong password or an unknown username, alike (signing in, or unlocking an
#: encrypted file): never say which part was wrong.
MSG_WRONG_PASSWORD = QT_TRANSLATE_NOOP("errors", "Wrong username or password.")


class WorkflowError(ServiceError):
    """The action is not possible in the record's current state."""


#: Why a save was refused because someone else saved the record first. The form shows
#: it above the user's own text, which it keeps.
MSG_STALE = QT_TRANSLATE_NOOP(
    "rules",
    "{name} changed this record {when}. Your text is kept here: copy what you need, "
    "then reopen the record to see their changes.",
)
MSG_STALE_BY_YOU = QT_TRANSLATE_NOOP(
    "rules",
    "You changed this record in another window or on another computer {when}. Your text "
    "is kept here: copy what you need, then reopen the record to see that version.",
)
MSG_SOMEONE_ELSE = QT_TRANSLATE_NOOP("rules", "Someone else")
MSG_WHEN_TODAY = QT_TRANSLATE_NOOP("rules", "at {time} today")
MSG_WHEN_YESTERDAY = QT_TRANSLATE_NOOP("rules", "at {time} yesterday")
MSG_WHEN_ON = QT_TRANSLATE_NOOP("rules", "on {date} at {time}")
MSG_WHEN_UNKNOWN = QT_TRANSLATE_NOOP("rules", "since you opened it")


class StaleRecordError(ServiceError):
    """The record was saved by someone else (or another window) after this copy was read.

    Nothing was written. ``changed_by`` is the full name of whoever saved it last
    ("" if unknown), ``changed_at`` when (UTC), ``by_you`` whether it was the same
    account. ``text(translate)`` gives the message in the user's language.
    """

    def __init__(
        self, changed_by: str, changed_at: datetime | None, *, by_you: bool = False,
        now: datetime | None = None,
    ) -> None:
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.by_you = by_you
        self.now = now
        super().__init__(self.text())

    def text(self, translate: Translate = identity) -> str:
        """The message, with the time in UK local time ("at 14:32 today")."""
        when = translate(RULES, MSG_WHEN_UNKNOWN)
        if self.changed_at is not None:
            zone = london()
            local = self.changed_at.astimezone(zone) if zone else self.changed_at.astimezone()
            now = (self.now or datetime.now(UTC)).astimezone(local.tzinfo)
            time = local.strftime("%H:%M")
            days = (now.date() - local.date()).days
            if days == 0:
                when = translate(RULES, MSG_WHEN_TODAY).format(time=time)
            elif days == 1:
                when = translate(RULES, MSG_WHEN_YESTERDAY).format(time=time)
            else:
                when = translate(RULES, MSG_WHEN_ON).format(
                    date=local.strftime(DATE_FORMAT), time=time)
        if self.by_you:
            return translate(RULES, MSG_STALE_BY_YOU).format(when=when)
        name = self.changed_by or translate(RULES, MSG_SOMEONE_ELSE)
        return translate(RULES, MSG_STALE).format(name=name, when=when)
