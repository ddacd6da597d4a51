"""The ``infoshare`` command: open the app, or fill, export and administer a database
without a screen.

Commands that read or change records or accounts act as a named user (``--user`` or
``INFOSHARE_USER``), signed in with their password (``INFOSHARE_PASSWORD`` or a prompt
that does not echo), with exactly that user's permissions; the app itself asks who
is there in its own window.

Every failure a person can act on (a file that is not a database, a database from a
newer version, a missing folder, an output that cannot be written, a wrong password)
ends with one plain line on stderr and a non-zero exit code, never a traceback: a
traceback can carry the personal data being processed, or a password. Qt widgets are
imported only when the window is opened, so the other commands run on a server with
no display.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from traceback import extract_tb
from typing import TYPE_CHECKING, NoReturn

from PySide6.QtCore import QCoreApplication

from infoshare_desktop import config, logs, machine_config
from infoshare_desktop.domain.i18n import ExplainedError, Message
from infoshare_desktop.domain.rules import problem_text
from infoshare_desktop.domain.vocab import Role
from infoshare_desktop.services.database import (
    Database,
    StorageError,
    open_database,
    refuse_empty,
    remove_new_file,
)
from infoshare_desktop.services.errors import (
    AuthenticationError,
    PermissionDeniedError,
    ServiceError,
    ValidationError,
)
from infoshare_desktop.version import app_version

if TYPE_CHECKING:
    from infoshare_desktop.domain.accounts import Team, User
    from infoshare_desktop.domain.audit import Anchor

translate = QCoreApplication.translate

PROG = "infoshare"
#: Exit codes: the database or display cannot be used (as argparse's usage errors).
EXIT_UNUSABLE = 2
#: The command started but could not finish (an output that cannot be written).
EXIT_FAILED = 1
#: A bug: reported without its message, which could hold personal data.
EXIT_BUG = 3
#: Sign-in or permission refused (wrong password, locked account, not allowed).
EXIT_REFUSED = 4
EXIT_INTERRUPTED = 130

#: Who the command acts as, and their password, when not given on the command line.
USER_ENV = "INFOSHARE_USER"
PASSWORD_ENV = "INFOSHARE_PASSWORD"
#: The password for a new account or a reset, when not typed at a prompt.
NEW_PASSWORD_ENV = "INFOSHARE_NEW_PASSWORD"


class CommandError(Exception):
    """A refusal to print as one line; ``code`` is the exit status."""

    def __init__(self, message: str, code: int = EXIT_UNUSABLE) -> None:
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    """argparse, but returning instead of exiting, so ``main()`` always returns a code,
    and saying what is wrong with the arguments in one line (no usage block), as every
    other failure is said. Subcommands' parsers are made of this class too."""

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            sys.stderr.write(message)
        raise _ParserExit(status)

    def error(self, message: str) -> NoReturn:
        unknown = message.partition("unrecognized arguments: ")[2]
        if unknown:
            line = translate(
                "Cli", "Unknown option or argument: {arguments}. See '{command} --help' for "
                       "what it takes.").format(command=self.prog, arguments=unknown)
        else:
            line = translate("Cli", "{problem}. See '{command} --help'.").format(
                command=self.prog, problem=message.rstrip("."))
        _error(line)
        raise _ParserExit(EXIT_UNUSABLE)


class _ParserExit(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def _url_help() -> str:
    return translate(
        "Cli",
        "a team server's database instead of a file: postgresql://USER@SERVER/DATABASE "
        "(default: $INFOSHARE_DATABASE_URL, then IT's machine-wide configuration). The "
        "password comes from this PC's keyring (see 'infoshare server-password'), "
        "PGPASSWORD or ~/.pgpass, or is asked for",
    )


def _add_database_options(parser: argparse.ArgumentParser, db_help: str) -> None:
    """``--db PATH`` or ``--database-url URL`` (the same setting), after a command too."""
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)
    parser.add_argument("--database-url", dest="db", metavar="URL", default=argparse.SUPPRESS,
                        help=_url_help())


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
    parser.add_argument("--database-url", dest="db", metavar="URL", default=None,
                        help=_url_help())
    parser.add_argument("--version", action="version", version=f"%(prog)s {app_version()}")
    # Accepted before a command too; refused (with a reason) when opening the app.
    parser.add_argument("--user", dest="global_user", metavar="NAME", default=None,
                        help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    # ``--db`` may also follow the command; SUPPRESS keeps a value given before it.
    demo = commands.add_parser(
        "demo",
        help=translate("Cli", "fill a database with fictional records, for training or trials"),
        description=translate(
            "Cli",
            "Add fictional but realistic decision records, and a directory of fictional "
            "organisations, to a database. On a new database it first creates the demo "
            "organisation and its logins (practitioner1 to practitioner4, manager1, "
            "manager2, guardian1, admin1; password: demo-password), whose people take the "
            "records through every workflow state. Every name is made up and every case "
            "reference starts with DEMO-. Refuses a database of a real organisation or one "
            "that holds real records.",
        ),
    )
    _add_database_options(demo, db_help)
    demo.add_argument(
        "--records", metavar="N", type=_count, required=True,
        help=translate("Cli", "how many records to add"),
    )
    demo.add_argument(
        "--seed", metavar="S", type=_whole_number, default=None,
        help=translate("Cli", "a number that picks the records: the same seed gives the "
                              "same records"),
    )
    demo.add_argument(
        "--plain", action="store_true",
        help=translate("Cli", "make a new demo database without encryption (a new one is "
                              "encrypted unless you say this)"),
    )

    encrypt = commands.add_parser(
        "encrypt",
        help=translate("Cli", "encrypt an existing database (administrators)"),
        description=translate(
            "Cli",
            "Encrypt a database made before encryption was switched on, acting as an "
            "administrator (--user). Close InfoShare on every computer that uses the "
            "database first. The unencrypted file is backed up first. Afterwards "
            "the database opens only with a user's password or the recovery key this "
            "command prints: print it and keep it somewhere safe. Other users can unlock "
            "the database after they next sign in while it is open.",
        ),
    )
    _add_database_options(encrypt, db_help)
    _add_user_option(encrypt)

    migrate = commands.add_parser(
        "migrate",
        help=translate("Cli", "move a log to the team's server (administrators)"),
        description=translate(
            "Cli",
            "Copy everything in one database (records, versions, people, organisations, "
            "accounts and the audit trail) into a new, empty one, usually from this PC's "
            "file to the team's server, acting as an administrator of the one being moved "
            "(--user). The move is recorded in the trail, then the rows in every table are "
            "counted on both sides and the copied trail is checked from its first event. "
            "Refuses a target that already holds records or accounts. Close InfoShare on "
            "every computer using the old database first, and afterwards point everyone "
            "at the new one. Once the copy has checked, the old database is marked as "
            "moved and InfoShare no longer opens it, so nothing is recorded where the team "
            "will not see it ('infoshare reopen' undoes that).",
        ),
    )
    migrate.add_argument("--from", dest="source", metavar="FROM", required=True, help=translate(
        "Cli", "the database to move: a file's path, sqlite:///PATH or a server's address"))
    migrate.add_argument("--to", dest="target", metavar="TO", required=True, help=translate(
        "Cli", "the empty database to move it into: postgresql://USER@SERVER/DATABASE"))
    _add_user_option(migrate)

    reopen = commands.add_parser(
        "reopen",
        help=translate("Cli", "use a database again after its log was moved (administrators)"),
        description=translate(
            "Cli",
            "After 'infoshare migrate' InfoShare no longer opens the old database. If the "
            "move is abandoned, an administrator of the old database (--user) can use it "
            "again with this command. Records made on the server since the move are not "
            "copied back. The change is recorded in the old database's audit trail.",
        ),
    )
    _add_database_options(reopen, db_help)
    _add_user_option(reopen)

    server_password = commands.add_parser(
        "server-password",
        help=translate("Cli", "remember the team server's password on this PC"),
        description=translate(
            "Cli",
            "Keep the password of the team server's database user in this PC's own "
            "password store (Windows Credential Manager, macOS Keychain, or the Linux "
            "desktop's keyring), so InfoShare connects without asking. It is checked "
            "against the server first. It is never written to a file. The password is "
            "asked for at the terminal (or read from INFOSHARE_NEW_PASSWORD).",
        ),
    )
    _add_database_options(server_password, db_help)
    server_password.add_argument("--forget", action="store_true", help=translate(
        "Cli", "remove the remembered password instead"))

    export = commands.add_parser(
        "export",
        help=translate("Cli", "write the records you may read to a file"),
        description=translate("Cli", "Write every record the signed-in user may read "
                                     "to a file."),
    )
    formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    csv_parser = formats.add_parser(
        "csv",
        help=translate("Cli", "a spreadsheet file (CSV) with one row per record"),
        description=translate(
            "Cli",
            "Write every record you may read (--user) as one row of a CSV file that "
            "Excel and LibreOffice open directly: reference, status, practitioner, one "
            "column per question, answers as shown on screen, dates as dd/mm/yyyy and "
            "times in UK time.",
        ),
    )
    _add_database_options(csv_parser, db_help)
    csv_parser.add_argument(
        "-o", "--output", metavar="FILE", required=True,
        help=translate("Cli", "the CSV file to write (replaced if it exists)"),
    )
    _add_user_option(csv_parser)

    users = commands.add_parser(
        "user",
        help=translate("Cli", "add, list or deactivate accounts, or reset a password "
                              "(administrators)"),
        description=translate(
            "Cli",
            "Manage accounts, acting as an administrator (--user). Accounts are never "
            "deleted, only deactivated. On a new database with no accounts, 'user add' "
            "creates the first administrator instead: give it --organisation and "
            "--role administrator. A new password is read from ${env} or asked for "
            "twice.",
        ).format(env=NEW_PASSWORD_ENV),
    )
    user_commands = users.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = user_commands.add_parser(
        "add",
        help=translate("Cli", "create an account"),
        description=translate("Cli", "Create an account with one or more roles."),
    )
    add.add_argument("username", metavar="USERNAME",
                     help=translate("Cli", "the name the person signs in with"))
    add.add_argument("--full-name", metavar="NAME", required=True,
                     help=translate("Cli", "the person's full name, as shown on records"))
    add.add_argument("--job-title", metavar="TITLE", default="",
                     help=translate("Cli", "for example 'Social worker'"))
    add.add_argument(
        "--role", dest="roles", metavar="ROLE", action="append", required=True,
        choices=[role.value for role in Role],
        help=translate("Cli", "one of {roles}; repeat for several roles").format(
            roles=", ".join(role.value for role in Role)),
    )
    add.add_argument(
        "--team", dest="teams", metavar="NAME", action="append", default=[],
        help=translate("Cli", "a team the person works in (created if missing); "
                              "repeat for several teams"),
    )
    add.add_argument(
        "--manages", metavar="NAME", action="append", default=[],
        help=translate("Cli", "a team the person manages (created if missing); repeat for "
                              "several teams"),
    )
    add.add_argument(
        "--organisation", metavar="NAME", default=None,
        help=translate("Cli", "the organisation's name: only for the first administrator of "
                              "a new database"),
    )
    add.add_argument(
        "--marking", metavar="MARKING", default=None,
        help=translate("Cli", "the protective marking on reports, with --organisation "
                              "(default OFFICIAL-SENSITIVE)"),
    )
    listing = user_commands.add_parser(
        "list",
        help=translate("Cli", "list every account"),
        description=translate("Cli", "List every account, including deactivated ones."),
    )
    deactivate = user_commands.add_parser(
        "deactivate",
        help=translate("Cli", "stop an account signing in (it is kept, with its records)"),
        description=translate("Cli", "Deactivate an account. Its records are kept."),
    )
    deactivate.add_argument("username", metavar="USERNAME")
    reset = user_commands.add_parser(
        "reset-password",
        help=translate("Cli", "set a new password (also unlocks the account)"),
        description=translate("Cli", "Set a new password for an account and unlock it."),
    )
    reset.add_argument("username", metavar="USERNAME")
    for sub in (add, listing, deactivate, reset):
        _add_database_options(sub, db_help)
        _add_user_option(sub)
    _add_audit_commands(commands, db_help)
    _add_report_commands(commands, db_help)
    _add_backup_commands(commands, db_help)
    return parser


#: ``infoshare report KIND``: each kind's options are added by its function in
#: ``REPORT_PARSERS`` and it is run by ``REPORT_COMMANDS[KIND]``; every kind also
#: takes ``--db``, ``-o/--output`` and ``--user``.
def _add_report_commands(commands: argparse._SubParsersAction, db_help: str) -> None:  # type: ignore[type-arg]
    report = commands.add_parser(
        "report",
        help=translate("Cli", "print a report as a PDF file"),
        description=translate(
            "Cli",
            "Write a report as a PDF, acting as a named user (--user) with exactly that "
            "user's permissions. Every page carries the protective marking and 'Page X "
            "of Y'. Each report is recorded in the audit trail (which report and its "
            "parameters; never the file name).",
        ),
    )
    kinds = report.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    for name, (help_text, description, add_options) in REPORT_PARSERS.items():
        sub = kinds.add_parser(name, help=translate("Cli", help_text),
                               description=translate("Cli", description))
        add_options(sub)
        sub.add_argument(
            "-o", "--output", metavar="FILE.pdf", required=True,
            help=translate("Cli", "the PDF file to write (replaced if it exists)"),
        )
        _add_database_options(sub, db_help)
        _add_user_option(sub)


def _record_report_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("reference", metavar="REF",
                        help=translate("Cli", "the record's reference, e.g. IS-2026-000123"))


def _supervision_report_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--practitioner", metavar="USERNAME", required=True,
        help=translate("Cli", "the practitioner whose decisions to report"))
    _supervision_period_options(parser)


def _guardian_report_options(parser: argparse.ArgumentParser) -> None:
    _supervision_period_options(parser)
    parser.add_argument(
        "--team", metavar="TEAM",
        help=translate("Cli", "only decisions by members of this team (its name)"))


def _supervision_period_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--from", dest="since", metavar="DD/MM/YYYY", type=_date, required=True,
        help=translate("Cli", "the first day of the period (date of decision, UK time)"))
    parser.add_argument(
        "--to", dest="until", metavar="DD/MM/YYYY", type=_date, required=True,
        help=translate("Cli", "the last day of the period, included"))


def _subject_pack_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("case_reference", metavar="CASE_REF",
                        help=translate("Cli", "the case reference the pack is about"))
    parser.add_argument(
        "--redact-third-parties", action="store_true",
        help=translate("Cli", "replace third parties' names and dates of birth everywhere"))


REPORT_PARSERS = {
    "record": (
        "print one decision record",
        "Print one decision record: every answer that applies, by section, the people "
        "involved, the seven tests, the lawful basis, the workflow history with its "
        "comments, and every kept version with what changed. Anyone who may read the "
        "record may print it.",
        _record_report_options,
    ),
    "supervision": (
        "print a practitioner's decisions over a period, for supervision",
        "Print one practitioner's decisions made from --from to --to (both days "
        "included): counts by outcome and status, each decision, outstanding items, "
        "refused requests, the manager's comments and sign-off boxes. Their manager, a "
        "Caldicott Guardian or the practitioner themselves may print it.",
        _supervision_report_options,
    ),
    "guardian": (
        "print the Caldicott Guardian's oversight report for a period",
        "Print the oversight report for --from to --to (both days included), for the "
        "whole organisation or one --team: counts by outcome, lawful basis, consent, "
        "recipient type and month with charts; every share without consent or with "
        "consent overridden; people not informed; police and court requests; Guardian "
        "referrals and decisions. Caldicott Guardians only.",
        _guardian_report_options,
    ),
    "subject": (
        "print a subject access pack for one case reference",
        "Print everything held about one case reference that you may read, fit to send "
        "to the person (UK GDPR Article 15). --redact-third-parties replaces third "
        "parties' names and dates of birth wherever they appear.",
        _subject_pack_options,
    ),
}


def _add_audit_commands(commands: argparse._SubParsersAction, db_help: str) -> None:  # type: ignore[type-arg]
    from infoshare_desktop.domain.audit import AuditAction

    audit = commands.add_parser(
        "audit",
        help=translate("Cli", "check the audit trail, or export its events (Caldicott "
                              "Guardians and administrators)"),
        description=translate(
            "Cli",
            "The audit trail records who did what, and when: signing in and out, every "
            "change to a record and every review, who looked at someone else's record, "
            "exports, and changes to settings and accounts. Each event carries a "
            "fingerprint of the one before it, so an event that is changed, removed or "
            "slipped in later shows up. Only a Caldicott Guardian or an administrator "
            "(--user) can use these commands.",
        ),
    )
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="ACTION",
                                          required=True)
    verify = audit_commands.add_parser(
        "verify",
        help=translate("Cli", "check that no audit event has been changed, removed or "
                              "added"),
        description=translate(
            "Cli",
            "Check every event in the audit trail, oldest first, then every kept version "
            "and every locked record against the fingerprint of its content the trail "
            "holds. If nothing has been tampered with, prints 'OK: N events, head H' (H is "
            "the fingerprint of the newest event) and exits with 0. Otherwise prints "
            "'BROKEN at event N: ...' or 'BROKEN at record IS-YYYY-NNNNNN: ...', naming the "
            "first event or record that is wrong and what is wrong with it, and exits "
            "with 1. Signing in to run the check is itself recorded, so N grows by one "
            "each time.",
        ),
    )
    verify.add_argument(
        "--expect", metavar="COUNT:HASH", default=None,
        help=translate(
            "Cli",
            "also check that the trail still holds event COUNT with a fingerprint starting "
            "HASH (at least 8 hex digits), as printed at the end of a report: a trail "
            "rebuilt with fresh fingerprints after an edit fails this check"),
    )
    export = audit_commands.add_parser(
        "export",
        help=translate("Cli", "write audit events to a CSV file"),
        description=translate(
            "Cli",
            "Write the audit events that match every filter given to a CSV file that "
            "Excel and LibreOffice open directly, newest first, with times in UK time. "
            "With no filter, every event is written. The export is itself recorded in "
            "the audit trail (what, how many and which filters; never the file name).",
        ),
    )
    export.add_argument(
        "-o", "--output", metavar="FILE", required=True,
        help=translate("Cli", "the CSV file to write (replaced if it exists)"),
    )
    export.add_argument(
        "--since", metavar="DD/MM/YYYY", type=_date, default=None,
        help=translate("Cli", "only events on or after this day"),
    )
    export.add_argument(
        "--until", metavar="DD/MM/YYYY", type=_date, default=None,
        help=translate("Cli", "only events on or before this day"),
    )
    export.add_argument(
        "--action", metavar="CODE", choices=[action.value for action in AuditAction],
        default=None,
        help=translate("Cli", "only events of this kind, one of: {codes}").format(
            codes=", ".join(action.value for action in AuditAction)),
    )
    export.add_argument(
        "--record", metavar="IS-YYYY-NNNNNN", default=None,
        help=translate("Cli", "only events about the record with this reference"),
    )
    export.add_argument(
        "--who", metavar="USERNAME", default=None,
        help=translate("Cli", "only events by this account"),
    )
    for sub in (verify, export):
        _add_database_options(sub, db_help)
        _add_user_option(sub)


def _add_user_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user", metavar="NAME", default=None,
        help=translate(
            "Cli",
            "the username to act as (default: ${user_env}); the password is read from "
            "${password_env} or asked for",
        ).format(user_env=USER_ENV, password_env=PASSWORD_ENV),
    )


#: Besides dates as the app shows them (dd/mm/yyyy), every command takes ISO dates.
_ISO_DATE = "%Y-%m-%d"


def _date(text: str) -> date:
    """A date typed as dd/mm/yyyy (as the app shows dates) or yyyy-mm-dd, on any command."""
    from infoshare_desktop.domain.display import DATE_FORMAT

    for form in (DATE_FORMAT, _ISO_DATE):
        try:
            return datetime.strptime(text.strip(), form).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        translate("Cli", "must be a date as dd/mm/yyyy (or yyyy-mm-dd), for example "
                         "03/11/2026 (got {text!r})").format(text=text))


def _whole_number(text: str) -> int:
    """Any whole number (a seed may be negative), said plainly when it is not one."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "must be a whole number (got {text!r})").format(text=text)
        ) from None


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


def _open(
    path: config.Location, username: str | None = None, *, moved_ok: bool = False
) -> Database:
    """Open the database; an encrypted one is unlocked with the user's password first.

    ``username`` is the command's ``--user`` (or ``INFOSHARE_USER``); the password is
    asked for once and used again by ``sign_in``. A server's address is opened with
    ``_open_server``. A log moved elsewhere is refused unless ``moved_ok``.
    """
    from infoshare_desktop.services import encryption

    if isinstance(path, str):
        return _open_server(path, moved_ok=moved_ok)
    try:
        if not encryption.is_encrypted(path):
            return open_database(path, moved_ok=moved_ok)
        name = _username(username)
        try:
            return encryption.unlock(path, name, _password(name), moved_ok=moved_ok)
        except AuthenticationError as error:
            raise CommandError(_said(error), EXIT_REFUSED) from None
    except (StorageError, ServiceError) as error:
        raise CommandError(_said(error)) from None


def _open_server(address: str, *, moved_ok: bool = False) -> Database:
    """Open a team server's database; asks for the server password at a terminal when the
    keyring, PGPASSWORD and ~/.pgpass have none (or a wrong one)."""
    from infoshare_desktop.services.database import ServerLoginError

    try:
        return open_database(address, moved_ok=moved_ok)
    except ServerLoginError as error:
        if not _can_prompt():
            raise CommandError(_said(error) + " " + translate(
                "Cli", "Save the password on this PC with 'infoshare server-password "
                       "--database-url ADDRESS', or set PGPASSWORD."), EXIT_REFUSED) from None
    password = getpass.getpass(translate("Cli", "Password for the database server: "))
    try:
        return open_database(address, password, moved_ok=moved_ok)
    except ServerLoginError as error:
        raise CommandError(_said(error), EXIT_REFUSED) from None


def _file_only(location: config.Location, what: str) -> Path:
    """``location`` as a file, or a refusal: ``what`` works on database files only."""
    if isinstance(location, str):
        raise CommandError(translate(
            "Cli", "{what} works on database files only. A team server's database is "
                   "backed up, checked and protected on the server (PostgreSQL's pg_dump, "
                   "encrypted disks and connections): ask your IT department.").format(
            what=what))
    return location


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CommandError(
            translate("Cli", "Cannot create the folder {folder}: {reason}.").format(
                folder=folder, reason=error.strerror or type(error).__name__)
        ) from None


# --- Signing in -------------------------------------------------------------------------


def _can_prompt() -> bool:
    """A person is at a terminal to type a password (not a script's pipe)."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def _ask_password(prompt: str) -> str:
    """One password typed at the terminal, not echoed."""
    try:
        return getpass.getpass(prompt)
    except EOFError:  # Ctrl-D at the prompt
        raise CommandError(translate("Cli", "No password given: nothing done."),
                           EXIT_REFUSED) from None


def _username(given: str | None) -> str:
    username = (given or os.environ.get(USER_ENV, "")).strip()
    if not username:
        raise CommandError(translate(
            "Cli", "Say who you are: add --user NAME, or set {env}.").format(env=USER_ENV))
    return username


#: Passwords typed at the prompt during this command, so unlocking an encrypted
#: database and signing in ask only once. Emptied when the command ends.
_typed_passwords: dict[str, str] = {}


def _password(username: str) -> str:
    password = os.environ.get(PASSWORD_ENV)
    if password:
        return password
    if username in _typed_passwords:
        return _typed_passwords[username]
    if not _can_prompt():
        raise CommandError(translate(
            "Cli",
            "No password for {username}: set {env}, or run the command in a terminal to "
            "be asked for it.",
        ).format(username=username, env=PASSWORD_ENV), EXIT_REFUSED)
    password = _ask_password(translate("Cli", "Password for {username}: ").format(
        username=username))
    _typed_passwords[username] = password
    return password


def sign_in(db: Database, given_username: str | None, *, to_check_trail: bool = False) -> User:
    """The user the command acts as, signed in with their password.

    A wrong password counts towards the account's lockout, as in the app.
    ``to_check_trail`` lets ``audit verify`` sign in even when the audit trail is
    too damaged to record the sign-in.
    """
    from infoshare_desktop.services import accounts

    username = _username(given_username)
    password = _password(username)
    try:
        if to_check_trail:
            return accounts.authenticate_to_check_trail(db, username, password)
        return accounts.authenticate(db, username, password)
    except AuthenticationError as error:
        raise CommandError(_said(error), EXIT_REFUSED) from None


def _new_password(username: str) -> str:
    """A new account's password: from the environment, or typed twice."""
    password = os.environ.get(NEW_PASSWORD_ENV)
    if password:
        return password
    if not _can_prompt():
        raise CommandError(translate(
            "Cli",
            "No new password for {username}: set {env}, or run the command in a terminal "
            "to be asked for it.",
        ).format(username=username, env=NEW_PASSWORD_ENV))
    first = _ask_password(translate("Cli", "New password for {username}: ").format(
        username=username))
    second = _ask_password(translate("Cli", "Type the new password again: "))
    if first != second:
        raise CommandError(translate("Cli", "The two passwords do not match: nothing changed."))
    return first


def _no_display_message() -> str:
    return translate(
        "Cli",
        "There is no display to open the InfoShare window on. To run it without a "
        "screen, use: QT_QPA_PLATFORM=offscreen infoshare ... (or use the headless "
        "commands 'infoshare demo' and 'infoshare export csv').",
    )


def run_app(db_value: str | None) -> int:
    from infoshare_desktop.services import encryption

    location = config.resolve_database(db_value)
    if isinstance(location, str):
        if _no_display():
            raise CommandError(_no_display_message())
        from infoshare_desktop.ui.app import run_gui

        return run_gui(location)  # the window asks for a server password it needs
    path = location
    encrypted = encryption.is_encrypted(path)  # unlocked by the app's sign-in window
    if path.exists() and not encrypted:
        # A file that is not a database is the more useful thing to hear about.
        _open(path).close()
    if _no_display():
        raise CommandError(_no_display_message())
    _make_folder(path.parent)
    if not encrypted:
        # Open (and migrate) here first, so a bad file is reported on the console.
        _open(path).close()
    from infoshare_desktop.ui.app import run_gui

    return run_gui(path, may_choose_server=config.may_choose_server(db_value))


def _open_demo(path: Path, plain: bool) -> tuple[Database, str | None]:
    """The demo database, and the recovery key if it was just created encrypted.

    A new file is encrypted unless ``plain``; an existing encrypted demo database is
    unlocked with the demo administrator's password.
    """
    from infoshare_desktop.demo import DEMO_PASSWORD
    from infoshare_desktop.services import encryption

    is_new = not path.exists() or (path.is_file() and path.stat().st_size == 0)
    try:
        if is_new and path.exists():
            path.unlink()  # an empty file: nothing to keep, and a new database goes there
        if is_new and not plain:
            return encryption.create_encrypted(path)
        if encryption.is_encrypted(path):
            try:
                return encryption.unlock(path, "admin1", DEMO_PASSWORD), None
            except AuthenticationError:
                raise CommandError(translate(
                    "Cli",
                    "{path} is encrypted and is not a demo database: demo records go only "
                    "into a new database or a demo one.",
                ).format(path=path)) from None
    except (StorageError, ServiceError) as error:
        raise CommandError(_said(error)) from None
    return _open(path), None


def run_demo(db_value: str | None, records: int, seed: int | None,
             plain: bool = False) -> int:
    from infoshare_desktop.demo import (
        DEFAULT_SEED,
        NotADemoDatabaseError,
        create_demo_data,
    )

    path = config.resolve_database(db_value)
    new_file: Path | None = None  # made by this command: removed again if it fails
    if isinstance(path, str):
        db, recovery_key = _open_server(path), None  # a training database on a server
    else:
        _make_folder(path.parent)
        if not path.exists() or (path.is_file() and path.stat().st_size == 0):
            new_file = path
        db, recovery_key = _open_demo(path, plain)
    finished = False
    try:
        started = time.perf_counter()
        try:
            added = create_demo_data(db, records, DEFAULT_SEED if seed is None else seed)
        except NotADemoDatabaseError:
            raise CommandError(translate(
                "Cli",
                "{path} already holds real accounts or records. Demo records go only into a "
                "new database or a demo one: choose another file with --db.",
            ).format(path=path)) from None
        seconds = time.perf_counter() - started
        finished = True
    finally:
        db.close()
        if new_file is not None and not finished:
            remove_new_file(new_file, keyring=True)  # no half-made database, -wal or key file
    print(translate("Cli", "Added {count} fictional records to {path} in {seconds:.1f} s.")
          .format(count=added, path=path, seconds=seconds))
    if recovery_key is not None:
        print(translate("Cli", "The database is encrypted; every demo login unlocks it. "
                               "Recovery key: {key}").format(key=recovery_key))
    return 0


def run_encrypt(args: argparse.Namespace) -> int:
    """Encrypt an existing plain database, signed in as an administrator."""
    from infoshare_desktop.services import encryption

    path = _file_only(_existing_database(args.db), translate("Cli", "Encryption"))
    if encryption.is_encrypted(path):
        print(translate("Cli", "{path} is already encrypted.").format(path=path))
        return 0
    username = _username(args.user)
    try:
        done = encryption.encrypt_existing(path, username, _password(username))
    except AuthenticationError as error:
        raise CommandError(_said(error), EXIT_REFUSED) from None
    except encryption.EncryptionError as error:
        raise CommandError(_said(error), EXIT_FAILED) from None
    print(translate(
        "Cli",
        "Encrypted {path}. It now opens only with a user's password or this recovery key:\n"
        "\n    {key}\n\n"
        "Print it or write it down now and keep it locked away: it is shown only once, and "
        "without it a forgotten password can lose the records. Other users can unlock the "
        "database after they next sign in while it is open.\n"
        "The unencrypted copy made first is {backup}: delete it once you have checked that "
        "the encrypted database opens.",
    ).format(path=path, key=done.recovery_key, backup=done.backup))
    return 0


def run_export_csv(db_value: str | None, output: str, username: str | None) -> int:
    from infoshare_desktop.services.export import export_csv

    path = _existing_database(db_value)
    target = _writable_target(output, path)
    db = _open(path, username)
    try:
        actor = sign_in(db, username)
        count = export_csv(db, actor, target, translate)
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


# --- Accounts ----------------------------------------------------------------------------


def _existing_database(db_value: str | None) -> config.Location:
    """The database named, which must exist (a server's is found when it is opened)."""
    path = config.resolve_database(db_value)
    if isinstance(path, str):
        return path
    if not path.is_file():
        raise CommandError(
            translate("Cli", "There is no database at {path}.").format(path=path))
    refuse_empty(path)  # a file of 0 bytes holds no database either, and is left as it is
    return path


def _require_administrator(actor: User) -> None:
    from infoshare_desktop.domain.permissions import Action, refusal

    refused = refusal(actor, Action.MANAGE_ACCOUNTS)
    if refused is not None:
        raise CommandError(
            translate("Cli", "{reason} Only an administrator can do this.").format(
                reason=refused.explained.text(translate)),
            EXIT_REFUSED,
        )


def _find_user(db: Database, actor: User, username: str) -> User:
    from infoshare_desktop.domain.accounts import normalise_username
    from infoshare_desktop.services import accounts

    wanted = normalise_username(username)
    for user in accounts.list_users(db, actor, include_inactive=True):
        if user.username == wanted:
            return user
    raise CommandError(
        translate("Cli", "There is no account called {username}.").format(username=username),
        EXIT_FAILED,
    )


def _team_ids(db: Database, actor: User, names: Sequence[str]) -> frozenset[int]:
    """The ids of the named teams, creating any that do not exist yet."""
    from infoshare_desktop.services import accounts

    known: dict[str, Team] = {t.name.casefold(): t for t in accounts.list_teams(db)}
    ids = set()
    for name in names:
        team = known.get(name.strip().casefold())
        if team is None:
            team = accounts.create_team(db, actor, name)
            known[team.name.casefold()] = team
        assert team.id is not None
        ids.add(team.id)
    return frozenset(ids)


def run_user_add(args: argparse.Namespace) -> int:
    from infoshare_desktop.domain.accounts import User, user_problems
    from infoshare_desktop.services import accounts
    from infoshare_desktop.services.settings import get_settings

    path = config.resolve_database(args.db)
    if isinstance(path, Path) and not path.exists():
        _make_folder(path.parent)
    roles = frozenset(Role(value) for value in args.roles)
    user = User(id=None, username=args.username, full_name=args.full_name,
                job_title=args.job_title, roles=roles)
    db = _open(path, args.user)
    try:
        if accounts.needs_setup(db):
            if Role.ADMINISTRATOR not in roles:
                raise CommandError(translate(
                    "Cli",
                    "{path} has no accounts yet: the first account must be an administrator. "
                    "Add --role administrator and --organisation NAME.",
                ).format(path=path))
            preset = get_settings(db)  # with IT's machine-wide presets, if any
            args.organisation = args.organisation or preset.organisation_name
            if not args.organisation.strip():
                raise CommandError(translate(
                    "Cli",
                    "{path} has no accounts yet: name the organisation with --organisation NAME "
                    "to create its first administrator.",
                ).format(path=path))
            password = _new_password(args.username)
            marking = args.marking or preset.protective_marking
            actor = accounts.set_up_organisation(db, args.organisation, marking, user, password)
            if args.teams or args.manages:
                actor = accounts.update_user(db, actor, _with_teams(db, actor, actor, args))
            print(translate(
                "Cli", "Set up {organisation} with its first administrator, {username}."
            ).format(organisation=args.organisation.strip(), username=actor.username))
            return 0
        if args.organisation is not None or args.marking is not None:
            raise CommandError(translate(
                "Cli",
                "{path} is already set up: --organisation and --marking are only for the "
                "first administrator. Change the organisation's settings in the app.",
            ).format(path=path))
        actor = sign_in(db, args.user)
        _require_administrator(actor)
        password = _new_password(args.username)
        problems = user_problems(user, password)
        if problems:
            raise ValidationError(problems)
        created = accounts.create_user(db, actor, _with_teams(db, actor, user, args), password)
    finally:
        db.close()
    print(translate("Cli", "Created the account {username} ({roles}).").format(
        username=created.username, roles=_roles_text(created)))
    return 0


def _with_teams(db: Database, actor: User, user: User, args: argparse.Namespace) -> User:
    return replace(user, team_ids=_team_ids(db, actor, args.teams),
                   managed_team_ids=_team_ids(db, actor, args.manages))


def _roles_text(user: User) -> str:
    return ", ".join(translate("vocab", role.label) for role in Role if user.has(role))


def _table(rows: list[list[str]]) -> str:
    """Plain columns, padded with spaces, for a terminal or a log."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )


def run_user_list(args: argparse.Namespace) -> int:
    from infoshare_desktop.services import accounts

    path = _existing_database(args.db)
    db = _open(path, args.user)
    try:
        actor = sign_in(db, args.user)
        _require_administrator(actor)
        teams = {t.id: t.name for t in accounts.list_teams(db)}
        users = accounts.list_users(db, actor, include_inactive=True)
        yes, no = translate("Cli", "yes"), translate("Cli", "no")
        rows = [[translate("Cli", "USERNAME"), translate("Cli", "FULL NAME"),
                 translate("Cli", "ROLES"), translate("Cli", "TEAMS"),
                 translate("Cli", "ACTIVE"), translate("Cli", "LOCKED")]]
        for user in sorted(users, key=lambda u: u.username):
            assert user.id is not None
            team_names = sorted(teams.get(i, "?") for i in user.team_ids)
            team_names += sorted(
                translate("Cli", "manages {team}").format(team=teams.get(i, "?"))
                for i in user.managed_team_ids)
            rows.append([
                user.username, user.full_name, _roles_text(user), ", ".join(team_names),
                yes if user.active else no,
                yes if accounts.is_locked_out(db, user.id) else no,
            ])
    finally:
        db.close()
    print(_table(rows))
    return 0


def run_user_deactivate(args: argparse.Namespace) -> int:
    from infoshare_desktop.services import accounts

    db = _open(_existing_database(args.db), args.user)
    try:
        actor = sign_in(db, args.user)
        _require_administrator(actor)
        user = _find_user(db, actor, args.username)
        assert user.id is not None
        if not user.active:
            print(translate("Cli", "{username} was already deactivated.").format(
                username=user.username))
            return 0
        accounts.deactivate_user(db, actor, user.id)
    finally:
        db.close()
    print(translate("Cli", "Deactivated {username}: they can no longer sign in. Their records "
                           "are kept.").format(username=user.username))
    return 0


def run_user_reset_password(args: argparse.Namespace) -> int:
    from infoshare_desktop.services import accounts

    db = _open(_existing_database(args.db), args.user)
    try:
        actor = sign_in(db, args.user)
        _require_administrator(actor)
        user = _find_user(db, actor, args.username)
        assert user.id is not None
        accounts.reset_password(db, actor, user.id, _new_password(user.username))
    finally:
        db.close()
    print(translate("Cli", "Set a new password for {username}; the account is unlocked.")
          .format(username=user.username))
    return 0


# --- The audit trail ---------------------------------------------------------------------


def _require_auditor(actor: User) -> None:
    from infoshare_desktop.domain.permissions import Action, refusal

    refused = refusal(actor, Action.VIEW_AUDIT)
    if refused is not None:
        raise CommandError(
            translate("Cli", "{reason} Only a Caldicott Guardian or an administrator can "
                             "do this.").format(reason=refused.explained.text(translate)),
            EXIT_REFUSED,
        )


def _anchor(value: str | None) -> Anchor | None:
    """``--expect COUNT:HASH`` read, or a one-line refusal (before anything is opened)."""
    from infoshare_desktop.domain.audit import ANCHOR_MIN_DIGITS, parse_anchor

    if value is None:
        return None
    anchor = parse_anchor(value)
    if anchor is None:
        raise CommandError(translate(
            "Cli", "--expect takes COUNT:HASH as a report prints it at its end: the event "
                   "count, a colon and at least {digits} hex digits of that event's "
                   "fingerprint, such as 1234:3f2a9b1c.").format(digits=ANCHOR_MIN_DIGITS))
    return anchor


def run_audit_verify(args: argparse.Namespace) -> int:
    from infoshare_desktop.services import audit

    anchor = _anchor(args.expect)
    db = _open(_existing_database(args.db), args.user)
    try:
        actor = sign_in(db, args.user, to_check_trail=True)
        _require_auditor(actor)
        report = audit.verify(db, actor, anchor)
    finally:
        db.close()
    print(report.text)
    if report.ok and anchor is not None:
        print(translate("Cli", "Event {count} still has the fingerprint {hash}\u2026 printed "
                               "in the report.").format(count=anchor.count,
                                                        hash=anchor.hash_prefix))
    return 0 if report.ok else EXIT_FAILED


def _utc_midnight(day: date) -> datetime:
    """The start of ``day`` in UK (local) time, as a UTC time."""
    return datetime.combine(day, clock(0, 0)).astimezone().astimezone(UTC)


def _writable_target(output: str, database: config.Location) -> Path:
    target = Path(output).expanduser()
    if target.is_dir():
        raise CommandError(
            translate("Cli", "{target} is a folder: give a file name to write to.").format(
                target=target))
    if not target.absolute().parent.is_dir():
        raise CommandError(
            translate("Cli", "The folder {folder} does not exist.").format(
                folder=target.absolute().parent))
    if isinstance(database, Path) and target.absolute().resolve() == database.absolute().resolve():
        raise CommandError(
            translate("Cli", "The export would replace the database itself: choose another "
                             "output file."))
    return target


def run_audit_export(args: argparse.Namespace) -> int:
    from infoshare_desktop.domain.audit import AuditAction
    from infoshare_desktop.domain.display import DATE_FORMAT
    from infoshare_desktop.services import audit
    from infoshare_desktop.services.audit_export import export_events_csv

    path = _existing_database(args.db)
    target = _writable_target(args.output, path)
    if args.since and args.until and args.until < args.since:
        raise CommandError(translate("Cli", "--until must be the same day as --since or "
                                            "later."))
    # What the trail records about the export: never the file name, which can name a person.
    filters: dict[str, object] = {}
    db = _open(path, args.user)
    try:
        actor = sign_in(db, args.user)
        _require_auditor(actor)
        user_id = None
        if args.who is not None:
            who = _find_user(db, actor, args.who)
            user_id, filters["user"] = who.id, who.username
        reference = (args.record or "").strip().casefold()
        if reference:
            filters["record"] = args.record.strip()
        if args.action is not None:
            filters["action"] = args.action
        for key, day in (("from", args.since), ("to", args.until)):
            if day is not None:
                filters[key] = day.strftime(DATE_FORMAT)
        events = audit.find_events(
            db, actor, user_id=user_id,
            actions=None if args.action is None else [AuditAction(args.action)],
            since=None if args.since is None else _utc_midnight(args.since),
            until=None if args.until is None else _utc_midnight(args.until + timedelta(days=1)),
        )
        if reference:
            events = [e for e in events if e.reference.casefold() == reference]
        try:
            count = export_events_csv(events, target, translate)
        except OSError as error:
            raise CommandError(
                translate("Cli", "Cannot write {target}: {reason}.").format(
                    target=target, reason=error.strerror or type(error).__name__),
                EXIT_FAILED,
            ) from None
        audit.log_export(db, actor, "audit events (CSV)", count, filters=filters)
    finally:
        db.close()
    print(translate("Cli", "Wrote {count} audit events to {target}.").format(
        count=count, target=target))
    return 0


# --- Reports -----------------------------------------------------------------------------


def _run_report(args: argparse.Namespace, write: Callable[[Database, User, Path], str]) -> int:
    """Open the database, sign in, and let ``write`` print the report to the target.

    ``write`` returns the line to print when done. Refusals surface as one line
    (``main``); an output that cannot be written is reported here, and the service
    leaves no file, partial or whole, behind.
    """
    path = _existing_database(args.db)
    target = _writable_target(args.output, path)
    db = _open(path, args.user)
    try:
        actor = sign_in(db, args.user)
        try:
            done = write(db, actor, target)
        except OSError as error:
            raise CommandError(
                translate("Cli", "Cannot write {target}: {reason}.").format(
                    target=target, reason=error.strerror or type(error).__name__),
                EXIT_FAILED,
            ) from None
    finally:
        db.close()
    print(done)
    return 0


def run_report_record(args: argparse.Namespace) -> int:
    from infoshare_desktop.services import reporting

    def write(db: Database, actor: User, target: Path) -> str:
        pages = reporting.write_record_report(db, actor, args.reference, target, translate)
        return translate("Cli", "Wrote the decision record ({pages} pages) to {target}.").format(
            pages=pages, target=target)

    return _run_report(args, write)


def run_report_supervision(args: argparse.Namespace) -> int:
    from infoshare_desktop.services import reporting

    def write(db: Database, actor: User, target: Path) -> str:
        result = reporting.write_supervision_report(
            db, actor, args.practitioner, args.since, args.until, target, translate)
        return translate(
            "Cli", "Wrote the supervision report ({count} decisions, {pages} pages) to "
                   "{target}.").format(count=result.decisions, pages=result.pages,
                                       target=target)

    return _run_report(args, write)


def _team_id(db: Database, name: str | None) -> int | None:
    from infoshare_desktop.services import accounts

    if name is None:
        return None
    for team in accounts.list_teams(db):
        if team.name.casefold() == name.strip().casefold():
            return team.id
    raise CommandError(
        translate("Cli", "There is no team called {name}.").format(name=name), EXIT_FAILED)


def run_report_guardian(args: argparse.Namespace) -> int:
    from infoshare_desktop.services import reporting

    def write(db: Database, actor: User, target: Path) -> str:
        pages = reporting.write_guardian_report(
            db, actor, args.since, args.until, target, team_id=_team_id(db, args.team),
            translate=translate)
        return translate("Cli", "Wrote the Caldicott Guardian report ({pages} pages) to "
                                "{target}.").format(pages=pages, target=target)

    return _run_report(args, write)


def run_report_subject(args: argparse.Namespace) -> int:
    from infoshare_desktop.services import reporting

    def write(db: Database, actor: User, target: Path) -> str:
        pages = reporting.write_subject_pack(
            db, actor, args.case_reference, target, args.redact_third_parties,
            translate=translate)
        return translate("Cli", "Wrote the subject access pack ({pages} pages) to "
                                "{target}.").format(pages=pages, target=target)

    return _run_report(args, write)


#: The ``infoshare report`` commands; add a kind here and in ``REPORT_PARSERS``.
REPORT_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "record": run_report_record,
    "supervision": run_report_supervision,
    "guardian": run_report_guardian,
    "subject": run_report_subject,
}


# --- Backups, restore and the integrity check -------------------------------------------


def _add_backup_commands(commands: argparse._SubParsersAction, db_help: str) -> None:  # type: ignore[type-arg]
    backup = commands.add_parser(
        "backup",
        help=translate("Cli", "copy the database to a backup file (administrators)"),
        description=translate(
            "Cli",
            "Copy the database, while it is in use, to a backup file that can be "
            "restored later with 'infoshare restore'. An encrypted database's backup is "
            "encrypted with the same key, and its keyring file (FILE.keys) is written "
            "beside it. The app also backs up by itself, at the first start of each day, "
            "into the 'backups' folder beside the database. Recorded in the audit trail.",
        ),
    )
    backup.add_argument(
        "-o", "--output", metavar="FILE", required=True,
        help=translate("Cli", "the backup file to write (replaced if it exists)"),
    )
    restore = commands.add_parser(
        "restore",
        help=translate("Cli", "replace the database with a backup (administrators)"),
        description=translate(
            "Cli",
            "Replace the database with a backup. The backup is checked first (that it "
            "is undamaged, an InfoShare database, and of a version this InfoShare "
            "knows), and the database as it is now is kept in the 'backups' folder "
            "beside it before it is replaced. Everything saved since the backup was "
            "made is replaced. Asks before going ahead unless --yes is given. If the "
            "database is too damaged to open, nobody can sign in to it: then give --yes.",
        ),
    )
    restore.add_argument(
        "--from", dest="source", metavar="FILE", required=True,
        help=translate("Cli", "the backup file to restore"),
    )
    restore.add_argument(
        "--yes", action="store_true",
        help=translate("Cli", "do not ask before replacing the database"),
    )
    check = commands.add_parser(
        "check",
        help=translate("Cli", "check the database file for damage"),
        description=translate(
            "Cli",
            "Check the database file for damage without changing it: SQLite's "
            "integrity check, the links between tables, and the whole audit trail as "
            "'infoshare audit verify' checks it (every event, every kept version and every "
            "locked record). Prints 'Database OK: N decisions, integrity check passed', "
            "then the audit trail's result and how long checking it took, and exits with "
            "0, or prints the problem and exits with 1 (2 if the file is not an InfoShare "
            "database this version can use). No sign-in is needed, except to unlock an "
            "encrypted database (--user).",
        ),
    )
    for sub in (backup, restore, check):
        _add_database_options(sub, db_help)
        _add_user_option(sub)


def _key_without_opening(path: Path, given_username: str | None) -> bytes | None:
    """An encrypted database's key, from its keyring and a user's password; None if plain."""
    from infoshare_desktop.services import backup

    if not backup.is_encrypted(path):
        return None
    username = _username(given_username)
    try:
        return backup.key_from_keyring(path, username, _password(username))
    except AuthenticationError as error:
        raise CommandError(_said(error), EXIT_REFUSED) from None


def _restore_key(path: Path, source: Path, given_username: str | None) -> bytes | None:
    """The key to restore ``source`` over a database that cannot be opened (None: plain):
    from the database's keyring or, if that is missing or damaged, the backup's own."""
    from infoshare_desktop.services import backup

    if not backup.is_encrypted(source) and not backup.is_encrypted(path):
        return None
    username = _username(given_username)
    try:
        return backup.key_for_restore(path, source, username, _password(username))
    except AuthenticationError as error:
        raise CommandError(_said(error), EXIT_REFUSED) from None


def run_backup(args: argparse.Namespace) -> int:
    from infoshare_desktop.services import backup

    path = _existing_database(args.db)
    target = _writable_target(args.output, path)
    db = _open(path, args.user)
    try:
        actor = sign_in(db, args.user)
        _require_administrator(actor)
        try:
            made = backup.make_backup(db, actor, target)
        except backup.BackupError as error:
            raise CommandError(_said(error), EXIT_FAILED) from None
    finally:
        db.close()
    print(translate("Cli", "Backed up the database to {target}.").format(target=made))
    return 0


def _confirm_restore(path: Path, source: Path, made: str) -> None:
    """Ask at the terminal before replacing the database; refuse without a terminal."""
    if not _can_prompt():
        raise CommandError(translate(
            "Cli", "Restoring replaces the database: add --yes to go ahead without being "
                   "asked."), EXIT_REFUSED)
    answer = input(translate(
        "Cli", "Replace {path} with the backup {source} ({made})? Everything saved since "
               "then is replaced; the current database is kept in the backups folder. "
               "Type yes to go ahead: ").format(path=path, source=source, made=made))
    if answer.strip().casefold() not in ("yes", "y"):
        raise CommandError(translate("Cli", "Not restored: nothing changed."), EXIT_REFUSED)


def run_restore(args: argparse.Namespace) -> int:
    from infoshare_desktop.services import backup

    path = _file_only(config.resolve_database(args.db), translate("Cli", "Restoring a backup"))
    source = Path(args.source).expanduser()
    if not source.is_file():
        raise CommandError(translate("Cli", "There is no backup at {source}.").format(
            source=source), EXIT_FAILED)
    try:
        db = _open(path, args.user) if path.is_file() else None
        why = "" if db is not None else translate("Cli", "there is no database there")
    except CommandError as error:
        if error.code != EXIT_UNUSABLE:  # a wrong password is not a damaged file
            raise
        db, why = None, str(error)
    try:
        if db is not None:
            actor = sign_in(db, args.user)
            _require_administrator(actor)
            checked = backup.check_backup(source, db.key)
            if not checked.ok:
                raise CommandError(translate("Cli", "Not restored: {problem}").format(
                    problem=checked.describe(translate)), EXIT_FAILED)
            if not args.yes:
                _confirm_restore(path, source, backup.made_text(source))
            before = backup.restore_database(db, actor, source)
        else:
            if not args.yes:
                raise CommandError(translate(
                    "Cli", "The database at {path} cannot be opened ({why}), so nobody can "
                           "sign in to confirm the restore. If you are sure, run the command "
                           "again with --yes.").format(path=path, why=why), EXIT_REFUSED)
            key = _restore_key(path, source, args.user)
            before = backup.restore(path, source, key, None, signed_in=False)
    except backup.BackupError as error:
        raise CommandError(_said(error), EXIT_FAILED) from None
    finally:
        if db is not None:
            db.close()
    print(translate("Cli", "Restored {path} from {source}.").format(path=path, source=source))
    if before != source.absolute():
        print(translate("Cli", "The database as it was before is kept in {before}.").format(
            before=before))
    return 0


def run_check(args: argparse.Namespace) -> int:
    from infoshare_desktop.services import audit, backup

    path = _file_only(_existing_database(args.db), translate("Cli", "Checking for damage"))
    key = _key_without_opening(path, args.user)
    result = backup.check_file(path, key, full=True)
    trail = None
    if result.ok or result.trail:
        # The whole trail, as audit verify checks it: the first bad event or record named.
        started = time.perf_counter()
        trail = audit.verify_file(path, key, result.revision, immutable=result.read_only)
        checked = translate("Cli", "Audit trail {result} (checked in {seconds:.1f} s).").format(
            result=trail.message.text(translate) if trail is not None else "",
            seconds=time.perf_counter() - started)
        if trail is not None and not trail.ok:
            print(translate("Cli", "Database NOT OK: {problem}").format(problem=checked))
            return EXIT_FAILED
    if result.ok:
        print(translate("Cli", "Database OK: {count} decisions, integrity check passed.")
              .format(count=result.decisions))
        if trail is None:
            print(translate(
                "Cli", "The audit trail was checked only at its end: this database has an "
                       "older layout. Open it once with this version of InfoShare (it is "
                       "upgraded, after a backup), then check it again."))
        else:
            print(checked)
            if trail.note is not None:
                print(trail.note.text(translate))
        if result.read_only:
            print(translate(
                "Cli", "{path} is on a read-only drive or in a read-only folder: it was "
                       "checked where it is, but InfoShare can only work in it from a folder "
                       "you can change.").format(path=path))
        return 0
    print(translate("Cli", "Database NOT OK: {problem}").format(problem=result.describe(translate)))
    return EXIT_UNUSABLE if result.foreign else EXIT_FAILED


# --- The team server -----------------------------------------------------------------------


def run_migrate(args: argparse.Namespace) -> int:
    """Copy a whole log into an empty database and check the copy (see ``services.transfer``)."""
    from infoshare_desktop.services import transfer

    source_location = config.resolve_database(args.source)
    if isinstance(source_location, Path) and not source_location.is_file():
        raise CommandError(translate("Cli", "There is no database at {path}.").format(
            path=source_location))
    target_location = config.resolve_database(args.target)
    if target_location == source_location:
        raise CommandError(translate("Cli", "--from and --to name the same database."))
    source = _open(source_location, args.user)
    try:
        actor = sign_in(source, args.user)
        _require_administrator(actor)
        target = _open(target_location)
        shown = target.name
        try:
            started = time.perf_counter()
            try:
                moved = transfer.copy_log(source, target, actor, shown)
            except transfer.TargetNotEmptyError as error:
                raise CommandError(_said(error), EXIT_REFUSED) from None
            except transfer.TransferCheckError as error:
                raise CommandError(_said(error), EXIT_FAILED) from None
            transfer.retire(source, actor, shown)
        finally:
            target.close()
    finally:
        source.close()
    print(translate(
        "Cli", "Moved {decisions} decisions and {events} audit events to {target} in "
               "{seconds:.1f} s. Every table has the same rows on both sides; the audit "
               "trail checks: {chain}.").format(
        decisions=moved.decisions, events=moved.events, target=shown,
        seconds=time.perf_counter() - started, chain=moved.chain.text))
    print(translate(
        "Cli", "Now point every copy of InfoShare at {target} (IT's config.ini, [database] "
               "url). The old database is marked as moved, so InfoShare will not open it "
               "again; its records are not changed, and it can be kept as a backup "
               "('infoshare reopen' makes it usable again).").format(target=shown))
    return 0


def run_reopen(args: argparse.Namespace) -> int:
    """Use a log again after it was moved (see ``services.transfer.reopen``)."""
    from infoshare_desktop.services import transfer

    db = _open(config.resolve_database(args.db), args.user, moved_ok=True)
    try:
        actor = sign_in(db, args.user)
        _require_administrator(actor)
        was = transfer.reopen(db, actor)
    except ServiceError as error:
        raise CommandError(_said(error), EXIT_REFUSED) from None
    finally:
        db.close()
    if was is None:
        print(translate("Cli", "{name} was not marked as moved: nothing changed.").format(
            name=_said_name(db)))
    else:
        print(translate(
            "Cli", "InfoShare will open {name} again. Its log had been moved to {target}: "
                   "records made there since are not in this copy.").format(
            name=_said_name(db), target=was.to))
    return 0


def run_server_password(args: argparse.Namespace) -> int:
    from infoshare_desktop.services import server_credentials
    from infoshare_desktop.services.database import ServerLoginError

    address = config.resolve_database(args.db)
    if not isinstance(address, str):
        raise CommandError(translate(
            "Cli", "Give the server's address with --database-url: only a server database "
                   "has a server password."))
    shown = server_credentials.shown(address)
    if args.forget:
        if server_credentials.forget_password(address):
            print(translate("Cli", "Forgot the password for {server}.").format(server=shown))
        else:
            print(translate("Cli", "No password was remembered for {server}.").format(
                server=shown))
        return 0
    password = os.environ.get(NEW_PASSWORD_ENV)
    if not password:
        if not _can_prompt():
            raise CommandError(translate(
                "Cli", "No password: set {env}, or run the command in a terminal to be asked "
                       "for it.").format(env=NEW_PASSWORD_ENV))
        password = getpass.getpass(translate("Cli", "Password for {server}: ").format(
            server=shown))
    try:
        open_database(address, password).close()
    except ServerLoginError as error:
        raise CommandError(_said(error), EXIT_REFUSED) from None
    if not server_credentials.save_password(address, password):
        raise CommandError(translate(
            "Cli", "This PC has no password store (keyring) to keep it in. Use PostgreSQL's "
                   "own ~/.pgpass file (readable by you only) or PGPASSWORD instead."),
            EXIT_FAILED)
    print(translate("Cli", "Checked and remembered the password for {server} on this PC.")
          .format(server=shown))
    return 0


BACKUP_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "backup": run_backup,
    "restore": run_restore,
    "check": run_check,
}


AUDIT_COMMANDS = {
    "verify": run_audit_verify,
    "export": run_audit_export,
}


USER_COMMANDS = {
    "add": run_user_add,
    "list": run_user_list,
    "deactivate": run_user_deactivate,
    "reset-password": run_user_reset_password,
}

#: Which option or argument a problem's field comes from, to say where to fix it.
_OPTION_FOR_FIELD = {
    "username": "USERNAME",
    "full_name": "--full-name",
    "job_title": "--job-title",
    "roles": "--role",
    "teams": "--team",
    "name": "--team",
    "organisation_name": "--organisation",
    "protective_marking": "--marking",
    "password": NEW_PASSWORD_ENV,
    "new_password": NEW_PASSWORD_ENV,
}


def _dispatch(args: argparse.Namespace) -> int:
    if args.global_user is not None:
        if args.command in (None, "demo"):
            raise CommandError(translate(
                "Cli",
                "--user is for 'infoshare export csv', 'infoshare user', 'infoshare "
                "audit' and 'infoshare report'. The app asks who you are when it opens, "
                "and the demo signs in as its own people.",
            ))
        args.user = args.user or args.global_user
    if args.command == "demo":
        return run_demo(args.db, args.records, args.seed, args.plain)
    if args.command == "encrypt":
        return run_encrypt(args)
    if args.command == "export":
        return run_export_csv(args.db, args.output, args.user)
    if args.command == "user":
        return USER_COMMANDS[args.user_command](args)
    if args.command == "audit":
        return AUDIT_COMMANDS[args.audit_command](args)
    if args.command == "report":
        return REPORT_COMMANDS[args.report_command](args)
    if args.command in BACKUP_COMMANDS:
        return BACKUP_COMMANDS[args.command](args)
    if args.command == "migrate":
        return run_migrate(args)
    if args.command == "reopen":
        return run_reopen(args)
    if args.command == "server-password":
        return run_server_password(args)
    return run_app(args.db)


def _tolerant_streams() -> None:
    """A file name that is not valid UTF-8 (allowed on Linux) must print, not crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(OSError, ValueError):  # closed or detached: leave it
                reconfigure(errors="backslashreplace")


def _said(error: BaseException) -> str:
    """A storage or service error's message in the user's language (anything else as is)."""
    if isinstance(error, ExplainedError):
        return error.text(translate)
    return str(error)


def _said_name(db: Database) -> str:
    """The database's short name in a sentence: a file's name, or "DB on HOST" translated."""
    label = db.label
    return label.text(translate) if isinstance(label, Message) else label


def _error(message: str) -> None:
    """One line on stderr; newlines inside a message would break that promise, and a
    control character typed in an argument (an ESC, say) is shown, not obeyed."""
    from infoshare_desktop.domain.safe_text import visible

    line = visible(" ".join(str(message).split()), line_breaks=False)
    sys.stderr.write(f"{PROG}: {line}\n")
    sys.stderr.flush()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 when all went well)."""
    _tolerant_streams()
    logs.setup_logging()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except _ParserExit as done:
        return done.status
    for problem in machine_config.load().problems:  # IT's file: said, then carry on
        _error(problem.render(translate))
    try:
        return _dispatch(args)
    except CommandError as error:
        _error(str(error))
        return error.code
    except StorageError as error:
        _error(_said(error))
        return EXIT_UNUSABLE
    except ValidationError as error:
        for problem in error.problems:
            where = _OPTION_FOR_FIELD.get(problem.field, problem.field)
            _error(f"{where}: {problem_text(problem, translate)}")
        return EXIT_FAILED
    except (PermissionDeniedError, AuthenticationError) as error:
        _error(_said(error))
        return EXIT_REFUSED
    except ServiceError as error:
        _error(_said(error))
        return EXIT_FAILED
    except UnicodeEncodeError:
        # On Linux an argument may hold bytes that are not text (a broken paste): such
        # a name or reference matches nothing and cannot be stored.
        _error(translate("Cli", "An argument holds a character that is not valid text: "
                                "type it again."))
        return EXIT_UNUSABLE
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
    finally:
        _typed_passwords.clear()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
