"""Organisation settings, typed, each with a declared default."""

from __future__ import annotations

from sqlmodel import select

from infoshare_desktop.storage.database import Database
from infoshare_desktop.storage.tables import SettingRow

AUTHORISATION_REQUIRED = "authorisation_required"

DEFAULTS: dict[str, bool] = {
    # Whether a manager's authorisation must be recorded before a record is complete.
    AUTHORISATION_REQUIRED: False,
}


def _get_bool(db: Database, key: str) -> bool:
    with db.session() as session:
        row = session.exec(select(SettingRow).where(SettingRow.key == key)).first()
    return DEFAULTS[key] if row is None else row.value == "true"


def _set_bool(db: Database, key: str, value: bool) -> None:
    with db.session() as session:
        row = session.get(SettingRow, key) or SettingRow(key=key, value="")
        row.value = "true" if value else "false"
        session.add(row)


def authorisation_required(db: Database) -> bool:
    return _get_bool(db, AUTHORISATION_REQUIRED)


def set_authorisation_required(db: Database, value: bool) -> None:
    _set_bool(db, AUTHORISATION_REQUIRED, value)
