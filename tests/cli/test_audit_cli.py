"""``infoshare audit verify`` and ``infoshare audit export`` on a real trail.

The trail is made once through the services (``tests/audit_tamper.py``); each test
tampers with its own copy through plain sqlite3, with the protecting triggers
dropped, then runs the command as the Caldicott Guardian. Signing in appends a
LOGIN event after the tampering, as it would in real use.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from infoshare_desktop import cli
from infoshare_desktop.domain.audit import AuditAction
from tests import audit_tamper as t
from tests.services.org import PASSWORD


@pytest.fixture(autouse=True)
def _signed_in_by_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (cli.USER_ENV, cli.PASSWORD_ENV, cli.NEW_PASSWORD_ENV):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv(cli.PASSWORD_ENV, PASSWORD)
    monkeypatch.setattr(cli.sys, "stdin", io.StringIO(""))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("trail") / "trail.db"
    t.make_trail(path)
    return path


@pytest.fixture
def trail(template: Path, tmp_path: Path) -> Path:
    return t.copy_database(template, tmp_path / "trail.db")


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


def verify(capsys: pytest.CaptureFixture[str], path: Path,
           user: str = "guardian") -> tuple[int, str, str]:
    return _run(capsys, "audit", "verify", "--db", str(path), "--user", user)


def broken_at(capsys: pytest.CaptureFixture[str], path: Path, sequence: int) -> str:
    code, out, err = verify(capsys, path)
    assert err == ""
    assert out.startswith(f"BROKEN at event {sequence}: "), out
    assert len(out.splitlines()) == 1
    assert code == 1
    return out


# --- verify: an untouched trail ----------------------------------------------------------


@pytest.mark.parametrize("user", ["guardian", "admin"])
def test_an_untouched_trail_is_ok_with_every_event_counted(
    capsys: pytest.CaptureFixture[str], trail: Path, user: str
) -> None:
    before = t.event_count(trail)
    code, out, err = verify(capsys, trail, user)
    stored = t.rows(trail)
    # Signing in to check is itself an event, and it is counted.
    assert len(stored) == before + 1 and stored[-1][4] == AuditAction.LOGIN.value
    assert (code, err) == (0, "")
    assert out == f"OK: {len(stored)} events, head {stored[-1][-1]}\n"


def test_each_check_grows_the_trail_by_its_sign_in(
    capsys: pytest.CaptureFixture[str], trail: Path
) -> None:
    first = verify(capsys, trail)[1]
    second = verify(capsys, trail)[1]
    count = int(first.split()[1])
    assert second.startswith(f"OK: {count + 1} events, head ")


@pytest.mark.parametrize("user", ["author", "manager_a"])
def test_anyone_else_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], trail: Path, user: str
) -> None:
    code, out, err = verify(capsys, trail, user)
    assert code == cli.EXIT_REFUSED
    assert out == ""
    assert "Only a Caldicott Guardian or an administrator" in _one_line(err)


def test_a_wrong_password_is_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, trail: Path
) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, "not-the-password")
    code, out, err = verify(capsys, trail)
    assert (code, out) == (cli.EXIT_REFUSED, "")
    assert _one_line(err) == "infoshare: Wrong username or password."


def test_the_user_may_come_from_the_environment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, trail: Path
) -> None:
    monkeypatch.setenv(cli.USER_ENV, "guardian")
    code, out, _ = _run(capsys, "audit", "verify", "--db", str(trail))
    assert code == 0 and out.startswith("OK: ")


def test_a_missing_database_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = verify(capsys, tmp_path / "nowhere.db")
    assert code != 0 and out == ""
    assert "There is no database at" in _one_line(err)
    assert not (tmp_path / "nowhere.db").exists()


def test_help_says_what_the_two_answers_mean(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "audit", "verify", "--help")
    assert code == 0
    text = " ".join(out.split())
    assert "'OK: N events, head H'" in text and "exits with 0" in text
    assert "'BROKEN at event N: ...'" in text and "exits with 1" in text
    assert "Caldicott Guardian" in _run(capsys, "audit", "--help")[1]
    assert "audit" in _run(capsys, "--help")[1]


# --- verify: tampering, named at the right event ------------------------------------------


@pytest.mark.parametrize("where", ["first", "authorised", "newest"])
@pytest.mark.parametrize("field", t.FIELDS)
def test_changing_any_field_names_that_event(
    capsys: pytest.CaptureFixture[str], trail: Path, field: str, where: str
) -> None:
    sequence = t.positions(trail)[where]
    broken_at(capsys, trail, t.change_field(trail, sequence, field))


@pytest.mark.parametrize("field", sorted(t.NONSENSE))
def test_a_field_changed_to_nonsense_is_named_not_a_crash(
    capsys: pytest.CaptureFixture[str], trail: Path, field: str
) -> None:
    sequence = t.positions(trail)["authorised"]
    out = broken_at(capsys, trail, t.change_field(trail, sequence, field, t.NONSENSE[field]))
    assert "cannot be read" in out


def test_deleting_an_event_in_the_middle_names_it(
    capsys: pytest.CaptureFixture[str], trail: Path
) -> None:
    sequence = t.positions(trail)["authorised"]
    out = broken_at(capsys, trail, t.delete_events(trail, sequence))
    assert "missing" in out


@pytest.mark.parametrize("how_many", [1, 3])
def test_deleting_the_newest_events_names_the_first_deleted(
    capsys: pytest.CaptureFixture[str], trail: Path, how_many: int
) -> None:
    broken_at(capsys, trail, t.delete_newest(trail, how_many))


@pytest.mark.parametrize("rehash", [False, True], ids=["forged-hash", "recomputed-hash"])
@pytest.mark.parametrize("where", ["first", "authorised", "newest"])
def test_inserting_an_event_renumbering_the_rest_is_found(
    capsys: pytest.CaptureFixture[str], trail: Path, where: str, rehash: bool
) -> None:
    sequence = t.positions(trail)[where]
    broken_at(capsys, trail, t.insert_renumbering(trail, sequence, rehash=rehash))


def test_inserting_an_event_without_renumbering_is_found(
    capsys: pytest.CaptureFixture[str], trail: Path
) -> None:
    broken_at(capsys, trail, t.insert_before_first(trail))


@pytest.mark.parametrize("fields", [t.FIELDS, t.FIELDS[:-2]], ids=["whole-rows", "content"])
@pytest.mark.parametrize("gap", [1, 4])
def test_swapping_two_events_names_the_first_of_them(
    capsys: pytest.CaptureFixture[str], trail: Path, fields: tuple[str, ...], gap: int
) -> None:
    first = t.positions(trail)["authorised"]
    broken_at(capsys, trail, t.swap(trail, first, first + gap, fields))


# --- export ------------------------------------------------------------------------------


def export(capsys: pytest.CaptureFixture[str], path: Path, out: Path, *filters: str,
           user: str = "guardian") -> tuple[int, str, str]:
    return _run(capsys, "audit", "export", "--db", str(path), "-o", str(out), "--user", user,
                *filters)


def csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def logged_export(path: Path) -> dict[str, object]:
    """The details of the newest event, which must be the export's own."""
    newest = t.rows(path)[-1]
    assert newest[4] == AuditAction.EXPORT.value and newest[3] == "guardian"
    details = json.loads(str(newest[7]))
    assert isinstance(details, dict)
    return details


def test_export_writes_every_event_and_records_itself(
    capsys: pytest.CaptureFixture[str], trail: Path, tmp_path: Path
) -> None:
    target = tmp_path / "audit.csv"
    code, out, err = export(capsys, trail, target)
    written = csv_rows(target)
    stored = t.rows(trail)
    assert (code, err) == (0, "")
    # Every event up to the export: the trail and the guardian's sign-in.
    assert len(written) == len(stored) - 1
    assert out == f"Wrote {len(written)} audit events to {target}.\n"
    assert list(written[0]) == ["When", "Who", "Action", "Record", "Details"]
    assert written[0]["Action"] == "Signed in" and written[-1]["Action"] == "Organisation set up"
    assert logged_export(trail) == {"what": "audit events (CSV)", "rows": len(written),
                                    "filters": {}}
    assert str(tmp_path) not in str(stored[-1])
    assert verify(capsys, trail)[0] == 0


def test_export_by_action_and_who(
    capsys: pytest.CaptureFixture[str], trail: Path, tmp_path: Path
) -> None:
    target = tmp_path / "failed.csv"
    assert export(capsys, trail, target, "--action", "login_failed")[0] == 0
    assert [r["Action"] for r in csv_rows(target)] == ["Failed sign-in"] * 2
    assert logged_export(trail)["filters"] == {"action": "login_failed"}

    stored = t.rows(trail)
    assert export(capsys, trail, target, "--who", "manager_a")[0] == 0
    written = csv_rows(target)
    assert {r["Who"] for r in written} == {"manager_a"}
    assert len(written) == sum(1 for row in stored if row[3] == "manager_a")
    assert logged_export(trail)["filters"] == {"user": "manager_a"}


def test_export_by_record(
    capsys: pytest.CaptureFixture[str], trail: Path, tmp_path: Path
) -> None:
    reference = str(t.rows(trail)[t.positions(trail)["authorised"] - 1][6])
    target = tmp_path / "record.csv"
    assert export(capsys, trail, target, "--record", reference.lower())[0] == 0
    written = csv_rows(target)
    expected = [row for row in t.rows(trail) if row[6] == reference]
    assert len(written) == len(expected) >= 5  # created, submitted, authorised, ...
    assert {r["Record"] for r in written} == {reference}
    assert logged_export(trail)["filters"] == {"record": reference.lower()}


def test_export_by_period_in_uk_days(
    capsys: pytest.CaptureFixture[str], trail: Path, tmp_path: Path
) -> None:
    today = date.today()
    target = tmp_path / "period.csv"

    def rows_for(*filters: str) -> int:
        assert export(capsys, trail, target, *filters)[0] == 0
        return len(csv_rows(target))

    def uk(day: date) -> str:
        return day.strftime("%d/%m/%Y")

    everything = t.event_count(trail) + 1  # and the sign-in of this export
    assert rows_for("--since", uk(today), "--until", uk(today)) == everything
    assert logged_export(trail)["filters"] == {"from": uk(today), "to": uk(today)}
    assert rows_for("--until", uk(today - timedelta(days=1))) == 0
    assert rows_for("--since", uk(today + timedelta(days=1))) == 0


def test_export_refuses_others_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], trail: Path, tmp_path: Path
) -> None:
    target = tmp_path / "audit.csv"
    code, out, err = export(capsys, trail, target, user="author")
    assert code == cli.EXIT_REFUSED and out == ""
    assert "Only a Caldicott Guardian or an administrator" in _one_line(err)
    assert not target.exists()
    assert AuditAction.EXPORT.value not in {row[4] for row in t.rows(trail)}


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        (("--who", "nobody"), "There is no account called nobody."),
        (("--since", "02/03/2026", "--until", "01/03/2026"), "--until must be the same day"),
    ],
)
def test_export_filter_mistakes_are_one_line(
    capsys: pytest.CaptureFixture[str], trail: Path, tmp_path: Path,
    filters: tuple[str, ...], message: str,
) -> None:
    target = tmp_path / "audit.csv"
    code, out, err = export(capsys, trail, target, *filters)
    assert code != 0 and out == ""
    assert message in _one_line(err)
    assert not target.exists()


@pytest.mark.parametrize("filters", [("--since", "31/02/2026"), ("--action", "shred")])
def test_export_bad_option_values_are_usage_errors(
    capsys: pytest.CaptureFixture[str], trail: Path, tmp_path: Path, filters: tuple[str, ...]
) -> None:
    code, _, err = export(capsys, trail, tmp_path / "audit.csv", *filters)
    assert code == cli.EXIT_UNUSABLE
    assert "Traceback" not in err and filters[0] in err


def test_export_help_is_plain_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "audit", "export", "--help")
    assert code == 0
    for option in ("--since", "--until", "--action", "--record", "--who", "login_failed"):
        assert option in out


def test_an_event_added_behind_the_apps_back_stops_all_recording_clearly(
    capsys: pytest.CaptureFixture[str], trail: Path
) -> None:
    """Nothing more is written to a chain that no longer holds, and the user is told why."""
    added = t.insert_after_newest(trail)
    before = t.rows(trail)
    code, out, err = _run(capsys, "export", "csv", "--db", str(trail), "-o",
                          str(trail.with_name("out.csv")), "--user", "guardian")
    line = _one_line(err)
    assert "audit trail has been changed outside InfoShare" in line
    assert code != 0 and out == ""
    assert t.rows(trail) == before
    assert not trail.with_name("out.csv").exists()
    # Checking it still works, and names the event that was added.
    broken_at(capsys, trail, added)
    assert t.rows(trail) == before


# --- record content, the head row and anchors: audit verify and check alike ---------------


def check(capsys: pytest.CaptureFixture[str], path: Path) -> tuple[int, str, str]:
    return _run(capsys, "check", "--db", str(path))


def _tamper_completed_purpose(path: Path) -> str:
    reference = t.change_record(path, "purpose", "A purpose nobody recorded")
    return (f"record {reference}: its content does not match version 3 as amended by an "
            "addendum")


def _tamper_version(path: Path) -> str:
    reference = t.change_version(path, 1, "necessity", "Nobody said this")
    sequence = t.sequence_of(path, AuditAction.SUBMIT)
    return (f"record {reference}: its version 1 (submitted) does not match the fingerprint "
            f"event {sequence} kept of it")


def _tamper_middle(path: Path) -> str:
    return f"event {t.delete_events(path, t.positions(path)['authorised'])}: it is missing"


def _tamper_insert(path: Path) -> str:
    sequence = t.insert_renumbering(path, t.positions(path)["authorised"], rehash=True)
    return f"event {sequence}: it does not follow the event before it"


def _tamper_swap(path: Path) -> str:
    first = t.positions(path)["authorised"]
    return f"event {t.swap(path, first, first + 1)}: "


def _tamper_newest_and_head(path: Path) -> str:
    _, reference = t.returned(path)
    t.delete_newest_and_fix_head(path, 3)
    return f"record {reference}: its content does not match version 1 as submitted"


#: Each way of tampering (the triggers dropped first) -> what both commands must name.
TAMPERING = {
    "record column": _tamper_completed_purpose,
    "stored version": _tamper_version,
    "middle event deleted": _tamper_middle,
    "event inserted": _tamper_insert,
    "events swapped": _tamper_swap,
    "newest deleted, head fixed": _tamper_newest_and_head,
}


@pytest.mark.parametrize("how", sorted(TAMPERING))
def test_tampering_is_named_by_audit_verify(
    capsys: pytest.CaptureFixture[str], trail: Path, how: str
) -> None:
    named = TAMPERING[how](trail)
    code, out, err = verify(capsys, trail)
    assert (code, err) == (cli.EXIT_FAILED, "")
    assert out.startswith(f"BROKEN at {named}"), out
    assert len(out.splitlines()) == 1


@pytest.mark.parametrize("how", sorted(TAMPERING))
def test_tampering_is_named_by_check_without_signing_in(
    capsys: pytest.CaptureFixture[str], trail: Path, how: str
) -> None:
    named = TAMPERING[how](trail)
    before = t.rows(trail)
    code, out, err = check(capsys, trail)
    assert (code, err) == (cli.EXIT_FAILED, "")
    assert out.startswith(f"Database NOT OK: Audit trail BROKEN at {named}"), out
    assert out.rstrip().endswith(" s)."), out  # how long the check took
    assert len(out.splitlines()) == 1
    assert t.rows(trail) == before  # nothing written: no sign-in, no event


def test_check_runs_the_whole_verification_and_says_how_long_it_took(
    capsys: pytest.CaptureFixture[str], trail: Path
) -> None:
    stored = t.rows(trail)
    code, out, err = check(capsys, trail)
    assert (code, err) == (0, "")
    first, second = out.splitlines()
    assert first == "Database OK: 2 decisions, integrity check passed."
    assert second.startswith(f"Audit trail OK: {len(stored)} events, head {stored[-1][-1]} "
                             "(checked in ")
    assert second.endswith(" s).")
    assert t.rows(trail) == stored


def test_check_of_an_older_layout_says_the_trail_was_checked_at_its_end_only(
    capsys: pytest.CaptureFixture[str], trail: Path
) -> None:
    t.downgrade(trail, "0008")
    before = trail.read_bytes()
    code, out, err = check(capsys, trail)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Database OK: 2 decisions, integrity check passed.",
        "The audit trail was checked only at its end: this database has an older layout. "
        "Open it once with this version of InfoShare (it is upgraded, after a backup), then "
        "check it again."]
    assert trail.read_bytes() == before


def test_expect_confirms_the_anchor_a_report_printed(
    capsys: pytest.CaptureFixture[str], trail: Path
) -> None:
    anchor = t.anchor(trail)
    code, out, err = _run(capsys, "audit", "verify", "--db", str(trail), "--user", "guardian",
                          "--expect", anchor)
    assert (code, err) == (0, "")
    result, confirmed = out.splitlines()
    assert result.startswith("OK: ")
    count, digits = anchor.split(":")
    assert confirmed == f"Event {count} still has the fingerprint {digits}\u2026 printed in " \
                        "the report."


@pytest.mark.parametrize("digits", [8, 16, 64])
def test_expect_catches_a_trail_rebuilt_with_fresh_hashes_after_an_edit(
    capsys: pytest.CaptureFixture[str], trail: Path, digits: int
) -> None:
    count, head = t.rows(trail)[-1][0], str(t.rows(trail)[-1][-1])
    t.edit_and_rebuild(trail)
    assert verify(capsys, trail)[0] == 0  # every hash is right again: only the anchor shows
    code, out, err = _run(capsys, "audit", "verify", "--db", str(trail), "--user", "guardian",
                          "--expect", f"{count}:{head[:digits].upper()}")
    assert (code, err) == (cli.EXIT_FAILED, "")
    assert out.startswith(f"BROKEN at event {count}: its hash begins "), out
    assert f"not {head[:digits]} as printed in an earlier report" in out
    assert len(out.splitlines()) == 1


def test_expect_beyond_the_end_of_the_trail_is_named(
    capsys: pytest.CaptureFixture[str], trail: Path
) -> None:
    count = t.event_count(trail) + 1  # the sign-in to check is the last event there is
    code, out, _ = _run(capsys, "audit", "verify", "--db", str(trail), "--user", "guardian",
                        "--expect", f"{count + 5}:0123abcd")
    assert code == cli.EXIT_FAILED
    assert out.startswith(f"BROKEN at event {count + 5}: it is missing: the trail ends after "
                          f"{count} events"), out


@pytest.mark.parametrize("value", ["", "12", "12:", ":abcdef12", "x:abcdef12", "12:abc",
                                   "12:abcdefgz", "-3:abcdef12", "0:abcdef12", "1:2:3",
                                   "12:" + "a" * 65])
def test_a_malformed_expect_is_one_line_and_opens_nothing(
    capsys: pytest.CaptureFixture[str], trail: Path, value: str
) -> None:
    before = t.rows(trail)
    code, out, err = _run(capsys, "audit", "verify", "--db", str(trail), "--user", "guardian",
                          f"--expect={value}")
    assert code == cli.EXIT_UNUSABLE and out == ""
    assert "--expect takes COUNT:HASH" in _one_line(err)
    assert t.rows(trail) == before  # not even the sign-in was recorded


def test_help_explains_expect(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "audit", "verify", "--help")
    text = " ".join(out.split())
    assert code == 0 and "--expect COUNT:HASH" in text and "rebuilt" in text
    assert "'BROKEN at record IS-YYYY-NNNNNN: ...'" in text
