"""Administrators' screens: accounts and teams, and the organisation's settings."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from infoshare_desktop.domain.accounts import PASSWORD_MIN_LENGTH, Team, User
from infoshare_desktop.domain.vocab import Role
from infoshare_desktop.services import accounts
from infoshare_desktop.services import settings as settings_service
from infoshare_desktop.services.database import Database, StorageError
from infoshare_desktop.services.errors import ServiceError, ValidationError
from infoshare_desktop.services.settings import OrganisationSettings
from infoshare_desktop.ui import dialogs
from infoshare_desktop.ui.models.tables import UsersModel, sorting_proxy
from infoshare_desktop.ui.style import set_primary
from infoshare_desktop.ui.text import error_text, vocab_label
from infoshare_desktop.ui.widgets.fields_form import (
    FieldsColumn,
    button_row,
    error_label,
    fit_to_content,
    password_box,
)
from infoshare_desktop.ui.widgets.focus import chain_tab_order


def _boxes(items: list[tuple[str, object]]) -> tuple[QWidget, dict[object, QCheckBox]]:
    """A grid of check boxes, two to a row; returns the widget and the boxes by value."""
    widget = QWidget()
    grid = QGridLayout(widget)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(24)
    boxes: dict[object, QCheckBox] = {}
    for index, (text, value) in enumerate(items):
        box = QCheckBox(text)
        grid.addWidget(box, index // 2, index % 2)
        boxes[value] = box
    return widget, boxes


class UserDialog(QDialog):
    """Add or edit an account: names, roles, teams, teams managed (and a password when new)."""

    def __init__(
        self, db: Database, actor: User, teams: list[Team], user: User | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.original = user
        self.saved: User | None = None
        new = user is None
        self.setWindowTitle(self.tr("Add user") if new else self.tr("Edit user"))
        self.setMinimumWidth(600)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 24, 8)
        title = QLabel(self.tr("Add user") if new else self.tr("Edit {name}").format(
            name=user.full_name if user else ""))
        title.setObjectName("FormTitle")
        layout.addWidget(title)
        self.fields = FieldsColumn()
        self.username = QLineEdit(user.username if user else "")
        self.username.setReadOnly(not new)
        self.full_name = QLineEdit(user.full_name if user else "")
        self.job_title = QLineEdit(user.job_title if user else "")
        add = self.fields.add
        add("username", self.tr("Username"), self.username,
            self.tr("Lower-case letters, numbers, dots, hyphens or underscores") if new
            else self.tr("A username never changes"))
        add("full_name", self.tr("Full name"), self.full_name)
        add("job_title", self.tr("Job title"), self.job_title)
        roles_widget, self.role_boxes = _boxes([(vocab_label(r), r) for r in Role])
        self._group_label(self.tr("Roles"))
        self.fields.add_error_only("roles", roles_widget)
        team_items = [(t.name, t.id) for t in teams]
        teams_widget, self.team_boxes = _boxes(team_items)
        self._group_label(self.tr("Member of"))
        self.fields.add_error_only("teams", teams_widget)
        managed_widget, self.managed_boxes = _boxes(team_items)
        self._group_label(self.tr("Manages"))
        self.fields.add_error_only("managed_teams", managed_widget)
        if not teams:
            note = QLabel(self.tr("No teams yet: add teams on the Accounts screen first."))
            note.setObjectName("Hint")
            self.fields.column.addWidget(note)
        if user is not None:
            for role, box in self.role_boxes.items():
                box.setChecked(role in user.roles)
            for team_id, box in self.team_boxes.items():
                box.setChecked(team_id in user.team_ids)
            for team_id, box in self.managed_boxes.items():
                box.setChecked(team_id in user.managed_team_ids)
        self.password = password_box()
        self.confirm = password_box()
        if new:
            add("password", self.tr("Password"), self.password,
                self.tr("At least {count} characters. Tell the person to change it when they "
                        "first sign in.").format(count=PASSWORD_MIN_LENGTH))
            add("confirm", self.tr("Password again"), self.confirm)
        layout.addWidget(self.fields)
        self.refusal = error_label()
        layout.addWidget(self.refusal)
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.save_button = QPushButton(self.tr("Save user"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        line = button_row(self.save_button, self.cancel_button)
        line.setContentsMargins(24, 8, 24, 16)
        outer.addLayout(line)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        order: list[QWidget] = [self.username, self.full_name, self.job_title,
                                *self.role_boxes.values(), *self.team_boxes.values(),
                                *self.managed_boxes.values()]
        if new:
            order += [self.password, self.confirm]
        chain_tab_order([*order, self.save_button, self.cancel_button])
        (self.username if new else self.full_name).setFocus()
        self.resize(640, 720)

    def _group_label(self, text: str) -> None:
        label = QLabel(text)
        label.setObjectName("FieldLabel")
        self.fields.column.addWidget(label)

    def user(self) -> User:
        base = self.original or User(id=None, username="", full_name="")
        return replace(
            base,
            username=self.username.text().strip(),
            full_name=self.full_name.text().strip(),
            job_title=self.job_title.text().strip(),
            roles=frozenset(r for r, box in self.role_boxes.items() if box.isChecked()),  # type: ignore[misc]
            team_ids=frozenset(t for t, box in self.team_boxes.items() if box.isChecked()),  # type: ignore[misc]
            managed_team_ids=frozenset(
                t for t, box in self.managed_boxes.items() if box.isChecked()  # type: ignore[misc]
            ),
        )

    def save(self) -> bool:
        self.refusal.hide()
        new = self.original is None
        if new and self.password.text() != self.confirm.text():
            self.confirm.clear()
            self.fields.show_messages([("confirm", self.tr("Enter the same password twice"))])
            return False
        try:
            if new:
                self.saved = accounts.create_user(self.db, self.actor, self.user(),
                                                  self.password.text())
            else:
                self.saved = accounts.update_user(self.db, self.actor, self.user())
        except (ServiceError, StorageError) as error:
            self.fields.show_refusal(error, self.refusal)
            return False
        self.password.clear()
        self.confirm.clear()
        self.accept()
        return True


class ResetPasswordDialog(QDialog):
    """An administrator sets a new password for someone (it also ends a lockout)."""

    def __init__(self, db: Database, actor: User, user: User,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.target = user
        self.setWindowTitle(self.tr("Reset password"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        title = QLabel(self.tr("Reset {name}'s password").format(name=user.full_name))
        title.setObjectName("FormTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        intro = QLabel(self.tr("Give the new password to them in person or by phone, never "
                               "by email. A lockout after wrong passwords ends too."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.fields = FieldsColumn()
        self.password = password_box()
        self.confirm = password_box()
        self.fields.add("password", self.tr("New password"), self.password,
                        self.tr("At least {count} characters").format(count=PASSWORD_MIN_LENGTH))
        self.fields.add("confirm", self.tr("New password again"), self.confirm)
        layout.addWidget(self.fields)
        self.fields.setMinimumWidth(412)
        fit_to_content(self)
        self.refusal = error_label()
        layout.addWidget(self.refusal)
        self.save_button = QPushButton(self.tr("Reset password"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        layout.addLayout(button_row(self.save_button, self.cancel_button))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        chain_tab_order([self.password, self.confirm, self.save_button, self.cancel_button])
        self.password.setFocus()

    def save(self) -> bool:
        self.refusal.hide()
        if self.password.text() != self.confirm.text():
            self.confirm.clear()
            self.fields.show_messages([("confirm", self.tr("Enter the same password twice"))])
            return False
        assert self.target.id is not None
        try:
            accounts.reset_password(self.db, self.actor, self.target.id, self.password.text())
        except (ServiceError, StorageError) as error:
            self.fields.show_refusal(error, self.refusal)
            return False
        self.password.clear()
        self.confirm.clear()
        self.accept()
        return True


class TeamDialog(QDialog):
    """Add a team or rename one."""

    def __init__(self, db: Database, actor: User, team: Team | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.team = team
        self.saved: Team | None = None
        self.setWindowTitle(self.tr("Add team") if team is None else self.tr("Rename team"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        self.fields = FieldsColumn()
        self.name = QLineEdit(team.name if team else "")
        self.fields.add("name", self.tr("Team name"), self.name)
        layout.addWidget(self.fields)
        self.fields.setMinimumWidth(372)
        fit_to_content(self)
        self.refusal = error_label()
        layout.addWidget(self.refusal)
        self.save_button = QPushButton(self.tr("Save team"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        layout.addLayout(button_row(self.save_button, self.cancel_button))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.name.setFocus()

    def save(self) -> bool:
        self.refusal.hide()
        try:
            if self.team is None or self.team.id is None:
                self.saved = accounts.create_team(self.db, self.actor, self.name.text())
            else:
                self.saved = accounts.rename_team(self.db, self.actor, self.team.id,
                                                  self.name.text())
        except ValidationError as error:
            self.fields.show_problems(error.problems)
            return False
        except (ServiceError, StorageError) as error:
            self.refusal.setText(error_text(error))
            self.refusal.show()
            return False
        self.accept()
        return True


class AccountsView(QWidget):
    """Accounts (add, edit, deactivate, reset a password) and teams (add, rename)."""

    def __init__(self, db: Database, actor: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.dialog: QDialog | None = None
        self.teams: list[Team] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        top = QHBoxLayout()
        title = QLabel(self.tr("Accounts"))
        title.setObjectName("PageTitle")
        top.addWidget(title)
        top.addStretch(1)
        self.add_button = QPushButton(self.tr("Add user"))
        set_primary(self.add_button)
        top.addWidget(self.add_button)
        layout.addLayout(top)
        hint = QLabel(self.tr(
            "Accounts are never deleted: deactivate someone who leaves, and their records and "
            "history stay. Press Enter or double-click an account to edit it."
        ))
        hint.setObjectName("Hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.model = UsersModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Accounts"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 3)
        actions = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.active_button = QPushButton(self.tr("Deactivate…"))
        self.reset_button = QPushButton(self.tr("Reset password…"))
        for button in (self.edit_button, self.active_button, self.reset_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.count_line = QLabel()
        self.count_line.setObjectName("CountLine")
        actions.addWidget(self.count_line)
        layout.addLayout(actions)
        self.message = QLabel()
        self.message.setObjectName("ErrorMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

        teams_title = QLabel(self.tr("Teams"))
        teams_title.setObjectName("SectionHeading")
        layout.addWidget(teams_title)
        teams_row = QHBoxLayout()
        self.team_list = QListWidget()
        self.team_list.setObjectName("TeamList")
        self.team_list.ensurePolished()  # item sizes must include the padding
        self.team_list.setAccessibleName(self.tr("Teams"))
        self.team_list.setMaximumHeight(140)
        teams_row.addWidget(self.team_list, 1)
        team_buttons = QVBoxLayout()
        self.add_team_button = QPushButton(self.tr("Add team…"))
        self.rename_team_button = QPushButton(self.tr("Rename team…"))
        team_buttons.addWidget(self.add_team_button)
        team_buttons.addWidget(self.rename_team_button)
        team_buttons.addStretch(1)
        teams_row.addLayout(team_buttons)
        layout.addLayout(teams_row, 1)

        self.add_button.clicked.connect(self.add_user)
        self.edit_button.clicked.connect(lambda: self._with_selected(self.edit_user))
        self.active_button.clicked.connect(lambda: self._with_selected(self.toggle_active))
        self.reset_button.clicked.connect(lambda: self._with_selected(self.reset_password))
        self.table.activated.connect(self._edit_index)
        self.table.doubleClicked.connect(self._edit_index)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._updatebutton_row())
        self.add_team_button.clicked.connect(self.add_team)
        self.rename_team_button.clicked.connect(self._rename_selected_team)
        chain_tab_order([self.add_button, self.table, self.edit_button, self.active_button,
                         self.reset_button, self.team_list, self.add_team_button,
                         self.rename_team_button])
        self.refresh()

    # --- lists ---------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        try:
            self.teams = accounts.list_teams(self.db)
            users = accounts.list_users(self.db, self.actor, include_inactive=True)
            locked = frozenset(u.id for u in users
                               if u.id is not None and accounts.is_locked_out(self.db, u.id))
        except (ServiceError, StorageError) as error:
            dialogs.show_error(self, self.tr("Cannot load the accounts"), error_text(error))
            return
        self.model.set_teams(self.teams)
        self.model.set_locked(locked)
        self.model.set_rows(users)
        count = len(users)
        self.count_line.setText(
            self.tr("1 account") if count == 1
            else self.tr("{count} accounts").format(count=count)
        )
        self.team_list.clear()
        for team in sorted(self.teams, key=lambda t: t.name.casefold()):
            item = QListWidgetItem(team.name)
            item.setData(Qt.ItemDataRole.UserRole, team.id)
            self.team_list.addItem(item)
        if select_id is not None:
            self.select_user(select_id)
        self._updatebutton_row()

    def select_user(self, user_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            if self.model.row_at(source.row()).id == user_id:
                self.table.selectRow(row)
                return

    def selected_user(self) -> User | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def _updatebutton_row(self) -> None:
        user = self.selected_user()
        for button in (self.edit_button, self.active_button, self.reset_button):
            button.setEnabled(user is not None)
        self.active_button.setText(
            self.tr("Reactivate…") if user is not None and not user.active
            else self.tr("Deactivate…")
        )
        self.rename_team_button.setEnabled(self.team_list.count() > 0)

    def _with_selected(self, action: object) -> None:
        user = self.selected_user()
        if user is not None:
            action(user)  # type: ignore[operator]

    def _edit_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_user(self.model.row_at(self.proxy.mapToSource(index).row()))

    # --- dialogs -------------------------------------------------------------------
    def _open(self, dialog: QDialog, on_accept: object) -> QDialog:
        dialog.accepted.connect(on_accept)  # type: ignore[arg-type]
        self.dialog = dialog
        dialog.open()
        return dialog

    def add_user(self) -> UserDialog:
        dialog = UserDialog(self.db, self.actor, self.teams, None, self)
        self._open(dialog, lambda: self.refresh(dialog.saved.id if dialog.saved else None))
        return dialog

    def edit_user(self, user: User) -> UserDialog:
        dialog = UserDialog(self.db, self.actor, self.teams, user, self)
        self._open(dialog, lambda: self.refresh(user.id))
        return dialog

    def reset_password(self, user: User) -> ResetPasswordDialog:
        dialog = ResetPasswordDialog(self.db, self.actor, user, self)
        self._open(dialog, lambda: self.refresh(user.id))
        return dialog

    def toggle_active(self, user: User) -> bool:
        """Deactivate (or reactivate) after asking; refusals show under the table."""
        assert user.id is not None
        self.message.hide()
        if user.active:
            asked = dialogs.confirm(
                self, self.tr("Deactivate account"),
                self.tr("Deactivate {name}'s account? They will not be able to sign in. "
                        "Their records and history stay.").format(name=user.full_name),
                self.tr("Deactivate"),
            )
        else:
            asked = dialogs.confirm(
                self, self.tr("Reactivate account"),
                self.tr("Reactivate {name}'s account? They will be able to sign in "
                        "again.").format(name=user.full_name),
                self.tr("Reactivate"),
            )
        if not asked:
            return False
        try:
            if user.active:
                accounts.deactivate_user(self.db, self.actor, user.id)
            else:
                accounts.reactivate_user(self.db, self.actor, user.id)
        except (ServiceError, StorageError) as error:
            self.message.setText(error_text(error))
            self.message.show()
            return False
        self.refresh(user.id)
        return True

    def add_team(self) -> TeamDialog:
        dialog = TeamDialog(self.db, self.actor, None, self)
        self._open(dialog, lambda: self.refresh())
        return dialog

    def rename_team(self, team: Team) -> TeamDialog:
        dialog = TeamDialog(self.db, self.actor, team, self)
        self._open(dialog, lambda: self.refresh())
        return dialog

    def _rename_selected_team(self) -> None:
        item = self.team_list.currentItem() or self.team_list.item(0)
        if item is None:
            return
        team_id = item.data(Qt.ItemDataRole.UserRole)
        team = next((t for t in self.teams if t.id == team_id), None)
        if team is not None:
            self.rename_team(team)


class SettingsView(QWidget):
    """The organisation's settings; problems beside each one.

    Settings IT has locked in the machine-wide configuration are shown read-only with
    "Set by your IT department"; mistakes in that file are listed at the top.
    """

    saved = Signal()

    def __init__(self, db: Database, actor: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        title = QLabel(self.tr("Settings"))
        title.setObjectName("PageTitle")
        outer.addWidget(title)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        body.setMaximumWidth(720)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 8, 0, 8)
        self.config_notice = QLabel()
        self.config_notice.setObjectName("Notice")
        self.config_notice.setProperty("tone", "bad")
        self.config_notice.setWordWrap(True)
        self.config_notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.config_notice.hide()
        column.addWidget(self.config_notice)
        self.locked = settings_service.locked_settings()
        self.fields = FieldsColumn()
        self.organisation_name = QLineEdit()
        self.protective_marking = QLineEdit()
        self.authorisation_required = QCheckBox(self.tr(
            "A manager must authorise each decision before it is completed"))
        self.team_read_allowed = QCheckBox(self.tr(
            "Practitioners may read (not change) their team colleagues' records"))
        ranges = settings_service.RANGES
        self.max_failed_logins = QSpinBox()
        self.lockout_minutes = QSpinBox()
        self.idle_lock_minutes = QSpinBox()
        self.backups_kept = QSpinBox()
        self.retention_years = QSpinBox()
        for name in ("max_failed_logins", "lockout_minutes", "idle_lock_minutes",
                     "backups_kept", "retention_years"):
            box: QSpinBox = getattr(self, name)
            low, high = ranges[name]
            box.setRange(low, high)
            box.setMaximumWidth(120)
        add = self._add_setting
        add("organisation_name", self.tr("Organisation name"), self.organisation_name)
        add("protective_marking", self.tr("Protective marking"), self.protective_marking,
            self.tr("Printed on every report, for example OFFICIAL-SENSITIVE"))
        add("authorisation_required", self.tr("Authorisation required"),
            self.authorisation_required,
            self.tr("Emergency shares can still be completed first and reviewed afterwards."))
        add("team_read_allowed", self.tr("Team reading"), self.team_read_allowed)
        add("max_failed_logins", self.tr("Wrong passwords before an account is locked"),
            self.max_failed_logins)
        add("lockout_minutes", self.tr("Minutes an account stays locked"),
            self.lockout_minutes)
        add("idle_lock_minutes", self.tr("Minutes without use before InfoShare locks"),
            self.idle_lock_minutes,
            self.tr("On shared PCs: the screen's content is hidden until the password is "
                    "entered again"))
        add("backups_kept", self.tr("Backups to keep"), self.backups_kept,
            self.tr("InfoShare backs up the database at the first start of each day; "
                    "older backups beyond this number are deleted"))
        add("retention_years", self.tr("Years to keep decision records"),
            self.retention_years,
            self.tr("Counted from the last contact on the case; after that a record is due "
                    "for review and disposal. One period for the whole organisation."))
        add("report_logo", self.tr("Logo on reports"), self._build_logo_row(),
            self.tr("A PNG or JPEG image under 1 MB, printed at the top of every report. "
                    "It changes as soon as you choose it."))
        column.addWidget(self.fields)
        self.refusal = error_label()
        column.addWidget(self.refusal)
        self.save_button = QPushButton(self.tr("Save settings"))
        column.addLayout(button_row(self.save_button))
        self.save_state = QLabel()
        self.save_state.setObjectName("SaveState")
        column.addWidget(self.save_state)
        column.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.save_button.clicked.connect(self.save)
        chain_tab_order([*(w for n, w in self.fields.inputs.items() if n != "report_logo"),
                         self.choose_logo_button, self.remove_logo_button, self.save_button])
        self.load()

    def _add_setting(self, name: str, label: str, widget: QWidget, hint: str = "") -> None:
        """Add a setting's input; one IT has locked is read-only and says so."""
        if name in self.locked:
            note = self.tr("Set by your IT department")
            hint = f"{note}. {hint}" if hint else note
            if isinstance(widget, QLineEdit | QSpinBox):
                widget.setReadOnly(True)
            else:
                widget.setEnabled(False)
            widget.setProperty("locked", True)
        self.fields.add(name, label, widget, hint)

    def _show_config_problems(self) -> None:
        problems = settings_service.machine_config_problems()
        if not problems:
            self.config_notice.hide()
            return
        lines = [self.tr("Your IT department's InfoShare configuration file has mistakes; "
                         "the rest of it still applies. Tell them:")]
        lines += [f"• {p.render(QCoreApplication.translate)}" for p in problems]
        self.config_notice.setText("\n".join(lines))
        self.config_notice.show()

    def _build_logo_row(self) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("LogoPreview")
        self.logo_preview.setMinimumSize(160, 48)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.choose_logo_button = QPushButton(self.tr("Choose logo…"))
        self.remove_logo_button = QPushButton(self.tr("Remove logo"))
        self.remove_logo_button.setProperty("link", True)
        line.addWidget(self.logo_preview)
        line.addWidget(self.choose_logo_button)
        line.addWidget(self.remove_logo_button)
        line.addStretch(1)
        row.setFocusProxy(self.choose_logo_button)
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button.clicked.connect(lambda: self.set_logo(None))
        return row

    def _show_logo(self, data: bytes | None) -> None:
        image = QPixmap()
        if data and image.loadFromData(data):
            self.logo_preview.setPixmap(image.scaled(
                160, 48, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
        self.remove_logo_button.setEnabled(bool(data))

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the logo"), "", self.tr("Images (*.png *.jpg *.jpeg)"))
        if not path:
            return
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            self.fields.show_messages([("report_logo", self.tr(
                "Cannot read that file: {reason}").format(reason=error.strerror or error))])
            return
        self.set_logo(data)

    def set_logo(self, data: bytes | None) -> bool:
        """Store (or with None remove) the logo at once; problems shown beside it."""
        self.save_state.clear()
        try:
            settings_service.set_logo(self.db, self.actor, data)
        except ValidationError as error:
            self.fields.show_problems(error.problems)
            return False
        except (ServiceError, StorageError) as error:
            self.refusal.setText(error_text(error))
            self.refusal.show()
            return False
        self.fields.errors["report_logo"].hide()
        self._show_logo(data)
        self.save_state.setText(self.tr("Logo saved") if data else self.tr("Logo removed"))
        return True

    def load(self) -> None:
        try:
            current = settings_service.get_settings(self.db)
        except (ServiceError, StorageError) as error:
            dialogs.show_error(self, self.tr("Cannot load the settings"), error_text(error))
            return
        self.organisation_name.setText(current.organisation_name)
        self.protective_marking.setText(current.protective_marking)
        self.authorisation_required.setChecked(current.authorisation_required)
        self.team_read_allowed.setChecked(current.team_read_allowed)
        self.max_failed_logins.setValue(current.max_failed_logins)
        self.lockout_minutes.setValue(current.lockout_minutes)
        self.idle_lock_minutes.setValue(current.idle_lock_minutes)
        self.backups_kept.setValue(current.backups_kept)
        self.retention_years.setValue(current.retention_years)
        self._show_logo(settings_service.get_logo(self.db))
        self._show_config_problems()

    def settings(self) -> OrganisationSettings:
        return OrganisationSettings(
            organisation_name=self.organisation_name.text(),
            protective_marking=self.protective_marking.text(),
            authorisation_required=self.authorisation_required.isChecked(),
            team_read_allowed=self.team_read_allowed.isChecked(),
            max_failed_logins=self.max_failed_logins.value(),
            lockout_minutes=self.lockout_minutes.value(),
            idle_lock_minutes=self.idle_lock_minutes.value(),
            backups_kept=self.backups_kept.value(),
            retention_years=self.retention_years.value(),
        )

    def save(self) -> bool:
        self.refusal.hide()
        self.save_state.clear()
        try:
            settings_service.update_settings(self.db, self.actor, self.settings())
        except (ServiceError, StorageError) as error:
            self.fields.show_refusal(error, self.refusal)
            return False
        self.fields.clear_problems()
        self.save_state.setText(self.tr("Settings saved"))
        self.saved.emit()
        return True
