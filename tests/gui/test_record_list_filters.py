"""The windowed decision list, its filters and saved filters, on screen."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.record import PersonInvolved
from infoshare_desktop.domain.vocab import (
    ConsentStatus,
    Outcome,
    PersonInformed,
    PersonRole,
    RecordStatus,
)
from infoshare_desktop.services import records
from infoshare_desktop.services.records import RecordFilter
from infoshare_desktop.storage import repository
from infoshare_desktop.storage.database import Database
from infoshare_desktop.ui import dialogs
from infoshare_desktop.ui.models.record_model import RecordPageModel
from infoshare_desktop.ui.views.record_lists import DecisionsView

from .sample import add_organisation, complete_record

START = datetime(2025, 1, 1, 9, 0, tzinfo=UTC)


def bulk(db: Database, author: User, count: int, org_id: int) -> None:
    """``count`` records in one transaction: case CM-0000 …, a day apart."""
    now = datetime.now(UTC)
    with db.session() as session:
        for i in range(count):
            record = replace(
                complete_record(org_id, f"CM-{i:04d}", f"Person{i} Example",
                                START + timedelta(days=i),
                                Outcome.NOT_SHARED if i % 2 else Outcome.SHARED_IN_FULL),
                reference=repository.next_reference(session, 2025),
                status=RecordStatus.DRAFT if i % 3 else RecordStatus.COMPLETED,
                created_at=now, updated_at=now, author_id=author.id,
                consent=ConsentStatus.NOT_SOUGHT if i % 5 == 0 else ConsentStatus.GIVEN_VERBAL,
            )
            repository.insert_record(session, record)


@pytest.fixture
def view(qtbot, db: Database, practitioner: User) -> DecisionsView:  # type: ignore[no-untyped-def]
    shown = DecisionsView(db, practitioner)
    qtbot.addWidget(shown)
    shown.resize(1200, 700)
    shown.show()
    shown.refresh()
    return shown


def cases(view: DecisionsView) -> list[str]:
    model = view.model
    return [model.index(r, 2).data() for r in range(model.rowCount())]


def test_the_windowed_model_passes_the_model_tester(
    qtmodeltester, db: Database, practitioner: User
) -> None:
    bulk(db, practitioner, 450, add_organisation(db).id)  # type: ignore[arg-type]
    criteria = RecordFilter()

    model = RecordPageModel(
        lambda: records.count_records(db, practitioner, criteria),
        lambda sort, offset, limit: records.page_records(
            db, practitioner, criteria, sort, offset, limit),
        block_size=64, cached_blocks=3,
    )
    model.reload()
    assert model.rowCount() == 450
    qtmodeltester.check(model, force_py=True)
    # Reading every row keeps only a few blocks: memory does not grow with the list.
    seen = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert seen == [f"CM-{i:04d}" for i in reversed(range(450))]
    assert model.cached_rows() <= 64 * 3
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert model.index(0, 2).data() == "CM-0000"
    assert model.index(449, 2).data() == "CM-0449"
    qtmodeltester.check(model, force_py=True)
    empty = RecordPageModel(lambda: 0, lambda sort, offset, limit: [])
    empty.reload()
    qtmodeltester.check(empty, force_py=True)


def test_opening_reads_one_count_and_one_block(
    qtbot, db: Database, practitioner: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    bulk(db, practitioner, 450, add_organisation(db).id)  # type: ignore[arg-type]
    pages: list[tuple[int, int]] = []
    real = records.page_records

    def counting(db, actor, criteria, sort, offset, limit):  # type: ignore[no-untyped-def]
        pages.append((offset, limit))
        return real(db, actor, criteria, sort, offset, limit)

    real_first = records.first_page

    def counting_first(db, actor, criteria, sort, limit):  # type: ignore[no-untyped-def]
        pages.append((0, limit))
        return real_first(db, actor, criteria, sort, limit)

    monkeypatch.setattr(records, "page_records", counting)
    monkeypatch.setattr(records, "first_page", counting_first)
    shown = DecisionsView(db, practitioner)
    qtbot.addWidget(shown)
    shown.resize(1200, 700)
    shown.show()
    shown.refresh()
    qtbot.waitExposed(shown)
    QApplication.processEvents()
    assert shown.model.rowCount() == 450
    assert shown.count_line.text() == "450 decisions"
    assert pages == [(0, 200)]  # the screen shows the first rows only
    shown.table.scrollToBottom()
    QApplication.processEvents()
    assert pages[-1] == (400, 200)
    assert shown.model.cached_rows() <= 200 * 5


def test_search_box_runs_on_every_change(view: DecisionsView, db, practitioner) -> None:  # type: ignore[no-untyped-def]
    org = add_organisation(db)
    records.save_draft(db, practitioner, complete_record(org.id, "CM-1", "Élodie Martin"))
    records.save_draft(db, practitioner, complete_record(org.id, "CM-2", "Ada Testington"))
    view.refresh()
    view.search_box.setText("ELOD")
    QApplication.processEvents()
    assert cases(view) == ["CM-1"]
    assert view.count_line.text() == "1 decision matches your search"
    view.search_box.setText('"testi* (')
    QApplication.processEvents()
    assert cases(view) == ["CM-2"]
    view.search_box.setText("testi OR")  # OR is a word like any other: none starts with it
    assert cases(view) == []
    view.search_box.setText("")
    assert sorted(cases(view)) == ["CM-1", "CM-2"]


def test_filters_combine_with_the_search(qtbot, view: DecisionsView, db, practitioner) -> None:  # type: ignore[no-untyped-def]
    org = add_organisation(db)
    bulk(db, practitioner, 12, org.id)  # type: ignore[arg-type]
    view.refresh()
    assert view.count_line.text() == "12 decisions"
    view.outcome_filter.select(Outcome.NOT_SHARED)
    assert len(cases(view)) == 6 and all(int(c[3:]) % 2 for c in cases(view))
    view.status_filter.select(RecordStatus.COMPLETED)
    assert cases(view) == ["CM-0009", "CM-0003"]
    view.search_box.setText("person3")
    assert cases(view) == ["CM-0003"]
    assert view.count_line.text() == "1 decision matches your search"
    view.search_box.clear()
    view.from_filter.set_value(date(2025, 1, 5))
    assert cases(view) == ["CM-0009"]
    view.to_filter.set_value(date(2025, 1, 5))
    assert cases(view) == []
    assert "No decisions match your search" in view.empty_state.text()
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    assert len(cases(view)) == 12
    assert view.from_filter.text() == "Any date" and view.outcome_filter.currentIndex() == 0
    assert view.current_filter() == RecordFilter()


def test_sorting_by_a_header_is_done_by_the_database(view: DecisionsView, db, practitioner) -> None:  # type: ignore[no-untyped-def]
    bulk(db, practitioner, 5, add_organisation(db).id)  # type: ignore[arg-type]
    view.refresh()
    assert cases(view) == ["CM-0004", "CM-0003", "CM-0002", "CM-0001", "CM-0000"]
    view.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert cases(view) == ["CM-0000", "CM-0001", "CM-0002", "CM-0003", "CM-0004"]
    assert view.model.sort_order == records.RecordSort("case_reference", False)


def test_refresh_keeps_the_selected_record(view: DecisionsView, db, practitioner) -> None:  # type: ignore[no-untyped-def]
    bulk(db, practitioner, 5, add_organisation(db).id)  # type: ignore[arg-type]
    view.refresh()
    view.table.selectRow(2)
    chosen = view.selected_id()
    records.save_draft(db, practitioner, replace(
        records.new_record(), case_reference="CM-NEW",
        decided_at=datetime(2025, 6, 1, tzinfo=UTC)))
    view.refresh()
    assert cases(view)[0] == "CM-NEW"
    assert view.selected_id() == chosen
    assert view.table.selectionModel().selectedRows()[0].row() == 3


def test_saved_filters_persist_and_can_be_deleted(
    qtbot, db: Database, practitioner: User, view: DecisionsView, monkeypatch, modal  # type: ignore[no-untyped-def]
) -> None:
    org = add_organisation(db)
    bulk(db, practitioner, 10, org.id)  # type: ignore[arg-type]
    view.refresh()
    builtin = [view.preset_box.itemText(i) for i in range(view.preset_box.count())]
    assert builtin == ["None chosen", "My drafts", "Not yet informed",
                       "Shared without consent this month"]
    assert not view.delete_preset_button.isEnabled()
    view.outcome_filter.select(Outcome.SHARED_IN_FULL)
    view.consent_filter.select(ConsentStatus.NOT_SOUGHT)
    view.search_box.setText("cm")
    monkeypatch.setattr(dialogs, "ask_text", lambda *args, **kwargs: "No consent, full")
    qtbot.mouseClick(view.save_preset_button, Qt.MouseButton.LeftButton)
    assert view.preset_box.currentText() == "No consent, full"
    assert view.delete_preset_button.isEnabled()

    # A new view (the app started again) offers it and applies all of it.
    again = DecisionsView(db, practitioner)
    qtbot.addWidget(again)
    again.refresh()
    index = again.preset_box.findText("No consent, full")
    assert index > 0
    again.preset_box.setCurrentIndex(index)
    again.preset_box.activated.emit(index)
    assert again.search_box.text() == "cm"
    assert again.outcome_filter.value() == (Outcome.SHARED_IN_FULL,)
    assert again.consent_filter.value() == (ConsentStatus.NOT_SOUGHT,)
    assert cases(again) == ["CM-0000"]  # full share, consent not sought (0 and 5 split)
    # Changing a filter by hand leaves the saved filter.
    again.outcome_filter.select(None)
    assert again.preset_box.currentIndex() == 0
    assert sorted(cases(again)) == ["CM-0000", "CM-0005"]

    again.preset_box.setCurrentIndex(index)
    again.preset_box.activated.emit(index)
    qtbot.mouseClick(again.delete_preset_button, Qt.MouseButton.LeftButton)
    assert modal.confirms and "No consent, full" in modal.confirms[0][1]
    assert again.preset_box.findText("No consent, full") == -1
    third = DecisionsView(db, practitioner)
    qtbot.addWidget(third)
    assert third.preset_box.findText("No consent, full") == -1


def test_built_in_saved_filters(qtbot, db, practitioner, view: DecisionsView) -> None:  # type: ignore[no-untyped-def]
    org = add_organisation(db)
    records.save_draft(db, practitioner, complete_record(org.id, "CM-DRAFT"))
    told_later = replace(complete_record(org.id, "CM-TELL", decided_at=datetime.now(UTC)),
                         person_informed=PersonInformed.NOT_YET,
                         people=[PersonInvolved(PersonRole.CHILD, "Sam Example")])
    records.save_draft(db, practitioner, told_later)
    view.refresh()
    index = view.preset_box.findText("Not yet informed")
    view.preset_box.setCurrentIndex(index)
    view.preset_box.activated.emit(index)
    assert cases(view) == ["CM-TELL"]
    assert view.also_line.isVisible()
    assert "Not yet" in view.also_line.text()
    index = view.preset_box.findText("My drafts")
    view.preset_box.setCurrentIndex(index)
    view.preset_box.activated.emit(index)
    assert sorted(cases(view)) == ["CM-DRAFT", "CM-TELL"]
    assert not view.also_line.isVisible()
    view.preset_box.setCurrentIndex(0)
    view.preset_box.activated.emit(0)
    assert view.current_filter() == RecordFilter()


def test_apply_filter_shows_it_in_the_inputs(qtbot, db, practitioner) -> None:  # type: ignore[no-untyped-def]
    org = add_organisation(db)
    bulk(db, practitioner, 6, org.id)  # type: ignore[arg-type]
    view = DecisionsView(db, practitioner)
    qtbot.addWidget(view)
    view.apply_filter(RecordFilter(search="person1", recipient_ids=(org.id,),  # type: ignore[arg-type]
                                   decided_to=date(2025, 1, 3)))
    assert view.search_box.text() == "person1"
    assert view.recipient_filter.currentText() == "Northshire Police"
    assert view.to_filter.value() == date(2025, 1, 3)
    assert cases(view) == ["CM-0001"]
    view.apply_filter(RecordFilter(outcomes=(Outcome.SHARED_IN_FULL, Outcome.NOT_SHARED)))
    assert view.outcome_filter.currentText() == "Shared in full or Not shared"
    assert len(cases(view)) == 6


def test_the_recipient_filter_follows_the_directory(qtbot, view: DecisionsView, db) -> None:  # type: ignore[no-untyped-def]
    before = view.recipient_filter.count()
    add_organisation(db, "Riverside Hospice")
    view.hide()
    view.show()  # back on the page after adding an organisation
    assert view.recipient_filter.count() == before + 1
    assert view.recipient_filter.findText("Riverside Hospice") > 0


def test_the_queue_takes_a_filter_too(qtbot, db, practitioner, manager) -> None:  # type: ignore[no-untyped-def]
    from infoshare_desktop.ui.views.record_lists import WaitingView

    org = add_organisation(db)
    records.submit(db, practitioner, complete_record(org.id, "CM-1"))
    queue = WaitingView(db, manager)
    qtbot.addWidget(queue)
    queue.refresh()
    assert queue.model.rowCount() == 1
    queue.apply_filter(RecordFilter(author_ids=(manager.id,)))  # type: ignore[arg-type]
    assert queue.model.rowCount() == 0
    assert queue.empty_state.text() == "Nothing waiting for you matches these filters."
    queue.apply_filter(RecordFilter())
    assert queue.model.rowCount() == 1
