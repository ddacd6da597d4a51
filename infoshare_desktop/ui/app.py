"""Start the desktop app: QApplication, look, error handling, database, sign-in, main window."""

from __future__ import annotations

import logging
import re
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from infoshare_desktop import logs
from infoshare_desktop.config import APP_AUTHOR, APP_NAME
from infoshare_desktop.domain.accounts import User
from infoshare_desktop.services import accounts, encryption
from infoshare_desktop.services.database import (
    Database,
    ServerLoginError,
    StorageError,
    open_database,
)
from infoshare_desktop.services.errors import ServiceError
from infoshare_desktop.ui.dialogs import crash_dialog, sign_in
from infoshare_desktop.ui.dialogs.config_notice import show_config_problems
from infoshare_desktop.ui.icons import set_application_icon
from infoshare_desktop.ui.style import apply_style
from infoshare_desktop.ui.text import error_text
from infoshare_desktop.ui.translations import install_translations

if TYPE_CHECKING:
    from infoshare_desktop.ui.main_window import MainWindow

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


def _log_error(
    kind: type[BaseException], error: BaseException | None, tb: TracebackType | None,
    where: str = "",
) -> tuple[str, str]:
    """Log an unexpected error under a new reference: (reference, technical details).

    Only the error's type and code locations are kept: its message may hold personal data.
    """
    reference = crash_dialog.new_reference()
    details = crash_dialog.technical_details(reference, kind, error, tb)
    log.error("Unexpected error %s%s (reference %s) at %s\n%s", kind.__name__, where,
              reference, describe_traceback(tb), details)
    return reference, details


def _show_crash(reference: str, details: str) -> None:
    """The crash dialog, on the GUI thread; a second error while one shows is only logged."""
    global _showing_error
    if _showing_error or QApplication.instance() is None:
        return
    _showing_error = True
    try:
        crash_dialog.show_crash(reference, details)
    except Exception as failure:  # the dialog itself failed: the log has the reference
        log.error("The crash dialog could not be shown (%s)", type(failure).__name__)
    finally:
        _showing_error = False


def handle_exception(
    kind: type[BaseException], error: BaseException | None, tb: TracebackType | None
) -> None:
    """Log an unexpected error under a new reference and show the crash dialog; the app
    carries on."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, kind(), tb)
        return
    reference, details = _log_error(kind, error, tb)
    del error
    _show_crash(reference, details)


class _CrashRelay(QObject):
    """Carries an error found on a background thread to the GUI thread's crash dialog.

    It lives on the GUI thread, so emitting from another thread queues the call there.
    """

    crashed = Signal(str, str)


_relay: _CrashRelay | None = None


def handle_thread_exception(args: threading.ExceptHookArgs) -> None:
    """An unexpected error on a background thread (the daily backup, the start-up check):
    logged like any other, without its message, and the crash dialog shown on the GUI
    thread. Python's default would print the message, which may hold personal data, to
    the console."""
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else "?"
    reference, details = _log_error(
        args.exc_type, args.exc_value, args.exc_traceback, f" on thread {name}")
    if _relay is not None:
        _relay.crashed.emit(reference, details)


def _qt_summary(message: str) -> str:
    """Qt's warning without what it quotes: "QString::arg: Argument missing: <the
    text>" can carry what was typed, so keep the part before the first ': ' and drop
    anything in quotes."""
    head = message.split(": ", 1)[0]
    head = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", head)
    return head[:120]


def _qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Send Qt's own warnings to the log (in outline) instead of the console."""
    category = context.category or "qt"
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(mode, logging.WARNING)
    log.log(level, "Qt (%s): %s", category, _qt_summary(message))


def install_error_handlers() -> None:
    """Unexpected errors, on any thread, and Qt's warnings go to the log, never the
    console; errors also show the crash dialog (call once the QApplication exists)."""
    global _relay
    if _relay is None:
        _relay = _CrashRelay()
        _relay.crashed.connect(_show_crash)
    sys.excepthook = handle_exception
    threading.excepthook = handle_thread_exception
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
    set_application_icon(app)
    if not app.property("translations_installed"):
        install_translations(app)
        app.setProperty("translations_installed", True)
    return app


def cannot_open(error: Exception) -> None:
    QMessageBox.critical(
        None, QCoreApplication.translate("App", "Cannot open the database"), error_text(error))


class Session(QObject):
    """Who is signed in, and their main window: set-up, login and "Switch user".

    ``ask_setup`` and ``ask_login`` (in ``ui.sign_in``) show the modal dialogs; tests
    replace them.
    """

    def __init__(
        self, db: Database, *, idle_lock_ms: int | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.idle_lock_ms = idle_lock_ms
        self.window: MainWindow | None = None

    def start(self) -> bool:
        """Set up on first start, then sign in; False when the person gives up."""
        try:
            user = self.identify()
        except (ServiceError, StorageError) as error:
            cannot_open(error)
            return False
        return user is not None and self.sign_in(user)

    def identify(self) -> User | None:
        """Set up on first start, then ask who is there; None when the person gives up.

        Raises ``StorageError`` when the database cannot be read.
        """
        if accounts.needs_setup(self.db) and sign_in.ask_setup(self.db) is None:
            return None
        return sign_in.ask_login(self.db)

    def sign_in(self, user: User | None = None) -> bool:
        """Ask who is there (unless ``user`` already signed in) and open their main window."""
        from infoshare_desktop.ui.main_window import MainWindow

        if user is None:
            user = sign_in.ask_login(self.db)
        if user is None:
            return False
        window = MainWindow(self.db, user, idle_lock_ms=self.idle_lock_ms)
        window.switch_user_requested.connect(self._switch_user)
        window.closed_for_good.connect(QApplication.quit)
        self.window = window
        window.show()
        window.offer_recoveries()
        return True

    def _switch_user(self) -> None:
        old = self.window
        self.window = None
        if old is not None:
            old.deleteLater()
        if not self.sign_in():
            QApplication.quit()


def run_gui(db_path: Path | str, *, may_choose_server: bool = False) -> int:
    """Open the database at ``db_path`` (a file, or a team server's address), sign
    someone in, and run until the window closes.

    ``may_choose_server``: nothing said which database to use, so a new one's first
    start offers the team's server instead (``ui.first_start``).
    """
    logs.setup_logging()
    app = create_application()
    install_error_handlers()
    show_config_problems()  # IT's machine-wide file: say what is wrong, use the rest
    signed_in: User | None = None
    if encryption.is_encrypted(db_path):
        # The file cannot be read before someone signs in: their password unlocks it.
        unlocked = sign_in.ask_unlock(db_path)
        if unlocked is None:
            return 0
        db, signed_in = unlocked
    else:
        try:
            db = open_database(db_path)
        except ServerLoginError:
            # A server with no saved password for this PC (or a wrong one): ask for it.
            from infoshare_desktop.ui.dialogs.server_login import ask_server_password

            server_db = ask_server_password(str(db_path))
            if server_db is None:
                return 0
            db = server_db
        except StorageError as error:
            cannot_open(error)
            return 1
    if may_choose_server and not db.is_server and signed_in is None:
        try:
            first_start = accounts.needs_setup(db)
        except (ServiceError, StorageError):
            first_start = False  # the start-up check below says what is wrong
        if first_start:
            from infoshare_desktop.ui.dialogs.first_start import ask_first_start

            chosen = ask_first_start()
            if chosen is None:
                db.close()
                return 0
            if chosen.db is not None:  # the team's server: this PC's new file is not used
                db.close()
                db = chosen.db
    from infoshare_desktop.ui.views.backups_view import StartCheck

    # The check reads the whole file on another thread while the person signs in;
    # the main window opens only once it has passed (damaged: offer a backup, or close).
    # A server database is checked by the server itself: there is no file to read.
    checking = None if db.is_server else StartCheck(db)
    failure: Exception | None = None
    try:
        user = signed_in if signed_in is not None else Session(db).identify()
    except (ServiceError, StorageError) as error:
        user, failure = None, error
    checked = checking.finish() if checking is not None else db
    if checked is None:
        db.close()
        return 1
    restored = checked is not db
    if not restored and user is None:
        db.close()
        if failure is not None:
            cannot_open(failure)
            return 1
        return 0  # the person gave up signing in
    db = checked
    try:
        session = Session(db)
        # Switching user closes one window before the next opens: the app quits when
        # the main window is closed on purpose, not when the last window goes.
        app.setQuitOnLastWindowClosed(False)
        # A restored file is a different database: sign in to it afresh.
        started = session.start() if restored or user is None else session.sign_in(user)
        if not started:
            return 0
        code = app.exec()
        if session.window is not None:
            # Quitting without closing the window (the desktop session ending, say).
            session.window.sign_out()
        return code
    finally:
        db.close()
