"""The ``infoshare`` command: open the app, or fill and export a database without a screen.

Every failure a person can act on (a file that is not a database, a database from a
newer version, a missing folder, an output that cannot be written) ends with one
plain line on stderr and a non-zero exit code, never a traceback: a traceback can
carry the personal data being processed. Qt widgets are imported only when the
window is opened, so ``demo`` and ``export`` run on a server with no display.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from traceback import extract_tb
from typing import NoReturn

from PySide6.QtCore import QCoreApplication

from infoshare_desktop import config
from infoshare_desktop.services.database import Database, StorageError, open_database
from infoshare_desktop.services.errors import ServiceError

translate = QCoreApplication.translate

PROG = "infoshare"
#: Exit codes: the database or display cannot be used (as argparse's usage errors).
EXIT_UNUSABLE = 2
#: The command started but could not finish (an output that cannot be written).
EXIT_FAILED = 1
#: A bug: reported without its message, which could hold personal data.
EXIT_BUG = 3
EXIT_INTERRUPTED = 130


class CommandError(Exception):
    """A refusal to print as one line; ``code`` is the exit status."""

    def __init__(self, message: str, code: int = EXIT_UNUSABLE) -> None:
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    """argparse, but returning instead of exiting, so ``main()`` always returns a code."""

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            sys.stderr.write(message)
        raise _ParserExit(status)


class _ParserExit(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def _version() -> str:
    try:
        return metadata.version("infoshare-desktop")
    except metadata.PackageNotFoundError:
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    db_help = translate(
        "Cli",
        "the database file to use (default: $INFOSHARE_DB if set, otherwise {default})",
    ).format(default=config.default_db_path())
    parser = _Parser(
        prog=PROG,
        description=translate(
            "Cli",
            "InfoShare Desktop: record decisions to share, or not to share, personal "
            "information about children and families. With no command, opens the app.",
        ),
        epilog=translate(
            "Cli",
            "The database holds OFFICIAL-SENSITIVE personal data: keep it, and any "
            "export, on an encrypted, access-controlled drive.",
        ),
    )
    parser.add_argument("--db", metavar="PATH", default=None, help=db_help)
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    # ``--db`` may also follow the command; SUPPRESS keeps a value given before it.
    demo = commands.add_parser(
        "demo",
        help=translate("Cli", "fill a database with fictional records, for training or trials"),
        description=translate(
            "Cli",
            "Add fictional but realistic decision records, and a directory of fictional "
            "organisations, to a database. Every name is made up and every case "
            "reference starts with DEMO-. Refuses a database that already holds real "
            "records.",
        ),
    )
    demo.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)
    demo.add_argument(
        "--records", metavar="N", type=_count, required=True,
        help=translate("Cli", "how many records to add"),
    )
    demo.add_argument(
        "--seed", metavar="S", type=int, default=None,
        help=translate("Cli", "a number that picks the records: the same seed gives the "
                              "same records"),
    )

    export = commands.add_parser(
        "export",
        help=translate("Cli", "write every record to a file"),
        description=translate("Cli", "Write every record in the database to a file."),
    )
    formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    csv_parser = formats.add_parser(
        "csv",
        help=translate("Cli", "a spreadsheet file (CSV) with one row per record"),
        description=translate(
            "Cli",
            "Write every record as one row of a CSV file that Excel and LibreOffice "
            "open directly: one column per question, answers as shown on screen, "
            "dates as dd/mm/yyyy and times in UK time.",
        ),
    )
    csv_parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)
    csv_parser.add_argument(
        "-o", "--output", metavar="FILE", required=True,
        help=translate("Cli", "the CSV file to write (replaced if it exists)"),
    )
    return parser


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(
            translate("Cli", "must be a whole number, 0 or more (got {text!r})").format(
                text=text)
        )
    return value


# --- Commands ---------------------------------------------------------------------------


def _no_display() -> bool:
    """True on a Linux machine with no screen to open a window on."""
    if not sys.platform.startswith("linux"):
        return False
    env = os.environ
    return not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY") or "QT_QPA_PLATFORM" in env)


def _open(path: Path) -> Database:
    try:
        return open_database(path)
    except StorageError as error:
        raise CommandError(str(error)) from None


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CommandError(
            translate("Cli", "Cannot create the folder {folder}: {reason}.").format(
                folder=folder, reason=error.strerror or type(error).__name__)
        ) from None


def run_app(db_value: str | None) -> int:
    path = config.resolve_db_path(db_value)
    if path.exists():
        # A file that is not a database is the more useful thing to hear about.
        _open(path).close()
    if _no_display():
        raise CommandError(translate(
            "Cli",
            "There is no display to open the InfoShare window on. To run it without a "
            "screen, use: QT_QPA_PLATFORM=offscreen infoshare ... (or use the headless "
            "commands 'infoshare demo' and 'infoshare export csv').",
        ))
    _make_folder(path.parent)
    # Open (and migrate) here first, so a bad file is reported on the console.
    _open(path).close()
    from infoshare_desktop.ui.app import run_gui

    return run_gui(path)


def run_demo(db_value: str | None, records: int, seed: int | None) -> int:
    from infoshare_desktop.services.demo import DEFAULT_SEED, create_demo_data
    from infoshare_desktop.services.records import list_records

    path = config.resolve_db_path(db_value)
    _make_folder(path.parent)
    db = _open(path)
    try:
        if any(not s.case_reference.startswith("DEMO-") for s in list_records(db)):
            raise CommandError(translate(
                "Cli",
                "{path} already holds real records. Demo records go only into a new "
                "database or one that holds demo records: choose another file with --db.",
            ).format(path=path))
        started = time.perf_counter()
        added = create_demo_data(db, records, DEFAULT_SEED if seed is None else seed)
        seconds = time.perf_counter() - started
    finally:
        db.close()
    print(translate("Cli", "Added {count} fictional records to {path} in {seconds:.1f} s.")
          .format(count=added, path=path, seconds=seconds))
    return 0


def run_export_csv(db_value: str | None, output: str) -> int:
    from infoshare_desktop.services.export import export_csv

    path = config.resolve_db_path(db_value)
    target = Path(output).expanduser()
    if not path.is_file():
        raise CommandError(
            translate("Cli", "There is no database at {path}.").format(path=path))
    if target.is_dir():
        raise CommandError(
            translate("Cli", "{target} is a folder: give a file name to write to.").format(
                target=target))
    if not target.absolute().parent.is_dir():
        raise CommandError(
            translate("Cli", "The folder {folder} does not exist.").format(
                folder=target.absolute().parent))
    if target.absolute().resolve() == path.absolute().resolve():
        raise CommandError(
            translate("Cli", "The export would replace the database itself: choose another "
                             "output file."))
    db = _open(path)
    try:
        count = export_csv(db, target, translate)
    except OSError as error:
        raise CommandError(
            translate("Cli", "Cannot write {target}: {reason}.").format(
                target=target, reason=error.strerror or type(error).__name__),
            EXIT_FAILED,
        ) from None
    finally:
        db.close()
    print(translate("Cli", "Wrote {count} records to {target}.").format(
        count=count, target=target))
    return 0


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "demo":
        return run_demo(args.db, args.records, args.seed)
    if args.command == "export":
        return run_export_csv(args.db, args.output)
    return run_app(args.db)


def _error(message: str) -> None:
    """One line on stderr; newlines inside a message would break that promise."""
    line = " ".join(str(message).split())
    sys.stderr.write(f"{PROG}: {line}\n")
    sys.stderr.flush()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 when all went well)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except _ParserExit as done:
        return done.status
    try:
        return _dispatch(args)
    except CommandError as error:
        _error(str(error))
        return error.code
    except StorageError as error:
        _error(str(error))
        return EXIT_UNUSABLE
    except ServiceError as error:
        _error(str(error))
        return EXIT_FAILED
    except KeyboardInterrupt:
        _error(translate("Cli", "Stopped."))
        return EXIT_INTERRUPTED
    except Exception as error:  # a bug: say where, never what (it may hold personal data)
        frames = extract_tb(error.__traceback__)
        where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
        _error(translate(
            "Cli", "Unexpected error ({kind} at {where}). Please report it to IT support."
        ).format(kind=type(error).__name__, where=where))
        return EXIT_BUG


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
