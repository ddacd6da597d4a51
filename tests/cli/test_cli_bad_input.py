"""The command line given nonsense: any text for paths, references, dates and names.

Whatever is typed, ``infoshare`` ends with exit code 0, 1, 2 or 4 and, on failure, one
plain line on stderr (argparse's own usage errors: its usage and one line); never a
traceback, and never 3, which means a bug. Every path given is inside the test's
folder, and the working folder and home are there too, so nothing is written
anywhere else.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infoshare_desktop import cli
from infoshare_desktop.domain.vocab import RecordStatus, Role
from infoshare_desktop.storage.database import Database
from infoshare_desktop.ui import app
from tests import strategies as hostile
from tests.factories import quick_hashing
from tests.services.org import PASSWORD, Org, build

ALLOWED_CODES = {0, cli.EXIT_FAILED, cli.EXIT_UNUSABLE, cli.EXIT_REFUSED}
KEPT = {"admin", "author", "manager"}

#: Text for one argument: anything, awkward characters, or almost-valid values. A real
#: argument cannot hold a NUL byte (the operating system passes C strings), so none do.
_arg = hostile.any_text.map(lambda text: text.replace("\x00", "")) | st.sampled_from([
    "", " ", "admin", "author", "manager", "IS-2026-000001", "IS-9999-999999", "0", "-1",
    "2026-11-03", "0001-01-01", "9999-12-31", "03/11/2026", "31/12/9999", "01/01/0001",
    "29/02/2023", "Team A", "administrator", "practitioner", "\u202eadmin", "ADMIN ",
])


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Org]]:
    """A real database with an administrator, a practitioner and a few records."""
    root = tmp_path_factory.mktemp("cli-bad-input")
    with quick_hashing():
        db = Database.open(root / "infoshare.db")
        try:
            org = build(db)
            org.add_user("manager", Role.MANAGER, manages=(org.team_a,))
            for status in (RecordStatus.DRAFT, RecordStatus.SUBMITTED,
                           RecordStatus.COMPLETED):
                org.record(status)
        finally:
            db.close()
        yield root, org


@pytest.fixture
def place(world: tuple[Path, Org], monkeypatch: pytest.MonkeyPatch) -> Path:
    """Work, home and every output inside the test's folder; the password in the env."""
    root, _ = world
    work = root / "work"
    work.mkdir(exist_ok=True)
    monkeypatch.chdir(work)
    monkeypatch.setenv("HOME", str(work))
    monkeypatch.setenv(cli.PASSWORD_ENV, PASSWORD)
    monkeypatch.setenv(cli.NEW_PASSWORD_ENV, "a-new-password-123")
    monkeypatch.delenv(cli.USER_ENV, raising=False)
    monkeypatch.delenv("INFOSHARE_DB", raising=False)
    monkeypatch.setattr(cli, "_can_prompt", lambda: False)  # never wait for a password
    # With no command the app's window would open and wait for a person.
    monkeypatch.setattr(app, "run_gui", lambda path, **_: 0)
    return root


def _inside(root: Path, text: str, folder: str = "out") -> str:
    """``text`` as a file name inside ``root`` (a slash cannot climb out of it)."""
    name = text.replace("/", "\u2215").replace(os.sep, "\u2215") or "empty"
    return str(root / folder / name)


def _assert_clean_exit(code: int, capsys: pytest.CaptureFixture[str]) -> None:
    out, err = capsys.readouterr()
    assert code in ALLOWED_CODES, (code, err)
    assert "Traceback" not in err and "Traceback" not in out
    if code == 0:
        return
    lines = err.splitlines()
    assert lines, "a failure must say why"
    if lines[0].startswith("usage:"):  # argparse: usage, then the one-line error
        assert re.match(rf"{cli.PROG}( [\w-]+)*: error: ", lines[-1]), err
    elif code == cli.EXIT_FAILED and len(lines) > 1:  # one line per problem to fix
        assert all(line.startswith(f"{cli.PROG}: ") for line in lines), err
    else:
        assert len(lines) == 1, err
        assert lines[0].startswith(f"{cli.PROG}: ")


def _small_count(text: str) -> bool:
    """Demo counts are kept small (a number in the thousands would take minutes)."""
    try:
        return int(text) <= 3
    except ValueError:
        return True


@st.composite
def _commands(draw: st.DrawFn, root: Path) -> list[str]:
    db = str(root / "infoshare.db")
    any_db = st.sampled_from([db, str(root / "missing" / "x.db")]) | _arg.map(
        lambda text: _inside(root, text, "dbs"))
    out = _arg.map(lambda text: _inside(root, text))
    user = st.sampled_from(["admin", "author", "manager"]) | _arg
    template = draw(st.sampled_from([
        "user list", "user add", "user deactivate", "user reset", "export", "record",
        "supervision", "guardian", "subject", "audit export", "audit verify", "demo",
        "free",
    ]))
    head = ["--db", draw(st.sampled_from([db]) | any_db)]
    if template == "user list":
        return [*head, "user", "list", "--user", draw(user)]
    if template == "user add":
        return [
            *head, "user", "add", draw(_arg), "--full-name", draw(_arg), "--job-title",
            draw(_arg), "--role", draw(st.sampled_from([r.value for r in Role]) | _arg),
            "--team", draw(_arg), "--user", draw(user),
        ]
    # The accounts the other commands sign in as stay active and keep their password.
    other = _arg.filter(lambda text: text.strip().casefold() not in KEPT)
    if template == "user deactivate":
        return [*head, "user", "deactivate", draw(other), "--user", draw(user)]
    if template == "user reset":
        return [*head, "user", "reset-password", draw(other), "--user", draw(user)]
    if template == "export":
        return [*head, "export", "csv", "-o", draw(out), "--user", draw(user)]
    if template == "record":
        return [*head, "report", "record", draw(_arg), "-o", draw(out), "--user", draw(user)]
    if template in ("supervision", "guardian"):
        period = ["--from", draw(_arg), "--to", draw(_arg)]
        who = (["--practitioner", draw(user)] if template == "supervision"
               else ["--team", draw(_arg)])
        return [*head, "report", template, *period, *who, "-o", draw(out), "--user", draw(user)]
    if template == "subject":
        return [*head, "report", "subject", draw(_arg), "-o", draw(out), "--user", draw(user)]
    if template == "audit export":
        return [
            *head, "audit", "export", "-o", draw(out), "--since", draw(_arg), "--until",
            draw(_arg), "--record", draw(_arg), "--who", draw(_arg), "--user", draw(user),
        ]
    if template == "audit verify":
        return [*head, "audit", "verify", "--user", draw(user)]
    if template == "demo":
        return [*head, "demo", "--records", draw(_arg.filter(_small_count))]
    # Free form: any words after the database, but never another path option (and no
    # abbreviation of one), so nothing can be written outside the test's folder.
    word = _arg.filter(lambda text: not text.startswith("-"))
    flags = st.sampled_from(["--user", "--records", "--seed", "--from", "--to", "--since",
                             "--redact-third-parties", "--help", "--version", "--role"])
    return head + draw(st.lists(word | flags | st.sampled_from(
        ["user", "add", "list", "report", "record", "audit", "export", "csv", "demo"]),
        max_size=6))


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_any_arguments_end_cleanly(
    place: Path, data: st.DataObject, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = data.draw(_commands(place))
    code = cli.main(argv)
    _assert_clean_exit(code, capsys)


@pytest.mark.parametrize(
    "argv",
    [
        ["report", "supervision", "--practitioner", "author", "--from", "0001-01-01",
         "--to", "9999-12-31"],
        ["report", "guardian", "--from", "9999-12-31", "--to", "9999-12-31"],
        ["report", "guardian", "--from", "0001-01-01", "--to", "0001-01-01"],
        ["audit", "export", "--since", "01/01/0001", "--until", "31/12/9999"],
        ["report", "record", "IS-2026-000001\u202e"],
        ["report", "subject", "\ud800"],
        ["user", "list", "--user", "adm\ud800in"],
        ["export", "csv", "--user", "author\udcff"],
    ],
)
def test_calendar_edges_and_odd_characters_in_arguments(
    place: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    user = [] if "--user" in argv else ["--user", "admin" if "guardian" not in argv
                                          else "manager"]
    output = ["-o", _inside(place, "edge")] if argv[0] in ("report", "audit", "export") else []
    code = cli.main(["--db", str(place / "infoshare.db"), *argv, *output, *user])
    _assert_clean_exit(code, capsys)


def test_odd_characters_in_the_database_path_are_reported_cleanly(
    place: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("half\ud800.db", "bytes\udcff.db", "\u202eevil.db"):
        code = cli.main(["--db", _inside(place, name, "dbs"), "user", "list",
                         "--user", "admin"])
        _assert_clean_exit(code, capsys)
        assert code == cli.EXIT_UNUSABLE
