"""Read-only Qt item models over the plain data the services return."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from infoshare_desktop.domain.accounts import Team, User
from infoshare_desktop.domain.fields import (
    AUTHOR_LABEL,
    FIELDS_BY_NAME,
    REFERENCE_LABEL,
    STATUS_LABEL,
)
from infoshare_desktop.domain.organisation import Organisation
from infoshare_desktop.domain.vocab import Role
from infoshare_desktop.services.records import RecordSummary
from infoshare_desktop.ui.text import field_text, local_datetime, vocab_label

#: The role the sort proxy reads: a value that sorts correctly (dates as dates).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    header: Callable[[], str]
    display: Callable[[T], str]
    sort_key: Callable[[T], Any]


class RowsModel(QAbstractTableModel, Generic[T]):
    """A table of whole rows; replaced in one go when the list is refreshed."""

    columns: Sequence[Column[T]] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def rows(self) -> list[T]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not (0 <= index.column() < len(self.columns)):
            return None
        item = self._rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.display(item)
        if role == SORT_ROLE:
            return column.sort_key(item)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not (0 <= section < len(self.columns)):
            return None
        return self.columns[section].header()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _text_key(text: str) -> str:
    return text.casefold()


def _time_key(summary: RecordSummary) -> float:
    # Records without a decision time sort before every dated one.
    return summary.decided_at.timestamp() if summary.decided_at is not None else -1.0


def _field_header(name: str) -> Callable[[], str]:
    return lambda: field_text(FIELDS_BY_NAME[name].column_label)


def status_text(summary: RecordSummary) -> str:
    """The status, and whether an emergency share still waits for a manager's review."""
    status = vocab_label(summary.status)
    if summary.awaiting_review:
        return QCoreApplication.translate("Records", "{status}, awaiting review").format(
            status=status
        )
    return status


class RecordsModel(RowsModel[RecordSummary]):
    """The decision list: one row per record, in the columns the list shows."""

    columns = (
        Column(lambda: field_text(REFERENCE_LABEL), lambda s: s.reference,
               lambda s: s.reference),
        Column(_field_header("decided_at"), lambda s: local_datetime(s.decided_at), _time_key),
        Column(_field_header("case_reference"), lambda s: s.case_reference,
               lambda s: _text_key(s.case_reference)),
        Column(lambda: field_text(AUTHOR_LABEL), lambda s: s.author_name,
               lambda s: _text_key(s.author_name)),
        Column(_field_header("recipient_organisation_id"), lambda s: s.recipient,
               lambda s: _text_key(s.recipient)),
        Column(_field_header("outcome"), lambda s: vocab_label(s.outcome),
               lambda s: _text_key(vocab_label(s.outcome))),
        Column(_field_header("consent"), lambda s: vocab_label(s.consent),
               lambda s: _text_key(vocab_label(s.consent))),
        Column(lambda: field_text(STATUS_LABEL), status_text,
               lambda s: _text_key(status_text(s))),
    )


#: Labels of the organisation directory's fields (the domain has none of its own).
ORGANISATION_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Organisations", "Name"),
    "type": QT_TRANSLATE_NOOP("Organisations", "Type"),
    "address": QT_TRANSLATE_NOOP("Organisations", "Address"),
    "phone": QT_TRANSLATE_NOOP("Organisations", "Phone"),
    "secure_email": QT_TRANSLATE_NOOP("Organisations", "Secure email"),
    "active": QT_TRANSLATE_NOOP("Organisations", "Active"),
}


def organisation_label(name: str) -> str:
    return QCoreApplication.translate("Organisations", ORGANISATION_LABELS[name])


def _org_tr(name: str) -> Callable[[], str]:
    return lambda: organisation_label(name)


class OrganisationsModel(RowsModel[Organisation]):
    """The directory of recipient organisations."""

    columns = (
        Column(_org_tr("name"), lambda o: o.name, lambda o: _text_key(o.name)),
        Column(_org_tr("type"), lambda o: vocab_label(o.type),
               lambda o: _text_key(vocab_label(o.type))),
        Column(_org_tr("phone"), lambda o: o.phone, lambda o: o.phone),
        Column(_org_tr("secure_email"), lambda o: o.secure_email,
               lambda o: _text_key(o.secure_email)),
        Column(_org_tr("active"),
               lambda o: QCoreApplication.translate("Organisations", "Yes" if o.active else "No"),
               lambda o: int(o.active)),
    )


def _yes_no(value: bool) -> str:
    return QCoreApplication.translate("Accounts", "Yes" if value else "No")


class UsersModel(RowsModel[User]):
    """The accounts list; team names come from ``set_teams``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.team_names: dict[int, str] = {}
        self.locked_ids: frozenset[int] = frozenset()

    def set_locked(self, user_ids: frozenset[int]) -> None:
        """Accounts locked out by wrong passwords right now."""
        self.beginResetModel()
        self.locked_ids = user_ids
        self.endResetModel()

    def set_teams(self, teams: Sequence[Team]) -> None:
        self.team_names = {t.id: t.name for t in teams if t.id is not None}

    def teams_text(self, user: User) -> str:
        names = sorted(self.team_names.get(i, "") for i in user.team_ids)
        managed = sorted(self.team_names.get(i, "") for i in user.managed_team_ids)
        parts = [", ".join(names)] if names else []
        if managed:
            parts.append(QCoreApplication.translate("Accounts", "manages {teams}").format(
                teams=", ".join(managed)))
        return "; ".join(parts)

    @property
    def columns(self) -> Sequence[Column[User]]:  # type: ignore[override]
        return (
            Column(lambda: QCoreApplication.translate("Accounts", "Username"),
                   lambda u: u.username, lambda u: u.username),
            Column(lambda: QCoreApplication.translate("Accounts", "Full name"),
                   lambda u: u.full_name, lambda u: _text_key(u.full_name)),
            Column(lambda: QCoreApplication.translate("Accounts", "Job title"),
                   lambda u: u.job_title, lambda u: _text_key(u.job_title)),
            Column(lambda: QCoreApplication.translate("Accounts", "Roles"), roles_text,
                   lambda u: _text_key(roles_text(u))),
            Column(lambda: QCoreApplication.translate("Accounts", "Teams"), self.teams_text,
                   lambda u: _text_key(self.teams_text(u))),
            Column(lambda: QCoreApplication.translate("Accounts", "Active"),
                   lambda u: _yes_no(u.active), lambda u: int(u.active)),
            Column(lambda: QCoreApplication.translate("Accounts", "Locked out"),
                   lambda u: _yes_no(u.id in self.locked_ids),
                   lambda u: int(u.id in self.locked_ids)),
        )


def roles_text(user: User) -> str:
    """The user's roles in the matrix's order, e.g. "Practitioner, Manager"."""
    return ", ".join(vocab_label(role) for role in Role if role in user.roles)


def sorting_proxy(model: RowsModel[Any], parent: QObject | None = None) -> QSortFilterProxyModel:
    """A proxy that sorts on ``SORT_ROLE`` so dates sort as dates, text ignoring case."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy
