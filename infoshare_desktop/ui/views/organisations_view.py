"""The directory of recipient organisations: list, add and edit."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.organisation import Organisation
from infoshare_desktop.domain.vocab import RecipientType
from infoshare_desktop.services import organisations
from infoshare_desktop.services.database import Database
from infoshare_desktop.services.errors import ServiceError, ValidationError
from infoshare_desktop.ui import dialogs
from infoshare_desktop.ui.models.tables import OrganisationsModel, organisation_label, sorting_proxy
from infoshare_desktop.ui.style import set_primary
from infoshare_desktop.ui.text import problem_text
from infoshare_desktop.ui.widgets.editors import ChoiceBox
from infoshare_desktop.ui.widgets.fields_form import button_row
from infoshare_desktop.ui.widgets.focus import chain_tab_order


class OrganisationDialog(QDialog):
    """Add or edit one organisation; problems are shown beside their fields."""

    def __init__(
        self, db: Database, actor: User, organisation: Organisation | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.original = organisation or Organisation()
        self.saved: Organisation | None = None
        self.setWindowTitle(
            self.tr("Edit organisation") if organisation and organisation.id is not None
            else self.tr("Add organisation")
        )
        self.setMinimumWidth(520)
        self.name = QLineEdit(self.original.name)
        self.type = ChoiceBox(tuple(RecipientType))
        self.type.set_choice(self.original.type)
        self.address = QPlainTextEdit(self.original.address)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.address.fontMetrics().lineSpacing() * 3 + 18)
        self.phone = QLineEdit(self.original.phone)
        self.secure_email = QLineEdit(self.original.secure_email)
        self.active = QCheckBox(self.tr("Active: offer it when recording a decision"))
        self.active.setChecked(self.original.active)
        self.inputs: dict[str, QWidget] = {
            "name": self.name, "type": self.type, "address": self.address,
            "phone": self.phone, "secure_email": self.secure_email, "active": self.active,
        }
        self.errors: dict[str, QLabel] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(4)
        for name, widget in self.inputs.items():
            label_text = organisation_label(name)
            widget.setAccessibleName(label_text)
            error = QLabel()
            error.setObjectName("ErrorMessage")
            error.setWordWrap(True)
            error.hide()
            self.errors[name] = error
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 8)
            inner.setSpacing(3)
            inner.addWidget(error)
            inner.addWidget(widget)
            if name == "active":
                form.addRow(box)
                continue
            label = QLabel(label_text)
            label.setObjectName("FieldLabel")
            label.setBuddy(widget)
            form.addRow(label, box)
        layout.addLayout(form)
        self.save_button = QPushButton(self.tr("Save organisation"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        layout.addLayout(button_row(self.save_button, self.cancel_button))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        chain_tab_order([*self.inputs.values(), self.save_button, self.cancel_button])
        self.name.setFocus()

    def organisation(self) -> Organisation:
        kind = self.type.choice()
        return Organisation(
            id=self.original.id,
            name=self.name.text(),
            type=kind if isinstance(kind, RecipientType) else None,
            address=self.address.toPlainText(),
            phone=self.phone.text(),
            secure_email=self.secure_email.text(),
            active=self.active.isChecked(),
        )

    def save(self) -> bool:
        for error in self.errors.values():
            error.hide()
        try:
            self.saved = organisations.save_organisation(self.db, self.actor, self.organisation())
        except ValidationError as problem_list:
            first: QWidget | None = None
            for problem in problem_list.problems:
                error = self.errors.get(problem.field)
                if error is None:
                    continue
                text = problem_text(problem)
                error.setText(f"{error.text()}\n{text}" if error.isVisible() else text)
                error.show()
                first = first or self.inputs[problem.field]
            if first is not None:
                first.setFocus()
            return False
        except ServiceError as refusal:
            dialogs.show_error(self, self.tr("Cannot save the organisation"), str(refusal))
            return False
        self.accept()
        return True


class OrganisationsView(QWidget):
    """The "Recipient organisations" screen."""

    changed = Signal()

    def __init__(self, db: Database, actor: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.dialog: OrganisationDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        top = QHBoxLayout()
        title = QLabel(self.tr("Recipient organisations"))
        title.setObjectName("PageTitle")
        top.addWidget(title)
        top.addStretch(1)
        self.add_button = QPushButton(self.tr("Add organisation"))
        set_primary(self.add_button)
        top.addWidget(self.add_button)
        layout.addLayout(top)
        hint = QLabel(self.tr(
            "The directory the record form picks recipients from. "
            "Press Enter or double-click an organisation to edit it."
        ))
        hint.setObjectName("Hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.model = OrganisationsModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Recipient organisations"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.table, 1)
        self.count_line = QLabel()
        self.count_line.setObjectName("CountLine")
        layout.addWidget(self.count_line)
        self.add_button.clicked.connect(self.add_organisation)
        self.table.activated.connect(self._edit_index)
        self.table.doubleClicked.connect(self._edit_index)
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        rows = organisations.list_organisations(self.db, include_inactive=True)
        self.model.set_rows(rows)
        count = len(rows)
        self.count_line.setText(
            self.tr("1 organisation") if count == 1
            else self.tr("{count} organisations").format(count=count)
        )
        widths = (300, 170, 150, 280)
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        if select_id is not None:
            for row in range(self.proxy.rowCount()):
                source = self.proxy.mapToSource(self.proxy.index(row, 0))
                if self.model.row_at(source.row()).id == select_id:
                    self.table.selectRow(row)
                    break

    def add_organisation(self) -> OrganisationDialog:
        return self._open_dialog(None)

    def edit_organisation(self, organisation: Organisation) -> OrganisationDialog:
        return self._open_dialog(organisation)

    def _edit_index(self, index: QModelIndex) -> None:
        if index.isValid():
            source = self.proxy.mapToSource(index)
            self.edit_organisation(self.model.row_at(source.row()))

    def _open_dialog(self, organisation: Organisation | None) -> OrganisationDialog:
        if self.dialog is not None and self.dialog.isVisible():
            return self.dialog  # already editing one
        dialog = OrganisationDialog(self.db, self.actor, organisation, self)
        dialog.accepted.connect(lambda: self._saved(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, dialog: OrganisationDialog) -> None:
        self.refresh(dialog.saved.id if dialog.saved else None)
        self.changed.emit()
