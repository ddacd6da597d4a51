"""The team server's password, asked for when this PC has none saved (or a wrong one).

This is the password of the database server's own user (set up by IT), not the
person's InfoShare password: they sign in to InfoShare afterwards as usual. It can
be remembered in this PC's keyring, never in a file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

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


class ServerPasswordDialog(QDialog):
    """"Connect" opens the database with the password typed; ``self.db`` once it has."""

    def __init__(self, address: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address = address
        self.db: Database | None = None
        self.setWindowTitle(self.tr("Connect to the server – InfoShare"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(8)
        title = QLabel(self.tr("Connect to your team's server"))
        title.setObjectName("FormTitle")
        layout.addWidget(title)
        host, database, user = server_credentials.describe(address)
        intro = QLabel(self.tr(
            "InfoShare's records are on the server {host} (database {database}, user "
            "{user}). Enter the server password your IT department gave for this PC. It is "
            "not your own InfoShare password: you sign in after this.").format(
                host=host, database=database, user=user))
        intro.setWordWrap(True)
        intro.setObjectName("Hint")
        layout.addWidget(intro)
        self.refusal = error_label(QCoreApplication.translate("ServerLogin", "Problem"))
        layout.addWidget(self.refusal)
        self.fields = FieldsColumn()
        self.password = password_box()
        self.fields.add("password", self.tr("Server password"), self.password)
        layout.addWidget(self.fields)
        self.fields.setMinimumWidth(440)
        self.remember = QCheckBox(self.tr("Remember it on this PC (kept in Windows' or "
                                          "the desktop's own password store)"))
        self.remember.setAccessibleName(self.tr("Remember the server password on this PC"))
        layout.addWidget(self.remember)
        self.connect_button = QPushButton(self.tr("Connect"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        layout.addLayout(button_row(self.connect_button, self.cancel_button))
        self.connect_button.clicked.connect(self.try_connect)
        self.cancel_button.clicked.connect(self.reject)
        chain_tab_order([self.password, self.remember, self.connect_button, self.cancel_button])
        fit_to_content(self)
        self.password.setFocus()

    def try_connect(self) -> bool:
        """Open the database with the password typed; True (and accepted) when it opens."""
        password = self.password.text()
        self.password.clear()
        self.fields.clear_problems()
        if not password:
            self.refusal.hide()
            self.fields.show_messages([("password", self.tr("Enter the server password"))])
            return False
        try:
            self.db = open_database(self.address, password)
        except ServerLoginError:
            self._refuse(self.tr("The server did not accept that password. Check it with your "
                                 "IT department and try again."))
            return False
        except StorageError as error:
            self._refuse(error_text(error))
            return False
        if self.remember.isChecked() and not server_credentials.save_password(
                self.address, password):
            # Connected all the same; it will be asked for again next time.
            self.db.close()
            self.db = None
            self._refuse(self.tr("This PC has no password store to remember it in. Untick "
                                 "“Remember it on this PC” to connect without saving it."))
            return False
        self.accept()
        return True

    def _refuse(self, text: str) -> None:
        self.refusal.setText(text)
        self.refusal.show()
        self.password.setFocus()


def ask_server_password(address: str, parent: QWidget | None = None) -> Database | None:
    """Ask for the server password until the database opens; None if the person cancels."""
    dialog = ServerPasswordDialog(address, parent)
    dialog.exec()
    return dialog.db
