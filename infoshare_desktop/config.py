"""Where things live: the database (a file, or a team server's address), chosen by flag,
environment, IT's machine-wide configuration or the user's own data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from infoshare_desktop import machine_config

APP_NAME = "InfoShare"
APP_AUTHOR = "InfoShare"
DB_ENV_VAR = "INFOSHARE_DB"
DB_URL_ENV_VAR = "INFOSHARE_DATABASE_URL"
DB_FILENAME = "infoshare.db"


def data_dir() -> Path:
    """The user's data folder (e.g. ~/.local/share/InfoShare, %LOCALAPPDATA%\\InfoShare)."""
    return user_data_path(APP_NAME, APP_AUTHOR)


def user_db_path() -> Path:
    """The database in the user's own data folder, when IT has not named one."""
    return data_dir() / DB_FILENAME


def default_db_path() -> Path:
    """The database used without ``--db`` or ``INFOSHARE_DB``: IT's ``[database] path``
    in the machine-wide configuration, otherwise the user's own."""
    return machine_config.load().database_path or user_db_path()


def resolve_db_path(cli_value: str | os.PathLike[str] | None) -> Path:
    """``--db`` wins, then ``INFOSHARE_DB``, then the machine-wide configuration's
    ``[database] path``, then the file in the user's data folder.

    A person's explicit choice beats IT's preset, so an administrator can still open
    a backup or a training database on a managed PC.
    """
    if cli_value:
        return Path(cli_value).expanduser()
    env_value = os.environ.get(DB_ENV_VAR)
    if env_value:
        return Path(env_value).expanduser()
    return default_db_path()


#: Where a database is: a file's path, or a server's address (``postgresql+psycopg://...``).
Location = Path | str


def is_address(value: str | os.PathLike[str]) -> bool:
    """A server's address rather than a file (``sqlite:///PATH`` counts as a file)."""
    return isinstance(value, str) and "://" in value and not value.startswith("sqlite:///")


def resolve_database(cli_value: str | os.PathLike[str] | None) -> Location:
    """The database to open: ``--db PATH`` or ``--database-url URL`` first, then
    ``INFOSHARE_DATABASE_URL``, then ``INFOSHARE_DB``, then the machine-wide
    configuration's ``[database] url`` and ``path``, then the user's own file.
    """
    if cli_value:
        if is_address(cli_value):
            return str(cli_value)
        return Path(str(cli_value).removeprefix("sqlite:///")).expanduser()
    env_url = os.environ.get(DB_URL_ENV_VAR)
    if env_url:
        return env_url
    if os.environ.get(DB_ENV_VAR):
        return resolve_db_path(None)
    preset = machine_config.load()
    if preset.database_url:
        return preset.database_url
    return default_db_path()
