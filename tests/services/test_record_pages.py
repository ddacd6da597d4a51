"""The decision list in pages: counts, order, filters, permissions and saved filters."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.record import PersonInvolved
from infoshare_desktop.domain.vocab import (
    Article6Basis,
    ConsentStatus,
    Outcome,
    PersonInformed,
    PersonRole,
    RecordStatus,
    Role,
)
from infoshare_desktop.services import presets, records
from infoshare_desktop.services.errors import NotFoundError, ValidationError
from infoshare_desktop.services.records import RecordFilter, RecordSort
from infoshare_desktop.storage import repository
from infoshare_desktop.storage.database import Database
from tests import factories
from tests.services.org import Org, build


@pytest.fixture
def org(db: Database) -> Org:
    return build(db)


def put(
    org: Org, author: User, case: str, decided: datetime | None, **changes: object
) -> int:
    """A record straight into storage, as a test needs it."""
    now = datetime.now(UTC)
    values: dict[str, object] = {"status": RecordStatus.DRAFT, **changes}
    record = replace(
        factories.complete_record(recipient_organisation_id=org.organisation_id),
        case_reference=case, decided_at=decided, reference="",
        created_at=now, updated_at=now, author_id=author.id, **values,
    )
    with org.db.session() as session:
        record.reference = repository.next_reference(session, now.year)
        return repository.insert_record(session, record)


def cases(summaries: list[records.RecordSummary]) -> list[str]:
    return [s.case_reference for s in summaries]


@pytest.fixture
def guardian(org: Org) -> User:
    return org.add_user("gwen", Role.GUARDIAN)


def test_pages_join_up_to_the_whole_list_in_every_order(org: Org, guardian: User) -> None:
    base = datetime(2025, 6, 1, 9, 0, tzinfo=UTC)
    other = org.add_user("zed_zephyr", Role.PRACTITIONER, member_of=(org.team_a,))
    for i in range(23):
        put(org, org.author if i % 3 else other, f"cm-{i % 7}",
            base + timedelta(days=i % 5) if i % 4 else None,
            outcome=list(Outcome)[i % 4], consent=list(ConsentStatus)[i % 6],
            status=list(RecordStatus)[i % 7])
    everything = RecordFilter()
    assert records.count_records(org.db, guardian, everything) == 23
    for column in records.SORT_COLUMNS:
        for descending in (False, True):
            sort = RecordSort(column, descending)
            whole = records.page_records(org.db, guardian, everything, sort, 0, 100)
            pages = [s for offset in range(0, 23, 5)
                     for s in records.page_records(org.db, guardian, everything, sort, offset, 5)]
            assert [s.id for s in pages] == [s.id for s in whole], (column, descending)
            assert len({s.id for s in whole}) == 23


def test_the_default_order_is_newest_decision_first_undated_last(
    org: Org, guardian: User
) -> None:
    now = datetime.now(UTC)
    put(org, org.author, "old", now - timedelta(days=5))
    put(org, org.author, "new", now - timedelta(days=1))
    put(org, org.author, "undated", None)
    newest = records.page_records(org.db, guardian, RecordFilter())
    assert cases(newest) == ["new", "old", "undated"]
    oldest = records.page_records(org.db, guardian, RecordFilter(),
                                  RecordSort("decided_at", descending=False))
    assert cases(oldest) == ["undated", "old", "new"]
    by_case = records.page_records(org.db, guardian, RecordFilter(),
                                   RecordSort("case_reference", descending=False))
    assert cases(by_case) == ["new", "old", "undated"]


def test_text_sorts_ignore_case(org: Org, guardian: User) -> None:
    for case in ("b-2", "A-1", "C-3"):
        put(org, org.author, case, None)
    by_case = records.page_records(org.db, guardian, RecordFilter(), RecordSort("case_reference",
                                                                                 False))
    assert cases(by_case) == ["A-1", "b-2", "C-3"]


def test_an_unknown_sort_column_is_refused(org: Org, guardian: User) -> None:
    with pytest.raises(ValueError, match="cannot sort"):
        records.page_records(org.db, guardian, RecordFilter(), RecordSort("purpose"))


def test_each_filter_narrows_the_list(org: Org, guardian: User) -> None:
    police = factories.organisation(name="Northshire Police")
    from infoshare_desktop.services import organisations

    police_id = organisations.save_organisation(org.db, org.admin, police).id
    colleague = org.add_user("blake", Role.PRACTITIONER, member_of=(org.team_b,))
    put(org, org.author, "A", datetime(2025, 3, 31, 22, 30, tzinfo=UTC),  # 23:30 BST
        outcome=Outcome.SHARED_IN_FULL, consent=ConsentStatus.NOT_SOUGHT,
        article6_basis=Article6Basis.PUBLIC_TASK, person_informed=PersonInformed.NOT_YET,
        people=[PersonInvolved(PersonRole.CHILD, "Quinn Zebedee")])
    put(org, colleague, "B", datetime(2025, 4, 1, 8, 0, tzinfo=UTC),
        outcome=Outcome.NOT_SHARED, consent=ConsentStatus.GIVEN_WRITTEN,
        article6_basis=Article6Basis.LEGAL_OBLIGATION, recipient_organisation_id=police_id,
        status=RecordStatus.SUBMITTED)
    put(org, colleague, "C", datetime(2025, 4, 30, 22, 59, tzinfo=UTC),  # 30/4 23:59 BST
        outcome=Outcome.SHARED_IN_PART, consent=ConsentStatus.REFUSED_SHARED,
        article6_basis=Article6Basis.VITAL_INTERESTS,
        status=RecordStatus.COMPLETED, awaiting_review=True)

    def shown(criteria: RecordFilter) -> set[str]:
        found = set(cases(records.page_records(org.db, guardian, criteria)))
        assert records.count_records(org.db, guardian, criteria) == len(found)
        return found

    assert shown(RecordFilter()) == {"A", "B", "C"}
    assert shown(RecordFilter(statuses=(RecordStatus.DRAFT,))) == {"A"}
    assert shown(RecordFilter(outcomes=(Outcome.SHARED_IN_FULL, Outcome.SHARED_IN_PART))) == {
        "A", "C"}
    assert shown(RecordFilter(consents=(ConsentStatus.GIVEN_WRITTEN,))) == {"B"}
    assert shown(RecordFilter(article6_bases=(Article6Basis.PUBLIC_TASK,))) == {"A"}
    assert shown(RecordFilter(recipient_ids=(police_id,))) == {"B"}  # type: ignore[arg-type]
    assert shown(RecordFilter(author_ids=(colleague.id,))) == {"B", "C"}  # type: ignore[arg-type]
    assert shown(RecordFilter(team_id=org.team_a.id)) == {"A"}
    assert shown(RecordFilter(person_informed=(PersonInformed.NOT_YET,))) == {"A"}
    assert shown(RecordFilter(awaiting_review_only=True)) == {"B", "C"}
    # Dates are UK days: 22:30 UTC on 31 March is 23:30 on 31 March (BST).
    assert shown(RecordFilter(decided_from=date(2025, 4, 1))) == {"B", "C"}
    assert shown(RecordFilter(decided_to=date(2025, 3, 31))) == {"A"}
    assert shown(RecordFilter(decided_from=date(2025, 4, 30), decided_to=date(2025, 4, 30))) == {
        "C"}
    # Filters combine with each other and with the search words.
    assert shown(RecordFilter(search="zebe", outcomes=(Outcome.SHARED_IN_FULL,))) == {"A"}
    assert shown(RecordFilter(search="zebe", statuses=(RecordStatus.SUBMITTED,))) == set()
    assert shown(RecordFilter(search="testington")) == {"B", "C"}
    assert shown(RecordFilter(author_ids=(colleague.id,),  # type: ignore[arg-type]
                              outcomes=(Outcome.SHARED_IN_PART,))) == {"C"}


def test_a_practitioner_never_sees_another_teams_records_through_a_filter(
    org: Org,
) -> None:
    outsider = org.add_user("blake", Role.PRACTITIONER, member_of=(org.team_b,))
    theirs = put(org, outsider, "B-OWN", datetime(2025, 1, 1, tzinfo=UTC),
                 people=[PersonInvolved(PersonRole.CHILD, "Ada Testington")])
    put(org, org.author, "A-1", datetime(2025, 1, 2, tzinfo=UTC),
        people=[PersonInvolved(PersonRole.CHILD, "Ada Testington")])
    put(org, org.author, "A-2", datetime(2025, 1, 3, tzinfo=UTC),
        outcome=Outcome.NOT_SHARED)
    attempts = [
        RecordFilter(),
        RecordFilter(search="testi"),
        RecordFilter(author_ids=(org.author.id,)),  # type: ignore[arg-type]
        RecordFilter(team_id=org.team_a.id),
        RecordFilter(team_id=org.team_b.id),
        RecordFilter(outcomes=(Outcome.NOT_SHARED,)),
        RecordFilter(recipient_ids=(org.organisation_id,)),
        RecordFilter(awaiting_review_only=True),
        RecordFilter(decided_from=date(2024, 1, 1)),
    ]
    for criteria in attempts:
        page = records.page_records(org.db, outsider, criteria, RecordSort("reference"), 0, 50)
        assert {s.id for s in page} <= {theirs}, criteria
        assert records.count_records(org.db, outsider, criteria) == len(page), criteria
    # Asking for the other team's author by name gives nothing, not their rows.
    someone_else = RecordFilter(author_ids=(org.author.id,))  # type: ignore[arg-type]
    assert records.page_records(org.db, outsider, someone_else) == []
    assert records.count_records(org.db, outsider, someone_else) == 0


def test_list_records_is_the_whole_paged_query(
    org: Org, monkeypatch: pytest.MonkeyPatch
) -> None:
    put(org, org.author, "A", datetime(2025, 1, 2, tzinfo=UTC))
    put(org, org.author, "B", datetime(2025, 1, 3, tzinfo=UTC))
    put(org, org.author, "C", datetime(2025, 1, 1, tzinfo=UTC))
    assert cases(records.list_records(org.db, org.author)) == ["B", "A", "C"]
    # Read back in batches (a database limits the values in one query), in order.
    monkeypatch.setattr(repository, "_ID_BATCH", 2)
    assert cases(records.list_records(org.db, org.author)) == ["B", "A", "C"]
    assert records.list_records(org.db, org.author, statuses=[]) == []


def test_saved_filters_belong_to_their_user(org: Org) -> None:
    other = org.add_user("blake", Role.PRACTITIONER, member_of=(org.team_a,))
    wanted = RecordFilter(search="ada", outcomes=(Outcome.SHARED_IN_PART,),
                          decided_from=date(2025, 1, 1), team_id=org.team_a.id,
                          person_informed=(PersonInformed.NOT_YET,))
    saved = presets.save_preset(org.db, org.author, "  Part   shares ", wanted)
    assert saved.name == "Part shares" and saved.id is not None
    mine = [p for p in presets.list_presets(org.db, org.author) if not p.builtin]
    assert [(p.name, p.criteria) for p in mine] == [("Part shares", wanted)]
    assert [p for p in presets.list_presets(org.db, other) if not p.builtin] == []
    # The same name replaces; another user cannot delete it.
    presets.save_preset(org.db, org.author, "Part shares", RecordFilter(search="bea"))
    (again,) = [p for p in presets.list_presets(org.db, org.author) if not p.builtin]
    assert again.criteria == RecordFilter(search="bea")
    with pytest.raises(NotFoundError):
        presets.delete_preset(org.db, other, again.id)  # type: ignore[arg-type]
    presets.delete_preset(org.db, org.author, again.id)  # type: ignore[arg-type]
    assert [p for p in presets.list_presets(org.db, org.author) if not p.builtin] == []


def test_a_saved_filter_needs_a_name(org: Org) -> None:
    for name in ("", "   ", "x" * 81):
        with pytest.raises(ValidationError):
            presets.save_preset(org.db, org.author, name, RecordFilter())


def test_built_in_filters_fit_the_role(org: Org) -> None:
    manager = org.add_user("morgan", Role.MANAGER, manages=(org.team_a,))
    today = date(2026, 11, 25)
    names = [p.name for p in presets.builtin_presets(org.author, today)]
    assert names == ["My drafts", "Not yet informed", "Shared without consent this month"]
    boss = [p.name for p in presets.builtin_presets(manager, today)]
    assert boss == ["Not yet informed", "Shared without consent this month",
                    "Awaiting my review"]
    by_name = {p.name: p.criteria for p in presets.builtin_presets(org.author, today)}
    assert by_name["My drafts"] == RecordFilter(author_ids=(org.author.id,),  # type: ignore[arg-type]
                                                statuses=(RecordStatus.DRAFT,))
    this_month = by_name["Shared without consent this month"]
    assert this_month.decided_from == date(2026, 11, 1)
    assert set(this_month.consents) == {ConsentStatus.NOT_SOUGHT, ConsentStatus.REFUSED_SHARED,
                                        ConsentStatus.LACKS_CAPACITY}


def test_a_stored_filter_reads_back_what_this_version_knows() -> None:
    criteria = RecordFilter(statuses=(RecordStatus.DRAFT,), recipient_ids=(3, 4),
                            decided_to=date(2025, 5, 6), awaiting_review_only=True)
    assert presets.filter_from_json(presets.filter_to_json(criteria)) == criteria
    assert presets.filter_from_json(
        '{"statuses": ["draft", "gone"], "colour": "red"}'
    ) == RecordFilter(statuses=(RecordStatus.DRAFT,))
