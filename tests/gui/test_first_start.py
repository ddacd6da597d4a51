"""A PC's first start with nothing configured: set up here, or join the team's server."""

from __future__ import annotations

from pathlib import Path

import pytest

from infoshare_desktop import config
from infoshare_desktop.services import accounts
from infoshare_desktop.storage.database import Database
from infoshare_desktop.ui import app
from infoshare_desktop.ui.dialogs import first_start, sign_in
from infoshare_desktop.ui.dialogs.first_start import FirstStartDialog


@pytest.fixture
def server(postgres_server):  # type: ignore[no-untyped-def]
    name = postgres_server.empty_database()  # a database IT has just made: nothing in it
    try:
        yield postgres_server.url(name)
    finally:
        postgres_server.drop(name)


def test_here_is_the_default_and_needs_nothing_more(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.here.isChecked() and not dialog.server_panel.isVisible()
    assert dialog.go_on() and dialog.use_here and dialog.db is None
    assert config.remembered_server() is None


def test_the_server_is_connected_to_then_remembered(qtbot, server: str) -> None:  # type: ignore[no-untyped-def]
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.server.setChecked(True)
    assert dialog.server_panel.isVisible()
    assert dialog.address.accessibleName() == "Server address"
    assert not dialog.go_on()
    assert dialog.fields.errors["address"].text() == (
        "Enter the server's address your IT department gave you")
    dialog.address.setText("db.example.local/infoshare")
    assert not dialog.go_on()
    assert "starting postgresql://" in dialog.fields.errors["address"].text()
    dialog.address.setText(server.replace("127.0.0.1:", "127.0.0.1:1"))  # nobody there
    assert not dialog.go_on()
    assert dialog.refusal.isVisibleTo(dialog)
    assert "cannot be reached" in dialog.refusal.text() or "Cannot open" in dialog.refusal.text()
    dialog.address.setText(server)
    assert dialog.go_on()
    assert dialog.db is not None and dialog.db.is_server
    # Made ready on the server (InfoShare's tables), and kept for the next start.
    assert accounts.needs_setup(dialog.db)
    dialog.db.close()
    assert config.remembered_server() == server
    assert config.resolve_database(None) == server
    assert not config.may_choose_server(None)


def test_the_app_offers_it_only_when_nothing_chose_a_database(
    qtbot, server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    offered: list[str] = []
    set_up_on: list[Database] = []

    def choose_server(parent: object = None) -> FirstStartDialog:
        offered.append("asked")
        chosen = FirstStartDialog()
        chosen.db = Database.open_url(server)
        return chosen

    def set_up(db: Database, parent: object = None) -> None:
        set_up_on.append(db)

    monkeypatch.setattr(app, "install_error_handlers", lambda: None)
    monkeypatch.setattr(first_start, "ask_first_start", choose_server)
    monkeypatch.setattr(sign_in, "ask_setup", set_up)
    monkeypatch.delenv(config.DB_ENV_VAR, raising=False)
    monkeypatch.delenv(config.DB_URL_ENV_VAR, raising=False)
    # Named on the command line: no question, set up right there.
    assert app.run_gui(tmp_path / "named.db") == 0
    assert offered == [] and set_up_on[-1].path == tmp_path / "named.db"
    # Nothing named: the person chose the server, and set-up happens there.
    assert config.may_choose_server(None)
    assert app.run_gui(tmp_path / "default.db",
                       may_choose_server=config.may_choose_server(None)) == 0
    assert offered == ["asked"] and set_up_on[-1].is_server
