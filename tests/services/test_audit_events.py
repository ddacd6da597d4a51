"""Every action writes exactly one audit event, with the right user, record and details;
an action that fails writes none; and the chain stays whole."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.audit import AuditAction, AuditEvent, canonical, payload_sha256
from infoshare_desktop.domain.content import content_sha256
from infoshare_desktop.domain.organisation import Organisation
from infoshare_desktop.domain.vocab import RecipientType, RecordStatus, Role
from infoshare_desktop.services import (
    accounts,
    audit,
    export,
    organisations,
    records,
    review,
    settings,
)
from infoshare_desktop.services.errors import ServiceError
from infoshare_desktop.storage import audit as audit_store
from infoshare_desktop.storage import repository
from infoshare_desktop.storage.database import Database
from tests.services.org import PASSWORD, Org, build

S = RecordStatus
A = AuditAction


def all_events(db: Database) -> list[AuditEvent]:
    with db.session() as session:
        return list(audit_store.all_events(session))


def new_events(db: Database, action: Callable[[], object]) -> list[AuditEvent]:
    """The events ``action`` wrote (it must succeed)."""
    before = len(all_events(db))
    action()
    return all_events(db)[before:]


def only_event(db: Database, action: Callable[[], object]) -> AuditEvent:
    events = new_events(db, action)
    assert len(events) == 1, [e.action for e in events]
    return events[0]


@pytest.fixture
def org(db: Database) -> Org:
    return build(db)


@pytest.fixture
def manager(org: Org) -> User:
    return org.add_user("manager_a", Role.MANAGER, manages=(org.team_a,))


@pytest.fixture
def guardian(org: Org) -> User:
    return org.add_user("guardian", Role.GUARDIAN)


def test_set_up_is_the_first_event(org: Org) -> None:
    (first, *_) = all_events(org.db)
    assert (first.sequence, first.action, first.user_id) == (1, A.SET_UP, org.admin.id)
    assert first.details["organisation_name"] == "Testshire Council"


def test_signing_in_and_out(org: Org) -> None:
    db, author = org.db, org.author
    event = only_event(db, lambda: accounts.authenticate(db, "author", PASSWORD))
    assert (event.action, event.user_id, event.username) == (A.LOGIN, author.id, "author")
    event = only_event(db, lambda: accounts.verify_password(db, author, PASSWORD))
    assert event.action is A.UNLOCK
    assert only_event(db, lambda: accounts.sign_out(db, author)).action is A.LOGOUT
    assert only_event(db, lambda: accounts.record_idle_lock(db, author)).action is A.IDLE_LOCK


def test_failed_sign_ins_and_the_lockout(org: Org) -> None:
    db = org.db

    def wrong(username: str, password: str = "not-the-password") -> Callable[[], None]:
        def attempt() -> None:
            with pytest.raises(ServiceError):
                accounts.authenticate(db, username, password)
        return attempt

    for attempt in range(1, 5):
        event = only_event(db, wrong("author"))
        assert (event.action, event.user_id) == (A.LOGIN_FAILED, org.author.id)
        assert event.details == {"reason": "wrong password", "failed_attempts": attempt}
    event = only_event(db, wrong("author"))
    assert event.action is A.LOCKOUT and event.details["failed_attempts"] == 5
    event = only_event(db, wrong("author", PASSWORD))
    assert event.action is A.LOGIN_FAILED and event.details == {"reason": "locked"}

    typed = "Zoe Smith password123"  # someone typed a password into the username box
    event = only_event(db, wrong(typed))
    assert (event.action, event.user_id, event.username) == (A.LOGIN_FAILED, None, "")
    assert typed.encode() not in canonical(event)


def test_passwords_never_reach_the_trail(org: Org) -> None:
    db = org.db
    accounts.authenticate(db, "author", PASSWORD)
    accounts.change_password(db, org.author, PASSWORD, "brand-new-password")
    accounts.reset_password(db, org.admin, org.author.id, "reset-by-admin-1")  # type: ignore[arg-type]
    for event in all_events(db):
        for secret in (PASSWORD, "brand-new-password", "reset-by-admin-1"):
            assert secret.encode() not in canonical(event)


def test_account_and_team_changes(org: Org) -> None:
    db, admin = org.db, org.admin
    new_user = User(None, "newbie", "New Person", "Social worker",
                    frozenset({Role.PRACTITIONER}), frozenset({org.team_a.id}))  # type: ignore[arg-type]
    event = only_event(db, lambda: accounts.create_user(db, admin, new_user, "newbie-password"))
    assert event.action is A.ACCOUNT_CREATE and event.user_id == admin.id
    assert event.details["account"]["username"] == "newbie"
    user = accounts.get_user(db, event.details["account"]["id"])

    event = only_event(db, lambda: accounts.update_user(db, admin, replace(user, job_title="Lead")))
    assert event.action is A.ACCOUNT_UPDATE
    assert (event.details["before"]["job_title"], event.details["after"]["job_title"]) == (
        "Social worker", "Lead")
    assert only_event(db, lambda: accounts.deactivate_user(db, admin, user.id)).action is (  # type: ignore[arg-type]
        A.ACCOUNT_DEACTIVATE)
    assert only_event(db, lambda: accounts.reactivate_user(db, admin, user.id)).action is (  # type: ignore[arg-type]
        A.ACCOUNT_REACTIVATE)
    event = only_event(db, lambda: accounts.reset_password(db, admin, user.id, "another-pass-1"))  # type: ignore[arg-type]
    assert event.action is A.PASSWORD_RESET and event.details["account"]["username"] == "newbie"
    event = only_event(db, lambda: accounts.change_password(db, user, "another-pass-1",
                                                            "my-own-password"))
    assert (event.action, event.user_id) == (A.PASSWORD_CHANGE, user.id)
    event = only_event(db, lambda: accounts.create_team(db, admin, "Team C"))
    assert event.action is A.TEAM_SAVE and event.details["new"] is True
    event = only_event(db, lambda: accounts.rename_team(db, admin, org.team_b.id, "Team Bee"))  # type: ignore[arg-type]
    assert event.details == {"team": {"id": org.team_b.id, "name": "Team Bee"}, "new": False}


def test_settings_and_directory(org: Org) -> None:
    db, admin = org.db, org.admin
    current = settings.get_settings(db)
    event = only_event(db, lambda: settings.update_settings(
        db, admin, replace(current, idle_lock_minutes=5)))
    assert event.action is A.SETTINGS_CHANGE
    assert event.details == {"changed": {"idle_lock_minutes": [10, 5]}}
    event = only_event(db, lambda: organisations.save_organisation(
        db, org.author, Organisation(name="Riverside School", type=RecipientType.EDUCATION)))
    assert (event.action, event.user_id) == (A.ORGANISATION_SAVE, org.author.id)
    assert event.details["organisation"]["name"] == "Riverside School"


def test_the_life_of_a_record(org: Org, manager: User, guardian: User) -> None:
    db, author = org.db, org.author
    content = replace(org.record(S.DRAFT), id=None, reference="", status=S.DRAFT)

    created = {}

    def create() -> None:
        created["record"] = records.save_draft(db, author, content)

    event = only_event(db, create)
    record = created["record"]
    assert (event.action, event.user_id, event.record_id, event.reference) == (
        A.CREATE, author.id, record.id, record.reference)
    assert only_event(db, lambda: records.save_draft(
        db, author, replace(record, purpose="Changed"))).action is A.SAVE_DRAFT
    assert only_event(db, lambda: records.submit(db, author, records.get_record(
        db, author, record.id))).action is A.SUBMIT
    event = only_event(db, lambda: review.request_advice(db, manager, record.id, "Ask DPO"))
    assert (event.action, event.user_id, event.details["comment"]) == (
        A.REQUEST_ADVICE, manager.id, "Ask DPO")
    assert only_event(db, lambda: review.return_for_amendment(
        db, manager, record.id, "Say more")).action is A.RETURN
    assert only_event(db, lambda: records.submit(db, author, records.get_record(
        db, author, record.id))).action is A.SUBMIT
    assert only_event(db, lambda: review.authorise(db, manager, record.id, "OK")).action is (
        A.AUTHORISE)
    assert only_event(db, lambda: records.mark_complete(db, author, records.get_record(
        db, author, record.id))).action is A.COMPLETE
    assert only_event(db, lambda: review.guardian_decision(
        db, guardian, record.id, "Content")).action is A.GUARDIAN_DECISION
    completed = records.get_record(db, author, record.id)  # type: ignore[arg-type]
    event = only_event(db, lambda: records.add_addendum(
        db, author, record.id, replace(completed, purpose="Corrected purpose"), "Typo"))  # type: ignore[arg-type]
    assert event.action is A.ADDENDUM
    with db.session() as session:
        kept = repository.list_versions(session, record.id)[-1]  # type: ignore[arg-type]
    assert kept.number == 4
    assert event.details == {
        "reason": "Typo",
        "changes": [{"field": "purpose", "old": "Changed", "new": "Corrected purpose"}],
        # The fingerprint of the content it left, and the version it kept.
        "content_sha256": content_sha256(records.get_record(db, author, record.id)),  # type: ignore[arg-type]
        "kept_version": 4,
        "version_sha256": payload_sha256(kept.payload),
    }
    # Every version and the record as it stands match the fingerprints the events carry.
    report = audit.verify(db, guardian)
    assert report.ok and report.unchecked == 0, report.text


def test_declining_and_emergency_review(org: Org, manager: User) -> None:
    db = org.db
    submitted = org.record(S.SUBMITTED)
    event = only_event(db, lambda: review.decline(db, manager, submitted.id, "No"))  # type: ignore[arg-type]
    assert (event.action, event.record_id) == (A.DECLINE, submitted.id)
    emergency = org.record(S.COMPLETED, emergency=True, awaiting_review=True)
    assert only_event(db, lambda: review.review_emergency(
        db, manager, emergency.id)).action is A.REVIEW_EMERGENCY  # type: ignore[arg-type]


def test_viewing_by_someone_other_than_the_author(org: Org, manager: User) -> None:
    db = org.db
    record = org.record(S.SUBMITTED)
    assert new_events(db, lambda: records.get_record(db, org.author, record.id)) == []  # type: ignore[arg-type]
    event = only_event(db, lambda: records.get_record(db, manager, record.id))  # type: ignore[arg-type]
    assert (event.action, event.user_id, event.record_id) == (A.VIEW, manager.id, record.id)


def test_export_is_one_event_naming_what_and_how_many(
    org: Org, guardian: User, tmp_path: Path
) -> None:
    org.record(S.COMPLETED)
    org.record(S.DRAFT)
    event = only_event(org.db, lambda: export.export_csv(org.db, guardian, tmp_path / "x.csv"))
    assert (event.action, event.user_id) == (A.EXPORT, guardian.id)
    assert event.details == {"what": "decision records (CSV)", "rows": 2, "filters": {}}
    assert str(tmp_path) not in str(event.details)


FAILURES: dict[str, Callable[[Org, User], object]] = {
    "authorise another team": lambda o, m: review.authorise(
        o.db, o.add_user("other_manager", Role.MANAGER, manages=(o.team_b,)),
        o.record(S.SUBMITTED).id),  # type: ignore[arg-type]
    "return without comment": lambda o, m: review.return_for_amendment(
        o.db, m, o.record(S.SUBMITTED).id, " "),  # type: ignore[arg-type]
    "submit a completed record": lambda o, m: records.submit(
        o.db, o.author, o.record(S.COMPLETED)),
    "change a locked record": lambda o, m: records.save_draft(
        o.db, o.author, replace(o.record(S.SUBMITTED), purpose="x")),
    "impossible date": lambda o, m: records.save_draft(
        o.db, o.author, replace(records.new_record(),
                                decided_at=datetime.now(UTC) + timedelta(days=2))),
    "practitioner creates an account": lambda o, m: accounts.create_user(
        o.db, o.author, User(None, "x", "X", roles=frozenset({Role.ADMINISTRATOR})), "x" * 12),
    "duplicate username": lambda o, m: accounts.create_user(
        o.db, o.admin, User(None, "author", "X", roles=frozenset({Role.GUARDIAN})), "x" * 12),
    "bad settings": lambda o, m: settings.update_settings(
        o.db, o.admin, replace(settings.get_settings(o.db), idle_lock_minutes=0)),
    "manager reads another team": lambda o, m: records.get_record(
        o.db, o.add_user("stranger", Role.MANAGER, manages=(o.team_b,)),
        o.record(S.DRAFT).id),  # type: ignore[arg-type]
    "practitioner checks the trail": lambda o, m: audit.verify(o.db, o.author),
}


@pytest.mark.parametrize("name", list(FAILURES))
def test_an_action_that_fails_writes_no_event(org: Org, manager: User, name: str) -> None:
    before = len(all_events(org.db))
    with pytest.raises(ServiceError):
        FAILURES[name](org, manager)
    after = all_events(org.db)
    # Setting the case up may add users and records (audited); the failed action itself
    # adds nothing.
    assert [e.action for e in after[before:] if e.action is not A.ACCOUNT_CREATE
            and e.sequence not in org.set_up_events] == []


def test_the_chain_verifies_after_all_that(org: Org, manager: User, guardian: User) -> None:
    record = org.record(S.SUBMITTED)
    review.authorise(org.db, manager, record.id, "OK")  # type: ignore[arg-type]
    records.get_record(org.db, guardian, record.id)  # type: ignore[arg-type]
    report = audit.verify(org.db, guardian)
    assert report.ok and report.count == len(all_events(org.db))
    assert report.text == f"OK: {report.count} events, head {report.head}"


def test_who_sees_the_trail(org: Org, manager: User, guardian: User) -> None:
    record = org.record(S.COMPLETED)
    records.add_addendum(org.db, org.author, record.id,  # type: ignore[arg-type]
                         replace(record, purpose="Secret new purpose"), "Fix")
    (as_guardian,) = audit.find_events(org.db, guardian, actions=[A.ADDENDUM])
    assert as_guardian.details["changes"][0]["new"] == "Secret new purpose"
    (as_admin,) = audit.find_events(org.db, org.admin, actions=[A.ADDENDUM])
    assert as_admin.details["changes"] == [{"field": "purpose"}]
    with pytest.raises(ServiceError):
        audit.find_events(org.db, manager)
    own = audit.record_events(org.db, org.author, record.id)  # type: ignore[arg-type]
    own = [e for e in own if e.sequence not in org.set_up_events]
    assert [e.action for e in own] == [A.ADDENDUM]
    assert own[0].details["changes"][0]["new"] == "Secret new purpose"


def test_demo_data_has_a_real_verifiable_trail(db: Database) -> None:
    from infoshare_desktop.demo import create_demo_data

    create_demo_data(db, 30, seed=7)
    guardian = accounts.authenticate(db, "guardian1", "demo-password")
    report = audit.verify(db, guardian)
    assert report.ok, report.text
    actions = {e.action for e in all_events(db)}
    assert {A.SET_UP, A.ACCOUNT_CREATE, A.CREATE, A.SUBMIT, A.AUTHORISE, A.RETURN,
            A.COMPLETE, A.LOGIN} <= actions
