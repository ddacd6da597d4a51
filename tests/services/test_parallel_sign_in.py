"""Sign-in under pressure: wrong passwords sent at the same moment all count, exactly one
of them locks the account, and the right password is refused until the lock ends.

Run on SQLite and on PostgreSQL (see tests/conftest.py). The threads are released
together by a barrier; the tests count attempts, events and failures, never time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from threading import Barrier

import pytest

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.audit import AuditAction, AuditEvent
from infoshare_desktop.services import accounts, encryption
from infoshare_desktop.services import settings as settings_service
from infoshare_desktop.services.errors import AuthenticationError
from infoshare_desktop.storage import accounts as account_store
from infoshare_desktop.storage import audit as audit_store
from infoshare_desktop.storage import keyring
from infoshare_desktop.storage.database import Database

SECRET = "correct horse battery staple"
WRONG = "not-the-password"
THREADS = 20
#: A bound so a broken test fails instead of hanging; nothing is asserted about time.
STUCK_S = 120


def set_up(db: Database) -> User:
    return accounts.set_up_organisation(
        db, "Testshire", "OFFICIAL-SENSITIVE", User(None, "admin1", "Ada Admin"), SECRET)


def at_once(calls: list[Callable[[], object]]) -> list[BaseException | None]:
    """Run every call in its own thread, all released at the same moment; what each raised."""
    barrier = Barrier(len(calls), timeout=STUCK_S)

    def run(call: Callable[[], object]) -> BaseException | None:
        barrier.wait()
        try:
            call()
        except Exception as error:  # each thread's outcome is what it raised
            return error
        return None

    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        futures = [pool.submit(run, call) for call in calls]
        return [future.result(timeout=STUCK_S) for future in futures]


def events_since(db: Database, before: int) -> list[AuditEvent]:
    with db.session() as session:
        return list(audit_store.all_events(session))[before:]


def event_count(db: Database) -> int:
    with db.session() as session:
        return audit_store.head(session)[0]


def login_state(db: Database, user: User) -> account_store.PasswordState:
    assert user.id is not None
    with db.session() as session:
        state = account_store.password_state(session, user.id)
    assert state is not None
    return state


def kinds(events: list[AuditEvent]) -> Counter[tuple[str, object]]:
    """Each event as (action, reason), counted."""
    return Counter((e.action.value, e.details.get("reason")) for e in events)


def assert_all_refused(outcomes: list[BaseException | None]) -> list[str]:
    """Every attempt was refused as a sign-in (never 'database is locked' or a crash)."""
    assert all(isinstance(o, AuthenticationError) for o in outcomes), [repr(o) for o in outcomes]
    return [str(o) for o in outcomes]


def test_twenty_wrong_passwords_at_once_lock_the_account(db: Database) -> None:
    admin = set_up(db)
    limit = settings_service.get_settings(db).max_failed_logins
    before = event_count(db)

    said = assert_all_refused(at_once(
        [lambda: accounts.authenticate(db, "admin1", WRONG)] * THREADS))

    state = login_state(db, admin)
    assert state.failed_logins == limit
    assert accounts.is_locked_out(db, admin.id)  # type: ignore[arg-type]
    events = events_since(db, before)
    # One event per attempt: the first limit - 1 counted, one locked, the rest refused.
    assert len(events) == THREADS
    assert kinds(events) == {
        ("login_failed", "wrong password"): limit - 1,
        ("lockout", None): 1,
        ("login_failed", "locked"): THREADS - limit,
    }
    counted = sorted(e.details["failed_attempts"] for e in events
                     if e.action is not AuditAction.LOGIN_FAILED
                     or e.details["reason"] == "wrong password")
    assert counted == list(range(1, limit + 1))
    assert sum("now locked" in text for text in said) == 1
    assert sum("Wrong username or password" in text for text in said) == limit - 1

    with pytest.raises(AuthenticationError, match=f"locked after {limit} wrong passwords"):
        accounts.authenticate(db, "admin1", SECRET)
    assert login_state(db, admin).failed_logins == limit  # the right password changed nothing


def test_the_count_reaches_exactly_twenty_when_twenty_is_the_limit(db: Database) -> None:
    admin = set_up(db)
    settings_service.store_settings(
        db, replace(settings_service.get_settings(db), max_failed_logins=THREADS))
    before = event_count(db)

    assert_all_refused(at_once([lambda: accounts.authenticate(db, "admin1", WRONG)] * THREADS))

    assert login_state(db, admin).failed_logins == THREADS
    events = events_since(db, before)
    assert kinds(events) == {("login_failed", "wrong password"): THREADS - 1, ("lockout", None): 1}
    assert sorted(e.details["failed_attempts"] for e in events) == list(range(1, THREADS + 1))
    lockout = next(e for e in events if e.action is AuditAction.LOCKOUT)
    assert lockout.details["failed_attempts"] == THREADS
    with pytest.raises(AuthenticationError, match="Try again in 15 minutes"):
        accounts.authenticate(db, "admin1", SECRET)


def test_the_idle_lock_counts_the_same_way_and_then_refuses_the_right_password(
    db: Database,
) -> None:
    admin = set_up(db)
    limit = settings_service.get_settings(db).max_failed_logins
    half = THREADS // 2
    before = event_count(db)

    # Half unlocking an idle lock, half signing in: one count for both.
    assert_all_refused(at_once(
        [lambda: accounts.verify_password(db, admin, WRONG)] * half
        + [lambda: accounts.authenticate(db, "admin1", WRONG)] * (THREADS - half)))

    assert login_state(db, admin).failed_logins == limit
    events = events_since(db, before)
    assert Counter(e.action for e in events) == {
        AuditAction.LOGIN_FAILED: THREADS - 1, AuditAction.LOCKOUT: 1}
    with pytest.raises(AuthenticationError, match="Try again in 15 minutes"):
        accounts.verify_password(db, admin, SECRET)
    with pytest.raises(AuthenticationError, match="Try again in 15 minutes"):
        accounts.change_password(db, admin, SECRET, "a brand new password")
    assert not any(e.action is AuditAction.UNLOCK for e in events_since(db, before))


def test_the_right_password_among_wrong_ones_never_ends_the_lock(db: Database) -> None:
    admin = set_up(db)
    before = event_count(db)

    outcomes = at_once([lambda: accounts.authenticate(db, "admin1", SECRET)]
                       + [lambda: accounts.authenticate(db, "admin1", WRONG)] * THREADS)

    # Whenever the right password ran, the wrong ones still lock the account.
    assert all(o is None or isinstance(o, AuthenticationError) for o in outcomes[:1])
    assert_all_refused(outcomes[1:])
    assert accounts.is_locked_out(db, admin.id)  # type: ignore[arg-type]
    events = events_since(db, before)
    assert len(events) == THREADS + 1  # one event for each attempt
    assert Counter(e.action for e in events)[AuditAction.LOCKOUT] == 1


def test_a_lock_set_while_the_right_password_is_checked_holds(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The moment the race is decided, made to happen every time: the account is locked
    by another sign-in after this one read it as unlocked."""
    admin = set_up(db)
    assert admin.id is not None
    matches = accounts._password_matches

    def locked_meanwhile(password_hash: str, password: str) -> bool:
        with db.session() as session:
            account_store.set_login_state(
                session, admin.id, 5, accounts._now() + timedelta(minutes=15))  # type: ignore[arg-type]
        return matches(password_hash, password)

    monkeypatch.setattr(accounts, "_password_matches", locked_meanwhile)
    for password in (SECRET, WRONG):
        before = event_count(db)
        with pytest.raises(AuthenticationError, match="Try again in 15 minutes"):
            accounts.authenticate(db, "admin1", password)
        assert login_state(db, admin).failed_logins == 5  # not cleared, not counted again
        assert kinds(events_since(db, before)) == {("login_failed", "locked"): 1}


def test_the_count_starts_again_after_a_lock_ends(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = set_up(db)
    limit = settings_service.get_settings(db).max_failed_logins
    assert_all_refused(at_once([lambda: accounts.authenticate(db, "admin1", WRONG)] * limit))
    assert accounts.is_locked_out(db, admin.id)  # type: ignore[arg-type]

    later = accounts._now() + timedelta(minutes=15, seconds=1)
    monkeypatch.setattr(accounts, "_now", lambda: later)
    with pytest.raises(AuthenticationError, match="Wrong username or password"):
        accounts.authenticate(db, "admin1", WRONG)
    state = login_state(db, admin)
    assert (state.failed_logins, state.locked_until) == (1, None)
    assert accounts.authenticate(db, "admin1", SECRET).id == admin.id
    assert login_state(db, admin).failed_logins == 0


@pytest.mark.sqlite_only
def test_an_encrypted_file_counts_only_once_it_is_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before the key is unwrapped nothing can be written, so wrong passwords at the
    sign-in that opens an encrypted file are not counted; once it is open (the idle
    lock, switching user) they are, and a lock set then refuses the right password
    even at the next opening."""
    for name, value in (("TIME_COST", 1), ("MEMORY_COST_KIB", 8), ("PARALLELISM", 1)):
        monkeypatch.setattr(keyring, name, value)
    path = tmp_path / "enc.db"
    db, _recovery = encryption.create_encrypted(path)
    try:
        admin = set_up(db)
    finally:
        db.close()

    outcomes = at_once([lambda: encryption.unlock(path, "admin1", WRONG)] * THREADS)
    assert_all_refused(outcomes)
    db = encryption.unlock(path, "admin1", SECRET)
    try:
        assert login_state(db, admin).failed_logins == 0  # nowhere to count them
        before = event_count(db)
        assert_all_refused(at_once([lambda: accounts.verify_password(db, admin, WRONG)] * THREADS))
        assert login_state(db, admin).failed_logins == 5
        assert Counter(e.action for e in events_since(db, before))[AuditAction.LOCKOUT] == 1
    finally:
        db.close()

    db = encryption.unlock(path, "admin1", SECRET)  # the key is unwrapped...
    try:
        with pytest.raises(AuthenticationError, match="Try again in 15 minutes"):
            accounts.authenticate(db, "admin1", SECRET)  # ...but the account stays locked
    finally:
        db.close()
