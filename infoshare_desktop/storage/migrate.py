"""Apply the Alembic migrations shipped with the app to an open engine.

Alembic itself is imported only when a schema has to change: knowing which
revisions exist (to refuse a file from a newer app, or to see that a file is up
to date) reads the migration files' ``revision``/``down_revision`` lines, which
keeps Alembic's import out of every start-up.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from infoshare_desktop.resources import resource_path
from infoshare_desktop.storage import sqlite

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = resource_path("storage", "migrations")
_LINE = re.compile(r'^(revision|down_revision)\s*=\s*(?:"([^"]*)"|None)', re.MULTILINE)


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


@cache
def _chain() -> dict[str, str | None]:
    """revision -> the revision it follows, read from the migration files."""
    found: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        values = {name: value or None for name, value in _LINE.findall(script.read_text(
            encoding="utf-8"))}
        if values.get("revision"):
            found[values["revision"]] = values.get("down_revision")  # type: ignore[index]
    return found


def head_revision() -> str:
    chain = _chain()
    followed = {down for down in chain.values() if down is not None}
    heads = [revision for revision in chain if revision not in followed]
    assert len(heads) == 1, "the app ships one line of migrations"
    return heads[0]


def known_revisions() -> set[str]:
    return set(_chain())


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to ``revision`` in one transaction."""
    from alembic import command

    config = alembic_config()
    with (
        engine.connect() as connection,
        sqlite.foreign_keys_suspended(connection),
        connection.begin(),
    ):
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
