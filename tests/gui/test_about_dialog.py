"""Help > About: the version from the package metadata, the database, the licences."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from infoshare_desktop.licences import bundled_components
from infoshare_desktop.ui.app import create_application
from infoshare_desktop.ui.dialogs.about_dialog import AboutDialog
from infoshare_desktop.ui.main_window import MainWindow


def _rows(dialog: AboutDialog) -> dict[str, tuple[str, str]]:
    table = dialog.table
    return {table.item(row, 0).text(): (table.item(row, 1).text(), table.item(row, 2).text())
            for row in range(table.rowCount())}


def test_about_opens_from_the_help_menu(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = window.show_about()
    qtbot.waitExposed(dialog)
    version = metadata.version("infoshare-desktop")
    assert dialog.version_label.text() == f"Version {version}"
    assert dialog.database_label.text() == str(window.db.path)
    rows = _rows(dialog)
    assert rows["Qt"][1] == "LGPL-3.0-only"
    assert rows["PySide6"][0] == metadata.version("PySide6")
    assert rows["SQLAlchemy"] == (metadata.version("SQLAlchemy"), "MIT")
    for name in ("SQLCipher", "sqlcipher3", "reportlab", "argon2-cffi", "cryptography",
                 "platformdirs", "sqlmodel", "DejaVu Sans fonts", "Python"):
        assert name in rows, name
    dialog.grab().save("/tmp/about-dialog.png")
    dialog.close()


def test_selecting_a_component_shows_its_licence_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog("/data/infoshare.db")
    qtbot.addWidget(dialog)
    names = [component.name for component in dialog.components]
    # The first row is selected: Qt, whose LGPL text is shipped with the app.
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.licence_text.toPlainText()
    dialog.table.setCurrentCell(names.index("SQLCipher"), 0)
    assert "ZETETIC LLC" in dialog.licence_text.toPlainText()
    dialog.table.setCurrentCell(names.index("DejaVu Sans fonts"), 0)
    assert "Bitstream" in dialog.licence_text.toPlainText()
    dialog.table.setCurrentCell(names.index("SQLAlchemy"), 0)
    assert "Permission is hereby granted" in dialog.licence_text.toPlainText()


def test_every_component_has_a_version_a_licence_and_its_text() -> None:
    for component in bundled_components():
        assert component.version, component.name
        assert component.licence and component.licence != "see licence text", component.name
        assert len(component.licence_text()) > 200, component.name


def test_copied_details_name_versions_but_not_the_database(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog("/home/jsmith/infoshare.db")
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.splitlines()[0] == f"InfoShare Desktop {metadata.version('infoshare-desktop')}"
    assert f"PySide6 {metadata.version('PySide6')}" in copied
    assert "jsmith" not in copied


def test_the_application_has_the_infoshare_icon(qapp: QApplication) -> None:
    app = create_application()
    sizes = {size.width() for size in app.windowIcon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes
