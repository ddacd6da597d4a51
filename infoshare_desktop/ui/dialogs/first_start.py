"""The first start on a PC nobody has configured: a new organisation here, or the team's server.

Shown only when nothing says which database to use (no --db, no variable, nothing
from IT, no earlier choice) and the database found is new. Choosing the server
connects to it first (so a wrong address or password is said here, beside its field)
and remembers the address, never the password, for this person.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from infoshare_desktop import config
from infoshare_desktop.services import server_credentials
from infoshare_desktop.services.database import (
    Database,
    ServerLoginError,
    StorageError,
    open_database,
)
from infoshare_desktop.ui.text import error_text
from infoshare_desktop.ui.widgets.fields_form import (
    FieldsColumn,
    button_row,
    error_label,
    fit_to_content,
    password_box,
)
from infoshare_desktop.ui.widgets.focus import chain_tab_order

EXAMPLE_ADDRESS = "postgresql://infoshare@db.example.local/infoshare"


class FirstStartDialog(QDialog):
    """Continue: ``use_here`` (set up on this PC) or ``db`` (the server, connected)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.use_here = False
        self.db: Database | None = None
        self.setWindowTitle(self.tr("Welcome – InfoShare"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(8)
        title = QLabel(self.tr("Where should InfoShare keep its records?"))
        title.setObjectName("FormTitle")
        layout.addWidget(title)
        self.refusal = error_label(QCoreApplication.translate("FirstStart", "Problem"))
        layout.addWidget(self.refusal)
        self.here = QRadioButton(self.tr("On this PC, for a new organisation"))
        self.server = QRadioButton(self.tr("On my team's server"))
        self.choices = QButtonGroup(self)
        for number, (button, hint) in enumerate((
                (self.here, self.tr("You set the organisation up next. Right for one "
                                    "person or a trial.")),
                (self.server, self.tr("Your colleagues' records are already there. Your IT "
                                      "department gives you its address.")))):
            self.choices.addButton(button, number)
            layout.addWidget(button)
            hint_label = QLabel(hint)
            hint_label.setObjectName("Hint")
            hint_label.setWordWrap(True)
            hint_label.setContentsMargins(24, 0, 0, 6)
            button.setAccessibleDescription(hint)
            layout.addWidget(hint_label)
        self.here.setChecked(True)
        self.server_panel = QWidget()
        panel = QVBoxLayout(self.server_panel)
        panel.setContentsMargins(24, 4, 0, 0)
        self.fields = FieldsColumn()
        self.address = QLineEdit()
        self.password = password_box()
        self.fields.add("address", self.tr("Server address"), self.address,
                        self.tr("For example {example}").format(example=EXAMPLE_ADDRESS))
        self.fields.add("password", self.tr("Server password (if IT gave you one)"),
                        self.password)
        panel.addWidget(self.fields)
        self.remember = QCheckBox(self.tr("Remember the password on this PC"))
        panel.addWidget(self.remember)
        layout.addWidget(self.server_panel)
        self.fields.setMinimumWidth(460)
        self.continue_button = QPushButton(self.tr("Continue"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        layout.addLayout(button_row(self.continue_button, self.cancel_button))
        self.continue_button.clicked.connect(self.go_on)
        self.cancel_button.clicked.connect(self.reject)
        self.server.toggled.connect(self._show_server_panel)
        self._show_server_panel(False)
        chain_tab_order([self.here, self.server, self.address, self.password, self.remember,
                         self.continue_button, self.cancel_button])
        fit_to_content(self)
        self.here.setFocus()

    def _show_server_panel(self, shown: bool) -> None:
        self.server_panel.setVisible(shown)
        if shown:
            self.address.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_on(self) -> bool:
        """Continue with the choice made; True (and accepted) when it can be used."""
        self.refusal.hide()
        self.fields.clear_problems()
        if self.here.isChecked():
            self.use_here = True
            self.accept()
            return True
        address = self.address.text().strip()
        password = self.password.text()
        self.password.clear()
        if not address:
            self.fields.show_messages([("address", self.tr(
                "Enter the server's address your IT department gave you"))])
            return False
        try:
            server_credentials.describe(address)
        except ValueError:
            self.fields.show_messages([("address", self.tr(
                "Enter the address as IT gave it, starting postgresql://"))])
            return False
        try:
            self.db = open_database(address, password or None)
        except ServerLoginError:
            self.fields.show_messages([("password", self.tr(
                "Enter the server password your IT department gave you") if not password
                else self.tr("The server did not accept that password: check it and try "
                             "again"))])
            return False
        except StorageError as error:
            self.refusal.setText(error_text(error))
            self.refusal.show()
            return False
        if password and self.remember.isChecked():
            server_credentials.save_password(address, password)
        config.remember_server(address)
        self.accept()
        return True


def ask_first_start(parent: QWidget | None = None) -> FirstStartDialog | None:
    """The choice made, or None if the person closed the dialog."""
    dialog = FirstStartDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog
