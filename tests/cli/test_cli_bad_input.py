"""The command line given nonsense: any text for paths, references, dates and names.

Whatever is typed, ``infoshare`` ends with exit code 0, 1, 2 or 4 and, on failure, one
plain line on stderr (a mistyped option or value too: no usage block); never a
traceback, and never 3, which means a bug. Every path given is inside the test's
folder, and the working folder and home are there too, so nothing is written
anywhere else.

Then the bad input an outside tester found, each refused in one line with a non-zero
exit and the file left as it was: an empty file as the database, a database on a
read-only drive, a full disk under a backup or a demo, dates and counts typed wrong,
control characters in what is exported, printed or logged, record content in an
administrator's audit export, a restore whose database lost its key file, and
SQLCipher's own log lines.
"""

from __future__ import annotations

import os
import subprocess
import sys
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
    assert not any(line.startswith("usage:") for line in lines), err
    if code == cli.EXIT_FAILED and len(lines) > 1:  # one line per problem to fix
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


# --- The bad input an outside tester found -------------------------------------------------

#: Characters that must never reach an export, a report or a log raw.
HIDDEN = "\x00\x07\x08\x1b\x7f\x9b\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
#: A note holding them: a NUL, a terminal's "clear screen", a bell, a bidirectional
#: override that turns "gpj.exe" round, and a spreadsheet formula at the start.
HOSTILE = "=cmd|' /C calc'!A0 nul\x00 esc\x1b[2J bel\x07 \u202egpj.exe\u202c isolate\u2066x\u2069"


def _one_line(capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    """(stdout, the one line on stderr): never a usage block or a traceback."""
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "usage:" not in err, err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"{cli.PROG}: "), err
    return out, lines[0]


def _listing(folder: Path) -> dict[str, int]:
    """Every file under ``folder`` and its size."""
    return {str(p.relative_to(folder)): p.stat().st_size for p in sorted(folder.rglob("*"))
            if p.is_file()}


@pytest.fixture
def people(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Org]:
    """A closed database (``org.db.path``) with an administrator, a practitioner, a
    manager and a Caldicott Guardian; commands run in ``tmp_path``."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv(cli.PASSWORD_ENV, PASSWORD)
    monkeypatch.setenv(cli.NEW_PASSWORD_ENV, "a-new-password-123")
    monkeypatch.delenv(cli.USER_ENV, raising=False)
    monkeypatch.delenv("INFOSHARE_DB", raising=False)
    monkeypatch.setattr(cli, "_can_prompt", lambda: False)
    monkeypatch.setattr(app, "run_gui", lambda path, **_: 0)
    db = Database.open(tmp_path / "log" / "infoshare.db")
    try:
        org = build(db)
        org.add_user("manager", Role.MANAGER, manages=(org.team_a,))
        org.add_user("guardian", Role.GUARDIAN)
    finally:
        db.close()
    yield org


def _path(org: Org) -> Path:
    assert org.db.path is not None
    return org.db.path


# An empty file as the database ------------------------------------------------------------

#: Every command that opens an existing database (and the app), with what it needs.
OPENING = {
    "app": [],
    "export": ["export", "csv", "-o", "{out}/x.csv", "--user", "guardian"],
    "user list": ["user", "list", "--user", "admin"],
    "user add": ["user", "add", "newbie", "--full-name", "New Person", "--role",
                 "administrator", "--organisation", "Testshire Council"],
    "user deactivate": ["user", "deactivate", "author", "--user", "admin"],
    "user reset-password": ["user", "reset-password", "author", "--user", "admin"],
    "report record": ["report", "record", "IS-2026-000001", "-o", "{out}/r.pdf",
                      "--user", "guardian"],
    "report supervision": ["report", "supervision", "--practitioner", "author", "--from",
                           "01/01/2026", "--to", "31/12/2026", "-o", "{out}/s.pdf",
                           "--user", "guardian"],
    "report guardian": ["report", "guardian", "--from", "2026-01-01", "--to", "2026-12-31",
                        "-o", "{out}/g.pdf", "--user", "guardian"],
    "report subject": ["report", "subject", "CM-1", "-o", "{out}/p.pdf", "--user", "guardian"],
    "audit verify": ["audit", "verify", "--user", "admin"],
    "audit export": ["audit", "export", "-o", "{out}/a.csv", "--user", "admin"],
    "backup": ["backup", "-o", "{out}/b.db", "--user", "admin"],
    "check": ["check"],
    "encrypt": ["encrypt", "--user", "admin"],
    "reopen": ["reopen", "--user", "admin"],
    "migrate": ["migrate", "--from", "{db}", "--to", "{out}/moved.db", "--user", "admin"],
}


@pytest.mark.parametrize("command", list(OPENING))
def test_an_empty_file_is_refused_as_a_database_and_left_empty(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    command: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(cli.PASSWORD_ENV, PASSWORD)
    monkeypatch.setattr(cli, "_can_prompt", lambda: False)
    opened: list[object] = []
    monkeypatch.setattr(app, "run_gui", lambda path, **_: opened.append(path) or 0)
    empty = tmp_path / "empty.db"
    empty.touch()
    (tmp_path / "out").mkdir()
    argv = [arg.format(out=tmp_path / "out", db=empty) for arg in OPENING[command]]

    code = cli.main([*(["--db", str(empty)] if command != "migrate" else []), *argv])

    _, line = _one_line(capsys)
    assert code == cli.EXIT_UNUSABLE, line
    assert "empty.db is empty (0 bytes)" in line
    assert opened == []
    assert _listing(tmp_path) == {"empty.db": 0}, "the file was filled, or something made"


def test_a_missing_database_and_an_empty_one_are_refused_alike(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, PASSWORD)
    codes = []
    for name in ("missing.db", "empty.db"):
        if name == "empty.db":
            (tmp_path / name).touch()
        codes.append(cli.main(["--db", str(tmp_path / name), "user", "list",
                               "--user", "admin"]))
        _one_line(capsys)
    assert codes == [cli.EXIT_UNUSABLE, cli.EXIT_UNUSABLE]
    assert _listing(tmp_path) == {"empty.db": 0}


def test_the_demo_still_fills_an_empty_file_it_is_given(
    capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    """``mktemp`` makes an empty file: the demo, which makes new databases, may use it."""
    empty = tmp_path / "training.db"
    empty.touch()
    assert cli.main(["demo", "--db", str(empty), "--records", "0", "--plain"]) == 0
    capsys.readouterr()
    assert empty.stat().st_size > 0


# Arguments typed wrong ------------------------------------------------------------------------

MISTYPED = {
    "records negative": ["demo", "--records", "-1"],
    "records a word": ["demo", "--records", "many"],
    "records a fraction": ["demo", "--records", "2.5"],
    "records empty": ["demo", "--records", ""],
    "seed a word": ["demo", "--records", "1", "--seed", "one"],
    "from not a date": ["report", "guardian", "--from", "yesterday", "--to", "31/12/2026",
                        "-o", "g.pdf", "--user", "guardian"],
    "to impossible": ["report", "guardian", "--from", "01/01/2026", "--to", "31/02/2026",
                      "-o", "g.pdf", "--user", "guardian"],
    "from month 13": ["report", "supervision", "--practitioner", "author", "--from",
                      "2026-13-01", "--to", "2026-12-31", "-o", "s.pdf", "--user", "guardian"],
    "to US order": ["report", "supervision", "--practitioner", "author", "--from",
                    "01/01/2026", "--to", "12/31/2026", "-o", "s.pdf", "--user", "guardian"],
    "since not a date": ["audit", "export", "--since", "1st May", "-o", "a.csv",
                         "--user", "admin"],
    "until with a time": ["audit", "export", "--until", "2026-05-01T10:00", "-o", "a.csv",
                          "--user", "admin"],
    "unknown option": ["--colour", "user", "list", "--user", "admin"],
    "unknown option after a command": ["user", "list", "--user", "admin", "--everyone"],
    "unknown option to a report": ["report", "record", "IS-2026-000001", "-o", "r.pdf",
                                   "--user", "guardian", "--landscape"],
    "unknown command": ["frobnicate"],
    "unknown action": ["audit", "erase"],
    "missing value": ["audit", "export", "-o"],
    "missing option": ["report", "guardian", "-o", "g.pdf"],
    "a control character": ["user", "list", "--user", "admin", "--\x1b[2J"],
}


@pytest.mark.parametrize("argv", list(MISTYPED.values()), ids=list(MISTYPED))
def test_a_mistyped_argument_is_one_line_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], people: Org, argv: list[str],
) -> None:
    folder = _path(people).parent.parent
    before = _listing(folder)
    code = cli.main(["--db", str(_path(people)), *argv])
    _, line = _one_line(capsys)
    assert code == cli.EXIT_UNUSABLE, line
    assert "--help" in line  # where to look
    assert "\x1b" not in line  # shown, not obeyed
    assert _listing(folder) == before


@pytest.mark.parametrize("option", ["--from", "--to"])
def test_a_bad_date_names_the_option_and_the_forms_it_takes(
    capsys: pytest.CaptureFixture[str], people: Org, option: str,
) -> None:
    dates = {"--from": "01/01/2026", "--to": "31/12/2026", option: "32/01/2026"}
    code = cli.main(["--db", str(_path(people)), "report", "guardian", "--from",
                     dates["--from"], "--to", dates["--to"], "-o", "g.pdf", "--user",
                     "guardian"])
    _, line = _one_line(capsys)
    assert code == cli.EXIT_UNUSABLE
    assert f"argument {option}: must be a date as dd/mm/yyyy (or yyyy-mm-dd)" in line
    assert "'32/01/2026'" in line


@pytest.mark.parametrize("form", ["uk", "iso"])
def test_every_date_option_takes_uk_and_iso_dates(
    capsys: pytest.CaptureFixture[str], people: Org, tmp_path: Path, form: str,
) -> None:
    from dataclasses import replace

    first, last = (("01/01/2020", "31/12/2099") if form == "uk"
                   else ("2020-01-01", "2099-12-31"))
    opened = Database.open(_path(people))
    try:
        replace(people, db=opened).record(RecordStatus.COMPLETED)  # a decision to report
    finally:
        opened.close()
    db = ["--db", str(_path(people))]
    for argv in (
        ["report", "guardian", "--from", first, "--to", last, "-o", "g.pdf",
         "--user", "guardian"],
        ["report", "supervision", "--practitioner", "author", "--from", first, "--to", last,
         "-o", "s.pdf", "--user", "guardian"],
        ["audit", "export", "--since", first, "--until", last, "-o", "a.csv",
         "--user", "admin"],
    ):
        code = cli.main([*db, *argv])
        _, err = capsys.readouterr()
        assert code == 0, err
        assert err == ""
    assert (tmp_path / "a.csv").exists() and (tmp_path / "g.pdf").exists()


# A database on a read-only drive -----------------------------------------------------------


def _read_only_drive(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """What SQLite meets on a read-only drive, as root meets it too: it cannot make the
    ``-shm`` file a WAL database needs, so opening the file even to read it fails, and
    the drive says it cannot be written."""
    import sqlite3

    from infoshare_desktop.storage import sqlite as sqlite_storage

    real = sqlite_storage._raw_connect

    def refused(where: Path, key: bytes | None, *, read_only: bool = False,
                immutable: bool = False) -> object:
        if Path(where).resolve() == path.resolve() and not immutable:
            raise sqlite3.OperationalError("unable to open database file")
        return real(where, key, read_only=read_only, immutable=immutable)

    monkeypatch.setattr(sqlite_storage, "_raw_connect", refused)
    real_check = sqlite_storage.cannot_write
    monkeypatch.setattr(sqlite_storage, "cannot_write",
                        lambda where: Path(where) == path or real_check(where))
    path.chmod(0o444)  # as it would be for anyone but root
    path.parent.chmod(0o555)


def test_check_on_a_read_only_drive_says_read_only_not_damaged(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, people: Org,
) -> None:
    path = _path(people)
    before = path.read_bytes()
    _read_only_drive(monkeypatch, path)
    try:
        code = cli.main(["--db", str(path), "check"])
        out, err = capsys.readouterr()
        assert code == 0, out + err
        assert err == ""
        assert out.startswith("Database OK: 0 decisions")
        assert "read-only drive or in a read-only folder" in out
        assert "damaged" not in out

        # Opening it to work in it is refused, and says why: not damage.
        code = cli.main(["--db", str(path), "user", "list", "--user", "admin"])
        _, line = _one_line(capsys)
        assert code == cli.EXIT_UNUSABLE
        assert "read-only drive or in a read-only folder" in line
        assert "does not mean it is damaged" in line
    finally:
        path.parent.chmod(0o755)
        path.chmod(0o600)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def _can_mount_read_only(folder: Path) -> bool:
    try:
        done = subprocess.run(
            ["unshare", "-rm", "sh", "-c", 'mount --bind "$1" "$1" && '
             'mount -o remount,ro,bind "$1" && ! touch "$1/probe"', "sh", str(folder)],
            capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0 and not (folder / "probe").exists()


def test_check_on_a_real_read_only_mount(people: Org) -> None:
    """The same on a real read-only bind mount (a private mount namespace, where even
    root cannot write), when this machine allows one."""
    path = _path(people)
    if not _can_mount_read_only(path.parent):
        pytest.skip("no private read-only mounts here (unshare -rm)")
    before = path.read_bytes()
    script = ('mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" && shift && '
              'for command in check "user list --user admin"; do '
              '"$@" $command; echo "exit $?"; done')
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script, "sh", str(path.parent), sys.executable,
         "-m", "infoshare_desktop", "--db", str(path)],
        capture_output=True, text=True, timeout=300, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    out = done.stdout.splitlines()
    assert out[0].startswith("Database OK: 0 decisions"), done.stdout + done.stderr
    assert "read-only drive or in a read-only folder" in done.stdout
    assert out[-2:] == ["exit 0", f"exit {cli.EXIT_UNUSABLE}"]
    (line,) = done.stderr.splitlines()
    assert "read-only drive or in a read-only folder" in line and "damaged" in line
    assert path.read_bytes() == before


# A full disk -------------------------------------------------------------------------------


class _FillsUp:
    """A connection whose online backup writes one page, then finds the disk full."""

    def __init__(self, connection: object) -> None:
        self._connection = connection

    def backup(self, target: object, **_: object) -> None:
        import sqlite3

        def full(status: int, remaining: int, total: int) -> None:
            raise sqlite3.OperationalError("database or disk is full")

        self._connection.backup(target, pages=1, progress=full)  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        return getattr(self._connection, name)


def _disk_fills_up(monkeypatch: pytest.MonkeyPatch, how: str, source: Path) -> None:
    import errno

    from infoshare_desktop.storage import backup as backup_files

    if how == "enospc":  # the system says so as the copy is flushed to the disk
        def no_space(path: Path) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(backup_files, "fsync_file", no_space)
        return
    real = backup_files.connect  # SQLite says so as it writes the copy's pages

    def connect(path: Path, key: bytes | None, **kwargs: bool) -> object:
        connection = real(path, key, **kwargs)
        return _FillsUp(connection) if Path(path) == source else connection

    monkeypatch.setattr(backup_files, "connect", connect)


@pytest.mark.parametrize("how", ["enospc", "sqlite-full"])
def test_a_full_disk_during_a_backup_blames_the_target_and_leaves_nothing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, people: Org,
    tmp_path: Path, how: str,
) -> None:
    from tests.backup_files import snapshot

    path = _path(people)
    records = snapshot(path)["decision_records"]
    target_folder = tmp_path / "stick"
    target_folder.mkdir()
    _disk_fills_up(monkeypatch, how, path)

    code = cli.main(["--db", str(path), "backup", "-o", str(target_folder / "saved.db"),
                     "--user", "admin"])

    _, line = _one_line(capsys)
    assert code == cli.EXIT_FAILED
    assert "No space left where the backup is being written" in line
    assert str(target_folder) in line and "could not be read" not in line
    assert _listing(target_folder) == {}, "a half backup, -wal, -shm or -journal was left"
    assert snapshot(path)["decision_records"] == records


def test_a_full_disk_during_an_encrypted_backup_leaves_no_key_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:

    _cheap_keyring(monkeypatch)
    monkeypatch.setenv(cli.PASSWORD_ENV, PASSWORD)
    path = _encrypted_organisation(tmp_path / "secret.db")
    target_folder = tmp_path / "stick"
    target_folder.mkdir()
    _disk_fills_up(monkeypatch, "enospc", path)
    code = cli.main(["--db", str(path), "backup", "-o", str(target_folder / "saved.db"),
                     "--user", "admin"])
    _, line = _one_line(capsys)
    assert code == cli.EXIT_FAILED and "No space left where the backup" in line
    assert _listing(target_folder) == {}


def _cheap_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """Still argon2id for the keyring, at the smallest cost (as the encryption tests do)."""
    from infoshare_desktop.storage import keyring

    monkeypatch.setattr(keyring, "TIME_COST", 1)
    monkeypatch.setattr(keyring, "MEMORY_COST_KIB", 8)
    monkeypatch.setattr(keyring, "PARALLELISM", 1)


def _encrypted_organisation(path: Path) -> Path:
    """An encrypted database at ``path`` with its organisation and administrator set up."""
    from infoshare_desktop.domain.accounts import User
    from infoshare_desktop.services import accounts, encryption

    db, _recovery = encryption.create_encrypted(path)
    try:
        accounts.set_up_organisation(db, "Testshire Council", "OFFICIAL-SENSITIVE",
                                     User(None, "admin", "Ada Admin"), PASSWORD)
    finally:
        db.close()
    return path


@pytest.mark.parametrize("plain", [True, False], ids=["plain", "encrypted"])
@pytest.mark.parametrize("when", ["creating", "adding records"])
def test_a_failed_demo_leaves_no_file_behind(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    plain: bool, when: str,
) -> None:
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from infoshare_desktop import demo as demo_service
    from infoshare_desktop.domain.i18n import RULES, Message
    from infoshare_desktop.storage import database as storage_database
    from infoshare_desktop.storage.database import MSG_DISK_FULL, MSG_NOTHING_CHANGED
    from infoshare_desktop.storage.errors import DatabaseUnavailableError

    _cheap_keyring(monkeypatch)
    if when == "creating":
        def full(engine: object) -> None:
            raise OperationalError("CREATE TABLE", {}, sqlite3.OperationalError(
                "database or disk is full"))

        monkeypatch.setattr(storage_database.migrate, "upgrade", full)
    else:
        from infoshare_desktop.domain.accounts import User
        from infoshare_desktop.services import accounts

        def fills_up(db: Database, records: int, seed: int) -> int:
            # The demo's people are saved (the file, its -wal and key file are there by
            # now), then the disk fills up.
            accounts.set_up_organisation(db, "Demo Council", "OFFICIAL",
                                         User(None, "admin1", "Demo Admin"), PASSWORD)
            raise DatabaseUnavailableError(MSG_NOTHING_CHANGED, name=db.label,
                                           reason=Message(RULES, MSG_DISK_FULL))

        monkeypatch.setattr(demo_service, "create_demo_data", fills_up)
    folder = tmp_path / "training"
    folder.mkdir()
    plain_flag = ["--plain"] if plain else []

    code = cli.main(["demo", "--db", str(folder / "demo.db"), "--records", "5", *plain_flag])

    _, line = _one_line(capsys)
    assert code == cli.EXIT_UNUSABLE
    assert "disk is full" in line
    assert _listing(folder) == {}, "a half-made database, -wal, -shm or key file was left"


# Control characters in what is exported, printed and logged ----------------------------------


@pytest.fixture
def hostile(people: Org) -> tuple[Path, str]:
    """The database with a record whose answers hold control characters, and its reference."""
    from dataclasses import replace
    from datetime import UTC, datetime, timedelta

    from infoshare_desktop.storage import repository
    from tests import factories

    db = Database.open(_path(people))
    try:
        now = datetime.now(UTC)
        record = replace(
            factories.complete_record(now=now - timedelta(minutes=5),
                                      recipient_organisation_id=people.organisation_id),
            reference="", status=RecordStatus.COMPLETED, created_at=now, updated_at=now,
            author_id=people.author.id, purpose=HOSTILE, case_reference="=HYPERLINK(1)")
        with db.session() as session:
            record.reference = repository.next_reference(session, now.year)
            record.id = repository.insert_record(session, record)
    finally:
        db.close()
    return _path(people), record.reference


def _no_hidden(text: str) -> None:
    found = sorted({f"U+{ord(ch):04X}" for ch in text if ch in HIDDEN})
    assert found == [], f"raw control characters: {found}"


def test_control_characters_never_reach_a_csv_cell_raw(
    capsys: pytest.CaptureFixture[str], hostile: tuple[Path, str], tmp_path: Path,
) -> None:
    import csv

    path, reference = hostile
    target = tmp_path / "records.csv"
    assert cli.main(["--db", str(path), "export", "csv", "-o", str(target),
                     "--user", "guardian"]) == 0
    capsys.readouterr()
    text = target.read_text(encoding="utf-8-sig")
    _no_hidden(text)
    rows = list(csv.DictReader(text.splitlines(keepends=True)))
    row = next(r for r in rows if r["Reference"] == reference)
    purpose = next(value for value in row.values() if "gpj.exe" in value)
    assert purpose.startswith("'=cmd")  # no formula runs
    assert "nul\\x00 esc\\x1b[2J bel\\x07 \\u202egpj.exe\\u202c isolate\\u2066x\\u2069" in purpose
    assert any(value == "'=HYPERLINK(1)" for value in row.values())


def test_control_characters_never_reach_a_pdf_raw(
    capsys: pytest.CaptureFixture[str], hostile: tuple[Path, str], tmp_path: Path,
) -> None:
    from pypdf import PdfReader

    path, reference = hostile
    target = tmp_path / "record.pdf"
    code = cli.main(["--db", str(path), "report", "record", reference, "-o", str(target),
                     "--user", "guardian"])
    _, err = capsys.readouterr()
    assert code == 0, err
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    _no_hidden(text)
    assert "\\u202egpj.exe" in text and "\\x1b[2J" in text


def test_control_characters_never_reach_the_log_raw(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    import logging

    from infoshare_desktop import logs

    monkeypatch.setenv(logs.LOG_DIR_ENV_VAR, str(tmp_path / "log"))
    log_file = logs.setup_logging()
    assert log_file is not None
    logging.getLogger("infoshare_desktop.test").warning("Opened %s", f"file{HOSTILE}")
    logging.getLogger("somelibrary").warning(f"library says {HOSTILE}")
    # An argument typed at the command line, said back on stderr and never raw there.
    code = cli.main(["--db", str(tmp_path / f"x{HOSTILE}.db"), "user", "list",
                     "--user", "admin"])
    _, line = _one_line(capsys)
    assert code == cli.EXIT_UNUSABLE
    _no_hidden(line)
    written = log_file.read_text(encoding="utf-8")
    _no_hidden(written)
    assert "file=cmd|' /C calc'!A0 nul\\x00 esc\\x1b[2J" in written
    assert "library says =cmd" in written


# An administrator's audit export shows no record content -----------------------------------


@pytest.fixture
def reviewed(people: Org) -> tuple[Path, str]:
    """The completed record with an addendum and a returned review in its trail, each
    saying something only those who may read the record may see."""
    from dataclasses import replace

    from infoshare_desktop.domain.audit import AuditAction
    from infoshare_desktop.services import accounts, trail

    db = Database.open(_path(people))
    try:
        record = replace(people, db=db).record(RecordStatus.COMPLETED)
        author = accounts.authenticate(db, "author", PASSWORD)
        manager = accounts.authenticate(db, "manager", PASSWORD)
        with db.session() as session:
            trail.log(session, author, AuditAction.ADDENDUM, record=record, details={
                "reason": "SECRET-REASON: the child's new address was wrong",
                "changes": [{"field": "purpose", "old": "SECRET-OLD", "new": "SECRET-NEW"}],
            })
            trail.log(session, manager, AuditAction.RETURN, record=record, details={
                "comment": "SECRET-COMMENT: ask about the father", "status": "returned"})
    finally:
        db.close()
    return _path(people), record.reference


def test_an_administrators_audit_export_shows_no_record_content(
    capsys: pytest.CaptureFixture[str], reviewed: tuple[Path, str], tmp_path: Path,
) -> None:
    path, reference = reviewed
    exported = {}
    for user in ("admin", "guardian"):
        target = tmp_path / f"{user}.csv"
        code = cli.main(["--db", str(path), "audit", "export", "-o", str(target),
                         "--record", reference, "--user", user])
        _, err = capsys.readouterr()
        assert code == 0, err
        exported[user] = target.read_text(encoding="utf-8-sig")
    # The administrator sees that it happened, by whom, when and on which record...
    rows = exported["admin"].splitlines()
    assert any(row.endswith(f",author,Addendum added,{reference},Changed: Purpose")
               for row in rows), rows
    assert any(row.endswith(f",manager,Returned for amendment,{reference},")
               for row in rows), rows
    # ...but not what it said.
    assert "SECRET" not in exported["admin"]
    # A Caldicott Guardian, who may read every record, sees the reason and the comment.
    assert "SECRET-REASON" in exported["guardian"]
    assert "SECRET-COMMENT" in exported["guardian"]


# A restore whose database lost its key file ----------------------------------------------------


@pytest.mark.parametrize("keys", ["missing", "damaged"])
def test_restore_uses_the_backups_own_key_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    keys: str,
) -> None:
    from infoshare_desktop.storage import keyring

    _cheap_keyring(monkeypatch)
    monkeypatch.setenv(cli.PASSWORD_ENV, PASSWORD)
    monkeypatch.setattr(cli, "_can_prompt", lambda: False)
    path = _encrypted_organisation(tmp_path / "secret.db")
    saved = tmp_path / "saved.db"
    assert cli.main(["--db", str(path), "backup", "-o", str(saved), "--user", "admin"]) == 0
    capsys.readouterr()
    assert keyring.keyring_path(saved).is_file()
    if keys == "missing":
        keyring.keyring_path(path).unlink()
    else:
        keyring.keyring_path(path).write_text('{"format": 1, "entries": [', encoding="utf-8")

    code = cli.main(["--db", str(path), "restore", "--from", str(saved), "--yes",
                     "--user", "admin"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Restored" in out
    # The database has its key file again, and opens with the password.
    assert keyring.load(path).entries
    code = cli.main(["--db", str(path), "check", "--user", "admin"])
    out, err = capsys.readouterr()
    assert code == 0 and out.startswith("Database OK"), out + err


def test_restore_with_a_wrong_password_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    from infoshare_desktop.storage import keyring

    _cheap_keyring(monkeypatch)
    monkeypatch.setenv(cli.PASSWORD_ENV, PASSWORD)
    path = _encrypted_organisation(tmp_path / "secret.db")
    saved = tmp_path / "saved.db"
    assert cli.main(["--db", str(path), "backup", "-o", str(saved), "--user", "admin"]) == 0
    capsys.readouterr()
    keyring.keyring_path(path).unlink()
    before = path.read_bytes()
    monkeypatch.setenv(cli.PASSWORD_ENV, "not-the-password")
    code = cli.main(["--db", str(path), "restore", "--from", str(saved), "--yes",
                     "--user", "admin"])
    _, line = _one_line(capsys)
    assert code == cli.EXIT_REFUSED and "Wrong username or password" in line
    assert path.read_bytes() == before
