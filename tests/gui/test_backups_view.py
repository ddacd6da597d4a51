"""The Backups page and the start-up screen for a damaged database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QApplication

from infoshare_desktop.domain.audit import AuditAction
from infoshare_desktop.domain.vocab import RecordStatus
from infoshare_desktop.services import audit, backup
from infoshare_desktop.storage.database import Database
from infoshare_desktop.ui import app
from infoshare_desktop.ui.main_window import MainWindow
from infoshare_desktop.ui.views import backups_view
from infoshare_desktop.ui.views.backups_view import DamagedDialog, check_at_start
from tests.backup_files import corrupt, snapshot
from tests.services.org import Org, build


@pytest.fixture
def org(db: Database) -> Org:
    organisation = build(db)
    organisation.record(RecordStatus.DRAFT)
    organisation.record(RecordStatus.COMPLETED)
    return organisation


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(backups_view, "show_message",
                        lambda parent, title, text: messages.append((title, text)))
    return messages


@pytest.fixture
def admin_window(qtbot, org: Org) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    main = MainWindow(org.db, org.admin, idle_lock_ms=3_600_000)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


def test_back_up_now_lists_the_backup(admin_window: MainWindow, org: Org) -> None:
    view = admin_window.backups_view
    assert view is not None
    assert "Backups" in admin_window.page_names()
    assert view.table.rowCount() == 0 and view.empty.isVisibleTo(view)
    assert not view.restore_button.isEnabled()
    assert view.back_up_now()
    assert view.table.rowCount() == 1
    assert view.table.item(0, 1).text() == "Daily or by hand"
    assert view.table.item(0, 2).text().endswith(("KB", "MB"))
    assert view.restore_button.isEnabled()
    assert view.state.text().startswith("Backed up at ")
    assert view.table.accessibleName() == "Backups, newest first"
    events = audit.find_events(org.db, org.admin, actions=[AuditAction.BACKUP])
    assert len(events) == 1


def test_restoring_a_backup_asks_then_closes_the_app(
    admin_window: MainWindow, org: Org, modal: SimpleNamespace, told: list[tuple[str, str]],
) -> None:
    view = admin_window.backups_view
    assert view is not None and view.back_up_now()
    kept = snapshot(view.backups[0].path)
    org.record(RecordStatus.SUBMITTED)
    closed: list[bool] = []
    admin_window.closed_for_good.connect(lambda: closed.append(True))

    modal.confirm_answer = False
    assert not view.restore_selected()
    assert len(snapshot(org.db.path)["decision_records"]) == 3

    modal.confirm_answer = True
    assert view.restore_selected()
    _title, message, action = modal.confirms[-1]
    assert "InfoShare will close" in message and "2 decisions" in message
    assert action == "Restore and close InfoShare"
    assert told and told[0][0] == "Backup restored"
    assert "start it again" in told[0][1]
    QApplication.processEvents()
    assert closed == [True] and not admin_window.isVisible()
    assert snapshot(org.db.path)["decision_records"] == kept["decision_records"]


def test_a_damaged_backup_is_refused_on_the_page(
    admin_window: MainWindow, org: Org, modal: SimpleNamespace,
) -> None:
    view = admin_window.backups_view
    assert view is not None and view.back_up_now()
    corrupt(view.backups[0].path)
    before = snapshot(org.db.path)["decision_records"]
    assert not view.restore_selected()
    assert modal.confirms == []
    assert modal.errors[-1][0] == "This backup cannot be restored"
    assert "damaged" in modal.errors[-1][1]
    assert snapshot(org.db.path)["decision_records"] == before
    assert admin_window.isVisible()


def test_the_number_of_backups_kept_is_a_setting(admin_window: MainWindow, org: Org) -> None:
    settings_view = admin_window.settings_view
    assert settings_view is not None
    box = settings_view.backups_kept
    assert box.value() == 14 and (box.minimum(), box.maximum()) == (1, 365)
    assert box.accessibleName() == "Backups to keep"
    box.setValue(30)
    assert settings_view.save()
    from infoshare_desktop.services import settings

    assert settings.get_settings(org.db).backups_kept == 30


def _damaged(org: Org, with_backup: bool) -> Path:
    """Close the database and damage its file, after a good daily backup if asked."""
    if with_backup:
        assert backup.daily_backup(org.db) is not None
    org.db.close()
    corrupt(org.db.path)
    return org.db.path


def test_a_damaged_database_at_start_offers_the_latest_good_backup(
    qtbot, org: Org, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    path = _damaged(org, with_backup=True)
    shown: list[DamagedDialog] = []

    def restore_it(dialog: DamagedDialog) -> bool:
        qtbot.addWidget(dialog)
        shown.append(dialog)
        return dialog.restore()

    monkeypatch.setattr(backups_view, "ask_damaged", restore_it)
    damaged = Database.open(path)
    reopened = check_at_start(damaged)
    assert reopened is not None
    try:
        dialog = shown[0]
        assert dialog.windowTitle() == "This database is damaged"
        assert "damaged" in dialog.problem.text()
        assert "The latest good backup was made on" in dialog.offer.text()
        assert dialog.restore_button.isVisibleTo(dialog)
        assert backup.check_database(reopened).ok
        assert backup.check_database(reopened).decisions == 2
        kinds = {b.kind for b in backup.list_backups(path)}
        assert backup.BackupKind.BEFORE_RESTORE in kinds  # the damaged file is kept
    finally:
        reopened.close()


def test_a_damaged_database_without_backups_can_only_be_closed(
    qtbot, org: Org, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    path = _damaged(org, with_backup=False)
    shown: list[DamagedDialog] = []

    def close_it(dialog: DamagedDialog) -> bool:
        qtbot.addWidget(dialog)
        shown.append(dialog)
        dialog.close_button.click()
        return False

    monkeypatch.setattr(backups_view, "ask_damaged", close_it)
    damaged = Database.open(path)
    try:
        assert check_at_start(damaged) is None
    finally:
        damaged.close()
    assert "no good backup" in shown[0].offer.text()
    assert not shown[0].restore_button.isVisibleTo(shown[0])


def test_the_app_starts_on_the_restored_database(
    qtbot, org: Org, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from infoshare_desktop.ui.dialogs import sign_in

    path = _damaged(org, with_backup=True)
    monkeypatch.setattr(app, "install_error_handlers", lambda: None)
    monkeypatch.setattr(backups_view, "ask_damaged", lambda dialog: dialog.restore())
    checked: list[bool] = []

    def login(db: Database, parent: object = None) -> None:
        checked.append(backup.check_database(db).ok)

    monkeypatch.setattr(sign_in, "ask_login", login)
    assert app.run_gui(path) == 0
    assert checked == [True]  # the sign-in was offered on the restored, sound file


def _wait_for_the_daily_backup() -> None:
    thread = backups_view.daily_backup_thread
    assert thread is not None
    thread.join(timeout=30)
    assert not thread.is_alive()


def test_a_sound_database_gets_its_daily_backup_at_start(org: Org) -> None:
    assert check_at_start(org.db) is org.db
    _wait_for_the_daily_backup()
    assert len(backup.list_backups(org.db)) == 1
    assert check_at_start(org.db) is org.db
    _wait_for_the_daily_backup()
    assert len(backup.list_backups(org.db)) == 1


def test_the_start_check_runs_while_the_person_signs_in(
    qtbot, org: Org, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    """The whole-file check does not hold up the sign-in dialog; the window waits for it."""
    import threading

    from infoshare_desktop.ui.dialogs import sign_in

    signing_in = threading.Event()
    seen: list[str] = []
    real_check = backup.check_database

    def slow_check(db: Database, *, full: bool = False) -> backup.FileCheck:
        # Finishes only once the sign-in dialog is up (or gives up after 10 s).
        seen.append("dialog was up" if signing_in.wait(10) else "dialog never came")
        return real_check(db, full=full)

    def login(db: Database, parent: object = None) -> None:
        signing_in.set()
        seen.append("sign-in")

    monkeypatch.setattr(app, "install_error_handlers", lambda: None)
    monkeypatch.setattr(backup, "check_database", slow_check)
    monkeypatch.setattr(sign_in, "ask_login", login)
    assert app.run_gui(org.db.path) == 0  # nobody signed in
    assert sorted(seen) == ["dialog was up", "sign-in"]
