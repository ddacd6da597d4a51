"""What a person sees when InfoShare hits a bug: a reference to quote, not a vanished app.

The dialog gives a short reference (``IS-`` and eight hex digits) that is also written
to the log beside the technical details, says in plain words that typing is
autosaved and whom to tell, and offers "Copy technical details" for the IT service
desk. Those details are the versions, the exception's *type* and the code locations
it passed through. Never its message, variables or arguments: they can hold the
name or case notes being typed.
"""

from __future__ import annotations

import platform
import secrets
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infoshare_desktop.logs import describe_exception, describe_frames
from infoshare_desktop.ui.widgets.fields_form import button_row
from infoshare_desktop.version import app_version

#: The dialog on screen now, if any: later errors are logged, not stacked on top.
_open_dialog: CrashDialog | None = None


def new_reference() -> str:
    """A short reference to read out over the phone, e.g. IS-3F9A0C21."""
    return "IS-" + secrets.token_hex(4).upper()


def technical_details(
    reference: str,
    kind: type[BaseException],
    error: BaseException | None,
    tb: TracebackType | None,
) -> str:
    """Versions, the error's type and where it happened: nothing the user typed."""
    lines = [
        f"Reference: {reference}",
        f"InfoShare: {app_version()}",
        f"Operating system: {platform.platform()}",
        f"Python: {platform.python_version()}",
        f"Qt: {qVersion()} (PySide6 {pyside_version})",
        f"Error: {kind.__module__}.{kind.__qualname__}",
        "Where (oldest call first):",
        *(f"  {frame}" for frame in describe_frames(tb)),
    ]
    cause = None if error is None else (error.__cause__ or error.__context__)
    if cause is not None:
        lines.append("Raised while handling:")
        lines.extend(f"  {line}" for line in describe_exception(cause))
    return "\n".join(lines)


class CrashDialog(QDialog):
    """The reference, what to do, and a button that copies the technical details."""

    def __init__(self, reference: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference = reference
        self.details = details
        self.setWindowTitle(self.tr("InfoShare had a problem"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        title = QLabel(self.tr("Something went wrong"))
        title.setObjectName("FormTitle")
        layout.addWidget(title)
        explanation = QLabel(self.tr(
            "InfoShare met a problem it did not expect. What you were doing may not have "
            "finished, but your typing is autosaved every few seconds, so you can carry on "
            "working. Check that your last change is there."))
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        tell = QLabel(self.tr(
            "If it happens again, tell your IT service desk this reference:"))
        tell.setWordWrap(True)
        layout.addWidget(tell)
        self.reference_label = QLabel(reference)
        self.reference_label.setObjectName("SubHeading")
        self.reference_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.reference_label.setAccessibleName(self.tr("Reference"))
        layout.addWidget(self.reference_label)
        self.copied = QLabel()
        self.copied.setObjectName("SaveState")
        self.copied.setWordWrap(True)
        layout.addWidget(self.copied)
        self.close_button = QPushButton(self.tr("Close"))
        self.copy_button = QPushButton(self.tr("Copy technical details"))
        self.copy_button.setToolTip(self.tr(
            "Copies the reference, the versions and where the problem happened, for the IT "
            "service desk. Nothing you typed is included."))
        layout.addLayout(button_row(self.close_button, self.copy_button))
        self.close_button.clicked.connect(self.accept)
        self.copy_button.clicked.connect(self.copy_details)
        self.close_button.setFocus()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copied.setText(self.tr(
            "Copied. Paste it into your message to the IT service desk."))


def show_crash(reference: str, details: str) -> CrashDialog | None:
    """Show the dialog without blocking (the app carries on); None if one is showing."""
    global _open_dialog
    try:
        if _open_dialog is not None and _open_dialog.isVisible():
            return None
    except RuntimeError:  # already deleted by Qt
        pass
    app = QApplication.instance()
    parent = app.activeWindow() if isinstance(app, QApplication) else None
    dialog = CrashDialog(reference, details, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.destroyed.connect(_forget)
    _open_dialog = dialog
    dialog.open()  # modal to its window, but no nested event loop inside the error hook
    return dialog


def _forget() -> None:
    global _open_dialog
    _open_dialog = None
