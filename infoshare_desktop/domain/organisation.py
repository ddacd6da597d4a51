"""A recipient organisation in the directory the record form picks from."""

from __future__ import annotations

from dataclasses import dataclass

from infoshare_desktop.domain.fields import SHORT_TEXT_MAX
from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP
from infoshare_desktop.domain.rules import Problem
from infoshare_desktop.domain.vocab import RecipientType

MSG_NAME_MISSING = QT_TRANSLATE_NOOP("rules", "Enter the organisation's name")
MSG_TYPE_MISSING = QT_TRANSLATE_NOOP("rules", "Select the type of organisation")
MSG_ORG_TOO_LONG = QT_TRANSLATE_NOOP("rules", "Shorten this to {limit} characters or fewer")


@dataclass
class Organisation:
    id: int | None = None
    name: str = ""
    type: RecipientType | None = None
    address: str = ""
    phone: str = ""
    secure_email: str = ""
    active: bool = True


def organisation_problems(org: Organisation) -> list[Problem]:
    """What must be fixed before an organisation can be saved."""
    problems = []
    if not org.name.strip():
        problems.append(Problem("name", MSG_NAME_MISSING))
    if org.type is None:
        problems.append(Problem("type", MSG_TYPE_MISSING))
    for name in ("name", "phone", "secure_email"):
        if len(getattr(org, name)) > SHORT_TEXT_MAX:
            problems.append(Problem(name, MSG_ORG_TOO_LONG, {"limit": SHORT_TEXT_MAX}))
    if len(org.address) > 2_000:
        problems.append(Problem("address", MSG_ORG_TOO_LONG, {"limit": 2_000}))
    return problems
