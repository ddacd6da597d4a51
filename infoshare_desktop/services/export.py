"""Every decision record a user may read as one spreadsheet row, for Excel or LibreOffice.

The export acts as a signed-in user and holds only what that user may read (the
records service decides). The columns are the form's own questions (``FIELDS``, in
form order, by label), so a new field appears in the export without touching this
file. Values are shown as a
person reads them on screen (``domain.display.RecordFormatter``): labels rather than
codes, UK dates, London local time. Only the guard against spreadsheet formulas is
the export's own; control characters are shown as escapes (``domain.safe_text``).

Personal data is written only to the file asked for: the rows go to ``FILE.part``
beside it and are renamed into place, so a failed export never leaves a half file
and nothing is written to a shared temporary folder.
"""

from __future__ import annotations

import contextlib
import csv
import os
from pathlib import Path

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.display import RecordFormatter, Translate, identity
from infoshare_desktop.domain.fields import (
    AUTHOR_LABEL,
    CREATED_LABEL,
    FIELDS,
    REFERENCE_LABEL,
    STATUS_LABEL,
    UPDATED_LABEL,
    Kind,
)
from infoshare_desktop.domain.i18n import FIELDS as FIELDS_CONTEXT
from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP, VOCAB, Message
from infoshare_desktop.domain.permissions import Action, Policy, allowed_relations
from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.domain.safe_text import visible
from infoshare_desktop.domain.vocab import SharingTest
from infoshare_desktop.services import audit, organisations
from infoshare_desktop.services import records as record_service
from infoshare_desktop.services.errors import PermissionDeniedError
from infoshare_desktop.storage.database import Database

#: Spreadsheets run a cell starting with these as a formula ("CSV injection").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

MSG_NO_RECORDS_TO_READ = QT_TRANSLATE_NOOP(
    "export",
    "{name} cannot read decision records (administrators manage accounts and settings, "
    "not records), so there is nothing to export. Sign in as a practitioner, manager or "
    "Caldicott Guardian.",
)


def safe_cell(text: str) -> str:
    """``text`` made safe to open in a spreadsheet: no formula runs, and no control
    character (NUL, ESC, a bidirectional override...) is in it raw."""
    text = visible(text)
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


def header(translate: Translate = identity) -> list[str]:
    """The column names: reference, status, practitioner, every question by label,
    created, last saved."""
    columns = [translate(FIELDS_CONTEXT, label)
               for label in (REFERENCE_LABEL, STATUS_LABEL, AUTHOR_LABEL)]
    for f in FIELDS:
        if f.kind is Kind.TESTS:
            columns.extend(translate(VOCAB, test.label) for test in SharingTest)
        else:
            columns.append(translate(FIELDS_CONTEXT, f.label))
    columns += [translate(FIELDS_CONTEXT, CREATED_LABEL), translate(FIELDS_CONTEXT,
                                                                    UPDATED_LABEL)]
    return columns


def row(record: DecisionRecord, formatter: RecordFormatter, author: str = "") -> list[str]:
    """One record as cells, in ``header()`` order; ``author`` is the author's full name.

    A question the form does not show for this record (say, the method for a decision
    not to share) is left empty even if an earlier answer is still stored.
    """
    cells = [record.reference, formatter.label(record.status), author]
    for f in FIELDS:
        shown = f.shown(record)
        if f.kind is Kind.TESTS:
            cells.extend(formatter.test_answer(record, t) if shown else "" for t in SharingTest)
        else:
            cells.append(formatter.value(f, record) if shown else "")
    cells += [formatter.datetime(record.created_at), formatter.datetime(record.updated_at)]
    return [safe_cell(cell) for cell in cells]


def _may_read_any(actor: User) -> bool:
    """Whether any of the actor's roles reads some records (administrators read none)."""
    policy = Policy(team_read_allowed=True)
    return actor.active and any(allowed_relations(role, Action.VIEW_RECORD, policy)
                                for role in actor.roles)


def export_csv(db: Database, actor: User, path: str | os.PathLike[str],
               translate: Translate = identity) -> int:
    """Write every record ``actor`` may read to ``path`` as CSV (UTF-8 with BOM for
    Excel); returns the number of rows.

    Raises ``PermissionDeniedError`` for a user who reads no records at all (an
    administrator), before anything is written; ``OSError`` if the file cannot be
    written. An existing file at ``path`` is replaced only once the whole export has
    been written.
    """
    if not _may_read_any(actor):
        raise PermissionDeniedError(
            Message("export", MSG_NO_RECORDS_TO_READ, {"name": actor.full_name}))
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    org_names = {o.id: o.name for o in organisations.list_organisations(db, True)
                 if o.id is not None}
    formatter = RecordFormatter(translate, org_names)
    count = 0
    try:
        # Owner-only, like the database: the file holds personal data.
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        # O_CREAT keeps the mode of a .part left by a killed export: set it.
        if hasattr(os, "fchmod"):  # POSIX; Windows has no such mode
            os.fchmod(descriptor, 0o600)
        with open(descriptor, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header(translate))
            for summary, record in record_service.readable_records(db, actor):
                writer.writerow(row(record, formatter, summary.author_name))
                count += 1
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    # Only a finished export is an event; where it went is not recorded (a path can
    # name a person), what and how many are.
    audit.log_export(db, actor, "decision records (CSV)", count)
    return count
