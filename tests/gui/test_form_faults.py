"""The form when a save fails: someone else saved first, the disk is full, the file is
locked. Each time a message says what happened and what to do, and every value the
user typed stays on screen (and in the autosave), ready to copy or save again."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.record import DecisionRecord
from infoshare_desktop.services import records, recovery
from infoshare_desktop.storage import sqlite
from infoshare_desktop.storage.database import Database
from infoshare_desktop.ui.views.record_form import RecordForm

from .conftest import AUTOSAVE_MS
from .sample import add_organisation, complete_record

KEPT = "Nothing you typed is lost: it is still here in the form, ready to save again."


def open_form(qtbot, db: Database, user: User, record: DecisionRecord) -> RecordForm:  # type: ignore[no-untyped-def]
    form = RecordForm(db, user, record, autosave_ms=AUTOSAVE_MS)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def type_into(form: RecordForm, purpose: str, name: str) -> None:
    """What a user would type: a text field and a person in a list."""
    form.editor("purpose").set_value(purpose)
    people = form.editor("people").value()
    assert isinstance(people, list) and people
    form.editor("people").set_value([replace(people[0], name=name), *people[1:]])


def typed(form: RecordForm) -> dict[str, Any]:
    return {name: editor.value() for name, editor in form.editors.items()}


def saved_draft(db: Database, user: User) -> DecisionRecord:
    org = add_organisation(db)
    return records.save_draft(db, user, complete_record(org.id))  # type: ignore[arg-type]


def test_stale_save_shows_who_and_when_and_keeps_every_value(  # type: ignore[no-untyped-def]
    qtbot, db: Database, practitioner: User, modal: SimpleNamespace,
) -> None:
    draft = saved_draft(db, practitioner)
    first = open_form(qtbot, db, practitioner, records.get_record(db, practitioner, draft.id))  # type: ignore[arg-type]
    second = open_form(qtbot, db, practitioner, records.get_record(db, practitioner, draft.id))  # type: ignore[arg-type]
    type_into(first, "Typed in the first window", "First Child")
    type_into(second, "Typed in the second window", "Second Child")
    assert first.save_draft()
    # The first window can go on saving: it carries the version it saved.
    first.editor("necessity").set_value("Saved twice from one window")
    assert first.save_draft()

    before = typed(second)
    assert not second.save_draft()

    assert typed(second) == before
    assert second.dirty
    assert not second.message.isHidden()
    text = second.message.text()
    assert text.startswith(
        "You changed this record in another window or on another computer at ")
    assert "today. Your text is kept here: copy what you need, then reopen the record" in text
    assert modal.errors == []
    stored = records.get_record(db, practitioner, draft.id)  # type: ignore[arg-type]
    assert stored.purpose == "Typed in the first window"
    assert stored.necessity == "Saved twice from one window"
    # The autosave keeps the refused text too, for when the window is closed.
    second.autosave_now()
    kept = [r.record for r in recovery.pending_recoveries(db, practitioner)]
    assert [(r.purpose, r.people[0].name) for r in kept] == [
        ("Typed in the second window", "Second Child")]


def _fail_writing_commits(monkeypatch: pytest.MonkeyPatch, db: Database, message: str) -> None:
    dialect = db.engine.dialect
    real = dialect.do_commit

    def commit(dbapi_connection: Any) -> None:
        if dbapi_connection.in_transaction:
            raise sqlite3.OperationalError(message)
        real(dbapi_connection)

    monkeypatch.setattr(dialect, "do_commit", commit)


@pytest.mark.parametrize("new", [True, False], ids=["new record", "saved draft"])
def test_disk_full_keeps_the_form_and_says_what_to_do(  # type: ignore[no-untyped-def]
    qtbot, db: Database, practitioner: User, modal: SimpleNamespace,
    monkeypatch: pytest.MonkeyPatch, new: bool,
) -> None:
    draft = saved_draft(db, practitioner)
    record = (replace(draft, id=None, reference="", version=1) if new
              else records.get_record(db, practitioner, draft.id))  # type: ignore[arg-type]
    form = open_form(qtbot, db, practitioner, record)
    type_into(form, "Typed while the disk was full", "Full Disk Child")
    before = typed(form)
    with db.session() as session:
        count = session.connection().exec_driver_sql(
            "SELECT count(*) FROM decision_records").scalar()
    _fail_writing_commits(monkeypatch, db, "database or disk is full")

    assert not form.save_draft()

    assert typed(form) == before and form.dirty
    ((title, message),) = modal.errors
    assert title == "Cannot save the record"
    assert message.startswith("The disk is full. Free some space (or ask IT to), then try again.")
    assert message.endswith(KEPT)
    assert form.message.text() == message and not form.message.isHidden()
    monkeypatch.undo()
    with db.session() as session:
        assert session.connection().exec_driver_sql(
            "SELECT count(*) FROM decision_records").scalar() == count
    # Space freed: saving again keeps exactly what was typed.
    assert form.save_draft()
    stored = records.get_record(db, practitioner, form.record.id)  # type: ignore[arg-type]
    assert (stored.purpose, stored.people[0].name) == (
        "Typed while the disk was full", "Full Disk Child")


def test_locked_file_keeps_the_form_and_says_what_to_do(  # type: ignore[no-untyped-def]
    qtbot, db: Database, db_path: Path, practitioner: User, modal: SimpleNamespace,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    draft = saved_draft(db, practitioner)
    monkeypatch.setattr(sqlite, "BUSY_TIMEOUT_MS", 200)
    quick = Database.open(db_path)
    other_program = sqlite3.connect(db_path, isolation_level=None)
    try:
        form = open_form(qtbot, quick, practitioner,
                         records.get_record(quick, practitioner, draft.id))  # type: ignore[arg-type]
        type_into(form, "Typed while the file was locked", "Locked Child")
        before = typed(form)
        other_program.execute("BEGIN EXCLUSIVE")
        assert not form.save_draft()
        other_program.execute("ROLLBACK")
        assert typed(form) == before
        ((_title, message),) = modal.errors
        assert message.startswith("Another program, or another copy of InfoShare, is busy")
        assert message.endswith(KEPT)
        assert records.get_record(quick, practitioner, draft.id) == draft  # type: ignore[arg-type]
        assert form.save_draft()
        assert records.get_record(quick, practitioner, draft.id).purpose == (  # type: ignore[arg-type]
            "Typed while the file was locked")
        form.close()
    finally:
        other_program.close()
        quick.close()
