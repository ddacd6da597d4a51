"""A team's PostgreSQL server: opening and refusing, the audit trail's protection, and
many copies of the app writing at once (references unique, one unbroken audit chain).

The concurrency tests run on both databases: several ``Database`` handles on one
database, one per thread, as several PCs would have.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from infoshare_desktop.domain.vocab import RecordStatus
from infoshare_desktop.services import audit, records
from infoshare_desktop.storage import audit as audit_store
from infoshare_desktop.storage import migrate, repository
from infoshare_desktop.storage.database import Database
from infoshare_desktop.storage.errors import (
    DatabaseTooNewError,
    DatabaseUnavailableError,
    NotADatabaseError,
)
from tests import factories
from tests.pg_server import PgServer
from tests.services.org import Org, build

THREADS = 6
SAVES_EACH = 5


def run_together(count: int, work: Callable[[int], None]) -> None:
    """Run ``work(0..count-1)`` in threads released at the same moment; re-raise a failure."""
    start = threading.Barrier(count)
    failures: list[BaseException] = []

    def run(number: int) -> None:
        try:
            start.wait()
            work(number)
        except BaseException as error:  # handed back to the test below
            failures.append(error)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    if failures:
        raise failures[0]


# --- opening ----------------------------------------------------------------------------


@pytest.mark.postgresql_only
def test_a_server_database_is_shown_without_its_password(db_url: str) -> None:
    """The test server trusts loopback connections, so any password opens it."""
    with_password = db_url.replace("postgres@", "postgres:s3cret-pw@")
    db = Database.open_url(with_password)
    try:
        assert db.is_server and db.path is None
        assert "s3cret-pw" not in db.url and "postgres:***@" in db.url
        assert db.name == f"{db.engine.url.database} on 127.0.0.1"
    finally:
        db.close()


@pytest.mark.postgresql_only
def test_an_unreachable_server_is_a_plain_message() -> None:
    with pytest.raises(DatabaseUnavailableError) as raised:
        Database.open_url("postgresql+psycopg://someone:s3cret-pw@127.0.0.1:1/infoshare")
    message = str(raised.value)
    assert "cannot be reached" in message and "IT department" in message
    assert "s3cret-pw" not in message


def test_a_url_that_is_not_a_database_is_refused() -> None:
    with pytest.raises(NotADatabaseError, match="postgresql\\+psycopg://"):
        Database.open_url("mysql://someone@localhost/infoshare")


@pytest.mark.postgresql_only
def test_another_programs_database_is_refused_untouched(
    postgres_server: PgServer,
) -> None:
    name = postgres_server.empty_database()
    with psycopg.connect(host="127.0.0.1", port=postgres_server.port, user="postgres",
                         dbname=name, autocommit=True) as connection:
        connection.execute("CREATE TABLE invoices (id integer)")
    try:
        with pytest.raises(NotADatabaseError, match="another program"):
            Database.open_url(postgres_server.url(name))
        with psycopg.connect(host="127.0.0.1", port=postgres_server.port, user="postgres",
                             dbname=name) as connection:
            tables = connection.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = 'public'").fetchall()
        assert tables == [("invoices",)]
    finally:
        postgres_server.drop(name)


@pytest.mark.postgresql_only
def test_a_schema_from_a_newer_app_is_refused(db: Database, db_url: str) -> None:
    with db.session() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        Database.open_url(db_url)


@pytest.mark.postgresql_only
def test_the_server_tables_match_the_models(db: Database) -> None:
    """The migrations on PostgreSQL give the schema the models describe (besides the
    server's own search table and sort indexes)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from infoshare_desktop.storage import postgres
    from infoshare_desktop.storage.tables import SQLModel

    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={
            "compare_type": True,
            "include_name": lambda name, type_, _parents: not (
                (type_ == "table" and name == postgres.SEARCH_TABLE)
                or (type_ == "index" and name in postgres.SORT_INDEXES)),
        })
        differences = compare_metadata(context, SQLModel.metadata)
    assert differences == []


@pytest.mark.postgresql_only
def test_an_empty_database_is_migrated_to_the_head(postgres_server: PgServer) -> None:
    name = postgres_server.empty_database()
    try:
        db = Database.open_url(postgres_server.url(name))
        try:
            with db.session() as session:
                revision = session.execute(text("SELECT version_num FROM alembic_version"))
                assert revision.scalar_one() == migrate.head_revision()
        finally:
            db.close()
    finally:
        postgres_server.drop(name)


@pytest.mark.postgresql_only
def test_a_dropped_connection_is_a_plain_message_and_the_next_session_reconnects(
    db: Database, postgres_server: PgServer,
) -> None:
    org = build(db)
    with (pytest.raises(DatabaseUnavailableError, match="cannot be reached"),
          db.session() as session):
        session.execute(text("SELECT 1"))
        with postgres_server.admin() as admin:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()",
                (db.engine.url.database,))
        session.execute(text("SELECT 1"))
    saved = records.save_draft(db, org.author, factories.complete_record(
        recipient_organisation_id=org.organisation_id))
    assert saved.id is not None


@pytest.mark.postgresql_only
@pytest.mark.parametrize(("sqlstate", "advice"), [
    ("40001", "Someone else was changing"),  # serialization failure
    ("40P01", "Someone else was changing"),  # deadlock
    ("57P01", "cannot be reached"),  # the server shutting down
    ("53300", "run out of space or connections"),  # too many connections
])
def test_server_failures_are_plain_messages_and_nothing_is_kept(
    db: Database, sqlstate: str, advice: str
) -> None:
    org = build(db)
    with db.session() as session:
        before = audit_store.count_events(session)
    with pytest.raises(DatabaseUnavailableError, match=advice) as raised, \
            db.session() as session:
        repository.next_reference(session, 2030)
        session.execute(text(
            f"DO $$ BEGIN RAISE EXCEPTION 'failed' USING ERRCODE = '{sqlstate}'; END $$"))
    assert "Nothing was changed" in str(raised.value)
    with db.session() as session:
        assert repository.next_reference(session, 2030) == "IS-2030-000001"
        assert audit_store.count_events(session) == before
    assert audit.verify(db, org.admin).ok


# --- the audit trail's protection ---------------------------------------------------------


@pytest.mark.postgresql_only
@pytest.mark.parametrize(("statement", "refusal"), [
    ("UPDATE audit_events SET username = 'someone else'", "cannot be changed"),
    ("DELETE FROM audit_events", "cannot be deleted"),
    ("TRUNCATE audit_events", "cannot be"),
])
def test_the_server_refuses_to_change_or_delete_audit_events(
    db: Database, statement: str, refusal: str
) -> None:
    build(db)
    with pytest.raises(IntegrityError, match=refusal), db.session() as session:
        session.execute(text(statement))
    with db.session() as session:
        assert audit_store.count_events(session) > 0


# --- many writers at once ----------------------------------------------------------------


def test_concurrent_saves_keep_references_unique_and_one_audit_chain(
    db: Database, db_url: str
) -> None:
    org: Org = build(db)
    before = audit.verify(db, org.admin)
    assert before.ok

    def work(number: int) -> None:
        mine = Database.open_url(db_url)
        try:
            for index in range(SAVES_EACH):
                content = factories.complete_record(
                    now=datetime.now(UTC), recipient_organisation_id=org.organisation_id,
                    case_reference=f"CM-{number}-{index}")
                saved = records.save_draft(mine, org.author, content)
                if index % 2 == 0:
                    records.submit(mine, org.author, saved)
                else:
                    records.save_draft(mine, org.author, replace(saved, purpose="Changed"))
        finally:
            mine.close()

    run_together(THREADS, work)

    with db.session() as session:
        summaries = repository.list_summaries(session)
    assert len(summaries) == THREADS * SAVES_EACH
    assert sorted(s.case_reference for s in summaries) == sorted(
        f"CM-{n}-{i}" for n in range(THREADS) for i in range(SAVES_EACH))
    references = Counter(s.reference for s in summaries)
    assert max(references.values()) == 1
    numbers = sorted(int(r.rsplit("-", 1)[1]) for r in references)
    assert numbers == list(range(1, THREADS * SAVES_EACH + 1))
    submitted = [s for s in summaries if s.status is RecordStatus.SUBMITTED]
    assert len(submitted) == THREADS * ((SAVES_EACH + 1) // 2)
    report = audit.verify(db, org.admin)
    assert report.ok, report.text
    # Each save, second save and submission was recorded, each exactly once.
    assert report.count >= before.count + THREADS * SAVES_EACH * 2


def test_the_first_reference_of_a_year_is_not_handed_out_twice(
    db: Database, db_url: str
) -> None:
    """Several copies asking for the first number of a new year at the same moment."""
    got: list[str] = []

    def work(number: int) -> None:
        del number
        mine = Database.open_url(db_url)
        try:
            with mine.session() as session:
                got.append(repository.next_reference(session, 2031))
        finally:
            mine.close()

    run_together(THREADS, work)
    assert sorted(got) == [f"IS-2031-{n:06d}" for n in range(1, THREADS + 1)]


@pytest.mark.postgresql_only
def test_each_test_gets_its_own_database(db: Database, postgres_server: PgServer) -> None:
    """The fixture's copies of the template are separate databases (no leaking rows)."""
    with postgres_server.admin() as admin:
        names = {row[0] for row in admin.execute(sql.SQL(
            "SELECT datname FROM pg_database WHERE datname LIKE 'test_%'"))}
    assert db.engine.url.database in names
    with db.session() as session:
        assert session.execute(text("SELECT count(*) FROM decision_records")).scalar() == 0


@pytest.mark.postgresql_only
@pytest.mark.parametrize(("sort", "descending", "by_author"), [
    ("decided_at", True, False), ("decided_at", False, False),
    ("updated_at", True, False), ("decided_at", True, True),
])
def test_the_lists_usual_orders_come_from_an_index_not_a_sort(
    db: Database, sort: str, descending: bool, by_author: bool,
) -> None:
    """Blanks sort lowest, as on SQLite, which PostgreSQL's plain indexes cannot give:
    without the server's own sort indexes every page of the list sorted the whole table."""
    from sqlalchemy import event

    org: Org = build(db)
    for number in range(3):
        records.save_draft(db, org.author, factories.complete_record(
            now=datetime.now(UTC), recipient_organisation_id=org.organisation_id,
            case_reference=f"CM-{number}"))
    seen: list[tuple[str, object]] = []

    def keep(_conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().startswith("SELECT decision_records.id"):
            seen.append((statement, parameters))

    query = repository.SummaryQuery(
        author_ids=frozenset({org.author.id}) if by_author else None)
    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        with db.session() as session:
            assert repository.page_summaries(session, query, sort, descending, 0, 50)
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)
    statement, parameters = seen[0]
    with db.engine.connect() as connection:
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        # With a few rows a sort costs nothing: make sorting the last resort, so the
        # plan sorts only if no index can give the order.
        cursor.execute("SET enable_sort = off")
        cursor.execute("EXPLAIN " + statement, parameters)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Index" in plan and "Sort" not in plan, plan
