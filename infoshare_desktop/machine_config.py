"""The machine-wide configuration file that IT deploys to every PC.

It presets where the database is and some of the organisation's settings, and can
lock those settings so nobody changes them in the app. IT writes it by hand, so a
mistake in it must never stop InfoShare: each problem becomes a ``ConfigProblem``
naming the file, the section and key, and what to do, and the rest of the file still
applies. Pure Python (no Qt, no SQL): the command line, the services and the app all
read it. The format is described in ``packaging/config.ini.example`` and in the
README, "Presetting InfoShare for every PC (machine-wide configuration)".
"""

from __future__ import annotations

import configparser
import difflib
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from infoshare_desktop.domain.fields import SHORT_TEXT_MAX
from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

#: Points at a configuration file to use instead of the machine-wide one.
CONFIG_ENV_VAR = "INFOSHARE_CONFIG"
#: The context the messages are translated in.
CONTEXT = "MachineConfig"

DATABASE = "database"
SETTINGS = "settings"
LOCKED = "locked"

#: Whole-number settings IT may preset, with the values allowed (the Settings screen
#: and ``services.settings`` use the same ranges).
NUMBER_RANGES: dict[str, tuple[int, int]] = {
    "idle_lock_minutes": (1, 120),
    "retention_years": (1, 100),
}
#: Text settings IT may preset.
TEXT_KEYS = ("organisation_name", "protective_marking")
#: Every key of ``[settings]`` (and of ``[locked]``).
SETTING_KEYS = (*TEXT_KEYS, *NUMBER_RANGES)
KEYS: dict[str, tuple[str, ...]] = {
    DATABASE: ("path", "url"),
    SETTINGS: SETTING_KEYS,
    LOCKED: SETTING_KEYS,
}

MSG_MISSING_FILE = QT_TRANSLATE_NOOP(
    "MachineConfig",
    "{file}: this file does not exist, but {variable} names it. Create the file, or "
    "correct or remove {variable}.",
)
MSG_UNREADABLE = QT_TRANSLATE_NOOP(
    "MachineConfig",
    "{file}: InfoShare cannot read this file ({reason}). Make it readable by every user "
    "of this PC; until then none of its settings apply.",
)
MSG_NOT_TEXT = QT_TRANSLATE_NOOP(
    "MachineConfig",
    "{file}: this is not a text file InfoShare can read. Save it as plain text "
    "(UTF-8); until then none of its settings apply.",
)
MSG_SYNTAX = QT_TRANSLATE_NOOP(
    "MachineConfig",
    "{file}, line {line}: {what}. Compare it with config.ini.example; until it is "
    "corrected none of the file's settings apply.",
)
MSG_UNKNOWN_SECTION = QT_TRANSLATE_NOOP(
    "MachineConfig",
    "{file}: [{section}] is not a section InfoShare knows, so it is ignored. Use "
    "[database], [settings] or [locked].",
)
MSG_UNKNOWN_KEY_MATCH = QT_TRANSLATE_NOOP(
    "MachineConfig",
    "{file}, [{section}]: '{key}' is not a setting InfoShare knows, so it is ignored. "
    "Did you mean '{match}'?",
)
MSG_UNKNOWN_KEY = QT_TRANSLATE_NOOP(
    "MachineConfig",
    "{file}, [{section}]: '{key}' is not a setting InfoShare knows, so it is ignored. "
    "The settings of [{section}] are: {keys}.",
)
MSG_EMPTY = QT_TRANSLATE_NOOP(
    "MachineConfig",
    "{file}, [{section}] {key}: the value is empty, so it is ignored. Give a value or "
    "remove the line.",
)
MSG_TOO_LONG = QT_TRANSLATE_NOOP(
    "MachineConfig",
    "{file}, [{section}] {key}: the value is longer than {limit} characters, so it is "
    "ignored. Shorten it.",
)
MSG_NOT_NUMBER = QT_TRANSLATE_NOOP(
    "MachineConfig",
    "{file}, [{section}] {key}: enter a whole number from {low} to {high}; until then "
    "this setting is not preset or locked.",
)
MSG_NOT_YES_NO = QT_TRANSLATE_NOOP(
    "MachineConfig",
    "{file}, [{section}] {key}: enter yes or no; until then this setting is not locked.",
)
MSG_LOCK_WITHOUT_VALUE = QT_TRANSLATE_NOOP(
    "MachineConfig",
    "{file}, [locked] {key}: there is no usable {key} in [settings] to lock, so users can "
    "change it. Add the value to [settings] or remove the lock.",
)
MSG_RELATIVE_PATH = QT_TRANSLATE_NOOP(
    "MachineConfig",
    "{file}, [database] path: give the full path of the database file (for example "
    "\\\\server\\share\\InfoShare\\infoshare.db); until then each user's own database "
    "is used.",
)
MSG_BAD_URL = QT_TRANSLATE_NOOP(
    "MachineConfig",
    "{file}, [database] url: this is not a database server's address (it needs the form "
    "postgresql://user@server/database), so it is ignored. Correct it or remove the line.",
)
MSG_URL_PASSWORD = QT_TRANSLATE_NOOP(
    "MachineConfig",
    "{file}, [database] url: the address holds a password, and this file is readable by "
    "everyone on the PC. Remove the password from the address: each person's is kept in "
    "their own keyring (infoshare server-password), or the server can accept client "
    "certificates. The address is used without it.",
)


@dataclass(frozen=True)
class ConfigProblem:
    """One mistake in the configuration file, and what to do about it."""

    message: str
    params: dict[str, str | int] = field(default_factory=dict)

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The message with its details filled in, through ``translate(context, text)``
        (Qt's ``QCoreApplication.translate``) when given."""
        template = translate(CONTEXT, self.message) if translate else self.message
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):  # a broken translation: use English
            return self.message.format(**self.params)

    @property
    def text(self) -> str:
        return self.render()


@dataclass(frozen=True)
class MachineConfig:
    """What the file presets; empty (and without problems) when there is no file."""

    #: The file read (or looked for), to name in messages.
    path: Path | None = None
    #: Where every user's database is, unless ``--db`` or ``INFOSHARE_DB`` says otherwise.
    database_path: Path | None = None
    #: A database server address. Kept for a later version: only files are opened today.
    database_url: str | None = None
    #: Organisation settings preset by IT, typed (text or whole numbers).
    settings: dict[str, str | int] = field(default_factory=dict)
    #: Which of ``settings`` users cannot change.
    locked: frozenset[str] = frozenset()
    problems: tuple[ConfigProblem, ...] = ()

    def locked_value(self, key: str) -> str | int | None:
        return self.settings.get(key) if key in self.locked else None


def default_config_path() -> Path:
    """Where IT puts the file on this kind of computer."""
    if sys.platform == "win32":
        program_data = os.environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(program_data) / "InfoShare" / "config.ini"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/InfoShare/config.ini")
    return Path("/etc/infoshare/config.ini")


def config_path() -> tuple[Path, bool]:
    """The file to read, and whether ``INFOSHARE_CONFIG`` named it."""
    named = os.environ.get(CONFIG_ENV_VAR)
    if named:
        return Path(named).expanduser(), True
    return default_config_path(), False


def load() -> MachineConfig:
    """The machine configuration, read again only when the file changes."""
    path, named = config_path()
    try:
        stat = path.stat()
        stamp: tuple[int, int] | None = (stat.st_mtime_ns, stat.st_size)
    except (OSError, ValueError):
        stamp = None
    return _load(str(path), named, stamp)


def clear_cache() -> None:
    _load.cache_clear()


@lru_cache(maxsize=8)
def _load(path_text: str, named: bool, stamp: tuple[int, int] | None) -> MachineConfig:
    del stamp  # only part of the cache key: a changed file is read again
    path = Path(path_text)
    result = _read(path, named)
    for problem in result.problems:
        # The file and key, never a value: the log holds no organisation's data either.
        log.warning("Machine configuration: %s", problem.text)
    return result


def _decode(data: bytes) -> str:
    """Text as Windows editors save it: UTF-8 (with or without a BOM) or UTF-16."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    return data.decode("utf-8-sig")


def _read(path: Path, named: bool) -> MachineConfig:
    where = {"file": str(path)}
    try:
        if not os.path.lexists(path):
            if named:
                return MachineConfig(path, problems=(ConfigProblem(
                    MSG_MISSING_FILE, {**where, "variable": CONFIG_ENV_VAR}),))
            return MachineConfig(path)
        if path.is_dir():
            raise IsADirectoryError("it is a folder")
        text = _decode(path.read_bytes())
    except UnicodeError:
        return MachineConfig(path, problems=(ConfigProblem(MSG_NOT_TEXT, where),))
    except (OSError, ValueError) as error:  # ValueError: a NUL in INFOSHARE_CONFIG
        reason = getattr(error, "strerror", None) or str(error)
        return MachineConfig(path, problems=(ConfigProblem(
            MSG_UNREADABLE, {**where, "reason": reason}),))
    if "\x00" in text:
        return MachineConfig(path, problems=(ConfigProblem(MSG_NOT_TEXT, where),))
    parser = configparser.ConfigParser(
        interpolation=None,
        # A [DEFAULT] section would silently copy its keys into every section.
        default_section="\x00no default section",
        inline_comment_prefixes=("#", ";"),
        empty_lines_in_values=False,
    )
    try:
        parser.read_string(text, source=str(path))
    except configparser.Error as error:
        return MachineConfig(path, problems=(ConfigProblem(
            MSG_SYNTAX, {**where, "line": _line(error), "what": _syntax_what(error)}),))
    return _interpret(path, parser)


def _line(error: configparser.Error) -> int | str:
    line = getattr(error, "lineno", None)
    if line is None and isinstance(error, configparser.ParsingError) and error.errors:
        line = error.errors[0][0]
    return line if isinstance(line, int) else "?"


def _syntax_what(error: configparser.Error) -> str:
    """What is wrong, in words for IT staff (configparser's own text quotes the line)."""
    if isinstance(error, configparser.MissingSectionHeaderError):
        return "the file must start with a section name in brackets, such as [database]"
    if isinstance(error, configparser.DuplicateSectionError):
        return f"the section [{error.section}] appears twice: merge the two"
    if isinstance(error, configparser.DuplicateOptionError):
        return f"'{error.option}' appears twice in [{error.section}]: keep one"
    return "this line is neither a [section], a 'key = value' line nor a # comment"


def _interpret(path: Path, parser: configparser.ConfigParser) -> MachineConfig:
    problems: list[ConfigProblem] = []
    where = {"file": str(path)}
    sections: dict[str, dict[str, str]] = {}
    for name in parser.sections():
        known = name.strip().lower()
        if known not in KEYS:
            problems.append(ConfigProblem(MSG_UNKNOWN_SECTION, {**where, "section": name}))
            continue
        values = sections.setdefault(known, {})
        for key, value in parser.items(name):
            key = key.strip().lower()
            if key not in KEYS[known]:
                problems.append(_unknown_key(path, known, key))
                continue
            values[key] = (value or "").strip()

    database = sections.get(DATABASE, {})
    database_path = _database_path(path, database.get("path"), problems)
    database_url = _database_url(path, database.get("url"), problems)

    settings: dict[str, str | int] = {}
    for key, raw in sections.get(SETTINGS, {}).items():
        value = _setting(path, key, raw, problems)
        if value is not None:
            settings[key] = value

    locked: set[str] = set()
    for key, raw in sections.get(LOCKED, {}).items():
        place = {**where, "section": LOCKED, "key": key}
        answer = raw.lower()
        if answer in parser.BOOLEAN_STATES:
            if not parser.BOOLEAN_STATES[answer]:
                continue
        else:
            problems.append(ConfigProblem(MSG_NOT_YES_NO, place))
            continue
        if key in settings:
            locked.add(key)
        else:
            problems.append(ConfigProblem(MSG_LOCK_WITHOUT_VALUE, {**where, "key": key}))
    return MachineConfig(path, database_path, database_url, settings, frozenset(locked),
                         tuple(problems))


def _unknown_key(path: Path, section: str, key: str) -> ConfigProblem:
    known = KEYS[section]
    place = {"file": str(path), "section": section, "key": key}
    matches = difflib.get_close_matches(key, known, n=1)
    if matches:
        return ConfigProblem(MSG_UNKNOWN_KEY_MATCH, {**place, "match": matches[0]})
    return ConfigProblem(MSG_UNKNOWN_KEY, {**place, "keys": ", ".join(known)})


def _database_path(path: Path, raw: str | None, problems: list[ConfigProblem]) -> Path | None:
    if raw is None:
        return None
    place = {"file": str(path), "section": DATABASE, "key": "path"}
    if not raw:
        problems.append(ConfigProblem(MSG_EMPTY, place))
        return None
    value = Path(raw)
    if not value.is_absolute():
        problems.append(ConfigProblem(MSG_RELATIVE_PATH, {"file": str(path)}))
        return None
    return value


def _database_url(path: Path, raw: str | None, problems: list[ConfigProblem]) -> str | None:
    if raw is None:
        return None
    if not raw:
        problems.append(ConfigProblem(MSG_EMPTY, {"file": str(path), "section": DATABASE,
                                                  "key": "url"}))
        return None
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    scheme, separator, rest = raw.partition("://")
    try:
        parsed = make_url(raw) if separator and rest else None
    except ArgumentError:
        parsed = None
    if parsed is None or scheme not in ("postgresql", "postgresql+psycopg", "postgres"):
        problems.append(ConfigProblem(MSG_BAD_URL, {"file": str(path)}))
        return None
    if parsed.password is not None:
        problems.append(ConfigProblem(MSG_URL_PASSWORD, {"file": str(path)}))
        return parsed._replace(password=None).render_as_string(hide_password=False)
    return raw


def _setting(path: Path, key: str, raw: str, problems: list[ConfigProblem]) -> str | int | None:
    place = {"file": str(path), "section": SETTINGS, "key": key}
    if not raw:
        problems.append(ConfigProblem(MSG_EMPTY, place))
        return None
    if key in NUMBER_RANGES:
        low, high = NUMBER_RANGES[key]
        try:
            number = int(raw)
        except ValueError:
            number = None
        if number is None or not low <= number <= high:
            problems.append(ConfigProblem(MSG_NOT_NUMBER, {**place, "low": low, "high": high}))
            return None
        return number
    if len(raw) > SHORT_TEXT_MAX:
        problems.append(ConfigProblem(MSG_TOO_LONG, {**place, "limit": SHORT_TEXT_MAX}))
        return None
    return raw
