"""The decision list: columns, sorting, search, empty state, opening records."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QPoint, Qt

from infoshare_desktop.domain.vocab import Outcome
from infoshare_desktop.services import records
from infoshare_desktop.ui.models.tables import OrganisationsModel, RecordsModel

from .sample import add_organisation, complete_record


def column(window, index: int) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.decisions.model
    return [model.index(row, index).data() for row in range(model.rowCount())]


def add_three(db, author) -> list[int]:  # type: ignore[no-untyped-def]
    org = add_organisation(db)
    made = [
        records.save_draft(db, author, complete_record(
            org.id, "CM-300", "Casey Brook", datetime(2024, 12, 30, 9, 0, tzinfo=UTC))),
        records.mark_complete(db, author, complete_record(
            org.id, "cm-100", "Jordan Ellis", datetime(2025, 1, 10, 9, 0, tzinfo=UTC),
            Outcome.NOT_SHARED)),
        records.save_draft(db, author, complete_record(
            org.id, "CM-200", "Robin Hale", datetime(2024, 2, 1, 9, 0, tzinfo=UTC))),
    ]
    return [r.id for r in made]


def test_empty_list_shows_a_message(window) -> None:
    decisions = window.decisions
    assert decisions.stack.currentWidget() is decisions.empty_state
    assert "No decisions recorded yet" in decisions.empty_state.text()
    assert decisions.count_line.text() == "0 decisions"


def test_list_columns_and_sorting(qtbot, window, db, practitioner) -> None:
    add_three(db, practitioner)
    decisions = window.decisions
    decisions.refresh()
    assert decisions.stack.currentWidget() is decisions.table
    assert decisions.count_line.text() == "3 decisions"
    headers = [decisions.model.headerData(i, Qt.Orientation.Horizontal) for i in range(8)]
    assert headers == ["Reference", "Date of decision", "Case reference", "Practitioner",
                       "Recipient", "Outcome", "Consent", "Status"]
    # Newest decision first by default; dates sort as dates, not as dd/mm text.
    assert column(window, 2) == ["cm-100", "CM-300", "CM-200"]
    row = {column(window, 2)[i]: i for i in range(3)}
    assert decisions.model.index(row["cm-100"], 5).data() == "Not shared"
    assert decisions.model.index(row["cm-100"], 7).data() == "Completed"
    assert decisions.model.index(row["CM-300"], 7).data() == "Draft"
    assert decisions.model.index(row["CM-300"], 4).data() == "Northshire Police"
    assert decisions.model.index(row["CM-300"], 3).data() == "Alex Rivers"
    # Clicking the date header sorts by date; the indicator says which way.
    header = decisions.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(1) > 0 and header.isVisible())
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(2) + 5, 5))
    assert header.sortIndicatorSection() == 2
    assert column(window, 2) == ["cm-100", "CM-200", "CM-300"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(1) + 5, 5))
    assert header.sortIndicatorSection() == 1
    by_date = ["CM-200", "CM-300", "cm-100"]
    if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
        by_date.reverse()
    assert column(window, 2) == by_date
    decisions.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert column(window, 2) == ["CM-200", "CM-300", "cm-100"]
    # Text ignores case.
    decisions.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert column(window, 2) == ["cm-100", "CM-200", "CM-300"]


def test_search_filters_as_you_type(qtbot, window, db, practitioner) -> None:
    add_three(db, practitioner)
    decisions = window.decisions
    decisions.refresh()
    qtbot.keyClicks(decisions.search, "robin")
    qtbot.waitUntil(lambda: decisions.model.rowCount() == 1)
    assert column(window, 2) == ["CM-200"]
    assert decisions.count_line.text() == "1 decision matches your search"
    decisions.search.clear()
    qtbot.keyClicks(decisions.search, "CM-")
    qtbot.waitUntil(lambda: decisions.model.rowCount() == 3)
    qtbot.keyClicks(decisions.search, "nothing like this")
    qtbot.waitUntil(lambda: decisions.stack.currentWidget() is decisions.empty_state)
    assert "No decisions match your search" in decisions.empty_state.text()


def test_double_click_or_enter_opens_one_form_per_record(
    qtbot, window, db, practitioner
) -> None:
    ids = add_three(db, practitioner)
    decisions = window.decisions
    decisions.refresh()
    table = decisions.table
    qtbot.waitUntil(lambda: table.viewport().height() > 50)
    rect = table.visualRect(decisions.model.index(0, 0))
    assert table.viewport().rect().contains(rect.center())
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(window.forms) == 1
    assert window.forms[0].record.id == ids[1]  # newest decision is first
    table.setFocus()
    table.setCurrentIndex(decisions.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert len(window.forms) == 1  # the same record is not opened twice
    window.new_action.trigger()
    assert len(window.forms) == 2
    assert window.forms[1].title.text() == "New record, not yet saved"


def test_saving_a_form_refreshes_the_list(qtbot, window) -> None:
    form = window.new_record()
    qtbot.keyClicks(form.editor("case_reference").edit, "CM-9")
    assert form.save_draft()
    assert column(window, 2) == ["CM-9"]
    assert column(window, 0) == [form.record.reference]


def test_navigation_switches_pages(window) -> None:
    assert window.page_names() == ["Decisions", "Recipient organisations", "Reports"]
    window.navigation.setCurrentRow(1)
    assert window.pages.currentWidget() is window.organisations
    window.navigation.setCurrentRow(0)
    assert window.pages.currentWidget() is window.decisions


def test_table_models_pass_the_model_tester(qtmodeltester, db, practitioner) -> None:
    add_three(db, practitioner)
    model = RecordsModel()
    model.set_rows(records.list_records(db, practitioner))
    qtmodeltester.check(model, force_py=True)
    organisations = OrganisationsModel()
    from infoshare_desktop.services.organisations import list_organisations

    organisations.set_rows(list_organisations(db, include_inactive=True))
    qtmodeltester.check(organisations, force_py=True)
    empty = RecordsModel()
    qtmodeltester.check(empty, force_py=True)


def test_a_form_built_ahead_opens_the_next_record(qtbot, window, db, practitioner) -> None:
    ids = add_three(db, practitioner)
    window.decisions.refresh()
    window.spare_timer.setInterval(0)
    window.spare_timer.start()
    qtbot.waitUntil(lambda: window.spare_form is not None)
    spare = window.spare_form
    assert not spare.isVisible() and spare not in window.forms

    form = window.open_record(ids[0])
    assert form is spare and form.isVisible() and form in window.forms
    assert window.spare_form is None
    assert form.record.id == ids[0]
    assert form.editor("case_reference").value() == form.record.case_reference
    assert form.tabs.currentIndex() == 0 and not form.dirty
    assert form.title.text().startswith(form.record.reference)

    # Another is built for the next one; a new record uses it as well.
    qtbot.waitUntil(lambda: window.spare_form is not None)
    blank = window.new_record()
    assert blank is not None and blank is not form
    assert blank.title.text() == "New record, not yet saved"
    assert blank.editor("case_reference").value() == ""

    qtbot.waitUntil(lambda: window.spare_form is not None)
    left_over = window.spare_form
    for open_form in list(window.forms):
        open_form.close()
    window.close()
    assert window.spare_form is None
    qtbot.waitUntil(lambda: not shiboken_valid(left_over))


def shiboken_valid(widget) -> bool:  # type: ignore[no-untyped-def]
    import shiboken6

    return shiboken6.isValid(widget)
