"""Saved filters for the decision list: a few built in, and each user's own by name.

Presets are about the list, not about any record, so saving or deleting one is
not audited. A user's own presets are stored with their account and stay theirs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from typing import Any

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.display import london
from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP
from infoshare_desktop.domain.permissions import Action, may
from infoshare_desktop.domain.rules import Problem
from infoshare_desktop.domain.vocab import (
    Article6Basis,
    ConsentStatus,
    Outcome,
    PersonInformed,
    RecordStatus,
    Role,
    Vocab,
)
from infoshare_desktop.services.errors import NotFoundError, ValidationError
from infoshare_desktop.services.guard import current
from infoshare_desktop.services.records import RecordFilter
from infoshare_desktop.storage import presets as preset_store
from infoshare_desktop.storage.database import Database

MY_DRAFTS = QT_TRANSLATE_NOOP("vocab", "My drafts")
NOT_YET_INFORMED = QT_TRANSLATE_NOOP("vocab", "Not yet informed")
SHARED_WITHOUT_CONSENT = QT_TRANSLATE_NOOP("vocab", "Shared without consent this month")
AWAITING_MY_REVIEW = QT_TRANSLATE_NOOP("vocab", "Awaiting my review")
MSG_NAME_MISSING = QT_TRANSLATE_NOOP("rules", "Enter a name for these filters")
MSG_NAME_TOO_LONG = QT_TRANSLATE_NOOP("rules", "Shorten the name to {limit} characters")
NAME_MAX = 80

_VOCAB_FIELDS: dict[str, type[Vocab]] = {
    "statuses": RecordStatus,
    "outcomes": Outcome,
    "consents": ConsentStatus,
    "article6_bases": Article6Basis,
    "person_informed": PersonInformed,
}
_DATE_FIELDS = ("decided_from", "decided_to")


@dataclass(frozen=True)
class Preset:
    """A named set of filters; ``id`` is None for the built-in ones (which cannot be deleted)."""

    name: str
    criteria: RecordFilter
    id: int | None = None

    @property
    def builtin(self) -> bool:
        return self.id is None


def filter_to_json(criteria: RecordFilter) -> str:
    """The filters as JSON (search words included), for storing with a preset."""
    data: dict[str, Any] = {}
    for field in fields(RecordFilter):
        value = getattr(criteria, field.name)
        if field.name in _DATE_FIELDS:
            value = value.isoformat() if value is not None else None
        elif isinstance(value, tuple):
            value = [v.value if isinstance(v, Vocab) else v for v in value]
        data[field.name] = value
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def filter_from_json(text: str) -> RecordFilter:
    """The filters a preset stored; values this version no longer knows are dropped."""
    data = json.loads(text)
    values: dict[str, Any] = {}
    for field in fields(RecordFilter):
        if field.name not in data:
            continue
        raw = data[field.name]
        if field.name in _VOCAB_FIELDS:
            vocab = _VOCAB_FIELDS[field.name]
            known = {member.value: member for member in vocab}
            values[field.name] = tuple(known[v] for v in raw if v in known)
        elif field.name in _DATE_FIELDS:
            values[field.name] = date.fromisoformat(raw) if raw else None
        elif field.name in ("recipient_ids", "author_ids"):
            values[field.name] = tuple(int(v) for v in raw)
        elif field.name == "team_id":
            values[field.name] = int(raw) if raw is not None else None
        elif field.name == "awaiting_review_only":
            values[field.name] = bool(raw)
        elif field.name == "search":
            values[field.name] = str(raw)
    return RecordFilter(**values)


def _today() -> date:
    zone = london()
    return datetime.now(UTC).astimezone(zone).date() if zone else date.today()


def builtin_presets(actor: User, today: date | None = None) -> list[Preset]:
    """The presets every user gets, where their role fits."""
    today = today or _today()
    presets: list[Preset] = []
    if may(actor, Action.CREATE_RECORD) and actor.id is not None:
        presets.append(Preset(MY_DRAFTS, RecordFilter(
            author_ids=(actor.id,), statuses=(RecordStatus.DRAFT,))))
    presets.append(Preset(NOT_YET_INFORMED, RecordFilter(
        outcomes=(Outcome.SHARED_IN_FULL, Outcome.SHARED_IN_PART),
        person_informed=(PersonInformed.NOT_YET,))))
    presets.append(Preset(SHARED_WITHOUT_CONSENT, RecordFilter(
        outcomes=(Outcome.SHARED_IN_FULL, Outcome.SHARED_IN_PART),
        consents=tuple(c for c in ConsentStatus if c.is_without_consent),
        decided_from=today.replace(day=1))))
    if actor.has(Role.MANAGER):
        presets.append(Preset(AWAITING_MY_REVIEW, RecordFilter(awaiting_review_only=True)))
    return presets


def list_presets(db: Database, actor: User, today: date | None = None) -> list[Preset]:
    """The built-in presets, then the user's own by name."""
    with db.session() as session:
        actor = current(session, actor)
        assert actor.id is not None
        stored = preset_store.list_presets(session, actor.id)
    own = [Preset(p.name, filter_from_json(p.criteria), p.id) for p in stored]
    return builtin_presets(actor, today) + own


def save_preset(db: Database, actor: User, name: str, criteria: RecordFilter) -> Preset:
    """Keep the filters under ``name`` for this user (a preset of that name is replaced)."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError([Problem("name", MSG_NAME_MISSING)])
    if len(name) > NAME_MAX:
        raise ValidationError([Problem("name", MSG_NAME_TOO_LONG, {"limit": NAME_MAX})])
    with db.session() as session:
        actor = current(session, actor)
        assert actor.id is not None
        preset_id = preset_store.save_preset(
            session, actor.id, name, filter_to_json(criteria), datetime.now(UTC)
        )
    return Preset(name, criteria, preset_id)


def delete_preset(db: Database, actor: User, preset_id: int) -> None:
    """Delete one of the user's own presets."""
    with db.session() as session:
        actor = current(session, actor)
        assert actor.id is not None
        if not preset_store.delete_preset(session, actor.id, preset_id):
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no such saved filter."))
