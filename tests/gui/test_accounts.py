"""Administrators: accounts, teams and the organisation's settings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.vocab import Role
from infoshare_desktop.services import accounts
from infoshare_desktop.services import settings as settings_service
from infoshare_desktop.services.errors import AuthenticationError
from infoshare_desktop.storage.database import Database
from infoshare_desktop.ui.main_window import MainWindow
from infoshare_desktop.ui.views.accounts_view import AccountsView, SettingsView, UserDialog
from tests.factories import TEST_PASSWORD, make_team, organisation_admin


@pytest.fixture
def admin(db: Database) -> User:
    return organisation_admin(db)


@pytest.fixture
def admin_window(qtbot, db: Database, admin: User) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = MainWindow(db, admin, idle_lock_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    yield window


def cell(view: AccountsView, username: str, column: int) -> str:
    for row in range(view.proxy.rowCount()):
        if view.proxy.index(row, 0).data() == username:
            return str(view.proxy.index(row, column).data())
    raise AssertionError(username)


def test_add_user_with_problems_beside_fields(qtbot, db, admin_window, modal) -> None:
    make_team(db, "Team A")
    make_team(db, "Team B")
    view = admin_window.accounts
    assert view is not None
    view.refresh()
    admin_window.show_page(view)
    headers = [view.proxy.headerData(i, Qt.Orientation.Horizontal) for i in range(7)]
    assert headers == ["Username", "Full name", "Job title", "Roles", "Teams", "Active",
                       "Locked out"]
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, UserDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.username, "Bad Name!")
    dialog.password.setText("short")
    dialog.confirm.setText("short")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.fields.error_text("username").startswith("Enter a username of 2 to 40")
    assert dialog.fields.error_text("full_name") == "Enter the person's full name"
    assert dialog.fields.error_text("roles") == "Select at least one role"
    assert dialog.fields.error_text("password").startswith("Enter a password of at least 10")

    dialog.username.setText("jordan")
    qtbot.keyClicks(dialog.full_name, "Jordan Ellis")
    qtbot.keyClicks(dialog.job_title, "Family support worker")
    dialog.role_boxes[Role.PRACTITIONER].setChecked(True)
    team_a = next(t for t in accounts.list_teams(db) if t.name == "Team A")
    dialog.team_boxes[team_a.id].setChecked(True)
    dialog.password.setText("a-long-password")
    dialog.confirm.setText("a-long-password")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert cell(view, "jordan", 1) == "Jordan Ellis"
    assert cell(view, "jordan", 3) == "Practitioner"
    assert cell(view, "jordan", 4) == "Team A"
    assert cell(view, "jordan", 5) == "Yes"
    assert accounts.authenticate(db, "jordan", "a-long-password").full_name == "Jordan Ellis"
    assert modal.errors == []


def test_edit_deactivate_reactivate_and_reset(qtbot, db, admin, admin_window, practitioner,
                                             modal) -> None:
    view = admin_window.accounts
    assert view is not None
    view.refresh()
    view.select_user(practitioner.id)
    assert view.edit_button.isEnabled()
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, UserDialog)
    assert dialog.username.isReadOnly() and dialog.username.text() == "alex"
    dialog.role_boxes[Role.MANAGER].setChecked(True)
    team_a = next(t for t in accounts.list_teams(db) if t.name == "Team A")
    dialog.managed_boxes[team_a.id].setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert cell(view, "alex", 3) == "Practitioner, Manager"
    assert cell(view, "alex", 4) == "Team A; manages Team A"

    # Deactivate, after a confirmation; then reactivate.
    view.select_user(practitioner.id)
    assert view.active_button.text() == "Deactivate…"
    qtbot.mouseClick(view.active_button, Qt.MouseButton.LeftButton)
    assert modal.confirms[-1][2] == "Deactivate"
    assert cell(view, "alex", 5) == "No"
    assert view.active_button.text() == "Reactivate…"
    qtbot.mouseClick(view.active_button, Qt.MouseButton.LeftButton)
    assert cell(view, "alex", 5) == "Yes"
    # "Cancel" at the confirmation changes nothing.
    modal.confirm_answer = False
    qtbot.mouseClick(view.active_button, Qt.MouseButton.LeftButton)
    assert cell(view, "alex", 5) == "Yes"

    # The last administrator cannot be deactivated: said under the table.
    modal.confirm_answer = True
    view.select_user(admin.id)
    qtbot.mouseClick(view.active_button, Qt.MouseButton.LeftButton)
    assert not view.message.isHidden() and "only active administrator" in view.message.text()

    # A lockout shows, and a password reset ends it.
    for _ in range(settings_service.get_settings(db).max_failed_logins):
        with pytest.raises(AuthenticationError):
            accounts.authenticate(db, "alex", "wrong-password")
    view.refresh(practitioner.id)
    assert cell(view, "alex", 6) == "Yes"
    qtbot.mouseClick(view.reset_button, Qt.MouseButton.LeftButton)
    reset = view.dialog
    assert reset is not None
    reset.password.setText("a-new-password-1")  # type: ignore[attr-defined]
    reset.confirm.setText("a-new-password-1")  # type: ignore[attr-defined]
    qtbot.mouseClick(reset.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert not reset.isVisible()
    assert cell(view, "alex", 6) == "No"
    assert accounts.authenticate(db, "alex", "a-new-password-1").id == practitioner.id
    with pytest.raises(AuthenticationError):
        accounts.authenticate(db, "alex", TEST_PASSWORD)


def test_teams_add_and_rename(qtbot, db, admin_window) -> None:
    view = admin_window.accounts
    assert view is not None
    dialog = view.add_team()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.fields.error_text("name") == "Enter the team's name"
    dialog.name.setText("Children in need – North")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert [view.team_list.item(i).text() for i in range(view.team_list.count())] == [
        "Children in need – North"]
    view.team_list.setCurrentRow(0)
    qtbot.mouseClick(view.rename_team_button, Qt.MouseButton.LeftButton)
    rename = view.dialog
    assert rename is not None
    rename.name.setText("Children in need – North East")  # type: ignore[attr-defined]
    qtbot.mouseClick(rename.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert [t.name for t in accounts.list_teams(db)] == ["Children in need – North East"]


def test_settings_save_with_problems_beside_fields(qtbot, db, admin_window) -> None:
    view = admin_window.settings_view
    assert isinstance(view, SettingsView)
    assert view.protective_marking.text() == "OFFICIAL-SENSITIVE"
    view.organisation_name.clear()
    assert not view.save()
    assert view.fields.error_text("organisation_name") == "Enter the organisation's name"
    qtbot.keyClicks(view.organisation_name, "Northshire Council")
    view.authorisation_required.setChecked(True)
    view.idle_lock_minutes.setValue(5)
    assert view.save()
    assert view.fields.error_text("organisation_name") == ""
    saved = settings_service.get_settings(db)
    assert saved.organisation_name == "Northshire Council"
    assert saved.authorisation_required and saved.idle_lock_minutes == 5
    assert admin_window.idle.timer.interval() == 5 * 60_000


def test_the_report_logo_is_chosen_checked_and_removed_from_settings(
    qtbot, db, admin_window, tmp_path, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from tests.reports.test_report_requests import png

    view = admin_window.settings_view
    assert view.logo_preview.text() == "No logo"
    assert not view.remove_logo_button.isEnabled()
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_bytes(b"plain text, not an image")
    logo = tmp_path / "crest.png"
    logo.write_bytes(png(120, 40))
    chosen = iter([str(not_an_image), str(logo)])
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (next(chosen), ""))

    view.choose_logo_button.click()
    assert view.fields.error_text("report_logo") == "Choose a PNG or JPEG image for the logo"
    assert settings_service.get_logo(db) is None

    view.choose_logo_button.click()
    assert view.fields.error_text("report_logo") == ""
    assert settings_service.get_logo(db) == png(120, 40)
    assert not view.logo_preview.pixmap().isNull()
    assert view.save_state.text() == "Logo saved"

    view.remove_logo_button.click()
    assert settings_service.get_logo(db) is None
    assert view.logo_preview.text() == "No logo"
    assert view.save_state.text() == "Logo removed"
