"""Load the user's language: InfoShare's own strings and Qt's standard buttons.

English is the source language, so with no translation file everything shows in
English. A Welsh file (``infoshare_cy.qm``) is picked up when the locale is Welsh.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from infoshare_desktop.resources import resource_path

TRANSLATIONS_DIR = resource_path("assets", "translations")


def install_translations(
    app: QApplication, locale: QLocale | None = None, folder: Path = TRANSLATIONS_DIR
) -> list[QTranslator]:
    """Install every translation found for ``locale``; returns those installed."""
    locale = locale or QLocale()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    installed = []
    for name, where in (("qtbase", qt_folder), ("infoshare", str(folder))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", where):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
