"""Full-text search: kept in step with every save, prefix matching, accents, hostile input."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.record import PersonInvolved
from infoshare_desktop.domain.vocab import PersonRole, RecordStatus
from infoshare_desktop.services import organisations, records
from infoshare_desktop.storage import postgres, repository, search
from infoshare_desktop.storage.database import Database
from infoshare_desktop.storage.repository import SummaryQuery
from tests import factories
from tests.services.org import Org, build


@pytest.fixture
def org(db: Database) -> Org:
    return build(db)


def found(db: Database, actor: User, words: str) -> set[str]:
    return {s.case_reference for s in records.list_records(db, actor, words)}


def indexed_rows(db: Database) -> int:
    table = postgres.SEARCH_TABLE if db.is_server else "record_search"
    with db.session() as session:
        return int(session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def draft(org: Org, case: str, **changes: object) -> records.DecisionRecord:  # type: ignore[name-defined]
    content = factories.complete_record(
        now=datetime.now(UTC), recipient_organisation_id=org.organisation_id,
        case_reference=case)
    return records.save_draft(org.db, org.author, replace(content, **changes))


def test_a_new_record_is_found_at_once(org: Org) -> None:
    draft(org, "CM-1", people=[PersonInvolved(PersonRole.CHILD, "Ada Testington")])
    assert indexed_rows(org.db) == 1
    assert found(org.db, org.author, "testi") == {"CM-1"}


def test_saving_again_replaces_what_is_found(org: Org) -> None:
    saved = draft(org, "CM-1", people=[PersonInvolved(PersonRole.CHILD, "Ada Testington")])
    records.save_draft(org.db, org.author, replace(
        saved, people=[PersonInvolved(PersonRole.CHILD, "Bryn Owain")],
        purpose="Hospital discharge planning"))
    assert found(org.db, org.author, "testington") == set()
    assert found(org.db, org.author, "bryn") == {"CM-1"}
    assert found(org.db, org.author, "discharge") == {"CM-1"}
    assert indexed_rows(org.db) == 1


def test_an_addendum_changes_what_is_found(org: Org) -> None:
    completed = records.mark_complete(org.db, org.author, factories.complete_record(
        now=datetime.now(UTC), recipient_organisation_id=org.organisation_id,
        case_reference="CM-5", purpose="Quokka worries"))
    assert found(org.db, org.author, "quokka") == {"CM-5"}
    records.add_addendum(org.db, org.author, completed.id,  # type: ignore[arg-type]
                         replace(completed, purpose="Medication worries"), "Wrong purpose")
    assert found(org.db, org.author, "quokka") == set()
    assert found(org.db, org.author, "medic") == {"CM-5"}


def test_changing_only_columns_keeps_the_index_in_step(org: Org) -> None:
    saved = draft(org, "CM-1")
    with org.db.session() as session:
        repository.update_columns(session, saved.id, case_reference="CM-ZEBRA")  # type: ignore[arg-type]
    assert found(org.db, org.author, "zebra") == {"CM-ZEBRA"}
    assert found(org.db, org.author, "CM-1") == set()


def test_renaming_an_organisation_reindexes_its_records(org: Org) -> None:
    directory = organisations.list_organisations(org.db, include_inactive=True)
    entry = next(o for o in directory if o.id == org.organisation_id)
    entry = organisations.save_organisation(org.db, org.admin, replace(entry, name="Wombat Trust"))
    draft(org, "CM-1")
    assert found(org.db, org.author, "wombat") == {"CM-1"}
    organisations.save_organisation(org.db, org.admin, replace(entry, name="Riverside Hospice"))
    assert found(org.db, org.author, "hospice") == {"CM-1"}
    assert found(org.db, org.author, "wombat") == set()


def test_the_index_is_written_in_the_saving_transaction(org: Org) -> None:
    """A save that fails leaves no search row behind (same transaction)."""
    record = replace(factories.complete_record(recipient_organisation_id=org.organisation_id),
                     reference="IS-2026-999999", status=RecordStatus.DRAFT,
                     created_at=datetime.now(UTC), updated_at=datetime.now(UTC),
                     author_id=org.author.id, case_reference="CM-GHOST")
    with pytest.raises(RuntimeError), org.db.session() as session:
        repository.insert_record(session, record)
        raise RuntimeError("the save fails after the insert")
    assert indexed_rows(org.db) == 0
    assert found(org.db, org.author, "ghost") == set()


def test_the_index_counts_exactly_what_the_list_shows(org: Org) -> None:
    """Counting from the index alone agrees with counting the records (even after a delete)."""
    first = draft(org, "CM-A", people=[PersonInvolved(PersonRole.CHILD, "Ada Testington")])
    draft(org, "CM-B", people=[PersonInvolved(PersonRole.CHILD, "Bea Testington")])
    with org.db.session() as session:
        session.execute(text("DELETE FROM record_versions WHERE record_id = :id"),
                        {"id": first.id})
        session.execute(text("DELETE FROM decision_records WHERE id = :id"), {"id": first.id})
    assert indexed_rows(org.db) == 1
    for words in ("testi", "ada", "cm", "nobody", "'"):
        with org.db.session() as session:
            fast = repository.count_summaries(session, SummaryQuery(search=words))
            slow = len(repository.page_summaries(session, SummaryQuery(search=words)))
        assert fast == slow, words


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("testi", {"CM-A"}),  # a prefix of a name
        ("TESTINGTON ada", {"CM-A"}),  # every word must match, in any order
        ("testington zed", set()),
        ("ELODIE", {"CM-B"}),  # accents and case folded both ways
        ("élodie", {"CM-B"}),
        ("eloDIE", {"CM-B"}),
        ("cm-b", {"CM-B"}),  # punctuation inside a word: the tokens in order
        ("cm", {"CM-A", "CM-B"}),
        ("ington", set()),  # the middle of a word is not a prefix (no substring matching)
    ],
)
def test_prefix_matching_as_you_type(org: Org, words: str, expected: set[str]) -> None:
    draft(org, "CM-A", people=[PersonInvolved(PersonRole.CHILD, "Ada Testington")])
    draft(org, "CM-B", people=[PersonInvolved(PersonRole.CHILD, "Élodie Martin")])
    assert found(org.db, org.author, words) == expected


def test_a_reference_is_found_by_how_it_starts(org: Org) -> None:
    first = draft(org, "CM-A")
    draft(org, "CM-B")
    year = first.reference.split("-")[1]
    assert found(org.db, org.author, f"IS-{year}-0000") == {"CM-A", "CM-B"}
    assert found(org.db, org.author, first.reference) == {"CM-A"}
    assert found(org.db, org.author, first.reference[:-1]) == {"CM-A", "CM-B"}
    assert found(org.db, org.author, first.reference + "9") == set()


HOSTILE = [
    '"', '""', '"unclosed', "*", "te*", "AND", "OR", "NOT", "NEAR", "NEAR(a b)",
    "a AND", "OR b", "(", ")", "((testi", "people:testi", ":", "^testi", "-", "+", "{a b}",
    "'; DROP TABLE record_search; --", "\\", "%", "_", "\x00", "Zoë*", "NEAR/2",
]


@pytest.mark.parametrize("words", HOSTILE)
def test_search_engine_syntax_is_just_text(org: Org, words: str) -> None:
    draft(org, "CM-A", people=[PersonInvolved(PersonRole.CHILD, "Ada Testington")])
    result = found(org.db, org.author, words)
    assert result <= {"CM-A"}
    assert indexed_rows(org.db) == 1


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.text(max_size=40) | st.lists(st.sampled_from(
    ['"', "*", "AND", "OR", "NOT", "NEAR", "(", ")", ":", "^", "-", "testi", "ada", "é"]
), max_size=8).map(" ".join))
def test_any_typed_text_searches_without_error(db: Database, words: str) -> None:
    with db.session() as session:
        count = repository.count_summaries(session, SummaryQuery(search=words))
        page = repository.page_summaries(session, SummaryQuery(search=words), limit=5)
    assert count >= len(page) >= 0


def test_match_expression_quotes_every_token() -> None:
    expression = search.Fts5Search.match_expression('IS-2026-0001 "ÉLODIE" OR te*')
    assert expression == '"is 2026 0001"* AND "elodie"* AND "or"* AND "te"*'
    assert search.Fts5Search.match_expression('"" * ()') is None


def test_postgres_query_quotes_every_token() -> None:
    """Each word its tokens in order, the last a prefix; every word must match."""
    query = search.PostgresSearch.query_text('IS-2026-0001 "ÉLODIE" OR te* !x|y&z:')
    assert query == ("('is' <-> '2026' <-> '0001':*) & ('élodie':*) & ('or':*) & ('te':*)"
                     " & ('x' <-> 'y' <-> 'z':*)")
    assert search.PostgresSearch.query_text('"" * () ! & | :') is None


@pytest.mark.postgresql_only
def test_postgres_search_uses_a_gin_index(db: Database) -> None:
    """As-you-type search on a server must not read every record's text."""
    with db.session() as session:
        definition = session.execute(text(
            "SELECT indexdef FROM pg_indexes WHERE tablename = :table AND indexdef LIKE "
            "'%USING gin%'"), {"table": postgres.SEARCH_TABLE}).scalar_one()
        session.execute(text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(session.execute(text(
            f"EXPLAIN SELECT record_id FROM {postgres.SEARCH_TABLE} WHERE words @@ "
            f"to_tsquery('{postgres.SEARCH_CONFIG}', 'ada:*')")).scalars())
    assert "(words)" in definition
    assert "ix_record_search_pg_words" in plan


def test_without_full_text_search_the_like_fallback_still_finds(
    org: Org, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The seam another database uses: substring matching, nothing to keep in step."""
    draft(org, "CM-A", people=[PersonInvolved(PersonRole.CHILD, "Ada Testington")])
    monkeypatch.setattr(repository, "search_index", lambda session: search.LikeSearch())
    assert found(org.db, org.author, "ington") == {"CM-A"}
    assert found(org.db, org.author, "100%") == set()
    assert found(org.db, org.author, "nobody") == set()
