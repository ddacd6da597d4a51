"""The main window: navigation on the left (what the user's roles allow), a page on the right.

Forms open in their own windows. The window belongs to one signed-in user: "Switch
user" closes it (forms first, through their unsaved-changes question) and asks the
app to sign someone else in. After a spell without input it locks: every InfoShare
window hides its content until the user's password is entered again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.permissions import Action, Relation, may
from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.services import accounts as account_service
from infoshare_desktop.services import records as record_service
from infoshare_desktop.services import recovery, reporting, review
from infoshare_desktop.services import settings as settings_service
from infoshare_desktop.services.database import Database, StorageError, on_network_share
from infoshare_desktop.services.errors import ServiceError
from infoshare_desktop.services.records import RecordVersion
from infoshare_desktop.services.recovery import RecoveredForm
from infoshare_desktop.ui import dialogs
from infoshare_desktop.ui.changes import ChangeWatcher
from infoshare_desktop.ui.dialogs.about_dialog import AboutDialog
from infoshare_desktop.ui.dialogs.recovery_dialog import RecoveryDialog
from infoshare_desktop.ui.dialogs.sign_in import ChangePasswordDialog, LockDialog
from infoshare_desktop.ui.idle import IdleWatcher
from infoshare_desktop.ui.models.tables import roles_text
from infoshare_desktop.ui.text import error_text
from infoshare_desktop.ui.views.accounts_view import AccountsView, SettingsView
from infoshare_desktop.ui.views.audit_view import AuditView
from infoshare_desktop.ui.views.backups_view import BackupsView
from infoshare_desktop.ui.views.organisations_view import OrganisationsView
from infoshare_desktop.ui.views.record_form import AUTOSAVE_MS, RecordForm
from infoshare_desktop.ui.views.record_lists import DecisionsView, WaitingView
from infoshare_desktop.ui.views.reports_view import ReportsView
from infoshare_desktop.ui.widgets.focus import chain_tab_order

log = logging.getLogger(__name__)

#: How long after start-up (or after a form opens) the next form is built ahead.
SPARE_FORM_DELAY_MS = 1_500
_ANY_RECORD = frozenset({Relation.OWN, Relation.TEAM, Relation.MANAGED, Relation.OTHER})


class MainWindow(QMainWindow):
    """The application's window for one signed-in user."""

    #: The user asked to sign out and let someone else sign in (forms already closed).
    switch_user_requested = Signal()
    #: The window was closed to leave InfoShare (not to switch user).
    closed_for_good = Signal()

    def __init__(
        self,
        db: Database,
        user: User,
        *,
        autosave_ms: int = AUTOSAVE_MS,
        idle_lock_ms: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user
        self.autosave_ms = autosave_ms
        self.forms: list[RecordForm] = []
        self.recovery_dialog: RecoveryDialog | None = None
        self.lock_dialog: LockDialog | None = None
        self.password_dialog: ChangePasswordDialog | None = None
        self.locked = False
        self._hidden_for_lock: list[QWidget] = []
        self._signing_out = False
        #: Set once the sign-out is in the audit trail (closing or switching user).
        self.signed_out = False
        self.setWindowTitle(self.tr("InfoShare"))
        self.resize(1280, 800)

        self.decisions: DecisionsView | None = None
        self.waiting: WaitingView | None = None
        self.organisations: OrganisationsView | None = None
        self.accounts: AccountsView | None = None
        self.settings_view: SettingsView | None = None
        self.backups_view: BackupsView | None = None
        self.audit_view: AuditView | None = None
        self.reports_view: ReportsView | None = None
        self.waiting_item: QListWidgetItem | None = None

        central = QWidget()
        self.lock_stack = QStackedWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._build_navigation_column())
        self.pages = QStackedWidget()
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        self.share_notice = QLabel(self.tr(
            "This database is a file on a network drive. That works for a few people at a "
            "time; for a whole team, ask your IT department to set up the InfoShare server."))
        self.share_notice.setObjectName("Notice")
        self.share_notice.setWordWrap(True)
        self.share_notice.setVisible(on_network_share(db))
        right.addWidget(self.share_notice)
        right.addWidget(self.pages, 1)
        row.addLayout(right, 1)
        self.lock_stack.addWidget(central)
        self.lock_page = QLabel(self.tr("InfoShare is locked.\nEnter your password to unlock."))
        self.lock_page.setObjectName("LockPage")
        self.lock_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lock_stack.addWidget(self.lock_page)
        self.setCentralWidget(self.lock_stack)
        self._add_pages()
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)

        self._build_menus()
        # Others' changes (on other PCs too) appear in the lists without asking.
        self.changes = ChangeWatcher(db, parent=self)
        self.changes.changed.connect(self._others_changed)
        self.changes.start()  # marks what is in the database now as seen...
        self.refresh_lists()  # ...before reading it, so nothing slips between the two
        #: A form built ahead (when the app is idle) for the next record opened.
        self.spare_form: RecordForm | None = None
        self.spare_timer = QTimer(self)
        self.spare_timer.setSingleShot(True)
        self.spare_timer.setInterval(SPARE_FORM_DELAY_MS)
        self.spare_timer.timeout.connect(self._build_spare_form)
        if may(user, Action.VIEW_RECORD, _ANY_RECORD):
            self.spare_timer.start()

        if idle_lock_ms is None:
            try:
                minutes = settings_service.get_settings(db).idle_lock_minutes
            except (ServiceError, StorageError):
                minutes = settings_service.OrganisationSettings().idle_lock_minutes
            idle_lock_ms = minutes * 60_000
        self.idle = IdleWatcher(idle_lock_ms, self)
        self.idle.idle.connect(self.lock_after_idle)
        self.idle.start()
        chain_tab_order([self.navigation, *self._first_page_focus()])

    # --- building ------------------------------------------------------------------
    def _build_navigation_column(self) -> QWidget:
        column = QWidget()
        column.setObjectName("NavigationColumn")
        column.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        column.setFixedWidth(200)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.setSpacing(0)
        self.navigation = QListWidget()
        self.navigation.setObjectName("Navigation")
        self.navigation.ensurePolished()  # item sizes must include the stylesheet's padding
        self.navigation.setAccessibleName(self.tr("Navigation"))
        layout.addWidget(self.navigation, 1)
        self.user_name = QLabel(self.user.full_name)
        self.user_name.setObjectName("UserName")
        self.user_name.setWordWrap(True)
        self.user_role = QLabel(roles_text(self.user))
        self.user_role.setObjectName("UserRole")
        self.user_role.setWordWrap(True)
        self.change_password_button = QPushButton(self.tr("Change password…"))
        self.change_password_button.setProperty("link", True)
        self.switch_user_button = QPushButton(self.tr("Switch user"))
        self.switch_user_button.setProperty("link", True)
        self.switch_user_button.setToolTip(self.tr("Sign out and let someone else sign in"))
        who = QWidget()
        who.setObjectName("SignedIn")
        who.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        block = QVBoxLayout(who)
        block.setContentsMargins(16, 10, 12, 0)
        block.setSpacing(2)
        for widget in (self.user_name, self.user_role, self.change_password_button,
                       self.switch_user_button):
            block.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(who)
        self.change_password_button.clicked.connect(self.change_password)
        self.switch_user_button.clicked.connect(self.switch_user)
        return column

    def _add_page(self, text: str, page: QWidget) -> QListWidgetItem:
        self.navigation.addItem(text)
        self.pages.addWidget(page)
        return self.navigation.item(self.navigation.count() - 1)

    def _add_pages(self) -> None:
        user, db = self.user, self.db
        if may(user, Action.VIEW_RECORD, _ANY_RECORD):
            self.decisions = DecisionsView(db, user)
            self._add_page(self.tr("Decisions"), self.decisions)
            self.decisions.new_button.clicked.connect(self.new_record)
            self.decisions.open_requested.connect(self.open_record)
        if may(user, Action.AUTHORISE, frozenset({Relation.MANAGED})):
            self.waiting = WaitingView(db, user)
            self.waiting_item = self._add_page(self.tr("Waiting for me"), self.waiting)
            self.waiting.open_requested.connect(self.open_record)
        if may(user, Action.MANAGE_ORGANISATIONS):
            self.organisations = OrganisationsView(db, user)
            self._add_page(self.tr("Recipient organisations"), self.organisations)
        try:
            report_kinds = reporting.available_reports(db, user)
        except (ServiceError, StorageError):
            report_kinds = []
        if report_kinds:
            self.reports_view = ReportsView(db, user, report_kinds)
            self._add_page(self.tr("Reports"), self.reports_view)
        if may(user, Action.MANAGE_ACCOUNTS):
            self.accounts = AccountsView(db, user)
            self._add_page(self.tr("Accounts"), self.accounts)
        if may(user, Action.MANAGE_SETTINGS):
            self.settings_view = SettingsView(db, user)
            self._add_page(self.tr("Settings"), self.settings_view)
            self.settings_view.saved.connect(self._settings_saved)
            self.backups_view = BackupsView(db, user)
            self._add_page(self.tr("Backups"), self.backups_view)
            # After a restore the app closes: it must be started again on the restored file.
            self.backups_view.restored.connect(self.close)
        if may(user, Action.VIEW_AUDIT):
            self.audit_view = AuditView(db, user)
            self._add_page(self.tr("Audit trail"), self.audit_view)
            self.audit_view.open_requested.connect(self._open_from_audit)

    def _first_page_focus(self) -> list[QWidget]:
        if self.decisions is None:
            return []
        widgets: list[QWidget] = []
        if self.decisions.new_button.isVisibleTo(self.decisions):
            widgets.append(self.decisions.new_button)
        widgets += [self.decisions.search, *self.decisions.filter_widgets,
                    self.decisions.table]
        self.decisions.search.setFocus()
        return widgets

    def page_names(self) -> list[str]:
        """The navigation's entries, as shown."""
        return [self.navigation.item(i).text() for i in range(self.navigation.count())]

    def show_page(self, page: QWidget) -> None:
        index = self.pages.indexOf(page)
        if index >= 0:
            self.navigation.setCurrentRow(index)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = QAction(self.tr("&New record"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_record)
        self.new_action.setEnabled(self.decisions is not None and may(
            self.user, Action.CREATE_RECORD))
        self.new_action.setVisible(self.new_action.isEnabled())
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        account_menu = self.menuBar().addMenu(self.tr("&Account"))
        self.change_password_action = QAction(self.tr("&Change password…"), self)
        self.change_password_action.triggered.connect(self.change_password)
        account_menu.addAction(self.change_password_action)
        self.switch_user_action = QAction(self.tr("&Switch user"), self)
        self.switch_user_action.triggered.connect(self.switch_user)
        account_menu.addAction(self.switch_user_action)
        self.lock_action = QAction(self.tr("&Lock now"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        account_menu.addAction(self.lock_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About InfoShare"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def show_about(self) -> AboutDialog:
        """Help > About: version, database location and the bundled licences."""
        # A file's path, or a server's address with its password masked.
        where = str(self.db.path) if self.db.path is not None else self.db.url
        dialog = AboutDialog(where, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- lists ---------------------------------------------------------------------
    def refresh_lists(self) -> None:
        if self.decisions is not None:
            self.decisions.refresh()
        self.refresh_waiting()

    def refresh_waiting(self) -> None:
        """Reload the queue and the count beside "Waiting for me"."""
        if self.waiting is None or self.waiting_item is None:
            return
        self.waiting.refresh()
        self.refresh_waiting_count()

    def refresh_waiting_count(self) -> None:
        """The count beside "Waiting for me"."""
        if self.waiting_item is None:
            return
        try:
            count = review.waiting_count(self.db, self.user)
        except (ServiceError, StorageError) as error:
            log.warning("Could not count the review queue (%s)", type(error).__name__)
            return
        self.waiting_item.setText(self.tr("Waiting for me ({count})").format(count=count))

    def _record_changed(self) -> None:
        self.changes.mark_seen()
        self.refresh_lists()

    def _others_changed(self) -> None:
        """Someone else changed something: show it, keeping the person's place."""
        for view in (self.decisions, self.waiting):
            if view is not None:
                view.refresh_quietly()
        self.refresh_waiting_count()

    # --- forms ---------------------------------------------------------------------
    def _make_form(self, record: DecisionRecord, **kwargs: object) -> RecordForm:
        spare = self.spare_form
        if spare is not None and "version" not in kwargs:
            self.spare_form = None
            form = spare
            form.show_record(record, **kwargs)  # type: ignore[arg-type]
            self.spare_timer.start()  # another spare when the app is next idle
        else:
            form = RecordForm(self.db, self.user, record, autosave_ms=self.autosave_ms,
                              **kwargs)  # type: ignore[arg-type]
        form.saved.connect(lambda _id: self._record_changed())
        form.closed.connect(self._form_closed)
        form.version_requested.connect(self.open_version)
        self.forms.append(form)
        if self.locked:
            form.set_locked(True)
        form.show()
        form.activateWindow()
        return form

    def _build_spare_form(self) -> None:
        """Build a form ahead, while nothing else is happening, for the next record
        opened: the widgets take most of the time of opening one."""
        if self.spare_form is not None or self.signed_out or not self.isVisible():
            return
        form = RecordForm(self.db, self.user, record_service.new_record(),
                          autosave_ms=self.autosave_ms)
        form.prepare_as_spare()
        self.spare_form = form

    def _drop_spare_form(self) -> None:
        self.spare_timer.stop()
        if self.spare_form is not None:
            self.spare_form._finish_close()  # disconnects it from the application
            self.spare_form.deleteLater()
            self.spare_form = None

    def _raise_open_form(self, record_id: int) -> RecordForm | None:
        """The window already showing this record (not an earlier version), brought forward."""
        for form in self.forms:
            if form.record.id == record_id and form.version is None:
                form.show()
                form.raise_()
                form.activateWindow()
                return form
        return None

    def open_form(
        self, record: DecisionRecord, *, recovery_slot: int | None = None, unsaved: bool = False
    ) -> RecordForm:
        """Show ``record`` in a form window (reusing one already open for it)."""
        if record.id is not None and recovery_slot is None:
            existing = self._raise_open_form(record.id)
            if existing is not None:
                return existing
        return self._make_form(record, recovery_slot=recovery_slot, unsaved=unsaved)

    def open_version(self, version: RecordVersion) -> RecordForm:
        """An earlier version of a record, read-only, in its own window."""
        for form in self.forms:
            if (form.version is not None and form.record.id == version.record.id
                    and form.version.number == version.number):
                form.show()
                form.raise_()
                return form
        return self._make_form(version.record, version=version)

    def new_record(self) -> RecordForm | None:
        if not may(self.user, Action.CREATE_RECORD):
            return None
        return self.open_form(record_service.new_record())

    def open_record(
        self, record_id: int, *, refused: Callable[[str], None] | None = None
    ) -> RecordForm | None:
        """Open the record in its window, reading it once (a read by someone other than
        its author is an event in the trail); an open window is just brought forward.

        ``refused`` takes the reason when the services refuse (else a dialog says it).
        """
        existing = self._raise_open_form(record_id)
        if existing is not None:
            return existing
        try:
            record = record_service.get_record(self.db, self.user, record_id)
        except ServiceError as error:
            if refused is not None:
                refused(error_text(error))
                return None
            dialogs.show_error(self, self.tr("Cannot open the record"), error_text(error))
            self.refresh_lists()
            return None
        except StorageError as error:
            dialogs.show_error(self, self.tr("Cannot open the record"), error_text(error))
            return None
        return self.open_form(record)

    def _open_from_audit(self, record_id: int) -> None:
        view = self.audit_view
        if view is None:
            return
        form = self.open_record(record_id, refused=lambda text: view.show_message(text, "bad"))
        if form is not None:
            view.show_message("")

    def _form_closed(self, form: RecordForm) -> None:
        if form in self.forms:
            self.forms.remove(form)
        form.deleteLater()

    def close_forms(self) -> bool:
        """Close every form, each through its unsaved-changes question; False if one stays."""
        return all(form.close() for form in list(self.forms))

    # --- recovery ------------------------------------------------------------------
    def offer_recoveries(self) -> RecoveryDialog | None:
        """If autosaved work was left behind, offer to restore or discard it."""
        if not may(self.user, Action.CREATE_RECORD):
            return None
        try:
            pending = recovery.pending_recoveries(self.db, self.user)
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
            recovery.discard_recovery(self.db, self.user, item.slot_id)
        except (ServiceError, StorageError) as error:
            dialogs.show_error(
                self, self.tr("Cannot discard the autosaved work"), error_text(error))

    # --- account -------------------------------------------------------------------
    def change_password(self) -> ChangePasswordDialog:
        dialog = ChangePasswordDialog(self.db, self.user, self)
        self.password_dialog = dialog
        dialog.open()
        return dialog

    def switch_user(self) -> bool:
        """Sign out: close the forms (asking about unsaved changes), then this window.

        From the lock dialog someone else is at the PC: the forms close without the
        question, their typing kept in the autosave for its author to restore later.
        """
        if self.locked:
            for form in list(self.forms):
                form.close_keeping_autosave()
        if not self.close_forms():
            return False
        self._signing_out = True
        self.idle.stop()
        self.changes.stop()
        if self.lock_dialog is not None:
            self.lock_dialog.done(0)
        self.locked = False
        self.close()
        self.switch_user_requested.emit()
        return True

    def _settings_saved(self) -> None:
        try:
            minutes = settings_service.get_settings(self.db).idle_lock_minutes
        except (ServiceError, StorageError):
            return
        self.idle.set_interval(minutes * 60_000)

    def sign_out(self) -> None:
        """Record in the trail that this user signed out (once, however the window goes)."""
        if self.signed_out:
            return
        self.signed_out = True
        try:
            account_service.sign_out(self.db, self.user)
        except (ServiceError, StorageError) as error:
            log.warning("Could not record the sign-out (%s)", type(error).__name__)

    # --- idle lock -----------------------------------------------------------------
    def lock_after_idle(self) -> None:
        """The idle timer fired: lock, and record the lock in the trail (once per lock)."""
        if self.locked or self._signing_out:
            return
        self.lock()
        try:
            account_service.record_idle_lock(self.db, self.user)
        except (ServiceError, StorageError) as error:
            log.warning("Could not record the idle lock (%s)", type(error).__name__)

    def _lockable_windows(self) -> list[QWidget]:
        """Other open windows (dialogs) that would show content while locked."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return []
        skip: set[QWidget] = {self, *self.forms}
        if self.lock_dialog is not None:
            skip.add(self.lock_dialog)
        return [w for w in app.topLevelWidgets()
                if w.isVisible() and w not in skip and w.isWindow()]

    def lock(self) -> LockDialog | None:
        """Hide every window's content and ask for the password (forms are autosaved)."""
        if self.locked or self._signing_out:
            return self.lock_dialog
        self.locked = True
        self.idle.pause()
        for form in self.forms:
            form.set_locked(True)
        self._hidden_for_lock = self._lockable_windows()
        for window in self._hidden_for_lock:
            window.hide()
        self.lock_stack.setCurrentIndex(1)
        self.menuBar().setEnabled(False)
        dialog = LockDialog(self.db, self.user, self)
        dialog.unlocked.connect(self.unlock)
        dialog.switch_user_requested.connect(self.switch_user)
        self.lock_dialog = dialog
        # show(), not open(): open() would make it modal to this window only.
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def unlock(self) -> None:
        """Show everything again exactly as it was."""
        if not self.locked:
            return
        self.locked = False
        self.lock_stack.setCurrentIndex(0)
        self.menuBar().setEnabled(True)
        for form in self.forms:
            form.set_locked(False)
        for window in self._hidden_for_lock:
            window.show()
        self._hidden_for_lock = []
        self.lock_dialog = None
        self.idle.resume()

    # --- closing -------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.locked and not self._signing_out:
            event.ignore()
            return
        if not self.close_forms():
            event.ignore()
            return
        self.idle.stop()
        self.changes.stop()
        self._drop_spare_form()
        event.accept()
        if self.reports_view is not None:
            self.reports_view.shut_down()  # waits for a report being made; forgets it
        if self.audit_view is not None:
            self.audit_view.shut_down()  # waits for a check of the trail still running
        self.sign_out()
        if not self._signing_out:
            self.closed_for_good.emit()
