"""A column of labelled inputs, each with its problem shown beside it (GOV.UK pattern).

The small dialogs and settings screens (sign in, set up, accounts, passwords) are
built from this so they all show problems the same way: red text above the input,
the cursor moved to the first input with a problem.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infoshare_desktop.domain.rules import Problem
from infoshare_desktop.services.database import StorageError
from infoshare_desktop.services.errors import ServiceError, ValidationError
from infoshare_desktop.ui.style import set_primary
from infoshare_desktop.ui.text import error_text, problem_text


def button_row(primary: QPushButton, *others: QPushButton) -> QHBoxLayout:
    """A dialog's buttons, left-aligned: its one primary action first (pressed by
    Enter), then the others (Cancel last)."""
    set_primary(primary)
    primary.setDefault(True)
    line = QHBoxLayout()
    line.addWidget(primary)
    for button in others:
        line.addWidget(button)
    line.addStretch(1)
    return line


def fit_to_content(dialog: QDialog) -> None:
    """The dialog is always as tall as its content: it grows when problems appear
    beside the fields instead of squashing them (wrapped text included)."""
    layout = dialog.layout()
    if layout is not None:
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)


def password_box() -> QLineEdit:
    """A password input: characters hidden, nothing offered to copy."""
    box = QLineEdit()
    box.setEchoMode(QLineEdit.EchoMode.Password)
    box.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhSensitiveData
    )
    return box



def error_label(accessible_name: str = "") -> QLabel:
    """A red message line, hidden until there is a problem to show."""
    label = QLabel()
    label.setObjectName("ErrorMessage")
    label.setWordWrap(True)
    if accessible_name:
        label.setAccessibleName(accessible_name)
    label.hide()
    return label

class FieldsColumn(QWidget):
    """Inputs top to bottom: label, hint, error, input; ``show_problems`` fills errors."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(2)
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}

    def add(self, name: str, label: str, widget: QWidget, hint: str = "") -> QWidget:
        """Add ``widget`` for the field ``name`` (the name problems use)."""
        # A check box carries its own label, so its hint follows it (as on the form).
        is_box = isinstance(widget, QCheckBox)
        if not is_box:
            title = QLabel(label)
            title.setObjectName("FieldLabel")
            title.setBuddy(widget)
            self.column.addWidget(title)
            self.labels[name] = title
            widget.setAccessibleName(label)
        hint_label = QLabel(hint)
        hint_label.setObjectName("Hint")
        hint_label.setWordWrap(True)
        hint_label.setVisible(bool(hint))
        if hint:
            widget.setAccessibleDescription(hint)
        if not is_box:
            self.column.addWidget(hint_label)
        error = error_label()
        self.column.addWidget(error)
        self.column.addWidget(widget)
        if is_box:
            hint_label.setContentsMargins(24, 0, 0, 0)
            self.column.addWidget(hint_label)
        self.column.addSpacing(10)
        self.inputs[name] = widget
        self.errors[name] = error
        return widget

    def add_error_only(self, name: str, widget: QWidget) -> None:
        """A group laid out by the caller (e.g. check boxes) that problems can name."""
        error = error_label()
        self.column.addWidget(error)
        self.column.addWidget(widget)
        self.column.addSpacing(10)
        self.inputs[name] = widget
        self.errors[name] = error

    def clear_problems(self) -> None:
        for error in self.errors.values():
            error.clear()
            error.hide()

    def show_messages(self, messages: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
        """Show each (field, message) beside its input; returns those with no input."""
        self.clear_problems()
        unplaced = []
        first: QWidget | None = None
        for name, message in messages:
            error = self.errors.get(name)
            if error is None:
                unplaced.append((name, message))
                continue
            error.setText(f"{error.text()}\n{message}" if error.text() else message)
            error.show()
            if first is None:
                first = self.inputs[name]
        if first is not None:
            target = first.focusProxy() or first
            if target.focusPolicy() == Qt.FocusPolicy.NoFocus:
                boxes = first.findChildren(QCheckBox)
                target = boxes[0] if boxes else target
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        return unplaced

    def show_refusal(self, error: ServiceError | StorageError, refusal: QLabel) -> None:
        """What the services refused: each problem beside its input, anything with no
        input of its own (or a refusal that is not about one answer) in ``refusal``."""
        if isinstance(error, ValidationError):
            unplaced = [message for _, message in self.show_problems(error.problems)]
        else:
            self.clear_problems()
            unplaced = [error_text(error)]
        refusal.setText("\n".join(unplaced))
        refusal.setVisible(bool(unplaced))

    def show_problems(self, problems: Iterable[Problem]) -> list[tuple[str, str]]:
        return self.show_messages((p.field, problem_text(p)) for p in problems)

    def error_text(self, name: str) -> str:
        error = self.errors[name]
        return error.text() if not error.isHidden() else ""
