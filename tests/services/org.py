"""A small organisation for permission and workflow tests, and records in any state.

Team A and team B; the record author is a practitioner in team A. Records are put
straight into the state a test needs through storage (with one audit event, as
``audit verify`` expects of every record), so that each test exercises exactly one
service call.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

from infoshare_desktop.domain.accounts import Team, User
from infoshare_desktop.domain.audit import AuditAction
from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.domain.vocab import RecordStatus, Role
from infoshare_desktop.services import accounts, organisations, trail
from infoshare_desktop.storage import repository
from infoshare_desktop.storage.database import Database
from tests import factories

PASSWORD = "test-password-1"


@dataclass
class Org:
    db: Database
    admin: User
    team_a: Team
    team_b: Team
    author: User
    organisation_id: int
    #: The sequence numbers of the events ``record`` wrote (set-up, not the test's action).
    set_up_events: list[int] = field(default_factory=list)

    def add_user(
        self, username: str, *roles: Role, member_of: tuple[Team, ...] = (),
        manages: tuple[Team, ...] = (),
    ) -> User:
        return accounts.create_user(
            self.db,
            self.admin,
            User(
                None, username, username.replace("_", " ").title(), "Job title",
                frozenset(roles),
                frozenset(t.id for t in member_of),  # type: ignore[misc]
                frozenset(t.id for t in manages),  # type: ignore[misc]
            ),
            PASSWORD,
        )

    def record(
        self, status: RecordStatus, author: User | None = None, *, emergency: bool = False,
        awaiting_review: bool = False,
    ) -> DecisionRecord:
        """A complete record by ``author`` (default: the team A practitioner) in ``status``."""
        now = datetime.now(UTC)
        content = factories.complete_record(
            now=now - timedelta(minutes=5),
            recipient_organisation_id=self.organisation_id,
            emergency=emergency,
        )
        record = replace(
            content,
            reference="",
            status=status,
            created_at=now,
            updated_at=now,
            author_id=(author or self.author).id,
            awaiting_review=awaiting_review,
        )
        with self.db.session() as session:
            record.reference = repository.next_reference(session, now.year)
            record.id = repository.insert_record(session, record)
            # One event, as the services would leave: a record with none in the trail
            # (or a locked one whose last event is a draft's) is one added from outside.
            action = AuditAction.CREATE if status.is_editable else AuditAction.SUBMIT
            event = trail.log(session, author or self.author, action, record=record, at=now)
        self.set_up_events.append(event.sequence)
        return record


def build(db: Database) -> Org:
    admin = accounts.set_up_organisation(
        db, "Testshire Council", "OFFICIAL-SENSITIVE", User(None, "admin", "Ada Admin"),
        PASSWORD,
    )
    team_a = accounts.create_team(db, admin, "Team A")
    team_b = accounts.create_team(db, admin, "Team B")
    author = accounts.create_user(
        db, admin,
        User(None, "author", "Alex Author", "Social worker", frozenset({Role.PRACTITIONER}),
             frozenset({team_a.id})),  # type: ignore[arg-type]
        PASSWORD,
    )
    org = organisations.save_organisation(db, admin, factories.organisation())
    assert org.id is not None
    return Org(db, admin, team_a, team_b, author, org.id)
