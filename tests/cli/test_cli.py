"""The ``infoshare`` command line, run in-process through ``main()`` for speed.

One module-wide demo database of 500 records is exported once, as the Caldicott
Guardian (who reads everything); the checks on the CSV read that file. Error cases
each get their own small files. Signing in and accounts: test_accounts.py.
"""

from __future__ import annotations

import csv
import random
import re
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from infoshare_desktop import cli
from infoshare_desktop import demo as demo_service
from infoshare_desktop.domain.fields import FIELDS, Kind
from infoshare_desktop.domain.vocab import (
    AdviceSource,
    Article6Basis,
    Article9Condition,
    ConsentStatus,
    DataCategory,
    Outcome,
    PersonRole,
    PurposeCategory,
    RecipientType,
    RecordStatus,
    Schedule1Condition,
    SharingTest,
    TransferMethod,
    Vocab,
)
from infoshare_desktop.services import accounts, encryption
from infoshare_desktop.services.organisations import list_organisations
from infoshare_desktop.services.records import list_records, save_draft
from infoshare_desktop.storage.database import Database
from tests.factories import TEST_PASSWORD, complete_record, make_user, quick_hashing

RECORDS = 500
#: Every export here signs in as someone; the demo accounts share one password.
AS_GUARDIAN = ("--user", "guardian1")
DATE = re.compile(r"^\d{2}/\d{2}/\d{4}$")
DATETIME = re.compile(r"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}$")


@dataclass
class Exported:
    db_path: Path
    csv_path: Path
    demo_code: int
    demo_out: str
    export_code: int
    export_out: str
    rows: list[list[str]]

    @property
    def header(self) -> list[str]:
        return self.rows[0]

    def column(self, name: str) -> list[str]:
        index = self.header.index(name)
        return [row[index] for row in self.rows[1:]]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def _signed_in_as_nobody(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests say who they are: the developer's own environment must not leak in."""
    for name in (cli.USER_ENV, cli.NEW_PASSWORD_ENV):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv(cli.PASSWORD_ENV, demo_service.DEMO_PASSWORD)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Exported:
    """``infoshare demo --records 500`` then ``infoshare export csv``, once per module."""
    folder = tmp_path_factory.mktemp("cli")
    db_path, csv_path = folder / "nested" / "demo.db", folder / "export.csv"
    with pytest.MonkeyPatch.context() as patch, quick_hashing():
        patch.setenv(cli.PASSWORD_ENV, demo_service.DEMO_PASSWORD)
        out = _Capture(patch)
        demo_code = cli.main(["demo", "--db", str(db_path), "--records", str(RECORDS)])
        demo_out = out.take()
        export_code = cli.main(["export", "csv", "--db", str(db_path), "-o", str(csv_path),
                                *AS_GUARDIAN])
        export_out = out.take()
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    return Exported(db_path, csv_path, demo_code, demo_out, export_code, export_out, rows)


class _Capture:
    """stdout capture usable from a module-scoped fixture (capsys is per test)."""

    def __init__(self, patch: pytest.MonkeyPatch) -> None:
        import io

        self.buffer = io.StringIO()
        patch.setattr(sys, "stdout", self.buffer)

    def take(self) -> str:
        text = self.buffer.getvalue()
        self.buffer.seek(0)
        self.buffer.truncate()
        return text


# --- demo + export ------------------------------------------------------------------------


def test_demo_and_export_succeed_and_say_so(exported: Exported) -> None:
    assert exported.demo_code == 0
    assert f"Added {RECORDS} fictional records" in exported.demo_out
    assert exported.export_code == 0
    assert f"Wrote {RECORDS} records" in exported.export_out


def test_export_has_a_header_and_one_row_per_record(exported: Exported) -> None:
    assert len(exported.rows) == RECORDS + 1
    width = len(exported.header)
    assert all(len(row) == width for row in exported.rows)
    references = exported.column("Reference")
    assert len(set(references)) == RECORDS
    assert all(re.fullmatch(r"IS-\d{4}-\d{6}", ref) for ref in references)


def test_export_file_is_utf8_with_bom(exported: Exported) -> None:
    assert exported.csv_path.read_bytes().startswith("\ufeffReference,".encode())


def test_header_lists_every_question_by_label(exported: Exported) -> None:
    header = exported.header
    assert header[:3] == ["Reference", "Status", "Practitioner"]
    assert header[-2:] == ["Created", "Last saved"]
    expected = []
    for f in FIELDS:
        expected += [t.label for t in SharingTest] if f.kind is Kind.TESTS else [f.label]
    assert header[3:-2] == expected


def test_the_practitioner_column_names_each_records_author(exported: Exported) -> None:
    practitioners = {a.full_name for a in demo_service.DEMO_ACCOUNTS
                     if a.role is demo_service.Role.PRACTITIONER}
    authors = exported.column("Practitioner")
    assert set(authors) == practitioners
    makers = exported.column("Decision maker")
    assert authors == makers, "the demo's practitioners record their own decisions"


def _vocab_columns() -> list[tuple[str, type[Vocab], bool]]:
    columns = [("Status", RecordStatus, False)]
    for f in FIELDS:
        if f.vocab is not None:
            columns.append((f.label, f.vocab, f.kind is Kind.MULTI_CHOICE))
    return columns


@pytest.mark.parametrize(("label", "vocab", "multi"), _vocab_columns(),
                         ids=[c[0] for c in _vocab_columns()])
def test_vocabulary_columns_hold_only_labels(
    exported: Exported, label: str, vocab: type[Vocab], multi: bool
) -> None:
    labels = {m.label for m in vocab}
    used = set()
    for cell in exported.column(label):
        if cell == "":
            continue
        values = cell.split("; ") if multi else [cell]
        assert set(values) <= labels, cell
        used.update(values)
    assert used, f"no record uses {label}"


def test_other_columns_are_formatted_for_people(exported: Exported) -> None:
    for f in FIELDS:
        if f.kind is Kind.FLAG:
            assert set(exported.column(f.label)) <= {"Yes", "No", ""}, f.label
        elif f.kind is Kind.DATE:
            assert all(DATE.match(c) for c in exported.column(f.label) if c), f.label
        elif f.kind is Kind.DATETIME:
            assert all(DATETIME.match(c) for c in exported.column(f.label) if c), f.label
    for test in SharingTest:
        assert all(re.fullmatch(r"(Yes|No)( – .+)?", c) for c in exported.column(test.label)
                   if c)
    for column in ("Created", "Last saved"):
        assert all(DATETIME.match(c) for c in exported.column(column))
    roles = "|".join(re.escape(r.label) for r in PersonRole)
    person = re.compile(rf"[^;()]+ \(({roles})(, dob \d{{2}}/\d{{2}}/\d{{4}})?\)")
    for cell in exported.column("People whose information is involved"):
        assert all(person.fullmatch(p) for p in cell.split("; ")), cell
    advice_sources = tuple(f"{s.label}: " for s in AdviceSource)
    for cell in exported.column("Advice sought") + exported.column("Practitioner"):
        assert not cell.startswith(("=", "+", "-", "@")), cell
    for cell in exported.column("Advice sought"):
        # Advice summaries are free text (they may hold "; "), so one line per entry.
        assert all(part.startswith(advice_sources) for part in cell.split("\n") if cell)


@pytest.mark.parametrize(
    ("label", "vocab"),
    [
        ("Outcome", Outcome),
        ("UK GDPR Article 6 basis", Article6Basis),
        ("Consent", ConsentStatus),
        ("Method", TransferMethod),
        ("Purpose category", PurposeCategory),
        ("Article 9 condition", Article9Condition),
        ("DPA 2018 Schedule 1 condition", Schedule1Condition),
        ("Status", RecordStatus),
    ],
)
def test_demo_uses_every_value(exported: Exported, label: str, vocab: type[Vocab]) -> None:
    assert set(exported.column(label)) - {""} == {m.label for m in vocab}


def test_demo_sends_to_every_kind_of_recipient(exported: Exported) -> None:
    # A new demo database is encrypted; every demo login unlocks it.
    db = encryption.unlock(exported.db_path, "guardian1", demo_service.DEMO_PASSWORD)
    try:
        kinds = {o.name: o.type for o in list_organisations(db, include_inactive=True)}
    finally:
        db.close()
    assert len(kinds) >= 20
    used = {kinds[name] for name in exported.column("Recipient organisation") if name}
    assert used == set(RecipientType)


def test_demo_covers_the_special_paths(exported: Exported) -> None:
    assert "Yes" in exported.column("Emergency: shared first, recorded after")
    assert "Not shared" in exported.column("Outcome")
    special = {c.label for c in DataCategory if c.is_special_category}
    categories = exported.column("Categories of data shared")
    assert any(special & set(cell.split("; ")) for cell in categories)
    assert any("Criminal offence data" in cell for cell in categories)
    assert len(set(exported.column("Para 18: purpose")) - {""}) == 2
    assert len(set(exported.column("Para 18: the person")) - {""}) == 2
    assert "Yes" in exported.column("Referred to the Caldicott Guardian")
    statuses = exported.column("Status")
    assert statuses.count("Completed") > statuses.count("Draft") > 0


def test_demo_decisions_spread_over_two_years_and_never_in_the_future(
    exported: Exported,
) -> None:
    decided = [datetime.strptime(c, "%d/%m/%Y %H:%M")
               for c in exported.column("Date and time of decision") if c]
    now = datetime.now()
    assert max(decided) <= now + timedelta(hours=1)  # local time, so allow for BST
    assert (max(decided) - min(decided)).days > 600
    months = {(d.year, d.month) for d in decided}
    assert len(months) >= 20


def test_demo_is_clearly_fictional(exported: Exported) -> None:
    assert all(ref.startswith("DEMO-") for ref in exported.column("Case reference"))
    surnames = set(demo_service.SURNAMES)
    for cell in exported.column("People whose information is involved"):
        for person in cell.split("; "):
            name = person.split(" (")[0]
            assert name.split(" ", 1)[1] in surnames, name


def test_export_only_shows_questions_the_form_shows(exported: Exported) -> None:
    outcomes = exported.column("Outcome")
    methods = exported.column("Method")
    for outcome, method in zip(outcomes, methods, strict=True):
        if outcome in (Outcome.NOT_SHARED.label, Outcome.DEFERRED.label):
            assert method == ""


# --- refusing bad database files ----------------------------------------------------------


def _text_file(path: Path) -> bytes:
    return b"Case notes, not a database.\nSecond line.\n"


def _binary_file(path: Path) -> bytes:
    return random.Random(7).randbytes(8192)


def _damaged_sqlite(path: Path) -> bytes:
    return b"SQLite format 3\x00" + random.Random(8).randbytes(4096)


def _newer_database(path: Path) -> bytes:
    """A real InfoShare database stamped with a schema revision this app does not know."""
    Database.open(path).close()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffffffff0001'")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path.read_bytes()


BAD_FILES = {
    "text": _text_file,
    "binary": _binary_file,
    "damaged-sqlite": _damaged_sqlite,
    "newer-version": _newer_database,
}
COMMANDS = {
    "app": [],
    "demo": ["demo", "--records", "3"],
    "export": ["export", "csv", "-o", "{out}", *AS_GUARDIAN],
    "user-list": ["user", "list", "--user", "admin1"],
    "user-add": ["user", "add", "newbie", "--full-name", "New Person", "--role",
                 "administrator", "--organisation", "Testshire Council"],
}


@pytest.fixture
def bad_file(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Path, bytes]]:
    path = tmp_path / "suspect.db"
    content = BAD_FILES[request.param](path)
    if not path.exists():
        path.write_bytes(content)
    yield path, path.read_bytes()


def _one_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize("bad_file", list(BAD_FILES), indirect=True)
@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_file_that_is_not_a_usable_database_is_refused_and_left_alone(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    bad_file: tuple[Path, bytes],
    command: str,
) -> None:
    path, before = bad_file
    listing = sorted(p.name for p in tmp_path.iterdir())
    opened = []
    monkeypatch.setattr("infoshare_desktop.ui.app.run_gui",
                        lambda path, **_: opened.append(path))
    argv = [arg.format(out=tmp_path / "out.csv") for arg in COMMANDS[command]]

    code, out, err = _run(capsys, *argv, "--db", str(path))

    assert code != 0
    line = _one_line(err)
    assert line.startswith("infoshare: ")
    assert str(path.name) in line
    assert out == ""
    assert opened == []
    assert path.read_bytes() == before
    # Reading a WAL-mode file read-only leaves SQLite's empty -wal and index (-shm)
    # beside it (no data in them); anything else would be a write.
    sidecars = {f"{path.name}-wal", f"{path.name}-shm"}
    after = [p for p in tmp_path.iterdir() if p.name not in sidecars]
    assert sorted(p.name for p in after) == listing
    wal = tmp_path / f"{path.name}-wal"
    assert not wal.exists() or wal.stat().st_size == 0


@pytest.mark.parametrize("bad_file", ["newer-version"], indirect=True)
def test_a_newer_database_says_to_install_the_newer_version(
    capsys: pytest.CaptureFixture[str], bad_file: tuple[Path, bytes]
) -> None:
    path, _ = bad_file
    code, _, err = _run(capsys, "export", "csv", "--db", str(path), "-o", str(path) + ".csv",
                        *AS_GUARDIAN)
    assert code == cli.EXIT_UNUSABLE
    assert "newer version" in _one_line(err)


def test_a_folder_given_as_the_database_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = _run(capsys, "demo", "--db", str(tmp_path), "--records", "1")
    assert code != 0
    assert "folder" in _one_line(err)


# --- export errors ------------------------------------------------------------------------


@pytest.fixture
def small_db(tmp_path: Path) -> Path:
    path = tmp_path / "small.db"
    db = Database.open(path)
    try:
        demo_service.create_demo_data(db, 3, seed=1)
    finally:
        db.close()
    return path


def test_export_of_a_missing_database_creates_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "nowhere.db"
    code, _, err = _run(capsys, "export", "csv", "--db", str(missing),
                        "-o", str(tmp_path / "out.csv"), *AS_GUARDIAN)
    assert code != 0
    assert "no database" in _one_line(err).lower()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("where", ["missing-folder", "parent-is-a-file", "is-a-folder"])
def test_export_to_an_impossible_place_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, small_db: Path, where: str
) -> None:
    (tmp_path / "plain.txt").write_text("x")
    (tmp_path / "a-folder").mkdir()
    target = {
        "missing-folder": tmp_path / "no" / "such" / "out.csv",
        "parent-is-a-file": tmp_path / "plain.txt" / "out.csv",
        "is-a-folder": tmp_path / "a-folder",
    }[where]
    before = sorted(p.name for p in tmp_path.iterdir())

    code, out, err = _run(capsys, "export", "csv", "--db", str(small_db), "-o", str(target),
                          *AS_GUARDIAN)

    assert code != 0
    _one_line(err)
    assert out == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert list((tmp_path / "a-folder").iterdir()) == []


def test_unwritable_output_is_one_line_and_keeps_the_old_file(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    small_db: Path,
) -> None:
    target = tmp_path / "out.csv"
    target.write_text("previous export")
    real_open = cli.os.open

    def refuse_part_files(path: object, *args: object, **kwargs: object) -> int:
        if str(path).endswith(".part"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("infoshare_desktop.services.export.os.open", refuse_part_files)
    code, _, err = _run(capsys, "export", "csv", "--db", str(small_db), "-o", str(target),
                        *AS_GUARDIAN)

    assert code == cli.EXIT_FAILED
    assert "Permission denied" in _one_line(err)
    assert target.read_text() == "previous export"
    assert not (tmp_path / "out.csv.part").exists()


def test_export_refuses_to_overwrite_the_database(
    capsys: pytest.CaptureFixture[str], small_db: Path
) -> None:
    before = small_db.read_bytes()
    code, _, err = _run(capsys, "export", "csv", "--db", str(small_db), "-o", str(small_db),
                        *AS_GUARDIAN)
    assert code != 0
    _one_line(err)
    assert small_db.read_bytes() == before


def test_export_replaces_an_existing_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, small_db: Path
) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old")
    code, out, _ = _run(capsys, "export", "csv", "--db", str(small_db), "-o", str(target),
                        *AS_GUARDIAN)
    assert code == 0
    assert "Wrote 3 records" in out
    assert len(list(csv.reader(target.open(encoding="utf-8-sig")))) == 4
    if sys.platform != "win32":
        assert target.stat().st_mode & 0o077 == 0, "the export holds personal data"


# --- demo ---------------------------------------------------------------------------------


@pytest.mark.parametrize("with_records", [True, False])
def test_demo_refuses_a_real_organisations_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, with_records: bool
) -> None:
    path = tmp_path / "live.db"
    db = Database.open(path)
    try:
        worker = make_user(db, "sam", teams=("Team A",))
        if with_records:
            save_draft(db, worker, complete_record(case_reference="CM-204511",
                                                   recipient_organisation_id=None))
    finally:
        db.close()

    code, _, err = _run(capsys, "demo", "--db", str(path), "--records", "5")

    assert code != 0
    assert "real accounts or records" in _one_line(err)
    db = Database.open(path)
    try:
        assert len(list_records(db, worker)) == (1 if with_records else 0)
        assert accounts.get_user(db, worker.id).username == "sam"  # type: ignore[arg-type]
    finally:
        db.close()


def test_demo_creates_the_folder_and_adds_to_a_demo_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "a" / "b" / "demo.db"
    assert _run(capsys, "demo", "--db", str(path), "--records", "4", "--seed", "9")[0] == 0
    assert _run(capsys, "--db", str(path), "demo", "--records", "2")[0] == 0
    db = encryption.unlock(path, "admin1", demo_service.DEMO_PASSWORD)
    try:
        guardian = accounts.authenticate(db, "guardian1", demo_service.DEMO_PASSWORD)
        assert len(list_records(db, guardian)) == 6
        assert len(accounts.list_users(db, guardian)) == len(demo_service.DEMO_ACCOUNTS)
    finally:
        db.close()


@pytest.mark.parametrize("records", ["-1", "many", "2.5"])
def test_demo_needs_a_whole_number_of_records(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, records: str
) -> None:
    code, _, err = _run(capsys, "demo", "--db", str(tmp_path / "x.db"), "--records", records)
    assert code == 2
    assert "--records" in err
    assert "Traceback" not in err
    assert not (tmp_path / "x.db").exists()


def test_a_bug_is_reported_without_its_message(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def explode(*args: object, **kwargs: object) -> int:
        raise ValueError("Ada Testington, 12 Fictional Road")

    monkeypatch.setattr(demo_service, "create_demo_data", explode)
    code, _, err = _run(capsys, "demo", "--db", str(tmp_path / "x.db"), "--records", "1")
    assert code == cli.EXIT_BUG
    line = _one_line(err)
    assert "ValueError" in line
    assert "Ada" not in err and "Fictional" not in err


# --- opening the app ----------------------------------------------------------------------


def test_app_opens_the_database_then_the_window(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr("infoshare_desktop.ui.app.run_gui",
                        lambda path, **_: opened.append(path) or 0)
    path = tmp_path / "new" / "folder" / "infoshare.db"

    code, out, err = _run(capsys, "--db", str(path))

    assert (code, out, err) == (0, "", "")
    assert opened == [path]
    assert path.is_file(), "the database is created (and migrated) before the window opens"


def test_app_uses_the_environment_variable_when_no_flag(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr("infoshare_desktop.ui.app.run_gui",
                        lambda path, **_: opened.append(path) or 0)
    monkeypatch.setenv("INFOSHARE_DB", str(tmp_path / "env.db"))
    assert _run(capsys)[0] == 0
    assert _run(capsys, "--db", str(tmp_path / "flag.db"))[0] == 0
    assert opened == [tmp_path / "env.db", tmp_path / "flag.db"]


def test_no_display_explains_how_to_run_headless(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(cli.sys, "platform", "linux")
    path = tmp_path / "x.db"

    code, _, err = _run(capsys, "--db", str(path))

    assert code == cli.EXIT_UNUSABLE
    line = _one_line(err)
    assert "no display" in line
    assert "QT_QPA_PLATFORM=offscreen infoshare" in line
    assert "infoshare export csv" in line
    assert not path.exists()


def test_help_is_plain_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--help")
    assert code == 0
    assert "demo" in out and "export" in out and "INFOSHARE_DB" in out
    code, out, _ = _run(capsys, "export", "csv", "--help")
    assert code == 0
    assert "dd/mm/yyyy" in out


def test_demo_timing_is_reported(exported: Exported) -> None:
    """The demo says how long it took; how long that is is the benchmark's business
    (``make bench``), not a test's: a busy machine must not fail it."""
    found = re.search(rf"Added {RECORDS} fictional records to .* in ([\d.]+) s\.",
                      exported.demo_out)
    assert found is not None, exported.demo_out
    assert float(found.group(1)) >= 0


def test_decision_times_are_london_time(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "t.db"
    db = Database.open(path)
    try:
        # 30 June 2025 09:15 UTC is 10:15 in London (British Summer Time).
        summer = datetime(2025, 6, 30, 9, 15, tzinfo=UTC)
        worker = make_user(db, "sam")
        save_draft(db, worker, complete_record(decided_at=summer, shared_at=summer,
                                               request_received_on=None,
                                               recipient_organisation_id=None))
    finally:
        db.close()
    out_path = tmp_path / "t.csv"
    monkeypatch.setenv(cli.PASSWORD_ENV, TEST_PASSWORD)
    code = _run(capsys, "export", "csv", "--db", str(path), "-o", str(out_path),
                "--user", "sam")[0]
    assert code == 0
    rows = list(csv.DictReader(out_path.open(encoding="utf-8-sig")))
    assert rows[0]["Date and time of decision"] == "30/06/2025 10:15"


def test_bad_file_is_reported_before_a_missing_display(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(cli.sys, "platform", "linux")
    path = tmp_path / "minutes.docx"
    path.write_bytes(b"PK\x03\x04 not a database")

    code, _, err = _run(capsys, "--db", str(path))

    assert code == cli.EXIT_UNUSABLE
    assert "is not an InfoShare database file" in _one_line(err)
    assert path.read_bytes() == b"PK\x03\x04 not a database"


def test_only_an_unconfigured_start_may_offer_the_team_server(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    offers: list[bool] = []
    monkeypatch.setattr("infoshare_desktop.ui.app.run_gui",
                        lambda path, may_choose_server=False: offers.append(may_choose_server)
                        or 0)
    monkeypatch.delenv("INFOSHARE_DB", raising=False)
    monkeypatch.delenv("INFOSHARE_DATABASE_URL", raising=False)
    monkeypatch.setattr("infoshare_desktop.config.user_db_path", lambda: tmp_path / "own.db")
    assert _run(capsys)[0] == 0
    assert _run(capsys, "--db", str(tmp_path / "flag.db"))[0] == 0
    assert offers == [True, False]
