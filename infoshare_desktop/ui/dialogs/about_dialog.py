"""Help > About: which InfoShare this is, where its database is, and the licences of
everything shipped inside it (the LGPL asks that Qt's be shown to the people using it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from infoshare_desktop.licences import Component, bundled_components
from infoshare_desktop.ui.icons import app_icon
from infoshare_desktop.ui.widgets.fields_form import button_row
from infoshare_desktop.ui.widgets.focus import chain_tab_order
from infoshare_desktop.version import app_version


class AboutDialog(QDialog):
    """Version, a one-line description, the database location and the licences."""

    def __init__(
        self, database: str, parent: QWidget | None = None,
        components: list[Component] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About InfoShare"))
        self.setMinimumSize(680, 700)
        self.components = components if components is not None else bundled_components()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(8)

        heading = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(64, 64))
        logo.setAccessibleName(self.tr("InfoShare icon"))
        heading.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        title = QLabel(self.tr("InfoShare Desktop"))
        title.setObjectName("FormTitle")
        self.version_label = QLabel(self.tr("Version {version}").format(version=app_version()))
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        titles.addWidget(title)
        titles.addWidget(self.version_label)
        heading.addLayout(titles, 1)
        layout.addLayout(heading)

        description = QLabel(self.tr(
            "Records each decision to share, or not to share, information about children "
            "and families: what, with whom, when, why and on what lawful basis."
        ))
        description.setWordWrap(True)
        layout.addWidget(description)

        where = QLabel(self.tr("Database"))
        where.setObjectName("FieldLabel")
        self.database_label = QLabel(database)
        self.database_label.setWordWrap(True)
        self.database_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.database_label.setAccessibleName(self.tr("Database location"))
        where.setBuddy(self.database_label)
        layout.addSpacing(6)
        layout.addWidget(where)
        layout.addWidget(self.database_label)

        parts = QLabel(self.tr("&Components and their licences"))
        parts.setObjectName("FieldLabel")
        self.table = QTableWidget(len(self.components), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        self.table.setAccessibleName(self.tr("Components and their licences"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, component in enumerate(self.components):
            for column, text in enumerate((component.name, component.version,
                                           component.licence)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        parts.setBuddy(self.table)
        layout.addSpacing(6)
        layout.addWidget(parts)
        self.table.setMinimumHeight(220)
        layout.addWidget(self.table, 3)

        text_label = QLabel(self.tr("&Licence text"))
        text_label.setObjectName("FieldLabel")
        self.licence_text = QPlainTextEdit()
        self.licence_text.setReadOnly(True)
        self.licence_text.setAccessibleName(self.tr("Licence text"))
        self.licence_text.setPlaceholderText(self.tr("Select a component to read its licence."))
        text_label.setBuddy(self.licence_text)
        layout.addWidget(text_label)
        layout.addWidget(self.licence_text, 2)

        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        self.copy_button = QPushButton(self.tr("Copy version details"))
        self.copy_button.setToolTip(self.tr(
            "Copy the version of InfoShare and of each component, for your IT service desk"))
        self.copy_button.clicked.connect(self.copy_details)
        layout.addLayout(button_row(self.close_button, self.copy_button))

        self.table.currentCellChanged.connect(self._show_licence)
        if self.components:
            self.table.selectRow(0)
        chain_tab_order([self.database_label, self.table, self.licence_text,
                         self.close_button, self.copy_button])
        self.close_button.setFocus()

    def _show_licence(self, row: int, *_: int) -> None:
        if not 0 <= row < len(self.components):
            self.licence_text.clear()
            return
        component = self.components[row]
        text = component.licence_text()
        self.licence_text.setPlainText(text or self.tr(
            "{name} is distributed under {licence}."
        ).format(name=component.name, licence=component.licence))

    def details(self) -> str:
        """The versions as plain text: no database path (it can name the user)."""
        lines = [f"InfoShare Desktop {app_version()}"]
        lines += [f"{c.name} {c.version} ({c.licence})" for c in self.components]
        return "\n".join(lines)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
