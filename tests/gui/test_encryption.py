"""The app on an encrypted database: first start encrypts and shows the recovery key;
the sign-in window unlocks the file; the recovery key lets an administrator back in."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.vocab import Role
from infoshare_desktop.services import accounts, encryption
from infoshare_desktop.storage import keyring
from infoshare_desktop.storage.database import Database
from infoshare_desktop.ui import app
from infoshare_desktop.ui.app import Session
from infoshare_desktop.ui.dialogs import sign_in
from infoshare_desktop.ui.dialogs.sign_in import (
    LoginDialog,
    RecoveryDialog,
    RecoveryKeyDialog,
    SetupDialog,
)

PASSWORD = "a-long-password"


@pytest.fixture(autouse=True)
def quick_key_wrapping(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring, "TIME_COST", 1)
    monkeypatch.setattr(keyring, "MEMORY_COST_KIB", 8)
    monkeypatch.setattr(keyring, "PARALLELISM", 1)


def _fill(dialog: SetupDialog) -> None:
    dialog.organisation_name.setText("Northshire Council")
    dialog.username.setText("it.admin")
    dialog.full_name.setText("Ada Admin")
    dialog.password.setText(PASSWORD)
    dialog.confirm.setText(PASSWORD)


def test_first_start_encrypts_and_shows_the_recovery_key(
    qtbot, db: Database, monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[RecoveryKeyDialog] = []

    def fill_and_finish(dialog: SetupDialog) -> int:
        qtbot.addWidget(dialog)
        assert dialog.encrypt.isChecked()  # encrypted unless the organisation says not
        assert dialog.encrypt.accessibleName() == "Encrypt this database (recommended)"
        _fill(dialog)
        assert dialog.finish()
        return 1

    def keep(dialog: RecoveryKeyDialog) -> int:
        qtbot.addWidget(dialog)
        shown.append(dialog)
        assert not dialog.continue_button.isEnabled()
        dialog.show()
        dialog.reject()  # Escape (or closing) does not skip the key
        assert dialog.isVisible()
        dialog.kept.setChecked(True)
        assert dialog.continue_button.isEnabled()
        dialog.continue_button.click()
        return 1

    monkeypatch.setattr(SetupDialog, "exec", fill_and_finish)
    monkeypatch.setattr(RecoveryKeyDialog, "exec", keep)
    admin = sign_in.ask_setup(db)

    assert admin is not None and admin.has(Role.ADMINISTRATOR)
    assert db.key is not None and encryption.is_encrypted(db.path)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db.path).execute("SELECT count(*) FROM sqlite_master").fetchone()
    assert len(shown) == 1
    key = shown[0].key.text()
    assert [len(group) for group in key.split("-")] == [4] * 13
    assert shown[0].key.isReadOnly() and key in shown[0].page_text()
    assert shown[0].result() == shown[0].DialogCode.Accepted
    # The app carries on with the same (now encrypted) database handle.
    assert accounts.authenticate(db, "it.admin", PASSWORD).id == admin.id
    encryption.unlock_with_recovery_key(db.path, key).close()


def test_an_unticked_box_keeps_the_database_plain(qtbot, db: Database) -> None:
    dialog = SetupDialog(db)
    qtbot.addWidget(dialog)
    _fill(dialog)
    dialog.encrypt.setChecked(False)
    assert dialog.finish()
    assert db.key is None and dialog.recovery_key is None
    assert not encryption.is_encrypted(db.path) and not keyring.exists(db.path)


def test_a_refused_set_up_encrypts_nothing(qtbot, db: Database) -> None:
    dialog = SetupDialog(db)
    qtbot.addWidget(dialog)
    _fill(dialog)
    dialog.organisation_name.setText("")
    assert not dialog.finish()
    assert db.key is None and not keyring.exists(db.path)


@pytest.fixture
def encrypted_path(tmp_path: Path) -> Path:
    db, _ = encryption.create_encrypted(tmp_path / "enc.db")
    try:
        admin = accounts.set_up_organisation(
            db, "Northshire Council", "OFFICIAL-SENSITIVE", User(None, "it.admin", "Ada Admin"),
            PASSWORD)
        accounts.create_user(db, admin, User(None, "alex", "Alex Rivers", "Social worker",
                                             frozenset({Role.PRACTITIONER})), PASSWORD)
    finally:
        db.close()
    return db.path


def test_signing_in_unlocks_an_encrypted_database(qtbot, encrypted_path: Path) -> None:
    dialog = LoginDialog(None, locked_path=encrypted_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.recovery_button is not None and dialog.recovery_button.isVisible()
    assert "Northshire Council" in [label.text() for label in dialog.findChildren(
        type(dialog.refusal))]
    refusals = []
    for username, password in (("alex", "not-the-password"), ("nobody", PASSWORD)):
        dialog.username.setText(username)
        dialog.password.setText(password)
        assert not dialog.sign_in()
        refusals.append(dialog.refusal.text())
        assert dialog.db is None
    assert refusals == [accounts.MSG_WRONG_PASSWORD] * 2
    dialog.username.setText("alex")
    dialog.password.setText(PASSWORD)
    assert dialog.sign_in()
    assert dialog.db is not None and dialog.user is not None
    try:
        # The session opens the window for the person who unlocked, then switching
        # user signs in inside the open database as before.
        session = Session(dialog.db, idle_lock_ms=3_600_000)
        assert session.sign_in(dialog.user)
        assert session.window is not None
        qtbot.addWidget(session.window)
        assert session.window.user.username == "alex"
    finally:
        dialog.db.close()


def test_run_gui_asks_for_a_password_before_anything_else(
    monkeypatch: pytest.MonkeyPatch, encrypted_path: Path,
) -> None:
    asked: list[object] = []
    monkeypatch.setattr(app, "install_error_handlers", lambda: None)
    monkeypatch.setattr(sign_in, "ask_unlock", lambda path, parent=None: asked.append(path))
    monkeypatch.setattr(sign_in, "ask_setup", lambda db, parent=None: asked.append("setup"))
    monkeypatch.setattr(sign_in, "ask_login", lambda db, parent=None: asked.append("login"))
    assert app.run_gui(encrypted_path) == 0
    assert asked == [encrypted_path]


def test_the_recovery_key_lets_an_administrator_back_in(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    db, recovery = encryption.create_encrypted(tmp_path / "enc.db")
    accounts.set_up_organisation(db, "Northshire Council", "OFFICIAL-SENSITIVE",
                                 User(None, "it.admin", "Ada Admin"), PASSWORD)
    db.close()
    dialog = RecoveryDialog(db.path)
    qtbot.addWidget(dialog)
    dialog.key.setText(encryption.format_recovery_key(encryption.new_key()))
    dialog.username.setText("it.admin")
    dialog.new.setText("chosen-after-recovery")
    dialog.confirm.setText("chosen-after-recovery")
    assert not dialog.recover()
    assert "does not open" in dialog.refusal.text()
    dialog.key.setText(recovery)
    dialog.new.setText("chosen-after-recovery")
    dialog.confirm.setText("chosen-after-recovery")
    assert dialog.recover()
    assert dialog.user is not None and dialog.user.username == "it.admin"
    assert dialog.db is not None
    dialog.db.close()
    encryption.unlock(db.path, "it.admin", "chosen-after-recovery").close()
    with pytest.raises(accounts.AuthenticationError):
        encryption.unlock(db.path, "it.admin", PASSWORD)
