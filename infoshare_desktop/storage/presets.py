"""A user's saved filters for the decision list: a name and the filters as JSON."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlmodel import Session

from infoshare_desktop.storage.tables import FilterPresetRow


@dataclass(frozen=True)
class StoredPreset:
    id: int
    name: str
    criteria: str


def list_presets(session: Session, user_id: int) -> list[StoredPreset]:
    """The user's presets, by name."""
    query = (
        select(FilterPresetRow)
        .where(FilterPresetRow.user_id == user_id)
        .order_by(FilterPresetRow.name)
    )
    return [
        StoredPreset(row.id, row.name, row.criteria)  # type: ignore[arg-type]
        for row in session.execute(query).scalars()
    ]


def save_preset(
    session: Session, user_id: int, name: str, criteria: str, at: datetime
) -> int:
    """Keep ``criteria`` under ``name`` for this user, replacing one of the same name."""
    row = session.execute(
        select(FilterPresetRow).where(
            FilterPresetRow.user_id == user_id, FilterPresetRow.name == name
        )
    ).scalar_one_or_none()
    if row is None:
        row = FilterPresetRow(user_id=user_id, name=name, criteria=criteria, created_at=at)
        session.add(row)
    else:
        row.criteria = criteria
        row.created_at = at
    session.flush()
    assert row.id is not None
    return row.id


def delete_preset(session: Session, user_id: int, preset_id: int) -> bool:
    """Remove one of the user's own presets; False if they have no such preset."""
    result = session.execute(
        delete(FilterPresetRow).where(
            FilterPresetRow.id == preset_id, FilterPresetRow.user_id == user_id
        )
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]
