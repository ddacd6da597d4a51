"""The decision record form, laid out from ``domain.fields.FIELDS``.

One window per record. Sections and questions come from the domain in its order;
conditional questions appear and disappear as answers change (hidden inputs keep
their text). Content is autosaved into the database so nothing typed is lost, and
problems are shown beside each field and in a summary at the top (GOV.UK pattern).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from infoshare_desktop.domain.fields import FIELDS, Section
from infoshare_desktop.domain.organisation import Organisation
from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.domain.rules import Problem
from infoshare_desktop.services import organisations, recovery
from infoshare_desktop.services import records as record_service
from infoshare_desktop.services.database import Database, StorageError
from infoshare_desktop.services.errors import ServiceError, ValidationError
from infoshare_desktop.ui import dialogs
from infoshare_desktop.ui.dialogs import UnsavedChoice
from infoshare_desktop.ui.focus import chain_tab_order
from infoshare_desktop.ui.organisations_view import OrganisationDialog
from infoshare_desktop.ui.style import repolish, set_primary
from infoshare_desktop.ui.text import field_text, problem_text, vocab_label
from infoshare_desktop.ui.widgets.editors import (
    FieldBlock,
    FieldEditor,
    OrganisationEditor,
    make_editor,
)

log = logging.getLogger(__name__)

#: Default pause after the last change before the content is autosaved.
AUTOSAVE_MS = 5_000
CONTENT_WIDTH = 860


class RecordForm(QWidget):
    """Edit (or, once complete, read) one decision record."""

    #: Emitted with the record id after every successful save.
    saved = Signal(int)
    #: Emitted when the window has closed.
    closed = Signal(object)

    def __init__(
        self,
        db: Database,
        record: DecisionRecord,
        *,
        autosave_ms: int = AUTOSAVE_MS,
        recovery_slot: int | None = None,
        unsaved: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("RecordForm")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.db = db
        self.record = record
        self.read_only = not record.status.is_editable
        self.dirty = False
        self.recovery_slot = recovery_slot
        self._loading = False
        self._built = False
        self._closed = False
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(autosave_ms)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.organisation_dialog: OrganisationDialog | None = None
        self.editors: dict[str, FieldEditor] = {}
        self.blocks: dict[str, FieldBlock] = {}
        self.headings: dict[Section, QLabel] = {}
        self.summary_links: list[QLabel] = []

        self._build()
        self._built = True
        self._load(record)
        if unsaved:
            self._mark_dirty()
            self.save_state.setText(self.tr("Recovered: not saved yet"))
        self._apply_tab_order()
        self.resize(1120, 860)
        QApplication.instance().focusChanged.connect(self._focus_changed)  # type: ignore[union-attr]
        first = self.editors[FIELDS[0].name].focus_widgets()[0]
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- building ------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        header = QWidget()
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(28, 18, 28, 14)
        self.title = QLabel()
        self.title.setObjectName("FormTitle")
        self.status_tag = QLabel()
        self.status_tag.setObjectName("StatusTag")
        header_layout.addWidget(self.title)
        header_layout.addSpacing(12)
        header_layout.addWidget(self.status_tag, 0, Qt.AlignmentFlag.AlignVCenter)
        header_layout.addStretch(1)
        outer.addWidget(header)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #b1b4b6;")
        outer.addWidget(line)

        body = QHBoxLayout()
        body.setSpacing(0)
        self.section_index = QListWidget()
        self.section_index.setObjectName("SectionIndex")
        self.section_index.ensurePolished()  # item sizes must include the padding
        self.section_index.setAccessibleName(self.tr("Sections of the form"))
        self.section_index.setFixedWidth(230)
        body.addWidget(self.section_index)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.content = QWidget()
        self.content.setObjectName("FormContent")
        column = QVBoxLayout(self.content)
        column.setContentsMargins(32, 16, 32, 32)
        column.setSpacing(4)

        self.summary = self._build_summary()
        column.addWidget(self.summary)
        self.locked_note = QLabel(self.tr("This record is complete and locked."))
        self.locked_note.setObjectName("LockedNote")
        self.locked_note.hide()
        column.addWidget(self.locked_note)

        load_organisations = self._load_organisations
        for section in Section:
            heading = QLabel(field_text(section.label))
            heading.setObjectName("SectionHeading")
            heading.setMaximumWidth(CONTENT_WIDTH)
            column.addWidget(heading)
            self.headings[section] = heading
            self.section_index.addItem(field_text(section.label))
            for field in FIELDS:
                if field.section is not section:
                    continue
                editor = make_editor(field, load_organisations)
                block = FieldBlock(editor)
                block.setMaximumWidth(CONTENT_WIDTH)
                editor.changed.connect(self._on_changed)
                editor.structure_changed.connect(self._apply_tab_order)
                if isinstance(editor, OrganisationEditor):
                    editor.add_requested.connect(self.add_organisation)
                self.editors[field.name] = editor
                self.blocks[field.name] = block
                column.addWidget(block)
        column.addStretch(1)
        self.scroll.setWidget(self.content)
        body.addWidget(self.scroll, 1)
        outer.addLayout(body, 1)

        footer = QWidget()
        footer.setObjectName("FormFooter")
        footer.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        footer_layout = QHBoxLayout(footer)
        footer_layout.setContentsMargins(28, 12, 28, 12)
        self.save_state = QLabel()
        self.save_state.setObjectName("SaveState")
        footer_layout.addWidget(self.save_state)
        footer_layout.addStretch(1)
        self.save_button = QPushButton(self.tr("Save draft"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(self.tr("Save draft (Ctrl+S)"))
        self.complete_button = QPushButton(self.tr("Mark complete"))
        set_primary(self.complete_button)
        footer_layout.addWidget(self.save_button)
        footer_layout.addWidget(self.complete_button)
        outer.addWidget(footer)

        self.save_button.clicked.connect(self.save_draft)
        self.complete_button.clicked.connect(self.mark_complete)
        self.section_index.currentRowChanged.connect(self._jump_to_section)
        self.scroll.verticalScrollBar().valueChanged.connect(self._follow_scroll)

    def _build_summary(self) -> QFrame:
        box = QFrame()
        box.setObjectName("ErrorSummary")
        box.setMaximumWidth(CONTENT_WIDTH)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(self.tr("There is a problem"))
        title.setObjectName("ErrorSummaryTitle")
        layout.addWidget(title)
        self.summary_list = QVBoxLayout()
        self.summary_list.setSpacing(2)
        layout.addLayout(self.summary_list)
        box.setAccessibleName(self.tr("There is a problem"))
        box.hide()
        return box

    def _load_organisations(self) -> list[Organisation]:
        return organisations.list_organisations(self.db, include_inactive=True)

    def _focus_order(self) -> list[QWidget]:
        """Every focusable part, top to bottom as they appear."""
        widgets: list[QWidget] = [*self.summary_links, self.section_index]
        for field in FIELDS:
            widgets += self.editors[field.name].focus_widgets()
        widgets += [self.save_button, self.complete_button]
        return widgets

    def _apply_tab_order(self) -> None:
        if self._built:
            chain_tab_order(self._focus_order())
            for block in self.blocks.values():
                block.label.setBuddy(block.editor.focus_widgets()[0])

    # --- loading and reading -------------------------------------------------------
    def _load(self, record: DecisionRecord) -> None:
        self._loading = True
        try:
            self.record = record
            self.read_only = not record.status.is_editable
            for field in FIELDS:
                editor = self.editors[field.name]
                editor.set_read_only(self.read_only)
                editor.set_value(getattr(record, field.name))
        finally:
            self._loading = False
        self.locked_note.setVisible(self.read_only)
        self.save_button.setVisible(not self.read_only)
        self.complete_button.setVisible(not self.read_only)
        self._update_header()
        self._update_visibility()
        self._apply_tab_order()

    def current_record(self) -> DecisionRecord:
        """The record as the form shows it now (hidden answers are kept)."""
        values = {name: editor.value() for name, editor in self.editors.items()}
        return replace(self.record, **values)

    def editor(self, name: str) -> FieldEditor:
        return self.editors[name]

    def block(self, name: str) -> FieldBlock:
        return self.blocks[name]

    # --- reacting to changes -------------------------------------------------------
    def _on_changed(self) -> None:
        if self._loading:
            return
        self._update_visibility()
        if not self.read_only:
            self._mark_dirty()

    def _mark_dirty(self) -> None:
        self.dirty = True
        self.save_state.setText(self.tr("Unsaved changes"))
        self._update_title()
        if not self.autosave_timer.isActive():
            self.autosave_timer.start()

    def _update_visibility(self) -> None:
        record = self.current_record()
        for field in FIELDS:
            self.blocks[field.name].setVisible(field.shown(record))

    def _update_header(self) -> None:
        record = self.record
        if record.id is None:
            self.title.setText(self.tr("New record, not yet saved"))
        else:
            self.title.setText(record.reference)
        self.status_tag.setText(vocab_label(record.status))
        self.status_tag.setProperty("status", record.status.value)
        repolish(self.status_tag)
        self._update_title()

    def _update_title(self) -> None:
        name = self.record.reference or self.tr("New record")
        marker = " *" if self.dirty else ""
        self.setWindowTitle(self.tr("{name}{marker} – InfoShare").format(name=name, marker=marker))

    # --- navigation ----------------------------------------------------------------
    def scroll_to(self, widget: QWidget) -> None:
        top = widget.mapTo(self.content, QPoint(0, 0)).y()
        self.scroll.verticalScrollBar().setValue(max(0, top - 12))

    def _jump_to_section(self, row: int) -> None:
        if 0 <= row < len(Section):
            section = list(Section)[row]
            self.scroll_to(self.headings[section])

    def _follow_scroll(self, value: int) -> None:
        """Highlight the section being read in the index."""
        current = 0
        for row, heading in enumerate(self.headings.values()):
            if heading.mapTo(self.content, QPoint(0, 0)).y() <= value + 40:
                current = row
        blocked = self.section_index.blockSignals(True)
        self.section_index.setCurrentRow(current)
        self.section_index.blockSignals(blocked)

    def focus_field(self, name: str) -> None:
        """Scroll to a field and put the cursor in it (from the error summary)."""
        block = self.blocks.get(name)
        if block is None or block.isHidden():
            return
        self.scroll_to(block)
        block.editor.focus_widgets()[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        del old
        if new is not None and self.content.isAncestorOf(new):
            self.scroll.ensureWidgetVisible(new, 40, 60)

    # --- problems ------------------------------------------------------------------
    def clear_problems(self) -> None:
        for block in self.blocks.values():
            if block.has_error():
                block.show_error([])
        for link in self.summary_links:
            self.summary_list.removeWidget(link)
            link.deleteLater()
        self.summary_links = []
        self.summary.hide()

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        """Show each (field name, message) beside its field and in the summary."""
        self.clear_problems()
        by_field: dict[str, list[str]] = {}
        for name, message in problems:
            by_field.setdefault(name, []).append(message)
        for name, messages in by_field.items():
            if name in self.blocks:
                self.blocks[name].show_error(messages)
        for name, message in problems:
            link = QLabel()
            link.setWordWrap(True)
            link.setTextFormat(Qt.TextFormat.RichText)
            escaped = (message.replace("&", "&amp;").replace("<", "&lt;")
                       .replace(">", "&gt;"))
            if name in self.blocks and not self.blocks[name].isHidden():
                link.setText(f'<a href="{name}" style="color:#d4351c;">{escaped}</a>')
                link.setTextInteractionFlags(
                    Qt.TextInteractionFlag.LinksAccessibleByMouse
                    | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
                )
                link.linkActivated.connect(self.focus_field)
            else:
                link.setText(f'<span style="color:#d4351c;">{escaped}</span>')
            link.setProperty("field", name)
            self.summary_list.addWidget(link)
            self.summary_links.append(link)
        self.summary.setVisible(bool(problems))
        self._apply_tab_order()
        if problems:
            self.scroll.verticalScrollBar().setValue(0)
            target = self.summary_links[0] if self.summary_links else self.summary
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _service_problems(self, problems: list[Problem]) -> list[tuple[str, str]]:
        return [(p.field, problem_text(p)) for p in problems]

    def _input_problems(self) -> list[tuple[str, str]]:
        found = []
        for field in FIELDS:
            for message in self.editors[field.name].input_problems():
                found.append((field.name, message))
        return found

    # --- saving --------------------------------------------------------------------
    def _can_save(self) -> bool:
        """Editable, and every typed date and time is a real one (else say which)."""
        if self.read_only:
            return False
        typed = self._input_problems()
        if typed:
            self.show_problems(typed)
            return False
        return True

    def save_draft(self) -> bool:
        """Save as a draft; True when saved."""
        if not self._can_save():
            return False
        try:
            saved = record_service.save_draft(self.db, self.current_record())
        except ValidationError as error:
            self.show_problems(self._service_problems(error.problems))
            return False
        except (ServiceError, StorageError) as error:
            dialogs.show_error(self, self.tr("Cannot save the record"), str(error))
            return False
        self._after_save(saved)
        self.save_state.setText(
            self.tr("Draft saved at {time}").format(time=datetime.now().strftime("%H:%M"))
        )
        return True

    def mark_complete(self) -> bool:
        """Save, then complete and lock the record if nothing is missing."""
        if not self._can_save():
            return False
        try:
            completed = record_service.mark_complete(self.db, self.current_record())
        except ValidationError as error:
            if error.saved is not None:
                # The content was kept as a draft; only completion was refused.
                self._after_save(error.saved)
                self.save_state.setText(self.tr("Draft saved; the record is not complete yet"))
            self.show_problems(self._service_problems(error.problems))
            return False
        except (ServiceError, StorageError) as error:
            dialogs.show_error(self, self.tr("Cannot complete the record"), str(error))
            return False
        self._after_save(completed)
        self.save_state.setText(self.tr("Record completed"))
        return True

    def _after_save(self, saved: DecisionRecord) -> None:
        self.autosave_timer.stop()
        self._discard_slot()
        self.dirty = False
        self.clear_problems()
        focus = QApplication.focusWidget()
        if saved.status.is_editable:
            # Keep what is on screen (and the cursor); take the identity fields only.
            self.record = replace(
                self.current_record(), id=saved.id, reference=saved.reference,
                status=saved.status, created_at=saved.created_at, updated_at=saved.updated_at,
            )
            self._update_header()
        else:
            self._load(saved)
        if focus is not None and focus.isVisible() and focus.isEnabled():
            focus.setFocus()
        if saved.id is not None:
            self.saved.emit(saved.id)

    def _discard_slot(self) -> None:
        if self.recovery_slot is None:
            return
        try:
            recovery.discard_recovery(self.db, self.recovery_slot)
        except (ServiceError, StorageError) as error:
            log.warning("Could not clear an autosave slot (%s)", type(error).__name__)
            return
        self.recovery_slot = None

    def autosave_now(self) -> None:
        """Keep the current content in the database's recovery area."""
        self.autosave_timer.stop()
        if self.read_only or not self.dirty:
            return
        try:
            self.recovery_slot = recovery.autosave(
                self.db, self.current_record(), self.recovery_slot
            )
        except Exception as error:
            log.warning("Autosave failed (%s)", type(error).__name__)
            self.save_state.setText(self.tr("Unsaved changes (autosave failed)"))
            return
        self.save_state.setText(
            self.tr("Unsaved changes, kept safe at {time}").format(
                time=datetime.now().strftime("%H:%M")
            )
        )

    # --- organisations -------------------------------------------------------------
    def add_organisation(self) -> OrganisationDialog:
        """Open the directory's dialog; the new entry is selected when saved."""
        dialog = OrganisationDialog(self.db, None, self)
        editor = self.editors["recipient_organisation_id"]

        def saved() -> None:
            if dialog.saved is not None and isinstance(editor, OrganisationEditor):
                editor.reload(dialog.saved.id)
                self._on_changed()
                editor.combo.setFocus()

        dialog.accepted.connect(saved)
        self.organisation_dialog = dialog
        dialog.open()
        return dialog

    # --- closing -------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.read_only or not self.dirty:
            self._finish_close()
            event.accept()
            return
        self.autosave_now()
        choice = dialogs.ask_unsaved_changes(self)
        if choice is UnsavedChoice.SAVE:
            if not self.save_draft():
                event.ignore()
                return
        elif choice is UnsavedChoice.DISCARD:
            self.dirty = False
            self._discard_slot()
        else:
            event.ignore()
            return
        self._finish_close()
        event.accept()

    def _finish_close(self) -> None:
        self.autosave_timer.stop()
        if not self._closed:
            self._closed = True
            app = QApplication.instance()
            if app is not None:
                app.focusChanged.disconnect(self._focus_changed)  # type: ignore[attr-defined]
            self.closed.emit(self)

