"""Accounts and passwords: argon2id hashes only, lockout, resets, never a clear password."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlmodel import select

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.vocab import Role
from infoshare_desktop.services import accounts
from infoshare_desktop.services.errors import (
    AuthenticationError,
    PermissionDeniedError,
    ServiceError,
    ValidationError,
)
from infoshare_desktop.storage.database import Database
from infoshare_desktop.storage.tables import UserRow

SECRET = "correct horse battery staple"


def set_up(db: Database) -> User:
    return accounts.set_up_organisation(
        db, "Testshire", "OFFICIAL-SENSITIVE", User(None, "Admin1", "Ada Admin"), SECRET
    )


def test_stored_hash_is_real_argon2id_and_no_clear_password_anywhere(
    db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(accounts, "_hasher", PasswordHasher())  # the app's real settings
    caplog.set_level(logging.DEBUG)
    admin = set_up(db)
    with pytest.raises(AuthenticationError) as wrong:
        accounts.authenticate(db, "admin1", SECRET + "!")
    assert accounts.authenticate(db, "ADMIN1 ", SECRET).id == admin.id

    with db.session() as session:
        stored = session.exec(select(UserRow.password_hash)).one()
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    db.close()
    for file in db_path.parent.glob("infoshare.db*"):
        assert SECRET.encode() not in file.read_bytes(), file.name
    assert SECRET not in caplog.text
    assert SECRET not in str(wrong.value) and SECRET not in repr(wrong.value)
    assert str(wrong.value) == "Wrong username or password."


def test_unknown_user_gets_the_same_answer(db: Database) -> None:
    set_up(db)
    with pytest.raises(AuthenticationError) as refused:
        accounts.authenticate(db, "nobody", SECRET)
    assert str(refused.value) == "Wrong username or password."


def test_five_wrong_passwords_lock_for_fifteen_minutes(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = set_up(db)
    for _ in range(4):
        with pytest.raises(AuthenticationError, match="Wrong username or password"):
            accounts.authenticate(db, "admin1", "nope-nope-nope")
    with pytest.raises(AuthenticationError, match="locked for 15 minutes"):
        accounts.authenticate(db, "admin1", "nope-nope-nope")
    with pytest.raises(AuthenticationError, match="Try again in 15 minutes"):
        accounts.authenticate(db, "admin1", SECRET)  # even the right password
    assert accounts.is_locked_out(db, admin.id)  # type: ignore[arg-type]

    later = accounts._now() + timedelta(minutes=15, seconds=1)
    monkeypatch.setattr(accounts, "_now", lambda: later)
    assert accounts.authenticate(db, "admin1", SECRET).id == admin.id


def test_reset_password_ends_a_lockout(db: Database) -> None:
    admin = set_up(db)
    user = accounts.create_user(
        db, admin, User(None, "pat", "Pat Practitioner", roles=frozenset({Role.PRACTITIONER})),
        "first-password",
    )
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            accounts.authenticate(db, "pat", "wrong-password")
    accounts.reset_password(db, admin, user.id, "second-password")  # type: ignore[arg-type]
    assert accounts.authenticate(db, "pat", "second-password").id == user.id
    with pytest.raises(AuthenticationError):
        accounts.authenticate(db, "pat", "first-password")


def test_change_own_password(db: Database) -> None:
    admin = set_up(db)
    with pytest.raises(ValidationError) as refused:
        accounts.change_password(db, admin, "not the password", "a-new-password")
    assert [p.field for p in refused.value.problems] == ["current_password"]
    with pytest.raises(ValidationError) as short:
        accounts.change_password(db, admin, SECRET, "short")
    assert [p.field for p in short.value.problems] == ["new_password"]
    accounts.change_password(db, admin, SECRET, "a-new-password")
    assert accounts.authenticate(db, "admin1", "a-new-password").id == admin.id


def test_deactivated_accounts_cannot_sign_in_and_are_never_deleted(db: Database) -> None:
    admin = set_up(db)
    user = accounts.create_user(
        db, admin, User(None, "leaver", "Lee Leaver", roles=frozenset({Role.PRACTITIONER})),
        "leaver-password",
    )
    accounts.deactivate_user(db, admin, user.id)  # type: ignore[arg-type]
    with pytest.raises(AuthenticationError, match="deactivated"):
        accounts.authenticate(db, "leaver", "leaver-password")
    assert [u.username for u in accounts.list_users(db, admin, include_inactive=True)] == [
        "admin1", "leaver"
    ]
    accounts.reactivate_user(db, admin, user.id)  # type: ignore[arg-type]
    assert accounts.authenticate(db, "leaver", "leaver-password").active


def test_the_last_administrator_stays(db: Database) -> None:
    admin = set_up(db)
    with pytest.raises(ServiceError, match="only active administrator"):
        accounts.deactivate_user(db, admin, admin.id)  # type: ignore[arg-type]
    with pytest.raises(ServiceError, match="only active administrator"):
        accounts.update_user(
            db, admin, User(admin.id, "admin1", "Ada", roles=frozenset({Role.GUARDIAN}))
        )


def test_only_administrators_manage_accounts(db: Database) -> None:
    admin = set_up(db)
    pat = accounts.create_user(
        db, admin, User(None, "pat", "Pat", roles=frozenset({Role.PRACTITIONER})), "pat-password"
    )
    with pytest.raises(PermissionDeniedError, match="You cannot manage accounts"):
        accounts.create_user(db, pat, User(None, "x", "X", roles=frozenset({Role.ADMINISTRATOR})),
                             "x-password-x")
    with pytest.raises(PermissionDeniedError):
        accounts.reset_password(db, pat, admin.id, "taken-over-now")  # type: ignore[arg-type]


def test_account_problems_are_named_by_field(db: Database) -> None:
    admin = set_up(db)
    with pytest.raises(ValidationError) as refused:
        accounts.create_user(db, admin, User(None, "Bad Name!", " ", roles=frozenset()), "short")
    assert {p.field for p in refused.value.problems} == {
        "username", "full_name", "roles", "password"
    }
    with pytest.raises(ValidationError) as taken:
        accounts.create_user(db, admin, User(None, "ADMIN1", "Another", roles=frozenset(
            {Role.GUARDIAN})), "long-enough-password")
    assert [p.field for p in taken.value.problems] == ["username"]


def test_set_up_happens_once(db: Database) -> None:
    assert accounts.needs_setup(db)
    admin = set_up(db)
    assert admin.has(Role.ADMINISTRATOR) and not accounts.needs_setup(db)
    with pytest.raises(ServiceError, match="already set up"):
        set_up(db)
