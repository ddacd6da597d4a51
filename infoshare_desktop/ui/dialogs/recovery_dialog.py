"""Offer to restore form content that was autosaved but never saved."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infoshare_desktop.services.recovery import RecoveredForm
from infoshare_desktop.ui.style import set_primary
from infoshare_desktop.ui.text import local_datetime
from infoshare_desktop.ui.widgets.focus import chain_tab_order


class RecoveryDialog(QDialog):
    """One line per unsaved form, each with Restore and Discard."""

    restore_requested = Signal(object)
    discard_requested = Signal(object)

    def __init__(self, recovered: list[RecoveredForm], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self.setMinimumWidth(560)
        self.rows: dict[int, QWidget] = {}
        self.restore_buttons: dict[int, QPushButton] = {}
        self.discard_buttons: dict[int, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        title = QLabel(self.tr("Recover unsaved work"))
        title.setObjectName("FormTitle")
        layout.addWidget(title)
        intro = QLabel(self.tr(
            "InfoShare closed before these changes were saved. Restore them to carry on, "
            "or discard them."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        focus_order: list[QWidget] = []
        for item in recovered:
            row = QFrame()
            row.setFrameShape(QFrame.Shape.StyledPanel)
            line = QHBoxLayout(row)
            name = item.reference or self.tr("New record")
            text = QLabel(self.tr("{name} — autosaved {time}").format(
                name=name, time=local_datetime(item.saved_at)
            ))
            text.setObjectName("FieldLabel")
            restore = QPushButton(self.tr("Restore"))
            set_primary(restore)
            restore.setAccessibleName(self.tr("Restore {name}").format(name=name))
            discard = QPushButton(self.tr("Discard"))
            discard.setAccessibleName(self.tr("Discard {name}").format(name=name))
            line.addWidget(text, 1)
            line.addWidget(restore)
            line.addWidget(discard)
            restore.clicked.connect(lambda _=False, it=item: self._restore(it))
            discard.clicked.connect(lambda _=False, it=item: self._discard(it))
            layout.addWidget(row)
            self.rows[item.slot_id] = row
            self.restore_buttons[item.slot_id] = restore
            self.discard_buttons[item.slot_id] = discard
            focus_order += [restore, discard]
        later_line = QHBoxLayout()
        later_line.addStretch(1)
        self.later_button = QPushButton(self.tr("Decide later"))
        self.later_button.setToolTip(self.tr("Keep them and ask again next time"))
        self.later_button.clicked.connect(self.reject)
        later_line.addWidget(self.later_button)
        layout.addLayout(later_line)
        chain_tab_order([*focus_order, self.later_button])
        if focus_order:
            focus_order[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _done_with(self, item: RecoveredForm) -> None:
        row = self.rows.pop(item.slot_id)
        row.hide()
        if not self.rows:
            self.accept()

    def _restore(self, item: RecoveredForm) -> None:
        self.restore_requested.emit(item)
        self._done_with(item)

    def _discard(self, item: RecoveredForm) -> None:
        self.discard_requested.emit(item)
        self._done_with(item)
