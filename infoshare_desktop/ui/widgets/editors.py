"""One editor widget per ``Kind`` of field, all with the same small interface.

The record form builds itself from ``domain.fields.FIELDS`` by asking
``make_editor(field)`` for each question, so adding a field to the domain adds it
to the form. Every editor reads and writes the plain value the record holds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from infoshare_desktop.domain.fields import Field, Kind
from infoshare_desktop.domain.organisation import Organisation
from infoshare_desktop.domain.record import AdviceSought, PersonInvolved, TestAnswer
from infoshare_desktop.domain.vocab import AdviceSource, PersonRole, SharingTest, Vocab
from infoshare_desktop.ui.style import repolish
from infoshare_desktop.ui.text import field_text, vocab_label
from infoshare_desktop.ui.widgets.dates import DateInput, TimeInput, to_utc

TEXT_WIDTH = 560
LONG_TEXT_WIDTH = 760


def bad_date_message() -> str:
    return QCoreApplication.translate(
        "RecordForm", "Enter a real date in the format dd/mm/yyyy, for example 27/03/2026"
    )


def bad_time_message() -> str:
    return QCoreApplication.translate(
        "RecordForm", "Enter a real time in the format hh:mm, for example 14:30"
    )


class ChoiceBox(QComboBox):
    """A combo of vocabulary values with an empty "Select…" first item."""

    def __init__(
        self, options: Sequence[Vocab], parent: QWidget | None = None, placeholder: str = ""
    ) -> None:
        super().__init__(parent)
        self._options: list[Vocab | None] = [None, *options]
        self.addItem(placeholder or QCoreApplication.translate("RecordForm", "Select…"))
        for option in options:
            self.addItem(vocab_label(option))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMaximumWidth(LONG_TEXT_WIDTH)
        self.setMinimumWidth(200)

    def choice(self) -> Vocab | None:
        index = self.currentIndex()
        return self._options[index] if 0 <= index < len(self._options) else None

    def set_choice(self, value: Vocab | None) -> None:
        try:
            index = self._options.index(value)
        except ValueError:
            index = 0
        self.setCurrentIndex(index)


def small_button(text: str, parent: QWidget | None = None) -> QPushButton:
    button = QPushButton(text, parent)
    button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return button


def column_header(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("ColumnHeader")
    return label


class FieldEditor(QWidget):
    """The input for one field: ``value()``/``set_value()`` speak the record's types."""

    changed = Signal()
    #: Rows were added or removed: the form must rebuild its tab order.
    structure_changed = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.read_only = False

    def value(self) -> object:
        raise NotImplementedError

    def set_value(self, value: object) -> None:
        raise NotImplementedError

    def focus_widgets(self) -> list[QWidget]:
        """The focusable parts, in visual order (for the form's tab order)."""
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only

    def input_problems(self) -> list[str]:
        """Typed text that cannot be read as a value (e.g. "31/02/2026")."""
        return []

    def name_for_access(self) -> str:
        return field_text(self.field.label)


class TextEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setMinimumWidth(380)
        self.edit.setMaximumWidth(TEXT_WIDTH)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.edit.textChanged.connect(self.changed)

    def value(self) -> str:
        return self.edit.text()

    def set_value(self, value: object) -> None:
        self.edit.setText(str(value or ""))

    def focus_widgets(self) -> list[QWidget]:
        return [self.edit]

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.edit.setReadOnly(read_only)


class LongTextEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        lines = 4
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * lines + 18)
        layout.addWidget(self.edit)
        self.edit.textChanged.connect(self.changed)

    def value(self) -> str:
        return self.edit.toPlainText()

    def set_value(self, value: object) -> None:
        self.edit.setPlainText(str(value or ""))

    def focus_widgets(self) -> list[QWidget]:
        return [self.edit]

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.edit.setReadOnly(read_only)


class ChoiceEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = ChoiceBox(field.options(), self)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self.combo.currentIndexChanged.connect(self.changed)

    def value(self) -> Vocab | None:
        return self.combo.choice()

    def set_value(self, value: object) -> None:
        self.combo.set_choice(value if isinstance(value, Vocab) else None)

    def focus_widgets(self) -> list[QWidget]:
        return [self.combo]

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.combo.setEnabled(not read_only)


class MultiChoiceEditor(FieldEditor):
    """One checkbox per value, one under another (GOV.UK checkboxes)."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.options = field.options()
        self.boxes: list[QCheckBox] = []
        for option in self.options:
            box = QCheckBox(vocab_label(option), self)
            box.toggled.connect(self.changed)
            layout.addWidget(box)
            self.boxes.append(box)

    def value(self) -> list[Vocab]:
        return [opt for opt, box in zip(self.options, self.boxes, strict=True) if box.isChecked()]

    def set_value(self, value: object) -> None:
        chosen = set(value) if isinstance(value, list | tuple | set) else set()
        for option, box in zip(self.options, self.boxes, strict=True):
            box.setChecked(option in chosen)

    def focus_widgets(self) -> list[QWidget]:
        return list(self.boxes)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for box in self.boxes:
            box.setEnabled(not read_only)


class DateEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = DateInput(self)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.edit.textChanged.connect(self.changed)

    def value(self) -> object:
        return self.edit.date_value()

    def set_value(self, value: object) -> None:
        self.edit.set_date_value(value)  # type: ignore[arg-type]

    def focus_widgets(self) -> list[QWidget]:
        return [self.edit]

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.edit.setReadOnly(read_only)

    def input_problems(self) -> list[str]:
        return [] if self.edit.is_valid() else [bad_date_message()]


class DateTimeEditor(FieldEditor):
    """A local date and time; the record holds it as an aware UTC datetime."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.date_edit = DateInput(self)
        self.time_edit = TimeInput(self)
        self.now_button = small_button(QCoreApplication.translate("RecordForm", "Now"), self)
        self.now_button.setToolTip(
            QCoreApplication.translate("RecordForm", "Fill in the current date and time")
        )
        layout.addWidget(self.date_edit)
        at = QLabel(QCoreApplication.translate("RecordForm", "at"), self)
        layout.addWidget(at)
        layout.addWidget(self.time_edit)
        layout.addWidget(self.now_button)
        layout.addStretch(1)
        self.date_edit.textChanged.connect(self.changed)
        self.time_edit.textChanged.connect(self.changed)
        self.now_button.clicked.connect(self._fill_now)
        label = field_text(field.label)
        self.time_edit.setAccessibleName(
            QCoreApplication.translate("RecordForm", "{label}: time").format(label=label)
        )
        self.now_button.setAccessibleName(
            QCoreApplication.translate("RecordForm", "{label}: now").format(label=label)
        )

    def _fill_now(self) -> None:
        now = datetime.now().astimezone()
        self.date_edit.set_date_value(now.date())
        self.time_edit.set_time_value(now.time().replace(second=0, microsecond=0))

    def value(self) -> datetime | None:
        day = self.date_edit.date_value()
        at = self.time_edit.time_value()
        if day is None or at is None:
            return None
        return to_utc(day, at)

    def set_value(self, value: object) -> None:
        if isinstance(value, datetime):
            local = value.astimezone()
            self.date_edit.set_date_value(local.date())
            self.time_edit.set_time_value(local.time().replace(second=0, microsecond=0))
        else:
            self.date_edit.set_date_value(None)
            self.time_edit.set_time_value(None)

    def focus_widgets(self) -> list[QWidget]:
        return [self.date_edit, self.time_edit, self.now_button]

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.date_edit.setReadOnly(read_only)
        self.time_edit.setReadOnly(read_only)
        self.now_button.setVisible(not read_only)

    def input_problems(self) -> list[str]:
        problems = []
        if not self.date_edit.is_valid():
            problems.append(bad_date_message())
        if not self.time_edit.is_valid():
            problems.append(bad_time_message())
        has_date = bool(self.date_edit.text().strip())
        has_time = bool(self.time_edit.text().strip())
        if not problems and has_date and not has_time:
            problems.append(
                QCoreApplication.translate(
                    "RecordForm", "Enter the time as well as the date, for example 14:30"
                )
            )
        if not problems and has_time and not has_date:
            problems.append(
                QCoreApplication.translate("RecordForm", "Enter the date as well as the time")
            )
        return problems


class FlagEditor(FieldEditor):
    """A single checkbox whose text is the field's label."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.box = QCheckBox(field_text(field.label), self)
        layout.addWidget(self.box)
        layout.addStretch(1)
        self.box.toggled.connect(self.changed)

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: object) -> None:
        self.box.setChecked(bool(value))

    def focus_widgets(self) -> list[QWidget]:
        return [self.box]

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.box.setEnabled(not read_only)


class _Row(QWidget):
    """One line of a repeating editor, with its Remove button last."""

    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.remove_button = small_button(QCoreApplication.translate("RecordForm", "Remove"), self)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

    def finish(self) -> None:
        self.layout_.addWidget(self.remove_button)
        self.layout_.addStretch(1)

    def inputs(self) -> list[QWidget]:
        raise NotImplementedError

    def focus_widgets(self) -> list[QWidget]:
        return [*self.inputs(), self.remove_button]

    def number(self, index: int) -> None:
        """Give the row's parts accessible names that say which line they are on."""
        raise NotImplementedError


class _PersonRow(_Row):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.setFixedWidth(260)
        self.role = ChoiceBox(tuple(PersonRole), self)
        self.role.setFixedWidth(190)
        self.dob = DateInput(self)
        self.dob.setFixedWidth(130)
        for widget in (self.name, self.role, self.dob):
            self.layout_.addWidget(widget)
        self.finish()

    def inputs(self) -> list[QWidget]:
        return [self.name, self.role, self.dob]

    def number(self, index: int) -> None:
        self.name.setAccessibleName(
            QCoreApplication.translate("RecordForm", "Name, person {n}").format(n=index)
        )
        self.role.setAccessibleName(
            QCoreApplication.translate("RecordForm", "Role, person {n}").format(n=index)
        )
        self.dob.setAccessibleName(
            QCoreApplication.translate("RecordForm", "Date of birth (optional), person {n}").format(
                n=index
            )
        )
        self.remove_button.setAccessibleName(
            QCoreApplication.translate("RecordForm", "Remove person {n}").format(n=index)
        )

    def is_blank(self) -> bool:
        return (
            not self.name.text().strip()
            and self.role.choice() is None
            and not (self.dob.text().strip())
        )


class _AdviceRow(_Row):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = ChoiceBox(tuple(AdviceSource), self)
        self.source.setFixedWidth(300)
        self.summary = QLineEdit(self)
        self.summary.setFixedWidth(360)
        self.summary.setPlaceholderText(
            QCoreApplication.translate("RecordForm", "Summary of the advice")
        )
        self.layout_.addWidget(self.source)
        self.layout_.addWidget(self.summary)
        self.finish()

    def inputs(self) -> list[QWidget]:
        return [self.source, self.summary]

    def number(self, index: int) -> None:
        self.source.setAccessibleName(
            QCoreApplication.translate("RecordForm", "Advice from, advice {n}").format(n=index)
        )
        self.summary.setAccessibleName(
            QCoreApplication.translate("RecordForm", "Summary, advice {n}").format(n=index)
        )
        self.remove_button.setAccessibleName(
            QCoreApplication.translate("RecordForm", "Remove advice {n}").format(n=index)
        )

    def is_blank(self) -> bool:
        return self.source.choice() is None and not self.summary.text().strip()


class _RowsEditor(FieldEditor):
    """A list of rows with Add and Remove, for people and advice."""

    row_class: type[_Row]

    def __init__(self, field: Field, add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.rows: list[_Row] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        self.header = self.make_header()
        outer.addWidget(self.header)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(6)
        outer.addLayout(self.rows_layout)
        add_line = QHBoxLayout()
        self.add_button = small_button(add_text, self)
        self.add_button.clicked.connect(self._add_clicked)
        add_line.addWidget(self.add_button)
        add_line.addStretch(1)
        outer.addLayout(add_line)
        self._update_header()

    def header_columns(self) -> list[tuple[str, int]]:
        """Each column's heading and width, matching the row's inputs."""
        raise NotImplementedError

    def make_header(self) -> QWidget:
        header = QWidget(self)
        layout = QHBoxLayout(header)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, width in self.header_columns():
            label = column_header(text)
            label.setFixedWidth(width)
            layout.addWidget(label)
        layout.addStretch(1)
        return header

    def _update_header(self) -> None:
        self.header.setVisible(bool(self.rows))

    def add_row(self) -> _Row:
        row = self.row_class(self)
        row.remove_requested.connect(self._remove_row)
        for widget in row.inputs():
            signal = getattr(widget, "textChanged", None) or widget.currentIndexChanged
            signal.connect(self.changed)
        row.remove_button.setVisible(not self.read_only)
        for widget in row.inputs():
            self._apply_read_only(widget)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        self._renumber()
        return row

    def _add_clicked(self) -> None:
        row = self.add_row()
        self.structure_changed.emit()
        self.changed.emit()
        row.inputs()[0].setFocus(Qt.FocusReason.TabFocusReason)

    def _remove_row(self, row: _Row) -> None:
        index = self.rows.index(row)
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self._renumber()
        self.structure_changed.emit()
        self.changed.emit()
        if index < len(self.rows):
            self.rows[index].inputs()[0].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _renumber(self) -> None:
        for index, row in enumerate(self.rows, start=1):
            row.number(index)
        self._update_header()

    def clear_rows(self) -> None:
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows = []
        self._update_header()

    def focus_widgets(self) -> list[QWidget]:
        widgets: list[QWidget] = []
        for row in self.rows:
            widgets.extend(row.focus_widgets())
        widgets.append(self.add_button)
        return widgets

    def _apply_read_only(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit):
            widget.setReadOnly(self.read_only)
        else:
            widget.setEnabled(not self.read_only)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.add_button.setVisible(not read_only)
        for row in self.rows:
            row.remove_button.setVisible(not read_only)
            for widget in row.inputs():
                self._apply_read_only(widget)


class PeopleEditor(_RowsEditor):
    row_class = _PersonRow

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, QCoreApplication.translate("RecordForm", "Add person"), parent)

    def header_columns(self) -> list[tuple[str, int]]:
        return [
            (QCoreApplication.translate("RecordForm", "Name"), 260),
            (QCoreApplication.translate("RecordForm", "Role"), 190),
            (QCoreApplication.translate("RecordForm", "Date of birth (optional)"), 200),
        ]

    def value(self) -> list[PersonInvolved]:
        people = []
        for row in self.rows:
            assert isinstance(row, _PersonRow)
            if row.is_blank():
                continue  # an untouched line is not a person
            role = row.role.choice()
            people.append(
                PersonInvolved(
                    role=role if isinstance(role, PersonRole) else None,
                    name=row.name.text(),
                    date_of_birth=row.dob.date_value(),
                )
            )
        return people

    def set_value(self, value: object) -> None:
        self.clear_rows()
        people = list(value) if isinstance(value, list) else []
        for person in people:
            row = self.add_row()
            assert isinstance(row, _PersonRow)
            row.name.setText(person.name)
            row.role.set_choice(person.role)
            row.dob.set_date_value(person.date_of_birth)
        if not people and not self.read_only:
            self.add_row()  # one empty line to type into
        self.structure_changed.emit()

    def input_problems(self) -> list[str]:
        bad = any(not row.dob.is_valid() for row in self.rows if isinstance(row, _PersonRow))
        return [bad_date_message()] if bad else []


class AdviceEditor(_RowsEditor):
    row_class = _AdviceRow

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, QCoreApplication.translate("RecordForm", "Add advice"), parent)

    def header_columns(self) -> list[tuple[str, int]]:
        return [
            (QCoreApplication.translate("RecordForm", "Advice from"), 300),
            (QCoreApplication.translate("RecordForm", "What they advised"), 360),
        ]

    def value(self) -> list[AdviceSought]:
        advice = []
        for row in self.rows:
            assert isinstance(row, _AdviceRow)
            if row.is_blank():
                continue
            source = row.source.choice()
            advice.append(
                AdviceSought(
                    source=source if isinstance(source, AdviceSource) else None,
                    summary=row.summary.text(),
                )
            )
        return advice

    def set_value(self, value: object) -> None:
        self.clear_rows()
        for item in list(value) if isinstance(value, list) else []:
            row = self.add_row()
            assert isinstance(row, _AdviceRow)
            row.source.set_choice(item.source)
            row.summary.setText(item.summary)
        self.structure_changed.emit()


class TestsEditor(FieldEditor):
    """The seven tests: one line each with a Yes/No answer and an optional note."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.addWidget(column_header(QCoreApplication.translate("RecordForm", "Test")), 0, 0)
        grid.addWidget(column_header(QCoreApplication.translate("RecordForm", "Answer")), 0, 1)
        grid.addWidget(
            column_header(QCoreApplication.translate("RecordForm", "Note (optional)")), 0, 2
        )
        self.tests = tuple(SharingTest)
        self.answers: list[QComboBox] = []
        self.notes: list[QLineEdit] = []
        for line, test in enumerate(self.tests, start=1):
            name = vocab_label(test)
            label = QLabel(name, self)
            label.setMinimumWidth(120)
            answer = QComboBox(self)
            answer.addItems(
                [
                    QCoreApplication.translate("RecordForm", "Select…"),
                    QCoreApplication.translate("RecordForm", "Yes"),
                    QCoreApplication.translate("RecordForm", "No"),
                ]
            )
            answer.setFixedWidth(120)
            answer.setAccessibleName(
                QCoreApplication.translate("RecordForm", "{test}: answer").format(test=name)
            )
            note = QLineEdit(self)
            note.setFixedWidth(420)
            note.setAccessibleName(
                QCoreApplication.translate("RecordForm", "{test}: note").format(test=name)
            )
            label.setBuddy(answer)
            grid.addWidget(label, line, 0)
            grid.addWidget(answer, line, 1)
            grid.addWidget(note, line, 2)
            answer.currentIndexChanged.connect(self.changed)
            note.textChanged.connect(self.changed)
            self.answers.append(answer)
            self.notes.append(note)
        grid.setColumnStretch(3, 1)

    def value(self) -> list[TestAnswer]:
        result = []
        for test, answer, note in zip(self.tests, self.answers, self.notes, strict=True):
            choice = {0: None, 1: True, 2: False}[answer.currentIndex()]
            result.append(TestAnswer(test=test, answer=choice, note=note.text()))
        return result

    def set_value(self, value: object) -> None:
        given = {t.test: t for t in value} if isinstance(value, list) else {}
        for test, answer, note in zip(self.tests, self.answers, self.notes, strict=True):
            item = given.get(test)
            index = 0 if item is None or item.answer is None else (1 if item.answer else 2)
            answer.setCurrentIndex(index)
            note.setText(item.note if item is not None else "")

    def focus_widgets(self) -> list[QWidget]:
        widgets: list[QWidget] = []
        for answer, note in zip(self.answers, self.notes, strict=True):
            widgets += [answer, note]
        return widgets

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for answer, note in zip(self.answers, self.notes, strict=True):
            answer.setEnabled(not read_only)
            note.setReadOnly(read_only)


class OrganisationEditor(FieldEditor):
    """Pick the recipient from the directory, or ask for a new entry."""

    add_requested = Signal()

    def __init__(
        self,
        field: Field,
        load: Callable[[], list[Organisation]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(field, parent)
        self._load = load
        self._ids: list[int | None] = [None]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox(self)
        self.combo.setMinimumWidth(320)
        self.combo.setMaximumWidth(TEXT_WIDTH)
        self.add_button = small_button(
            QCoreApplication.translate("RecordForm", "Add organisation…"), self
        )
        layout.addWidget(self.combo)
        layout.addWidget(self.add_button)
        layout.addStretch(1)
        self.add_button.clicked.connect(self.add_requested)
        self.combo.currentIndexChanged.connect(self.changed)
        self.reload(None)

    def reload(self, select: int | None) -> None:
        """Refill from the directory (active entries, plus the chosen one) and select."""
        organisations = self._load()
        shown = [o for o in organisations if o.active or o.id == select]
        blocked = self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(QCoreApplication.translate("RecordForm", "Select…"))
        self._ids = [None]
        for organisation in shown:
            text = organisation.name
            if not organisation.active:
                text = QCoreApplication.translate("RecordForm", "{name} (no longer active)").format(
                    name=organisation.name
                )
            self.combo.addItem(text)
            self._ids.append(organisation.id)
        self.combo.setCurrentIndex(self._ids.index(select) if select in self._ids else 0)
        self.combo.blockSignals(blocked)

    def value(self) -> int | None:
        index = self.combo.currentIndex()
        return self._ids[index] if 0 <= index < len(self._ids) else None

    def set_value(self, value: object) -> None:
        self.reload(value if isinstance(value, int) else None)

    def focus_widgets(self) -> list[QWidget]:
        return [self.combo, self.add_button]

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.combo.setEnabled(not read_only)
        self.add_button.setVisible(not read_only)


def make_editor(field: Field, load_organisations: Callable[[], list[Organisation]]) -> FieldEditor:
    """The editor for ``field``'s kind."""
    kind = field.kind
    if kind is Kind.TEXT:
        return TextEditor(field)
    if kind is Kind.LONG_TEXT:
        return LongTextEditor(field)
    if kind is Kind.CHOICE:
        return ChoiceEditor(field)
    if kind is Kind.MULTI_CHOICE:
        return MultiChoiceEditor(field)
    if kind is Kind.DATE:
        return DateEditor(field)
    if kind is Kind.DATETIME:
        return DateTimeEditor(field)
    if kind is Kind.FLAG:
        return FlagEditor(field)
    if kind is Kind.PEOPLE:
        return PeopleEditor(field)
    if kind is Kind.TESTS:
        return TestsEditor(field)
    if kind is Kind.ADVICE:
        return AdviceEditor(field)
    if kind is Kind.ORGANISATION:
        return OrganisationEditor(field, load_organisations)
    raise ValueError(f"no editor for {kind}")


_SELF_NAMED = (Kind.PEOPLE, Kind.TESTS, Kind.ADVICE, Kind.MULTI_CHOICE)


class FieldBlock(QWidget):
    """A question: label, hint, error message (hidden until needed) and the editor."""

    def __init__(self, editor: FieldEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FieldBlock")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.editor = editor
        field = editor.field
        label_text = field_text(field.label)
        hint_text = field_text(field.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 0, 6)
        layout.setSpacing(3)
        self.label = QLabel(label_text, self)
        self.label.setObjectName("FieldLabel")
        self.label.setWordWrap(True)
        self.hint = QLabel(hint_text, self)
        self.hint.setObjectName("Hint")
        self.hint.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("ErrorMessage")
        self.error.setWordWrap(True)
        self.error.hide()
        is_flag = field.kind is Kind.FLAG
        # A single checkbox carries its own label, so the hint and error follow it.
        if not is_flag:
            layout.addWidget(self.label)
            layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(editor)
        if is_flag:
            self.label.hide()
            layout.addWidget(self.hint)
            self.hint.setContentsMargins(24, 0, 0, 0)
        self.hint.setVisible(bool(hint_text))
        first = editor.focus_widgets()[0]
        self.label.setBuddy(first)
        editor.setAccessibleName(label_text)
        editor.setAccessibleDescription(hint_text)
        # Lines of people, tests and advice, and each checkbox, name themselves.
        self.names_itself = field.kind in _SELF_NAMED
        if not self.names_itself:
            first.setAccessibleName(label_text)
            first.setAccessibleDescription(hint_text)

    def show_error(self, messages: list[str]) -> None:
        self.error.setText("\n".join(messages))
        self.error.setVisible(bool(messages))
        self.setProperty("error", bool(messages))
        hint = field_text(self.editor.field.hint)
        errors = [
            QCoreApplication.translate("RecordForm", "Error: {message}").format(message=m)
            for m in messages
        ]
        description = " ".join([*errors, hint]).strip()
        self.editor.setAccessibleDescription(description)
        if not self.names_itself:
            self.editor.focus_widgets()[0].setAccessibleDescription(description)
        repolish(self)

    def has_error(self) -> bool:
        return not self.error.isHidden()
