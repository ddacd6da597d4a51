"""A translation file, once compiled, changes what the app shows."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from infoshare_desktop.domain.fields import FIELDS_BY_NAME
from infoshare_desktop.ui.text import field_text
from infoshare_desktop.ui.translations import TRANSLATIONS_DIR, install_translations

WELSH_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>fields</name>
    <message>
        <source>Case reference</source>
        <translation>Cyfeirnod yr achos</translation>
    </message>
</context>
</TS>
"""


def test_welsh_file_translates_field_labels(qapp: QApplication, tmp_path: Path) -> None:
    (tmp_path / "infoshare_cy.ts").write_text(WELSH_TS, encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    source, compiled = tmp_path / "infoshare_cy.ts", tmp_path / "infoshare_cy.qm"
    subprocess.run([str(lrelease), str(source), "-qm", str(compiled)], check=True,
                   capture_output=True)
    label = FIELDS_BY_NAME["case_reference"].label
    installed = install_translations(qapp, QLocale("cy_GB"), tmp_path)
    try:
        assert field_text(label) == "Cyfeirnod yr achos"
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
    assert field_text(label) == "Case reference"


def test_english_loads_no_infoshare_file(qapp: QApplication) -> None:
    """English is the source language: the labels show as written in the domain."""
    installed = install_translations(qapp, QLocale("en_GB"), TRANSLATIONS_DIR)
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    assert not [t.filePath() for t in installed if "infoshare" in t.filePath()]


def test_a_refusal_from_the_services_is_shown_in_welsh(
    qapp: QApplication, tmp_path: Path
) -> None:
    """Storage and service errors carry their template: the screen shows it translated,
    with the values (here a reference) filled in."""
    from xml.sax.saxutils import escape

    from infoshare_desktop import demo
    from infoshare_desktop.services import accounts, records
    from infoshare_desktop.services.errors import NotFoundError
    from infoshare_desktop.storage.database import Database
    from infoshare_desktop.ui.text import error_text

    db = Database.open(tmp_path / "log.db")
    try:
        demo.create_demo_data(db, 1, seed=3)
        guardian = accounts.authenticate(db, "guardian1", demo.DEMO_PASSWORD)
        try:
            records.get_record(db, guardian, 987654)
        except NotFoundError as caught:
            error = caught
    finally:
        db.close()
    source = error.message.source
    assert error.message.context == "errors" and "{" in source  # a template, not a sentence
    welsh = "CY: " + source
    (tmp_path / "infoshare_cy.ts").write_text(WELSH_TS.replace(
        "<name>fields</name>", f"<name>{error.message.context}</name>").replace(
        "<source>Case reference</source>", f"<source>{escape(source)}</source>").replace(
        "<translation>Cyfeirnod yr achos</translation>",
        f"<translation>{escape(welsh)}</translation>"), encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(tmp_path / "infoshare_cy.ts"), "-qm",
                    str(tmp_path / "infoshare_cy.qm")], check=True, capture_output=True)
    installed = install_translations(qapp, QLocale("cy_GB"), tmp_path)
    try:
        shown = error_text(error)
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
    assert shown == "CY: " + str(error) and "987654" in shown
    assert error_text(error) == str(error)
