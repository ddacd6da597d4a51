"""Signing in on the command line (``--user``) and ``infoshare user ...`` for IT staff.

A small demo database is made once; each test works on its own copy of it.
"""

from __future__ import annotations

import csv
import io
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from infoshare_desktop import cli, demo
from infoshare_desktop.domain.vocab import Role
from infoshare_desktop.services import accounts, settings
from infoshare_desktop.services.errors import AuthenticationError
from infoshare_desktop.storage.database import Database
from tests.factories import quick_hashing

DEMO_PASSWORD = demo.DEMO_PASSWORD
NEW_PASSWORD = "a-brand-new-password"
WRONG = "not-the-password-9"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _one_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("infoshare: ")
    return lines[0]


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (cli.USER_ENV, cli.PASSWORD_ENV, cli.NEW_PASSWORD_ENV):
        monkeypatch.delenv(name, raising=False)
    # pytest's stdin is not a terminal, as in a script; tests that type set a terminal.
    monkeypatch.setattr(cli.sys, "stdin", io.StringIO(""))


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("accounts") / "demo.db"
    db = Database.open(path)
    try:
        with quick_hashing():
            demo.create_demo_data(db, 12, seed=2)
    finally:
        db.close()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(demo_template) + suffix)
        if source.exists():
            shutil.copy(source, str(path) + suffix)
    return path


class Terminal:
    """A person at a terminal: ``getpass`` answers in turn, and the prompts it showed."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *answers: str) -> None:
        self.answers = list(answers)
        self.prompts: list[str] = []
        monkeypatch.setattr(cli, "_can_prompt", lambda: True)
        monkeypatch.setattr(cli.getpass, "getpass", self._getpass)

    def _getpass(self, prompt: str = "Password: ", stream: object = None) -> str:
        self.prompts.append(prompt)
        return self.answers.pop(0)


def _export(capsys: pytest.CaptureFixture[str], db: Path, out: Path,
            *user: str) -> tuple[int, str, str]:
    return _run(capsys, "export", "csv", "--db", str(db), "-o", str(out), *user)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


# --- signing in -----------------------------------------------------------------------------


def test_the_right_password_from_the_environment_signs_in(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, demo_db: Path,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, DEMO_PASSWORD)
    monkeypatch.setenv(cli.USER_ENV, "practitioner1")
    code, out, err = _export(capsys, demo_db, tmp_path / "mine.csv")
    assert (code, err) == (0, "")
    assert "Wrote" in out


@pytest.mark.parametrize("who", ["practitioner1", "nobody-at-all"])
def test_a_wrong_password_is_one_line_and_a_refusal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, demo_db: Path,
    tmp_path: Path, who: str,
) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, WRONG)
    code, out, err = _export(capsys, demo_db, tmp_path / "out.csv", "--user", who)
    assert code == cli.EXIT_REFUSED
    assert out == ""
    assert _one_line(err) == "infoshare: Wrong username or password."
    assert WRONG not in err
    assert not (tmp_path / "out.csv").exists()


def test_without_a_user_the_command_says_how_to_give_one(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, demo_db: Path,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, DEMO_PASSWORD)
    code, _, err = _export(capsys, demo_db, tmp_path / "out.csv")
    assert code != 0
    line = _one_line(err)
    assert "--user" in line and "INFOSHARE_USER" in line


def test_with_no_terminal_and_no_password_it_refuses_rather_than_read_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, demo_db: Path,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(cli.sys, "stdin", io.StringIO(DEMO_PASSWORD + "\n"))
    code, _, err = _export(capsys, demo_db, tmp_path / "out.csv", "--user", "practitioner1")
    assert code == cli.EXIT_REFUSED
    assert "INFOSHARE_PASSWORD" in _one_line(err)
    assert cli.sys.stdin.read() == DEMO_PASSWORD + "\n", "the piped text was left unread"


def test_at_a_terminal_the_password_is_asked_for_without_echo(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, demo_db: Path,
    tmp_path: Path,
) -> None:
    terminal = Terminal(monkeypatch, DEMO_PASSWORD)
    code, out, err = _export(capsys, demo_db, tmp_path / "out.csv", "--user", "manager1")
    assert (code, err) == (0, "")
    assert terminal.prompts == ["Password for manager1: "]
    assert DEMO_PASSWORD not in out


def test_five_wrong_passwords_lock_the_account(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, demo_db: Path,
    tmp_path: Path,
) -> None:
    out = tmp_path / "out.csv"
    monkeypatch.setenv(cli.PASSWORD_ENV, WRONG)
    lines = []
    for _ in range(5):
        code, _, err = _export(capsys, demo_db, out, "--user", "practitioner2")
        assert code == cli.EXIT_REFUSED
        lines.append(_one_line(err))
    assert lines[:4] == ["infoshare: Wrong username or password."] * 4
    assert "locked for 15 minutes" in lines[4]

    monkeypatch.setenv(cli.PASSWORD_ENV, DEMO_PASSWORD)
    code, _, err = _export(capsys, demo_db, out, "--user", "practitioner2")
    assert code == cli.EXIT_REFUSED
    assert "locked" in _one_line(err)
    assert not out.exists()

    # The administrator sees the lock, and a new password ends it.
    code, listing, _ = _run(capsys, "user", "list", "--db", str(demo_db), "--user", "admin1")
    assert code == 0
    assert _columns(listing)["practitioner2"][-1] == "yes"
    monkeypatch.setenv(cli.NEW_PASSWORD_ENV, NEW_PASSWORD)
    assert _run(capsys, "user", "reset-password", "practitioner2", "--db", str(demo_db),
                "--user", "admin1")[0] == 0
    monkeypatch.setenv(cli.PASSWORD_ENV, NEW_PASSWORD)
    assert _export(capsys, demo_db, out, "--user", "practitioner2")[0] == 0


def test_opening_the_app_does_not_take_a_user(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr("infoshare_desktop.ui.app.run_gui",
                        lambda path, **_: opened.append(path))
    code, _, err = _run(capsys, "--db", str(tmp_path / "x.db"), "--user", "admin1")
    assert code == 2
    assert "The app asks who you are" in _one_line(err)
    assert opened == []
    assert not (tmp_path / "x.db").exists()


def test_user_may_also_come_before_the_command(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, demo_db: Path,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, DEMO_PASSWORD)
    code, _, err = _run(capsys, "--user", "practitioner1", "--db", str(demo_db), "export",
                        "csv", "-o", str(tmp_path / "out.csv"))
    assert (code, err) == (0, "")
    assert {row["Practitioner"] for row in _rows(tmp_path / "out.csv")} == {"Jo Sampleworth"}


# --- export as different people --------------------------------------------------------------


def test_each_person_exports_only_what_they_may_read(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, demo_db: Path,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, DEMO_PASSWORD)
    authors = {}
    for username in ("practitioner1", "manager1", "guardian1"):
        out = tmp_path / f"{username}.csv"
        assert _export(capsys, demo_db, out, "--user", username)[0] == 0
        authors[username] = [row["Practitioner"] for row in _rows(out)]
    assert authors["practitioner1"] and set(authors["practitioner1"]) == {"Jo Sampleworth"}
    assert set(authors["manager1"]) == {"Jo Sampleworth", "Ravi Exampleton"}
    assert set(authors["guardian1"]) == {a.full_name for a in demo.DEMO_ACCOUNTS
                                         if a.role is Role.PRACTITIONER}
    assert len(authors["guardian1"]) == 12


def test_team_reading_lets_a_practitioner_export_their_teams_records(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, demo_db: Path,
    tmp_path: Path,
) -> None:
    db = Database.open(demo_db)
    try:
        admin = accounts.authenticate(db, "admin1", DEMO_PASSWORD)
        settings.update_settings(db, admin, replace(settings.get_settings(db),
                                                    team_read_allowed=True))
    finally:
        db.close()
    monkeypatch.setenv(cli.PASSWORD_ENV, DEMO_PASSWORD)
    out = tmp_path / "team.csv"
    assert _export(capsys, demo_db, out, "--user", "practitioner1")[0] == 0
    assert {row["Practitioner"] for row in _rows(out)} == {"Jo Sampleworth", "Ravi Exampleton"}


def test_an_administrator_exports_nothing_and_is_told_why(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, demo_db: Path,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, DEMO_PASSWORD)
    out = tmp_path / "admin.csv"
    code, stdout, err = _export(capsys, demo_db, out, "--user", "admin1")
    assert code == cli.EXIT_REFUSED
    assert stdout == ""
    assert "cannot read decision records" in _one_line(err)
    assert not out.exists()


# --- infoshare user ... ---------------------------------------------------------------------


def _columns(listing: str) -> dict[str, list[str]]:
    """``user list`` output as username -> cells (split on runs of 2+ spaces)."""
    import re

    lines = listing.splitlines()
    assert lines[0].split() == ["USERNAME", "FULL", "NAME", "ROLES", "TEAMS", "ACTIVE",
                                "LOCKED"]
    starts = [m.start() for m in re.finditer(r"\S+(?: \S+)*", lines[0])]
    table = {}
    for line in lines[1:]:
        cells = [line[a:b].strip() for a, b in zip(starts, [*starts[1:], None], strict=True)]
        table[cells[0]] = cells
    return table


def test_the_first_administrator_sets_up_a_new_database(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "new" / "live.db"
    monkeypatch.setenv(cli.NEW_PASSWORD_ENV, NEW_PASSWORD)
    code, out, err = _run(
        capsys, "user", "add", "ivy", "--db", str(path), "--full-name", "Ivy Admin",
        "--job-title", "IT officer", "--role", "administrator",
        "--organisation", "Testshire Council", "--team", "IT",
    )
    assert (code, err) == (0, "")
    assert "Testshire Council" in out and "ivy" in out
    db = Database.open(path)
    try:
        ivy = accounts.authenticate(db, "ivy", NEW_PASSWORD)
        assert ivy.roles == {Role.ADMINISTRATOR}
        assert [t.name for t in accounts.list_teams(db)] == ["IT"]
        assert settings.get_settings(db).organisation_name == "Testshire Council"
        assert settings.get_settings(db).protective_marking == "OFFICIAL-SENSITIVE"
    finally:
        db.close()


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--role", "practitioner", "--organisation", "Testshire"], "must be an administrator"),
        (["--role", "administrator"], "--organisation"),
    ],
)
def test_the_first_account_must_be_an_administrator_of_a_named_organisation(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    argv: list[str], expected: str,
) -> None:
    path = tmp_path / "live.db"
    monkeypatch.setenv(cli.NEW_PASSWORD_ENV, NEW_PASSWORD)
    code, _, err = _run(capsys, "user", "add", "ivy", "--db", str(path),
                        "--full-name", "Ivy", *argv)
    assert code != 0
    assert expected in _one_line(err)
    db = Database.open(path)
    try:
        assert accounts.needs_setup(db)
    finally:
        db.close()


def test_an_administrator_adds_an_account_with_roles_and_teams(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, demo_db: Path
) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, DEMO_PASSWORD)
    monkeypatch.setenv(cli.NEW_PASSWORD_ENV, NEW_PASSWORD)
    code, out, err = _run(
        capsys, "user", "add", "Lead1", "--db", str(demo_db), "--user", "admin1",
        "--full-name", "Lee Leader", "--role", "manager", "--role", "practitioner",
        "--team", "Family Support Team", "--manages", "Family Support Team",
        "--manages", "Youth Team",
    )
    assert (code, err) == (0, "")
    assert "lead1" in out

    code, listing, _ = _run(capsys, "user", "list", "--db", str(demo_db), "--user", "admin1")
    assert code == 0
    table = _columns(listing)
    assert table["lead1"] == [
        "lead1", "Lee Leader", "Practitioner, Manager",
        "Family Support Team, manages Family Support Team, manages Youth Team", "yes", "no",
    ]
    assert set(table) == {a.username for a in demo.DEMO_ACCOUNTS} | {"lead1"}
    assert table["guardian1"][2] == "Caldicott Guardian"
    assert table["manager1"][3] == "Children's Assessment Team, manages Children's Assessment Team"

    db = Database.open(demo_db)
    try:
        lead = accounts.authenticate(db, "lead1", NEW_PASSWORD)
        assert "Youth Team" in {t.name for t in accounts.list_teams(db)}
        assert len(lead.managed_team_ids) == 2
    finally:
        db.close()


def test_a_new_password_is_typed_twice(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, demo_db: Path
) -> None:
    terminal = Terminal(monkeypatch, DEMO_PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x")
    code, _, err = _run(capsys, "user", "add", "sol", "--db", str(demo_db), "--user",
                        "admin1", "--full-name", "Sol", "--role", "guardian")
    assert code != 0
    assert "do not match" in _one_line(err)
    assert terminal.prompts == ["Password for admin1: ", "New password for sol: ",
                                "Type the new password again: "]

    Terminal(monkeypatch, DEMO_PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
    code, _, err = _run(capsys, "user", "add", "sol", "--db", str(demo_db), "--user",
                        "admin1", "--full-name", "Sol", "--role", "guardian")
    assert (code, err) == (0, "")


def test_problems_with_a_new_account_are_one_line_each(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, demo_db: Path
) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, DEMO_PASSWORD)
    monkeypatch.setenv(cli.NEW_PASSWORD_ENV, "short")
    code, _, err = _run(capsys, "user", "add", "X Y!", "--db", str(demo_db), "--user",
                        "admin1", "--full-name", " ", "--role", "practitioner",
                        "--team", "Brand New Team")
    assert code == cli.EXIT_FAILED
    lines = err.splitlines()
    assert [line.split(":")[1].strip() for line in lines] == [
        "USERNAME", "--full-name", "INFOSHARE_NEW_PASSWORD"]
    assert "short" not in err.replace("shorten", "")
    db = Database.open(demo_db)
    try:
        assert "Brand New Team" not in {t.name for t in accounts.list_teams(db)}
    finally:
        db.close()


def test_a_taken_username_is_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, demo_db: Path
) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, DEMO_PASSWORD)
    monkeypatch.setenv(cli.NEW_PASSWORD_ENV, NEW_PASSWORD)
    code, _, err = _run(capsys, "user", "add", "manager1", "--db", str(demo_db), "--user",
                        "admin1", "--full-name", "Another", "--role", "manager")
    assert code != 0
    assert _one_line(err) == "infoshare: USERNAME: This username is already taken"


@pytest.mark.parametrize("action", [["list"], ["deactivate", "practitioner1"],
                                    ["reset-password", "practitioner1"],
                                    ["add", "someone", "--full-name", "S", "--role", "manager"]])
@pytest.mark.parametrize("who", ["practitioner1", "manager1", "guardian1"])
def test_only_an_administrator_manages_accounts(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, demo_db: Path,
    action: list[str], who: str,
) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, DEMO_PASSWORD)
    monkeypatch.setenv(cli.NEW_PASSWORD_ENV, NEW_PASSWORD)
    code, out, err = _run(capsys, "user", *action, "--db", str(demo_db), "--user", who)
    assert code == cli.EXIT_REFUSED
    assert out == ""
    assert "Only an administrator" in _one_line(err)
    db = Database.open(demo_db)
    try:
        assert accounts.authenticate(db, "practitioner1", DEMO_PASSWORD).active
        with pytest.raises(AuthenticationError):
            accounts.authenticate(db, "someone", NEW_PASSWORD)
    finally:
        db.close()


def test_a_deactivated_account_can_no_longer_sign_in(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, demo_db: Path,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, DEMO_PASSWORD)
    code, out, err = _run(capsys, "user", "deactivate", "Practitioner3", "--db", str(demo_db),
                          "--user", "admin1")
    assert (code, err) == (0, "")
    assert "practitioner3" in out

    code, _, err = _export(capsys, demo_db, tmp_path / "out.csv", "--user", "practitioner3")
    assert code == cli.EXIT_REFUSED
    assert "deactivated" in _one_line(err)

    listing = _run(capsys, "user", "list", "--db", str(demo_db), "--user", "admin1")[1]
    assert _columns(listing)["practitioner3"][4] == "no"
    # Their records stay, with their name on them.
    out = tmp_path / "all.csv"
    assert _export(capsys, demo_db, out, "--user", "guardian1")[0] == 0
    assert "Kwame Testbury" in {row["Practitioner"] for row in _rows(out)}


def test_the_last_administrator_cannot_be_deactivated(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, demo_db: Path
) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, DEMO_PASSWORD)
    code, _, err = _run(capsys, "user", "deactivate", "admin1", "--db", str(demo_db),
                        "--user", "admin1")
    assert code != 0
    assert "only active administrator" in _one_line(err)


def test_reset_password_replaces_the_old_one(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, demo_db: Path
) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, DEMO_PASSWORD)
    monkeypatch.setenv(cli.NEW_PASSWORD_ENV, NEW_PASSWORD)
    code, out, err = _run(capsys, "user", "reset-password", "guardian1", "--db", str(demo_db),
                          "--user", "admin1")
    assert (code, err) == (0, "")
    assert NEW_PASSWORD not in out
    db = Database.open(demo_db)
    try:
        accounts.authenticate(db, "guardian1", NEW_PASSWORD)
        with pytest.raises(AuthenticationError):
            accounts.authenticate(db, "guardian1", DEMO_PASSWORD)
    finally:
        db.close()


@pytest.mark.parametrize("action", ["deactivate", "reset-password"])
def test_an_unknown_account_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, demo_db: Path,
    action: str,
) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, DEMO_PASSWORD)
    monkeypatch.setenv(cli.NEW_PASSWORD_ENV, NEW_PASSWORD)
    code, _, err = _run(capsys, "user", action, "ghost", "--db", str(demo_db),
                        "--user", "admin1")
    assert code != 0
    assert "no account called ghost" in _one_line(err)


def test_user_commands_need_an_existing_database(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, DEMO_PASSWORD)
    code, _, err = _run(capsys, "user", "list", "--db", str(tmp_path / "none.db"),
                        "--user", "admin1")
    assert code != 0
    assert "no database" in _one_line(err)
    assert list(tmp_path.iterdir()) == []


def test_ending_the_input_at_the_prompt_is_a_plain_refusal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, demo_db: Path,
    tmp_path: Path,
) -> None:
    def end_of_input(prompt: str = "", stream: object = None) -> str:
        raise EOFError

    monkeypatch.setattr(cli, "_can_prompt", lambda: True)
    monkeypatch.setattr(cli.getpass, "getpass", end_of_input)
    code, _, err = _export(capsys, demo_db, tmp_path / "out.csv", "--user", "guardian1")
    assert code == cli.EXIT_REFUSED
    assert "No password given" in _one_line(err)
