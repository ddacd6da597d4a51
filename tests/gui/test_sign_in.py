"""First start, signing in, the lockout, changing a password and switching user."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from infoshare_desktop.domain.vocab import Role
from infoshare_desktop.services import accounts
from infoshare_desktop.services import settings as settings_service
from infoshare_desktop.ui.app import Session
from infoshare_desktop.ui.dialogs import UnsavedChoice, sign_in
from infoshare_desktop.ui.dialogs.sign_in import ChangePasswordDialog, LoginDialog, SetupDialog
from infoshare_desktop.ui.main_window import MainWindow
from tests.factories import TEST_PASSWORD, make_user


def sign_in_with(qtbot, dialog: LoginDialog, username: str, password: str) -> None:  # type: ignore[no-untyped-def]
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # "Sign in" is the default button


def test_wrong_password_then_lockout_then_success(qtbot, db, practitioner, modal) -> None:
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.password.echoMode() is QLineEdit.EchoMode.Password
    assert dialog.sign_in_button.property("primary") is True

    sign_in_with(qtbot, dialog, "alex", "not-my-password")
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.user is None
    assert dialog.refusal.isVisible()
    assert dialog.refusal.text() == "Wrong username or password."
    assert dialog.password.text() == ""  # cleared for the next try
    assert dialog.username.text() == "alex"  # kept

    limit = settings_service.get_settings(db).max_failed_logins
    for _ in range(limit - 1):
        dialog.password.setText("still-wrong-1")
        dialog.sign_in()
    assert "locked" in dialog.refusal.text()
    assert "15 minutes" in dialog.refusal.text()
    # While locked, even the right password is refused, with the reason.
    sign_in_with(qtbot, dialog, "alex", TEST_PASSWORD)
    assert dialog.user is None
    assert dialog.refusal.text().startswith("This account is locked")
    assert dialog.password.text() == ""
    assert modal.errors == []  # said beside the form, never in a message box

    # Someone else signs in fine.
    other = make_user(db, "sam", teams=["Team A"])
    sign_in_with(qtbot, dialog, "sam", TEST_PASSWORD)
    assert dialog.user is not None and dialog.user.id == other.id
    assert dialog.result() == dialog.DialogCode.Accepted


def test_empty_boxes_are_named(qtbot, db, practitioner) -> None:
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    assert not dialog.sign_in()
    assert dialog.fields.error_text("username") == "Enter your username"
    assert dialog.fields.error_text("password") == "Enter your password"


def test_deactivated_account_is_refused(qtbot, db, practitioner) -> None:
    from tests.factories import organisation_admin

    accounts.deactivate_user(db, organisation_admin(db), practitioner.id)
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.username.setText("alex")
    dialog.password.setText(TEST_PASSWORD)
    assert not dialog.sign_in()
    assert "deactivated" in dialog.refusal.text()


def test_setup_on_an_empty_database_then_login(qtbot, db, monkeypatch) -> None:
    assert accounts.needs_setup(db)
    dialog = SetupDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.protective_marking.text() == "OFFICIAL-SENSITIVE"
    assert dialog.password.echoMode() is QLineEdit.EchoMode.Password
    qtbot.keyClicks(dialog.username, "it.admin")
    qtbot.keyClicks(dialog.password, "a-long-password")
    qtbot.keyClicks(dialog.confirm, "a-different-one")
    assert not dialog.finish()
    assert dialog.fields.error_text("confirm") == "Enter the same password twice"
    qtbot.keyClicks(dialog.confirm, "a-long-password")
    assert not dialog.finish()
    assert dialog.fields.error_text("organisation_name") == "Enter the organisation's name"
    assert dialog.fields.error_text("full_name") == "Enter the person's full name"
    assert dialog.fields.error_text("confirm") == ""
    assert accounts.needs_setup(db)
    qtbot.keyClicks(dialog.organisation_name, "Northshire Council")
    qtbot.keyClicks(dialog.full_name, "Jo Patel")
    qtbot.keyClicks(dialog.job_title, "IT support")
    dialog.password.setText("a-long-password")
    dialog.confirm.setText("a-long-password")
    assert dialog.finish()
    assert dialog.admin is not None and dialog.admin.has(Role.ADMINISTRATOR)
    assert not accounts.needs_setup(db)
    assert settings_service.get_settings(db).organisation_name == "Northshire Council"

    # The app's start: set-up is not offered again; the login leads to the window.
    asked: list[str] = []

    def no_setup(db: object, parent: object = None) -> None:
        asked.append("setup")

    monkeypatch.setattr(sign_in, "ask_setup", no_setup)
    monkeypatch.setattr(sign_in, "ask_login",
                        lambda db, parent=None: accounts.authenticate(db, "it.admin",
                                                                      "a-long-password"))
    session = Session(db, idle_lock_ms=3_600_000)
    assert session.start()
    assert asked == []
    window = session.window
    assert window is not None
    qtbot.addWidget(window)
    assert window.user.username == "it.admin"
    assert window.decisions is None  # an administrator sees no record content


def test_first_start_runs_the_setup_then_the_login(qtbot, db, monkeypatch) -> None:
    order: list[str] = []

    def setup(db: object, parent: object = None) -> object:
        order.append("setup")
        dialog = SetupDialog(db)  # type: ignore[arg-type]
        dialog.organisation_name.setText("Testshire")
        dialog.username.setText("first.admin")
        dialog.full_name.setText("Ada Admin")
        dialog.password.setText("a-long-password")
        dialog.confirm.setText("a-long-password")
        assert dialog.finish()
        return dialog.admin

    def login(db: object, parent: object = None) -> object:
        order.append("login")
        dialog = LoginDialog(db)  # type: ignore[arg-type]
        dialog.username.setText("first.admin")
        dialog.password.setText("a-long-password")
        assert dialog.sign_in()
        return dialog.user

    monkeypatch.setattr(sign_in, "ask_setup", setup)
    monkeypatch.setattr(sign_in, "ask_login", login)
    session = Session(db, idle_lock_ms=3_600_000)
    assert session.start()
    assert order == ["setup", "login"]
    assert session.window is not None
    qtbot.addWidget(session.window)
    assert session.window.page_names() == [
        "Recipient organisations", "Accounts", "Settings", "Backups", "Audit trail"]


def test_giving_up_at_the_login_starts_nothing(db, practitioner, monkeypatch) -> None:
    monkeypatch.setattr(sign_in, "ask_login", lambda db, parent=None: None)
    session = Session(db)
    assert not session.start()
    assert session.window is None


def test_change_password(qtbot, db, practitioner) -> None:
    dialog = ChangePasswordDialog(db, practitioner)
    qtbot.addWidget(dialog)
    dialog.current.setText(TEST_PASSWORD)
    dialog.new.setText("a-brand-new-one")
    dialog.confirm.setText("a-brand-new-on")
    assert not dialog.save()
    assert dialog.fields.error_text("confirm") == "Enter the same new password twice"
    dialog.current.setText("not-the-current")
    dialog.confirm.setText("a-brand-new-one")
    assert not dialog.save()
    assert dialog.fields.error_text("current_password") != ""
    assert dialog.current.text() == ""
    dialog.current.setText(TEST_PASSWORD)
    dialog.new.setText("a-brand-new-one")
    dialog.confirm.setText("a-brand-new-one")
    assert dialog.save()
    assert accounts.authenticate(db, "alex", "a-brand-new-one").id == practitioner.id


def test_switch_user_closes_forms_then_rebuilds_for_the_next_person(
    qtbot, db, practitioner, manager, modal, monkeypatch
) -> None:
    monkeypatch.setattr(sign_in, "ask_login", lambda db, parent=None: practitioner)
    session = Session(db, idle_lock_ms=3_600_000)
    assert session.start()
    first = session.window
    assert first is not None
    qtbot.addWidget(first)
    form = first.new_record()
    assert form is not None
    qtbot.keyClicks(form.editor("case_reference").edit, "CM-77")
    # "Cancel" at the unsaved-changes question: nobody is signed out.
    modal.unsaved_answer = UnsavedChoice.CANCEL
    first.switch_user_action.trigger()
    assert session.window is first and form.isVisible()
    # "Discard": the form closes, the window goes, the next person signs in.
    modal.unsaved_answer = UnsavedChoice.DISCARD
    monkeypatch.setattr(sign_in, "ask_login", lambda db, parent=None: manager)
    first.switch_user_action.trigger()
    assert len(modal.unsaved) == 2
    assert not form.isVisible() and not first.isVisible()
    second = session.window
    assert second is not None and second is not first
    qtbot.addWidget(second)
    assert second.user.id == manager.id
    assert second.user_name.text() == "Morgan Shaw"
    assert second.user_role.text() == "Manager"
    assert second.page_names() == [
        "Decisions", "Waiting for me (0)", "Recipient organisations", "Reports"]


def test_main_window_shows_who_is_signed_in(qtbot, db, practitioner) -> None:
    window = MainWindow(db, practitioner, idle_lock_ms=3_600_000)
    qtbot.addWidget(window)
    assert window.user_name.text() == "Alex Rivers"
    assert window.user_role.text() == "Practitioner"
    dialog = window.change_password()
    assert dialog.isVisible()
    dialog.reject()
