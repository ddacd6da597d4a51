"""The Reports screen: choose a report, make it off the GUI thread, read it, save or print it.

The form on the left asks only for what the chosen report needs; "Make report"
checks the answers first (problems beside each input and in a summary at the top),
then makes the PDF in a worker thread with a progress bar and a Cancel button. The
PDF is kept in memory only (personal data never goes to a temporary file) and
shown on the right with QtPdf. Making a report, saving a copy and printing it are
each recorded in the audit trail by the reporting service.
"""

from __future__ import annotations

import io
import logging
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QIODevice,
    QRect,
    QSize,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from infoshare_desktop.domain.accounts import Team, User
from infoshare_desktop.services import accounts, reporting
from infoshare_desktop.services.database import Database, StorageError
from infoshare_desktop.services.errors import ServiceError
from infoshare_desktop.services.reporting import (
    GuardianReport,
    RecordReport,
    ReportCancelled,
    ReportRequest,
    ReportResult,
    SubjectAccessPack,
    SupervisionReport,
)
from infoshare_desktop.ui import dialogs
from infoshare_desktop.ui.style import ARROW, BORDER, LOCKED, TEXT, repolish, set_primary
from infoshare_desktop.ui.text import error_text
from infoshare_desktop.ui.widgets.fields_form import error_label
from infoshare_desktop.ui.widgets.focus import chain_tab_order

log = logging.getLogger(__name__)

#: The form column's width: wide enough for the hints, the rest is the preview.
FORM_WIDTH = 380
#: Pages are rendered for the printer at no more than this resolution.
PRINT_DPI = 300
DATE_DISPLAY = "dd/MM/yyyy"
#: Date inputs drawn like the app's other inputs (the app's stylesheet has no QDateEdit).
DATE_STYLE = f"""
QDateEdit {{
    border: 2px solid {TEXT}; padding: 4px 30px 4px 6px; background: #ffffff;
    border-radius: 0px;
}}
QDateEdit:focus {{ border: 3px solid {TEXT}; padding: 3px 29px 3px 5px; }}
QDateEdit:disabled {{ border: 1px solid {BORDER}; background: {LOCKED}; color: {TEXT}; }}
QDateEdit::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: 28px; border: none;
}}
QDateEdit::down-arrow {{ image: url("{ARROW}"); width: 12px; height: 8px; }}
"""
#: The primary button greyed while a report is being made (else it looks pressable).
BUSY_STYLE = f"""
QPushButton[primary="true"]:disabled {{
    background: #f8f8f8; color: #6f777b; border: 1px solid {BORDER};
}}
"""


@dataclass(frozen=True)
class ReportKind:
    """How the screen offers one kind of report."""

    request_type: type
    name: str
    hint: str
    #: The start of a saved copy's file name (never anything about a person).
    file_stem: str


def _kinds() -> dict[type, ReportKind]:
    translate = QCoreApplication.translate
    return {
        RecordReport: ReportKind(
            RecordReport, translate("ReportsView", "Decision record"),
            translate("ReportsView", "Every answer on one decision, with its history, "
                      "addenda and earlier versions."), "decision-record"),
        SupervisionReport: ReportKind(
            SupervisionReport, translate("ReportsView", "Supervision report"),
            translate("ReportsView", "One practitioner's decisions over a period, with "
                      "outstanding items and sign-off boxes."), "supervision-report"),
        GuardianReport: ReportKind(
            GuardianReport, translate("ReportsView", "Caldicott Guardian report"),
            translate("ReportsView", "Counts and charts for the organisation or one team "
                      "over a period, with every share made without consent."),
            "guardian-report"),
        SubjectAccessPack: ReportKind(
            SubjectAccessPack, translate("ReportsView", "Subject access pack"),
            translate("ReportsView", "Everything held about one case reference, fit to "
                      "send to the person."), "subject-access-pack"),
    }


def default_period(today: date) -> tuple[date, date]:
    """The first day of last month to today: last month whole, and this one so far."""
    first_of_this = today.replace(day=1)
    if first_of_this.month == 1:
        return first_of_this.replace(year=today.year - 1, month=12), today
    return first_of_this.replace(month=first_of_this.month - 1), today


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ReportWorker(QThread):
    """Makes one report into memory on its own thread; ``cancel`` stops it at the next
    progress step (the service then writes and audits nothing)."""

    #: Percentage done.
    progressed = Signal(int)
    #: The PDF's bytes and the ``ReportResult``.
    succeeded = Signal(object, object)
    #: A message for the person.
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self, db: Database, user: User, request: ReportRequest, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user
        self.request = request
        self._stop = threading.Event()
        self._percent = -1

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, fraction: float) -> None:
        if self._stop.is_set():
            raise ReportCancelled
        percent = max(0, min(100, int(fraction * 100)))
        if percent != self._percent:
            self._percent = percent
            self.progressed.emit(percent)

    def run(self) -> None:
        out = io.BytesIO()
        try:
            result = reporting.generate_report(
                self.db, self.user, self.request, out,
                translate=QCoreApplication.translate, progress=self._progress)
        except ReportCancelled:
            self.cancelled.emit()
            return
        except (ServiceError, StorageError) as error:
            self.failed.emit(error_text(error))
            return
        except Exception as error:  # the screen must stay usable whatever went wrong
            # Only the kind of error: its text could hold personal data.
            log.error("Could not make a report (%s)", type(error).__name__)
            self.failed.emit(QCoreApplication.translate(
                "ReportsView", "The report could not be made because of a fault in InfoShare. "
                "Try again; if it keeps happening, tell your IT service desk."))
            return
        self.succeeded.emit(out.getvalue(), result)


class DateBox(QDateEdit):
    """A date typed as dd/mm/yyyy (or picked from a calendar) whose Tab key moves to the
    next input, as everywhere else, rather than to the month and then the year: typing
    the digits moves from day to month to year by itself."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class _Field(QWidget):
    """One input with its label, hint and problem line, shown or hidden as a whole."""

    def __init__(self, label: str, editor: QWidget, hint: str = "") -> None:
        super().__init__()
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.setSpacing(2)
        is_box = isinstance(editor, QCheckBox)
        self.label = QLabel(label)
        self.label.setObjectName("FieldLabel")
        self.label.setBuddy(editor)
        self.label.setWordWrap(True)
        self.hint = QLabel(hint)
        self.hint.setObjectName("Hint")
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))
        self.error = error_label()
        if not is_box:
            editor.setAccessibleName(label)
            layout.addWidget(self.label)
            layout.addWidget(self.hint)
        else:
            self.label.hide()
            self.hint.setContentsMargins(24, 0, 0, 0)
        if hint:
            editor.setAccessibleDescription(hint)
        layout.addWidget(self.error)
        layout.addWidget(editor)
        if is_box:
            layout.addWidget(self.hint)

    def set_problem(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.setProperty("error", bool(message))
        repolish(self)

    def problem(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""


class ReportsView(QWidget):
    """Choose a report and its inputs, make it, read it, save or print it."""

    #: The report was made and is shown (for tests and the status of the window).
    report_ready = Signal()

    def __init__(
        self, db: Database, user: User, kinds: list[type] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user
        if kinds is None:
            kinds = reporting.available_reports(db, user)
        every = _kinds()
        self.kinds = [every[k] for k in kinds if k in every]
        self.worker: ReportWorker | None = None
        self.pdf_bytes: bytes | None = None
        self.request: ReportRequest | None = None
        self.result: ReportResult | None = None
        self._shut = False
        self._summary_links: list[QPushButton] = []

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._build_form())
        outer.addWidget(self._build_preview(), 1)
        self._kind_changed(self.kind_box.currentIndex())
        self._apply_tab_order()

    # --- building ------------------------------------------------------------------
    def _build_form(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedWidth(FORM_WIDTH + 48)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(8)
        title = QLabel(self.tr("Reports"))
        title.setObjectName("PageTitle")
        layout.addWidget(title)
        intro = QLabel(self.tr("Make a PDF report, read it here, then save or print it. "
                               "Every report is recorded in the audit trail."))
        intro.setObjectName("Hint")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.summary = QFrame()
        self.summary.setObjectName("ErrorSummary")
        self.summary.setAccessibleName(self.tr("There is a problem"))
        summary_layout = QVBoxLayout(self.summary)
        summary_layout.setContentsMargins(14, 10, 14, 10)
        summary_title = QLabel(self.tr("There is a problem"))
        summary_title.setObjectName("ErrorSummaryTitle")
        summary_layout.addWidget(summary_title)
        self.summary_list = QVBoxLayout()
        self.summary_list.setSpacing(2)
        summary_layout.addLayout(self.summary_list)
        self.summary.hide()
        layout.addWidget(self.summary)

        self.message = QLabel()
        self.message.setObjectName("Notice")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout.addWidget(self.message)

        self.kind_box = QComboBox()
        for kind in self.kinds:
            self.kind_box.addItem(kind.name)
        self.kind_field = _Field(self.tr("Report"), self.kind_box,
                                 self.tr("Only the reports you may make are listed"))
        self.kind_description = QLabel()
        self.kind_description.setObjectName("Hint")
        self.kind_description.setWordWrap(True)
        kind_layout = self.kind_field.layout()
        assert kind_layout is not None
        kind_layout.addWidget(self.kind_description)
        layout.addWidget(self.kind_field)

        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("For example, IS-2026-000123"))
        self.reference_field = _Field(
            self.tr("Decision's reference"), self.reference,
            self.tr("As shown in the Decisions list and at the top of the record"))

        self.practitioner = QComboBox()
        self.people: list[User] = self._load_people()
        for person in self.people:
            self.practitioner.addItem(self.tr("{name} ({username})").format(
                name=person.full_name, username=person.username))
        self.practitioner_field = _Field(
            self.tr("Practitioner"), self.practitioner,
            self.tr("Whose decisions the report lists"))
        if self.user.id is not None:
            mine = [i for i, p in enumerate(self.people) if p.id == self.user.id]
            if mine:
                self.practitioner.setCurrentIndex(mine[0])

        self.team = QComboBox()
        self.teams: list[Team | None] = [None, *self._load_teams()]
        self.team.addItem(self.tr("Whole organisation"))
        for team in self.teams[1:]:
            assert team is not None
            self.team.addItem(team.name)
        self.team_field = _Field(
            self.tr("Team"), self.team,
            self.tr("The decisions of the whole organisation, or of one team's members"))

        self.case_reference = QLineEdit()
        self.case_reference.setPlaceholderText(self.tr("For example, CM-204511"))
        self.case_field = _Field(
            self.tr("Case reference"), self.case_reference,
            self.tr("The person's case reference in your case management system"))
        self.redact = QCheckBox(self.tr("Leave out third parties' names and details"))
        self.redact_field = _Field(
            self.tr("Leave out third parties' names and details"), self.redact,
            self.tr("Names and dates of birth of other people are blacked out wherever "
                    "they appear"))
        self.redact.setAccessibleName(self.redact.text())

        today = reporting.today_uk()
        since, until = default_period(today)
        self.date_from = self._date_edit(since)
        self.date_to = self._date_edit(until)
        self.from_field = _Field(self.tr("From"), self.date_from,
                                 self.tr("On or after this day"))
        self.to_field = _Field(self.tr("To"), self.date_to,
                               self.tr("Including this day"))
        period = QWidget()
        period_row = QHBoxLayout(period)
        period_row.setContentsMargins(0, 0, 0, 0)
        period_row.setSpacing(16)
        period_row.addWidget(self.from_field, 1, Qt.AlignmentFlag.AlignTop)
        period_row.addWidget(self.to_field, 1, Qt.AlignmentFlag.AlignTop)
        self.period = period

        for widget in (self.reference_field, self.practitioner_field, self.team_field,
                       self.case_field, self.redact_field, self.period):
            layout.addWidget(widget)

        self.make_button = QPushButton(self.tr("Make report"))
        set_primary(self.make_button)
        self.make_button.setDefault(True)
        self.make_button.setStyleSheet(BUSY_STYLE)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop making the report"))
        self.cancel_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Progress of the report"))
        self.progress.setFormat(self.tr("%p% made"))
        self.progress.hide()
        layout.addWidget(self.progress)
        layout.addStretch(1)
        scroll.setWidget(body)

        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.make_button.clicked.connect(self.make_report)
        self.cancel_button.clicked.connect(self.cancel)
        for line in (self.reference, self.case_reference):
            line.returnPressed.connect(self.make_report)
        return scroll

    def _date_edit(self, value: date) -> QDateEdit:
        edit = DateBox(_qdate(value))
        edit.setDisplayFormat(DATE_DISPLAY)
        edit.setCalendarPopup(True)
        edit.setMinimumWidth(140)
        edit.setStyleSheet(DATE_STYLE)
        return edit

    def _build_preview(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("ReportPreview")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(16, 20, 24, 16)
        layout.setSpacing(8)
        self.result_line = QLabel()
        self.result_line.setObjectName("SubHeading")
        self.result_line.setWordWrap(True)
        layout.addWidget(self.result_line)
        top = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setToolTip(self.tr("Save a copy of this report as a PDF file"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print this report"))
        top.addWidget(self.save_button)
        top.addWidget(self.print_button)
        top.addStretch(1)
        layout.addLayout(top)

        self.document = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setAccessibleName(self.tr("The report"))
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setPageSpacing(12)
        self.empty_state = QLabel(self.tr(
            "Choose a report and press “Make report”. It will appear here."))
        self.empty_state.setObjectName("EmptyState")
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.empty_state.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.pdf_view)
        layout.addWidget(self.stack, 1)
        self._buffer: QBuffer | None = None
        self._show_result(False)

        self.save_button.clicked.connect(self.save_copy)
        self.print_button.clicked.connect(self.print_report)
        return panel

    def _load_people(self) -> list[User]:
        if not any(k.request_type is SupervisionReport for k in self.kinds):
            return []
        try:
            return reporting.supervision_people(self.db, self.user)
        except (ServiceError, StorageError) as error:
            log.warning("Could not list the practitioners (%s)", type(error).__name__)
            return []

    def _load_teams(self) -> list[Team]:
        if not any(k.request_type is GuardianReport for k in self.kinds):
            return []
        try:
            return accounts.list_teams(self.db)
        except (ServiceError, StorageError) as error:
            log.warning("Could not list the teams (%s)", type(error).__name__)
            return []

    def _apply_tab_order(self) -> None:
        chain_tab_order([
            *self._summary_links, self.kind_box, self.reference, self.practitioner,
            self.team, self.case_reference, self.redact, self.date_from, self.date_to,
            self.make_button, self.cancel_button, self.save_button, self.print_button,
            self.pdf_view,
        ])

    # --- the form ------------------------------------------------------------------
    def current_kind(self) -> ReportKind | None:
        index = self.kind_box.currentIndex()
        return self.kinds[index] if 0 <= index < len(self.kinds) else None

    def choose(self, request_type: type) -> None:
        """Show the inputs of ``request_type`` (if this person may run it)."""
        for index, kind in enumerate(self.kinds):
            if kind.request_type is request_type:
                self.kind_box.setCurrentIndex(index)

    def _kind_changed(self, _index: int) -> None:
        kind = self.current_kind()
        wanted = None if kind is None else kind.request_type
        self.kind_description.setText(kind.hint if kind else "")
        self.kind_box.setAccessibleDescription(kind.hint if kind else "")
        self.reference_field.setVisible(wanted is RecordReport)
        self.practitioner_field.setVisible(wanted is SupervisionReport)
        self.team_field.setVisible(wanted is GuardianReport)
        self.case_field.setVisible(wanted is SubjectAccessPack)
        self.redact_field.setVisible(wanted is SubjectAccessPack)
        self.period.setVisible(wanted in (SupervisionReport, GuardianReport))
        self._show_problems([])

    def _fields(self) -> list[_Field]:
        return [self.reference_field, self.practitioner_field, self.team_field,
                self.case_field, self.from_field, self.to_field]

    def request_from_form(self) -> ReportRequest | None:
        """The request the form describes, or ``None`` after showing what to correct."""
        kind = self.current_kind()
        if kind is None:
            return None
        problems: list[tuple[_Field, str]] = []
        since, until = _pydate(self.date_from.date()), _pydate(self.date_to.date())
        wanted = kind.request_type
        if wanted in (SupervisionReport, GuardianReport) and since > until:
            problems.append((self.from_field, self.tr("“From” must be on or before “To”")))
        request: ReportRequest | None = None
        if wanted is RecordReport:
            reference = self.reference.text().strip()
            if not reference:
                problems.append((self.reference_field, self.tr("Enter the decision's reference")))
            request = RecordReport(reference)
        elif wanted is SupervisionReport:
            index = self.practitioner.currentIndex()
            if not 0 <= index < len(self.people):
                problems.insert(0, (self.practitioner_field, self.tr(
                    "Choose the practitioner the report is about")))
                request = None
            else:
                request = SupervisionReport(self.people[index].username, since, until)
        elif wanted is GuardianReport:
            team = self.teams[self.team.currentIndex()] if self.team.currentIndex() >= 0 \
                else None
            request = GuardianReport(since, until, None if team is None else team.id)
        elif wanted is SubjectAccessPack:
            case = self.case_reference.text().strip()
            if not case:
                problems.append((self.case_field, self.tr("Enter the case reference")))
            request = SubjectAccessPack(case, self.redact.isChecked())
        self._show_problems(problems)
        return None if problems else request

    def _show_problems(self, problems: list[tuple[_Field, str]]) -> None:
        """Each problem beside its input and in the summary; focus the summary's first."""
        for field in self._fields():
            field.set_problem("")
        for link in self._summary_links:
            self.summary_list.removeWidget(link)
            link.hide()  # at once: deleteLater waits for the event loop
            link.deleteLater()
        self._summary_links = []
        for field, message in problems:
            field.set_problem(message)
            link = QPushButton(message)
            link.setProperty("link", True)
            link.setAccessibleName(message)
            link.clicked.connect(lambda _checked=False, f=field: f.editor.setFocus(
                Qt.FocusReason.OtherFocusReason))
            self.summary_list.addWidget(link)
            self._summary_links.append(link)
        self.summary.setVisible(bool(problems))
        self._apply_tab_order()
        if problems:
            problems[0][0].editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def problems(self) -> list[str]:
        """The problems shown beside the inputs, top to bottom."""
        return [f.problem() for f in self._fields() if f.problem()]

    def show_message(self, text: str, tone: str = "info") -> None:
        """A notice at the top ("good", "bad" or "info"; "" hides it)."""
        self.message.setText(text)
        self.message.setProperty("tone", tone)
        repolish(self.message)
        self.message.setVisible(bool(text))

    # --- making the report ---------------------------------------------------------
    def running(self) -> bool:
        return self.worker is not None

    def make_report(self) -> bool:
        """Check the form, then start making the report (one at a time)."""
        if self.running() or self._shut:
            return False
        self.show_message("")
        request = self.request_from_form()
        if request is None:
            return False
        self.release()
        worker = ReportWorker(self.db, self.user, request, self)
        worker.progressed.connect(self.progress.setValue)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(self._cancelled)
        worker.finished.connect(self._worker_finished)
        self.worker = worker
        self.request = request
        self._set_running(True)
        worker.start()
        return True

    def cancel(self) -> None:
        """Ask the worker to stop at its next step; the screen goes idle when it has."""
        if self.worker is None:
            return
        self.worker.cancel()
        self.cancel_button.setEnabled(False)
        self.progress.setFormat(self.tr("Stopping…"))

    def _set_running(self, running: bool) -> None:
        for widget in (self.kind_box, self.reference, self.practitioner, self.team,
                       self.case_reference, self.redact, self.date_from, self.date_to,
                       self.make_button, *self._summary_links):
            widget.setEnabled(not running)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("%p% made"))
        self.progress.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.cancel_button.setVisible(running)
        if running:
            self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.make_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _succeeded(self, pdf: bytes, result: ReportResult) -> None:
        if self._shut:
            return
        self.pdf_bytes = pdf
        self.result = result
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        kind = self.shown_kind()
        name = kind.name if kind else self.tr("Report")
        decisions = (self.tr("1 decision") if result.decisions == 1
                     else self.tr("{count} decisions").format(count=result.decisions))
        pages = (self.tr("1 page") if result.pages == 1
                 else self.tr("{count} pages").format(count=result.pages))
        self.result_line.setText(self.tr("{report}: {decisions}, {pages}").format(
            report=name, decisions=decisions, pages=pages))
        self._show_result(True)
        self.report_ready.emit()

    def _failed(self, message: str) -> None:
        if not self._shut:
            self.show_message(message, "bad")

    def _cancelled(self) -> None:
        if not self._shut:
            self.request = None
            self.show_message(self.tr("Report cancelled. Nothing was made or recorded."))

    def _worker_finished(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()
        if not self._shut:
            self._set_running(False)

    def _show_result(self, shown: bool) -> None:
        self.stack.setCurrentWidget(self.pdf_view if shown else self.empty_state)
        for widget in (self.result_line, self.save_button, self.print_button):
            widget.setVisible(shown)

    def release(self) -> None:
        """Forget the report: the document, its bytes and the preview."""
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer.deleteLater()
            self._buffer = None
        self.pdf_bytes = None
        self.result = None
        self.result_line.clear()
        self._show_result(False)

    def shut_down(self) -> None:
        """The window is going (closed, or the user signed out): stop any report being
        made, wait for its thread, and forget the report shown."""
        self._shut = True
        worker = self.worker
        if worker is not None:
            worker.cancel()
            worker.wait()
        self.release()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shut_down()
        super().closeEvent(event)

    # --- saving and printing ---------------------------------------------------------
    def shown_kind(self) -> ReportKind | None:
        """The kind of the report made last (the form may since show another)."""
        if self.request is None:
            return None
        return next((k for k in self.kinds if isinstance(self.request, k.request_type)), None)

    def suggested_file_name(self) -> str:
        """A name with the kind of report and today's date: never a person or a case."""
        kind = self.shown_kind()
        stem = kind.file_stem if kind else "report"
        return f"{stem}-{reporting.today_uk().isoformat()}.pdf"

    def save_copy(self) -> bool:
        """Write the report shown to a file of the person's choice, and audit the copy."""
        pdf, request, result = self.pdf_bytes, self.request, self.result
        if pdf is None or request is None or result is None:
            return False
        path = dialogs.ask_save_path(
            self, self.tr("Save the report as a PDF"), self.suggested_file_name(),
            self.tr("PDF files (*.pdf)"), ".pdf")
        if path is None:
            return False
        try:
            reporting.write_atomically(path, lambda out: out.write(pdf))
        except ServiceError as error:
            self.show_message(error_text(error), "bad")
            return False
        try:
            reporting.log_saved_copy(self.db, self.user, request, result)
        except (ServiceError, StorageError) as error:
            # A copy the audit trail does not know about must not be left behind.
            Path(path).unlink(missing_ok=True)
            self.show_message(self.tr("The copy was not kept: {reason}").format(
                reason=error_text(error)), "bad")
            return False
        self.show_message(self.tr("Saved to {file}").format(file=Path(path).name), "good")
        return True

    def choose_printer(self) -> QPrinter | None:
        """Ask which printer (and pages) to use; ``None`` if the person cancelled."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_file_name().removesuffix(".pdf"))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    def print_report(self) -> bool:
        """Print every page of the report shown, and audit it."""
        request, result = self.request, self.result
        if self.pdf_bytes is None or request is None or result is None:
            return False
        printer = self.choose_printer()
        if printer is None:
            return False
        if not self._paint(printer):
            self.show_message(self.tr("The report could not be printed: the printer did not "
                                      "start. Check it is switched on and try again."), "bad")
            return False
        try:
            reporting.log_printed(self.db, self.user, request, result)
        except (ServiceError, StorageError) as error:
            self.show_message(error_text(error), "bad")
            return False
        self.show_message(self.tr("Sent to the printer"), "good")
        return True

    def _paint(self, printer: QPrinter) -> bool:
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                area = painter.viewport()
                points = self.document.pagePointSize(page)
                if points.width() <= 0 or points.height() <= 0:
                    continue
                scale = min(area.width() / points.width(), area.height() / points.height())
                width, height = int(points.width() * scale), int(points.height() * scale)
                target = QRect(area.x() + (area.width() - width) // 2, area.y(), width, height)
                # Rendered at no more than PRINT_DPI, then scaled by the printer.
                pixels = min(scale, PRINT_DPI / 72)
                image = self.document.render(
                    page, QSize(int(points.width() * pixels), int(points.height() * pixels)))
                painter.drawImage(target, image)
        finally:
            painter.end()
        return True
