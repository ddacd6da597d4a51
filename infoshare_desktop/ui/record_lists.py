"""Lists of decisions: "Decisions" (search and filters) and a manager's "Waiting for me"."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from infoshare_desktop.domain.permissions import Action, Policy, Relation, may
from infoshare_desktop.domain.vocab import RecordStatus, Role
from infoshare_desktop.services import accounts, review
from infoshare_desktop.services import records as record_service
from infoshare_desktop.services import settings as settings_service
from infoshare_desktop.services.database import Database, StorageError
from infoshare_desktop.services.errors import ServiceError
from infoshare_desktop.ui import dialogs
from infoshare_desktop.ui.models import RecordsModel, sorting_proxy
from infoshare_desktop.ui.style import set_primary
from infoshare_desktop.ui.text import vocab_label

SEARCH_DELAY_MS = 250
#: Columns that fit their text; the recipient stretches.
_FIT_COLUMNS = (0, 1)
_STRETCH_COLUMN = 4
_WIDTHS = ((2, 125), (3, 140), (5, 110), (6, 110), (7, 160))
_PRACTITIONER_COLUMN = 3


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
    """"All …" then one entry per choice; ``value()`` is None for all.

    The values are kept here rather than as item data: Qt would turn a vocabulary
    value into a plain string.
    """

    def __init__(self, all_text: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[object] = [None]
        self.addItem(all_text)
        self.setAccessibleName(accessible)
        self.setMinimumContentsLength(14)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def add_choice(self, text: str, value: object) -> None:
        self.values.append(value)
        self.addItem(text)

    def value(self) -> object:
        index = self.currentIndex()
        return self.values[index] if 0 <= index < len(self.values) else None

    def select(self, value: object) -> None:
        self.setCurrentIndex(self.values.index(value) if value in self.values else 0)


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
        self.search.setVisible(search)
        self.team_filter = FilterBox(self.tr("All teams"), self.tr("Team"))
        self.practitioner_filter = FilterBox(self.tr("All practitioners"),
                                             vocab_label(Role.PRACTITIONER))
        self.status_filter = FilterBox(self.tr("All statuses"), self.tr("Status"))
        search_line = QHBoxLayout()
        search_line.setSpacing(8)
        if search:
            label = QLabel(self.tr("Search"))
            label.setObjectName("FieldLabel")
            label.setBuddy(self.search)
            self.search.setPlaceholderText(
                self.tr("Reference, case reference, name, recipient or words in the record")
            )
            self.search.setAccessibleName(self.tr("Search"))
            self.search.setAccessibleDescription(self.tr("Filters the list as you type"))
            self.search.setClearButtonEnabled(True)
            self.search.setMinimumWidth(280)
            self.search.setMaximumWidth(560)
            search_line.addWidget(label)
            search_line.addWidget(self.search, 1)
            search_line.addStretch(1)
            layout.addLayout(search_line)
        filter_line = QHBoxLayout()
        filter_line.setSpacing(8)
        self.filter_widgets: list[QComboBox] = []
        if filters:
            self.filter_widgets = [self.team_filter, self.practitioner_filter]
            if status_filter:
                self.filter_widgets.append(self.status_filter)
            self._fill_filters(status_filter)
            for index, box in enumerate(self.filter_widgets):
                if index:
                    filter_line.addSpacing(16)
                label = QLabel(box.accessibleName())
                label.setObjectName("FieldLabel")
                label.setBuddy(box)
                filter_line.addWidget(label)
                filter_line.addWidget(box)
                box.currentIndexChanged.connect(lambda _i: self.refresh())
            filter_line.addStretch(1)
            layout.addLayout(filter_line)
        for box in (self.team_filter, self.practitioner_filter, self.status_filter):
            box.setVisible(box in self.filter_widgets)

        self.model = RecordsModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(title)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
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

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        # Enter emits activated; a double-click emits doubleClicked (and, on most
        # styles, activated too: opening the same record twice reuses its window).
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)
        self._size_columns()
        # Someone who reads only their own records would see their own name on every row.
        self.table.setColumnHidden(
            _PRACTITIONER_COLUMN, not sees_beyond_own(user, organisation_policy(db)))

    def _fill_filters(self, status_filter: bool) -> None:
        try:
            teams = visible_teams(self.user, accounts.list_teams(self.db))
            people = [u for u in accounts.list_users(self.db, self.user, include_inactive=True)
                      if u.has(Role.PRACTITIONER)]
        except (ServiceError, StorageError) as error:
            dialogs.show_error(self, self.tr("Cannot load the filters"), str(error))
            teams, people = [], []
        for team in sorted(teams, key=lambda t: t.name.casefold()):
            self.team_filter.add_choice(team.name, team.id)
        for person in people:
            self.practitioner_filter.add_choice(person.full_name, person.id)
        if status_filter:
            for status in RecordStatus:
                self.status_filter.add_choice(vocab_label(status), status)

    def filter_values(self) -> dict[str, object]:
        team = self.team_filter.value() if self.team_filter in self.filter_widgets else None
        author = (self.practitioner_filter.value()
                  if self.practitioner_filter in self.filter_widgets else None)
        return {"team_id": team, "author_id": author}

    def filtered(self) -> bool:
        return any(box.currentIndex() > 0 for box in self.filter_widgets)

    def load(self) -> list[record_service.RecordSummary]:
        """The rows to show (each list asks its own service)."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload the list from the services, applying the search and filters."""
        self.search_timer.stop()
        try:
            rows = self.load()
        except (ServiceError, StorageError) as error:
            dialogs.show_error(self, self.tr("Cannot load the decisions"), str(error))
            return
        self.model.set_rows(rows)
        self._show_count(len(rows))

    def _show_count(self, count: int) -> None:
        searching = bool(self.search.text().strip()) or self.filtered()
        if searching:
            self.count_line.setText(
                self.tr("1 decision matches your search") if count == 1
                else self.tr("{count} decisions match your search").format(count=count)
            )
        else:
            self.count_line.setText(
                self.tr("1 decision") if count == 1
                else self.tr("{count} decisions").format(count=count)
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
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.summary_at(index).id)


class DecisionsView(RecordListView):
    """Every decision the user may read, with search, filters and "New record"."""

    def __init__(self, db: Database, user: User, parent: QWidget | None = None) -> None:
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

    def filter_values(self) -> dict[str, object]:
        values = super().filter_values()
        status = (self.status_filter.value()
                  if self.status_filter in self.filter_widgets else None)
        values["statuses"] = [status] if status is not None else None
        return values

    def load(self) -> list[record_service.RecordSummary]:
        return record_service.list_records(
            self.db, self.user, self.search.text().strip(), **self.filter_values()  # type: ignore[arg-type]
        )

    def empty_text(self, searching: bool) -> str:
        if searching:
            return self.tr("No decisions match your search. Check the spelling or search "
                           "for a case reference.")
        if may(self.user, Action.CREATE_RECORD):
            return self.tr("No decisions recorded yet.\nChoose “New record” to record "
                           "your first decision to share, or not to share, information.")
        return self.tr("No decisions to show yet.")


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

    def load(self) -> list[record_service.RecordSummary]:
        values = self.filter_values()
        return review.waiting_for(
            self.db, self.user, team_id=values["team_id"],  # type: ignore[arg-type]
            author_id=values["author_id"],  # type: ignore[arg-type]
        )

    def empty_text(self, searching: bool) -> str:
        if searching:
            return self.tr("Nothing waiting for you matches these filters.")
        return self.tr("Nothing is waiting for your review.")
