"""Use cases for accounts: first-start set-up, signing in, passwords, users and teams.

Passwords are hashed with argon2id and checked only here; a run of wrong passwords
locks the account for a while (both numbers are organisation settings). Accounts
are deactivated, never deleted, so every record keeps a real author.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session

from infoshare_desktop.domain.accounts import (
    Team,
    User,
    normalise_username,
    password_problems,
    team_problems,
    user_problems,
)
from infoshare_desktop.domain.audit import AuditAction
from infoshare_desktop.domain.i18n import ERRORS, QT_TRANSLATE_NOOP, Message, message
from infoshare_desktop.domain.permissions import Action
from infoshare_desktop.domain.rules import Problem
from infoshare_desktop.domain.vocab import Role
from infoshare_desktop.services import encryption, trail
from infoshare_desktop.services import settings as settings_service
from infoshare_desktop.services.errors import (
    MSG_WRONG_PASSWORD,
    AuthenticationError,
    NotFoundError,
    ServiceError,
    ValidationError,
)
from infoshare_desktop.services.guard import current, require
from infoshare_desktop.storage import accounts as store
from infoshare_desktop.storage.database import Database
from infoshare_desktop.storage.errors import AuditTrailDamagedError

MSG_USERNAME_TAKEN = QT_TRANSLATE_NOOP("rules", "This username is already taken")
MSG_TEAM_TAKEN = QT_TRANSLATE_NOOP("rules", "A team with this name already exists")
MSG_UNKNOWN_TEAM = QT_TRANSLATE_NOOP("rules", "Choose teams from the list")
MSG_WRONG_CURRENT = QT_TRANSLATE_NOOP("rules", "Enter your current password correctly")
MSG_SAME_PASSWORD = QT_TRANSLATE_NOOP(
    "rules", "Choose a new password that is different from the current one"
)

log = logging.getLogger(__name__)

MSG_DEACTIVATED = QT_TRANSLATE_NOOP(
    "errors",
    "This account has been deactivated. Ask an administrator if you need it again.",
)
MSG_LOCKED_ONE_MINUTE = QT_TRANSLATE_NOOP(
    "errors",
    "This account is locked after {attempts} wrong passwords. Try again in 1 minute, "
    "or ask an administrator to reset your password.",
)
MSG_LOCKED_MINUTES = QT_TRANSLATE_NOOP(
    "errors",
    "This account is locked after {attempts} wrong passwords. Try again in {minutes} "
    "minutes, or ask an administrator to reset your password.",
)
MSG_NOW_LOCKED = QT_TRANSLATE_NOOP(
    "errors",
    "Wrong password. The account is now locked for {minutes} minutes after too many "
    "wrong passwords.",
)
MSG_NO_ACCOUNT = QT_TRANSLATE_NOOP("errors", "There is no account with id {user_id}.")

#: argon2id with the library's RFC 9106 low-memory profile.
_hasher = PasswordHasher()


def _now() -> datetime:
    return datetime.now(UTC)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


# --- first start ---------------------------------------------------------------------


def needs_setup(db: Database) -> bool:
    """True until the first administrator exists: the app shows its set-up wizard."""
    with db.session() as session:
        return store.count_users(session) == 0


def _checked_set_up(
    db: Database, organisation_name: str, protective_marking: str, admin: User, password: str
) -> tuple[User, settings_service.OrganisationSettings]:
    admin = replace(
        admin,
        username=normalise_username(admin.username),
        roles=admin.roles | {Role.ADMINISTRATOR},
        active=True,
    )
    settings = replace(
        settings_service.get_settings(db),
        organisation_name=organisation_name,
        protective_marking=protective_marking,
    )
    problems = settings_service.settings_problems(settings) + user_problems(admin, password)
    if problems:
        raise ValidationError(problems)
    return admin, settings


def check_set_up(
    db: Database, organisation_name: str, protective_marking: str, admin: User, password: str
) -> None:
    """Raise ``ValidationError`` if ``set_up_organisation`` would refuse these answers.

    Lets the set-up window check the form before it encrypts the new database.
    """
    _checked_set_up(db, organisation_name, protective_marking, admin, password)


def set_up_organisation(
    db: Database, organisation_name: str, protective_marking: str, admin: User, password: str
) -> User:
    """Name the organisation and create its first administrator (first start only)."""
    admin, settings = _checked_set_up(db, organisation_name, protective_marking, admin,
                                      password)
    with db.session() as session:
        if store.count_users(session):
            raise ServiceError(QT_TRANSLATE_NOOP(
                "errors", "This organisation is already set up. Sign in instead."))
        admin_id = store.insert_user(session, admin, hash_password(password), _now())
        trail.log(session, replace(admin, id=admin_id), AuditAction.SET_UP,
                  details={"organisation_name": settings.organisation_name.strip(),
                           "protective_marking": settings.protective_marking.strip()})
    settings_service.store_settings(db, settings)
    # An encrypted database: the administrator's password unlocks it from now on.
    encryption.set_entry(db, admin.username, password)
    encryption.set_organisation_name(db, settings.organisation_name)
    return get_user(db, admin_id)


# --- signing in ------------------------------------------------------------------------


def _check_password(
    db: Database, user_id: int, password: str, success: AuditAction | None,
    *, unrecorded_if_trail_damaged: bool = False,
) -> None:
    """Verify ``password`` for ``user_id``, counting failures towards the lockout.

    The count and the lock are changed by single UPDATEs that decide from the row as it
    is when they run (``store.count_failed_login``, ``store.clear_failed_logins``), so
    many wrong passwords at once all count, exactly one of them locks the account, and
    the right password cannot end a lock set a moment before. Every attempt is audited
    once, in the same transaction as its change to the count; the refusal is raised
    only after that is committed.
    """
    settings = settings_service.get_settings(db)
    now = _now()
    with db.session() as session:
        user = store.load_user(session, user_id)
        state = store.password_state(session, user_id)
        if user is None or state is None:
            raise AuthenticationError(MSG_WRONG_PASSWORD)
        refusal: Message | None
        if not state.active or (state.locked_until is not None and state.locked_until > now):
            # Refused without looking at the password: a locked account is not guessed at.
            refusal = _refused(session, user, state, settings, now)
        elif not _password_matches(state.password_hash, password):
            refusal = _count_wrong_password(session, user, settings, now)
        else:
            # Hashed before the first write, so the write lock is held only briefly.
            rehashed = (hash_password(password) if _hasher.check_needs_rehash(state.password_hash)
                        else None)
            refusal = None
            if not store.clear_failed_logins(session, user_id, now):
                # Locked (or deactivated) while the password was being checked.
                refusal = _refused(session, user, store.password_state(session, user_id),
                                   settings, now)
            else:
                if rehashed is not None:
                    store.set_password_hash(session, user_id, rehashed)
                if success is not None:
                    try:
                        trail.log(session, user, success)
                    except AuditTrailDamagedError:
                        if not unrecorded_if_trail_damaged:
                            raise
                        log.warning("Sign-in to check a damaged audit trail was not recorded")
    if refusal is not None:
        raise AuthenticationError(message(ERRORS, refusal))


def _count_wrong_password(
    session: Session, user: User, settings: settings_service.OrganisationSettings,
    now: datetime,
) -> Message:
    """Count one wrong password; the attempt that reaches the limit locks the account."""
    assert user.id is not None
    failures = store.count_failed_login(
        session, user.id, now, settings.max_failed_logins,
        now + timedelta(minutes=settings.lockout_minutes))
    if failures is None:
        # Locked (or deactivated) while the password was being checked: not counted.
        return _refused(session, user, store.password_state(session, user.id), settings, now)
    if failures >= settings.max_failed_logins:
        trail.log(session, user, AuditAction.LOCKOUT,
                  details={"failed_attempts": failures, "minutes": settings.lockout_minutes})
        return message(ERRORS, MSG_NOW_LOCKED, minutes=settings.lockout_minutes)
    trail.log(session, user, AuditAction.LOGIN_FAILED,
              details={"reason": "wrong password", "failed_attempts": failures})
    return message(ERRORS, MSG_WRONG_PASSWORD)


def _refused(
    session: Session, user: User, state: store.PasswordState | None,
    settings: settings_service.OrganisationSettings, now: datetime,
) -> Message:
    """The refusal for a deactivated or locked account, audited once as a failed sign-in.

    Also used when the database has just refused to count or clear for the account:
    it was deactivated or locked at that moment, and stays refused for this attempt
    even if the lock has been ended since (sign-in never lets someone in on a state
    it did not see).
    """
    if state is None or not state.active:
        trail.log(session, user, AuditAction.LOGIN_FAILED, details={"reason": "deactivated"})
        return message(ERRORS, MSG_DEACTIVATED)
    left = (state.locked_until - now).total_seconds() if state.locked_until else 0
    minutes = max(1, round(left / 60))
    trail.log(session, user, AuditAction.LOGIN_FAILED, details={"reason": "locked"})
    return message(ERRORS, MSG_LOCKED_ONE_MINUTE if minutes == 1 else MSG_LOCKED_MINUTES,
                   attempts=settings.max_failed_logins, minutes=minutes)


def _password_matches(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def authenticate(db: Database, username: str, password: str) -> User:
    """The user, if ``password`` is theirs and the account is usable."""
    with db.session() as session:
        user_id = store.find_user_id(session, normalise_username(username))
    if user_id is None:
        # Spend the same effort as a real check, so timing does not reveal usernames.
        _hasher.hash(password)
        with db.session() as session:
            # What was typed is not kept: it may be a password typed in the wrong box.
            trail.log(session, None, AuditAction.LOGIN_FAILED,
                      details={"reason": "unknown username"})
        raise AuthenticationError(MSG_WRONG_PASSWORD)
    _check_password(db, user_id, password, AuditAction.LOGIN)
    user = get_user(db, user_id)
    # Someone without a keyring entry yet (the database was encrypted after their
    # last sign-in, or they were reactivated) gets one now that the password is proven.
    encryption.ensure_entry(db, user.username, password)
    return user


def authenticate_to_check_trail(db: Database, username: str, password: str) -> User:
    """Sign in to check the audit trail, even when the trail can take no more events.

    A trail changed behind the app's back refuses every new event, ordinary
    sign-ins included; checking it must still be possible. Only then is the
    sign-in left unrecorded (the log says so), and it grants nothing but the check.
    """
    with db.session() as session:
        user_id = store.find_user_id(session, normalise_username(username))
    if user_id is None:
        return authenticate(db, username, password)  # refused, and recorded if possible
    _check_password(db, user_id, password, AuditAction.LOGIN, unrecorded_if_trail_damaged=True)
    return get_user(db, user_id)


def verify_password(db: Database, actor: User, password: str) -> None:
    """Check the signed-in user's password again (unlocking an idle lock)."""
    if actor.id is None:
        raise AuthenticationError(MSG_WRONG_PASSWORD)
    _check_password(db, actor.id, password, AuditAction.UNLOCK)


def sign_out(db: Database, actor: User) -> None:
    """Record that the user signed out (or switched user)."""
    with db.session() as session:
        trail.log(session, current(session, actor), AuditAction.LOGOUT)


def record_idle_lock(db: Database, actor: User) -> None:
    """Record that the app hid its content after the user left it idle."""
    with db.session() as session:
        trail.log(session, current(session, actor), AuditAction.IDLE_LOCK)


def change_password(db: Database, actor: User, current_password: str, new_password: str) -> None:
    """Anyone may change their own password, knowing the current one."""
    problems = [replace(p, field="new_password") for p in password_problems(new_password,
                                                                           actor.username)]
    if current_password == new_password:
        problems.append(Problem("new_password", MSG_SAME_PASSWORD))
    if problems:
        raise ValidationError(problems)
    assert actor.id is not None
    try:
        _check_password(db, actor.id, current_password, success=None)
    except AuthenticationError as error:
        if error.message.source == MSG_WRONG_PASSWORD:
            raise ValidationError([Problem("current_password", MSG_WRONG_CURRENT)]) from None
        raise
    with db.session() as session:
        store.set_password_hash(session, actor.id, hash_password(new_password))
        trail.log(session, current(session, actor), AuditAction.PASSWORD_CHANGE)
    # Re-wraps this user's copy of the key only: the database file is not re-encrypted.
    encryption.set_entry(db, actor.username, new_password)


# --- users -----------------------------------------------------------------------------


def list_users(db: Database, actor: User, include_inactive: bool = False) -> list[User]:
    """Everyone's names, roles and teams (for filters and the accounts screen)."""
    with db.session() as session:
        current(session, actor)
        return store.list_users(session, include_inactive)


def get_user(db: Database, user_id: int) -> User:
    with db.session() as session:
        user = store.load_user(session, user_id)
    if user is None:
        raise NotFoundError(MSG_NO_ACCOUNT, user_id=user_id)
    return user


def _check_teams(session: object, user: User) -> list[Problem]:
    known = {t.id for t in store.list_teams(session)}  # type: ignore[arg-type]
    if not (user.team_ids | user.managed_team_ids) <= known:
        return [Problem("teams", MSG_UNKNOWN_TEAM)]
    return []


def create_user(db: Database, actor: User, user: User, password: str) -> User:
    """Add an account (administrators)."""
    user = replace(user, id=None, username=normalise_username(user.username), active=True)
    problems = user_problems(user, password)
    with db.session() as session:
        actor = current(session, actor)
        require(actor, Action.MANAGE_ACCOUNTS)
        if store.find_user_id(session, user.username) is not None:
            problems.append(Problem("username", MSG_USERNAME_TAKEN))
        problems += _check_teams(session, user)
        if problems:
            raise ValidationError(problems)
        user_id = store.insert_user(session, user, hash_password(password), _now())
        trail.log(session, actor, AuditAction.ACCOUNT_CREATE,
                  details={"account": _account_summary(replace(user, id=user_id))})
    encryption.set_entry(db, user.username, password)
    return get_user(db, user_id)


def _account_summary(user: User) -> dict[str, object]:
    """What the trail keeps about an account (never its password)."""
    return {
        "id": user.id,
        "username": user.username,
        "full_name": user.full_name,
        "job_title": user.job_title,
        "roles": sorted(r.value for r in user.roles),
        "teams": sorted(user.team_ids),
        "manages": sorted(user.managed_team_ids),
        "active": user.active,
    }


def _refuse_losing_last_admin(session: object, user_id: int, still_admin: bool) -> None:
    admins = store.active_administrator_ids(session)  # type: ignore[arg-type]
    if not still_admin and admins == {user_id}:
        raise ServiceError(QT_TRANSLATE_NOOP(
            "errors",
            "This is the only active administrator. Make someone else an administrator first.",
        ))


def update_user(db: Database, actor: User, user: User) -> User:
    """Change names, roles and teams (administrators). The username never changes."""
    assert user.id is not None
    with db.session() as session:
        actor = current(session, actor)
        require(actor, Action.MANAGE_ACCOUNTS)
        stored = store.load_user(session, user.id)
        if stored is None:
            raise NotFoundError(MSG_NO_ACCOUNT, user_id=user.id)
        user = replace(user, username=stored.username, active=stored.active)
        problems = user_problems(user) + _check_teams(session, user)
        if problems:
            raise ValidationError(problems)
        if stored.active:
            _refuse_losing_last_admin(session, user.id, user.has(Role.ADMINISTRATOR))
        store.update_user(session, user)
        trail.log(session, actor, AuditAction.ACCOUNT_UPDATE,
                  details={"before": _account_summary(stored), "after": _account_summary(user)})
    return get_user(db, user.id)


def _set_active(db: Database, actor: User, user_id: int, active: bool) -> User:
    with db.session() as session:
        actor = current(session, actor)
        require(actor, Action.MANAGE_ACCOUNTS)
        target = store.load_user(session, user_id)
        if target is None:
            raise NotFoundError(MSG_NO_ACCOUNT, user_id=user_id)
        if not active:
            _refuse_losing_last_admin(session, user_id, still_admin=False)
        store.set_active(session, user_id, active)
        action = AuditAction.ACCOUNT_REACTIVATE if active else AuditAction.ACCOUNT_DEACTIVATE
        trail.log(session, actor, action,
                  details={"account": {"id": user_id, "username": target.username}})
    if not active:
        # A reactivated account unlocks again after its password is reset.
        encryption.remove_entry(db, target.username)
    return get_user(db, user_id)


def deactivate_user(db: Database, actor: User, user_id: int) -> User:
    """Stop an account signing in; its records and history stay (administrators)."""
    return _set_active(db, actor, user_id, False)


def reactivate_user(db: Database, actor: User, user_id: int) -> User:
    return _set_active(db, actor, user_id, True)


def reset_password(db: Database, actor: User, user_id: int, new_password: str) -> None:
    """Set a new password for someone who forgot theirs; also ends a lockout."""
    with db.session() as session:
        actor = current(session, actor)
        require(actor, Action.MANAGE_ACCOUNTS)
        user = store.load_user(session, user_id)
        if user is None:
            raise NotFoundError(MSG_NO_ACCOUNT, user_id=user_id)
        problems = password_problems(new_password, user.username)
        if problems:
            raise ValidationError(problems)
        store.set_password_hash(session, user_id, hash_password(new_password))
        trail.log(session, actor, AuditAction.PASSWORD_RESET,
                  details={"account": {"id": user_id, "username": user.username}})
    if user.active:
        encryption.set_entry(db, user.username, new_password)


def recover_administrator(db: Database, username: str, new_password: str) -> User:
    """After unlocking with the recovery key: give an administrator a new password.

    Only the recovery key (which opened ``db``) vouches for this, so it is refused
    for anyone who is not an active administrator, and recorded in the trail.
    """
    with db.session() as session:
        user_id = store.find_user_id(session, normalise_username(username))
        user = store.load_user(session, user_id) if user_id is not None else None
        if user is None or not user.active or not user.has(Role.ADMINISTRATOR):
            raise ServiceError(QT_TRANSLATE_NOOP(
                "errors", "Enter the username of an active administrator of this organisation."))
        problems = password_problems(new_password, user.username)
        if problems:
            raise ValidationError(problems)
        store.set_password_hash(session, user.id, hash_password(new_password))
        store.set_login_state(session, user.id, 0, None)
        trail.log(session, user, AuditAction.PASSWORD_RESET,
                  details={"account": {"id": user.id, "username": user.username},
                           "by": "recovery key"})
    encryption.set_entry(db, user.username, new_password)
    return user


def is_locked_out(db: Database, user_id: int) -> bool:
    """Whether wrong passwords have locked the account right now (for the accounts screen)."""
    with db.session() as session:
        state = store.password_state(session, user_id)
    return bool(state and state.locked_until and state.locked_until > _now())


# --- teams -----------------------------------------------------------------------------


def list_teams(db: Database) -> list[Team]:
    with db.session() as session:
        return store.list_teams(session)


def _save_team(db: Database, actor: User, team: Team) -> Team:
    problems = team_problems(team)
    with db.session() as session:
        actor = current(session, actor)
        require(actor, Action.MANAGE_ACCOUNTS)
        if team.id is not None and not store.team_exists(session, team.id):
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no team with id {team_id}."),
                                team_id=team.id)
        if not problems and store.team_name_taken(session, team.name, team.id):
            problems.append(Problem("name", MSG_TEAM_TAKEN))
        if problems:
            raise ValidationError(problems)
        team_id = store.save_team(session, team)
        trail.log(session, actor, AuditAction.TEAM_SAVE,
                  details={"team": {"id": team_id, "name": team.name.strip()},
                           "new": team.id is None})
    return Team(team_id, team.name.strip())


def create_team(db: Database, actor: User, name: str) -> Team:
    return _save_team(db, actor, Team(None, name))


def rename_team(db: Database, actor: User, team_id: int, name: str) -> Team:
    return _save_team(db, actor, Team(team_id, name))
