"""Start-up and unexpected errors: clear messages with no personal data in them."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from infoshare_desktop.storage.database import Database
from infoshare_desktop.storage.errors import NotADatabaseError
from infoshare_desktop.ui import app


def test_unexpected_error_shows_type_but_no_personal_data(monkeypatch, caplog) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(app.crash_dialog, "show_crash",
                        lambda reference, details: shown.append((reference, details)))
    try:
        raise ValueError("Amelia Hart, 03/04/2015")
    except ValueError as error:
        with caplog.at_level(logging.ERROR, logger="infoshare_desktop.ui"):
            app.handle_exception(ValueError, error, error.__traceback__)
    assert len(shown) == 1
    reference, text = shown[0]  # the crash dialog's reference and technical details
    assert reference.startswith("IS-") and reference in caplog.text
    assert "ValueError" in text
    assert "Amelia" not in text and "2015" not in text
    assert "ValueError" in caplog.text
    assert "Amelia" not in caplog.text and "2015" not in caplog.text
    assert "test_app.py" in caplog.text  # where it happened is kept


def test_run_gui_reports_a_database_it_cannot_open(monkeypatch, tmp_path: Path) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text: shown.append(text))

    def refuse(path: object) -> Database:
        raise NotADatabaseError("notes.txt is not an InfoShare database.")

    monkeypatch.setattr(Database, "open", staticmethod(refuse))
    monkeypatch.setattr(app, "install_error_handlers", lambda: None)
    assert app.run_gui(tmp_path / "notes.txt") == 1
    assert shown == ["notes.txt is not an InfoShare database."]


def test_run_gui_says_where_a_moved_log_went_and_opens_nothing(
    monkeypatch, tmp_path: Path
) -> None:
    from infoshare_desktop import demo
    from infoshare_desktop.services import accounts, transfer

    path = tmp_path / "old-pc.db"
    db = Database.open(path)
    demo.create_demo_data(db, 2, seed=1)
    transfer.retire(db, accounts.authenticate(db, "admin1", demo.DEMO_PASSWORD),
                    "infoshare on team-server")
    db.close()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(app, "install_error_handlers", lambda: None)
    assert app.run_gui(path) == 1
    assert len(shown) == 1
    assert "old-pc.db is no longer used" in shown[0]
    assert "moved to infoshare on team-server" in shown[0]


@pytest.mark.usefixtures("qapp")
def test_application_is_named_and_styled() -> None:
    application = app.create_application()
    assert application.applicationName() == "InfoShare"
    assert application.organizationName() == "InfoShare"
    assert "ErrorSummary" in application.styleSheet()


def test_run_gui_ends_when_nobody_signs_in(monkeypatch, db_path: Path) -> None:
    """The login dialog closed without signing in: nothing opens, the app ends."""
    from infoshare_desktop.ui.dialogs import sign_in
    from tests.factories import make_user

    database = Database.open(db_path)
    make_user(database, "alex")
    database.close()
    asked: list[str] = []
    monkeypatch.setattr(app, "install_error_handlers", lambda: None)
    monkeypatch.setattr(sign_in, "ask_setup", lambda db, parent=None: asked.append("setup"))
    monkeypatch.setattr(sign_in, "ask_login", lambda db, parent=None: asked.append("login"))
    assert app.run_gui(db_path) == 0
    assert asked == ["login"]  # an organisation exists: no set-up wizard
