"""The main window: navigation on the left, the decision list or the directory on the right."""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.services import records as record_service
from infoshare_desktop.services import recovery
from infoshare_desktop.services.database import Database, StorageError
from infoshare_desktop.services.errors import ServiceError
from infoshare_desktop.services.recovery import RecoveredForm
from infoshare_desktop.ui import dialogs
from infoshare_desktop.ui.focus import chain_tab_order
from infoshare_desktop.ui.models import RecordsModel, sorting_proxy
from infoshare_desktop.ui.organisations_view import OrganisationsView
from infoshare_desktop.ui.record_form import AUTOSAVE_MS, RecordForm
from infoshare_desktop.ui.recovery_dialog import RecoveryDialog
from infoshare_desktop.ui.style import set_primary

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250


class DecisionsView(QWidget):
    """Title, search box, the list of decisions and the "New record" button."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        top = QHBoxLayout()
        title = QLabel(self.tr("Decisions"))
        title.setObjectName("PageTitle")
        top.addWidget(title)
        top.addStretch(1)
        self.new_button = QPushButton(self.tr("New record"))
        self.new_button.setToolTip(self.tr("Record a new decision (Ctrl+N)"))
        set_primary(self.new_button)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        search_line = QHBoxLayout()
        search_label = QLabel(self.tr("Search"))
        search_label.setObjectName("FieldLabel")
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Reference, case reference, name, recipient or words in the record")
        )
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setAccessibleDescription(
            self.tr("Filters the list as you type")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(560)
        search_label.setBuddy(self.search)
        search_line.addWidget(search_label)
        search_line.addWidget(self.search, 1)
        search_line.addStretch(1)
        layout.addLayout(search_line)

        self.model = RecordsModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Decisions"))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorShown(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
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

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self._size_columns()

    def refresh(self) -> None:
        """Reload the list from the services, applying the search text."""
        self.search_timer.stop()
        text = self.search.text().strip()
        try:
            rows = record_service.list_records(self.db, text)
        except (ServiceError, StorageError) as error:
            dialogs.show_error(self, self.tr("Cannot load the decisions"), str(error))
            return
        self.model.set_rows(rows)
        count = len(rows)
        if text:
            self.count_line.setText(
                self.tr("1 decision matches your search") if count == 1
                else self.tr("{count} decisions match your search").format(count=count)
            )
        else:
            self.count_line.setText(
                self.tr("1 decision") if count == 1
                else self.tr("{count} decisions").format(count=count)
            )
        if count:
            self.stack.setCurrentWidget(self.table)
        else:
            self.empty_state.setText(
                self.tr("No decisions match your search. Check the spelling or search "
                        "for a case reference.") if text
                else self.tr("No decisions recorded yet.\nChoose “New record” to record "
                             "your first decision to share, or not to share, information.")
            )
            self.stack.setCurrentWidget(self.empty_state)

    def _size_columns(self) -> None:
        """Short columns fit their text, the recipient takes the room left over."""
        header = self.table.horizontalHeader()
        fit = QHeaderView.ResizeMode.ResizeToContents
        for column in (0, 1, 6):
            header.setSectionResizeMode(column, fit)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        for column, width in ((2, 120), (4, 160), (5, 170)):
            self.table.setColumnWidth(column, width)

    def summary_at(self, index: QModelIndex) -> record_service.RecordSummary:
        return self.model.row_at(self.proxy.mapToSource(index).row())


class MainWindow(QMainWindow):
    """The application's window. Forms open in their own windows."""

    def __init__(
        self, db: Database, *, autosave_ms: int = AUTOSAVE_MS, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.autosave_ms = autosave_ms
        self.forms: list[RecordForm] = []
        self.recovery_dialog: RecoveryDialog | None = None
        self.setWindowTitle(self.tr("InfoShare"))
        self.resize(1280, 800)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.navigation = QListWidget()
        self.navigation.setObjectName("Navigation")
        self.navigation.ensurePolished()  # item sizes must include the stylesheet's padding
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.addItems([self.tr("Decisions"), self.tr("Recipient organisations")])
        self.navigation.setFixedWidth(200)
        row.addWidget(self.navigation)
        self.pages = QStackedWidget()
        self.decisions = DecisionsView(db)
        self.organisations = OrganisationsView(db)
        self.pages.addWidget(self.decisions)
        self.pages.addWidget(self.organisations)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)

        self._build_menus()
        self.decisions.new_button.clicked.connect(self.new_record)
        # Enter emits activated; a double-click emits doubleClicked (and, on most
        # styles, activated too: opening the same record twice reuses its window).
        self.decisions.table.activated.connect(self._open_index)
        self.decisions.table.doubleClicked.connect(self._open_index)
        self.decisions.refresh()
        chain_tab_order([
            self.navigation, self.decisions.new_button, self.decisions.search,
            self.decisions.table,
        ])
        self.decisions.search.setFocus()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = QAction(self.tr("&New record"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_record)
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About InfoShare"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About InfoShare"), self.tr(
            "<b>InfoShare Desktop</b><p>Record each decision to share, or not to share, "
            "information about children and families: what, with whom, when, why and on "
            "what lawful basis.</p><p>Database: {path}</p>"
        ).format(path=str(self.db.path)))

    # --- forms ---------------------------------------------------------------------
    def open_form(
        self, record: DecisionRecord, *, recovery_slot: int | None = None, unsaved: bool = False
    ) -> RecordForm:
        """Show ``record`` in a form window (reusing one already open for it)."""
        if record.id is not None and recovery_slot is None:
            for form in self.forms:
                if form.record.id == record.id:
                    form.show()
                    form.raise_()
                    form.activateWindow()
                    return form
        form = RecordForm(
            self.db, record, autosave_ms=self.autosave_ms,
            recovery_slot=recovery_slot, unsaved=unsaved,
        )
        form.saved.connect(lambda _id: self.decisions.refresh())
        form.closed.connect(self._form_closed)
        self.forms.append(form)
        form.show()
        form.activateWindow()
        return form

    def new_record(self) -> RecordForm:
        return self.open_form(record_service.new_record())

    def open_record(self, record_id: int) -> RecordForm | None:
        try:
            record = record_service.get_record(self.db, record_id)
        except (ServiceError, StorageError) as error:
            dialogs.show_error(self, self.tr("Cannot open the record"), str(error))
            self.decisions.refresh()
            return None
        return self.open_form(record)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_record(self.decisions.summary_at(index).id)

    def _form_closed(self, form: RecordForm) -> None:
        if form in self.forms:
            self.forms.remove(form)
        form.deleteLater()

    # --- recovery ------------------------------------------------------------------
    def offer_recoveries(self) -> RecoveryDialog | None:
        """If autosaved work was left behind, offer to restore or discard it."""
        try:
            pending = recovery.pending_recoveries(self.db)
        except (ServiceError, StorageError) as error:
            log.warning("Could not read autosaved work (%s)", type(error).__name__)
            return None
        if not pending:
            return None
        dialog = RecoveryDialog(pending, self)
        dialog.restore_requested.connect(self._restore)
        dialog.discard_requested.connect(self._discard)
        self.recovery_dialog = dialog
        dialog.open()
        return dialog

    def _restore(self, item: RecoveredForm) -> None:
        self.open_form(item.record, recovery_slot=item.slot_id, unsaved=True)

    def _discard(self, item: RecoveredForm) -> None:
        try:
            recovery.discard_recovery(self.db, item.slot_id)
        except (ServiceError, StorageError) as error:
            dialogs.show_error(self, self.tr("Cannot discard the autosaved work"), str(error))

    # --- closing -------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        for form in list(self.forms):
            if not form.close():
                event.ignore()
                return
        event.accept()
