"""The app on a team server: the server's password asked for and remembered, and a server
restart in the middle of someone's work costing nothing they typed."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

import pytest

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.vocab import Role
from infoshare_desktop.services import audit, records
from infoshare_desktop.storage.database import Database
from infoshare_desktop.ui import app
from infoshare_desktop.ui.dialogs import sign_in
from infoshare_desktop.ui.dialogs.server_login import ServerPasswordDialog
from infoshare_desktop.ui.main_window import MainWindow
from tests.factories import make_user
from tests.memory_keyring import MemoryKeyring

from .test_form_faults import KEPT, open_form, saved_draft, type_into, typed

SERVER_PASSWORD = "server-secret-3"


@pytest.fixture
def server(postgres_server):  # type: ignore[no-untyped-def]
    """A fresh database on the test server: (its name, its address)."""
    name = postgres_server.new_database()
    try:
        yield name, postgres_server.url(name)
    finally:
        postgres_server.drop(name)


@pytest.fixture
def server_db(server: tuple[str, str]) -> Iterator[Database]:
    db = Database.open_url(server[1])
    try:
        yield db
    finally:
        db.close()


def test_a_server_restart_mid_session_loses_nothing(  # type: ignore[no-untyped-def]
    qtbot, postgres_server, server_db: Database, modal: SimpleNamespace,
) -> None:
    worker = make_user(server_db, "alex", teams=["Team A"])
    guardian = make_user(server_db, "gina", Role.GUARDIAN)
    draft = saved_draft(server_db, worker)
    window = MainWindow(server_db, worker, idle_lock_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    form = open_form(qtbot, server_db, worker,
                     records.get_record(server_db, worker, draft.id))  # type: ignore[arg-type]
    type_into(form, "Typed while the server restarted", "Restart Child")
    before = typed(form)

    postgres_server.halt()
    try:
        assert not form.save_draft()
        assert not window.changes.check()  # the list waits quietly for the server
    finally:
        postgres_server.resume()

    assert typed(form) == before and form.dirty
    ((title, message),) = modal.errors
    assert title == "Cannot save the record"
    assert message.startswith("The database server cannot be reached")
    assert message.endswith(KEPT)
    # The server is back: the same window carries on, on new connections.
    assert form.save_draft()
    stored = records.get_record(server_db, worker, draft.id)  # type: ignore[arg-type]
    assert (stored.purpose, stored.people[0].name) == (
        "Typed while the server restarted", "Restart Child")
    assert window.changes.check()  # and the list shows the save
    assert audit.verify(server_db, guardian).ok
    form.close()
    window.close()


def test_the_server_password_is_asked_for_and_can_be_remembered(  # type: ignore[no-untyped-def]
    qtbot, postgres_server, server: tuple[str, str], memory_keyring: MemoryKeyring,
) -> None:
    name, _ = server
    address = postgres_server.add_password_user(f"pc_{name}", SERVER_PASSWORD, name)
    dialog = ServerPasswordDialog(address)
    qtbot.addWidget(dialog)
    assert dialog.password.accessibleName() == "Server password"
    assert not dialog.try_connect()  # nothing typed
    assert dialog.fields.errors["password"].text() == "Enter the server password"
    dialog.password.setText("not-the-password")
    assert not dialog.try_connect()
    assert dialog.refusal.isVisibleTo(dialog) and "did not accept" in dialog.refusal.text()
    assert dialog.password.text() == "" and dialog.db is None
    dialog.password.setText(SERVER_PASSWORD)
    dialog.remember.setChecked(True)
    assert dialog.try_connect()
    assert dialog.db is not None
    dialog.db.close()
    assert list(memory_keyring.saved.values()) == [SERVER_PASSWORD]


def test_the_app_opens_a_server_database_it_has_no_password_for(  # type: ignore[no-untyped-def]
    qtbot, postgres_server, server: tuple[str, str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    from infoshare_desktop.ui.dialogs import server_login

    name, _ = server
    address = postgres_server.add_password_user(f"app_{name}", SERVER_PASSWORD, name)
    asked: list[str] = []

    def ask(where: str, parent: object = None) -> Database:
        asked.append(where)
        return Database.open_url(address.replace("@", f":{SERVER_PASSWORD}@"))

    seen: list[User | None] = []
    monkeypatch.setattr(app, "install_error_handlers", lambda: None)
    monkeypatch.setattr(server_login, "ask_server_password", ask)
    monkeypatch.setattr(sign_in, "ask_setup", lambda db, parent=None: seen.append(None))
    assert app.run_gui(address) == 0  # asked for the password, then nobody set it up
    assert asked == [address] and seen == [None]
