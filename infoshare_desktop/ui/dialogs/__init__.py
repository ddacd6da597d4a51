"""Small modal questions and messages, each behind one function tests can replace."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


class UnsavedChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved_changes(parent: QWidget | None) -> UnsavedChoice:
    """Closing a form with changes: save them as a draft, throw them away, or stay."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Dialogs", "Unsaved changes"))
    box.setText(
        QCoreApplication.translate("Dialogs", "This record has changes that are not saved.")
    )
    box.setInformativeText(
        QCoreApplication.translate("Dialogs", "Do you want to save them as a draft before closing?")
    )
    save = box.addButton(
        QCoreApplication.translate("Dialogs", "Save draft"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("Dialogs", "Discard changes"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(
        QCoreApplication.translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return UnsavedChoice.SAVE
    if clicked is discard:
        return UnsavedChoice.DISCARD
    return UnsavedChoice.CANCEL


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """A problem the user can act on (the message says what to do)."""
    QMessageBox.warning(parent, title, message)


def confirm(parent: QWidget | None, title: str, message: str, action: str) -> bool:
    """Ask before something that cannot be undone; ``action`` names the button."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(message)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(
        QCoreApplication.translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    return box.clickedButton() is yes


def ask_save_path(
    parent: QWidget | None, title: str, suggested_name: str, file_filter: str, suffix: str
) -> str | None:
    """Where to save a file (``None`` if the person cancelled); ``suffix`` is added if missing."""
    path, _chosen = QFileDialog.getSaveFileName(parent, title, suggested_name, file_filter)
    if not path:
        return None
    return path if path.lower().endswith(suffix.lower()) else path + suffix


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """A short line of text from the person (``None`` if they cancelled)."""
    value, accepted = QInputDialog.getText(parent, title, label, text=text)
    return value if accepted else None
