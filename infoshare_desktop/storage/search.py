"""The decision list's full-text search, behind one small interface per database.

Each save keeps the index in step inside its own transaction (``reindex``); the
list asks for ``matching_ids`` and joins that to its page query, so no search
ever loads the whole result set into Python. SQLite uses an FTS5 table;
PostgreSQL a table of tsvectors with a GIN index; a database without full-text
search falls back to ``LIKE`` (slower, substring matching). Both full-text
searches match the same way: every typed word must be the start of a word in the
record, accents and case ignored.

What the user types is never handed to the search engine's own query language:
it is cut into words and each word into letter-and-digit tokens, so quotes,
``*``, ``AND``/``OR``/``NEAR``, brackets and colons are just text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from typing import Any, Protocol

from sqlalchemy import and_, bindparam, exists, false, func, literal_column, or_, select, text
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session

from infoshare_desktop.storage import postgres, sqlite
from infoshare_desktop.storage.sqlite import FTS_TABLE
from infoshare_desktop.storage.tables import DecisionRecordRow, OrganisationRow, PersonRow

_TOKEN = re.compile(r"[^\W_]+")
#: Up to this many matches the list reads the matching records and sorts them;
#: beyond it, walking the sorted index and testing each record is quicker.
DRIVE_FROM_MATCHES = 3000


def search_words(search: str) -> list[list[str]]:
    """The typed words, each as its letter-and-digit tokens, accents and case folded.

    "IS-2026-0001" is one word of three tokens; a word of punctuation only has none
    and is left out.
    """
    folded = "".join(
        ch for ch in unicodedata.normalize("NFKD", search) if not unicodedata.combining(ch)
    ).casefold()
    words = [_TOKEN.findall(word) for word in folded.split()]
    return [tokens for tokens in words if tokens]


class SearchIndex(Protocol):
    """What the repository needs from a database's full-text search."""

    def reindex(self, session: Session, record_ids: Collection[int]) -> None:
        """Bring the index up to date for these records (call after writing them)."""

    def reindex_organisation(self, session: Session, organisation_id: int) -> None:
        """Bring the index up to date for every record sent to this organisation."""

    def matches(self, session: Session, search: str) -> ColumnElement[bool] | None:
        """A condition on ``decision_records`` for ``search``; None when nothing was typed."""

    def count(self, session: Session, search: str) -> int | None:
        """How many records match ``search`` when nothing else narrows the list, if the
        index can say quickly; None to count with ``matches`` instead."""


class _IndexTable:
    """A search index kept as a table with one row per record, refilled by one
    INSERT ... SELECT (``refill``, ending where a ``WHERE r.id IN :ids`` can follow)."""

    table: str
    key: str
    refill: str

    def reindex(self, session: Session, record_ids: Collection[int]) -> None:
        ids = list(record_ids)
        if not ids:
            return
        session.info.pop("fts_counts", None)  # the counts so far may change now
        param = bindparam("ids", expanding=True)
        session.execute(
            text(f"DELETE FROM {self.table} WHERE {self.key} IN :ids").bindparams(param),
            {"ids": ids},
        )
        session.execute(text(self.refill + " WHERE r.id IN :ids").bindparams(param),
                        {"ids": ids})

    def reindex_organisation(self, session: Session, organisation_id: int) -> None:
        ids = session.execute(
            select(DecisionRecordRow.id).where(
                DecisionRecordRow.recipient_organisation_id == organisation_id
            )
        ).scalars().all()
        for start in range(0, len(ids), 10_000):
            self.reindex(session, ids[start : start + 10_000])


class Fts5Search(_IndexTable):
    """SQLite FTS5: every typed word must be a prefix of a token (AND across words)."""

    table, key, refill = FTS_TABLE, "rowid", sqlite.FTS_REFILL

    @staticmethod
    def match_expression(search: str) -> str | None:
        """The FTS5 query for ``search``: a quoted prefix phrase per word, ANDed.

        Tokens hold letters and digits only, so the quotes cannot be broken out of.
        """
        words = search_words(search)
        if not words:
            return None
        return " AND ".join('"' + " ".join(tokens) + '"*' for tokens in words)

    def matches(self, session: Session, search: str) -> ColumnElement[bool] | None:
        if not search.strip():
            return None
        expression = self.match_expression(search)
        if expression is None:
            return false()
        hits = text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts_query")
        hits = hits.bindparams(fts_query=expression).columns(literal_column("rowid"))
        if self._count(session, expression) <= DRIVE_FROM_MATCHES:
            # Few matches: read just those records, then sort them.
            return DecisionRecordRow.id.in_(hits.scalar_subquery())  # type: ignore[union-attr]
        # Many matches (one letter typed): "id + 0" keeps SQLite from reading and
        # sorting tens of thousands of records; it walks the index the list is sorted
        # by instead and stops at the page's last row, testing each id as it goes.
        return (DecisionRecordRow.id + 0).in_(hits.scalar_subquery())  # type: ignore[operator]

    def count(self, session: Session, search: str) -> int | None:
        """How many records match, from the index alone (a DELETE trigger keeps it exact)."""
        expression = self.match_expression(search)
        if expression is None:
            return 0 if search.strip() else None
        return self._count(session, expression)

    @staticmethod
    def _count(session: Session, expression: str) -> int:
        """Matches for an FTS query, counted once per transaction."""
        counted: dict[str, int] = session.info.setdefault("fts_counts", {})
        if expression not in counted:
            counted[expression] = int(session.execute(
                text(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts_query"),
                {"fts_query": expression},
            ).scalar_one())
        return counted[expression]


class PostgresSearch(_IndexTable):
    """PostgreSQL: a tsvector per record (``postgres.SEARCH_TABLE``) behind a GIN index.

    Each typed word becomes its tokens in sequence, the last a prefix
    (``is <-> 2026 <-> 00:*``), and every word must match (``&``), as in FTS5. The
    query is built from letter-and-digit tokens only, so nothing typed can reach
    ``to_tsquery``'s own syntax.
    """

    table, key, refill = postgres.SEARCH_TABLE, "record_id", postgres.REFILL

    @staticmethod
    def query_text(search: str) -> str | None:
        """The ``to_tsquery`` text for ``search``; None when no word has a letter or digit.

        Accents are left for the server to fold (``to_tsquery`` runs each token through
        the same configuration as the records' text, unaccent included when the server
        has it), so what is typed and what is stored are folded alike either way.
        """
        folded = unicodedata.normalize("NFC", search).lower()
        words = [tokens for tokens in (_TOKEN.findall(word) for word in folded.split())
                 if tokens]
        if not words:
            return None
        return " & ".join(
            "(" + " <-> ".join(f"'{token}'" for token in tokens) + ":*)" for tokens in words
        )

    def _hits(self, query: str) -> Any:
        return text(
            f"SELECT record_id FROM {postgres.SEARCH_TABLE} "
            f"WHERE words @@ to_tsquery('{postgres.SEARCH_CONFIG}', :ts_query)"
        ).bindparams(ts_query=query).columns(literal_column("record_id"))

    def matches(self, session: Session, search: str) -> ColumnElement[bool] | None:
        del session
        if not search.strip():
            return None
        query = self.query_text(search)
        if query is None:
            return false()
        return DecisionRecordRow.id.in_(self._hits(query).scalar_subquery())  # type: ignore[union-attr]

    def count(self, session: Session, search: str) -> int | None:
        """How many records match, from the index alone (rows go with their record)."""
        query = self.query_text(search)
        if query is None:
            return 0 if search.strip() else None
        counted: dict[str, int] = session.info.setdefault("fts_counts", {})
        if query not in counted:
            counted[query] = int(session.execute(
                text(f"SELECT count(*) FROM {postgres.SEARCH_TABLE} "
                     f"WHERE words @@ to_tsquery('{postgres.SEARCH_CONFIG}', :ts_query)"),
                {"ts_query": query},
            ).scalar_one())
        return counted[query]


class LikeSearch:
    """A database without full-text search: case-insensitive substring per word.

    Nothing to keep in step; slower on large tables, but always available.
    """

    def reindex(self, session: Session, record_ids: Collection[int]) -> None:
        del session, record_ids

    def reindex_organisation(self, session: Session, organisation_id: int) -> None:
        del session, organisation_id

    def count(self, session: Session, search: str) -> int | None:
        del session, search
        return None

    def matches(self, session: Session, search: str) -> ColumnElement[bool] | None:
        del session
        if not search.strip():
            return None
        words = search.split()
        r = DecisionRecordRow
        conditions = []
        for word in words:
            pattern = _like(word)

            def like(column: Any, pattern: str = pattern) -> Any:
                return func.lower(column).like(pattern, escape="\\")

            org_name = (
                select(OrganisationRow.name)
                .where(OrganisationRow.id == r.recipient_organisation_id)
                .scalar_subquery()
            )
            conditions.append(or_(
                like(r.reference), like(r.case_reference),
                exists().where(PersonRow.record_id == r.id, like(PersonRow.name)),
                like(org_name), like(r.recipient_name), like(r.requesting_organisation),
                like(r.purpose), like(r.shared_description), like(r.withheld_description),
                like(r.request_details),
            ))
        return and_(*conditions)


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped.lower()}%"


def search_index(session: Session) -> SearchIndex:
    """The search implementation for the session's database."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        return Fts5Search()
    if dialect == "postgresql":
        return PostgresSearch()
    return LikeSearch()
