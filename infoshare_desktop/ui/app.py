"""Start the desktop app: QApplication, look, error handling, database, main window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from infoshare_desktop.config import APP_AUTHOR, APP_NAME
from infoshare_desktop.services.database import StorageError, open_database
from infoshare_desktop.ui.style import apply_style
from infoshare_desktop.ui.translations import install_translations

log = logging.getLogger("infoshare_desktop.ui")

_showing_error = False


def describe_traceback(tb: TracebackType | None) -> str:
    """Where the error happened: files, lines and functions only.

    The exception's message and local variables are left out on purpose: they can
    hold the personal data being typed.
    """
    frames = traceback.extract_tb(tb)
    return " <- ".join(
        f"{Path(frame.filename).name}:{frame.lineno} {frame.name}" for frame in reversed(frames)
    )


def handle_exception(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """Log and show an unexpected error without its message (which may hold personal data)."""
    del error
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, kind(), tb)
        return
    log.error("Unexpected error %s at %s", kind.__name__, describe_traceback(tb))
    global _showing_error
    if _showing_error or QApplication.instance() is None:
        return
    _showing_error = True
    try:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Something went wrong"),
            QCoreApplication.translate(
                "App",
                "Something went wrong in InfoShare ({kind}).\n\n"
                "Your typing is autosaved every few seconds. If this keeps happening, "
                "tell your IT service desk the name in brackets.",
            ).format(kind=kind.__name__),
        )
    finally:
        _showing_error = False


def _qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Send Qt's own warnings to the log instead of the console."""
    del context
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(mode, logging.WARNING)
    log.log(level, "Qt: %s", message)


def install_error_handlers() -> None:
    sys.excepthook = handle_exception
    qInstallMessageHandler(_qt_message)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named and styled (reused if one exists, as in tests)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationDisplayName(APP_NAME)
    apply_style(app)
    if not app.property("translations_installed"):
        install_translations(app)
        app.setProperty("translations_installed", True)
    return app


def run_gui(db_path: Path) -> int:
    """Open the database at ``db_path`` and run the app until its window closes."""
    from infoshare_desktop.ui.main_window import MainWindow

    app = create_application()
    install_error_handlers()
    try:
        db = open_database(db_path)
    except StorageError as error:
        QMessageBox.critical(
            None, QCoreApplication.translate("App", "Cannot open the database"), str(error)
        )
        return 1
    try:
        window = MainWindow(db)
        window.show()
        window.offer_recoveries()
        return app.exec()
    finally:
        db.close()
