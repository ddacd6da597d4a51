"""The floors: the same job done with nothing but the sqlite3 module.

Each floor asks for what the screen needs (the count and the first page of the
decision list, one record with its child rows, one row updated and committed),
in the list's own order, on the same file the app has open. What the app adds
on top (SQLAlchemy, permission checks, the model, painting) is the figure minus
its floor.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

#: Rows the floor fetches for "the first page of the list": the list model's first
#: block (ui/models/record_model.py), more than a window shows.
PAGE = 200
LIST_COLUMNS = (
    "r.id, r.reference, r.decided_at, r.case_reference, u.full_name, o.name, r.outcome,"
    " r.consent, r.status, r.awaiting_review"
)
FROM = (
    " FROM decision_records r"
    " LEFT JOIN organisations o ON o.id = r.recipient_organisation_id"
    " LEFT JOIN users u ON u.id = r.author_id"
)
ORDER = " ORDER BY r.decided_at DESC, r.id DESC"
#: The search table, if the app's storage keeps one (see storage/sqlite.py).
FTS_TABLE = "record_search"
#: Columns the LIKE search looks in when the file has no search table.
LIKE_COLUMNS = ("r.reference", "r.case_reference",
                "(SELECT name FROM organisations WHERE id = r.recipient_organisation_id)",
                "r.recipient_name",
                "r.requesting_organisation", "r.purpose", "r.shared_description",
                "r.withheld_description", "r.request_details")
CHILD_TABLES = ("record_people", "record_sharing_tests", "record_advice",
                "record_data_categories", "record_consent_reasons")


def connect(path: Path) -> sqlite3.Connection:
    """A plain connection with the app's durability settings (WAL, synchronous=FULL)."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA busy_timeout=10000")
    return connection


@functools.cache
def has_search_table(connection: sqlite3.Connection) -> bool:
    """Whether the file has the app's search table (asked once per connection)."""
    return connection.execute(
        "SELECT 1 FROM sqlite_master WHERE name = ?", (FTS_TABLE,)
    ).fetchone() is not None


def match_expression(search: str) -> str | None:
    """The FTS5 query the app's search makes of ``search`` (prefix per word, ANDed)."""
    try:
        from infoshare_desktop.storage.search import Fts5Search
    except ImportError:  # before full-text search: every word a plain prefix
        words = [w for w in search.lower().split() if w.isalnum()]
        return " AND ".join(f'"{w}"*' for w in words) or None
    return Fts5Search.match_expression(search)


def search_condition(connection: sqlite3.Connection, search: str) -> tuple[str, list[Any]]:
    """The WHERE part for ``search``: FTS5 MATCH when the file has the index, else LIKE."""
    if not search.strip():
        return "", []
    if has_search_table(connection):
        expression = match_expression(search)
        return (f"r.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)",
                [expression or '""'])
    parts, params = [], []
    for word in search.split():
        pattern = f"%{word.lower()}%"
        ors = [f"lower({column}) LIKE ?" for column in LIKE_COLUMNS]
        ors.append("EXISTS (SELECT 1 FROM record_people p WHERE p.record_id = r.id"
                   " AND lower(p.name) LIKE ?)")
        parts.append("(" + " OR ".join(ors) + ")")
        params += [pattern] * len(ors)
    return " AND ".join(parts), params


def list_page(connection: sqlite3.Connection, where: Sequence[str], params: Sequence[Any],
              *, fts_count: str | None = None) -> tuple[int, list[tuple[Any, ...]]]:
    """The count and the first page of the list for ``where`` (ANDed), the quick way:
    the page's ids in order from the record table alone, then those rows whole;
    ``fts_count``, a MATCH expression, counts from the search index alone (when
    nothing else narrows the list)."""
    clause = (" WHERE " + " AND ".join(f"({w})" for w in where)) if where else ""
    if fts_count is not None:
        count = connection.execute(
            f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?", (fts_count,)
        ).fetchone()[0]
    else:
        count = connection.execute(
            f"SELECT count(*) FROM decision_records r{clause}", params).fetchone()[0]
    ids = [row[0] for row in connection.execute(
        f"SELECT r.id FROM decision_records r{clause}{ORDER} LIMIT {PAGE}", params)]
    rows = connection.execute(
        f"SELECT {LIST_COLUMNS}{FROM} WHERE r.id IN ({', '.join('?' * len(ids))})", ids
    ).fetchall() if ids else []
    return count, rows


def search(connection: sqlite3.Connection, text: str) -> tuple[int, list[tuple[Any, ...]]]:
    condition, params = search_condition(connection, text)
    fts = params[0] if condition and has_search_table(connection) else None
    return list_page(connection, [condition] if condition else [], params, fts_count=fts)


def filtered(connection: sqlite3.Connection, *, text: str, statuses: Sequence[str],
             outcomes: Sequence[str], consents: Sequence[str], bases: Sequence[str],
             recipient_ids: Sequence[int], author_ids: Sequence[int],
             decided_from: datetime, decided_before: datetime,
             ) -> tuple[int, list[tuple[Any, ...]]]:
    """Every filter of the list combined with a search, as one query."""
    where: list[str] = []
    params: list[Any] = []

    def among(column: str, values: Sequence[Any]) -> None:
        where.append(f"{column} IN ({', '.join('?' * len(values))})")
        params.extend(values)

    among("r.status", statuses)
    among("r.outcome", outcomes)
    among("r.consent", consents)
    among("r.article6_basis", bases)
    among("r.recipient_organisation_id", recipient_ids)
    among("r.author_id", author_ids)
    where += ["r.decided_at >= ?", "r.decided_at < ?"]
    params += [_stored_time(decided_from), _stored_time(decided_before)]
    condition, more = search_condition(connection, text)
    if condition:
        where.append(condition)
        params += more
    return list_page(connection, where, params)


def _stored_time(moment: datetime) -> str:
    """A time as SQLAlchemy's SQLite DateTime stores it (naive UTC text)."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def open_record(connection: sqlite3.Connection, record_id: int) -> list[Any]:
    """One record's row and every child row, as opening it in the form needs."""
    out: list[Any] = [connection.execute(
        "SELECT * FROM decision_records WHERE id = ?", (record_id,)).fetchone()]
    out += [connection.execute(f"SELECT * FROM {table} WHERE record_id = ?",
                               (record_id,)).fetchall() for table in CHILD_TABLES]
    return out


def save(connection: sqlite3.Connection, record_id: int, purpose: str) -> None:
    """One record's row changed in a transaction, committed with synchronous=FULL."""
    connection.execute("BEGIN IMMEDIATE")
    connection.execute(
        "UPDATE decision_records SET purpose = ?, updated_at = ? WHERE id = ?",
        (purpose, _stored_time(datetime.now(UTC)), record_id))
    connection.execute("COMMIT")


def every_row(connection: sqlite3.Connection) -> int:
    """Every row of the unfiltered list, every column the list shows."""
    rows = connection.execute(f"SELECT {LIST_COLUMNS}{FROM}{ORDER}").fetchall()
    return len(rows)
