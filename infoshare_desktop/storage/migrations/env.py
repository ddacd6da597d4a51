"""Alembic environment: runs on the connection InfoShare hands it (see storage.migrate)."""

from __future__ import annotations

from alembic import context

from infoshare_desktop.storage import postgres, sqlite, tables

config = context.config
target_metadata = tables.SQLModel.metadata


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Leave the full-text search tables out of comparisons: they are not models."""
    del parent_names
    return not (type_ == "table" and (sqlite.is_search_table(name)
                                      or name == postgres.SEARCH_TABLE))


def run_migrations_online() -> None:
    connection = config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things in place; batch mode copies the table.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("InfoShare runs its migrations online only")
run_migrations_online()
