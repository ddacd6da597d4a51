"""Use cases for the directory of recipient organisations."""

from __future__ import annotations

from dataclasses import replace

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.audit import AuditAction
from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP
from infoshare_desktop.domain.organisation import Organisation, organisation_problems
from infoshare_desktop.domain.permissions import Action
from infoshare_desktop.domain.rules import Problem
from infoshare_desktop.services import trail
from infoshare_desktop.services.errors import NotFoundError, ValidationError
from infoshare_desktop.services.guard import current, require
from infoshare_desktop.storage import repository
from infoshare_desktop.storage.database import Database

MSG_NO_ORGANISATION = QT_TRANSLATE_NOOP(
    "errors", "There is no organisation with id {org_id}.")
MSG_DUPLICATE_NAME = QT_TRANSLATE_NOOP(
    "rules", "An organisation with this name is already in the directory"
)


def list_organisations(db: Database, include_inactive: bool = False) -> list[Organisation]:
    """The directory sorted by name; inactive entries only when asked for."""
    with db.session() as session:
        return repository.list_organisations(session, include_inactive)


def get_organisation(db: Database, org_id: int) -> Organisation:
    with db.session() as session:
        org = repository.load_organisation(session, org_id)
    if org is None:
        raise NotFoundError(MSG_NO_ORGANISATION, org_id=org_id)
    return org


def save_organisation(db: Database, actor: User, org: Organisation) -> Organisation:
    """Add or update an organisation; the name must be unique (ignoring case)."""
    problems = organisation_problems(org)
    with db.session() as session:
        actor = current(session, actor)
        require(actor, Action.MANAGE_ORGANISATIONS)
        if org.name.strip() and repository.organisation_name_taken(session, org.name, org.id):
            problems.append(Problem("name", MSG_DUPLICATE_NAME))
        if problems:
            raise ValidationError(problems)
        if org.id is not None and repository.load_organisation(session, org.id) is None:
            raise NotFoundError(MSG_NO_ORGANISATION, org_id=org.id)
        org_id = repository.save_organisation(session, org)
        trail.log(session, actor, AuditAction.ORGANISATION_SAVE,
                  details={"organisation": {"id": org_id, "name": org.name.strip(),
                                            "type": org.type.value if org.type else None,
                                            "active": org.active},
                           "new": org.id is None})
    return replace(org, id=org_id, name=org.name.strip())
