"""The app's log file: what IT support reads after a problem, with no personal data.

One rotating file (``infoshare.log``, 1 MB, five older copies) in the user's log
folder, readable by that user only. The app logs ids, counts and the *type* of an
error, never a name, a case note or an exception's message. The formatter here is a
second line of defence for messages from libraries and for mistakes: an exception is
written as its type and the code locations it passed through (never its message or
variables), and a library's message keeps its wording but not its values. Control
characters (an ESC that a terminal would obey when the log is read, a NUL, a
bidirectional override) are written as visible escapes (``domain.safe_text``).
"""

from __future__ import annotations

import logging
import os
import platform
import time
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from platformdirs import user_log_path

from infoshare_desktop.config import APP_AUTHOR, APP_NAME
from infoshare_desktop.domain.safe_text import visible

#: Puts the log file in another folder (tests; IT collecting logs centrally).
LOG_DIR_ENV_VAR = "INFOSHARE_LOG_DIR"
LOG_FILENAME = "infoshare.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
#: The app's own loggers: their messages are written in full (they carry no personal data).
APP_LOGGER = "infoshare_desktop"
WITHHELD = "[details withheld]"


def log_dir() -> Path:
    """The user's log folder (e.g. ~/.local/state/InfoShare/log, %LOCALAPPDATA%\\...\\Logs)."""
    named = os.environ.get(LOG_DIR_ENV_VAR)
    if named:
        return Path(named).expanduser()
    return user_log_path(APP_NAME, APP_AUTHOR)


def log_file() -> Path:
    return log_dir() / LOG_FILENAME


def where(filename: str) -> str:
    """A code file's name for a report: the path inside the app, or just the file name.

    Never the full path: it can hold the Windows user name (C:\\Users\\name\\...).
    """
    parts = Path(filename).parts
    if APP_LOGGER in parts:
        index = len(parts) - 1 - parts[::-1].index(APP_LOGGER)
        return "/".join(parts[index:])
    return Path(filename).name


def describe_frames(tb: TracebackType | None) -> list[str]:
    """Each frame as ``file:line function``, oldest first: never values or messages."""
    return [f"{where(frame.filename)}:{frame.lineno} {frame.name}"
            for frame in traceback.extract_tb(tb)]


def describe_exception(error: BaseException | None) -> list[str]:
    """An exception and its causes as type names and frames: nothing of their messages."""
    lines: list[str] = []
    seen: set[int] = set()
    while error is not None and id(error) not in seen and len(seen) < 5:
        seen.add(id(error))
        if lines:
            lines.append("Raised while handling:")
        kind = type(error)
        lines.append(f"{kind.__module__}.{kind.__qualname__}")
        lines.extend(f"  {frame}" for frame in describe_frames(error.__traceback__))
        error = error.__cause__ or error.__context__
    return lines


class PrivacyFormatter(logging.Formatter):
    """Writes nothing that could be personal data, whatever a logger was given."""

    converter = time.gmtime  # UTC, marked with Z

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s",
                         datefmt="%Y-%m-%dT%H:%M:%SZ")

    def format(self, record: logging.LogRecord) -> str:
        safe = logging.makeLogRecord(record.__dict__)
        text, safe.args = self._message(record)
        safe.msg = visible(text)
        safe.exc_text = None
        if record.exc_info and record.exc_info[1] is not None:
            safe.exc_text = visible(self.formatException(record.exc_info))
        safe.exc_info = None
        safe.stack_info = None
        return super().format(safe)

    @staticmethod
    def _message(record: logging.LogRecord) -> tuple[str, tuple[object, ...]]:
        if not isinstance(record.msg, str):
            # log.error(error) would write the exception's message: only its type.
            return f"<{type(record.msg).__name__}>", ()
        args = record.args if isinstance(record.args, tuple) else ()
        if not args and record.args:  # a mapping of values: keep the wording only
            return f"{record.msg} {WITHHELD}", ()
        if record.name == APP_LOGGER or record.name.startswith(APP_LOGGER + "."):
            # The app's own messages carry ids and type names; an exception passed
            # as a value is still reduced to its type.
            cleaned = tuple(f"<{type(a).__name__}>" if isinstance(a, BaseException) else a
                            for a in args)
            try:
                return record.msg % cleaned if cleaned else record.msg, ()
            except (TypeError, ValueError):
                return f"{record.msg} {WITHHELD}", ()
        # A library's message may quote the data it was handling (a failed SQL
        # statement's parameters, say): its wording only.
        return (f"{record.msg} {WITHHELD}" if args else record.msg), ()

    def formatException(self, ei: object) -> str:
        error = ei[1] if isinstance(ei, tuple) and len(ei) == 3 else None
        return "\n".join(describe_exception(error if isinstance(error, BaseException)
                                            else None))


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating file created readable by its user only (mode 0600 on POSIX)."""

    def _open(self):  # type: ignore[no-untyped-def]
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if hasattr(os, "fchmod"):
            os.fchmod(descriptor, 0o600)  # an older file made with a looser mode
        return os.fdopen(descriptor, "a", encoding=self.encoding, errors=self.errors)


def _our_handler() -> PrivateRotatingFileHandler | None:
    for handler in logging.getLogger().handlers:
        if isinstance(handler, PrivateRotatingFileHandler):
            return handler
    return None


def setup_logging() -> Path | None:
    """Send the app's log to its rotating file; returns the file (None if it cannot
    be written: InfoShare then runs without a log rather than not at all).

    Safe to call more than once (the command line and the window both call it); a
    changed ``INFOSHARE_LOG_DIR`` moves the log to the new folder.
    """
    target = log_file()
    existing = _our_handler()
    root = logging.getLogger()
    if existing is not None:
        if Path(existing.baseFilename) == target.absolute():
            return target
        root.removeHandler(existing)
        existing.close()
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler = PrivateRotatingFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8",
            errors="backslashreplace")
    except (OSError, ValueError):
        return None
    handler.setFormatter(PrivacyFormatter())
    handler.setLevel(logging.INFO)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)  # libraries: warnings and worse
    logging.getLogger(APP_LOGGER).setLevel(logging.INFO)
    from infoshare_desktop.version import app_version

    logging.getLogger(__name__).info(
        "InfoShare %s started (Python %s, %s)", app_version(), platform.python_version(),
        platform.platform(terse=True))
    return target
