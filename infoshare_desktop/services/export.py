"""Every decision record as one spreadsheet row, for analysis in Excel or LibreOffice.

The columns are the form's own questions (``FIELDS``, in form order, by label), so a
new field appears in the export without touching this file. Values are shown as a
person reads them on screen: labels rather than codes, UK dates, London local time.

Personal data is written only to the file asked for: the rows go to ``FILE.part``
beside it and are renamed into place, so a failed export never leaves a half file
and nothing is written to a shared temporary folder.
"""

from __future__ import annotations

import contextlib
import csv
import os
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from infoshare_desktop.domain.fields import (
    CREATED_LABEL,
    FIELDS,
    REFERENCE_LABEL,
    STATUS_LABEL,
    UPDATED_LABEL,
    Field,
    Kind,
)
from infoshare_desktop.domain.i18n import FIELDS as FIELDS_CONTEXT
from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP, VOCAB
from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.domain.vocab import SharingTest, Vocab
from infoshare_desktop.services import organisations
from infoshare_desktop.services import records as record_service
from infoshare_desktop.storage.database import Database

EXPORT = "export"
#: Separator between several values in one cell (no vocabulary label contains it).
JOIN = "; "
#: Separator between advice entries: their summaries are free text that may hold "; ".
LINES = "\n"
YES = QT_TRANSLATE_NOOP("export", "Yes")
NO = QT_TRANSLATE_NOOP("export", "No")
#: One test answer with its note, e.g. "Yes – checked with the manager".
ANSWER_WITH_NOTE = QT_TRANSLATE_NOOP("export", "{answer} – {note}")
PERSON_WITH_DOB = QT_TRANSLATE_NOOP("export", "{name} ({role}, dob {dob})")
PERSON = QT_TRANSLATE_NOOP("export", "{name} ({role})")
ADVICE = QT_TRANSLATE_NOOP("export", "{source}: {summary}")

DATE_FORMAT = "%d/%m/%Y"
DATETIME_FORMAT = "%d/%m/%Y %H:%M"
#: Spreadsheets run a cell starting with these as a formula ("CSV injection").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Translate = Callable[[str, str], str]


def _no_translation(context: str, text: str) -> str:
    del context
    return text


def _london() -> ZoneInfo | None:
    try:
        return ZoneInfo("Europe/London")
    except ZoneInfoNotFoundError:  # Windows without the tzdata package: use the PC's zone
        return None


class _Formatter:
    """Turns one field's value into the text a person would read on screen."""

    def __init__(self, translate: Translate, org_names: dict[int, str]) -> None:
        self.tr = translate
        self.org_names = org_names
        self.zone = _london()

    def label(self, value: Vocab | None) -> str:
        return "" if value is None else self.tr(VOCAB, value.label)

    def yes_no(self, value: bool) -> str:
        return self.tr(EXPORT, YES if value else NO)

    def date(self, value: date | None) -> str:
        return "" if value is None else value.strftime(DATE_FORMAT)

    def datetime(self, value: datetime | None) -> str:
        if value is None:
            return ""
        local = value.astimezone(self.zone) if self.zone else value.astimezone()
        return local.strftime(DATETIME_FORMAT)

    def text(self, value: str) -> str:
        """Free text, made safe to open in a spreadsheet (no formula runs)."""
        return f"'{value}" if value.startswith(_FORMULA_STARTS) else value

    def test_answer(self, record: DecisionRecord, test: SharingTest) -> str:
        answer = next((a for a in record.tests if a.test is test), None)
        if answer is None or answer.answer is None:
            return self.text(answer.note) if answer else ""
        yes_no = self.yes_no(answer.answer)
        if not answer.note.strip():
            return yes_no
        return self.text(self.tr(EXPORT, ANSWER_WITH_NOTE).format(answer=yes_no,
                                                                   note=answer.note))

    def people(self, record: DecisionRecord) -> str:
        parts = []
        for person in record.people:
            role = self.label(person.role)
            if person.date_of_birth is None:
                parts.append(self.tr(EXPORT, PERSON).format(name=person.name, role=role))
            else:
                parts.append(self.tr(EXPORT, PERSON_WITH_DOB).format(
                    name=person.name, role=role, dob=self.date(person.date_of_birth)))
        return self.text(JOIN.join(parts))

    def advice(self, record: DecisionRecord) -> str:
        return self.text(LINES.join(
            self.tr(EXPORT, ADVICE).format(source=self.label(a.source), summary=a.summary)
            for a in record.advice
        ))

    def value(self, f: Field, record: DecisionRecord) -> str:
        value = getattr(record, f.name)
        kind = f.kind
        if kind in (Kind.TEXT, Kind.LONG_TEXT):
            return self.text(value)
        if kind is Kind.CHOICE:
            return self.label(value)
        if kind is Kind.MULTI_CHOICE:
            return JOIN.join(self.label(v) for v in value)
        if kind is Kind.DATE:
            return self.date(value)
        if kind is Kind.DATETIME:
            return self.datetime(value)
        if kind is Kind.FLAG:
            return self.yes_no(value)
        if kind is Kind.PEOPLE:
            return self.people(record)
        if kind is Kind.ADVICE:
            return self.advice(record)
        if kind is Kind.ORGANISATION:
            return "" if value is None else self.text(self.org_names.get(value, ""))
        raise ValueError(f"No export format for {kind} (field {f.name})")


def header(translate: Translate = _no_translation) -> list[str]:
    """The column names: reference, status, every question by label, created, last saved."""
    columns = [translate(FIELDS_CONTEXT, REFERENCE_LABEL), translate(FIELDS_CONTEXT,
                                                                     STATUS_LABEL)]
    for f in FIELDS:
        if f.kind is Kind.TESTS:
            columns.extend(translate(VOCAB, test.label) for test in SharingTest)
        else:
            columns.append(translate(FIELDS_CONTEXT, f.label))
    columns += [translate(FIELDS_CONTEXT, CREATED_LABEL), translate(FIELDS_CONTEXT,
                                                                    UPDATED_LABEL)]
    return columns


def row(record: DecisionRecord, formatter: _Formatter) -> list[str]:
    """One record as cells, in ``header()`` order.

    A question the form does not show for this record (say, the method for a decision
    not to share) is left empty even if an earlier answer is still stored.
    """
    cells = [record.reference, formatter.label(record.status)]
    for f in FIELDS:
        shown = f.shown(record)
        if f.kind is Kind.TESTS:
            cells.extend(formatter.test_answer(record, t) if shown else "" for t in SharingTest)
        else:
            cells.append(formatter.value(f, record) if shown else "")
    cells += [formatter.datetime(record.created_at), formatter.datetime(record.updated_at)]
    return cells


def _all_records(db: Database) -> Iterator[DecisionRecord]:
    summaries = sorted(record_service.list_records(db), key=lambda s: s.reference)
    for summary in summaries:
        yield record_service.get_record(db, summary.id)


def export_csv(db: Database, path: str | os.PathLike[str],
               translate: Translate = _no_translation) -> int:
    """Write every record to ``path`` as CSV (UTF-8 with BOM for Excel); returns the rows.

    Raises ``OSError`` if the file cannot be written; an existing file at ``path`` is
    replaced only once the whole export has been written.
    """
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    org_names = {o.id: o.name for o in organisations.list_organisations(db, True)
                 if o.id is not None}
    formatter = _Formatter(translate, org_names)
    count = 0
    try:
        # Owner-only, like the database: the file holds personal data.
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(descriptor, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header(translate))
            for record in _all_records(db):
                writer.writerow(row(record, formatter))
                count += 1
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return count
