"""Where things live: the default database file, chosen by flag, environment or default."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "InfoShare"
APP_AUTHOR = "InfoShare"
DB_ENV_VAR = "INFOSHARE_DB"
DB_FILENAME = "infoshare.db"


def data_dir() -> Path:
    """The user's data folder (e.g. ~/.local/share/InfoShare, %LOCALAPPDATA%\\InfoShare)."""
    return user_data_path(APP_NAME, APP_AUTHOR)


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def resolve_db_path(cli_value: str | os.PathLike[str] | None) -> Path:
    """``--db`` wins, then ``INFOSHARE_DB``, then the file in the user's data folder."""
    if cli_value:
        return Path(cli_value).expanduser()
    env_value = os.environ.get(DB_ENV_VAR)
    if env_value:
        return Path(env_value).expanduser()
    return default_db_path()
