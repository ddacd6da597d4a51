"""People who use the app: users, their roles and teams, and the rules for accounts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from infoshare_desktop.domain.fields import SHORT_TEXT_MAX
from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP
from infoshare_desktop.domain.rules import Problem
from infoshare_desktop.domain.vocab import Role

PASSWORD_MIN_LENGTH = 10
USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")

MSG_USERNAME = QT_TRANSLATE_NOOP(
    "rules",
    "Enter a username of 2 to 40 characters: lower-case letters, numbers, dots, "
    "hyphens or underscores",
)
MSG_FULL_NAME = QT_TRANSLATE_NOOP("rules", "Enter the person's full name")
MSG_ROLES = QT_TRANSLATE_NOOP("rules", "Select at least one role")
MSG_PASSWORD_SHORT = QT_TRANSLATE_NOOP(
    "rules", "Enter a password of at least {limit} characters"
)
MSG_PASSWORD_IS_USERNAME = QT_TRANSLATE_NOOP(
    "rules", "Choose a password that is not the username"
)
MSG_TOO_LONG = QT_TRANSLATE_NOOP("rules", "Shorten this to {limit} characters or fewer")
MSG_TEAM_NAME = QT_TRANSLATE_NOOP("rules", "Enter the team's name")


@dataclass(frozen=True)
class Team:
    id: int | None
    name: str


@dataclass(frozen=True)
class User:
    """A person with an account. Plain data: the password hash never leaves storage."""

    id: int | None
    username: str
    full_name: str
    job_title: str = ""
    roles: frozenset[Role] = field(default_factory=frozenset)
    team_ids: frozenset[int] = field(default_factory=frozenset)
    managed_team_ids: frozenset[int] = field(default_factory=frozenset)
    active: bool = True

    def has(self, role: Role) -> bool:
        return role in self.roles


def normalise_username(username: str) -> str:
    return username.strip().lower()


def password_problems(password: str, username: str = "") -> list[Problem]:
    """What is wrong with a new password (length; not the username)."""
    if len(password) < PASSWORD_MIN_LENGTH:
        return [Problem("password", MSG_PASSWORD_SHORT, {"limit": PASSWORD_MIN_LENGTH})]
    if username and password.strip().lower() == normalise_username(username):
        return [Problem("password", MSG_PASSWORD_IS_USERNAME)]
    return []


def user_problems(user: User, password: str | None = None) -> list[Problem]:
    """What must be fixed before an account can be saved; ``password`` for new accounts."""
    problems = []
    if not USERNAME_PATTERN.match(normalise_username(user.username)):
        problems.append(Problem("username", MSG_USERNAME))
    if not user.full_name.strip():
        problems.append(Problem("full_name", MSG_FULL_NAME))
    for name in ("full_name", "job_title"):
        if len(getattr(user, name)) > SHORT_TEXT_MAX:
            problems.append(Problem(name, MSG_TOO_LONG, {"limit": SHORT_TEXT_MAX}))
    if not user.roles:
        problems.append(Problem("roles", MSG_ROLES))
    if password is not None:
        problems += password_problems(password, user.username)
    return problems


def team_problems(team: Team) -> list[Problem]:
    if not team.name.strip():
        return [Problem("name", MSG_TEAM_NAME)]
    if len(team.name) > SHORT_TEXT_MAX:
        return [Problem("name", MSG_TOO_LONG, {"limit": SHORT_TEXT_MAX})]
    return []
