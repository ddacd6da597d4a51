"""The review workflow of DOMAIN.md as a state machine.

Draft -> Submitted -> (Advice requested ->) Authorised | Returned for amendment |
Declined; Authorised -> Completed. A returned record goes back to its author to
amend and submit again. Where the organisation does not require authorisation, or
for an emergency share, a draft may be completed directly; an emergency completed
that way waits for a manager's review. Addenda, Guardian decisions and reports of
a breach (information sent to the wrong place, or shared when it should not have
been) leave the status as it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP, RULES, VOCAB, LowerCase, Message
from infoshare_desktop.domain.permissions import Action
from infoshare_desktop.domain.vocab import RecordStatus

S = RecordStatus
LOCKED = frozenset(s for s in RecordStatus if s.is_locked)
UNDER_REVIEW = frozenset({S.SUBMITTED, S.ADVICE_REQUESTED})

#: action -> {status before: status after}, for the moves that need no condition.
TRANSITIONS: dict[Action, dict[RecordStatus, RecordStatus]] = {
    Action.EDIT_DRAFT: {S.DRAFT: S.DRAFT, S.RETURNED: S.RETURNED},
    Action.SUBMIT: {S.DRAFT: S.SUBMITTED, S.RETURNED: S.SUBMITTED},
    Action.REQUEST_ADVICE: {S.SUBMITTED: S.ADVICE_REQUESTED},
    Action.AUTHORISE: {s: S.AUTHORISED for s in UNDER_REVIEW},
    Action.RETURN: {s: S.RETURNED for s in UNDER_REVIEW},
    Action.DECLINE: {s: S.DECLINED for s in UNDER_REVIEW},
    Action.COMPLETE: {S.AUTHORISED: S.COMPLETED, S.DRAFT: S.COMPLETED},
    Action.REVIEW_EMERGENCY: {S.COMPLETED: S.COMPLETED},
    Action.ADD_ADDENDUM: {s: s for s in LOCKED},
    Action.GUARDIAN_DECISION: {s: s for s in LOCKED},
    Action.REPORT_BREACH: {s: s for s in LOCKED},
}

#: Review actions that must say why.
COMMENT_REQUIRED = frozenset({Action.RETURN, Action.DECLINE})

MSG_NOT_NOW = QT_TRANSLATE_NOOP("rules", "You cannot {action} while it is {status}.")
MSG_NEEDS_AUTHORISATION = QT_TRANSLATE_NOOP(
    "rules",
    "This record needs a manager's authorisation before it can be completed: submit it "
    "for review. Only an emergency share can be completed first.",
)
MSG_NOT_AWAITING = QT_TRANSLATE_NOOP(
    "rules", "This record is not an emergency share awaiting review."
)


@dataclass(frozen=True)
class WorkflowRefusal:
    message: str
    action: Action
    status: RecordStatus

    @property
    def explained(self) -> Message:
        """The refusal as a sentence to translate (its template is in "rules")."""
        return Message(RULES, self.message, {
            "action": Message(VOCAB, self.action.label),
            "status": LowerCase(VOCAB, self.status.label)})

    @property
    def text(self) -> str:
        return self.explained.text()


@dataclass(frozen=True)
class Move:
    """What an allowed action does: the new status and whether review is awaited."""

    status: RecordStatus
    awaiting_review: bool


def move(
    action: Action,
    status: RecordStatus,
    *,
    emergency: bool = False,
    awaiting_review: bool = False,
    authorisation_required: bool = False,
) -> Move | WorkflowRefusal:
    """The result of ``action`` on a record in ``status``, or why it is refused."""
    after = TRANSITIONS.get(action, {}).get(status)
    if after is None:
        return WorkflowRefusal(MSG_NOT_NOW, action, status)
    if action is Action.COMPLETE and status is S.DRAFT:
        if emergency:
            return Move(S.COMPLETED, awaiting_review=True)
        if authorisation_required:
            return WorkflowRefusal(MSG_NEEDS_AUTHORISATION, action, status)
    if action is Action.REVIEW_EMERGENCY:
        if not awaiting_review:
            return WorkflowRefusal(MSG_NOT_AWAITING, action, status)
        return Move(after, awaiting_review=False)
    return Move(after, awaiting_review=awaiting_review)


#: Form fields the review writes (the manager's authorisation): never typed by the author.
REVIEW_FIELDS = frozenset(
    {
        "authoriser_name",
        "authoriser_role",
        "authorised_on",
        "authorisation_decision",
        "authorisation_comment",
    }
)
