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
