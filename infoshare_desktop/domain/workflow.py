"""The review workflow of docs/domain.md: the state machine and the one rulebook of its steps.

Draft -> Submitted -> (Advice requested ->) Authorised | Returned for amendment |
Declined; Authorised -> Completed. A returned record goes back to its author to
amend and submit again. Where the organisation does not require authorisation, or
for an emergency share, a draft may be completed directly; an emergency completed
that way waits for a manager's review. Addenda, Guardian decisions and reports of
a breach (information sent to the wrong place, or shared when it should not have
been) leave the status as it is.

Each step (save, submit, advice, authorise, return, decline, complete, emergency
complete, emergency review, addendum, Guardian decision, breach report) is a pure
function from (stored record, what the person typed, actor, how the record stands to
them, context) to a ``Step`` -- the record after it, its review entry, its audit
event, the version it keeps -- or a refusal saying why. The services persist what a
step returns, the form asks ``editable_fields`` and ``move`` what to offer, and the
demo's bulk path calls the same steps: nothing else decides.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from typing import Any

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.audit import AuditAction
from infoshare_desktop.domain.codec import record_to_dict
from infoshare_desktop.domain.fields import FIELDS
from infoshare_desktop.domain.i18n import (
    ERRORS,
    QT_TRANSLATE_NOOP,
    RULES,
    VOCAB,
    LowerCase,
    Message,
)
from infoshare_desktop.domain.permissions import (
    DEFAULT_POLICY,
    Action,
    Policy,
    Refusal,
    Relation,
    refusal,
)
from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.domain.rules import (
    AFTER_SHARING,
    Problem,
    completion_problems,
    draft_problems,
    state_problems,
    submission_problems,
    uk_today,
)
from infoshare_desktop.domain.vocab import (
    ManagerDecision,
    RecordStatus,
    ReviewAction,
    Role,
    VersionKind,
)

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

#: Every answer on the form.
FORM_FIELDS = frozenset(f.name for f in FIELDS)
#: What the author writes (a draft, or an addendum): every answer but the review's.
AUTHOR_FIELDS = FORM_FIELDS - REVIEW_FIELDS
#: What completing an authorised record may add: only what is known after sharing.
COMPLETION_FIELDS = AFTER_SHARING & FORM_FIELDS


def editable_fields(
    status: RecordStatus, allowed: Collection[Action], *, addendum: bool = False
) -> frozenset[str]:
    """The answers a person may type now, given the record's status and what they may do.

    The form enables exactly these; the steps below write exactly these.
    """
    if addendum:
        return AUTHOR_FIELDS if Action.ADD_ADDENDUM in allowed else frozenset()
    if status.is_editable and Action.EDIT_DRAFT in allowed:
        return AUTHOR_FIELDS
    if status is RecordStatus.AUTHORISED and Action.COMPLETE in allowed:
        return COMPLETION_FIELDS
    return frozenset()


# --- the steps ---------------------------------------------------------------------------


def _any_organisation(org_id: int) -> bool:
    del org_id
    return True


@dataclass(frozen=True)
class Context:
    """What a step needs to know besides the record and the actor.

    ``organisation_known`` answers whether a directory id exists (the services look
    it up; the demo knows its own directory).
    """

    now: datetime
    policy: Policy = DEFAULT_POLICY
    authorisation_required: bool = False
    organisation_known: Callable[[int], bool] = _any_organisation


@dataclass(frozen=True)
class ReviewNote:
    """The review entry a step keeps on the record for good (who and when: the actor, now)."""

    action: ReviewAction
    comment: str


@dataclass(frozen=True)
class Step:
    """What an allowed step does, for the caller to persist in one transaction.

    ``record`` is the record as it stands after the step (a new record has no id or
    reference yet: storage gives them). ``version`` is the kind of frozen version to
    keep of ``record``, if any; ``event`` and ``details`` the one audit event.
    """

    action: Action
    before: DecisionRecord | None
    record: DecisionRecord
    event: AuditAction
    details: dict[str, Any] = field(default_factory=dict)
    review: ReviewNote | None = None
    version: VersionKind | None = None
    reason: str = ""

    @property
    def changes(self) -> dict[str, Any]:
        """The record's attributes this step changed (everything, for a new record)."""
        if self.before is None:
            return {f.name: getattr(self.record, f.name) for f in fields(DecisionRecord)}
        return {
            f.name: getattr(self.record, f.name)
            for f in fields(DecisionRecord)
            if f.name != "version"
            and getattr(self.record, f.name) != getattr(self.before, f.name)
        }

    @property
    def content_changed(self) -> bool:
        """Whether any answer changed (not only the status or the review's block)."""
        return self.before is None or bool(set(self.changes) & AUTHOR_FIELDS)


@dataclass(frozen=True)
class Invalid:
    """Answers to fix. ``draft`` is the save the content still deserves (submitting or
    completing an editable record keeps what was typed as a draft)."""

    problems: tuple[Problem, ...]
    draft: Step | None = None


@dataclass(frozen=True)
class Stale:
    """The typed record was read at an older version than the stored one."""

    stored: DecisionRecord


@dataclass(frozen=True)
class Blocked:
    """A step the workflow does not allow in this form, with the sentence to show."""

    message: Message
    locked: bool = False


#: Why a step is refused; the services turn each into the matching error.
Refused = Refusal | WorkflowRefusal | Invalid | Stale | Blocked

MSG_LOCKED = QT_TRANSLATE_NOOP(
    "errors",
    "{reference} is {status} and locked: its content can no longer be changed. Add an "
    "addendum to correct it.",
)
MSG_ONLY_AFTER_SHARING = QT_TRANSLATE_NOOP(
    "errors",
    "Only the transfer details and whether the person was told can be added now. To change "
    "anything else, add an addendum.",
)
MSG_REASON_MISSING = QT_TRANSLATE_NOOP("rules", "Enter the reason for the change")
MSG_NO_CHANGES = QT_TRANSLATE_NOOP("rules", "Change at least one answer, or cancel the addendum")
MSG_UNKNOWN_ORGANISATION = QT_TRANSLATE_NOOP(
    "rules", "Select an organisation from the directory, or add it"
)
MSG_COMMENT_MISSING = QT_TRANSLATE_NOOP(
    "rules", "Enter a comment saying why, so the practitioner knows what to do"
)
MSG_GUARDIAN_COMMENT = QT_TRANSLATE_NOOP("rules", "Enter the Caldicott Guardian's decision")
MSG_BREACH_COMMENT = QT_TRANSLATE_NOOP(
    "rules", "Describe what went wrong: what was sent or shared, to whom, when you found "
    "out, and what has been done about it"
)
MSG_COMMENT_TOO_LONG = QT_TRANSLATE_NOOP("rules", "Shorten the comment to {limit} characters")
COMMENT_MAX = 20_000

#: The review entry, the audit event and (for the manager's decisions) the
#: authorisation decision each review step records.
RECORDED_AS: dict[Action, tuple[ReviewAction, AuditAction, ManagerDecision | None]] = {
    Action.REQUEST_ADVICE: (ReviewAction.REQUEST_ADVICE, AuditAction.REQUEST_ADVICE, None),
    Action.AUTHORISE: (ReviewAction.AUTHORISE, AuditAction.AUTHORISE, ManagerDecision.AUTHORISED),
    Action.RETURN: (ReviewAction.RETURN, AuditAction.RETURN, ManagerDecision.RETURNED),
    Action.DECLINE: (ReviewAction.DECLINE, AuditAction.DECLINE, ManagerDecision.DECLINED),
    Action.REVIEW_EMERGENCY: (ReviewAction.REVIEW_EMERGENCY, AuditAction.REVIEW_EMERGENCY,
                              None),
    Action.GUARDIAN_DECISION: (ReviewAction.GUARDIAN_DECISION, AuditAction.GUARDIAN_DECISION,
                               None),
    Action.REPORT_BREACH: (ReviewAction.BREACH_REPORTED, AuditAction.BREACH_REPORTED, None),
}
#: Review steps whose comment is the whole point, with the message when it is missing.
COMMENT_IS_THE_ENTRY = {
    Action.GUARDIAN_DECISION: MSG_GUARDIAN_COMMENT,
    Action.REPORT_BREACH: MSG_BREACH_COMMENT,
}
REVIEW_STEPS = frozenset(RECORDED_AS)


def workflow_move(
    action: Action, record: DecisionRecord, ctx: Context
) -> Move | WorkflowRefusal:
    """``move`` for ``record`` as stored, under the context's settings."""
    return move(action, record.status, emergency=record.emergency,
                awaiting_review=record.awaiting_review,
                authorisation_required=ctx.authorisation_required)


def _gate(
    action: Action, record: DecisionRecord, actor: User, relations: frozenset[Relation],
    ctx: Context,
) -> Move | Refusal | WorkflowRefusal:
    """The permission matrix first, then the workflow: the order every step checks in."""
    refused = refusal(actor, action, relations, ctx.policy)
    if refused is not None:
        return refused
    return workflow_move(action, record, ctx)


def allowed(
    action: Action, record: DecisionRecord, actor: User, relations: frozenset[Relation],
    ctx: Context,
) -> bool:
    """Whether ``actor`` may take ``action`` on ``record`` now (for buttons and menus)."""
    if action is Action.VIEW_RECORD:
        return refusal(actor, action, relations, ctx.policy) is None
    return isinstance(_gate(action, record, actor, relations, ctx), Move)


def _content_problems(record: DecisionRecord, ctx: Context) -> list[Problem]:
    problems = draft_problems(record, ctx.now)
    org_id = record.recipient_organisation_id
    if org_id is not None and not ctx.organisation_known(org_id):
        problems.append(Problem("recipient_organisation_id", MSG_UNKNOWN_ORGANISATION))
    return problems


def _review_block(record: DecisionRecord, source: DecisionRecord | None) -> DecisionRecord:
    """The authorisation block comes from the review, never from what the author typed."""
    source = source or DecisionRecord()
    return replace(record, **{name: getattr(source, name) for name in REVIEW_FIELDS})


def save(
    stored: DecisionRecord | None, typed: DecisionRecord, actor: User,
    relations: frozenset[Relation], ctx: Context,
) -> Step | Refused:
    """Save the author's answers: a new draft, or a draft (or returned record) changed."""
    if stored is None:
        refused = refusal(actor, Action.CREATE_RECORD, policy=ctx.policy)
        if refused is not None:
            return refused
        problems = _content_problems(typed, ctx)
        if problems:
            return Invalid(tuple(problems))
        record = replace(
            _review_block(typed, None), id=None, reference="", status=RecordStatus.DRAFT,
            created_at=ctx.now, updated_at=ctx.now, author_id=actor.id,
            awaiting_review=False, version=1,
        )
        return Step(Action.CREATE_RECORD, None, record, AuditAction.CREATE)
    refused = refusal(actor, Action.EDIT_DRAFT, relations, ctx.policy)
    if refused is not None:
        return refused
    if typed.version != stored.version:
        return Stale(stored)
    if isinstance(workflow_move(Action.EDIT_DRAFT, stored, ctx), WorkflowRefusal):
        return Blocked(Message(ERRORS, MSG_LOCKED, {
            "reference": stored.reference,
            "status": LowerCase(VOCAB, stored.status.label)}), locked=True)
    problems = _content_problems(typed, ctx)
    if problems:
        return Invalid(tuple(problems))
    record = replace(
        stored, **{name: getattr(typed, name) for name in AUTHOR_FIELDS}, updated_at=ctx.now,
    )
    return Step(Action.EDIT_DRAFT, stored, record, AuditAction.SAVE_DRAFT)


def _with_status(record: DecisionRecord, result: Move, ctx: Context) -> DecisionRecord:
    return replace(record, status=result.status, awaiting_review=result.awaiting_review,
                   updated_at=ctx.now)


def submit(
    stored: DecisionRecord | None, typed: DecisionRecord, actor: User,
    relations: frozenset[Relation], ctx: Context,
) -> Step | Refused:
    """Send the answers for a manager's review; from then on the record is locked.

    Answers the decision still needs refuse it, and the content is kept as a draft.
    """
    if stored is not None:
        gate = _gate(Action.SUBMIT, stored, actor, relations, ctx)
        if not isinstance(gate, Move):
            return gate
        if typed.version != stored.version:
            return Stale(stored)
    saved = save(stored, typed, actor, relations, ctx)
    if not isinstance(saved, Step):
        return saved
    problems = submission_problems(saved.record, ctx.now)
    if problems:
        return Invalid(tuple(problems), draft=saved)
    own = relations if stored is not None else frozenset({Relation.OWN})
    gate = _gate(Action.SUBMIT, saved.record, actor, own, ctx)
    if not isinstance(gate, Move):
        return gate
    return Step(Action.SUBMIT, stored, _with_status(saved.record, gate, ctx), AuditAction.SUBMIT,
                version=VersionKind.SUBMITTED)


def complete(
    stored: DecisionRecord | None, typed: DecisionRecord, actor: User,
    relations: frozenset[Relation], ctx: Context,
) -> Step | Refused:
    """Mark the record complete once every answer is in; locked from then on.

    A draft (where the workflow allows completing it directly, as for an emergency
    share) is saved first and kept as a draft when answers are missing. An
    authorised record takes only what is known after sharing.
    """
    if stored is None:
        refused = refusal(actor, Action.CREATE_RECORD, policy=ctx.policy)
        if refused is not None:
            return refused
        gate: Move | Refusal | WorkflowRefusal = workflow_move(
            Action.COMPLETE, replace(typed, status=RecordStatus.DRAFT), ctx)
    else:
        gate = _gate(Action.COMPLETE, replace(stored, emergency=typed.emergency), actor,
                     relations, ctx)
    if not isinstance(gate, Move):
        return gate
    draft: Step | None = None
    if stored is not None and typed.version != stored.version:
        return Stale(stored)
    if stored is not None and stored.status.is_locked:
        changed = {name for name in FORM_FIELDS
                   if getattr(stored, name) != getattr(typed, name)}
        if changed - COMPLETION_FIELDS:
            return Blocked(Message(ERRORS, MSG_ONLY_AFTER_SHARING))
        candidate = replace(stored, **{n: getattr(typed, n) for n in COMPLETION_FIELDS})
    else:
        saved = save(stored, typed, actor, relations, ctx)
        if not isinstance(saved, Step):
            return saved
        draft, candidate = saved, saved.record
    problems = completion_problems(
        candidate, ctx.now,
        authorisation_required=ctx.authorisation_required and not candidate.emergency)
    if problems:
        return Invalid(tuple(problems), draft=draft)
    result = workflow_move(Action.COMPLETE, candidate, ctx)
    if isinstance(result, WorkflowRefusal):
        return result
    record = _with_status(candidate, result, ctx)
    return Step(Action.COMPLETE, stored, record, AuditAction.COMPLETE,
                details={"awaiting_review": record.awaiting_review},
                version=VersionKind.COMPLETED)


def review(
    action: Action, stored: DecisionRecord, actor: User, relations: frozenset[Relation],
    comment: str, ctx: Context,
) -> Step | Refused:
    """A manager's decision (advice, authorise, return, decline, emergency review), a
    Caldicott Guardian's decision or a breach report, each with its comment kept."""
    assert action in REVIEW_STEPS, action
    gate = _gate(action, stored, actor, relations, ctx)
    if not isinstance(gate, Move):
        return gate
    comment = comment.strip()
    if not comment and action in COMMENT_REQUIRED:
        return Invalid((Problem("comment", MSG_COMMENT_MISSING),))
    if not comment and action in COMMENT_IS_THE_ENTRY:
        return Invalid((Problem("comment", COMMENT_IS_THE_ENTRY[action]),))
    if len(comment) > COMMENT_MAX:
        return Invalid((Problem("comment", MSG_COMMENT_TOO_LONG, {"limit": COMMENT_MAX}),))
    review_action, audit_action, decision = RECORDED_AS[action]
    record = _with_status(stored, gate, ctx)
    if decision is not None:
        record = replace(
            record, authoriser_name=actor.full_name,
            authoriser_role=actor.job_title or Role.MANAGER.label,
            authorised_on=uk_today(ctx.now), authorisation_decision=decision,
            authorisation_comment=comment,
        )
    return Step(action, stored, record, audit_action,
                details={"comment": comment, "status": gate.status.value},
                review=ReviewNote(review_action, comment))


def addendum(
    stored: DecisionRecord, typed: DecisionRecord, reason: str, actor: User,
    relations: frozenset[Relation], ctx: Context,
) -> Step | Refused:
    """Correct a locked record: the new answers, who, when and why; the old version stays.

    The corrected record must still be valid for its status: an addendum to a
    completed record cannot empty a required answer or contradict another.
    """
    gate = _gate(Action.ADD_ADDENDUM, stored, actor, relations, ctx)
    if not isinstance(gate, Move):
        return gate
    if typed.version != stored.version:
        return Stale(stored)
    amended = replace(stored, **{name: getattr(typed, name) for name in AUTHOR_FIELDS})
    problems = _content_problems(amended, ctx)
    problems += [p for p in state_problems(amended, ctx.now)
                 if p.field not in {q.field for q in problems}]
    reason = reason.strip()
    if not reason:
        problems.append(Problem("reason", MSG_REASON_MISSING))
    before, after = record_to_dict(stored), record_to_dict(amended)
    changed = [name for name in (f.name for f in FIELDS) if before[name] != after[name]]
    if not changed:
        problems.append(Problem("changes", MSG_NO_CHANGES))
    if problems:
        return Invalid(tuple(problems))
    return Step(
        Action.ADD_ADDENDUM, stored, replace(amended, updated_at=ctx.now), AuditAction.ADDENDUM,
        details={"reason": reason, "changes": [
            {"field": name, "old": before[name], "new": after[name]} for name in changed]},
        version=VersionKind.ADDENDUM, reason=reason,
    )
