"""Demo data: a demo organisation whose people take records through every workflow
state, using the real use cases, so it obeys every rule and permission real data does."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from infoshare_desktop import demo
from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.domain.rules import completion_problems, draft_problems
from infoshare_desktop.domain.vocab import (
    RecipientType,
    RecordStatus,
    ReviewAction,
    Role,
    VersionKind,
)
from infoshare_desktop.services import accounts, settings
from infoshare_desktop.services.organisations import list_organisations
from infoshare_desktop.services.records import (
    RecordHistory,
    get_record,
    list_records,
    record_history,
)
from infoshare_desktop.storage import repository
from infoshare_desktop.storage.database import Database
from tests.factories import complete_record, make_user, quick_hashing

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
RECORDS = 60


@dataclass
class Demo:
    db: Database
    users: dict[str, User]
    records: list[DecisionRecord]
    histories: dict[int, RecordHistory]

    def reviews(self, record: DecisionRecord) -> list[ReviewAction]:
        assert record.id is not None
        return [r.action for r in self.histories[record.id].reviews]

    def versions(self, record: DecisionRecord) -> list[VersionKind]:
        assert record.id is not None
        return [v.kind for v in self.histories[record.id].versions]


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    """60 demo records, made once for the module; read back as the Caldicott Guardian."""
    db = Database.open(tmp_path_factory.mktemp("demo") / "demo.db")
    try:
        with quick_hashing():
            assert demo.create_demo_data(db, RECORDS, seed=3, now=NOW) == RECORDS
            guardian = accounts.authenticate(db, "guardian1", demo.DEMO_PASSWORD)
            users = {u.username: u for u in accounts.list_users(db, guardian)}
            records = [get_record(db, guardian, s.id) for s in list_records(db, guardian)]
            histories = {r.id: record_history(db, guardian, r.id)  # type: ignore[arg-type]
                         for r in records}
        yield Demo(db, users, records, histories)  # type: ignore[arg-type]
    finally:
        db.close()


def test_the_demo_organisation_and_its_people(made: Demo) -> None:
    org = settings.get_settings(made.db)
    assert org.organisation_name == "Northshire Council (demo)"
    assert org.protective_marking == "OFFICIAL-SENSITIVE"
    teams = {t.name: t.id for t in accounts.list_teams(made.db)}
    assert set(teams) == {"Children's Assessment Team", "Family Support Team"}
    assert set(made.users) == {
        "admin1", "guardian1", "manager1", "manager2",
        "practitioner1", "practitioner2", "practitioner3", "practitioner4",
    }
    roles = {name: set(u.roles) for name, u in made.users.items()}
    assert roles["admin1"] == {Role.ADMINISTRATOR}
    assert roles["guardian1"] == {Role.GUARDIAN}
    for team_id in teams.values():
        members = [u for u in made.users.values()
                   if u.has(Role.PRACTITIONER) and team_id in u.team_ids]
        managers = [u for u in made.users.values() if team_id in u.managed_team_ids]
        assert len(members) == 2
        assert [m.roles for m in managers] == [frozenset({Role.MANAGER})]


def test_every_demo_account_signs_in_with_the_demo_password(made: Demo) -> None:
    with quick_hashing():
        for account in demo.DEMO_ACCOUNTS:
            user = accounts.authenticate(made.db, account.username, "demo-password")
            assert user.username == account.username
            assert user.full_name == account.full_name


def test_records_reach_every_workflow_state(made: Demo) -> None:
    statuses = [r.status for r in made.records]
    assert set(statuses) == set(RecordStatus)
    assert statuses.count(RecordStatus.COMPLETED) > statuses.count(RecordStatus.DRAFT) > 0


def test_each_state_got_there_through_the_workflow(made: Demo) -> None:
    S = RecordStatus
    for record in made.records:
        reviews = made.reviews(record)
        if record.status in (S.DRAFT,):
            assert reviews == [] and made.versions(record) == []
        if record.status is S.SUBMITTED:
            assert made.versions(record) == [VersionKind.SUBMITTED]
        if record.status is S.ADVICE_REQUESTED:
            assert reviews[-1] is ReviewAction.REQUEST_ADVICE
        if record.status in (S.RETURNED, S.DECLINED, S.AUTHORISED):
            expected = {S.RETURNED: ReviewAction.RETURN, S.DECLINED: ReviewAction.DECLINE,
                        S.AUTHORISED: ReviewAction.AUTHORISE}[record.status]
            assert expected in reviews
            assert record.authoriser_name in {"Helen Managerly", "Tariq Supervisington"}
            assert record.authorisation_comment or record.status is S.AUTHORISED
        if record.status is S.COMPLETED and not record.emergency:
            assert ReviewAction.AUTHORISE in reviews
            assert VersionKind.COMPLETED in made.versions(record)


def test_comments_stay_on_returned_and_declined_records(made: Demo) -> None:
    for record in made.records:
        assert record.id is not None
        for entry in made.histories[record.id].reviews:
            if entry.action in (ReviewAction.RETURN, ReviewAction.DECLINE,
                                ReviewAction.REQUEST_ADVICE, ReviewAction.GUARDIAN_DECISION):
                assert entry.comment.strip(), entry


def test_emergency_shares_awaiting_review_and_reviewed(made: Demo) -> None:
    emergencies = [r for r in made.records if r.emergency]
    assert all(r.status is RecordStatus.COMPLETED for r in emergencies)
    waiting = [r for r in emergencies if r.awaiting_review]
    reviewed = [r for r in emergencies if not r.awaiting_review]
    assert waiting and reviewed
    assert all(ReviewAction.REVIEW_EMERGENCY not in made.reviews(r) for r in waiting)
    assert all(ReviewAction.REVIEW_EMERGENCY in made.reviews(r) for r in reviewed)
    assert not any(r.awaiting_review for r in made.records if not r.emergency)


def test_returned_then_resubmitted_records_keep_both_versions(made: Demo) -> None:
    resubmitted = [r for r in made.records
                   if made.versions(r).count(VersionKind.SUBMITTED) == 2]
    assert resubmitted, "no record was returned, amended and resubmitted"
    for record in resubmitted:
        assert record.id is not None
        first, second = [v.record for v in made.histories[record.id].versions
                         if v.kind is VersionKind.SUBMITTED]
        assert first.necessity != second.necessity
        assert ReviewAction.RETURN in made.reviews(record)


def test_addenda_and_guardian_decisions_on_a_few(made: Demo) -> None:
    with_addenda = [r for r in made.records if VersionKind.ADDENDUM in made.versions(r)]
    assert 0 < len(with_addenda) < len(made.records) // 4
    for record in with_addenda:
        assert record.id is not None
        addendum = next(v for v in made.histories[record.id].versions
                        if v.kind is VersionKind.ADDENDUM)
        assert addendum.reason and addendum.by in {
            u.full_name for u in made.users.values() if u.has(Role.PRACTITIONER)}
    decided = [r for r in made.records if ReviewAction.GUARDIAN_DECISION in made.reviews(r)]
    assert decided
    assert all(r.guardian_referred for r in decided)


def test_records_are_spread_over_the_practitioners_who_wrote_them(made: Demo) -> None:
    practitioners = {u.id: u for u in made.users.values() if u.has(Role.PRACTITIONER)}
    authors = [r.author_id for r in made.records]
    assert set(authors) == set(practitioners)
    for record in made.records:
        author = practitioners[record.author_id]  # type: ignore[index]
        assert record.decision_maker_name == author.full_name


def test_demo_records_pass_the_rules_of_their_state(made: Demo) -> None:
    now = datetime.now(UTC)
    for record in made.records:
        assert draft_problems(record, now) == []
        assert record.case_reference.startswith("DEMO-")
        if record.status is RecordStatus.COMPLETED:
            # Completed without an emergency means a manager authorised it first.
            required = not record.emergency
            assert completion_problems(record, now, authorisation_required=required) == []


def test_practitioners_and_managers_see_only_their_part(made: Demo) -> None:
    with quick_hashing():
        practitioner = accounts.authenticate(made.db, "practitioner1", "demo-password")
        manager = accounts.authenticate(made.db, "manager1", "demo-password")
        admin = accounts.authenticate(made.db, "admin1", "demo-password")
    own = list_records(made.db, practitioner)
    assert own and {s.author_id for s in own} == {practitioner.id}
    team = {u.id for u in made.users.values()
            if u.has(Role.PRACTITIONER) and u.team_ids & manager.managed_team_ids}
    managed = list_records(made.db, manager)
    assert {s.author_id for s in managed} == team
    assert 0 < len(managed) < len(made.records)
    assert list_records(made.db, admin) == []


def _contents(db: Database) -> list[dict[str, Any]]:
    """Every record's content, without what the services stamp (ids, times)."""
    guardian = accounts.authenticate(db, "guardian1", demo.DEMO_PASSWORD)
    out = []
    for summary in sorted(list_records(db, guardian), key=lambda s: s.reference):
        data = asdict(get_record(db, guardian, summary.id))
        for key in ("id", "created_at", "updated_at", "recipient_organisation_id"):
            data.pop(key)
        out.append(data)
    return out


def test_same_seed_same_records_different_seed_different(tmp_path: Path) -> None:
    contents = []
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        db = Database.open(tmp_path / f"{name}.db")
        try:
            demo.create_demo_data(db, 15, seed=seed, now=NOW)
            contents.append(_contents(db))
        finally:
            db.close()
    assert contents[0] == contents[1]
    assert contents[0] != contents[2]


def test_a_second_run_adds_records_to_the_same_organisation(db: Database) -> None:
    demo.create_demo_data(db, 2, seed=1, now=NOW)
    demo.create_demo_data(db, 3, seed=2, now=NOW)
    orgs = list_organisations(db, include_inactive=True)
    assert len(orgs) == len(demo.DIRECTORY) + 1
    assert {o.type for o in orgs} == set(RecipientType)
    assert [o.name for o in orgs if not o.active] == [demo.INACTIVE[0]]
    guardian = accounts.authenticate(db, "guardian1", demo.DEMO_PASSWORD)
    assert len(list_records(db, guardian)) == 5
    assert len(accounts.list_users(db, guardian, include_inactive=True)) == 8


def test_zero_records_adds_only_the_organisation_and_directory(db: Database) -> None:
    assert demo.create_demo_data(db, 0) == 0
    guardian = accounts.authenticate(db, "guardian1", demo.DEMO_PASSWORD)
    assert list_records(db, guardian) == []
    assert len(list_organisations(db)) == len(demo.DIRECTORY)
    with pytest.raises(ValueError):
        demo.create_demo_data(db, -1)


def test_a_real_organisations_database_is_refused(db: Database) -> None:
    make_user(db, "practitioner_a", teams=("Team A",))
    with pytest.raises(demo.NotADemoDatabaseError):
        demo.create_demo_data(db, 3)
    assert len(accounts.list_teams(db)) == 1


def test_real_records_from_before_accounts_are_refused(db: Database) -> None:
    now = datetime.now(UTC)
    record = complete_record(now=now - timedelta(days=1), case_reference="CM-204511",
                             recipient_organisation_id=None, created_at=now, updated_at=now)
    with db.session() as session:
        record.reference = repository.next_reference(session, 2026)
        repository.insert_record(session, record)
    with pytest.raises(demo.NotADemoDatabaseError):
        demo.create_demo_data(db, 3)
    assert accounts.needs_setup(db), "no demo organisation was set up"


def test_passwords_are_hashed_once_per_account_not_per_record(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    hashed: list[str] = []
    real = accounts.hash_password

    def counting(password: str) -> str:
        hashed.append(password)
        return real(password)

    monkeypatch.setattr(accounts, "hash_password", counting)
    demo.create_demo_data(db, 30, seed=4, now=NOW)
    assert hashed == [demo.DEMO_PASSWORD] * len(demo.DEMO_ACCOUNTS)
    demo.create_demo_data(db, 30, seed=5, now=NOW)
    assert len(hashed) == len(demo.DEMO_ACCOUNTS), "a second run reuses the accounts"
