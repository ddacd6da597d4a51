"""Each role sees only its own screens, lists and buttons."""

from __future__ import annotations

from infoshare_desktop.domain.vocab import RecordStatus, Role
from infoshare_desktop.services import records
from infoshare_desktop.storage.database import Database
from infoshare_desktop.ui.main_window import MainWindow
from tests.factories import make_user, organisation_admin

from .sample import add_organisation, complete_record


def window_for(qtbot, db: Database, user) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(db, user, idle_lock_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    return window


def filter_names(view) -> list[str]:  # type: ignore[no-untyped-def]
    """The accessible names of a list's filter inputs, in Tab order."""
    return [f.accessibleName() for f in view.filter_widgets]


def test_navigation_per_role(qtbot, db, practitioner, manager) -> None:
    guardian = make_user(db, "gwen", Role.GUARDIAN, full_name="Gwen Hughes")
    admin = organisation_admin(db)

    mine = window_for(qtbot, db, practitioner)
    assert mine.page_names() == ["Decisions", "Recipient organisations", "Reports"]
    assert mine.accounts is None and mine.settings_view is None and mine.waiting is None
    assert mine.decisions is not None and mine.decisions.new_button.isVisible()
    assert mine.new_action.isEnabled()
    # Only their own records: no team or practitioner filters.
    assert not {"Team", "Practitioner"} & set(filter_names(mine.decisions))
    assert mine.decisions.table.isColumnHidden(3)  # nor their own name on every row
    assert mine.changes.timer.isActive()  # others' changes show without asking

    boss = window_for(qtbot, db, manager)
    assert boss.page_names() == [
        "Decisions", "Waiting for me (0)", "Recipient organisations", "Reports"]
    assert boss.decisions is not None and not boss.decisions.new_button.isVisible()
    assert not boss.new_action.isEnabled() and boss.new_record() is None
    assert filter_names(boss.decisions)[3:11] == [
        "Team", "Practitioner", "Status", "Outcome", "Consent", "Lawful basis", "Recipient",
        "Decided from"]
    assert boss.changes.timer.isActive()

    oversight = window_for(qtbot, db, guardian)
    assert oversight.page_names() == [
        "Decisions", "Recipient organisations", "Reports", "Audit trail"]
    assert oversight.decisions is not None
    assert not oversight.decisions.new_button.isVisible()
    assert not oversight.decisions.table.isColumnHidden(3)
    assert {"Team", "Practitioner"} <= set(filter_names(oversight.decisions))

    it = window_for(qtbot, db, admin)
    assert it.page_names() == [
        "Recipient organisations", "Accounts", "Settings", "Backups", "Audit trail"]
    assert it.decisions is None and it.waiting is None  # no record content at all
    assert not it.new_action.isEnabled()
    assert it.user_role.text() == "Administrator"


def test_filters_for_a_manager(qtbot, db, practitioner, manager) -> None:
    org = add_organisation(db)
    other = make_user(db, "blake", teams=["Team A"], full_name="Blake Owen")
    make_user(db, "casey", teams=["Team B"], full_name="Casey Brook")
    records.submit(db, practitioner, complete_record(org.id, "CM-1"))
    records.save_draft(db, other, complete_record(org.id, "CM-2"))
    boss = window_for(qtbot, db, manager)
    decisions = boss.decisions
    assert decisions is not None
    decisions.refresh()

    def cases() -> list[str]:
        return sorted(decisions.model.index(r, 2).data()
                      for r in range(decisions.model.rowCount()))

    assert cases() == ["CM-1", "CM-2"]
    team_names = [decisions.team_filter.itemText(i)
                  for i in range(decisions.team_filter.count())]
    assert team_names == ["All teams", "Team A"]  # only the teams they manage
    people = [decisions.practitioner_filter.itemText(i)
              for i in range(decisions.practitioner_filter.count())]
    assert "Alex Rivers" in people and "Blake Owen" in people
    decisions.practitioner_filter.select(other.id)
    assert cases() == ["CM-2"]
    assert decisions.count_line.text() == "1 decision matches your search"
    decisions.practitioner_filter.select(None)
    decisions.status_filter.select(RecordStatus.SUBMITTED)
    assert cases() == ["CM-1"]
    # The queue: only what waits for this manager, with the same filters.
    waiting = boss.waiting
    assert waiting is not None
    assert waiting.model.rowCount() == 1
    waiting.practitioner_filter.select(other.id)
    assert waiting.model.rowCount() == 0
    assert waiting.empty_state.text() == "Nothing waiting for you matches these filters."


def test_team_reading_gives_practitioners_the_practitioner_column(
    qtbot, db, practitioner
) -> None:
    from dataclasses import replace

    from infoshare_desktop.services import settings as settings_service

    admin = organisation_admin(db)
    settings_service.update_settings(
        db, admin, replace(settings_service.get_settings(db), team_read_allowed=True))
    colleague = make_user(db, "blake", teams=["Team A"], full_name="Blake Owen")
    records.save_draft(db, colleague, complete_record(add_organisation(db).id, "CM-7"))
    mine = window_for(qtbot, db, practitioner)
    decisions = mine.decisions
    assert decisions is not None
    assert not decisions.table.isColumnHidden(3)
    assert {"Team", "Practitioner", "Status"} <= set(filter_names(decisions))
    assert decisions.model.rowCount() == 1
    assert decisions.model.index(0, 3).data() == "Blake Owen"
    # Read only: no way to change a colleague's draft.
    form = mine.open_record(decisions.summary_at(decisions.model.index(0, 0)).id)
    assert form is not None and form.read_only
    assert [b.text() for b in form.footer_buttons if b.isVisible()] == []
    assert form.locked_note.text() == "Shown read-only: only Blake Owen can change this record."
