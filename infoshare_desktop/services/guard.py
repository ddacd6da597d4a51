"""The permission check every use case makes before it touches anything."""

from __future__ import annotations

from sqlmodel import Session

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP
from infoshare_desktop.domain.permissions import (
    DEFAULT_POLICY,
    Action,
    Policy,
    Relation,
    refusal,
)
from infoshare_desktop.services.errors import PermissionDeniedError
from infoshare_desktop.storage import accounts as account_store

NOT_A_RECORD = frozenset({Relation.NONE})


def current(session: Session, actor: User) -> User:
    """The actor as the database has them now: roles, teams and deactivation take
    effect at once, not at the next sign-in."""
    if actor.id is None:
        raise PermissionDeniedError(QT_TRANSLATE_NOOP("errors", "Sign in first."))
    fresh = account_store.load_user(session, actor.id)
    if fresh is None:
        raise PermissionDeniedError(QT_TRANSLATE_NOOP("errors", "This account no longer exists."))
    return fresh


def require(
    actor: User,
    action: Action,
    relations: frozenset[Relation] = NOT_A_RECORD,
    policy: Policy = DEFAULT_POLICY,
) -> None:
    """Raise ``PermissionDeniedError`` with the reason unless ``actor`` may do ``action``."""
    refused = refusal(actor, action, relations, policy)
    if refused is not None:
        raise PermissionDeniedError(refused.explained)
