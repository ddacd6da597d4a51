"""A record's answers as text, the way a person reads them on screen.

Labels rather than codes, UK dates, London local time, "Yes"/"No". Used by the CSV
export, by the record history ("what changed between versions", see
``domain.diff.changes``) and anywhere else a field is shown as plain text. Pure
Python: the caller passes its translation function (``QCoreApplication.translate``
in the app, the identity in tests).

Nothing here makes text safe for any particular file format: the CSV export adds
its own guard against spreadsheet formulas.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from infoshare_desktop.domain.fields import Field, Kind
from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP, VOCAB

# Defined in domain.i18n; many modules import them from here.
from infoshare_desktop.domain.i18n import Translate as Translate
from infoshare_desktop.domain.i18n import identity as identity
from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.domain.vocab import SharingTest, Vocab

DISPLAY = "display"
#: Separator between several values in one line (no vocabulary label contains it).
JOIN = "; "
#: Separator between entries that are free text and may themselves hold "; ".
LINES = "\n"
YES = QT_TRANSLATE_NOOP("display", "Yes")
NO = QT_TRANSLATE_NOOP("display", "No")
#: One test answer with its note, e.g. "Yes – checked with the manager".
ANSWER_WITH_NOTE = QT_TRANSLATE_NOOP("display", "{answer} – {note}")
#: One test in a list of all the tests, e.g. "Necessary: Yes – risk of harm".
TEST_LINE = QT_TRANSLATE_NOOP("display", "{test}: {answer}")
PERSON_WITH_DOB = QT_TRANSLATE_NOOP("display", "{name} ({role}, dob {dob})")
PERSON = QT_TRANSLATE_NOOP("display", "{name} ({role})")
ADVICE = QT_TRANSLATE_NOOP("display", "{source}: {summary}")

DATE_FORMAT = "%d/%m/%Y"
DATETIME_FORMAT = "%d/%m/%Y %H:%M"


def london() -> ZoneInfo | None:
    """The UK's zone, or None (the PC's own zone) on Windows without tzdata."""
    try:
        return ZoneInfo("Europe/London")
    except ZoneInfoNotFoundError:
        return None


class RecordFormatter:
    """Turns one field's value into the text a person would read on screen.

    ``org_names`` maps directory ids to names, for the recipient organisation.
    """

    def __init__(
        self, translate: Translate = identity, org_names: Mapping[int, str] | None = None
    ) -> None:
        self.tr = translate
        self.org_names = dict(org_names or {})
        self.zone = london()

    def label(self, value: Vocab | None) -> str:
        return "" if value is None else self.tr(VOCAB, value.label)

    def yes_no(self, value: bool) -> str:
        return self.tr(DISPLAY, YES if value else NO)

    def date(self, value: date | None) -> str:
        return "" if value is None else value.strftime(DATE_FORMAT)

    def datetime(self, value: datetime | None) -> str:
        """UK local time (GMT or BST), to the minute."""
        if value is None:
            return ""
        local = value.astimezone(self.zone) if self.zone else value.astimezone()
        return local.strftime(DATETIME_FORMAT)

    def test_answer(self, record: DecisionRecord, test: SharingTest) -> str:
        """One test's answer, with its note if there is one ("" when unanswered)."""
        answer = next((a for a in record.tests if a.test is test), None)
        if answer is None:
            return ""
        if answer.answer is None:
            return answer.note
        yes_no = self.yes_no(answer.answer)
        if not answer.note.strip():
            return yes_no
        return self.tr(DISPLAY, ANSWER_WITH_NOTE).format(answer=yes_no, note=answer.note)

    def tests(self, record: DecisionRecord) -> str:
        """Every answered test, one per line, e.g. "Necessary: Yes"."""
        lines = []
        for test in SharingTest:
            answer = self.test_answer(record, test)
            if answer:
                lines.append(self.tr(DISPLAY, TEST_LINE).format(
                    test=self.label(test), answer=answer))
        return LINES.join(lines)

    def people(self, record: DecisionRecord) -> str:
        parts = []
        for person in record.people:
            role = self.label(person.role)
            if person.date_of_birth is None:
                parts.append(self.tr(DISPLAY, PERSON).format(name=person.name, role=role))
            else:
                parts.append(self.tr(DISPLAY, PERSON_WITH_DOB).format(
                    name=person.name, role=role, dob=self.date(person.date_of_birth)))
        return JOIN.join(parts)

    def advice(self, record: DecisionRecord) -> str:
        return LINES.join(
            self.tr(DISPLAY, ADVICE).format(source=self.label(a.source), summary=a.summary)
            for a in record.advice
        )

    def organisation(self, org_id: int | None) -> str:
        return "" if org_id is None else self.org_names.get(org_id, "")

    def value(self, f: Field, record: DecisionRecord) -> str:
        """Field ``f`` of ``record`` as text ("" when unanswered)."""
        value = getattr(record, f.name)
        kind = f.kind
        if kind in (Kind.TEXT, Kind.LONG_TEXT):
            return str(value)
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
        if kind is Kind.TESTS:
            return self.tests(record)
        if kind is Kind.ADVICE:
            return self.advice(record)
        if kind is Kind.ORGANISATION:
            return self.organisation(value)
        raise ValueError(f"No text format for {kind} (field {f.name})")
