"""The decision record form, laid out from ``domain.fields.FIELDS``.

One window per record. Sections and questions come from the domain in its order;
conditional questions appear and disappear as answers change (hidden inputs keep
their text). Content is autosaved into the database so nothing typed is lost, and
problems are shown beside each field and in a summary at the top (GOV.UK pattern).

What the signed-in user may do is asked of the services (``allowed_actions``): the
buttons shown, which answers can be typed, and the one primary action follow from
it. A locked record opens read-only; its author corrects it with an addendum. The
"History" tab lists the kept versions, the reviews, what each version changed and
the record's own events in the audit trail.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.fields import FIELDS, Section
from infoshare_desktop.domain.organisation import Organisation
from infoshare_desktop.domain.permissions import Action
from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.domain.rules import Problem
from infoshare_desktop.domain.vocab import RecordStatus, ReviewAction, VersionKind
from infoshare_desktop.domain.workflow import REVIEW_FIELDS, Move, editable_fields, move
from infoshare_desktop.services import accounts, audit, organisations, recovery, review
from infoshare_desktop.services import records as record_service
from infoshare_desktop.services import settings as settings_service
from infoshare_desktop.services.database import Database, StorageError
from infoshare_desktop.services.errors import ServiceError, StaleRecordError, ValidationError
from infoshare_desktop.services.records import RecordHistory, RecordVersion
from infoshare_desktop.ui import dialogs
from infoshare_desktop.ui.dialogs import UnsavedChoice
from infoshare_desktop.ui.dialogs.review_dialog import CommentDialog
from infoshare_desktop.ui.style import repolish
from infoshare_desktop.ui.text import (
    error_text,
    field_text,
    local_datetime,
    problem_text,
    vocab_label,
)
from infoshare_desktop.ui.views.history import HistoryPanel
from infoshare_desktop.ui.views.organisations_view import OrganisationDialog
from infoshare_desktop.ui.widgets.editors import (
    FieldBlock,
    FieldEditor,
    OrganisationEditor,
    make_editor,
)
from infoshare_desktop.ui.widgets.focus import chain_tab_order

log = logging.getLogger(__name__)

#: Default pause after the last change before the content is autosaved.
AUTOSAVE_MS = 5_000
CONTENT_WIDTH = 860


@dataclass(frozen=True)
class ReviewStep:
    """One reviewer's button: what it says, its dialog, and the service that does it."""

    action: Action
    button: str
    title: str
    explanation: str
    confirm: str
    comment_required: bool
    run: Callable[[Database, User, int, str], DecisionRecord]


def review_steps() -> list[ReviewStep]:
    """The reviewers' actions in the order their buttons appear (translated now).

    Each string is a literal ``QCoreApplication.translate("RecordForm", …)`` call so
    that pyside6-lupdate extracts it.
    """
    t = QCoreApplication
    return [
        ReviewStep(
            Action.REQUEST_ADVICE,
            button=t.translate("RecordForm", "Request advice…"),
            title=t.translate("RecordForm", "Request advice"),
            explanation=t.translate(
                "RecordForm",
                "Ask for advice before you decide, for example from the Caldicott Guardian "
                "or legal. Say what you need advice on. The record stays in your queue."),
            confirm=t.translate("RecordForm", "Request advice"),
            comment_required=False, run=review.request_advice,
        ),
        ReviewStep(
            Action.AUTHORISE,
            button=t.translate("RecordForm", "Authorise…"),
            title=t.translate("RecordForm", "Authorise this decision"),
            explanation=t.translate(
                "RecordForm",
                "Your name, job title and today's date are recorded on the record as its "
                "authorisation."),
            confirm=t.translate("RecordForm", "Authorise"),
            comment_required=False, run=review.authorise,
        ),
        ReviewStep(
            Action.RETURN,
            button=t.translate("RecordForm", "Return for amendment…"),
            title=t.translate("RecordForm", "Return for amendment"),
            explanation=t.translate(
                "RecordForm",
                "The record goes back to its author to change and submit again. Say what "
                "needs to change."),
            confirm=t.translate("RecordForm", "Return for amendment"),
            comment_required=True, run=review.return_for_amendment,
        ),
        ReviewStep(
            Action.DECLINE,
            button=t.translate("RecordForm", "Decline…"),
            title=t.translate("RecordForm", "Decline this decision"),
            explanation=t.translate(
                "RecordForm",
                "The information must not be shared as recorded. The record stays locked "
                "as declined. Say why."),
            confirm=t.translate("RecordForm", "Decline"),
            comment_required=True, run=review.decline,
        ),
        ReviewStep(
            Action.REVIEW_EMERGENCY,
            button=t.translate("RecordForm", "Review emergency share…"),
            title=t.translate("RecordForm", "Review an emergency share"),
            explanation=t.translate(
                "RecordForm",
                "This information was shared in an emergency, before review. Record that "
                "you have reviewed it, with any comment."),
            confirm=t.translate("RecordForm", "Record review"),
            comment_required=False, run=review.review_emergency,
        ),
        ReviewStep(
            Action.GUARDIAN_DECISION,
            button=t.translate("RecordForm", "Guardian decision…"),
            title=t.translate("RecordForm", "Caldicott Guardian decision"),
            explanation=t.translate(
                "RecordForm", "Record the Caldicott Guardian's decision on this record."),
            confirm=t.translate("RecordForm", "Record decision"),
            comment_required=True, run=review.guardian_decision,
        ),
        ReviewStep(
            Action.REPORT_BREACH,
            button=t.translate("RecordForm", "Report a breach…"),
            title=t.translate("RecordForm", "Report a breach or misdirected information"),
            explanation=t.translate(
                "RecordForm",
                "Use this if information from this decision was sent to the wrong person "
                "or place, or shared when it should not have been. Say what happened and "
                "what has been done. It stays on the record and the Caldicott Guardian "
                "sees it in their report. Also follow your organisation's breach procedure."),
            confirm=t.translate("RecordForm", "Report breach"),
            comment_required=True, run=review.report_breach,
        ),
    ]


#: Which reviewer's action is the primary one, best first.
PRIMARY_REVIEW = (Action.AUTHORISE, Action.REVIEW_EMERGENCY, Action.GUARDIAN_DECISION)
#: Which review entry explains a status, shown at the top of the form.
EXPLAINED_BY = {
    RecordStatus.RETURNED: ReviewAction.RETURN,
    RecordStatus.DECLINED: ReviewAction.DECLINE,
    RecordStatus.ADVICE_REQUESTED: ReviewAction.REQUEST_ADVICE,
}


class RecordForm(QWidget):
    """Edit, read, review or correct one decision record, as the user's role allows."""

    #: Emitted with the record id after every successful save or review.
    saved = Signal(int)
    #: Emitted when the window has closed.
    closed = Signal(object)
    #: Emitted with a RecordVersion to open read-only.
    version_requested = Signal(object)

    def __init__(
        self,
        db: Database,
        user: User,
        record: DecisionRecord,
        *,
        autosave_ms: int = AUTOSAVE_MS,
        recovery_slot: int | None = None,
        unsaved: bool = False,
        version: RecordVersion | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("RecordForm")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.db = db
        self.user = user
        self.record = record
        #: Set when this window shows an earlier version, read-only.
        self.version = version
        self.actions: frozenset[Action] = frozenset()
        self.editable: frozenset[str] = frozenset()
        self.addendum_mode = False
        self.history: RecordHistory | None = None
        self.dirty = False
        self.recovery_slot = recovery_slot
        self.locked_by_idle = False
        self._focus_before_lock: QWidget | None = None
        self._loading = False
        self._built = False
        self._closed = False
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(autosave_ms)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.organisation_dialog: OrganisationDialog | None = None
        self.comment_dialog: CommentDialog | None = None
        self.editors: dict[str, FieldEditor] = {}
        self.blocks: dict[str, FieldBlock] = {}
        self.headings: dict[Section, QLabel] = {}
        self.summary_links: list[QLabel] = []
        self.review_buttons: dict[Action, QPushButton] = {}
        self.primary_button: QPushButton | None = None
        self.review_fields_note: QLabel | None = None
        self._author_names: dict[int, str] = {}
        self._styled_once = False
        self.steps = {step.action: step for step in review_steps()}
        try:
            self.authorisation_required = settings_service.get_settings(db).authorisation_required
        except (ServiceError, StorageError):
            self.authorisation_required = False

        self._build()
        self._built = True
        self.resize(1120, 860)
        QApplication.instance().focusChanged.connect(self._focus_changed)  # type: ignore[union-attr]
        self.show_record(record, recovery_slot=recovery_slot, unsaved=unsaved)

    def show_record(
        self, record: DecisionRecord, *, recovery_slot: int | None = None,
        unsaved: bool = False,
    ) -> None:
        """Fill the form with ``record`` from the top. Also how a spare form, built
        ahead while the app was idle, takes the record it opens: building the widgets
        is most of the cost of opening a form."""
        self.recovery_slot = recovery_slot
        self._load(record)
        if unsaved:
            self._mark_dirty()
            self.save_state.setText(self.tr("Recovered: not saved yet"))
        self._apply_tab_order()
        self.tabs.setCurrentIndex(0)
        self.scroll.verticalScrollBar().setValue(0)
        first = self.editors[FIELDS[0].name].focus_widgets()[0]
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def prepare_as_spare(self) -> None:
        """Do now what the first show would do (styles, layout), so it opens at once."""
        self.ensurePolished()
        layout = self.layout()
        if layout is not None:
            layout.activate()

    @property
    def read_only(self) -> bool:
        """Nothing can be typed (an addendum, once started, makes it writable)."""
        return not self.editable

    # --- building ------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        # Page 0 is the record; page 1 covers it while InfoShare is locked.
        self.lock_stack = QStackedWidget()
        outer.addWidget(self.lock_stack)
        page = QWidget()
        self.lock_stack.addWidget(page)
        self.lock_page = QLabel(self.tr("InfoShare is locked.\nEnter your password to unlock."))
        self.lock_page.setObjectName("LockPage")
        self.lock_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lock_stack.addWidget(self.lock_page)
        main = QVBoxLayout(page)
        main.setContentsMargins(0, 0, 0, 0)
        main.setSpacing(0)

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
        header_layout.addSpacing(12)
        self.author_label = QLabel()
        self.author_label.setObjectName("Hint")
        header_layout.addWidget(self.author_label, 0, Qt.AlignmentFlag.AlignVCenter)
        header_layout.addStretch(1)
        main.addWidget(header)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        main.addWidget(self.tabs, 1)
        record_page = QWidget()
        body = QHBoxLayout(record_page)
        body.setContentsMargins(0, 0, 0, 0)
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

        self.review_note = QLabel()
        self.review_note.setObjectName("ReviewNote")
        self.review_note.setWordWrap(True)
        self.review_note.setTextFormat(Qt.TextFormat.PlainText)
        self.review_note.setMaximumWidth(CONTENT_WIDTH)
        self.review_note.hide()
        column.addWidget(self.review_note)
        self.message = QLabel()
        self.message.setObjectName("FormMessage")
        self.message.setWordWrap(True)
        self.message.setMaximumWidth(CONTENT_WIDTH)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        column.addWidget(self.message)
        self.summary = self._build_summary()
        column.addWidget(self.summary)
        self.locked_note = QLabel()
        self.locked_note.setObjectName("LockedNote")
        self.locked_note.setWordWrap(True)
        self.locked_note.setMaximumWidth(CONTENT_WIDTH)
        self.locked_note.hide()
        column.addWidget(self.locked_note)
        self.addendum_box = self._build_addendum_box()
        column.addWidget(self.addendum_box)

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
                if field.name in REVIEW_FIELDS and self.review_fields_note is None:
                    self.review_fields_note = QLabel(self.tr(
                        "The manager's authorisation below is filled in by the review: when "
                        "a manager authorises, returns or declines the record."
                    ))
                    self.review_fields_note.setObjectName("Hint")
                    self.review_fields_note.setWordWrap(True)
                    self.review_fields_note.setMaximumWidth(CONTENT_WIDTH)
                    self.review_fields_note.setContentsMargins(12, 6, 0, 0)
                    column.addWidget(self.review_fields_note)
                column.addWidget(block)
        column.addStretch(1)
        self.scroll.setWidget(self.content)
        body.addWidget(self.scroll, 1)
        self.tabs.addTab(record_page, self.tr("Record"))
        self.history_panel = HistoryPanel()
        self.history_panel.open_version.connect(self.version_requested)
        # Scrolls: versions, changes, reviews and audit events together outgrow a laptop.
        self.history_scroll = QScrollArea()
        self.history_scroll.setWidgetResizable(True)
        self.history_scroll.setWidget(self.history_panel)
        self.tabs.addTab(self.history_scroll, self.tr("History"))

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
        self.submit_button = QPushButton(self.tr("Submit for review"))
        self.submit_button.setToolTip(self.tr(
            "Send it to your manager to authorise. It is locked from then on."
        ))
        self.complete_button = QPushButton(self.tr("Mark complete"))
        self.addendum_button = QPushButton(self.tr("Add addendum…"))
        self.addendum_button.setToolTip(self.tr(
            "Correct the record: the earlier version stays readable in its history"
        ))
        self.save_addendum_button = QPushButton(self.tr("Save addendum"))
        self.cancel_addendum_button = QPushButton(self.tr("Cancel addendum"))
        self.footer_buttons: list[QPushButton] = [
            self.save_button, self.submit_button, self.complete_button,
            self.addendum_button, self.cancel_addendum_button, self.save_addendum_button,
        ]
        for step in self.steps.values():
            button = QPushButton(step.button)
            if step.action is Action.REPORT_BREACH:  # rare: kept quiet beside the others
                button.setProperty("link", True)
            button.clicked.connect(lambda _=False, s=step: self.open_review(s.action))
            self.review_buttons[step.action] = button
            self.footer_buttons.append(button)
        for button in self.footer_buttons:
            footer_layout.addWidget(button)
        main.addWidget(footer)

        self.save_button.clicked.connect(self.save_draft)
        self.submit_button.clicked.connect(self.submit)
        self.complete_button.clicked.connect(self.mark_complete)
        self.addendum_button.clicked.connect(self.start_addendum)
        self.save_addendum_button.clicked.connect(self.save_addendum)
        self.cancel_addendum_button.clicked.connect(self.cancel_addendum)
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

    def _build_addendum_box(self) -> QFrame:
        box = QFrame()
        box.setObjectName("AddendumBox")
        box.setMaximumWidth(CONTENT_WIDTH)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(4)
        title = QLabel(self.tr("Reason for the change"))
        title.setObjectName("FieldLabel")
        hint = QLabel(self.tr(
            "Change the answers that need correcting below, and say here why. The earlier "
            "version stays readable in the record's history."
        ))
        hint.setObjectName("Hint")
        hint.setWordWrap(True)
        self.reason_error = QLabel()
        self.reason_error.setObjectName("ErrorMessage")
        self.reason_error.setWordWrap(True)
        self.reason_error.hide()
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reason for the change"))
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 3 + 18)
        title.setBuddy(self.reason)
        for widget in (title, hint, self.reason_error, self.reason):
            layout.addWidget(widget)
        self.reason.textChanged.connect(self._on_changed)
        box.hide()
        return box

    def _load_organisations(self) -> list[Organisation]:
        return organisations.list_organisations(self.db, include_inactive=True)

    def _focus_order(self) -> list[QWidget]:
        """Every focusable part, top to bottom as they appear."""
        widgets: list[QWidget] = [*self.summary_links]
        if self.addendum_mode:
            widgets.append(self.reason)
        widgets.append(self.section_index)
        for field in FIELDS:
            widgets += self.editors[field.name].focus_widgets()
        widgets += self.footer_buttons
        return widgets

    def _apply_tab_order(self) -> None:
        if self._built:
            chain_tab_order(self._focus_order())
            for block in self.blocks.values():
                block.label.setBuddy(block.editor.focus_widgets()[0])

    # --- loading and reading -------------------------------------------------------
    def _allowed_actions(self, record: DecisionRecord) -> frozenset[Action]:
        if self.version is not None:
            return frozenset()
        try:
            return record_service.allowed_actions(self.db, self.user, record.id)
        except (ServiceError, StorageError) as error:
            self.show_message(error_text(error))
            return frozenset()

    def _editable_fields(self, record: DecisionRecord) -> frozenset[str]:
        if self.version is not None:
            return frozenset()
        # The rulebook says which answers may change in this state, for this person.
        return editable_fields(record.status, self.actions, addendum=self.addendum_mode)

    def _load(self, record: DecisionRecord) -> None:
        self._loading = True
        try:
            self.record = record
            self.actions = self._allowed_actions(record)
            self.editable = self._editable_fields(record)
            self._apply_editable()
            for field in FIELDS:
                self.editors[field.name].set_value(getattr(record, field.name))
        finally:
            self._loading = False
        self._load_history()
        self._update_notes()
        self._update_header()
        self._update_visibility()
        self._update_buttons()
        self._apply_tab_order()

    def _apply_editable(self) -> None:
        """Make each answer writable or read-only, and restyle what changed."""
        for field in FIELDS:
            editor = self.editors[field.name]
            read_only = field.name not in self.editable
            if editor.read_only == read_only and self._styled_once:
                continue
            editor.set_read_only(read_only)
            # The stylesheet's [readOnly="true"] look is only re-read on a repolish.
            for widget in editor.findChildren(QLineEdit) + editor.findChildren(QPlainTextEdit):
                repolish(widget)
        self._styled_once = True

    def _load_history(self) -> None:
        self.history = None
        if self.record.id is None or self.version is not None:
            self.tabs.setTabVisible(1, False)
            return
        try:
            self.history = record_service.record_history(self.db, self.user, self.record.id)
            names = {o.id: o.name for o in self._load_organisations() if o.id is not None}
        except (ServiceError, StorageError) as error:
            log.warning("Could not load a record's history (%s)", type(error).__name__)
            self.tabs.setTabVisible(1, False)
            return
        self.history_panel.set_history(self.history, names)
        self.tabs.setTabVisible(1, True)
        try:
            events = audit.record_events(self.db, self.user, self.record.id)
        except (ServiceError, StorageError) as error:
            # Not allowed to see them (or the trail cannot be read): the table goes.
            log.info("The record's audit events are not shown (%s)", type(error).__name__)
            events = None
        self.history_panel.set_audit_events(events)

    def _last_review(self, action: ReviewAction) -> str:
        if self.history is None:
            return ""
        entries = [r for r in self.history.reviews if r.action is action]
        if not entries:
            return ""
        last = entries[-1]
        heading = self.tr("{action} by {name} on {when}").format(
            action=vocab_label(action), name=last.by, when=local_datetime(last.at)
        )
        return f"{heading}\n{last.comment}" if last.comment else heading

    def _locked_text(self) -> str:
        record = self.record
        if self.version is not None:
            version = self.version
            return self.tr(
                "Version {number} ({kind}), kept on {when} by {name}. This is an earlier "
                "version, shown read-only."
            ).format(number=version.number, kind=vocab_label(version.kind).lower(),
                     when=local_datetime(version.at), name=version.by)
        if self.addendum_mode:
            return self.tr(
                "Adding an addendum: say why in the box below, change what needs "
                "correcting, then choose “Save addendum”."
            )
        if record.status.is_editable:
            if Action.EDIT_DRAFT in self.actions or record.id is None:
                return ""
            return self.tr("Shown read-only: only {name} can change this record.").format(
                name=self._author_name(record.author_id) or self.tr("its author"))
        kept = self.history.versions if self.history is not None else []
        last = kept[-1] if kept else None
        when = local_datetime(last.at if last else record.updated_at)
        if record.status is RecordStatus.AUTHORISED and Action.COMPLETE in self.actions:
            text = self.tr(
                "Authorised and locked. Record how and when the information was shared and "
                "whether the person was told, then choose “Mark complete”."
            )
        elif record.status is RecordStatus.COMPLETED:
            text = self.tr("Completed on {when} and locked.").format(when=when)
        else:
            submitted = [v for v in kept if v.kind is VersionKind.SUBMITTED]
            if submitted:
                when = local_datetime(submitted[-1].at)
            text = self.tr("Submitted on {when} and locked.").format(when=when)
        if Action.ADD_ADDENDUM in self.actions:
            text += " " + self.tr("To correct it, add an addendum.")
        if record.awaiting_review:
            text += " " + self.tr(
                "It was shared in an emergency and is waiting for a manager's review."
            )
        return text

    def _update_notes(self) -> None:
        locked = self._locked_text()
        self.locked_note.setText(locked)
        self.locked_note.setVisible(bool(locked))
        explained = EXPLAINED_BY.get(self.record.status)
        note = self._last_review(explained) if explained and self.version is None else ""
        self.review_note.setText(note)
        self.review_note.setVisible(bool(note))
        self.addendum_box.setVisible(self.addendum_mode)

    def _complete_shown(self) -> bool:
        if self.addendum_mode or self.version is not None:
            return False
        status = self.record.status
        if status is RecordStatus.AUTHORISED:
            return Action.COMPLETE in self.actions
        if status is not RecordStatus.DRAFT or Action.EDIT_DRAFT not in self.actions:
            return False
        # A draft may be completed directly where the workflow allows: the emergency
        # box can change that while typing, so ask the workflow with what is on screen.
        emergency = bool(self.editors["emergency"].value())
        outcome = move(Action.COMPLETE, RecordStatus.DRAFT, emergency=emergency,
                       authorisation_required=self.authorisation_required)
        return isinstance(outcome, Move)

    def _update_buttons(self) -> None:
        writable = self.record.status.is_editable and Action.EDIT_DRAFT in self.actions
        drafting = writable and not self.addendum_mode and self.version is None
        shown = {
            self.save_button: drafting,
            self.submit_button: drafting and Action.SUBMIT in self.actions,
            self.complete_button: self._complete_shown(),
            self.addendum_button: (not self.addendum_mode and self.record.status.is_locked
                                   and Action.ADD_ADDENDUM in self.actions),
            self.save_addendum_button: self.addendum_mode,
            self.cancel_addendum_button: self.addendum_mode,
        }
        for action, button in self.review_buttons.items():
            shown[button] = not self.addendum_mode and action in self.actions
        for button, visible in shown.items():
            button.setVisible(visible)
        primary = self._primary(shown)
        if primary is not self.primary_button:
            # (Tracked here: reading an unset Qt property back is avoided on purpose.)
            for button in (self.primary_button, primary):
                if button is not None:
                    button.setProperty("primary", button is primary)
                    repolish(button)
            self.primary_button = primary

    def _primary(self, shown: dict[QPushButton, bool]) -> QPushButton | None:
        """The screen's one primary action."""
        if self.addendum_mode:
            return self.save_addendum_button
        order: list[QPushButton] = []
        if self.authorisation_required:
            order += [self.submit_button, self.complete_button]
        else:
            order += [self.complete_button, self.submit_button]
        order += [self.review_buttons[a] for a in PRIMARY_REVIEW]
        return next((button for button in order if shown.get(button)), None)

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
            # Ticking "emergency" can offer "Mark complete" on a draft.
            if (self.record.status is RecordStatus.DRAFT and not self.addendum_mode
                    and self._complete_shown() != self.complete_button.isVisibleTo(self)):
                self._update_buttons()

    def _mark_dirty(self) -> None:
        self.dirty = True
        self.save_state.setText(self.tr("Unsaved changes"))
        self._update_title()
        if not self.autosave_timer.isActive() and not self.addendum_mode:
            self.autosave_timer.start()

    def _update_visibility(self) -> None:
        record = self.current_record()
        for field in FIELDS:
            block = self.blocks[field.name]
            block.setVisible(field.shown(record) or block.has_error())

    def _update_header(self) -> None:
        record = self.record
        if record.id is None:
            self.title.setText(self.tr("New record, not yet saved"))
        elif self.version is not None:
            self.title.setText(self.tr("{reference}, version {number}").format(
                reference=record.reference, number=self.version.number))
        else:
            self.title.setText(record.reference)
        self.status_tag.setText(vocab_label(record.status))
        self.status_tag.setProperty("status", record.status.value)
        repolish(self.status_tag)
        author = self._author_name(record.author_id)
        self.author_label.setText(
            self.tr("Recorded by {name}").format(name=author) if author else "")
        self.author_label.setVisible(bool(author))
        self._update_title()

    def _author_name(self, author_id: int | None) -> str:
        if author_id is None:
            return ""
        if author_id not in self._author_names:
            try:
                self._author_names[author_id] = accounts.get_user(self.db, author_id).full_name
            except (ServiceError, StorageError):
                return ""
        return self._author_names[author_id]

    def _update_title(self) -> None:
        name = self.title.text() if self.version is not None else (
            self.record.reference or self.tr("New record"))
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
        if name == "reason" and self.addendum_mode:
            self.scroll_to(self.addendum_box)
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        block = self.blocks.get(name)
        if block is None or block.isHidden():
            return
        self.scroll_to(block)
        block.editor.focus_widgets()[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        del old
        if new is not None and self.content.isAncestorOf(new):
            self.scroll.ensureWidgetVisible(new, 40, 60)

    # --- problems and messages -----------------------------------------------------
    def show_message(self, text: str) -> None:
        """A refusal from the services (permission, workflow), at the top of the form."""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if text:
            self.tabs.setCurrentIndex(0)
            self.scroll.verticalScrollBar().setValue(0)

    def clear_problems(self) -> None:
        had_errors = False
        for block in self.blocks.values():
            if block.has_error():
                block.show_error([])
                had_errors = True
        if had_errors:  # a stray answer shown for its problem hides again
            self._update_visibility()
        for link in self.summary_links:
            self.summary_list.removeWidget(link)
            link.deleteLater()
        self.summary_links = []
        self.summary.hide()
        self.reason_error.hide()
        self.message.hide()

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        """Show each (field name, message) beside its field and in the summary."""
        self.clear_problems()
        by_field: dict[str, list[str]] = {}
        for name, message in problems:
            by_field.setdefault(name, []).append(message)
        for name, messages in by_field.items():
            if name in self.blocks:
                # An answer kept from before (a date shared, then the outcome changed
                # to Not shared) is shown with its problem, so it can be removed.
                self.blocks[name].setVisible(True)
                self.blocks[name].show_error(messages)
        if "reason" in by_field and self.addendum_mode:
            self.reason_error.setText("\n".join(by_field["reason"]))
            self.reason_error.show()
        for name, message in problems:
            link = QLabel()
            link.setWordWrap(True)
            link.setTextFormat(Qt.TextFormat.RichText)
            escaped = (message.replace("&", "&amp;").replace("<", "&lt;")
                       .replace(">", "&gt;"))
            linkable = (name in self.blocks and not self.blocks[name].isHidden()) or (
                name == "reason" and self.addendum_mode)
            if linkable:
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
            self.tabs.setCurrentIndex(0)
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

    def _refused(self, error: ServiceError | StorageError, title: str) -> None:
        """A refusal goes in the message area; a storage failure in a dialog too.

        Nothing on screen changes either way: what the user typed stays in the form
        (and in its autosave) so it can be saved again or copied.
        """
        self.clear_problems()
        if isinstance(error, StaleRecordError):
            # Someone else saved first: say who and when, and keep this text as typed.
            self.show_message(error.text(QCoreApplication.translate))
        elif isinstance(error, ServiceError):
            self.show_message(error_text(error))
        else:
            text = " ".join((error_text(error), self.tr(
                "Nothing you typed is lost: it is still here in the form, ready to save again.")))
            self.show_message(text)
            dialogs.show_error(self, title, text)

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

    def _stamp(self) -> str:
        return datetime.now().strftime("%H:%M")

    def save_draft(self) -> bool:
        """Save as a draft; True when saved."""
        if self.addendum_mode or not self.record.status.is_editable or not self._can_save():
            return False
        try:
            saved = record_service.save_draft(self.db, self.user, self.current_record())
        except ValidationError as error:
            self.show_problems(self._service_problems(error.problems))
            return False
        except (ServiceError, StorageError) as error:
            self._refused(error, self.tr("Cannot save the record"))
            return False
        self._after_save(saved)
        self.save_state.setText(self.tr("Draft saved at {time}").format(time=self._stamp()))
        return True

    def submit(self) -> bool:
        """Save, then send the record for review if nothing it needs is missing."""
        if self.addendum_mode or not self._can_save():
            return False
        try:
            submitted = record_service.submit(self.db, self.user, self.current_record())
        except ValidationError as error:
            if error.saved is not None:
                # The content was kept as a draft; only the submission was refused.
                self._after_save(error.saved)
                self.save_state.setText(self.tr("Draft saved; not submitted yet"))
            self.show_problems(self._service_problems(error.problems))
            return False
        except (ServiceError, StorageError) as error:
            self._refused(error, self.tr("Cannot submit the record"))
            return False
        self._after_save(submitted)
        self.save_state.setText(self.tr("Submitted for review at {time}").format(
            time=self._stamp()))
        return True

    def mark_complete(self) -> bool:
        """Save, then complete and lock the record if nothing is missing."""
        if self.addendum_mode or not self._can_save():
            return False
        try:
            completed = record_service.mark_complete(self.db, self.user, self.current_record())
        except ValidationError as error:
            if error.saved is not None:
                # The content was kept as a draft; only completion was refused.
                self._after_save(error.saved)
                self.save_state.setText(self.tr("Draft saved; the record is not complete yet"))
            self.show_problems(self._service_problems(error.problems))
            return False
        except (ServiceError, StorageError) as error:
            self._refused(error, self.tr("Cannot complete the record"))
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
        if saved.status.is_editable and self.record.status is saved.status:
            # Keep what is on screen (and the cursor); take the identity fields only.
            first_save = self.record.id is None
            self.record = replace(
                self.current_record(), id=saved.id, reference=saved.reference,
                status=saved.status, created_at=saved.created_at, updated_at=saved.updated_at,
                author_id=saved.author_id, awaiting_review=saved.awaiting_review,
                version=saved.version,
            )
            if first_save:
                self.actions = self._allowed_actions(self.record)
                self._load_history()
                self._update_buttons()
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
            recovery.discard_recovery(self.db, self.user, self.recovery_slot)
        except (ServiceError, StorageError) as error:
            log.warning("Could not clear an autosave slot (%s)", type(error).__name__)
            return
        self.recovery_slot = None

    def autosave_now(self) -> None:
        """Keep the current content in the database's recovery area."""
        self.autosave_timer.stop()
        if self.read_only or not self.dirty or self.addendum_mode:
            return
        if not self.record.status.is_editable:
            return  # after-sharing details: kept on screen until "Mark complete"
        try:
            self.recovery_slot = recovery.autosave(
                self.db, self.user, self.current_record(), self.recovery_slot
            )
        except Exception as error:
            log.warning("Autosave failed (%s)", type(error).__name__)
            self.save_state.setText(self.tr("Unsaved changes (autosave failed)"))
            return
        self.save_state.setText(
            self.tr("Unsaved changes, kept safe at {time}").format(time=self._stamp())
        )

    # --- addenda -------------------------------------------------------------------
    def _clear_reason(self) -> None:
        self._loading = True
        try:
            self.reason.clear()
        finally:
            self._loading = False

    def start_addendum(self) -> None:
        """Make the answers writable, with a required reason box at the top."""
        if Action.ADD_ADDENDUM not in self.actions or self.addendum_mode:
            return
        self.addendum_mode = True
        self.clear_problems()
        self._clear_reason()
        self.editable = self._editable_fields(self.record)
        self._apply_editable()
        self._update_notes()
        self._update_buttons()
        self._apply_tab_order()
        self.tabs.setCurrentIndex(0)
        self.scroll.verticalScrollBar().setValue(0)
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_addendum(self) -> bool:
        """Keep the corrected answers as a new version, with the reason."""
        if not self.addendum_mode or self.record.id is None:
            return False
        typed = self._input_problems()
        if typed:
            self.show_problems(typed)
            return False
        try:
            updated = record_service.add_addendum(
                self.db, self.user, self.record.id, self.current_record(),
                self.reason.toPlainText(),
            )
        except ValidationError as error:
            self.show_problems(self._service_problems(error.problems))
            return False
        except (ServiceError, StorageError) as error:
            self._refused(error, self.tr("Cannot save the addendum"))
            return False
        self.addendum_mode = False
        self.dirty = False
        self._clear_reason()
        self.clear_problems()
        self._load(updated)
        self.save_state.setText(self.tr("Addendum saved at {time}").format(time=self._stamp()))
        if updated.id is not None:
            self.saved.emit(updated.id)
        return True

    def cancel_addendum(self) -> None:
        """Throw the addendum away and show the record as it is."""
        self.addendum_mode = False
        self.dirty = False
        self._clear_reason()
        self.clear_problems()
        self.save_state.clear()
        self._load(self.record)
        self._update_title()

    # --- review --------------------------------------------------------------------
    def open_review(self, action: Action) -> CommentDialog | None:
        """Open the comment dialog for a reviewer's action; the form reloads after it."""
        step = self.steps[action]
        record_id = self.record.id
        if record_id is None or action not in self.actions:
            return None
        dialog = CommentDialog(
            step.title, step.explanation, step.confirm,
            lambda comment: step.run(self.db, self.user, record_id, comment),
            required=step.comment_required, parent=self,
        )
        dialog.accepted.connect(lambda: self._reviewed(dialog))
        self.comment_dialog = dialog
        dialog.open()
        return dialog

    def _reviewed(self, dialog: CommentDialog) -> None:
        if dialog.result_record is None:
            return
        self.clear_problems()
        self._load(dialog.result_record)
        self.save_state.setText(self.tr("{status} at {time}").format(
            status=vocab_label(dialog.result_record.status), time=self._stamp()))
        if dialog.result_record.id is not None:
            self.saved.emit(dialog.result_record.id)

    # --- organisations -------------------------------------------------------------
    def add_organisation(self) -> OrganisationDialog:
        """Open the directory's dialog; the new entry is selected when saved."""
        dialog = OrganisationDialog(self.db, self.user, None, self)
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

    # --- idle lock -----------------------------------------------------------------
    def set_locked(self, locked: bool) -> None:
        """Hide everything on screen (and its dialogs) while InfoShare is locked."""
        if locked == self.locked_by_idle:
            return
        self.locked_by_idle = locked
        if locked:
            self.autosave_now()
            focus = QApplication.focusWidget()
            self._focus_before_lock = focus if focus is not None and self.isAncestorOf(
                focus) else None
            self.lock_stack.setCurrentIndex(1)
        else:
            self.lock_stack.setCurrentIndex(0)
            if self._focus_before_lock is not None:
                self._focus_before_lock.setFocus(Qt.FocusReason.OtherFocusReason)
            self._focus_before_lock = None

    # --- closing -------------------------------------------------------------------
    def close_keeping_autosave(self) -> bool:
        """Close without asking, the typing kept in the autosave (someone else is here)."""
        self.autosave_now()
        self.dirty = False
        return self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.read_only or not self.dirty:
            self._finish_close()
            event.accept()
            return
        self.autosave_now()
        choice = dialogs.ask_unsaved_changes(self)
        if choice is UnsavedChoice.SAVE:
            saved = self.save_addendum() if self.addendum_mode else (
                self.save_draft() if self.record.status.is_editable else self.mark_complete())
            if not saved:
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
