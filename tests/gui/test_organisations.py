"""The recipient organisations screen and its dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt

from infoshare_desktop.domain.vocab import RecipientType
from infoshare_desktop.services.organisations import list_organisations

from .sample import add_organisation


def choose_type(dialog, kind: RecipientType) -> None:  # type: ignore[no-untyped-def]
    dialog.type.setCurrentIndex(1 + list(RecipientType).index(kind))


def names(view) -> list[str]:  # type: ignore[no-untyped-def]
    return [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]


def test_add_organisation_with_validation(qtbot, window, db) -> None:
    window.navigation.setCurrentRow(1)
    view = window.organisations
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors["name"].isVisible()
    assert dialog.errors["name"].text() == "Enter the organisation's name"
    assert dialog.errors["type"].text() == "Select the type of organisation"
    assert not dialog.errors["phone"].isVisible()
    qtbot.keyClicks(dialog.name, "Hillside Academy")
    choose_type(dialog, RecipientType.EDUCATION)
    qtbot.keyClicks(dialog.secure_email, "dsl@hillside.example")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert names(view) == ["Hillside Academy"]
    assert view.proxy.index(0, 1).data() == "Education"
    assert view.proxy.index(0, 3).data() == "dsl@hillside.example"
    assert view.proxy.index(0, 4).data() == "Yes"
    assert view.count_line.text() == "1 organisation"

    # A second entry with the same name is refused beside the name field.
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    again = view.dialog
    qtbot.keyClicks(again.name, "hillside academy")
    choose_type(again, RecipientType.EDUCATION)
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert again.isVisible()
    assert again.errors["name"].text() == (
        "An organisation with this name is already in the directory"
    )
    qtbot.mouseClick(again.cancel_button, Qt.MouseButton.LeftButton)
    assert len(list_organisations(db, include_inactive=True)) == 1


def test_edit_organisation_with_enter(qtbot, window, db) -> None:
    add_organisation(db, "Northshire Police")
    add_organisation(db, "Brookfield Health Centre", RecipientType.HEALTH)
    view = window.organisations
    view.refresh()
    window.navigation.setCurrentRow(1)
    assert names(view) == ["Brookfield Health Centre", "Northshire Police"]
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.index(1, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog = view.dialog
    assert dialog.windowTitle() == "Edit organisation"
    assert dialog.name.text() == "Northshire Police"
    assert dialog.type.choice() is RecipientType.POLICE
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "01632 960999")
    dialog.active.setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    row = names(view).index("Northshire Police")
    assert view.proxy.index(row, 2).data() == "01632 960999"
    assert view.proxy.index(row, 4).data() == "No"
    # An inactive organisation is no longer offered on new records.
    form = window.new_record()
    combo = form.editor("recipient_organisation_id").combo
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert offered == ["Select…", "Brookfield Health Centre"]
