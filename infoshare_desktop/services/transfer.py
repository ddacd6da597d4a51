"""Moving a log to another database (a PC's file to the team's server), and proving it moved.

Only an administrator of the log being moved may do it. The move is recorded in
that log's trail first, so both copies end with the same event; then every table is
copied in one transaction on the target, and afterwards the rows in each table are
counted on both sides and the target's audit chain is checked from its first event.

Once the copy has checked, ``retire`` marks the original as moved: InfoShare then
refuses to open it (``services.database``), so nobody goes on recording decisions
where the team no longer looks. ``reopen`` undoes that, for an administrator.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.audit import AuditAction, ChainReport, verify_chain
from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP
from infoshare_desktop.domain.permissions import Action
from infoshare_desktop.services import trail
from infoshare_desktop.services.errors import ServiceError
from infoshare_desktop.services.guard import current, require
from infoshare_desktop.storage import audit as audit_store
from infoshare_desktop.storage import transfer
from infoshare_desktop.storage.database import Database
from infoshare_desktop.storage.transfer import Progress, TargetNotEmptyError

__all__ = [
    "TargetNotEmptyError", "TransferCheckError", "Transferred", "copy_log", "reopen", "retire",
]


class TransferCheckError(ServiceError):
    """The copy was made but does not match the original: do not use it."""


@dataclass(frozen=True)
class Transferred:
    """What was copied and what the checks found."""

    rows: dict[str, int]
    chain: ChainReport

    @property
    def decisions(self) -> int:
        return self.rows.get("decision_records", 0)

    @property
    def events(self) -> int:
        return self.rows.get("audit_events", 0)


def copy_log(source: Database, target: Database, actor: User, target_name: str,
             progress: Progress | None = None) -> Transferred:
    """Copy everything in ``source`` into the empty ``target`` and check the copy.

    ``target_name`` says where it went in the trail (a server and database name,
    never a password). Raises ``TargetNotEmptyError`` before writing anything to a
    target in use, and ``TransferCheckError`` when the copy does not match.
    """
    with source.session() as session:
        actor = current(session, actor)
        require(actor, Action.MANAGE_SETTINGS)
        with target.session() as checking:
            if transfer.holds_data(checking):
                raise TargetNotEmptyError(QT_TRANSLATE_NOOP(
                    "errors",
                    "The target database already holds records or accounts. Copy into a "
                    "new, empty database: nothing was written."))
        trail.log(session, actor, AuditAction.DATABASE_COPIED,
                  details={"to": target_name})
    rows = transfer.copy_database(source, target, progress)
    with source.session() as reading, target.session() as writing:
        before, after = transfer.table_counts(reading), transfer.table_counts(writing)
        count, head = audit_store.head(writing)
        chain = verify_chain(audit_store.all_events(writing), count, head)
    different = sorted(name for name in before if before[name] != after.get(name))
    if different:
        raise TransferCheckError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The copy does not match the original (rows differ in: {tables}). Do not use "
                "the copy; the original is unchanged."),
            tables=", ".join(different))  # table names: not translated
    if not chain.ok:
        raise TransferCheckError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The copied audit trail does not verify: {chain}. Do not use the copy; the "
                "original is unchanged."),
            chain=chain.message)
    return Transferred(rows, chain)


def retire(source: Database, actor: User, target_name: str,
           now: datetime | None = None) -> None:
    """Mark ``source`` as moved to ``target_name`` (after ``copy_log`` has checked the copy).

    The mark and its audit event are written in one transaction; the copy is not
    touched, so the original's trail ends one event after the copy's.
    """
    with source.session() as session:
        actor = current(session, actor)
        require(actor, Action.MANAGE_SETTINGS)
        trail.log(session, actor, AuditAction.DATABASE_MOVED, details={"to": target_name})
        transfer.mark_moved(session, target_name, now or datetime.now(UTC))


def reopen(db: Database, actor: User) -> transfer.Moved | None:
    """Use a moved log again (the move was abandoned, or the server is gone for good).

    Returns where it had been moved to, or None if it was not marked as moved.
    """
    with db.session() as session:
        actor = current(session, actor)
        require(actor, Action.MANAGE_SETTINGS)
        was = transfer.moved(session)
        if was is None:
            return None
        transfer.clear_moved(session)
        trail.log(session, actor, AuditAction.DATABASE_REOPENED, details={"was_moved_to": was.to})
        return was
