"""A record's history: its kept versions, its reviews, what each version changed, and
(for those allowed to see them) the record's own events in the audit trail."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from infoshare_desktop.domain.audit import AuditEvent
from infoshare_desktop.domain.diff import Change, changes
from infoshare_desktop.domain.display import RecordFormatter
from infoshare_desktop.services.audit_export import AuditFormatter
from infoshare_desktop.services.records import RecordHistory, RecordVersion
from infoshare_desktop.ui.text import field_text, local_datetime, vocab_label


def _table(headers: Sequence[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]], most: int = 6) -> None:
    """Put ``rows`` in the table and make it as tall as they are (at most ``most`` rows)."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)
    table.resizeRowsToContents()
    shown = sum(table.rowHeight(r) for r in range(min(len(rows), most)))
    frame = 2 * table.frameWidth()
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + shown + frame + 2)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("SubHeading")
    return label


class HistoryPanel(QWidget):
    """Versions (select one to see what it changed), then the review comments."""

    #: A RecordVersion to open read-only.
    open_version = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history: RecordHistory | None = None
        self.formatter = RecordFormatter(QCoreApplication.translate)
        self.shown_changes: list[Change] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 16, 28, 16)
        layout.setSpacing(6)
        layout.addWidget(_heading(self.tr("Versions")))
        hint = QLabel(self.tr(
            "A version is kept each time the record is submitted, completed or corrected by "
            "an addendum. Select one to see what it changed."
        ))
        hint.setObjectName("Hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.versions = _table(
            [self.tr("Version"), self.tr("Kind"), self.tr("When"), self.tr("Who"),
             self.tr("Reason for the change")],
            self.tr("Versions"),
        )
        layout.addWidget(self.versions)
        self.no_versions = QLabel(self.tr("No versions yet: this record has not been "
                                          "submitted or completed."))
        self.no_versions.setObjectName("Hint")
        layout.addWidget(self.no_versions)
        line = QHBoxLayout()
        self.changes_title = _heading(self.tr("What changed"))
        line.addWidget(self.changes_title)
        line.addStretch(1)
        self.open_button = QPushButton(self.tr("Open this version"))
        self.open_button.setToolTip(self.tr("Show the record as it was then, read-only"))
        line.addWidget(self.open_button)
        layout.addLayout(line)
        self.changes_note = QLabel()
        self.changes_note.setObjectName("Hint")
        self.changes_note.setWordWrap(True)
        layout.addWidget(self.changes_note)
        self.changes = _table(
            [self.tr("Question"), self.tr("Before"), self.tr("After")], self.tr("What changed")
        )
        layout.addWidget(self.changes)
        layout.addWidget(_heading(self.tr("Reviews and comments")))
        self.reviews = _table(
            [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Comment")],
            self.tr("Reviews and comments"),
        )
        layout.addWidget(self.reviews)
        self.no_reviews = QLabel(self.tr("No reviews yet."))
        self.no_reviews.setObjectName("Hint")
        layout.addWidget(self.no_reviews)
        self.audit_title = _heading(self.tr("Audit events"))
        layout.addWidget(self.audit_title)
        self.audit_hint = QLabel(self.tr(
            "Everything done to this record, oldest first: each save, review, viewing by "
            "someone other than its author, and addendum."
        ))
        self.audit_hint.setObjectName("Hint")
        self.audit_hint.setWordWrap(True)
        layout.addWidget(self.audit_hint)
        self.audit_formatter = AuditFormatter(QCoreApplication.translate)
        headers = self.audit_formatter.headers()
        self.audit_events = _table(
            [headers[0], headers[1], headers[2], headers[4]], self.tr("Audit events"))
        layout.addWidget(self.audit_events)
        self.shown_events: list[AuditEvent] = []
        self.set_audit_events(None)
        layout.addStretch(1)
        self.versions.itemSelectionChanged.connect(self._show_selected)
        self.versions.activated.connect(lambda _index: self._open_selected())
        self.open_button.clicked.connect(self._open_selected)

    def set_history(self, history: RecordHistory, org_names: Mapping[int, str]) -> None:
        self.history = history
        self.formatter = RecordFormatter(QCoreApplication.translate, org_names)
        _fill(self.versions, [
            (str(v.number), vocab_label(v.kind), local_datetime(v.at), v.by, v.reason)
            for v in history.versions
        ])
        has_versions = bool(history.versions)
        self.versions.setVisible(has_versions)
        self.no_versions.setVisible(not has_versions)
        for widget in (self.changes_title, self.open_button, self.changes_note, self.changes):
            widget.setVisible(has_versions)
        _fill(self.reviews, [
            (local_datetime(r.at), r.by, vocab_label(r.action), r.comment)
            for r in history.reviews
        ])
        self.reviews.setVisible(bool(history.reviews))
        self.no_reviews.setVisible(not history.reviews)
        if has_versions:
            self.versions.selectRow(len(history.versions) - 1)
            self._show_selected()

    def set_audit_events(self, events: Sequence[AuditEvent] | None) -> None:
        """The record's own events, oldest first; ``None`` hides them (not allowed)."""
        self.shown_events = list(events or [])
        f = self.audit_formatter
        _fill(self.audit_events, [
            (f.when(e), e.username, f.action(e), f.details(e)) for e in self.shown_events
        ], most=10)
        for widget in (self.audit_title, self.audit_hint, self.audit_events):
            widget.setVisible(events is not None)
        if self.shown_events:
            self.audit_events.scrollToBottom()

    def selected_version(self) -> RecordVersion | None:
        if self.history is None:
            return None
        rows = self.versions.selectionModel().selectedRows()
        if not rows:
            return None
        return self.history.versions[rows[0].row()]

    def select_version(self, number: int) -> None:
        if self.history is None:
            return
        for row, version in enumerate(self.history.versions):
            if version.number == number:
                self.versions.selectRow(row)

    def _show_selected(self) -> None:
        version = self.selected_version()
        self.open_button.setEnabled(version is not None)
        if version is None or self.history is None:
            self.shown_changes = []
            _fill(self.changes, [])
            return
        index = self.history.versions.index(version)
        self.changes_title.setText(
            self.tr("What version {number} changed").format(number=version.number)
        )
        if index == 0:
            self.shown_changes = []
            self.changes_note.setText(self.tr(
                "The first version kept: there is no earlier version to compare it with."
            ))
            self.changes_note.show()
            self.changes.hide()
            _fill(self.changes, [])
            return
        before = self.history.versions[index - 1]
        self.shown_changes = changes(before.record, version.record, self.formatter.value)
        if self.shown_changes:
            self.changes_note.setText(self.tr(
                "Compared with version {number}."
            ).format(number=before.number))
        else:
            self.changes_note.setText(self.tr(
                "No answers changed from version {number}: only the status moved on."
            ).format(number=before.number))
        self.changes_note.show()
        self.changes.setVisible(bool(self.shown_changes))
        _fill(self.changes, [
            (field_text(c.label), c.old, c.new) for c in self.shown_changes
        ])

    def _open_selected(self) -> None:
        version = self.selected_version()
        if version is not None:
            self.open_version.emit(version)
