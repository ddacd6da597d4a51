"""Alembic environment: runs on the connection InfoShare hands it (see storage.migrate)."""

from __future__ import annotations

from alembic import context

from infoshare_desktop.storage import tables

config = context.config
target_metadata = tables.SQLModel.metadata


def run_migrations_online() -> None:
    connection = config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things in place; batch mode copies the table.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("InfoShare runs its migrations online only")
run_migrations_online()
