"""Reading and writing accounts and teams as plain domain data.

The password hash is read only by ``password_state`` for sign-in and is never part
of a ``User``, so it cannot leak into the UI, logs or exports.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    and_,
    case,
    delete,
    func,
    literal,
    or_,
    select,
    update,
)
from sqlmodel import Session

from infoshare_desktop.domain.accounts import Team, User
from infoshare_desktop.domain.vocab import Role
from infoshare_desktop.storage.tables import (
    TeamManagerRow,
    TeamMemberRow,
    TeamRow,
    UserRoleRow,
    UserRow,
    UTCDateTime,
)


def count_users(session: Session) -> int:
    return session.execute(select(func.count()).select_from(UserRow)).scalar_one()


def _users(session: Session, rows: list[UserRow]) -> list[User]:
    ids = [row.id for row in rows]
    roles: dict[int, set[Role]] = {i: set() for i in ids}  # type: ignore[misc]
    members: dict[int, set[int]] = {i: set() for i in ids}  # type: ignore[misc]
    managed: dict[int, set[int]] = {i: set() for i in ids}  # type: ignore[misc]
    if ids:
        for user_id, role in session.execute(
            select(UserRoleRow.user_id, UserRoleRow.role).where(UserRoleRow.user_id.in_(ids))
        ):
            roles[user_id].add(Role(role))
        for table, target in ((TeamMemberRow, members), (TeamManagerRow, managed)):
            for user_id, team_id in session.execute(
                select(table.user_id, table.team_id).where(table.user_id.in_(ids))
            ):
                target[user_id].add(team_id)
    return [
        User(
            id=row.id,
            username=row.username,
            full_name=row.full_name,
            job_title=row.job_title,
            roles=frozenset(roles[row.id]),  # type: ignore[index]
            team_ids=frozenset(members[row.id]),  # type: ignore[index]
            managed_team_ids=frozenset(managed[row.id]),  # type: ignore[index]
            active=row.active,
        )
        for row in rows
    ]


def list_users(session: Session, include_inactive: bool = True) -> list[User]:
    query = select(UserRow).order_by(func.lower(UserRow.full_name), UserRow.username)
    if not include_inactive:
        query = query.where(UserRow.active.is_(True))
    return _users(session, list(session.execute(query).scalars()))


def load_user(session: Session, user_id: int) -> User | None:
    row = session.get(UserRow, user_id)
    return _users(session, [row])[0] if row is not None else None


def find_user_id(session: Session, username: str) -> int | None:
    return session.execute(
        select(UserRow.id).where(UserRow.username == username)
    ).scalar_one_or_none()


@dataclass(frozen=True)
class PasswordState:
    """What sign-in needs to know about an account, and nothing else."""

    user_id: int
    password_hash: str
    active: bool
    failed_logins: int
    locked_until: datetime | None


def password_state(session: Session, user_id: int) -> PasswordState | None:
    """Read from the database every time (never the session's cached row), so a second
    look in the same transaction sees what other sign-ins have committed since."""
    row = session.execute(
        select(UserRow.id, UserRow.password_hash, UserRow.active, UserRow.failed_logins,
               UserRow.locked_until).where(UserRow.id == user_id)
    ).one_or_none()
    if row is None:
        return None
    return PasswordState(row.id, row.password_hash, row.active, row.failed_logins,
                         row.locked_until)


def set_login_state(
    session: Session, user_id: int, failed_logins: int, locked_until: datetime | None
) -> None:
    session.execute(
        update(UserRow)
        .where(UserRow.id == user_id)
        .values(failed_logins=failed_logins, locked_until=locked_until)
    )


def _usable(now: datetime) -> ColumnElement[bool]:
    """An active account that is not locked at ``now`` (a lock that has ended counts as none)."""
    return and_(UserRow.active.is_(True),
                or_(UserRow.locked_until.is_(None), UserRow.locked_until <= _at(now)))


def _at(moment: datetime) -> BindParameter[datetime]:
    """``moment`` bound with the column's own type, so SQLite compares UTC with UTC."""
    return literal(moment, UTCDateTime())


def count_failed_login(
    session: Session, user_id: int, now: datetime, limit: int, lock_until: datetime
) -> int | None:
    """Add one wrong password to the account's count in a single UPDATE, and lock the
    account in that same statement when the count reaches ``limit``.

    The database does the adding: twenty wrong passwords at the same moment each add
    one (SQLite takes its write lock for the statement; PostgreSQL locks the row and
    re-reads it), so none is lost and exactly one of them reaches ``limit``. The first
    wrong password after a lock has ended starts the count again at 1. Returns the new
    count, or None when nothing was counted because the account was locked or
    deactivated by the time the statement ran (look again with ``password_state``).
    """
    ended_lock = UserRow.locked_until.is_not(None)  # the WHERE lets only an ended one by
    failures = case((ended_lock, 1), else_=UserRow.failed_logins + 1)
    counted = session.execute(
        update(UserRow)
        .where(UserRow.id == user_id, _usable(now))
        .values(failed_logins=failures,
                locked_until=case((failures >= limit, _at(lock_until)), else_=None))
        .returning(UserRow.failed_logins)
        .execution_options(synchronize_session=False)
    ).scalar_one_or_none()
    return None if counted is None else int(counted)


def clear_failed_logins(session: Session, user_id: int, now: datetime) -> bool:
    """After the right password: set the count back to 0, in one UPDATE that applies
    only if the account is still active and unlocked at that moment.

    False if a lock (or deactivation) got there first, however recently: the right
    password must not end a lock that wrong passwords sent a moment earlier have set.
    """
    cleared = session.execute(
        update(UserRow)
        .where(UserRow.id == user_id, _usable(now))
        .values(failed_logins=0, locked_until=None)
        .returning(UserRow.id)
        .execution_options(synchronize_session=False)
    ).scalar_one_or_none()
    return cleared is not None


def set_password_hash(session: Session, user_id: int, password_hash: str) -> None:
    session.execute(
        update(UserRow)
        .where(UserRow.id == user_id)
        .values(password_hash=password_hash, failed_logins=0, locked_until=None)
    )


def insert_user(session: Session, user: User, password_hash: str, at: datetime) -> int:
    row = UserRow(
        username=user.username,
        full_name=user.full_name.strip(),
        job_title=user.job_title.strip(),
        password_hash=password_hash,
        active=user.active,
        created_at=at,
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    _write_memberships(session, row.id, user)
    return row.id


def update_user(session: Session, user: User) -> None:
    assert user.id is not None
    session.execute(
        update(UserRow)
        .where(UserRow.id == user.id)
        .values(full_name=user.full_name.strip(), job_title=user.job_title.strip(),
                active=user.active)
    )
    _write_memberships(session, user.id, user)


def _write_memberships(session: Session, user_id: int, user: User) -> None:
    for table in (UserRoleRow, TeamMemberRow, TeamManagerRow):
        session.execute(delete(table).where(table.user_id == user_id))
    session.add_all(
        [UserRoleRow(user_id=user_id, role=role.value) for role in sorted(user.roles)]
        + [TeamMemberRow(team_id=t, user_id=user_id) for t in sorted(user.team_ids)]
        + [TeamManagerRow(team_id=t, user_id=user_id) for t in sorted(user.managed_team_ids)]
    )
    session.flush()


def set_active(session: Session, user_id: int, active: bool) -> None:
    session.execute(update(UserRow).where(UserRow.id == user_id).values(active=active))


def active_administrator_ids(session: Session) -> set[int]:
    query = (
        select(UserRow.id)
        .join(UserRoleRow, UserRoleRow.user_id == UserRow.id)
        .where(UserRoleRow.role == Role.ADMINISTRATOR.value, UserRow.active.is_(True))
    )
    return set(session.execute(query).scalars())


def team_member_ids(session: Session, team_ids: set[int]) -> set[int]:
    """Everyone who is a member of any of ``team_ids``."""
    if not team_ids:
        return set()
    query = select(TeamMemberRow.user_id).where(TeamMemberRow.team_id.in_(team_ids))
    return set(session.execute(query).scalars())


def user_team_ids(session: Session, user_id: int | None) -> set[int]:
    if user_id is None:
        return set()
    query = select(TeamMemberRow.team_id).where(TeamMemberRow.user_id == user_id)
    return set(session.execute(query).scalars())


def list_teams(session: Session) -> list[Team]:
    query = select(TeamRow).order_by(func.lower(TeamRow.name))
    return [Team(row.id, row.name) for row in session.execute(query).scalars()]


def team_name_taken(session: Session, name: str, except_id: int | None) -> bool:
    query = select(TeamRow.id).where(func.lower(TeamRow.name) == name.strip().lower())
    if except_id is not None:
        query = query.where(TeamRow.id != except_id)
    return session.execute(query).first() is not None


def save_team(session: Session, team: Team) -> int:
    if team.id is None:
        row = TeamRow(name=team.name.strip())
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id
    session.execute(update(TeamRow).where(TeamRow.id == team.id).values(name=team.name.strip()))
    return team.id


def team_exists(session: Session, team_id: int) -> bool:
    return session.get(TeamRow, team_id) is not None
