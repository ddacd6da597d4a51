"""Where things live: the database (a file, or a team server's address), chosen by flag,
environment, IT's machine-wide configuration or the user's own data folder."""

from __future__ import annotations

import configparser
import os
from pathlib import Path

from platformdirs import user_config_path, user_data_path

from infoshare_desktop import machine_config

APP_NAME = "InfoShare"
APP_AUTHOR = "InfoShare"
DB_ENV_VAR = "INFOSHARE_DB"
DB_URL_ENV_VAR = "INFOSHARE_DATABASE_URL"
#: Puts this person's own settings file elsewhere (tests).
USER_CONFIG_ENV_VAR = "INFOSHARE_USER_CONFIG"
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
    ``INFOSHARE_DATABASE_URL``, then ``INFOSHARE_DB``, then IT's machine-wide
    configuration (``[database] url``, then ``path``), then the server this person
    chose at first start, then the file in their own data folder.
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
    if preset.database_path:
        return preset.database_path
    return remembered_server() or user_db_path()


def may_choose_server(cli_value: str | os.PathLike[str] | None) -> bool:
    """Whether nobody has said which database to use (no flag, variable, IT setting or
    earlier choice): then a first start may offer the team's server instead."""
    preset = machine_config.load()
    return not (cli_value or os.environ.get(DB_URL_ENV_VAR) or os.environ.get(DB_ENV_VAR)
                or preset.database_url or preset.database_path or remembered_server())


def user_config_file() -> Path:
    """This person's own InfoShare settings (only the server they chose, so far)."""
    named = os.environ.get(USER_CONFIG_ENV_VAR)
    if named:
        return Path(named).expanduser()
    return user_config_path(APP_NAME, APP_AUTHOR) / "infoshare.ini"


def remembered_server() -> str | None:
    """The server address this person chose at first start, if any (never a password)."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(user_config_file(), encoding="utf-8")
    except (configparser.Error, OSError, UnicodeDecodeError):
        return None
    address = parser.get("database", "url", fallback="").strip()
    return address if is_address(address) else None


def remember_server(address: str) -> Path:
    """Use this server from now on (written without any password); returns the file."""
    parser = configparser.ConfigParser(interpolation=None)
    parser["database"] = {"url": address}
    target = user_config_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    with open(partial, "w", encoding="utf-8") as handle:
        handle.write("# Chosen in InfoShare's first start: the team's server.\n")
        parser.write(handle)
    os.replace(partial, target)
    return target
