"""Addenda from the form, and the record's history: versions, reviews, what changed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from infoshare_desktop.domain.fields import FIELDS_BY_NAME
from infoshare_desktop.domain.vocab import RecordStatus, VersionKind
from infoshare_desktop.services import records

from .sample import add_organisation, complete_record


def test_addendum_from_the_form_shows_in_history(qtbot, window, db, practitioner, modal) -> None:
    org = add_organisation(db)
    done = records.mark_complete(db, practitioner, complete_record(org.id, "CM-808"))
    form = window.open_record(done.id)
    assert form is not None and form.read_only
    assert form.tabs.isTabVisible(1)
    assert form.addendum_button.isVisible()

    qtbot.mouseClick(form.addendum_button, Qt.MouseButton.LeftButton)
    assert form.addendum_mode and not form.read_only
    assert form.addendum_box.isVisible() and form.focusWidget() is form.reason
    assert [b.text() for b in form.footer_buttons if b.isVisible()] == [
        "Cancel addendum", "Save addendum"]
    assert form.save_addendum_button.property("primary") is True
    assert form.editor("authoriser_name").edit.isReadOnly()  # the review's, never typed
    # Nothing changed and no reason: both said.
    qtbot.mouseClick(form.save_addendum_button, Qt.MouseButton.LeftButton)
    assert form.reason_error.isVisible()
    fields = [link.property("field") for link in form.summary_links]
    assert "reason" in fields and "changes" in fields

    purpose = form.editor("purpose").edit
    purpose.selectAll()
    qtbot.keyClicks(purpose, "Share the chronology and the plan with the school")
    qtbot.keyClicks(form.reason, "The plan was shared as well; the record said otherwise.")
    assert form.dirty
    qtbot.mouseClick(form.save_addendum_button, Qt.MouseButton.LeftButton)
    assert modal.errors == []
    assert not form.addendum_mode and form.read_only and not form.dirty
    assert form.record.status is RecordStatus.COMPLETED
    assert form.editor("purpose").value() == "Share the chronology and the plan with the school"

    history = form.history_panel
    form.tabs.setCurrentIndex(1)
    versions = history.versions
    assert versions.rowCount() == 2
    assert [versions.item(r, 1).text() for r in range(2)] == ["Completed", "Addendum"]
    assert versions.item(1, 3).text() == "Alex Rivers"
    assert versions.item(1, 4).text() == (
        "The plan was shared as well; the record said otherwise.")
    # The newest version is selected: what it changed, in words.
    assert [(c.field, c.old, c.new) for c in history.shown_changes] == [(
        "purpose", "Share the chronology with the school's safeguarding lead",
        "Share the chronology and the plan with the school")]
    assert history.changes.item(0, 0).text() == FIELDS_BY_NAME["purpose"].label
    assert history.changes.item(0, 1).text().startswith("Share the chronology with")
    history.select_version(1)
    assert history.shown_changes == []
    assert history.changes_note.text().startswith("The first version kept")

    # An earlier version opens read-only in its own window.
    history.open_button.click()
    old = next(f for f in window.forms if f.version is not None)
    assert old.version is not None and old.version.kind is VersionKind.COMPLETED
    assert old.read_only and not old.addendum_button.isVisible()
    assert old.editor("purpose").value() == (
        "Share the chronology with the school's safeguarding lead")
    assert old.title.text() == f"{done.reference}, version 1"
    assert old.locked_note.text().startswith("Version 1 (completed), kept on ")


def test_cancel_addendum_restores_the_record(qtbot, window, db, practitioner) -> None:
    org = add_organisation(db)
    done = records.mark_complete(db, practitioner, complete_record(org.id, "CM-809"))
    form = window.open_record(done.id)
    assert form is not None
    form.start_addendum()
    qtbot.keyClicks(form.editor("case_reference").edit, "-X")
    form.cancel_addendum()
    assert form.read_only and not form.dirty
    assert form.editor("case_reference").value() == "CM-809"
    assert len(records.record_history(db, practitioner, done.id).versions) == 1


def test_draft_has_no_versions_yet(qtbot, window, db, practitioner) -> None:
    saved = records.save_draft(db, practitioner, complete_record(add_organisation(db).id))
    form = window.open_record(saved.id)
    assert form is not None
    assert form.tabs.isTabVisible(1)
    assert not form.history_panel.no_versions.isHidden()
    assert form.history_panel.versions.isHidden()
    new = window.new_record()
    assert new is not None and not new.tabs.isTabVisible(1)
