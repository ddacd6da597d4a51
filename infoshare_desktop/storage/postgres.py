"""Everything PostgreSQL-specific, in one place: URLs, engines, schema checks, search DDL.

A team points every copy of the app at one server; this module is the PostgreSQL
counterpart of ``storage.sqlite``. The driver is psycopg 3 (its binary wheel brings
libpq, so nothing else is installed on an office PC).
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, create_engine, make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, DBAPIError

#: URL schemes taken as a PostgreSQL server (``postgresql://`` is given the psycopg driver).
SCHEMES = ("postgresql", "postgresql+psycopg", "postgres")
#: Seconds to wait for the server to answer before saying it cannot be reached.
CONNECT_TIMEOUT_S = 10


def is_url(target: object) -> bool:
    """True for something written as a URL (``scheme://...``), not a file path."""
    return isinstance(target, (str, URL)) and "://" in str(target)


def parse_url(url: str | URL) -> URL:
    """The URL with psycopg as its driver; ``ValueError`` if it is not a PostgreSQL URL."""
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except ArgumentError:
        raise ValueError("not a database URL") from None
    if parsed.drivername not in SCHEMES:
        raise ValueError(f"not a PostgreSQL URL: {parsed.drivername}")
    return parsed.set(drivername="postgresql+psycopg")


def shown(url: URL) -> str:
    """The URL as it may be shown or logged: the password masked."""
    return url.render_as_string(hide_password=True)


def libpq_conninfo(url: URL) -> tuple[str, str | None]:
    """The address as PostgreSQL's own programs take it (pg_dump's ``--dbname``), without
    the password, which is returned apart (to pass in PGPASSWORD, never on a command line)."""
    from psycopg.conninfo import make_conninfo

    query = {key: value if isinstance(value, str) else value[-1]
             for key, value in url.query.items()}
    parts = {"host": url.host, "port": str(url.port) if url.port else None,
             "user": url.username, "dbname": url.database, **query}
    conninfo = make_conninfo(**{key: value for key, value in parts.items() if value})
    return conninfo, str(url.password) if url.password else None


def postgres_engine(url: URL) -> Engine:
    """An engine on the server: connections checked before use (a server restart or
    network blip then costs a reconnect, not an error), and a bounded wait to connect."""
    return create_engine(
        url,
        pool_pre_ping=True,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "InfoShare"},
    )


def read_schema_revision(connection: Connection) -> str | None:
    """The Alembic revision stamped in the database, or None if it has none yet."""
    if not _has_table(connection, "alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def is_foreign(connection: Connection) -> bool:
    """True for a database with tables but no ``alembic_version``: another program's."""
    names = set(connection.execute(text(
        "SELECT table_name FROM information_schema.tables "
        "WHERE table_schema = current_schema()"
    )).scalars())
    return bool(names) and "alembic_version" not in names


def _has_table(connection: Connection, name: str) -> bool:
    return connection.execute(
        text("SELECT to_regclass(:name) IS NOT NULL"), {"name": name}
    ).scalar_one()


# --- audit trail protection ---------------------------------------------------------------

#: The same refusal SQLite's triggers give, as an integrity error (SQLSTATE 23000).
AUDIT_GUARD_FUNCTION = """
CREATE FUNCTION audit_events_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'audit events cannot be deleted'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RAISE EXCEPTION 'audit events cannot be changed'
        USING ERRCODE = 'integrity_constraint_violation';
END $$
"""
AUDIT_GUARD_TRIGGERS = (
    "CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events "
    "FOR EACH ROW EXECUTE FUNCTION audit_events_refuse()",
    "CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events "
    "FOR EACH ROW EXECUTE FUNCTION audit_events_refuse()",
    # TRUNCATE skips row triggers: refuse it as a statement.
    "CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse()",
)


def create_audit_guard(connection: Connection) -> None:
    connection.exec_driver_sql(AUDIT_GUARD_FUNCTION)
    for trigger in AUDIT_GUARD_TRIGGERS:
        connection.exec_driver_sql(trigger)


def drop_audit_guard(connection: Connection) -> None:
    for name in ("no_update", "no_delete", "no_truncate"):
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS audit_events_{name} ON audit_events")
    connection.exec_driver_sql("DROP FUNCTION IF EXISTS audit_events_refuse()")


#: The head row (``audit_head``: the event count and newest hash) may only follow the
#: chain: a no-op update (a writer taking its lock), or moving to the newest event
#: stored, never backwards. It may not be deleted or emptied. So the newest events
#: cannot be removed and the head "fixed" to match without the server refusing.
AUDIT_HEAD_GUARD_FUNCTION = """
CREATE FUNCTION audit_head_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    newest_sequence integer;
    newest_hash text;
BEGIN
    IF TG_OP <> 'UPDATE' THEN
        RAISE EXCEPTION 'the audit head cannot be deleted'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF NEW.id = OLD.id AND NEW.count = OLD.count AND NEW.head_hash = OLD.head_hash THEN
        RETURN NEW;
    END IF;
    SELECT sequence, hash INTO newest_sequence, newest_hash
        FROM audit_events ORDER BY sequence DESC LIMIT 1;
    IF NEW.id = OLD.id AND NEW.count >= OLD.count AND NEW.count = newest_sequence
            AND NEW.head_hash = newest_hash THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the audit head can only move on to the newest event'
        USING ERRCODE = 'integrity_constraint_violation';
END $$
"""
AUDIT_HEAD_GUARD_TRIGGERS = (
    "CREATE TRIGGER audit_head_guard_update BEFORE UPDATE ON audit_head "
    "FOR EACH ROW EXECUTE FUNCTION audit_head_guard()",
    "CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head "
    "FOR EACH ROW EXECUTE FUNCTION audit_head_guard()",
    "CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_head_guard()",
)


def create_audit_head_guard(connection: Connection) -> None:
    connection.exec_driver_sql(AUDIT_HEAD_GUARD_FUNCTION)
    for trigger in AUDIT_HEAD_GUARD_TRIGGERS:
        connection.exec_driver_sql(trigger)


def drop_audit_head_guard(connection: Connection) -> None:
    for name in ("guard_update", "no_delete", "no_truncate"):
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS audit_head_{name} ON audit_head")
    connection.exec_driver_sql("DROP FUNCTION IF EXISTS audit_head_guard()")


# --- the list's order ---------------------------------------------------------------------

#: Indexes that serve the decision list's usual orders on a server. The list sorts
#: blanks as SQLite does (lowest: first going up, last going down), which is not
#: PostgreSQL's default, so a plain index on ``decided_at`` cannot give the order and
#: every page sorts the whole table (about 40 ms at 100,000 decisions); these can,
#: read forwards or backwards, with the id as the tie-breaker. SQLite's own indexes
#: already end with the row id.
SORT_INDEXES = {
    "ix_decision_records_decided_pg": "decision_records (decided_at ASC NULLS FIRST, id)",
    "ix_decision_records_updated_pg": "decision_records (updated_at ASC NULLS FIRST, id)",
    "ix_decision_records_author_decided_pg":
        "decision_records (author_id, decided_at ASC NULLS FIRST, id)",
}


def create_sort_indexes(connection: Connection) -> None:
    for name, definition in SORT_INDEXES.items():
        connection.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {name} ON {definition}")


def drop_sort_indexes(connection: Connection) -> None:
    for name in SORT_INDEXES:
        connection.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")


# --- full-text search ---------------------------------------------------------------------

#: One row per decision record: its words as a tsvector, kept in step by each save.
SEARCH_TABLE = "record_search_pg"
#: The text search configuration: ``simple`` (no stemming, no stop words: names and
#: references are searched as typed), with accents removed first when unaccent exists.
SEARCH_CONFIG = "infoshare_search"


def create_search(connection: Connection) -> None:
    """The search table, its GIN index and configuration, filled for existing records."""
    unaccent = _try_unaccent(connection)
    connection.exec_driver_sql(f"CREATE TEXT SEARCH CONFIGURATION {SEARCH_CONFIG} "
                               "(COPY = pg_catalog.simple)")
    if unaccent:
        connection.exec_driver_sql(
            f"ALTER TEXT SEARCH CONFIGURATION {SEARCH_CONFIG} ALTER MAPPING FOR "
            "asciiword, word, hword, hword_part, hword_asciipart, asciihword, "
            "numword, numhword, hword_numpart WITH unaccent, simple"
        )
    connection.exec_driver_sql(
        f"CREATE TABLE {SEARCH_TABLE} ("
        " record_id INTEGER PRIMARY KEY REFERENCES decision_records(id) ON DELETE CASCADE,"
        " words TSVECTOR NOT NULL)"
    )
    connection.exec_driver_sql(
        f"CREATE INDEX ix_{SEARCH_TABLE}_words ON {SEARCH_TABLE} USING GIN (words)"
    )
    connection.exec_driver_sql(REFILL)


def drop_search(connection: Connection) -> None:
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {SEARCH_TABLE}")
    connection.exec_driver_sql(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {SEARCH_CONFIG}")


def _try_unaccent(connection: Connection) -> bool:
    """Install the unaccent extension if the server has it and allows it."""
    available = connection.execute(text(
        "SELECT count(*) FROM pg_available_extensions WHERE name = 'unaccent'"
    )).scalar_one()
    if not available:
        return False
    try:
        with connection.begin_nested():
            connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
    except DBAPIError:  # no right to create extensions: search without folding accents
        return False
    return True


#: The record's searched text, as in SQLite's FTS5 table: reference, case reference,
#: people, recipient, requester and the free-text details.
DOCUMENT = """
    concat_ws(' ', r.reference, r.case_reference,
              (SELECT string_agg(p.name, ' ') FROM record_people p WHERE p.record_id = r.id),
              o.name, r.recipient_name, r.requesting_organisation, r.purpose,
              r.shared_description, r.withheld_description, r.request_details)
"""
#: Punctuation splits words, as in FTS5 and ``search.search_words`` ("IS-2026-0001" is
#: three words, "a.b@x.org" three): PostgreSQL's parser would otherwise keep e-mail
#: addresses, paths and signed numbers whole, and typed prefixes would miss them.
REFILL = f"""
    INSERT INTO {SEARCH_TABLE} (record_id, words)
    SELECT r.id, to_tsvector('{SEARCH_CONFIG}',
                             regexp_replace({DOCUMENT}, '[[:punct:]]+', ' ', 'g'))
    FROM decision_records r
    LEFT JOIN organisations o ON o.id = r.recipient_organisation_id
"""

