"""Changes made elsewhere (another PC on the same database) appear without asking."""

from __future__ import annotations

from infoshare_desktop.services import records
from infoshare_desktop.storage.database import Database
from infoshare_desktop.ui.main_window import MainWindow
from tests.factories import make_user

from .sample import add_organisation, complete_record


def open_window(qtbot, db: Database, user) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(db, user, idle_lock_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_lists_follow_changes_made_on_another_pc(
    qtbot, db: Database, modal  # type: ignore[no-untyped-def]
) -> None:
    from infoshare_desktop.domain.vocab import Role

    worker = make_user(db, "worker", teams=("Team North",))
    manager = make_user(db, "boss", Role.MANAGER, manages=("Team North",))
    org = add_organisation(db)
    for n in range(60):
        records.save_draft(db, worker, complete_record(org.id, f"CM-{n:03}", f"Person {n}"))
    window = open_window(qtbot, db, manager)
    view = window.decisions
    assert view is not None and window.waiting is not None
    assert view.model.rowCount() == 60
    assert not window.changes.check()  # nothing new yet
    view.table.selectRow(30)
    chosen = view.selected_id()
    view.table.verticalScrollBar().setValue(view.table.verticalScrollBar().maximum())
    scrolled = view.table.verticalScrollBar().value()
    assert scrolled > 0

    # Another PC: its own connection to the same database, its own signed-in person.
    elsewhere = Database.open_url(str(db.engine.url))
    try:
        submitted = records.submit(elsewhere, worker, complete_record(org.id, "CM-NEW", "Sam"))
    finally:
        elsewhere.close()
    assert window.changes.check()
    assert view.model.rowCount() == 61
    assert view.selected_id() == chosen  # the person keeps their place
    assert view.table.verticalScrollBar().value() == scrolled
    assert window.waiting_item is not None
    assert window.waiting_item.text() == "Waiting for me (1)"
    assert submitted.id in [window.waiting.model.summary(r).id
                            for r in range(window.waiting.model.rowCount())]
    assert not window.changes.check()  # seen now
    assert modal.errors == []


def test_an_unreachable_database_leaves_the_lists_as_they_were(
    qtbot, db: Database, modal, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    from infoshare_desktop.services import audit
    from infoshare_desktop.storage.errors import DatabaseUnavailableError

    practitioner = make_user(db, "worker")
    org = add_organisation(db)
    records.save_draft(db, practitioner, complete_record(org.id, "CM-1", "Alex"))
    window = open_window(qtbot, db, practitioner)

    def gone(db: Database) -> tuple[int, str]:
        raise DatabaseUnavailableError("The database file cannot be reached.")

    monkeypatch.setattr(audit, "chain_summary", gone)
    assert not window.changes.check()
    assert window.decisions is not None and window.decisions.model.rowCount() == 1
    assert modal.errors == []  # no dialog for a background check


def test_a_database_on_a_network_drive_recommends_the_server(
    qtbot, db: Database, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    from infoshare_desktop.storage import network_share

    practitioner = make_user(db, "worker")
    assert open_window(qtbot, db, practitioner).share_notice.isHidden()
    monkeypatch.setattr(network_share, "on_network_share", lambda path, **kw: True)
    window = open_window(qtbot, db, practitioner)
    assert window.share_notice.isVisible()
    assert "ask your IT department to set up the InfoShare server" in window.share_notice.text()
