"""The Reports screen: each report made off the GUI thread, shown, saved, printed, audited."""

from __future__ import annotations

import io
import os
import threading
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.audit import AuditAction, AuditEvent
from infoshare_desktop.domain.record import DecisionRecord, PersonInvolved
from infoshare_desktop.domain.vocab import PersonRole, Role
from infoshare_desktop.services import audit, reporting
from infoshare_desktop.services.reporting import (
    GuardianReport,
    RecordReport,
    SubjectAccessPack,
    SupervisionReport,
)
from infoshare_desktop.storage.database import Database
from infoshare_desktop.ui.main_window import MainWindow
from infoshare_desktop.ui.views.reports_view import ReportsView, default_period
from tests.reports.oversight_data import add
from tests.services.org import Org, build

SINCE, UNTIL = date(2026, 1, 1), date(2026, 3, 31)
CASE = "CM-550123"
THIRD = PersonInvolved(PersonRole.THIRD_PARTY, "Quentin Zebedee-Hargreaves", date(1979, 8, 23))
CHILD = PersonInvolved(PersonRole.CHILD, "Tilly Marchbanks", date(2016, 4, 2))


@pytest.fixture
def org(db: Database) -> Org:
    return build(db)


@pytest.fixture
def made(org: Org) -> list[DecisionRecord]:
    """Six decisions by the team A practitioner in the period (three of one case), one
    before it."""
    records = [add(org.db, org.author, datetime(2026, 1 + n % 3, 3 + n, 11, tzinfo=UTC),
                   case_reference=CASE if n < 3 else f"CM-55{n}999", people=[CHILD, THIRD])
               for n in range(6)]
    records.append(add(org.db, org.author, datetime(2025, 11, 3, 11, tzinfo=UTC)))
    return records


@pytest.fixture
def guardian(org: Org) -> User:
    return org.add_user("gwen", Role.GUARDIAN)


def open_view(qtbot: Any, db: Database, user: User) -> ReportsView:
    view = ReportsView(db, user)
    qtbot.addWidget(view)
    view.resize(1080, 760)
    view.show()
    qtbot.waitExposed(view)
    return view


def set_period(view: ReportsView, since: date, until: date) -> None:
    view.date_from.setDate(QDate(since.year, since.month, since.day))
    view.date_to.setDate(QDate(until.year, until.month, until.day))


def finish(qtbot: Any, view: ReportsView) -> None:
    """Wait for the worker, then for the preview to have read the PDF."""
    qtbot.waitUntil(lambda: not view.running(), timeout=20_000)
    if view.pdf_bytes is not None:
        qtbot.waitUntil(lambda: view.document.status() == QPdfDocument.Status.Ready,
                        timeout=5_000)


def make(qtbot: Any, view: ReportsView) -> None:
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    finish(qtbot, view)


def events(org: Org, action: AuditAction = AuditAction.REPORT) -> list[AuditEvent]:
    return audit.find_events(org.db, org.admin, actions=[action])


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def check_shown(view: ReportsView, decisions: int, title: str) -> list[str]:
    """The preview shows the PDF made, and the line says what it is."""
    assert view.pdf_bytes is not None and view.result is not None
    pages = pdf_pages(view.pdf_bytes)
    assert view.document.pageCount() == len(pages) == view.result.pages
    assert view.result.decisions == decisions
    assert view.stack.currentWidget() is view.pdf_view
    page_word = "1 page" if len(pages) == 1 else f"{len(pages)} pages"
    decision_word = "1 decision" if decisions == 1 else f"{decisions} decisions"
    assert view.result_line.text() == f"{title}: {decision_word}, {page_word}"
    assert view.save_button.isVisible() and view.print_button.isVisible()
    assert view.make_button.isEnabled() and not view.progress.isVisible()
    return pages


# --- each report from the screen ----------------------------------------------------------


def test_each_report_is_made_shown_and_audited_once(
    qtbot, org: Org, made: list[DecisionRecord], guardian: User,
) -> None:
    view = open_view(qtbot, org.db, guardian)
    assert [k.request_type for k in view.kinds] == [
        RecordReport, SupervisionReport, GuardianReport, SubjectAccessPack]

    view.choose(RecordReport)
    qtbot.keyClicks(view.reference, made[0].reference)
    make(qtbot, view)
    pages = check_shown(view, 1, "Decision record")
    assert made[0].reference in pages[0]
    assert len(events(org)) == 1

    view.choose(SupervisionReport)
    chosen = [p.username for p in view.people]
    view.practitioner.setCurrentIndex(chosen.index("author"))
    set_period(view, SINCE, UNTIL)
    make(qtbot, view)
    pages = check_shown(view, 6, "Supervision report")
    assert all(r.reference in "".join(pages) for r in made[:6])
    assert made[6].reference not in "".join(pages)
    assert len(events(org)) == 2

    view.choose(GuardianReport)
    assert view.team.itemText(0) == "Whole organisation"
    view.team.setCurrentIndex([view.team.itemText(i) for i in range(view.team.count())]
                              .index("Team A"))
    make(qtbot, view)
    check_shown(view, 6, "Caldicott Guardian report")
    assert events(org)[0].details["filters"]["team_id"] == org.team_a.id

    view.choose(SubjectAccessPack)
    qtbot.keyClicks(view.case_reference, CASE)
    view.redact.setChecked(True)
    make(qtbot, view)
    pages = check_shown(view, 3, "Subject access pack")
    assert "Zebedee" not in "".join(pages)
    assert "Tilly Marchbanks" in "".join(pages)

    reports = events(org)
    assert len(reports) == 4  # one per report made
    assert [e.details["what"] for e in reversed(reports)] == [
        reporting.RECORD_REPORT, reporting.SUPERVISION_REPORT, reporting.GUARDIAN_REPORT,
        reporting.SUBJECT_PACK]


def test_a_new_report_releases_the_last_one(
    qtbot, org: Org, made: list[DecisionRecord], guardian: User,
) -> None:
    view = open_view(qtbot, org.db, guardian)
    qtbot.keyClicks(view.reference, made[1].reference)
    make(qtbot, view)
    first = view.pdf_bytes
    assert first is not None
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    # Released as soon as the next one starts: nothing of the first is shown or held.
    assert view.pdf_bytes is None and view.stack.currentWidget() is view.empty_state
    finish(qtbot, view)
    assert view.pdf_bytes is not None


# --- what a practitioner may run ------------------------------------------------------------


def test_a_practitioner_sees_no_guardian_report_and_only_themselves(
    qtbot, org: Org, made: list[DecisionRecord],
) -> None:
    org.add_user("chris", Role.PRACTITIONER, member_of=(org.team_a,))
    view = open_view(qtbot, org.db, org.author)
    assert [k.request_type for k in view.kinds] == [
        RecordReport, SupervisionReport, SubjectAccessPack]
    assert [view.kind_box.itemText(i) for i in range(view.kind_box.count())] == [
        "Decision record", "Supervision report", "Subject access pack"]
    assert [p.username for p in view.people] == ["author"]
    assert view.practitioner.count() == 1
    view.choose(SupervisionReport)
    set_period(view, SINCE, UNTIL)
    make(qtbot, view)
    check_shown(view, 6, "Supervision report")


def test_a_manager_chooses_among_the_team(qtbot, org: Org, made: list[DecisionRecord]) -> None:
    manager = org.add_user("mary", Role.MANAGER, manages=(org.team_a,))
    org.add_user("bea", Role.PRACTITIONER, member_of=(org.team_b,))
    view = open_view(qtbot, org.db, manager)
    assert GuardianReport not in [k.request_type for k in view.kinds]
    names = [p.username for p in view.people]
    assert "author" in names and "bea" not in names
    assert view.people[view.practitioner.currentIndex()].username == "mary"  # themselves first


# --- checking what was typed, and refusals ----------------------------------------------------


def test_an_empty_reference_is_named_and_nothing_runs(qtbot, org: Org, guardian: User) -> None:
    view = open_view(qtbot, org.db, guardian)
    view.choose(RecordReport)
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    assert not view.running()
    assert view.problems() == ["Enter the decision's reference"]
    assert view.summary.isVisible()
    assert [link.text() for link in view._summary_links] == ["Enter the decision's reference"]
    assert view.focusWidget() is view.reference
    view.choose(SubjectAccessPack)
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    assert view.problems() == ["Enter the case reference"]
    assert events(org) == []


def test_from_after_to_is_named_and_nothing_runs(
    qtbot, org: Org, made: list[DecisionRecord], guardian: User,
) -> None:
    view = open_view(qtbot, org.db, guardian)
    for kind in (SupervisionReport, GuardianReport):
        view.choose(kind)
        set_period(view, UNTIL, SINCE)
        qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
        assert not view.running()
        assert view.problems() == ["“From” must be on or before “To”"]
        assert view.from_field.error.isVisible() and view.summary.isVisible()
        assert view.focusWidget() is view.date_from
    # Corrected, the problem goes and the report is made.
    set_period(view, SINCE, UNTIL)
    make(qtbot, view)
    assert view.problems() == [] and not view.summary.isVisible()
    assert view.pdf_bytes is not None


@pytest.mark.parametrize("case", ["unknown reference", "empty period", "not allowed"])
def test_refusals_are_shown_and_what_was_typed_is_kept(
    qtbot, org: Org, made: list[DecisionRecord], case: str,
) -> None:
    other = org.add_user("bea", Role.PRACTITIONER, member_of=(org.team_b,))
    viewer = other if case == "not allowed" else org.author
    view = open_view(qtbot, org.db, viewer)
    if case == "empty period":
        view.choose(SupervisionReport)
        set_period(view, date(2024, 1, 1), date(2024, 1, 31))
        expected = "has no decisions"
    else:
        view.choose(RecordReport)
        typed = "IS-1999-999999" if case == "unknown reference" else made[0].reference
        qtbot.keyClicks(view.reference, typed)
        expected = "no record" if case == "unknown reference" else "cannot read"
    make(qtbot, view)
    assert view.message.isVisible() and view.message.property("tone") == "bad"
    assert expected in view.message.text()
    assert view.pdf_bytes is None and view.stack.currentWidget() is view.empty_state
    assert view.make_button.isEnabled()
    if case != "empty period":
        assert view.reference.text() == typed
    assert events(org) == []


# --- off the GUI thread: progress, cancel, one at a time, closing -------------------------------


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Reports wait at their first progress step until the event is set."""
    gate = threading.Event()
    real = reporting.generate_report

    def slow(db: Database, actor: User, request: Any, out: Any, *, translate: Any,
             progress: Callable[[float], None], now: Any = None) -> Any:
        def step(fraction: float) -> None:
            gate.wait(10)
            progress(fraction)
        return real(db, actor, request, out, translate=translate, progress=step, now=now)

    monkeypatch.setattr(reporting, "generate_report", slow)
    return gate


def test_the_screen_stays_responsive_and_shows_progress(
    qtbot, org: Org, made: list[DecisionRecord], guardian: User, held: threading.Event,
) -> None:
    view = open_view(qtbot, org.db, guardian)
    view.choose(GuardianReport)
    set_period(view, SINCE, UNTIL)
    seen: list[int] = []
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    assert view.running()
    assert worker_progress(view, seen)
    assert view.progress.isVisible() and view.cancel_button.isVisible()
    for widget in (view.kind_box, view.team, view.date_from, view.date_to, view.make_button):
        assert not widget.isEnabled()
    assert not view.make_report()  # only one at a time
    # The event loop runs while the report is being made.
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=3_000)
    timer.stop()
    assert view.running()
    held.set()
    finish(qtbot, view)
    assert seen[-1] == 100 and seen == sorted(seen) and len(seen) > 2
    check_shown(view, 6, "Caldicott Guardian report")
    assert len(events(org)) == 1


def worker_progress(view: ReportsView, seen: list[int]) -> bool:
    worker = view.worker
    if worker is None:
        return False
    worker.progressed.connect(seen.append)
    return True


def test_cancel_returns_to_idle_and_audits_nothing(
    qtbot, org: Org, made: list[DecisionRecord], guardian: User, held: threading.Event,
) -> None:
    view = open_view(qtbot, org.db, guardian)
    view.choose(SupervisionReport)
    view.practitioner.setCurrentIndex([p.username for p in view.people].index("author"))
    set_period(view, SINCE, UNTIL)
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    assert view.running()
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    assert not view.cancel_button.isEnabled()
    held.set()
    finish(qtbot, view)
    assert "Report cancelled" in view.message.text()
    assert view.pdf_bytes is None and view.stack.currentWidget() is view.empty_state
    assert view.make_button.isEnabled() and view.kind_box.isEnabled()
    assert not view.progress.isVisible() and not view.cancel_button.isVisible()
    assert events(org) == []
    # It can be made again afterwards.
    make(qtbot, view)
    check_shown(view, 6, "Supervision report")
    assert len(events(org)) == 1


def test_closing_the_window_while_a_report_is_made_is_safe(
    qtbot, org: Org, made: list[DecisionRecord], guardian: User, held: threading.Event,
) -> None:
    window = MainWindow(org.db, guardian, idle_lock_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    view = window.reports_view
    assert view is not None
    window.show_page(view)
    view.choose(GuardianReport)
    set_period(view, SINCE, UNTIL)
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    worker = view.worker
    assert worker is not None
    threading.Timer(0.2, held.set).start()
    window.close()  # waits for the worker, which stops at its next step
    assert worker.isFinished()
    assert view.pdf_bytes is None
    qtbot.wait(50)  # its last signals arrive after the window has gone: ignored
    assert events(org) == []


# --- saving and printing -----------------------------------------------------------------


def made_supervision(qtbot: Any, org: Org, guardian: User) -> ReportsView:
    view = open_view(qtbot, org.db, guardian)
    view.choose(SupervisionReport)
    view.practitioner.setCurrentIndex([p.username for p in view.people].index("author"))
    set_period(view, SINCE, UNTIL)
    make(qtbot, view)
    assert view.pdf_bytes is not None
    return view


def test_save_writes_the_file_and_is_audited(
    qtbot, org: Org, made: list[DecisionRecord], guardian: User, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = made_supervision(qtbot, org, guardian)
    asked: list[str] = []
    target = tmp_path / "copy"

    def choose(parent: QWidget, title: str, name: str, filters: str) -> tuple[str, str]:
        asked.append(name)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    today = reporting.today_uk().isoformat()
    assert asked == [f"supervision-report-{today}.pdf"]  # no name, no case reference
    saved = tmp_path / "copy.pdf"
    assert saved.read_bytes() == view.pdf_bytes
    assert os.stat(saved).st_mode & 0o777 == 0o600
    assert not list(tmp_path.glob("*.part"))
    assert view.message.property("tone") == "good" and "copy.pdf" in view.message.text()
    [export] = events(org, AuditAction.EXPORT)
    assert export.details["what"] == reporting.SUPERVISION_REPORT
    assert export.details["rows"] == 6
    assert export.details["filters"] == {"practitioner": "author", "from": "01/01/2026",
                                         "to": "31/03/2026", "pages": view.result.pages}
    assert str(tmp_path) not in str(export.details)
    assert len(events(org)) == 1  # saving a copy does not count as making another


def test_save_to_an_unwritable_place_says_so_and_leaves_nothing(
    qtbot, org: Org, made: list[DecisionRecord], guardian: User, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = made_supervision(qtbot, org, guardian)
    folder = tmp_path / "saved"
    folder.mkdir()
    target = folder / "no-such-folder" / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (str(target), "PDF files (*.pdf)"))
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.message.property("tone") == "bad"
    assert view.message.text().startswith("Cannot write")
    assert not target.exists() and not target.parent.exists()
    assert list(folder.iterdir()) == []
    assert events(org, AuditAction.EXPORT) == []
    assert view.pdf_bytes is not None  # the report is still there to save elsewhere


def test_print_renders_every_page_and_is_audited(
    qtbot, org: Org, made: list[DecisionRecord], guardian: User, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = made_supervision(qtbot, org, guardian)
    printed = tmp_path / "printed.pdf"

    def to_file(self: ReportsView) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(ReportsView, "choose_printer", to_file)
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert len(PdfReader(str(printed)).pages) == view.result.pages
    [event] = events(org, AuditAction.PRINT)
    assert event.details["what"] == reporting.SUPERVISION_REPORT
    assert view.message.text() == "Sent to the printer"

    monkeypatch.setattr(ReportsView, "choose_printer", lambda self: None)  # cancelled
    assert not view.print_report()
    assert len(events(org, AuditAction.PRINT)) == 1


# --- keyboard --------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", [RecordReport, SupervisionReport, GuardianReport,
                                  SubjectAccessPack])
def test_tab_reaches_every_input_and_the_button(
    qtbot, org: Org, guardian: User, kind: type,
) -> None:
    view = open_view(qtbot, org.db, guardian)
    view.activateWindow()
    view.choose(kind)
    expected: list[QWidget] = [view.kind_box, *{
        RecordReport: [view.reference],
        SupervisionReport: [view.practitioner, view.date_from, view.date_to],
        GuardianReport: [view.team, view.date_from, view.date_to],
        SubjectAccessPack: [view.case_reference, view.redact],
    }[kind], view.make_button]
    view.kind_box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.kind_box)
    reached: list[QWidget] = [view.kind_box]
    for _ in range(len(expected) - 1):
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == expected
    for widget in expected[:-1]:
        assert widget.accessibleName()
    assert view.make_button.text() == "Make report"


def test_enter_in_the_reference_makes_the_report(
    qtbot, org: Org, made: list[DecisionRecord], guardian: User,
) -> None:
    view = open_view(qtbot, org.db, guardian)
    view.reference.setFocus()
    qtbot.keyClicks(view.reference, made[2].reference)
    qtbot.keyClick(view.reference, Qt.Key.Key_Return)
    finish(qtbot, view)
    check_shown(view, 1, "Decision record")


# --- in the main window ----------------------------------------------------------------------


def test_the_main_window_offers_reports_to_readers_only(
    qtbot, org: Org, made: list[DecisionRecord], guardian: User,
) -> None:
    admin = MainWindow(org.db, org.admin, idle_lock_ms=3_600_000)
    qtbot.addWidget(admin)
    assert admin.reports_view is None and "Reports" not in admin.page_names()

    window = MainWindow(org.db, org.author, idle_lock_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "Reports" in window.page_names()
    view = window.reports_view
    assert view is not None
    window.show_page(view)
    qtbot.keyClicks(view.reference, made[0].reference)
    make(qtbot, view)
    assert view.pdf_view.isVisible()
    # Locking hides the report with everything else.
    window.lock()
    assert not view.isVisible() and not view.pdf_view.isVisible()
    window.unlock()
    assert view.pdf_view.isVisible()
    window.close()
    assert view.pdf_bytes is None  # signing out forgets the report


def test_default_period_is_last_month_to_today() -> None:
    assert default_period(date(2026, 11, 25)) == (date(2026, 10, 1), date(2026, 11, 25))
    assert default_period(date(2026, 1, 9)) == (date(2025, 12, 1), date(2026, 1, 9))
