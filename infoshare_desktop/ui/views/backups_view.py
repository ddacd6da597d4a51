"""The administrator's Backups page, and the start-up screen for a damaged database.

After a restore the app closes and asks to be started again: every window, timer
and open form was working on the old file, and starting afresh (which also brings
an older backup's layout up to date) is the one way that is plainly safe.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.services import backup
from infoshare_desktop.services.backup import BackupError, BackupInfo, BackupKind
from infoshare_desktop.services.database import Database, StorageError
from infoshare_desktop.services.errors import ServiceError
from infoshare_desktop.ui import dialogs
from infoshare_desktop.ui.style import set_primary
from infoshare_desktop.ui.text import error_text
from infoshare_desktop.ui.widgets.focus import chain_tab_order

log = logging.getLogger("infoshare_desktop.ui")

#: What a restore or backup can fail with, each with a one-line message for the person.
FAILURES = (BackupError, ServiceError, StorageError, OSError)


def show_message(parent: QWidget | None, title: str, message: str) -> None:
    """Something went well and the person must read it (tests replace this)."""
    QMessageBox.information(parent, title, message)


def size_text(size: int) -> str:
    """A file size as people read it: 812 KB, 1.4 MB, 2.1 GB."""
    if size < 1_000_000:
        return QCoreApplication.translate("Backups", "{size} KB").format(
            size=max(1, round(size / 1000)))
    if size < 1_000_000_000:
        return QCoreApplication.translate("Backups", "{size:.1f} MB").format(
            size=size / 1_000_000)
    return QCoreApplication.translate("Backups", "{size:.1f} GB").format(
        size=size / 1_000_000_000)


def kind_text(kind: BackupKind) -> str:
    if kind is BackupKind.BEFORE_RESTORE:
        return QCoreApplication.translate("Backups", "Before a restore")
    if kind is BackupKind.BEFORE_UPGRADE:
        return QCoreApplication.translate("Backups", "Before an upgrade")
    return QCoreApplication.translate("Backups", "Daily or by hand")


def when_text(info: BackupInfo) -> str:
    return info.made_at.strftime("%d/%m/%Y %H:%M")


class BackupsView(QWidget):
    """Backups of this database: list them, make one now, restore one (administrators)."""

    #: A backup was restored: the main window closes; InfoShare must be started again.
    restored = Signal()

    def __init__(self, db: Database, actor: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.backups: list[BackupInfo] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        title = QLabel(self.tr("Backups"))
        title.setObjectName("PageTitle")
        outer.addWidget(title)
        if db.is_server:
            intro = self.tr(
                "This database is on your team's server ({where}). The server is backed up "
                "by your IT department with PostgreSQL's own tools (pg_dump), not by "
                "InfoShare on this PC: ask them how often, how long backups are kept and "
                "how to restore one.").format(where=db.url)
        else:
            intro = self.tr(
                "InfoShare backs up the database at the first start of each day, before an "
                "upgrade and before a restore, into the folder {folder}. Each backup holds "
                "every record: keep the folder as safe as the database.").format(
                    folder=backup.backups_folder(db.path))
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.intro)
        list_label = QLabel(self.tr("Backups, newest first"))
        list_label.setObjectName("FieldLabel")
        outer.addWidget(list_label)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made (UK time)"), self.tr("Kind"), self.tr("Size")])
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        list_label.setBuddy(self.table)
        outer.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No backups yet."))
        outer.addWidget(self.empty)
        self.back_up_button = QPushButton(self.tr("Back up now"))
        set_primary(self.back_up_button)
        self.restore_button = QPushButton(self.tr("Restore this backup…"))
        self.restore_button.setToolTip(self.tr(
            "Replace the database with the chosen backup; InfoShare then closes"))
        row = QHBoxLayout()
        row.addWidget(self.back_up_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        outer.addLayout(row)
        self.state = QLabel()
        self.state.setObjectName("SaveState")
        self.state.setWordWrap(True)
        outer.addWidget(self.state)
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        chain_tab_order([self.table, self.back_up_button, self.restore_button])
        for widget in (list_label, self.table, self.empty, self.back_up_button,
                       self.restore_button):
            widget.setVisible(not db.is_server)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        # The day's backup may have finished since the page was built.
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """List the backups folder again (newest first, the newest selected)."""
        if self.db.is_server:
            return  # the server's backups are IT's, made on the server
        try:
            self.backups = backup.list_backups(self.db)
        except OSError as error:
            self.backups = []
            self.state.setText(self.tr("Cannot read the backups folder: {reason}").format(
                reason=error.strerror or type(error).__name__))
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            for column, text in enumerate(
                    (when_text(info), kind_text(info.kind), size_text(info.size))):
                item = QTableWidgetItem(text)
                item.setToolTip(info.path.name)
                self.table.setItem(row, column, item)
        self.empty.setVisible(not self.backups)
        if self.backups:
            self.table.selectRow(0)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.backups):
            return None
        return self.backups[rows[0].row()]

    def back_up_now(self) -> bool:
        self.state.clear()
        try:
            made = backup.make_backup(self.db, self.actor)
        except FAILURES as error:
            dialogs.show_error(self, self.tr("Not backed up"), error_text(error))
            return False
        self.refresh()
        self.state.setText(self.tr("Backed up at {when}.").format(
            when=backup.made_text(made)))
        return True

    def restore_selected(self) -> bool:
        """Check the chosen backup, ask, restore it, then close the app."""
        info = self.selected()
        if info is None:
            return False
        check = backup.check_backup(info.path, self.db.key)
        if not check.ok:
            dialogs.show_error(self, self.tr("This backup cannot be restored"),
                               check.describe(QCoreApplication.translate))
            return False
        if not dialogs.confirm(
            self, self.tr("Restore this backup?"),
            self.tr("Replace the database with the backup made on {when} ({count} "
                    "decisions)? Everything saved since then will be replaced. The "
                    "database as it is now is kept in the backups folder first.\n\n"
                    "InfoShare will close when the restore is done: start it again to "
                    "sign in.").format(when=when_text(info), count=check.decisions),
            self.tr("Restore and close InfoShare"),
        ):
            return False
        window = self.window()
        close_forms = getattr(window, "close_forms", None)
        if close_forms is not None and not close_forms():
            return False
        try:
            backup.restore_database(self.db, self.actor, info.path)
        except FAILURES as error:
            dialogs.show_error(self, self.tr("Not restored"), error_text(error))
            return False
        # The restore is in the restored trail; the old file's session ends with it.
        if hasattr(window, "signed_out"):
            window.signed_out = True
        show_message(self, self.tr("Backup restored"), self.tr(
            "The backup made on {when} is restored. InfoShare will now close: start it "
            "again and sign in.").format(when=when_text(info)))
        self.restored.emit()
        return True


class DamagedDialog(QDialog):
    """At start-up: "This database is damaged", offering the latest good backup or to close."""

    def __init__(self, db: Database, problem: str, latest: BackupInfo | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.latest = latest
        self.reopened: Database | None = None
        self.setWindowTitle(self.tr("This database is damaged"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        heading = QLabel(self.tr("This database is damaged"))
        heading.setObjectName("PageTitle")
        layout.addWidget(heading)
        self.problem = QLabel(self.tr(
            "InfoShare checked {name} as it opened and found a problem, so it will not use "
            "it: {problem}").format(name=db.path.name, problem=problem))
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        if latest is not None:
            offer = self.tr(
                "The latest good backup was made on {when}. Restoring it replaces the "
                "damaged file, which is kept in the backups folder. Anything saved after "
                "{when} will have to be entered again.").format(when=when_text(latest))
        else:
            offer = self.tr(
                "There is no good backup to restore. Close InfoShare, do not delete the "
                "file, and contact your IT service desk.")
        self.offer = QLabel(offer)
        self.offer.setWordWrap(True)
        layout.addWidget(self.offer)
        self.error = QLabel()
        self.error.setObjectName("ErrorMessage")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        self.restore_button = QPushButton(self.tr("Restore the latest good backup"))
        self.restore_button.setAccessibleName(self.tr("Restore the latest good backup"))
        self.restore_button.setVisible(latest is not None)
        self.close_button = QPushButton(self.tr("Close InfoShare"))
        row.addWidget(self.close_button)
        row.addWidget(self.restore_button)
        layout.addLayout(row)
        if latest is not None:
            set_primary(self.restore_button)
            self.restore_button.setDefault(True)
            self.restore_button.setFocus()
        self.restore_button.clicked.connect(self.restore)
        self.close_button.clicked.connect(self.reject)

    def restore(self) -> bool:
        """Restore the latest good backup and open it; the dialog closes on success."""
        if self.latest is None:
            return False
        key = self.db.key
        self.db.close()
        try:
            backup.restore(self.db.path, self.latest.path, key, None, signed_in=False)
            self.reopened = Database.open(self.db.path, key)
        except FAILURES as error:
            self.error.setText(self.tr("Not restored: {reason}").format(reason=error_text(error)))
            self.error.show()
            return False
        self.accept()
        return True


def ask_damaged(dialog: DamagedDialog) -> bool:
    """Show the damaged-database screen; True when a backup was restored (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


#: The daily backup being made in the background (a large database takes seconds).
daily_backup_thread: threading.Thread | None = None


def _daily_backup(db: Database) -> None:
    try:
        backup.daily_backup(db)
    except FAILURES as error:
        log.warning("The daily backup was not made (%s)", type(error).__name__)


def start_daily_backup(db: Database) -> threading.Thread:
    """Make the day's backup without holding up the sign-in (the process waits for it)."""
    global daily_backup_thread
    daily_backup_thread = threading.Thread(
        target=_daily_backup, args=(db,), name="daily-backup", daemon=False)
    daily_backup_thread.start()
    return daily_backup_thread


class StartCheck:
    """The start-up check, run on its own thread while the sign-in dialog is up.

    ``quick_check`` reads every page (about 0.8 s at 100,000 decisions) but SQLite
    lets other threads run meanwhile, so a person typing their password does not wait
    for it. ``finish`` waits for the verdict and acts on it before the main window opens.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self._result: backup.FileCheck | None = None
        self._thread = threading.Thread(target=self._run, name="start-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        self._result = backup.check_database(self.db)

    def finish(self) -> Database | None:
        """The database to carry on with, or None to close the app.

        A sound database gets its daily backup; a damaged one shows ``DamagedDialog``.
        A broken audit trail is not file damage: signing in reports it.
        """
        self._thread.join()
        result = self._result
        if result is None:  # the check itself failed: look again, here, to report why
            result = backup.check_database(self.db)
        if result.ok or result.trail:
            start_daily_backup(self.db)
            return self.db
        log.error("The database failed its start-up check")
        try:
            latest = backup.latest_good_backup(self.db.path, self.db.key)
        except OSError:
            latest = None
        dialog = DamagedDialog(self.db, result.describe(QCoreApplication.translate), latest)
        if ask_damaged(dialog) and dialog.reopened is not None:
            return dialog.reopened
        return None


def check_at_start(db: Database) -> Database | None:
    """The start-up check, waited for at once (see ``StartCheck``)."""
    return StartCheck(db).finish()
