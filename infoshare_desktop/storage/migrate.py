"""Apply the Alembic migrations shipped with the app to an open engine."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from infoshare_desktop.storage import sqlite

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "the app ships at least one migration"
    return head


def known_revisions() -> set[str]:
    return {script.revision for script in script_directory().walk_revisions()}


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to ``revision`` in one transaction."""
    config = alembic_config()
    with (
        engine.connect() as connection,
        sqlite.foreign_keys_suspended(connection),
        connection.begin(),
    ):
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
