"""The audit trail screen (Caldicott Guardians and administrators).

Filters by person, record reference, action and period narrow the events, newest
first; Enter or a double-click opens the event's record (for those who may read it);
"Check the trail" verifies the hash chain; the filtered events can be exported to
CSV or PDF, and each export is itself recorded in the trail.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.audit import AuditAction, AuditEvent, ChainReport
from infoshare_desktop.domain.permissions import Action, Relation, may
from infoshare_desktop.services import accounts, audit, audit_export
from infoshare_desktop.services import settings as settings_service
from infoshare_desktop.services.database import Database, StorageError
from infoshare_desktop.services.errors import ServiceError
from infoshare_desktop.ui import dialogs
from infoshare_desktop.ui.models.tables import Column, RowsModel
from infoshare_desktop.ui.style import repolish
from infoshare_desktop.ui.text import error_text, vocab_label
from infoshare_desktop.ui.views.record_lists import SEARCH_DELAY_MS, FilterBox
from infoshare_desktop.ui.widgets.dates import DateInput, parse_date, to_utc

log = logging.getLogger(__name__)

#: The screen shows at most this many events (the newest); exports take them all.
SHOWN_LIMIT = 5_000


class AuditEventsModel(RowsModel[AuditEvent]):
    """The events, one row each, as ``AuditFormatter`` words them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.formatter = audit_export.AuditFormatter(QCoreApplication.translate)

    @property
    def columns(self) -> Sequence[Column[AuditEvent]]:  # type: ignore[override]
        f = self.formatter
        headers = f.headers()
        return (
            Column(lambda: headers[0], f.when, lambda e: e.sequence),
            Column(lambda: headers[1], lambda e: e.username, lambda e: e.username),
            Column(lambda: headers[2], f.action, f.action),
            Column(lambda: headers[3], lambda e: e.reference, lambda e: e.reference),
            Column(lambda: headers[4], f.details, f.details),
        )


def set_tone(label: QLabel, tone: str, text: str) -> None:
    """Show ``text`` in a notice styled "good", "bad" or "info" ("" hides it)."""
    label.setText(text)
    label.setProperty("tone", tone)
    repolish(label)
    label.setVisible(bool(text))


class TrailCheckWorker(QThread):
    """Checks the whole trail on its own thread: with every record's content recomputed,
    a large log takes seconds, and the window must stay usable meanwhile."""

    #: The ``ChainReport``.
    checked = Signal(object)
    #: A message for the person.
    failed = Signal(str)

    def __init__(self, db: Database, user: User, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user

    def run(self) -> None:
        try:
            report = audit.verify(self.db, self.user)
        except (ServiceError, StorageError) as error:
            self.failed.emit(error_text(error))
            return
        except Exception as error:  # the screen must stay usable whatever went wrong
            # Only the kind of error: its text could hold personal data.
            log.error("Could not check the audit trail (%s)", type(error).__name__)
            self.failed.emit(QCoreApplication.translate(
                "AuditView", "The trail could not be checked because of a fault in InfoShare. "
                "Try again; if it keeps happening, tell your IT service desk."))
            return
        self.checked.emit(report)


class AuditView(QWidget):
    """Filters, the events table, a count line, the chain check and the exports."""

    #: The record id of an event to open.
    open_requested = Signal(int)
    #: A check of the trail has finished and its answer is shown.
    trail_checked = Signal()

    def __init__(self, db: Database, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user
        self.usernames: dict[int, str] = {}
        self.truncated = False
        self.check_worker: TrailCheckWorker | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        top = QHBoxLayout()
        title = QLabel(self.tr("Audit trail"))
        title.setObjectName("PageTitle")
        top.addWidget(title)
        top.addStretch(1)
        self.check_button = QPushButton(self.tr("Check the trail"))
        self.check_button.setToolTip(self.tr(
            "Check that no event has been changed, removed or inserted since it was recorded"))
        self.csv_button = QPushButton(self.tr("Export to CSV…"))
        self.csv_button.setToolTip(self.tr("Save the events listed below as a spreadsheet"))
        self.pdf_button = QPushButton(self.tr("Export to PDF…"))
        self.pdf_button.setToolTip(self.tr("Save the events listed below as a PDF report"))
        for button in (self.check_button, self.csv_button, self.pdf_button):
            top.addWidget(button)
        layout.addLayout(top)
        reads_records = may(user, Action.VIEW_RECORD, frozenset({Relation.OTHER}))
        hint = QLabel(self.tr(
            "Everything done in InfoShare, newest first. Press Enter or double-click an "
            "event to open its record."
        ) if reads_records else self.tr(
            "Everything done in InfoShare, newest first. Record content is left out: "
            "administrators do not read decision records."
        ))
        hint.setObjectName("Hint")
        hint.setWordWrap(True)
        self.hint = hint
        layout.addWidget(hint)

        self.user_filter = FilterBox(self.tr("Anyone"), self.tr("Who"))
        self.reference = QLineEdit()
        self.reference.setAccessibleName(self.tr("Record"))
        self.reference.setPlaceholderText(self.tr("All or part of a reference"))
        self.reference.setClearButtonEnabled(True)
        self.action_filter = FilterBox(self.tr("Any action"), self.tr("Action"))
        for action in AuditAction:
            self.action_filter.add_choice(vocab_label(action), action)
        self.date_from = DateInput()
        self.date_from.setAccessibleName(self.tr("From"))
        self.date_to = DateInput()
        self.date_to.setAccessibleName(self.tr("To"))
        for day in (self.date_from, self.date_to):
            day.setMinimumWidth(130)
        self.user_filter.setMinimumWidth(300)
        self.reference.setMinimumWidth(300)
        self.action_filter.setMinimumWidth(340)
        self._fill_users()
        self.filter_widgets: list[QWidget] = [self.user_filter, self.action_filter,
                                              self.reference, self.date_from, self.date_to]
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
        # Who and what on the first line; which record and when on the second; the
        # first column's labels line up, the rest follow on.
        for row, widgets in enumerate(([self.user_filter, self.action_filter],
                                       [self.reference, self.date_from, self.date_to])):
            rest = QHBoxLayout()
            rest.setSpacing(8)
            for index, widget in enumerate(widgets):
                label = QLabel(widget.accessibleName())
                label.setObjectName("FieldLabel")
                label.setBuddy(widget)
                if index == 0:
                    grid.addWidget(label, row, 0)
                    grid.addWidget(widget, row, 1)
                    continue
                rest.addSpacing(16)
                rest.addWidget(label)
                rest.addWidget(widget)
            rest.addStretch(1)
            grid.addLayout(rest, row, 2)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)

        self.message = QLabel()
        self.message.setObjectName("Notice")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout.addWidget(self.message)

        self.model = AuditEventsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit events"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 120, 260, 130)):
            self.table.setColumnWidth(column, width)
        self.empty_state = QLabel()
        self.empty_state.setObjectName("EmptyState")
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.empty_state.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_state)
        layout.addWidget(self.stack, 1)
        self.count_line = QLabel()
        self.count_line.setObjectName("CountLine")
        layout.addWidget(self.count_line)

        self.typing_timer = QTimer(self)
        self.typing_timer.setSingleShot(True)
        self.typing_timer.setInterval(SEARCH_DELAY_MS)
        self.typing_timer.timeout.connect(self.refresh)
        for box in (self.user_filter, self.action_filter):
            box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.reference.textChanged.connect(lambda _text: self.typing_timer.start())
        self.reference.returnPressed.connect(self.refresh)
        for day in (self.date_from, self.date_to):
            # Half a date is not an error yet: wait for a whole one, or for Enter or Tab.
            day.textChanged.connect(self._date_typed)
            day.editingFinished.connect(self.refresh)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)
        self.check_button.clicked.connect(self.check_trail)
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button.clicked.connect(self.export_pdf)
        # Loaded when shown, not when built: the main window builds this page at
        # start-up, and reading thousands of events then would delay the first window.

    def showEvent(self, event: QShowEvent) -> None:
        """Show the trail as it is now: it grows while the window is open."""
        super().showEvent(event)
        self.refresh()

    def _date_typed(self, _text: str) -> None:
        if self.date_from.is_valid() and self.date_to.is_valid():
            self.typing_timer.start()

    def _fill_users(self) -> None:
        try:
            people = accounts.list_users(self.db, self.user, include_inactive=True)
        except (ServiceError, StorageError) as error:
            log.warning("Could not list the accounts (%s)", type(error).__name__)
            people = []
        for person in sorted(people, key=lambda p: p.username.casefold()):
            if person.id is None:
                continue
            self.usernames[person.id] = person.username
            self.user_filter.add_choice(
                self.tr("{username} ({name})").format(username=person.username,
                                                       name=person.full_name),
                person.id,
            )

    # --- filters -------------------------------------------------------------------
    def _period(self) -> tuple[datetime | None, datetime | None]:
        """The period as UTC bounds (``until`` exclusive); ``ValueError`` names a bad date."""
        bounds: list[date | None] = []
        for edit in (self.date_from, self.date_to):
            try:
                bounds.append(parse_date(edit.text()))
            except ValueError:
                raise ValueError(self.tr("Enter the “{box}” date as dd/mm/yyyy, for example "
                                         "03/11/2026.").format(box=edit.accessibleName())
                                 ) from None
        start, end = bounds
        if start is not None and end is not None and end < start:
            raise ValueError(self.tr("The “To” date must be the same as or after the “From” "
                                     "date."))
        since = to_utc(start, time(0, 0)) if start is not None else None
        until = to_utc(end + timedelta(days=1), time(0, 0)) if end is not None else None
        return since, until

    def filters(self) -> dict[str, str]:
        """The filters in use, for the trail's record of an export: usernames, a
        reference, an action code and dates; never anything else about a person."""
        values: dict[str, str] = {}
        user_id = self.user_filter.value()
        if isinstance(user_id, int):
            values["user"] = self.usernames.get(user_id, str(user_id))
        if self.reference.text().strip():
            values["record"] = self.reference.text().strip()
        action = self.action_filter.value()
        if isinstance(action, AuditAction):
            values["action"] = action.value
        for key, edit in (("from", self.date_from), ("to", self.date_to)):
            if edit.text().strip():
                values[key] = edit.text().strip()
        return values

    def filters_text(self) -> str:
        """The filters in words, for the PDF's first page ("" for none)."""
        parts = []
        if self.user_filter.currentIndex() > 0:
            parts.append(self.tr("who: {value}").format(value=self.user_filter.currentText()))
        if self.reference.text().strip():
            parts.append(self.tr("record: {value}").format(value=self.reference.text().strip()))
        if self.action_filter.currentIndex() > 0:
            parts.append(self.tr("action: {value}").format(
                value=self.action_filter.currentText()))
        if self.date_from.text().strip():
            parts.append(self.tr("from {date}").format(date=self.date_from.text().strip()))
        if self.date_to.text().strip():
            parts.append(self.tr("to {date}").format(date=self.date_to.text().strip()))
        return "; ".join(parts)

    def filtered(self) -> bool:
        return bool(self.filters())

    def load(self, limit: int | None) -> list[AuditEvent]:
        """The events the filters select, newest first (``ValueError`` for a bad date).

        The reference is matched here, ignoring case and allowing part of it, so the
        service is asked for every event the other filters select.
        """
        since, until = self._period()
        user_id = self.user_filter.value()
        action = self.action_filter.value()
        reference = self.reference.text().strip().casefold()
        events = audit.find_events(
            self.db, self.user,
            user_id=user_id if isinstance(user_id, int) else None,
            actions=[action] if isinstance(action, AuditAction) else None,
            since=since, until=until,
            limit=None if reference or limit is None else limit,
        )
        if reference:
            events = [e for e in events if reference in e.reference.casefold()]
            if limit is not None:
                events = events[:limit]
        return events

    def refresh(self) -> None:
        """Reload the events from the trail with the filters as they are."""
        self.typing_timer.stop()
        try:
            events = self.load(SHOWN_LIMIT + 1)
        except ValueError as problem:
            self.show_message(str(problem), "bad")
            return
        except (ServiceError, StorageError) as error:
            self.show_message(error_text(error), "bad")
            return
        if self.message.property("tone") == "bad":
            self.show_message("")
        self.truncated = len(events) > SHOWN_LIMIT
        self.model.set_rows(events[:SHOWN_LIMIT])
        self._show_count(min(len(events), SHOWN_LIMIT))

    def _show_count(self, count: int) -> None:
        filtered = self.filtered()
        if self.truncated:
            text = self.tr("The newest {count} events are shown: narrow the filters to see "
                           "older ones. Exports include every matching event."
                           ).format(count=count)
        elif filtered:
            text = (self.tr("1 event matches the filters") if count == 1
                    else self.tr("{count} events match the filters").format(count=count))
        else:
            text = (self.tr("1 event") if count == 1
                    else self.tr("{count} events").format(count=count))
        self.count_line.setText(text)
        if count:
            self.stack.setCurrentWidget(self.table)
        else:
            self.empty_state.setText(self.tr("No events match the filters.") if filtered
                                     else self.tr("No events recorded yet."))
            self.stack.setCurrentWidget(self.empty_state)

    def show_message(self, text: str, tone: str = "info") -> None:
        set_tone(self.message, tone, text)

    # --- opening a record ------------------------------------------------------------
    def event_at(self, index: QModelIndex) -> AuditEvent:
        return self.model.row_at(index.row())

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        event = self.event_at(index)
        if event.record_id is None:
            self.show_message(self.tr("This event is not about a record."))
            return
        self.open_requested.emit(event.record_id)

    # --- checking the chain ------------------------------------------------------------
    def check_trail(self) -> None:
        """Verify every event, every kept version and every locked record's content, on
        a worker thread; say calmly what was found (``trail_checked`` when it is shown)."""
        if self.check_worker is not None:
            return
        worker = TrailCheckWorker(self.db, self.user, self)
        worker.checked.connect(self._trail_checked)
        worker.failed.connect(self._trail_check_failed)
        worker.finished.connect(self._trail_check_done)
        self.check_worker = worker
        self.check_button.setEnabled(False)
        self.show_message(self.tr("Checking the audit trail and every record's content…"))
        worker.start()

    def _trail_check_done(self) -> None:
        worker, self.check_worker = self.check_worker, None
        if worker is not None:
            worker.deleteLater()
        self.check_button.setEnabled(True)
        self.trail_checked.emit()

    def _trail_check_failed(self, text: str) -> None:
        self.show_message(text, "bad")

    def _trail_checked(self, report: ChainReport) -> None:
        if report.ok:
            self.show_message(self.tr(
                "The audit trail is intact: no event has been changed, removed or inserted."
                "\n{result}").format(result=report.describe(QCoreApplication.translate)), "good")
        else:
            self.show_message(self.tr(
                "The audit trail has been tampered with. Tell your Caldicott Guardian and "
                "your IT service desk, and keep a copy of this database as it is.\n{result}"
            ).format(result=report.describe(QCoreApplication.translate)), "bad")

    def shut_down(self) -> None:
        """The window is going: wait for a check still running, so no thread outlives it."""
        worker = self.check_worker
        if worker is not None:
            worker.wait()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shut_down()
        super().closeEvent(event)

    # --- exports -----------------------------------------------------------------------
    def _all_events(self) -> list[AuditEvent] | None:
        try:
            return self.load(None)
        except ValueError as problem:
            self.show_message(str(problem), "bad")
        except (ServiceError, StorageError) as error:
            self.show_message(error_text(error), "bad")
        return None

    def _exported(self, kind: str, path: str, rows: int) -> None:
        """Record the export in the trail, then say where the file went."""
        try:
            audit.log_export(self.db, self.user, f"audit events ({kind})", rows,
                             filters=self.filters())
        except (ServiceError, StorageError) as error:
            self.show_message(error_text(error), "bad")
            return
        saved = (self.tr("1 event saved to {file}") if rows == 1
                 else self.tr("{count} events saved to {file}"))
        self.show_message(saved.format(count=rows, file=Path(path).name), "good")
        self.refresh()

    def _stamp(self) -> str:
        return datetime.now().strftime("%Y-%m-%d")

    def export_csv(self) -> bool:
        path = dialogs.ask_save_path(
            self, self.tr("Export the audit events to CSV"),
            f"infoshare-audit-{self._stamp()}.csv", self.tr("CSV files (*.csv)"), ".csv")
        if path is None:
            return False
        events = self._all_events()
        if events is None:
            return False
        try:
            rows = audit_export.export_events_csv(events, path, QCoreApplication.translate)
        except OSError as error:
            dialogs.show_error(self, self.tr("Cannot save the file"), self.tr(
                "The file could not be written ({reason}). Choose another folder."
            ).format(reason=error.strerror or type(error).__name__))
            return False
        self._exported("CSV", path, rows)
        return True

    def export_pdf(self) -> bool:
        path = dialogs.ask_save_path(
            self, self.tr("Export the audit events to PDF"),
            f"infoshare-audit-{self._stamp()}.pdf", self.tr("PDF files (*.pdf)"), ".pdf")
        if path is None:
            return False
        events = self._all_events()
        if events is None:
            return False
        try:
            settings = settings_service.get_settings(self.db)
        except (ServiceError, StorageError) as error:
            self.show_message(error_text(error), "bad")
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            rows = audit_export.export_events_pdf(
                events, path, organisation=settings.organisation_name,
                marking=settings.protective_marking,
                generated_by=f"{self.user.full_name} ({self.user.username})",
                generated_at=datetime.now(UTC), filters_text=self.filters_text(),
                translate=QCoreApplication.translate,
            )
        except OSError as error:
            dialogs.show_error(self, self.tr("Cannot save the file"), self.tr(
                "The file could not be written ({reason}). Choose another folder."
            ).format(reason=error.strerror or type(error).__name__))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._exported("PDF", path, rows)
        return True
