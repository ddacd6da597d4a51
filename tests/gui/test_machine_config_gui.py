"""IT's machine-wide configuration in the app: locked settings are read-only and stay
put, presets fill the set-up, and a mistaken file is explained without stopping the app."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from infoshare_desktop import machine_config
from infoshare_desktop.services import accounts
from infoshare_desktop.services import settings as settings_service
from infoshare_desktop.storage.database import Database
from infoshare_desktop.ui.dialogs.config_notice import show_config_problems
from infoshare_desktop.ui.dialogs.sign_in import SetupDialog
from infoshare_desktop.ui.views.accounts_view import SettingsView
from tests.factories import TEST_PASSWORD

LOCKED_FILE = """\
[settings]
organisation_name = Testshire County Council
protective_marking = OFFICIAL-SENSITIVE
idle_lock_minutes = 5
retention_years = 40

[locked]
organisation_name = yes
idle_lock_minutes = yes
"""


@pytest.fixture
def deploy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], Path]:
    def write(text: str) -> Path:
        path = tmp_path / "config.ini"
        path.write_text(text, encoding="utf-8")
        monkeypatch.setenv(machine_config.CONFIG_ENV_VAR, str(path))
        machine_config.clear_cache()
        return path

    return write


def set_up(db: Database):  # type: ignore[no-untyped-def]
    from infoshare_desktop.domain.accounts import User

    return accounts.set_up_organisation(db, "Testshire County Council", "OFFICIAL-SENSITIVE",
                                        User(None, "admin", "Ada Admin"), TEST_PASSWORD)


def test_locked_settings_are_read_only_and_cannot_be_saved_changed(
    qtbot, db: Database, deploy, modal  # type: ignore[no-untyped-def]
) -> None:
    deploy(LOCKED_FILE)
    admin = set_up(db)
    view = SettingsView(db, admin)
    qtbot.addWidget(view)
    view.resize(760, 1100)
    view.show()
    assert view.organisation_name.isReadOnly() and view.idle_lock_minutes.isReadOnly()
    assert not view.protective_marking.isReadOnly()
    assert view.organisation_name.accessibleDescription() == "Set by your IT department"
    assert view.idle_lock_minutes.accessibleDescription().startswith(
        "Set by your IT department. ")
    assert view.idle_lock_minutes.value() == 5
    assert view.retention_years.value() == 40
    assert view.config_notice.isHidden()
    view.grab().save(str(db.path.parent / "settings-locked.png"))

    # Typing cannot reach a read-only box; the save still refuses a changed value.
    qtbot.keyClicks(view.organisation_name, "X")
    assert view.organisation_name.text() == "Testshire County Council"
    view.idle_lock_minutes.setValue(60)
    assert not view.save()
    assert view.fields.errors["idle_lock_minutes"].text() == (
        "Your IT department sets this. Ask them to change it.")
    assert settings_service.get_settings(db).idle_lock_minutes == 5

    view.idle_lock_minutes.setValue(5)
    view.protective_marking.setText("OFFICIAL")
    view.retention_years.setValue(8)
    assert view.save()
    saved = settings_service.get_settings(db)
    assert (saved.protective_marking, saved.retention_years) == ("OFFICIAL", 8)


def test_set_up_starts_from_the_presets_and_keeps_locked_ones(
    qtbot, db: Database, deploy, modal  # type: ignore[no-untyped-def]
) -> None:
    deploy(LOCKED_FILE)
    dialog = SetupDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.organisation_name.text() == "Testshire County Council"
    assert dialog.organisation_name.isReadOnly()
    assert dialog.organisation_name.accessibleDescription() == "Set by your IT department"
    assert not dialog.protective_marking.isReadOnly()
    dialog.grab().save(str(db.path.parent / "setup-locked.png"))
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.full_name, "Ada Admin")
    qtbot.keyClicks(dialog.password, TEST_PASSWORD)
    qtbot.keyClicks(dialog.confirm, TEST_PASSWORD)
    dialog.encrypt.setChecked(False)
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    assert dialog.admin is not None, dialog.refusal.text()
    assert settings_service.get_settings(db).organisation_name == "Testshire County Council"


def test_a_mistaken_file_is_explained_and_the_rest_applies(
    qtbot, db: Database, deploy, modal  # type: ignore[no-untyped-def]
) -> None:
    path = deploy("[settings]\nidle_lock_minutes = ten\nretention_years = 12\n")
    assert show_config_problems(None)
    ((title, message),) = modal.errors
    assert title == "The IT configuration has mistakes"
    assert f"{path}, [settings] idle_lock_minutes: enter a whole number from 1 to 120" in message
    assert "your IT service desk" in message
    admin = set_up(db)
    view = SettingsView(db, admin)
    qtbot.addWidget(view)
    assert not view.config_notice.isHidden()
    assert "idle_lock_minutes" in view.config_notice.text()
    assert view.retention_years.value() == 12  # the good line still applies
    assert not view.idle_lock_minutes.isReadOnly()


def test_no_message_when_the_file_is_fine(deploy, modal) -> None:  # type: ignore[no-untyped-def]
    deploy(LOCKED_FILE)
    assert not show_config_problems(None)
    assert modal.errors == []


def test_the_app_explains_a_mistaken_file_as_it_starts_and_logs_to_its_file(
    deploy, modal, db_path: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from infoshare_desktop import logs
    from infoshare_desktop.ui import app
    from infoshare_desktop.ui.dialogs import sign_in

    deploy("[settings]\nidle_lock_minutes = soon\n")
    monkeypatch.setenv(logs.LOG_DIR_ENV_VAR, str(tmp_path / "logs"))
    monkeypatch.setattr(app, "install_error_handlers", lambda: None)
    monkeypatch.setattr(sign_in, "ask_setup", lambda db, parent=None: None)
    assert app.run_gui(db_path) == 0  # nobody set the organisation up: closed
    ((title, message),) = modal.errors
    assert title == "The IT configuration has mistakes" and "idle_lock_minutes" in message
    assert (tmp_path / "logs" / logs.LOG_FILENAME).is_file()
