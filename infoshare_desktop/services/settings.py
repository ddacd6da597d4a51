"""Organisation settings: typed, each with a declared default, changed by administrators.

IT's machine-wide configuration (``machine_config``) may preset some of them and lock
some. Who wins, for each setting:

1. a value IT has **locked** always applies, whatever the database holds, and
   ``store_settings`` / ``update_settings`` refuse to change it ("Your IT department
   sets this");
2. otherwise the value the organisation saved in its database;
3. otherwise (nothing saved yet, as at first set-up) IT's unlocked preset;
4. otherwise the declared default.
"""

from __future__ import annotations

import base64
import dataclasses
from dataclasses import dataclass, fields, replace

from sqlmodel import select

from infoshare_desktop import machine_config
from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.audit import AuditAction
from infoshare_desktop.domain.fields import SHORT_TEXT_MAX
from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP
from infoshare_desktop.domain.permissions import Action, Policy
from infoshare_desktop.domain.rules import Problem
from infoshare_desktop.services import trail
from infoshare_desktop.services.errors import ValidationError
from infoshare_desktop.services.guard import current, require
from infoshare_desktop.storage.database import Database
from infoshare_desktop.storage.tables import SettingRow

MSG_ORG_NAME = QT_TRANSLATE_NOOP("rules", "Enter the organisation's name")
MSG_MARKING = QT_TRANSLATE_NOOP(
    "rules", "Enter the protective marking, for example OFFICIAL-SENSITIVE"
)
MSG_TOO_LONG = QT_TRANSLATE_NOOP("rules", "Shorten this to {limit} characters or fewer")
MSG_RANGE = QT_TRANSLATE_NOOP("rules", "Enter a whole number from {low} to {high}")
MSG_LOCKED = QT_TRANSLATE_NOOP(
    "rules", "Your IT department sets this. Ask them to change it."
)

#: The allowed range of each number setting (those IT may preset are checked alike
#: when the machine-wide configuration is read).
RANGES: dict[str, tuple[int, int]] = {
    "max_failed_logins": (3, 20),
    "lockout_minutes": (1, 1440),
    "backups_kept": (1, 365),
    **machine_config.NUMBER_RANGES,
}


@dataclass(frozen=True)
class OrganisationSettings:
    organisation_name: str = ""
    protective_marking: str = "OFFICIAL-SENSITIVE"
    # A manager must authorise a record before it can be completed (emergencies excepted).
    authorisation_required: bool = False
    # Practitioners may read (not change) records by others in their teams.
    team_read_allowed: bool = False
    # Wrong passwords in a row before an account is locked, and for how long.
    max_failed_logins: int = 5
    lockout_minutes: int = 15
    # Minutes without keyboard or mouse use before the app hides its content.
    idle_lock_minutes: int = 10
    # Automatic and "Back up now" backups kept in the backups folder (newest first).
    backups_kept: int = 14
    # Years a decision record is kept after the last contact on its case before it is
    # due for review and disposal. One organisation-wide period for now (the longest
    # usual rule, child protection's 35 years); periods per kind of case may follow.
    retention_years: int = 35

    @property
    def policy(self) -> Policy:
        return Policy(team_read_allowed=self.team_read_allowed)


DEFAULTS = OrganisationSettings()


def _decode(kind: type, text: str) -> object:
    if kind is bool:
        return text == "true"
    if kind is int:
        return int(text)
    return text


def _encode(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def get_settings(db: Database) -> OrganisationSettings:
    """The organisation's settings (no sign-in needed: the login screen shows them),
    with IT's machine-wide presets and locks applied (see the module's docstring)."""
    with db.session() as session:
        stored = {row.key: row.value for row in session.exec(select(SettingRow))}
    machine = machine_config.load()
    values: dict[str, object] = {}
    for f in fields(OrganisationSettings):
        kind = type(getattr(DEFAULTS, f.name))
        if f.name in machine.locked:
            values[f.name] = machine.settings[f.name]
        elif f.name in stored:
            try:
                values[f.name] = _decode(kind, stored[f.name])
            except ValueError:  # an unreadable stored number: its default or preset
                if f.name in machine.settings:
                    values[f.name] = machine.settings[f.name]
        elif f.name in machine.settings:
            values[f.name] = machine.settings[f.name]
    return replace(DEFAULTS, **values)


def locked_settings() -> frozenset[str]:
    """The settings IT has locked on this PC: shown read-only, refused if changed."""
    machine = machine_config.load()
    return frozenset(name for name in machine.locked if hasattr(DEFAULTS, name))


def preset_settings() -> dict[str, str | int]:
    """IT's presets on this PC (locked or not), for the first set-up to start from."""
    return dict(machine_config.load().settings)


def machine_config_problems() -> tuple[machine_config.ConfigProblem, ...]:
    """Mistakes in IT's configuration file, each naming the file, key and what to do."""
    return machine_config.load().problems


def _locked_problems(settings: OrganisationSettings) -> list[Problem]:
    machine = machine_config.load()
    problems = []
    for name in sorted(locked_settings()):
        value, locked = getattr(settings, name), machine.settings[name]
        if isinstance(value, str):
            value, locked = value.strip(), str(locked).strip()
        if value != locked:
            problems.append(Problem(name, MSG_LOCKED))
    return problems


def settings_problems(settings: OrganisationSettings) -> list[Problem]:
    problems = []
    if not settings.organisation_name.strip():
        problems.append(Problem("organisation_name", MSG_ORG_NAME))
    if not settings.protective_marking.strip():
        problems.append(Problem("protective_marking", MSG_MARKING))
    for name in ("organisation_name", "protective_marking"):
        if len(getattr(settings, name)) > SHORT_TEXT_MAX:
            problems.append(Problem(name, MSG_TOO_LONG, {"limit": SHORT_TEXT_MAX}))
    for name, (low, high) in RANGES.items():
        if not low <= getattr(settings, name) <= high:
            problems.append(Problem(name, MSG_RANGE, {"low": low, "high": high}))
    locked = _locked_problems(settings)
    # A locked setting's one message replaces any other about the same setting.
    return [p for p in problems if p.field not in {q.field for q in locked}] + locked


def store_settings(
    db: Database, settings: OrganisationSettings, actor: User | None = None
) -> OrganisationSettings:
    """Write every setting (checked first); audited as ``actor``'s change when given.

    Without an actor it is for services that have already checked who asks (the
    first-start set-up, which audits itself). A setting IT has locked cannot change:
    ``ValidationError`` with ``MSG_LOCKED`` for it.
    """
    problems = settings_problems(settings)
    if problems:
        raise ValidationError(problems)
    cleaned = replace(
        settings,
        organisation_name=settings.organisation_name.strip(),
        protective_marking=settings.protective_marking.strip(),
    )
    before = get_settings(db)
    with db.session() as session:
        if actor is not None:
            actor = current(session, actor)
            require(actor, Action.MANAGE_SETTINGS)
        for name, value in dataclasses.asdict(cleaned).items():
            row = session.get(SettingRow, name) or SettingRow(key=name, value="")
            row.value = _encode(value)
            session.add(row)
        if actor is not None:
            changed = {
                f.name: [getattr(before, f.name), getattr(cleaned, f.name)]
                for f in fields(OrganisationSettings)
                if getattr(before, f.name) != getattr(cleaned, f.name)
            }
            trail.log(session, actor, AuditAction.SETTINGS_CHANGE, details={"changed": changed})
    return cleaned


def update_settings(
    db: Database, actor: User, settings: OrganisationSettings
) -> OrganisationSettings:
    """Change the organisation's settings: administrators only."""
    with db.session() as session:
        require(current(session, actor), Action.MANAGE_SETTINGS)
    return store_settings(db, settings, actor)


def authorisation_required(db: Database) -> bool:
    return get_settings(db).authorisation_required


# --- The organisation's logo on printed reports ------------------------------------------

#: The setting row that holds the logo (base64 of the image file's bytes).
LOGO_KEY = "report_logo"
#: A logo bigger than this is refused: it is printed a few centimetres wide.
LOGO_MAX_BYTES = 1_000_000
MSG_LOGO_TYPE = QT_TRANSLATE_NOOP("rules", "Choose a PNG or JPEG image for the logo")
MSG_LOGO_SIZE = QT_TRANSLATE_NOOP("rules", "Choose a logo smaller than 1 MB")
_IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def logo_problems(data: bytes) -> list[Problem]:
    """Why ``data`` cannot be the logo: it must be a PNG or JPEG file under 1 MB."""
    if not data.startswith(_IMAGE_SIGNATURES):
        return [Problem("report_logo", MSG_LOGO_TYPE)]
    if len(data) > LOGO_MAX_BYTES:
        return [Problem("report_logo", MSG_LOGO_SIZE)]
    return []


def get_logo(db: Database) -> bytes | None:
    """The logo printed at the top of every report, if the organisation set one."""
    with db.session() as session:
        row = session.get(SettingRow, LOGO_KEY)
    if row is None or not row.value:
        return None
    try:
        return base64.b64decode(row.value, validate=True)
    except ValueError:
        return None


def set_logo(db: Database, actor: User, data: bytes | None) -> None:
    """Set (or with ``None`` remove) the report logo: administrators only, audited."""
    if data is not None:
        problems = logo_problems(data)
        if problems:
            raise ValidationError(problems)
    with db.session() as session:
        actor = current(session, actor)
        require(actor, Action.MANAGE_SETTINGS)
        row = session.get(SettingRow, LOGO_KEY) or SettingRow(key=LOGO_KEY, value="")
        had = bool(row.value)
        row.value = base64.b64encode(data).decode("ascii") if data else ""
        session.add(row)
        # The trail says what changed, not the image itself.
        before = "set" if had else "none"
        after = f"set ({len(data):,} bytes)" if data else "none"
        trail.log(session, actor, AuditAction.SETTINGS_CHANGE,
                  details={"changed": {LOGO_KEY: [before, after]}})
