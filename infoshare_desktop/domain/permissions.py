"""Who may do what: one matrix of role x action x whose record.

The services ask ``refusal()`` before every use case; the UI asks the same question
only to decide which buttons to show. A user with several roles may do what any
of their roles allows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP, RULES, VOCAB, Message
from infoshare_desktop.domain.vocab import Role, Vocab


class Action(Vocab):
    """Something a user asks to do; the label completes "You cannot …"."""

    CREATE_RECORD = "create_record", QT_TRANSLATE_NOOP("vocab", "create records")
    VIEW_RECORD = "view_record", QT_TRANSLATE_NOOP("vocab", "read this record")
    EDIT_DRAFT = "edit_draft", QT_TRANSLATE_NOOP("vocab", "change this record")
    SUBMIT = "submit", QT_TRANSLATE_NOOP("vocab", "submit this record")
    COMPLETE = "complete", QT_TRANSLATE_NOOP("vocab", "complete this record")
    ADD_ADDENDUM = "add_addendum", QT_TRANSLATE_NOOP("vocab", "add an addendum to this record")
    REQUEST_ADVICE = "request_advice", QT_TRANSLATE_NOOP(
        "vocab", "request advice on this record"
    )
    AUTHORISE = "authorise", QT_TRANSLATE_NOOP("vocab", "authorise this record")
    RETURN = "return", QT_TRANSLATE_NOOP("vocab", "return this record for amendment")
    DECLINE = "decline", QT_TRANSLATE_NOOP("vocab", "decline this record")
    REVIEW_EMERGENCY = "review_emergency", QT_TRANSLATE_NOOP(
        "vocab", "review this emergency share"
    )
    GUARDIAN_DECISION = "guardian_decision", QT_TRANSLATE_NOOP(
        "vocab", "record a Caldicott Guardian decision on this record"
    )
    REPORT_BREACH = "report_breach", QT_TRANSLATE_NOOP(
        "vocab", "report a breach or misdirected information on this record"
    )
    MANAGE_ORGANISATIONS = "manage_organisations", QT_TRANSLATE_NOOP(
        "vocab", "change the directory of organisations"
    )
    MANAGE_ACCOUNTS = "manage_accounts", QT_TRANSLATE_NOOP("vocab", "manage accounts")
    MANAGE_SETTINGS = "manage_settings", QT_TRANSLATE_NOOP(
        "vocab", "change the organisation's settings"
    )
    VIEW_AUDIT = "view_audit", QT_TRANSLATE_NOOP("vocab", "see the audit trail")

    @property
    def is_review(self) -> bool:
        """A manager's decision on someone else's work: never on one's own record."""
        return self in REVIEW_ACTIONS


REVIEW_ACTIONS = frozenset(
    {Action.REQUEST_ADVICE, Action.AUTHORISE, Action.RETURN, Action.DECLINE,
     Action.REVIEW_EMERGENCY}
)


class Relation(Vocab):
    """How a record stands to the user asking; the label completes "… on …"."""

    OWN = "own", QT_TRANSLATE_NOOP("vocab", "your own record")
    TEAM = "team", QT_TRANSLATE_NOOP("vocab", "a record from your team")
    MANAGED = "managed", QT_TRANSLATE_NOOP("vocab", "a record from a team you manage")
    OTHER = "other", QT_TRANSLATE_NOOP("vocab", "another team's record")
    NONE = "none", QT_TRANSLATE_NOOP("vocab", "no particular record")


@dataclass(frozen=True)
class Policy:
    """The organisation settings that change the matrix."""

    team_read_allowed: bool = False


DEFAULT_POLICY = Policy()

_ANY_RECORD = frozenset({Relation.OWN, Relation.TEAM, Relation.MANAGED, Relation.OTHER})
_NOT_A_RECORD = frozenset({Relation.NONE})
_OWN = frozenset({Relation.OWN})
_MANAGED = frozenset({Relation.MANAGED})

#: role -> action -> the relations under which the role may act.
MATRIX: dict[Role, dict[Action, frozenset[Relation]]] = {
    Role.PRACTITIONER: {
        Action.CREATE_RECORD: _NOT_A_RECORD,
        Action.VIEW_RECORD: _OWN,  # plus TEAM when the organisation allows it
        Action.EDIT_DRAFT: _OWN,
        Action.SUBMIT: _OWN,
        Action.COMPLETE: _OWN,
        Action.ADD_ADDENDUM: _OWN,
        Action.REPORT_BREACH: _OWN,
        Action.MANAGE_ORGANISATIONS: _NOT_A_RECORD,
    },
    Role.MANAGER: {
        Action.VIEW_RECORD: _OWN | _MANAGED,
        Action.REQUEST_ADVICE: _MANAGED,
        Action.AUTHORISE: _MANAGED,
        Action.RETURN: _MANAGED,
        Action.DECLINE: _MANAGED,
        Action.REVIEW_EMERGENCY: _MANAGED,
        Action.REPORT_BREACH: _OWN | _MANAGED,
        Action.MANAGE_ORGANISATIONS: _NOT_A_RECORD,
    },
    Role.GUARDIAN: {
        Action.VIEW_RECORD: _ANY_RECORD,
        Action.GUARDIAN_DECISION: _ANY_RECORD,
        Action.REPORT_BREACH: _ANY_RECORD,
        Action.MANAGE_ORGANISATIONS: _NOT_A_RECORD,
        Action.VIEW_AUDIT: _NOT_A_RECORD,
    },
    Role.ADMINISTRATOR: {
        Action.MANAGE_ORGANISATIONS: _NOT_A_RECORD,
        Action.MANAGE_ACCOUNTS: _NOT_A_RECORD,
        Action.MANAGE_SETTINGS: _NOT_A_RECORD,
        Action.VIEW_AUDIT: _NOT_A_RECORD,
    },
}

MSG_REFUSED = QT_TRANSLATE_NOOP("rules", "You cannot {action}: it is {relation}.")
MSG_REFUSED_GENERAL = QT_TRANSLATE_NOOP("rules", "You cannot {action}.")
MSG_OWN_REVIEW = QT_TRANSLATE_NOOP(
    "rules", "You cannot {action}: it is your own record. Another manager must review it."
)
MSG_INACTIVE = QT_TRANSLATE_NOOP("rules", "This account has been deactivated.")


def allowed_relations(role: Role, action: Action, policy: Policy) -> frozenset[Relation]:
    relations = MATRIX[role].get(action, frozenset())
    if role is Role.PRACTITIONER and action is Action.VIEW_RECORD and policy.team_read_allowed:
        relations = relations | {Relation.TEAM}
    return relations


def relations_between(
    user: User, author_id: int | None, author_team_ids: Iterable[int]
) -> frozenset[Relation]:
    """Every way a record by ``author_id`` (in ``author_team_ids``) stands to ``user``."""
    teams = frozenset(author_team_ids)
    found = set()
    if author_id is not None and author_id == user.id:
        found.add(Relation.OWN)
    if teams & user.team_ids:
        found.add(Relation.TEAM)
    if teams & user.managed_team_ids:
        found.add(Relation.MANAGED)
    return frozenset(found) or frozenset({Relation.OTHER})


@dataclass(frozen=True)
class Refusal:
    """Why an action is refused: a translatable template and its parameters."""

    message: str
    action: Action
    relation: Relation | None = None

    @property
    def explained(self) -> Message:
        """The refusal as a sentence to translate (its template is in "rules")."""
        relation = Message(VOCAB, self.relation.label) if self.relation else ""
        return Message(RULES, self.message, {
            "action": Message(VOCAB, self.action.label), "relation": relation})

    @property
    def text(self) -> str:
        return self.explained.text()


def refusal(
    user: User,
    action: Action,
    relations: frozenset[Relation] = _NOT_A_RECORD,
    policy: Policy = DEFAULT_POLICY,
) -> Refusal | None:
    """None when ``user`` may do ``action`` on a record standing in ``relations``."""
    if not user.active:
        return Refusal(MSG_INACTIVE, action)
    if action.is_review and Relation.OWN in relations:
        return Refusal(MSG_OWN_REVIEW, action)
    for role in user.roles:
        if allowed_relations(role, action, policy) & relations:
            return None
    if relations == _NOT_A_RECORD:
        return Refusal(MSG_REFUSED_GENERAL, action)
    # Name the relation that matters most for the explanation.
    for relation in (Relation.OWN, Relation.MANAGED, Relation.TEAM, Relation.OTHER):
        if relation in relations:
            return Refusal(MSG_REFUSED, action, relation)
    return Refusal(MSG_REFUSED_GENERAL, action)


def may(
    user: User,
    action: Action,
    relations: frozenset[Relation] = _NOT_A_RECORD,
    policy: Policy = DEFAULT_POLICY,
) -> bool:
    return refusal(user, action, relations, policy) is None
