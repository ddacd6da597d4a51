"""The small dialog a reviewer fills in: a comment (required to return or decline)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.services.database import StorageError
from infoshare_desktop.services.errors import ServiceError
from infoshare_desktop.ui.widgets.fields_form import (
    FieldsColumn,
    button_row,
    error_label,
    fit_to_content,
)
from infoshare_desktop.ui.widgets.focus import chain_tab_order

#: Runs the review with the comment typed; returns the updated record.
Submit = Callable[[str], DecisionRecord]


class CommentDialog(QDialog):
    """Title, an explanation, a comment box and one button that does the review."""

    def __init__(
        self,
        title: str,
        explanation: str,
        button: str,
        submit: Submit,
        *,
        required: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.submit = submit
        self.required = required
        self.result_record: DecisionRecord | None = None
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        heading = QLabel(title)
        heading.setObjectName("FormTitle")
        layout.addWidget(heading)
        text = QLabel(explanation)
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addSpacing(6)
        self.fields = FieldsColumn()
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(self.comment.fontMetrics().lineSpacing() * 5 + 18)
        label = self.tr("Comment") if required else self.tr("Comment (optional)")
        self.fields.add("comment", label, self.comment,
                        self.tr("It stays on the record and the author sees it."))
        layout.addWidget(self.fields)
        self.fields.setMinimumWidth(472)
        fit_to_content(self)
        self.refusal = error_label()
        layout.addWidget(self.refusal)
        self.ok_button = QPushButton(button)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        layout.addLayout(button_row(self.ok_button, self.cancel_button))
        self.ok_button.clicked.connect(self.confirm)
        self.cancel_button.clicked.connect(self.reject)
        chain_tab_order([self.comment, self.ok_button, self.cancel_button])
        self.comment.setFocus()

    def confirm(self) -> bool:
        """Do the review; on a refusal say why beside the box and stay open."""
        self.refusal.hide()
        # A missing comment is refused by the service, with the message that fits
        # the action (a return says what to change; a breach says what went wrong).
        comment = self.comment.toPlainText().strip()
        try:
            self.result_record = self.submit(comment)
        except (ServiceError, StorageError) as error:
            self.fields.show_refusal(error, self.refusal)
            return False
        self.accept()
        return True
