"""IT's machine-wide configuration: its presets win, its locks hold, its mistakes are
explained (file, key, what to do) and never stop InfoShare."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infoshare_desktop import cli, config, machine_config
from infoshare_desktop.domain.accounts import User
from infoshare_desktop.services import accounts
from infoshare_desktop.services import settings as settings_service
from infoshare_desktop.services.errors import ValidationError
from infoshare_desktop.storage.database import Database
from tests.services.org import PASSWORD, build

DEPLOYED = """\
# Deployed by Testshire IT
[database]
path = {db}

[settings]
organisation_name = Testshire County Council
protective_marking = OFFICIAL-SENSITIVE [TESTSHIRE]
idle_lock_minutes = 5   # shared PCs in the contact centre
retention_years = 40

[locked]
organisation_name = yes
idle_lock_minutes = yes
protective_marking = no
"""


@pytest.fixture
def deploy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Write ``text`` as the machine-wide file (through INFOSHARE_CONFIG); returns its path."""

    def write(text: str | bytes, name: str = "config.ini") -> Path:
        path = tmp_path / "programdata" / name
        path.parent.mkdir(exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        monkeypatch.setenv(machine_config.CONFIG_ENV_VAR, str(path))
        machine_config.clear_cache()
        return path

    yield write
    machine_config.clear_cache()


@pytest.fixture
def deployed(deploy, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    return deploy(DEPLOYED.format(db=tmp_path / "shared" / "infoshare.db"))


def texts(problems: tuple[machine_config.ConfigProblem, ...]) -> list[str]:
    return [problem.text for problem in problems]


# --- reading the file ----------------------------------------------------------------


def test_a_deployed_file_is_read_with_types_and_locks(deployed: Path, tmp_path: Path) -> None:
    read = machine_config.load()
    assert read.problems == ()
    assert read.path == deployed
    assert read.database_path == tmp_path / "shared" / "infoshare.db"
    assert read.settings == {
        "organisation_name": "Testshire County Council",
        "protective_marking": "OFFICIAL-SENSITIVE [TESTSHIRE]",
        "idle_lock_minutes": 5,  # the comment after the value is not part of it
        "retention_years": 40,
    }
    assert read.locked == {"organisation_name", "idle_lock_minutes"}


def test_no_file_at_the_usual_place_means_no_presets_and_no_problems(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(machine_config.CONFIG_ENV_VAR, raising=False)
    monkeypatch.setattr(machine_config, "default_config_path", lambda: tmp_path / "none.ini")
    machine_config.clear_cache()
    read = machine_config.load()
    assert (read.settings, read.locked, read.problems, read.database_path) == ({}, set(), (),
                                                                               None)


def test_the_usual_place_depends_on_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("PROGRAMDATA", r"D:\ProgramData")
    assert str(machine_config.default_config_path()).replace("/", "\\").endswith(
        r"D:\ProgramData\InfoShare\config.ini")
    monkeypatch.setattr(sys, "platform", "linux")
    assert machine_config.default_config_path() == Path("/etc/infoshare/config.ini")


def test_a_changed_file_is_read_again(deploy) -> None:  # type: ignore[no-untyped-def]
    path = deploy("[settings]\nidle_lock_minutes = 5\n")
    assert machine_config.load().settings == {"idle_lock_minutes": 5}
    path.write_text("[settings]\nidle_lock_minutes = 30\nretention_years = 8\n")
    assert machine_config.load().settings == {"idle_lock_minutes": 30, "retention_years": 8}


def test_windows_notepad_encodings_are_read(deploy) -> None:  # type: ignore[no-untyped-def]
    text = "[settings]\norganisation_name = Cyngor Sir Ynys Môn\n"
    deploy(text.encode("utf-16"))
    assert machine_config.load().settings["organisation_name"] == "Cyngor Sir Ynys Môn"
    deploy(b"\xef\xbb\xbf" + text.encode("utf-8"), name="bom.ini")
    assert machine_config.load().settings["organisation_name"] == "Cyngor Sir Ynys Môn"


@pytest.mark.parametrize(("text", "expected"), [
    ("[settings]\nidle_lock_minutes = ten\n",
     "[settings] idle_lock_minutes: enter a whole number from 1 to 120"),
    ("[settings]\nidle_lock_minutes = 500\n",
     "[settings] idle_lock_minutes: enter a whole number from 1 to 120"),
    ("[settings]\nretention_years = 0\n",
     "[settings] retention_years: enter a whole number from 1 to 100"),
    ("[settings]\norganisation_name =\n",
     "[settings] organisation_name: the value is empty"),
    ("[settings]\norganisation_name = " + "x" * 301 + "\n",
     "[settings] organisation_name: the value is longer than 300 characters"),
    ("[settings]\norganization_name = Testshire\n",
     "'organization_name' is not a setting InfoShare knows, so it is ignored. "
     "Did you mean 'organisation_name'?"),
    ("[setings]\nidle_lock_minutes = 5\n", "[setings] is not a section InfoShare knows"),
    ("[locked]\nidle_lock_minutes = maybe\n[settings]\nidle_lock_minutes = 5\n",
     "[locked] idle_lock_minutes: enter yes or no"),
    ("[locked]\nretention_years = yes\n",
     "[locked] retention_years: there is no usable retention_years in [settings] to lock"),
    ("[database]\npath = shared/infoshare.db\n", "[database] path: give the full path"),
    ("[database]\nurl = postgresql://infoshare:secret@db.testshire.local/infoshare\n",
     "[database] url: the address holds a password"),
    ("[database]\nurl = mysql://db.testshire.local/infoshare\n",
     "[database] url: this is not a database server's address"),
    ("[database]\nurl = not an address\n",
     "[database] url: this is not a database server's address"),
    ("idle_lock_minutes = 5\n", "line 1: the file must start with a section name"),
    ("[settings]\nidle_lock_minutes = 5\nidle_lock_minutes = 6\n",
     "line 3: 'idle_lock_minutes' appears twice in [settings]"),
    ("[settings]\n[settings]\n", "line 2: the section [settings] appears twice"),
    ("[settings]\nthis line has no equals sign\n", "line 2: this line is neither"),
])
def test_each_mistake_names_the_file_the_key_and_what_to_do(
    deploy, text: str, expected: str  # type: ignore[no-untyped-def]
) -> None:
    path = deploy(text)
    problems = texts(machine_config.load().problems)
    assert len(problems) == 1, problems
    assert problems[0].startswith(str(path))
    assert expected in problems[0]


def test_a_mistake_leaves_the_rest_of_the_file_in_force(deploy) -> None:  # type: ignore[no-untyped-def]
    deploy("[settings]\norganisation_name = Testshire\nidle_lock_minutes = soon\n"
           "retention_years = 8\n[locked]\norganisation_name = yes\nidle_lock_minutes = yes\n")
    read = machine_config.load()
    assert read.settings == {"organisation_name": "Testshire", "retention_years": 8}
    assert read.locked == {"organisation_name"}  # a bad value cannot be locked in
    assert len(read.problems) == 2


def test_files_that_cannot_be_read(deploy, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "nowhere" / "config.ini"
    monkeypatch.setenv(machine_config.CONFIG_ENV_VAR, str(missing))
    (problem,) = texts(machine_config.load().problems)
    assert problem.startswith(f"{missing}: this file does not exist, but INFOSHARE_CONFIG")

    monkeypatch.setenv(machine_config.CONFIG_ENV_VAR, str(tmp_path))
    (problem,) = texts(machine_config.load().problems)
    assert "InfoShare cannot read this file" in problem and str(tmp_path) in problem

    deploy(b"[settings]\norganisation_name = \xff\xfe\xfa\n\x00")
    (problem,) = texts(machine_config.load().problems)
    assert "this is not a text file InfoShare can read" in problem


def test_mistakes_are_logged_without_values(deploy, caplog) -> None:  # type: ignore[no-untyped-def]
    deploy("[settings]\nidle_lock_minutes = Jane Doe's birthday\n")
    with caplog.at_level("WARNING", logger="infoshare_desktop.machine_config"):
        machine_config.load()
    assert "idle_lock_minutes" in caplog.text
    assert "Jane" not in caplog.text


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from([
        "[database]", "[settings]", "[locked]", "[DEFAULT]", "[", "]", "=", ":", "#", ";",
        "path = /x.db", "path = ", "url = a://b", "organisation_name = A", "idle_lock_minutes",
        "idle_lock_minutes = 7", "retention_years = -1", "retention_years = 1e3",
        "organisation_name = yes", "protective_marking : OS", "\t continued", "%(x)s",
        "\x00", "\ufeff", "\r", "  ", "x" * 400,
    ]), max_size=12).map("\n".join),
))
def test_any_garbage_gives_problems_not_a_crash(deploy, text: str) -> None:  # type: ignore[no-untyped-def]
    path = deploy(text)
    read = machine_config.load()
    for problem in read.problems:
        assert problem.text.startswith(str(path))
    for key, value in read.settings.items():
        assert key in machine_config.SETTING_KEYS
        if key in machine_config.NUMBER_RANGES:
            low, high = machine_config.NUMBER_RANGES[key]
            assert isinstance(value, int) and low <= value <= high
        else:
            assert isinstance(value, str) and value.strip()
    assert read.locked <= read.settings.keys()


# --- where the database is -------------------------------------------------------------


def test_the_database_path_precedence(
    deployed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(config.DB_ENV_VAR, raising=False)
    shared = tmp_path / "shared" / "infoshare.db"
    assert config.resolve_db_path(None) == shared  # IT's file
    assert config.default_db_path() == shared  # and --help shows it
    monkeypatch.setenv(config.DB_ENV_VAR, str(tmp_path / "env.db"))
    assert config.resolve_db_path(None) == tmp_path / "env.db"
    assert config.resolve_db_path(tmp_path / "flag.db") == tmp_path / "flag.db"
    monkeypatch.delenv(config.DB_ENV_VAR)
    monkeypatch.setenv(machine_config.CONFIG_ENV_VAR, str(tmp_path / "absent.ini"))
    assert config.resolve_db_path(None) == config.user_db_path()


# --- presets and locks through the services ------------------------------------------


def test_presets_fill_a_new_database_and_locks_override_it(deployed: Path, db: Database) -> None:
    current = settings_service.get_settings(db)
    assert current.organisation_name == "Testshire County Council"
    assert current.protective_marking == "OFFICIAL-SENSITIVE [TESTSHIRE]"
    assert current.idle_lock_minutes == 5
    assert current.retention_years == 40
    assert settings_service.locked_settings() == {"organisation_name", "idle_lock_minutes"}


def test_the_organisations_own_values_beat_unlocked_presets_but_not_locked_ones(
    db: Database, deploy, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    org = build(db)  # set up before IT deployed anything
    settings_service.update_settings(db, org.admin, replace(
        settings_service.get_settings(db), protective_marking="OFFICIAL", idle_lock_minutes=20))
    deploy(DEPLOYED.format(db=tmp_path / "x.db"))
    current = settings_service.get_settings(db)
    assert current.protective_marking == "OFFICIAL"  # unlocked: the database's own
    assert current.organisation_name == "Testshire County Council"  # locked: IT's
    assert current.idle_lock_minutes == 5  # locked: IT's
    # Saving stores every setting, so the default went in too: the organisation's own.
    assert current.retention_years == 35


def test_a_locked_value_cannot_be_changed_through_the_service(deployed: Path, db: Database) -> None:
    admin = set_up_under_lock(db)
    current = settings_service.get_settings(db)
    for change in ({"organisation_name": "Rogue Council"}, {"idle_lock_minutes": 60}):
        with pytest.raises(ValidationError) as refused:
            settings_service.update_settings(db, admin, replace(current, **change))
        (problem,) = refused.value.problems
        assert problem.field == next(iter(change))
        assert problem.message == "Your IT department sets this. Ask them to change it."
        with pytest.raises(ValidationError):
            settings_service.store_settings(db, replace(current, **change))
    # Unlocked settings still change, and the locked ones may be sent unchanged.
    saved = settings_service.update_settings(db, admin, replace(
        current, protective_marking="OFFICIAL", retention_years=8))
    assert saved.protective_marking == "OFFICIAL" and saved.retention_years == 8
    assert settings_service.get_settings(db).idle_lock_minutes == 5


def set_up_under_lock(db: Database) -> User:
    """The first administrator; under IT's lock the set-up must use IT's name."""
    return accounts.set_up_organisation(
        db, "Testshire County Council", "OFFICIAL-SENSITIVE", User(None, "admin", "Ada Admin"),
        PASSWORD)


def test_set_up_cannot_name_a_different_organisation_when_it_is_locked(
    deployed: Path, db: Database
) -> None:
    with pytest.raises(ValidationError) as refused:
        accounts.check_set_up(db, "Rogue Council", "OFFICIAL", User(None, "admin", "Ada"),
                              PASSWORD)
    assert [p.field for p in refused.value.problems] == ["organisation_name"]
    with pytest.raises(ValidationError):
        accounts.set_up_organisation(db, "Rogue Council", "OFFICIAL",
                                     User(None, "admin", "Ada"), PASSWORD)
    assert accounts.needs_setup(db)  # nothing half-made


def test_retention_is_a_validated_setting(db: Database) -> None:
    org = build(db)
    current = settings_service.get_settings(db)
    assert current.retention_years == 35  # the declared default
    with pytest.raises(ValidationError) as refused:
        settings_service.update_settings(db, org.admin, replace(current, retention_years=0))
    assert refused.value.problems[0].field == "retention_years"
    settings_service.update_settings(db, org.admin, replace(current, retention_years=75))
    assert settings_service.get_settings(db).retention_years == 75


# --- the command line ------------------------------------------------------------------


def test_the_cli_uses_the_configured_database_and_presets(
    deployed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.delenv(config.DB_ENV_VAR, raising=False)
    monkeypatch.setenv(cli.NEW_PASSWORD_ENV, PASSWORD)
    code = cli.main(["user", "add", "admin", "--full-name", "Ada Admin",
                     "--role", "administrator"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "Set up Testshire County Council" in out.out
    shared = tmp_path / "shared" / "infoshare.db"
    db = Database.open(shared)
    try:
        assert settings_service.get_settings(db).organisation_name == "Testshire County Council"
    finally:
        db.close()


def test_the_cli_cannot_change_a_locked_value(
    deployed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv(cli.NEW_PASSWORD_ENV, PASSWORD)
    code = cli.main(["user", "add", "admin", "--full-name", "Ada Admin", "--role",
                     "administrator", "--organisation", "Rogue Council",
                     "--db", str(tmp_path / "cli.db")])
    err = capsys.readouterr().err
    assert code == cli.EXIT_FAILED
    assert "--organisation: Your IT department sets this. Ask them to change it." in err


def test_the_cli_reports_a_bad_file_and_still_works(
    deploy, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys  # type: ignore[no-untyped-def]
) -> None:
    path = deploy("[settings]\nidle_lock_minutes = ten\norganisation_name = Testshire\n")
    monkeypatch.setenv(cli.NEW_PASSWORD_ENV, PASSWORD)
    code = cli.main(["user", "add", "admin", "--full-name", "Ada Admin", "--role",
                     "administrator", "--db", str(tmp_path / "cli.db")])
    out = capsys.readouterr()
    assert code == 0
    assert f"infoshare: {path}, [settings] idle_lock_minutes: enter a whole number" in out.err
    assert "Set up Testshire with its first administrator" in out.out


def test_the_example_file_shipped_to_it_reads_cleanly(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    """packaging/config.ini.example, with its server line switched on (a Windows path in
    it is not a full path on this Linux test machine, so it is left aside)."""
    example = Path(__file__).parents[2] / "packaging" / "config.ini.example"
    text = example.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("path = C:")]
    lines = [line.removeprefix("# ") if line.startswith("# url = ") else line for line in lines]
    copy = tmp_path / "config.ini"
    copy.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setenv(machine_config.CONFIG_ENV_VAR, str(copy))
    machine_config.clear_cache()
    loaded = machine_config.load()
    assert loaded.problems == ()
    assert loaded.database_url is not None and "sslmode=verify-full" in loaded.database_url
    assert loaded.settings["organisation_name"] == "Testshire County Council"
