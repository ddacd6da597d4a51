"""Signing in: the first-start set-up, the login dialog, passwords and the idle lock's dialog.

Refusals (wrong password, a locked or deactivated account) are shown beside the form,
never in a message box, and the password box is cleared each time. Passwords are
only ever passed to the services: never logged, never kept on the dialog once used.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFontDatabase, QKeyEvent, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infoshare_desktop.domain.accounts import PASSWORD_MIN_LENGTH, User
from infoshare_desktop.domain.vocab import Role
from infoshare_desktop.services import accounts, encryption
from infoshare_desktop.services import settings as settings_service
from infoshare_desktop.services.database import Database, StorageError
from infoshare_desktop.services.errors import (
    AuthenticationError,
    ServiceError,
)
from infoshare_desktop.ui.style import set_primary
from infoshare_desktop.ui.text import error_text
from infoshare_desktop.ui.widgets.fields_form import (
    FieldsColumn,
    button_row,
    error_label,
    fit_to_content,
    password_box,
)
from infoshare_desktop.ui.widgets.focus import chain_tab_order


class LoginDialog(QDialog):
    """Username and password; "Sign in". The signed-in ``User`` is ``self.user``.

    Given ``locked_path`` instead of an open database (an encrypted file), the same
    username and password first unlock the file; ``self.db`` is then the open
    database. Administrators who have lost every password can use the recovery key.
    """

    def __init__(self, db: Database | None, parent: QWidget | None = None, *,
                 locked_path: Path | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.locked_path = locked_path
        self.user: User | None = None
        self.setWindowTitle(self.tr("Sign in – InfoShare"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(8)
        org = None
        if db is not None:
            try:
                org = settings_service.get_settings(db)
            except (ServiceError, StorageError):
                org = None
        if org is not None and org.protective_marking:
            marking = QLabel(org.protective_marking)
            marking.setObjectName("Marking")
            layout.addWidget(marking, 0, Qt.AlignmentFlag.AlignHCenter)
        title = QLabel(self.tr("Sign in to InfoShare"))
        title.setObjectName("FormTitle")
        layout.addWidget(title)
        organisation_name = (org.organisation_name if org is not None
                             else encryption.organisation_name(locked_path)
                             if locked_path is not None else "")
        if organisation_name:
            name = QLabel(organisation_name)
            name.setObjectName("Hint")
            layout.addWidget(name)
        layout.addSpacing(6)
        self.refusal = error_label(QCoreApplication.translate("SignIn", "Problem"))
        layout.addWidget(self.refusal)
        self.fields = FieldsColumn()
        self.username = QLineEdit()
        self.password = password_box()
        self.fields.add("username", self.tr("Username"), self.username)
        self.fields.add("password", self.tr("Password"), self.password)
        layout.addWidget(self.fields)
        self.fields.setMinimumWidth(392)
        fit_to_content(self)
        buttons = QHBoxLayout()
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        set_primary(self.sign_in_button)
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setAutoDefault(True)
        buttons.addWidget(self.sign_in_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.sign_in_button.clicked.connect(self.sign_in)
        order: list[QWidget] = [self.username, self.password, self.sign_in_button]
        self.recovery_button: QPushButton | None = None
        if locked_path is not None:
            self.recovery_button = QPushButton(
                self.tr("Forgotten everything? Use the recovery key"))
            self.recovery_button.setObjectName("LinkButton")
            self.recovery_button.setFlat(True)
            self.recovery_button.setAutoDefault(False)
            self.recovery_button.setToolTip(self.tr(
                "For administrators: open the database with the printed recovery key and "
                "choose a new password"))
            layout.addWidget(self.recovery_button, 0, Qt.AlignmentFlag.AlignLeft)
            self.recovery_button.clicked.connect(self.use_recovery_key)
            order.append(self.recovery_button)
        chain_tab_order(order)
        self.username.setFocus()

    def use_recovery_key(self) -> bool:
        """Open the recovery dialog; signed in (and accepted) if it succeeds."""
        assert self.locked_path is not None
        recovered = ask_recovery(self.locked_path, self)
        if recovered is None:
            return False
        self.db, self.user = recovered
        self.accept()
        return True

    def _unlock_and_authenticate(self, username: str, password: str) -> User:
        """Sign in; an encrypted file is first unlocked with the same password."""
        if self.db is not None:
            return accounts.authenticate(self.db, username, password)
        assert self.locked_path is not None
        db = encryption.unlock(self.locked_path, username, password)
        try:
            user = accounts.authenticate(db, username, password)
        except BaseException:
            db.close()
            raise
        self.db = db
        return user

    def sign_in(self) -> bool:
        """Check the username and password; True (and the dialog accepted) when right."""
        username = self.username.text().strip()
        password = self.password.text()
        self.password.clear()
        self.fields.clear_problems()
        problems = []
        if not username:
            problems.append(("username", self.tr("Enter your username")))
        if not password:
            problems.append(("password", self.tr("Enter your password")))
        if problems:
            self.refusal.hide()
            self.fields.show_messages(problems)
            return False
        try:
            user = self._unlock_and_authenticate(username, password)
        except (ServiceError, StorageError) as error:
            self.refusal.setText(error_text(error))
            self.refusal.show()
            self.password.setFocus()
            return False
        self.refusal.hide()
        self.user = user
        self.accept()
        return True


class SetupDialog(QDialog):
    """First start: the organisation and its first administrator."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.admin: User | None = None
        self.setWindowTitle(self.tr("Set up InfoShare"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(8)
        title = QLabel(self.tr("Set up InfoShare"))
        title.setObjectName("FormTitle")
        layout.addWidget(title)
        intro = QLabel(self.tr(
            "This is the first time InfoShare has been opened with this database. Name your "
            "organisation and create the first administrator's account. The administrator "
            "then adds everyone else's accounts."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(8)
        # IT's machine-wide presets fill the answers; locked ones cannot be changed.
        defaults = settings_service.get_settings(db)
        locked = settings_service.locked_settings()
        self.fields = FieldsColumn()
        self.organisation_name = QLineEdit(defaults.organisation_name)
        self.protective_marking = QLineEdit(defaults.protective_marking)
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.job_title = QLineEdit()
        self.password = password_box()
        self.confirm = password_box()
        add = self.fields.add
        it_note = self.tr("Set by your IT department")
        self.organisation_name.setReadOnly("organisation_name" in locked)
        self.protective_marking.setReadOnly("protective_marking" in locked)
        add("organisation_name", self.tr("Organisation name"), self.organisation_name,
            it_note if self.organisation_name.isReadOnly() else "")
        add("protective_marking", self.tr("Protective marking"), self.protective_marking,
            it_note if self.protective_marking.isReadOnly()
            else self.tr("Printed on every report, for example OFFICIAL-SENSITIVE"))
        heading = QLabel(self.tr("First administrator"))
        heading.setObjectName("SectionHeading")
        self.fields.column.addWidget(heading)
        add("username", self.tr("Username"), self.username,
            self.tr("Lower-case letters, numbers, dots, hyphens or underscores"))
        add("full_name", self.tr("Full name"), self.full_name)
        add("job_title", self.tr("Job title"), self.job_title)
        add("password", self.tr("Password"), self.password,
            self.tr("At least {count} characters").format(count=PASSWORD_MIN_LENGTH))
        add("confirm", self.tr("Password again"), self.confirm)
        self.encrypt = QCheckBox(self.tr("Encrypt this database (recommended)"))
        self.encrypt.setChecked(True)
        self.encrypt.setAccessibleName(self.tr("Encrypt this database (recommended)"))
        add("encrypt", self.tr("Encrypt this database (recommended)"), self.encrypt,
            self.tr("A copied file cannot be read without a password or the recovery key. "
                    "Untick only if your IT service encrypts the whole drive."))
        #: The recovery key to show once set-up is done (encrypted databases only).
        self.recovery_key: str | None = None
        layout.addWidget(self.fields)
        self.fields.setMinimumWidth(512)
        fit_to_content(self)
        self.refusal = error_label(QCoreApplication.translate("SignIn", "Problem"))
        layout.addWidget(self.refusal)
        self.finish_button = QPushButton(self.tr("Set up and continue"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        layout.addLayout(button_row(self.finish_button, self.cancel_button))
        self.finish_button.clicked.connect(self.finish)
        self.cancel_button.clicked.connect(self.reject)
        chain_tab_order([*self.fields.inputs.values(), self.finish_button, self.cancel_button])
        (self.username if self.organisation_name.isReadOnly() else
         self.organisation_name).setFocus()

    def finish(self) -> bool:
        self.refusal.hide()
        password, confirm = self.password.text(), self.confirm.text()
        if password != confirm:
            self.confirm.clear()
            self.fields.show_messages(
                [("confirm", self.tr("Enter the same password twice"))]
            )
            return False
        admin = User(
            id=None,
            username=self.username.text().strip(),
            full_name=self.full_name.text().strip(),
            job_title=self.job_title.text().strip(),
            roles=frozenset({Role.ADMINISTRATOR}),
        )
        try:
            organisation = self.organisation_name.text().strip()
            marking = self.protective_marking.text().strip()
            if self.encrypt.isChecked():
                # Checked first, so nothing is encrypted for a form that cannot be saved.
                accounts.check_set_up(self.db, organisation, marking, admin, password)
                self.recovery_key = encryption.encrypt_in_place(
                    self.db, {admin.username: password})
            self.admin = accounts.set_up_organisation(
                self.db, organisation, marking, admin, password,
            )
        except (ServiceError, StorageError) as error:
            self.fields.show_refusal(error, self.refusal)
            return False
        self.accept()
        return True


class ChangePasswordDialog(QDialog):
    """Anyone changes their own password: current, new, and the new one again."""

    def __init__(self, db: Database, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user
        self.setWindowTitle(self.tr("Change password"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        title = QLabel(self.tr("Change your password"))
        title.setObjectName("FormTitle")
        layout.addWidget(title)
        self.fields = FieldsColumn()
        self.current = password_box()
        self.new = password_box()
        self.confirm = password_box()
        self.fields.add("current_password", self.tr("Current password"), self.current)
        self.fields.add("new_password", self.tr("New password"), self.new,
                        self.tr("At least {count} characters").format(count=PASSWORD_MIN_LENGTH))
        self.fields.add("confirm", self.tr("New password again"), self.confirm)
        layout.addWidget(self.fields)
        self.fields.setMinimumWidth(392)
        fit_to_content(self)
        self.refusal = error_label(QCoreApplication.translate("SignIn", "Problem"))
        layout.addWidget(self.refusal)
        self.save_button = QPushButton(self.tr("Change password"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        layout.addLayout(button_row(self.save_button, self.cancel_button))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        chain_tab_order([self.current, self.new, self.confirm, self.save_button,
                         self.cancel_button])
        self.current.setFocus()

    def save(self) -> bool:
        self.refusal.hide()
        if self.new.text() != self.confirm.text():
            self.confirm.clear()
            self.fields.show_messages([("confirm", self.tr("Enter the same new password twice"))])
            return False
        try:
            accounts.change_password(self.db, self.user, self.current.text(), self.new.text())
        except (ServiceError, StorageError) as error:
            self.current.clear()
            self.fields.show_refusal(error, self.refusal)
            return False
        for box in (self.current, self.new, self.confirm):
            box.clear()
        self.accept()
        return True


class LockDialog(QDialog):
    """The idle lock: the signed-in person's password, or "Switch user".

    It cannot be closed or escaped: the only ways out are the right password and
    switching user.
    """

    unlocked = Signal()
    switch_user_requested = Signal()

    def __init__(self, db: Database, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user
        self.setWindowTitle(self.tr("InfoShare is locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        title = QLabel(self.tr("InfoShare is locked"))
        title.setObjectName("FormTitle")
        layout.addWidget(title)
        who = QLabel(self.tr(
            "InfoShare is locked to keep the records private. {name}, enter your password "
            "to carry on where you left off."
        ).format(name=user.full_name))
        who.setWordWrap(True)
        layout.addWidget(who)
        self.refusal = error_label(QCoreApplication.translate("SignIn", "Problem"))
        layout.addWidget(self.refusal)
        self.fields = FieldsColumn()
        self.password = password_box()
        self.fields.add("password", self.tr("Password"), self.password)
        layout.addWidget(self.fields)
        self.fields.setMinimumWidth(392)
        fit_to_content(self)
        buttons = QHBoxLayout()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        set_primary(self.unlock_button)
        self.unlock_button.setDefault(True)
        self.switch_button = QPushButton(self.tr("Switch user"))
        self.switch_button.setToolTip(self.tr(
            "Sign {name} out and sign in as someone else"
        ).format(name=user.full_name))
        buttons.addWidget(self.unlock_button)
        buttons.addStretch(1)
        buttons.addWidget(self.switch_button)
        layout.addLayout(buttons)
        self.unlock_button.clicked.connect(self.unlock)
        self.switch_button.clicked.connect(self.switch_user_requested)
        chain_tab_order([self.password, self.unlock_button, self.switch_button])
        self.password.setFocus()

    def unlock(self) -> bool:
        password = self.password.text()
        self.password.clear()
        if not password:
            self.refusal.hide()
            self.fields.show_messages([("password", self.tr("Enter your password"))])
            return False
        self.fields.clear_problems()
        try:
            accounts.verify_password(self.db, self.user, password)
        except (AuthenticationError, ServiceError, StorageError) as error:
            self.refusal.setText(error_text(error))
            self.refusal.show()
            self.password.setFocus()
            return False
        self.refusal.hide()
        self.accept()
        self.unlocked.emit()
        return True

    def reject(self) -> None:
        """Escape does not unlock."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window does not unlock either."""
        event.ignore()


def ask_login(db: Database, parent: QWidget | None = None) -> User | None:
    """Show the login dialog until someone signs in (None if they close it)."""
    dialog = LoginDialog(db, parent)
    dialog.exec()
    return dialog.user


def ask_setup(db: Database, parent: QWidget | None = None) -> User | None:
    """First start: the set-up dialog; the first administrator, or None if cancelled.

    An encrypted set-up then shows the recovery key until it is kept.
    """
    dialog = SetupDialog(db, parent)
    dialog.exec()
    if dialog.admin is not None and dialog.recovery_key is not None:
        show_recovery_key(dialog.recovery_key, parent)
    return dialog.admin


def ask_unlock(path: Path, parent: QWidget | None = None) -> tuple[Database, User] | None:
    """An encrypted database: sign in to unlock it; the open database and the user."""
    dialog = LoginDialog(None, parent, locked_path=path)
    dialog.exec()
    if dialog.user is None or dialog.db is None:
        return None
    return dialog.db, dialog.user


def ask_recovery(path: Path, parent: QWidget | None = None) -> tuple[Database, User] | None:
    dialog = RecoveryDialog(path, parent)
    dialog.exec()
    if dialog.user is None or dialog.db is None:
        return None
    return dialog.db, dialog.user


def show_recovery_key(recovery_key: str, parent: QWidget | None = None) -> None:
    """Show the recovery key until the person says they have kept it."""
    RecoveryKeyDialog(recovery_key, parent).exec()


class RecoveryKeyDialog(QDialog):
    """The new recovery key, shown once: print it or write it down, then tick to go on."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recovery_key = recovery_key
        self.setWindowTitle(self.tr("Keep the recovery key"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        title = QLabel(self.tr("Keep the recovery key safe"))
        title.setObjectName("FormTitle")
        layout.addWidget(title)
        intro = QLabel(self.tr(
            "The database is encrypted. If every administrator forgets their password, this "
            "key is the only way to open it again. Print it or write it down now, and keep "
            "it locked away, apart from this computer. It is shown only once."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key_label = QLabel(self.tr("Recovery key"))
        self.key_label.setObjectName("FieldLabel")
        layout.addWidget(self.key_label)
        self.key = QLineEdit(recovery_key)
        self.key.setReadOnly(True)
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setBuddy(self.key)
        self.key.setMinimumWidth(560)
        layout.addWidget(self.key)
        self.kept = QCheckBox(self.tr("I have kept the recovery key"))
        self.kept.setAccessibleName(self.tr("I have kept the recovery key"))
        layout.addWidget(self.kept)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print…"))
        self.continue_button = QPushButton(self.tr("Continue"))
        set_primary(self.continue_button)
        self.continue_button.setEnabled(False)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout.addLayout(buttons)
        self.kept.toggled.connect(self.continue_button.setEnabled)
        self.print_button.clicked.connect(self.print_key)
        self.continue_button.clicked.connect(self.accept)
        chain_tab_order([self.key, self.print_button, self.kept, self.continue_button])
        self.print_button.setFocus()

    def page_text(self) -> str:
        """What the printed page says (no personal data: the key and how to use it)."""
        return self.tr(
            "InfoShare recovery key\n\n{key}\n\nKeep this page locked away. With it an "
            "administrator can open the encrypted database and choose a new password: on "
            "the sign-in window, choose \"Forgotten everything? Use the recovery key\"."
        ).format(key=self.recovery_key)

    def print_key(self) -> bool:
        """Print the key on a page of its own; False if the person cancelled."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("InfoShare recovery key"))
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return False
        document = QTextDocument()
        document.setPlainText(self.page_text())
        document.print_(printer)
        return True

    def reject(self) -> None:
        """Escape or closing goes on only once the key is kept."""
        if self.kept.isChecked():
            self.accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.kept.isChecked():
            event.ignore()
            return
        super().closeEvent(event)


class RecoveryDialog(QDialog):
    """Every password forgotten: the recovery key opens the database, then an
    administrator chooses a new password and is signed in with it."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.db: Database | None = None
        self.user: User | None = None
        self.setWindowTitle(self.tr("Use the recovery key"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        title = QLabel(self.tr("Use the recovery key"))
        title.setObjectName("FormTitle")
        layout.addWidget(title)
        intro = QLabel(self.tr(
            "For administrators. Type the recovery key printed when InfoShare was set up, "
            "then choose a new password for your account."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.refusal = error_label(QCoreApplication.translate("SignIn", "Problem"))
        layout.addWidget(self.refusal)
        self.fields = FieldsColumn()
        self.key = QLineEdit()
        self.username = QLineEdit()
        self.new = password_box()
        self.confirm = password_box()
        self.fields.add("recovery_key", self.tr("Recovery key"), self.key,
                        self.tr("13 groups of four letters and numbers"))
        self.fields.add("username", self.tr("Administrator's username"), self.username)
        self.fields.add("password", self.tr("New password"), self.new,
                        self.tr("At least {count} characters").format(count=PASSWORD_MIN_LENGTH))
        self.fields.add("confirm", self.tr("New password again"), self.confirm)
        layout.addWidget(self.fields)
        self.fields.setMinimumWidth(512)
        fit_to_content(self)
        self.open_button = QPushButton(self.tr("Open and sign in"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        layout.addLayout(button_row(self.open_button, self.cancel_button))
        self.open_button.clicked.connect(self.recover)
        self.cancel_button.clicked.connect(self.reject)
        chain_tab_order([self.key, self.username, self.new, self.confirm, self.open_button,
                         self.cancel_button])
        self.key.setFocus()

    def recover(self) -> bool:
        self.refusal.hide()
        self.fields.clear_problems()
        if self.new.text() != self.confirm.text():
            self.confirm.clear()
            self.fields.show_messages([("confirm", self.tr("Enter the same new password twice"))])
            return False
        db: Database | None = None
        try:
            db = encryption.unlock_with_recovery_key(self.path, self.key.text())
            accounts.recover_administrator(db, self.username.text(), self.new.text())
            user = accounts.authenticate(db, self.username.text(), self.new.text())
        except (ServiceError, StorageError) as error:
            if db is not None:
                db.close()
            self.fields.show_refusal(error, self.refusal)
            return False
        for box in (self.key, self.new, self.confirm):
            box.clear()
        self.db, self.user = db, user
        self.accept()
        return True
