"""A file that is not an InfoShare database, given as the database: refused, untouched.

Random bytes, a text file, a folder, another program's SQLite database, and one with an
``alembic_version`` of a schema InfoShare does not know: ``open_database`` raises a
one-line ``StorageError`` and the command line exits with 2 and one line on stderr.
The file is byte-for-byte the same afterwards and nothing is created beside it.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from infoshare_desktop import cli
from infoshare_desktop.services.database import StorageError, open_database


def _random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def _text_file(path: Path) -> None:
    path.write_text("Meeting notes\nNothing to see here.\n" * 50, encoding="utf-8")


def _almost_sqlite(path: Path) -> None:
    """The right 16-byte header followed by rubbish: a damaged or fake database."""
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))


def _other_program(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.executescript(
        "CREATE TABLE invoices (id INTEGER PRIMARY KEY, customer TEXT, total REAL);"
        "INSERT INTO invoices (customer, total) VALUES ('Acme', 12.5), ('Bolt', 99);"
        "CREATE INDEX invoice_customer ON invoices (customer);"
    )
    connection.commit()
    connection.close()


def _unknown_revision(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.executescript(
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY);"
        "INSERT INTO alembic_version VALUES ('f00dfeedbeef');"
        "CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT);"
        "INSERT INTO things (name) VALUES ('kept');"
    )
    connection.commit()
    connection.close()


def _other_program_in_wal_mode(path: Path) -> None:
    _other_program(path)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.close()


MAKERS: dict[str, Callable[[Path], None]] = {
    "random bytes": _random_bytes,
    "text file": _text_file,
    "damaged sqlite": _almost_sqlite,
    "another program's database": _other_program,
    "another program's database (WAL)": _other_program_in_wal_mode,
    "unknown schema revision": _unknown_revision,
}


def _assert_nothing_beside(path: Path, names: set[str]) -> None:
    """Nothing new beside the file, except what any SQLite reader of a WAL file makes."""
    now = {p.name for p in path.parent.iterdir()}
    wal = {f"{path.name}-wal", f"{path.name}-shm"}
    assert names <= now and now - names <= wal


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _make(tmp_path: Path, kind: str) -> tuple[Path, str, set[str]]:
    folder = tmp_path / "files"
    folder.mkdir()
    path = folder / "chosen.db"
    MAKERS[kind](path)
    return path, _digest(path), {p.name for p in folder.iterdir()}


@pytest.mark.parametrize("kind", MAKERS)
def test_open_database_refuses_and_leaves_the_file_alone(tmp_path: Path, kind: str) -> None:
    path, before, names = _make(tmp_path, kind)
    with pytest.raises(StorageError) as refused:
        open_database(path)
    message = str(refused.value)
    assert message and "\n" not in message
    assert "Traceback" not in message
    assert _digest(path) == before
    _assert_nothing_beside(path, names)


@pytest.mark.parametrize(
    "command",
    [
        ["user", "list", "--user", "admin"],
        ["export", "csv", "-o", "OUT", "--user", "admin"],
        ["demo", "--records", "1"],
        ["audit", "verify", "--user", "admin"],
        [],  # open the app
    ],
    ids=["user list", "export csv", "demo", "audit verify", "app"],
)
@pytest.mark.parametrize("kind", MAKERS)
def test_the_command_line_refuses_with_one_line_and_exit_2(
    tmp_path: Path, kind: str, command: list[str], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, "whatever-password")
    path, before, names = _make(tmp_path, kind)
    argv = ["--db", str(path), *[str(tmp_path / "out.csv") if a == "OUT" else a
                                 for a in command]]
    code = cli.main(argv)
    _out, err = capsys.readouterr()
    assert code == cli.EXIT_UNUSABLE, err
    assert len(err.splitlines()) == 1 and err.startswith(f"{cli.PROG}: ")
    assert "Traceback" not in err
    assert _digest(path) == before
    _assert_nothing_beside(path, names)
    assert not (tmp_path / "out.csv").exists()


def test_a_folder_given_as_the_database_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "a-folder.db"
    folder.mkdir()
    with pytest.raises(StorageError):
        open_database(folder)
    for command in (["user", "list", "--user", "admin"], ["demo", "--records", "1"], []):
        code = cli.main(["--db", str(folder), *command])
        err = capsys.readouterr().err
        assert code == cli.EXIT_UNUSABLE
        assert len(err.splitlines()) == 1 and err.startswith(f"{cli.PROG}: ")
    assert list(folder.iterdir()) == []


def test_another_programs_database_is_named_as_such(tmp_path: Path) -> None:
    path, _, _ = _make(tmp_path, "another program's database")
    with pytest.raises(StorageError, match="another program's database"):
        open_database(path)
    path, _, _ = (tmp_path / "x").mkdir() or _make(tmp_path / "x", "unknown schema revision")
    with pytest.raises(StorageError, match="or by another program"):
        open_database(path)
