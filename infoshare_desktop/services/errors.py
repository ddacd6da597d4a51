"""Errors a use case raises that the caller should show to the user, not treat as bugs."""

from __future__ import annotations

from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.domain.rules import Problem


class ServiceError(Exception):
    """A refusal the user can act on; ``str(error)`` is a plain-English sentence."""


class ValidationError(ServiceError):
    """The data has problems; each names the field to fix.

    ``saved`` is the record as it was kept when the content itself could be saved
    (as a draft) but the action asked for (completion) was refused.
    """

    def __init__(self, problems: list[Problem], saved: DecisionRecord | None = None) -> None:
        self.problems = list(problems)
        self.saved = saved
        super().__init__("; ".join(p.text for p in self.problems))


class RecordLockedError(ServiceError):
    """The record is no longer a draft, so its content cannot change in place."""


class NotFoundError(ServiceError):
    """The record or organisation asked for does not exist."""


class PermissionDeniedError(ServiceError):
    """The signed-in user's roles do not allow this action on this record."""


class AuthenticationError(ServiceError):
    """Sign-in refused: wrong password, locked or deactivated account."""


class WorkflowError(ServiceError):
    """The action is not possible in the record's current state."""
