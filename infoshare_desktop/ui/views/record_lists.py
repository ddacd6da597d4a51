"""Lists of decisions: "Decisions" (search, filters, saved filters) and a manager's
"Waiting for me".

Both show a ``RecordPageModel``: the database counts, filters, sorts and hands
over one block of rows at a time, so the lists open as fast with 100,000
decisions as with 100.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from infoshare_desktop.domain.accounts import Team, User
from infoshare_desktop.domain.i18n import VOCAB
from infoshare_desktop.domain.permissions import Action, Policy, Relation, may
from infoshare_desktop.domain.vocab import (
    Article6Basis,
    ConsentStatus,
    Outcome,
    RecordStatus,
    Role,
    Vocab,
)
from infoshare_desktop.services import accounts, organisations, presets, review
from infoshare_desktop.services import records as record_service
from infoshare_desktop.services import settings as settings_service
from infoshare_desktop.services.database import Database, StorageError
from infoshare_desktop.services.errors import ServiceError, ValidationError
from infoshare_desktop.services.records import RecordFilter, RecordSort
from infoshare_desktop.ui import dialogs
from infoshare_desktop.ui.models.record_model import RecordPageModel
from infoshare_desktop.ui.style import set_primary
from infoshare_desktop.ui.text import error_text, problem_text, vocab_label

log = logging.getLogger(__name__)

#: How long other lists (the audit trail) wait after typing before they search.
SEARCH_DELAY_MS = 250
#: Columns that fit their text; the recipient stretches.
_FIT_COLUMNS = (0, 1)
_STRETCH_COLUMN = 4
_WIDTHS = ((2, 125), (3, 140), (5, 110), (6, 110), (7, 160))
_PRACTITIONER_COLUMN = 3
#: The earliest date the date filters offer; showing it means "any date".
_ANY_DATE = QDate(2000, 1, 1)


def sees_beyond_own(user: User, policy: Policy) -> bool:
    """Whether ``user`` may read anyone else's records (then the lists offer filters)."""
    return any(
        may(user, Action.VIEW_RECORD, frozenset({relation}), policy)
        for relation in (Relation.TEAM, Relation.MANAGED, Relation.OTHER)
    )


def organisation_policy(db: Database) -> Policy:
    try:
        return settings_service.get_settings(db).policy
    except (ServiceError, StorageError):
        return Policy()


def visible_teams(user: User, teams: Sequence[Team]) -> list[Team]:
    """The teams worth filtering by: all for a Guardian, else the user's own."""
    if may(user, Action.VIEW_RECORD, frozenset({Relation.OTHER})):
        return list(teams)
    mine = user.team_ids | user.managed_team_ids
    return [t for t in teams if t.id in mine]


class FilterBox(QComboBox):
    """"All …" then one entry per choice; ``value()`` is None (or ``()``) for all.

    The values are kept here rather than as item data: Qt would turn a vocabulary
    value into a plain string. With ``several`` the values are tuples (any of
    them matches), as ``RecordFilter`` holds them; a tuple no entry offers (from a
    saved filter) gets an entry of its own, named by ``describe``.
    """

    def __init__(
        self,
        all_text: str,
        accessible: str,
        parent: QWidget | None = None,
        *,
        several: bool = False,
        describe: Callable[[tuple[object, ...]], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.several = several
        self.describe = describe
        self.values: list[object] = [() if several else None]
        self.addItem(all_text)
        self.setAccessibleName(accessible)
        self.setMinimumContentsLength(14)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def add_choice(self, text: str, value: object) -> None:
        if self.several and not isinstance(value, tuple):
            value = (value,)
        self.values.append(value)
        self.addItem(text)

    def value(self) -> object:
        index = self.currentIndex()
        return self.values[index] if 0 <= index < len(self.values) else self.values[0]

    def select(self, value: object) -> None:
        """Show ``value`` (a single value is taken as the one choice in several mode)."""
        if self.several and value is not None and not isinstance(value, tuple):
            value = (value,)
        if value is None and self.several:
            value = ()
        if value not in self.values and value and self.several and self.describe:
            assert isinstance(value, tuple)
            self.add_choice(self.describe(value), value)
        self.setCurrentIndex(self.values.index(value) if value in self.values else 0)

    def choice_text(self, value: object) -> str:
        return self.itemText(self.values.index(value)) if value in self.values else ""


class DateFilter(QDateEdit):
    """A date that may be left as "Any date" (the earliest date it offers)."""

    def __init__(self, accessible: str, any_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setMinimumDate(_ANY_DATE)
        self.setSpecialValueText(any_text)
        self.setDate(_ANY_DATE)

    def value(self) -> object:
        day = self.date()
        return None if day <= _ANY_DATE else day.toPython()

    def set_value(self, value: object) -> None:
        self.setDate(QDate(value) if value is not None else _ANY_DATE)  # type: ignore[call-overload]


def _link(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setProperty("link", True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class RecordListView(QWidget):
    """Title, optional search and filters, the table, a count line and an empty state."""

    #: A record to open (its id), from Enter or a double-click.
    open_requested = Signal(int)

    def __init__(
        self,
        db: Database,
        user: User,
        title: str,
        *,
        search: bool,
        filters: bool,
        status_filter: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user
        self._criteria: RecordFilter | None = RecordFilter()
        #: The filters the rows on screen were read with.
        self._shown: RecordFilter | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.top = QHBoxLayout()
        self.title = QLabel(title)
        self.title.setObjectName("PageTitle")
        self.top.addWidget(self.title)
        self.top.addStretch(1)
        layout.addLayout(self.top)

        self.search = QLineEdit()
        #: The search box (the name helpers and the benchmark use).
        self.search_box = self.search
        self.search.setVisible(search)
        self.search_line = QHBoxLayout()
        self.search_line.setSpacing(8)
        if search:
            label = QLabel(self.tr("Search"))
            label.setObjectName("FieldLabel")
            label.setBuddy(self.search)
            self.search.setPlaceholderText(
                self.tr("Reference, case reference, name, recipient or words in the record")
            )
            self.search.setAccessibleName(self.tr("Search"))
            self.search.setAccessibleDescription(
                self.tr("Filters the list as you type: each word finds words that start with it")
            )
            self.search.setClearButtonEnabled(True)
            self.search.setMinimumWidth(280)
            self.search.setMaximumWidth(560)
            self.search_line.addWidget(label)
            self.search_line.addWidget(self.search, 3)
            self.search_line.addStretch(1)
            layout.addLayout(self.search_line)

        self.team_filter = FilterBox(self.tr("All teams"), self.tr("Team"))
        self.practitioner_filter = FilterBox(
            self.tr("Everyone"), vocab_label(Role.PRACTITIONER), several=True,
            describe=self._describe_people)
        self.status_filter = FilterBox(
            self.tr("All statuses"), self.tr("Status"), several=True,
            describe=self._describe_vocab)
        self.filter_grid = QGridLayout()
        self.filter_grid.setHorizontalSpacing(8)
        self.filter_grid.setVerticalSpacing(6)
        #: Every filter input, in the order Tab reaches them.
        self.filter_widgets: list[QWidget] = []
        self._people_filters = filters
        self._grid_slot = 0
        boxes: list[QWidget] = []
        if status_filter:
            boxes.append(self.status_filter)
        if filters:
            boxes = [self.team_filter, self.practitioner_filter, *boxes]
        self._fill_people_filters(status_filter)
        for box in boxes:
            self.add_filter(box)
        layout.addLayout(self.filter_grid)
        for box in (self.team_filter, self.practitioner_filter, self.status_filter):
            box.setVisible(box in self.filter_widgets)
        self.team_filter.currentIndexChanged.connect(
            lambda _i: self._filter_changed(team_id=self.team_filter.value()))
        self.practitioner_filter.currentIndexChanged.connect(
            lambda _i: self._filter_changed(author_ids=self.practitioner_filter.value()))
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self._filter_changed(statuses=self.status_filter.value()))

        self.model = RecordPageModel(self._count, self._page, self, first=self._first)
        #: Kept for callers that mapped through a sorting proxy: the model is the view's own.
        self.proxy = self.model
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(title)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Every row is one line: the view need not measure rows it has not shown.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        # Fit columns to the rows on screen, not to rows that would have to be read.
        header.setResizeContentsPrecision(0)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorShown(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.empty_state = QLabel()
        self.empty_state.setObjectName("EmptyState")
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.empty_state.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_state)
        layout.addWidget(self.stack, 1)
        self.count_line = QLabel()
        self.count_line.setObjectName("CountLine")
        layout.addWidget(self.count_line)

        # No pause: a search is one indexed query, quicker than a keystroke.
        self.search.textChanged.connect(self._search_changed)
        # Enter emits activated; a double-click emits doubleClicked (and, on most
        # styles, activated too: opening the same record twice reuses its window).
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)
        self._size_columns()
        # Someone who reads only their own records would see their own name on every row.
        self.table.setColumnHidden(
            _PRACTITIONER_COLUMN, not sees_beyond_own(user, organisation_policy(db)))

    # --- filters -------------------------------------------------------------------------------

    def add_filter(self, widget: QWidget, per_row: int = 4) -> None:
        """Put a labelled filter input in the next place of the filter grid."""
        row, column = divmod(self._grid_slot, per_row)
        label = QLabel(widget.accessibleName())
        label.setObjectName("FieldLabel")
        label.setBuddy(widget)
        self.filter_grid.addWidget(label, row, column * 2)
        self.filter_grid.addWidget(widget, row, column * 2 + 1)
        widget.setMinimumWidth(140)
        # The inputs keep their size; the space left over goes to the right.
        self.filter_grid.setColumnStretch(per_row * 2, 1)
        self._grid_slot += 1
        self.filter_widgets.append(widget)

    def _fill_people_filters(self, status_filter: bool) -> None:
        if self._people_filters:
            try:
                teams = visible_teams(self.user, accounts.list_teams(self.db))
                people = [u for u in accounts.list_users(self.db, self.user,
                                                         include_inactive=True)
                          if u.has(Role.PRACTITIONER)]
            except (ServiceError, StorageError) as error:
                dialogs.show_error(self, self.tr("Cannot load the filters"), error_text(error))
                teams, people = [], []
            for team in sorted(teams, key=lambda t: t.name.casefold()):
                self.team_filter.add_choice(team.name, team.id)
            for person in people:
                self.practitioner_filter.add_choice(person.full_name, person.id)
        if status_filter:
            for status in RecordStatus:
                self.status_filter.add_choice(vocab_label(status), status)

    def _describe_vocab(self, values: tuple[object, ...]) -> str:
        return self.tr(" or ").join(
            vocab_label(v) if isinstance(v, Vocab) else str(v) for v in values)

    def _describe_people(self, values: tuple[object, ...]) -> str:
        names = [self.practitioner_filter.choice_text((v,)) for v in values]
        if self.user.id is not None and tuple(values) == (self.user.id,):
            return self.user.full_name
        return self.tr(" or ").join(n for n in names if n) or self.tr("Chosen practitioners")

    def _filter_changed(self, **values: object) -> None:
        """One filter input changed: keep the rest, show the list again."""
        if self._criteria is None:
            self._criteria = RecordFilter()
        self._criteria = replace(self._criteria, **values)  # type: ignore[arg-type]
        self.filters_edited()
        self.refresh()

    def filters_edited(self) -> None:
        """Hook: the person changed a filter by hand."""

    def apply_filter(self, criteria: RecordFilter) -> None:
        """Show the list filtered by ``criteria`` (the Decisions list also shows it in
        its inputs)."""
        for box, value in ((self.team_filter, criteria.team_id),
                           (self.practitioner_filter, criteria.author_ids),
                           (self.status_filter, criteria.statuses)):
            box.blockSignals(True)
            box.select(value)
            box.blockSignals(False)
        self._criteria = criteria
        self.refresh()

    def _search_changed(self, text: str) -> None:
        self._criteria = replace(self._criteria or RecordFilter(), search=text.strip())
        self.refresh()

    def current_filter(self) -> RecordFilter | None:
        """The filters for the next refresh; None shows nothing at all."""
        return self._criteria

    def filtered(self) -> bool:
        criteria = self._criteria or RecordFilter()
        return criteria.is_filtered()

    # --- loading -------------------------------------------------------------------------------

    def _count(self) -> int:
        if self._shown is None:
            return 0
        return record_service.count_records(self.db, self.user, self._shown)

    def _first(
        self, sort: RecordSort, limit: int
    ) -> tuple[int, list[record_service.RecordSummary]]:
        if self._shown is None:
            return 0, []
        return record_service.first_page(self.db, self.user, self._shown, sort, limit)

    def _page(
        self, sort: RecordSort, offset: int, limit: int
    ) -> list[record_service.RecordSummary]:
        if self._shown is None:
            return []
        return record_service.page_records(self.db, self.user, self._shown, sort, offset, limit)

    def refresh(self) -> None:
        """Read the list again (count and first block), keeping the selected record if shown."""
        try:
            self._reload()
        except (ServiceError, StorageError) as error:
            dialogs.show_error(self, self.tr("Cannot load the decisions"), error_text(error))

    def refresh_quietly(self) -> bool:
        """Show changes others made, in place: the selection and scroll position stay,
        and a database that cannot be reached just leaves the list as it was (the
        next check tries again). False when it could not be read."""
        scrolled = self.table.verticalScrollBar().value()
        try:
            self._reload()
        except (ServiceError, StorageError) as error:
            log.warning("Could not refresh the list (%s)", type(error).__name__)
            return False
        self.table.verticalScrollBar().setValue(scrolled)
        return True

    def _reload(self) -> None:
        """Count and first block again, the selected record still selected if shown."""
        selected = self.selected_id()
        self._shown = self.current_filter()
        self.model.reload()
        if selected is not None:
            row = self.model.loaded_row_of(selected)
            if row is not None:
                self.table.selectRow(row)
        self._show_count(self.model.rowCount())

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        summary = self.model.summary(rows[0].row())
        return summary.id if summary is not None else None

    def _show_count(self, count: int) -> None:
        searching = bool(self.search.text().strip()) or self.filtered()
        if searching:
            self.count_line.setText(
                self.tr("1 decision matches your search") if count == 1
                else self.tr("{count} decisions match your search").format(count=f"{count:,}")
            )
        else:
            self.count_line.setText(
                self.tr("1 decision") if count == 1
                else self.tr("{count} decisions").format(count=f"{count:,}")
            )
        if count:
            self.stack.setCurrentWidget(self.table)
        else:
            self.empty_state.setText(self.empty_text(searching))
            self.stack.setCurrentWidget(self.empty_state)

    def empty_text(self, searching: bool) -> str:
        """What an empty list says (each list its own words)."""
        raise NotImplementedError

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        fit = QHeaderView.ResizeMode.ResizeToContents
        for column in _FIT_COLUMNS:
            header.setSectionResizeMode(column, fit)
        header.setSectionResizeMode(_STRETCH_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        for column, width in _WIDTHS:
            self.table.setColumnWidth(column, width)

    def summary_at(self, index: QModelIndex) -> record_service.RecordSummary:
        return self.model.row_at(index.row())

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            summary = self.model.summary(index.row())
            if summary is not None:
                self.open_requested.emit(summary.id)


class DecisionsView(RecordListView):
    """Every decision the user may read, with search, filters, saved filters and "New record"."""

    def __init__(self, db: Database, user: User, parent: QWidget | None = None) -> None:
        self._applying = False
        super().__init__(
            db, user, "", search=True,
            filters=sees_beyond_own(user, organisation_policy(db)), status_filter=True,
            parent=parent,
        )
        self.title.setText(self.tr("Decisions"))
        self.table.setAccessibleName(self.tr("Decisions"))
        self.new_button = QPushButton(self.tr("New record"))
        self.new_button.setToolTip(self.tr("Record a new decision (Ctrl+N)"))
        set_primary(self.new_button)
        self.new_button.setVisible(may(user, Action.CREATE_RECORD))
        self.top.addWidget(self.new_button)
        self._build_record_filters()
        self._build_presets()
        # A full grid of filters: the inputs share the width, so none is cut short.
        for column in range(4):
            self.filter_grid.setColumnStretch(column * 2 + 1, 1)
        self.filter_grid.setColumnStretch(8, 0)

    # --- building -------------------------------------------------------------------------------

    def _build_record_filters(self) -> None:
        describe = self._describe_vocab
        self.outcome_filter = FilterBox(self.tr("All outcomes"), self.tr("Outcome"),
                                        several=True, describe=describe)
        self.outcome_filter.add_choice(
            self.tr("Shared in full or part"),
            (Outcome.SHARED_IN_FULL, Outcome.SHARED_IN_PART))
        for outcome in Outcome:
            self.outcome_filter.add_choice(vocab_label(outcome), outcome)
        self.consent_filter = FilterBox(self.tr("Any consent"), self.tr("Consent"),
                                        several=True, describe=describe)
        self.consent_filter.add_choice(
            self.tr("Without consent"),
            tuple(c for c in ConsentStatus if c.is_without_consent))
        for consent in ConsentStatus:
            self.consent_filter.add_choice(vocab_label(consent), consent)
        self.basis_filter = FilterBox(self.tr("Any basis"), self.tr("Lawful basis"),
                                      several=True, describe=describe)
        self.basis_filter.setToolTip(self.tr("UK GDPR Article 6 lawful basis"))
        for basis in Article6Basis:
            self.basis_filter.add_choice(vocab_label(basis), basis)
        self.recipient_filter = FilterBox(self.tr("All recipients"), self.tr("Recipient"),
                                          several=True, describe=self._describe_recipients)
        self._directory: list[tuple[int, str]] = []
        self._reload_recipients()
        self.from_filter = DateFilter(self.tr("Decided from"), self.tr("Any date"))
        self.to_filter = DateFilter(self.tr("Decided to"), self.tr("Any date"))
        for widget in (self.outcome_filter, self.consent_filter, self.basis_filter,
                       self.recipient_filter, self.from_filter, self.to_filter):
            self.add_filter(widget)
        self.outcome_filter.currentIndexChanged.connect(
            lambda _i: self._filter_changed(outcomes=self.outcome_filter.value()))
        self.consent_filter.currentIndexChanged.connect(
            lambda _i: self._filter_changed(consents=self.consent_filter.value()))
        self.basis_filter.currentIndexChanged.connect(
            lambda _i: self._filter_changed(article6_bases=self.basis_filter.value()))
        self.recipient_filter.currentIndexChanged.connect(
            lambda _i: self._filter_changed(recipient_ids=self.recipient_filter.value()))
        self.from_filter.dateChanged.connect(
            lambda _d: self._filter_changed(decided_from=self.from_filter.value()))
        self.to_filter.dateChanged.connect(
            lambda _d: self._filter_changed(decided_to=self.to_filter.value()))
        self.also_line = QLabel()
        self.also_line.setObjectName("Hint")
        self.also_line.setWordWrap(True)
        self.also_line.hide()
        self.clear_button = _link(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        # "Clear filters" sits in the grid's next free place, after the last filter.
        row, column = divmod(self._grid_slot, 4)
        self.filter_grid.addWidget(self.clear_button, row, column * 2, 1, 2,
                                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.filter_widgets.append(self.clear_button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.stack), self.also_line)

    def _reload_recipients(self) -> None:
        """Offer the directory as it is now (organisations are added while the app runs)."""
        try:
            directory = [(o.id, o.name) for o in
                         organisations.list_organisations(self.db, include_inactive=True)
                         if o.id is not None]
        except (ServiceError, StorageError):
            return
        if directory == self._directory:
            return
        self._directory = directory
        box = self.recipient_filter
        chosen = box.value()
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(box.count() - 1)
        del box.values[1:]
        for org_id, name in directory:
            box.add_choice(name, org_id)
        box.select(chosen)
        box.blockSignals(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._reload_recipients()

    def _build_presets(self) -> None:
        label = QLabel(self.tr("Saved filters"))
        label.setObjectName("FieldLabel")
        self.preset_box = QComboBox()
        self.preset_box.setAccessibleName(self.tr("Saved filters"))
        self.preset_box.setMinimumContentsLength(16)
        self.preset_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        label.setBuddy(self.preset_box)
        self.save_preset_button = _link(self.tr("Save these filters…"))
        self.delete_preset_button = _link(self.tr("Delete saved filter"))
        self.search_line.addWidget(label)
        self.search_line.addWidget(self.preset_box)
        self.search_line.addWidget(self.save_preset_button)
        self.search_line.addWidget(self.delete_preset_button)
        self.presets: list[presets.Preset] = []
        self._load_presets()
        self.preset_box.activated.connect(self._preset_chosen)
        self.save_preset_button.clicked.connect(self.save_filters)
        self.delete_preset_button.clicked.connect(self.delete_chosen_preset)
        self.filter_widgets[:0] = [self.preset_box, self.save_preset_button,
                                   self.delete_preset_button]
        self._update_preset_buttons()

    def _load_presets(self, select_id: int | None = None) -> None:
        try:
            self.presets = presets.list_presets(self.db, self.user)
        except (ServiceError, StorageError) as error:
            dialogs.show_error(self, self.tr("Cannot load the saved filters"), error_text(error))
            self.presets = []
        self.preset_box.blockSignals(True)
        self.preset_box.clear()
        self.preset_box.addItem(self.tr("None chosen"))
        for preset in self.presets:
            self.preset_box.addItem(self.preset_name(preset))
        if select_id is not None:
            for i, preset in enumerate(self.presets):
                if preset.id == select_id:
                    self.preset_box.setCurrentIndex(i + 1)
        self.preset_box.blockSignals(False)

    def preset_name(self, preset: presets.Preset) -> str:
        if preset.builtin:
            return vocab_label_text(preset.name)
        return preset.name

    def chosen_preset(self) -> presets.Preset | None:
        index = self.preset_box.currentIndex() - 1
        return self.presets[index] if 0 <= index < len(self.presets) else None

    def _update_preset_buttons(self) -> None:
        chosen = self.chosen_preset()
        self.delete_preset_button.setEnabled(chosen is not None and not chosen.builtin)

    # --- acting ----------------------------------------------------------------------------------

    def _preset_chosen(self, index: int) -> None:
        preset = self.chosen_preset()
        if preset is None and index == 0:
            self.clear_filters()
            return
        if preset is not None:
            self.apply_filter(preset.criteria, keep_preset=True)

    def apply_filter(  # type: ignore[override]
        self, criteria: RecordFilter, *, keep_preset: bool = False
    ) -> None:
        """Show the list filtered by ``criteria``: the inputs show it, the list follows."""
        self._applying = True
        try:
            self.search.blockSignals(True)
            self.search.setText(criteria.search)
            self.search.blockSignals(False)
            for box, value in (
                (self.status_filter, criteria.statuses),
                (self.outcome_filter, criteria.outcomes),
                (self.consent_filter, criteria.consents),
                (self.basis_filter, criteria.article6_bases),
                (self.recipient_filter, criteria.recipient_ids),
                (self.practitioner_filter, criteria.author_ids),
                (self.team_filter, criteria.team_id),
            ):
                box.blockSignals(True)
                box.select(value)
                box.blockSignals(False)
            for edit, day in ((self.from_filter, criteria.decided_from),
                              (self.to_filter, criteria.decided_to)):
                edit.blockSignals(True)
                edit.set_value(day)
                edit.blockSignals(False)
            self._criteria = criteria
            if not keep_preset:
                self.preset_box.setCurrentIndex(0)
        finally:
            self._applying = False
        self._update_preset_buttons()
        self.refresh()

    def clear_filters(self) -> None:
        """Back to every decision: no search words, no filters, no saved filter chosen."""
        self.apply_filter(RecordFilter())

    def filters_edited(self) -> None:
        if not self._applying and self.preset_box.currentIndex() != 0:
            # What is shown is no longer the saved filter.
            self.preset_box.setCurrentIndex(0)
            self._update_preset_buttons()

    def save_filters(self) -> None:
        """Ask a name and keep the current search and filters under it for this user."""
        name = dialogs.ask_text(self, self.tr("Save these filters"),
                                self.tr("Name for these filters"))
        if name is None:
            return
        criteria = self._criteria or RecordFilter()
        try:
            saved = presets.save_preset(self.db, self.user, name, criteria)
        except ValidationError as error:
            dialogs.show_error(self, self.tr("Cannot save the filters"),
                               "\n".join(problem_text(p) for p in error.problems))
            return
        except (ServiceError, StorageError) as error:
            dialogs.show_error(self, self.tr("Cannot save the filters"), error_text(error))
            return
        self._load_presets(select_id=saved.id)
        self._update_preset_buttons()

    def delete_chosen_preset(self) -> None:
        preset = self.chosen_preset()
        if preset is None or preset.id is None:
            return
        if not dialogs.confirm(
            self, self.tr("Delete saved filter"),
            self.tr("Delete the saved filter “{name}”? The decisions are not affected.").format(
                name=preset.name),
            self.tr("Delete"),
        ):
            return
        try:
            presets.delete_preset(self.db, self.user, preset.id)
        except (ServiceError, StorageError) as error:
            dialogs.show_error(self, self.tr("Cannot delete the saved filter"), error_text(error))
            return
        self._load_presets()
        self._update_preset_buttons()

    def refresh(self) -> None:
        super().refresh()
        self._show_also()

    def _show_also(self) -> None:
        """Filters a saved filter applies that have no input of their own."""
        if not hasattr(self, "also_line"):
            return
        criteria = self._criteria or RecordFilter()
        parts = []
        if criteria.person_informed:
            parts.append(self.tr("whether the person was told: {answers}").format(
                answers=self._describe_vocab(criteria.person_informed)))
        if criteria.awaiting_review_only:
            parts.append(self.tr("waiting for a manager's review"))
        self.also_line.setText(self.tr("Also filtered by {what}.").format(
            what="; ".join(parts)) if parts else "")
        self.also_line.setVisible(bool(parts))
        self.clear_button.setEnabled(bool(criteria.search) or criteria.is_filtered())

    def _describe_recipients(self, values: tuple[object, ...]) -> str:
        names = [self.recipient_filter.choice_text((v,)) for v in values]
        return self.tr(" or ").join(n for n in names if n) or self.tr("Chosen recipients")

    def empty_text(self, searching: bool) -> str:
        if searching:
            return self.tr("No decisions match your search. Check the spelling, search "
                           "for the start of a name or a case reference, or clear the filters.")
        if may(self.user, Action.CREATE_RECORD):
            return self.tr("No decisions recorded yet.\nChoose “New record” to record "
                           "your first decision to share, or not to share, information.")
        return self.tr("No decisions to show yet.")


def vocab_label_text(text: str) -> str:
    """A built-in preset's name (marked in the vocabulary's context), translated."""
    return QCoreApplication.translate(VOCAB, text)


class WaitingView(RecordListView):
    """A manager's queue: records waiting for their review, oldest first."""

    def __init__(self, db: Database, user: User, parent: QWidget | None = None) -> None:
        super().__init__(db, user, "", search=False, filters=True, status_filter=False,
                         parent=parent)
        self.title.setText(self.tr("Waiting for me"))
        self.table.setAccessibleName(self.tr("Waiting for me"))
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        hint = QLabel(self.tr(
            "Records submitted for your review, and emergency shares made before review. "
            "Press Enter or double-click one to open it."
        ))
        hint.setObjectName("Hint")
        hint.setWordWrap(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, hint)

    def current_filter(self) -> RecordFilter | None:
        criteria = self._criteria or RecordFilter()
        authors = criteria.author_ids
        return review.waiting_filter(
            self.db, self.user, team_id=criteria.team_id,
            author_id=authors[0] if authors else None,
        )

    def empty_text(self, searching: bool) -> str:
        if searching:
            return self.tr("Nothing waiting for you matches these filters.")
        return self.tr("Nothing is waiting for your review.")
