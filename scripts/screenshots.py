"""Render the app's screens to PNGs in docs/screenshots/.

Builds a throwaway demo database (the demo organisation, its accounts and fictional
records, all through the services: no real person), adds a few hand-written records,
signs in programmatically as the demo users, opens the windows offscreen at
1280x800 and saves what they look like. Run with ``make screenshots`` (or
QT_QPA_PLATFORM=offscreen python scripts/screenshots.py).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QWidget

from infoshare_desktop.demo import DEMO_PASSWORD, create_demo_data
from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.organisation import Organisation
from infoshare_desktop.domain.record import (
    AdviceSought,
    DecisionRecord,
    PersonInvolved,
    TestAnswer,
)
from infoshare_desktop.domain.vocab import (
    AdviceSource,
    Article6Basis,
    Article9Condition,
    ConfidentialityBasis,
    ConsentOverrideReason,
    ConsentStatus,
    DataCategory,
    Origin,
    Outcome,
    PersonInformed,
    PersonRole,
    PurposeCategory,
    RecipientType,
    Schedule1Condition,
    SharingTest,
    TransferMethod,
)
from infoshare_desktop.services import accounts, organisations, records, review
from infoshare_desktop.services.reporting import SupervisionReport
from infoshare_desktop.storage.database import Database
from infoshare_desktop.ui.app import create_application
from infoshare_desktop.ui.dialogs.first_start import FirstStartDialog
from infoshare_desktop.ui.dialogs.sign_in import LoginDialog
from infoshare_desktop.ui.main_window import MainWindow
from infoshare_desktop.ui.views.reports_view import ReportsView

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZE = (1280, 800)


def utc(day: date, hour: int, minute: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


#: The demo's fixed "now", so the screenshots do not change from run to run.
NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


def sign_in(db: Database, username: str) -> User:
    return accounts.authenticate(db, username, DEMO_PASSWORD)


def populate(db: Database) -> tuple[DecisionRecord, DecisionRecord, DecisionRecord]:
    """Hand-written decisions by practitioner1; returns the three the forms show."""
    author = sign_in(db, "practitioner1")
    manager = sign_in(db, "manager1")
    admin = sign_in(db, "admin1")
    directory = {o.name: o for o in organisations.list_organisations(db)}

    def org(name: str, kind: RecipientType, email: str) -> int:
        found = directory.get(name)
        if found is None:
            found = organisations.save_organisation(db, admin, Organisation(
                name=name, type=kind, phone="01632 960" + str(len(name)).zfill(3),
                secure_email=email,
            ))
        assert found.id is not None
        return found.id

    police = org("Northshire Police – Public Protection Unit", RecipientType.POLICE,
                 "ppu@northshire-police.example")
    school = org("Riverside Primary School", RecipientType.EDUCATION,
                 "dsl@riverside-primary.example")
    health = org("Riverside Medical Practice", RecipientType.HEALTH,
                 "practice@riverside-gp.example")

    def base(case: str, people: list[PersonInvolved], when: datetime) -> DecisionRecord:
        return DecisionRecord(
            case_reference=case, people=people, decided_at=when,
            decision_maker_name="Alex Rivers", decision_maker_position="Senior social worker",
            article6_basis=Article6Basis.PUBLIC_TASK,
        )

    school_share = base("CM-204511", [
        PersonInvolved(PersonRole.CHILD, "Amelia Hart", date(2015, 4, 3)),
        PersonInvolved(PersonRole.PARENT_CARER, "Daniel Hart"),
    ], utc(date(2026, 11, 20), 10, 15))
    school_share.origin = Origin.PROACTIVE
    school_share.outcome = Outcome.SHARED_IN_FULL
    school_share.purpose_category = PurposeCategory.SAFEGUARDING_CHILD
    school_share.purpose = "Let the school's safeguarding lead know about the child protection plan"
    school_share.necessity = "The school sees Amelia daily and must know what to watch for."
    school_share.tests = [TestAnswer(t, True, "") for t in SharingTest]
    school_share.shared_description = "Summary of the child protection plan"
    school_share.data_categories = [DataCategory.FAMILY_HOUSEHOLD, DataCategory.SAFEGUARDING]
    school_share.recipient_organisation_id = school
    school_share.recipient_name = "Pat Morgan"
    school_share.recipient_role = "Designated safeguarding lead"
    school_share.confidentiality_basis = ConfidentialityBasis.PUBLIC_INTEREST
    school_share.consent = ConsentStatus.GIVEN_VERBAL
    school_share.person_informed = PersonInformed.BEFORE
    school_share.advice = [AdviceSought(AdviceSource.LINE_MANAGER, "Agreed")]
    school_share.shared_at = utc(date(2026, 11, 20), 11, 0)
    school_share.method = TransferMethod.SECURE_EMAIL
    # Submitted, authorised by the manager, completed, then corrected by an addendum.
    submitted = records.submit(db, author, school_share)
    assert submitted.id is not None
    review.authorise(db, manager, submitted.id,
                     "Proportionate: the school needs this to keep Amelia safe.")
    completed = records.mark_complete(db, author, records.get_record(db, author, submitted.id))
    corrected = replace(completed, recipient_name="Pat Morgan-Lewis",
                        shared_description="Summary of the child protection plan and the "
                                           "dates of the core group meetings")
    history_record = records.add_addendum(
        db, author, submitted.id, corrected,
        "The recipient's surname was incomplete, and the meeting dates were shared too.",
    )

    police_request = base("CM-198733", [
        PersonInvolved(PersonRole.CHILD, "Noah Price", date(2012, 9, 17)),
        PersonInvolved(PersonRole.PARENT_CARER, "Kerry Price"),
    ], utc(date(2026, 11, 24), 14, 30))
    police_request.origin = Origin.RESPONSE_TO_REQUEST
    police_request.requesting_organisation = "Northshire Police"
    police_request.requester_name = "DC Sam Okafor"
    police_request.requester_position = "Detective Constable"
    police_request.request_received_on = date(2026, 11, 24)
    police_request.request_details = "Any known concerns about the household since June."
    police_request.requester_verification = "Called back on the force switchboard number."
    police_request.outcome = Outcome.SHARED_IN_PART
    police_request.purpose_category = PurposeCategory.SAFEGUARDING_CHILD
    police_request.purpose = "Help the police assess the risk to Noah after the incident on 23/11"
    police_request.necessity = (
        "Only incidents relevant to the risk assessment are shared; health notes are withheld."
    )
    police_request.data_categories = [DataCategory.HEALTH, DataCategory.CRIMINAL_OFFENCE]
    police_request.article9_condition = Article9Condition.HEALTH_SOCIAL_CARE
    police_request.schedule1_condition = Schedule1Condition.P2_SAFEGUARDING
    police_request.recipient_organisation_id = police
    police_request.consent = ConsentStatus.NOT_SOUGHT
    police_request.consent_override_reasons = [ConsentOverrideReason.WOULD_PREJUDICE_PROTECTION]
    police_request.person_informed = PersonInformed.NOT_YET
    police_draft = records.save_draft(db, author, police_request)

    not_shared = base("CM-187002", [
        PersonInvolved(PersonRole.ADULT_AT_RISK, "Margaret Doyle", date(1941, 2, 11)),
    ], utc(date(2026, 11, 18), 16, 45))
    not_shared.origin = Origin.RESPONSE_TO_REQUEST
    not_shared.outcome = Outcome.NOT_SHARED
    not_shared.purpose_category = PurposeCategory.CARE_COORDINATION
    not_shared.requesting_organisation = "Brookfield Health Centre"
    incomplete = records.save_draft(db, author, not_shared)

    gp = base("CM-176540", [PersonInvolved(PersonRole.CHILD, "Leo Walsh", date(2019, 1, 30))],
              utc(date(2026, 11, 12), 9, 5))
    gp.origin = Origin.OUR_REQUEST
    gp.outcome = Outcome.SHARED_IN_FULL
    gp.recipient_organisation_id = health
    gp.consent = ConsentStatus.GIVEN_WRITTEN
    records.save_draft(db, author, gp)

    deferred = base("CM-201118", [PersonInvolved(PersonRole.CHILD, "Ruby Chen")],
                    utc(date(2026, 11, 25), 8, 50))
    deferred.origin = Origin.RESPONSE_TO_REQUEST
    deferred.outcome = Outcome.DEFERRED
    records.save_draft(db, author, deferred)
    return police_draft, incomplete, history_record


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def shoot(app: QApplication, widget: QWidget, name: str) -> None:
    settle(app)
    widget.grab().save(str(OUT / name))


def make_supervision_report(app: QApplication, view: ReportsView) -> None:
    """A supervision report of practitioner1's year, made and shown in the preview."""
    view.choose(SupervisionReport)
    view.practitioner.setCurrentIndex(
        [p.username for p in view.people].index("practitioner1"))
    view.date_from.setDate(QDate(2025, 12, 1))
    view.date_to.setDate(QDate(NOW.year, NOW.month, NOW.day))
    if not view.make_report():
        raise SystemExit("The supervision report could not be started.")
    deadline = time.monotonic() + 60
    while (view.running() or view.document.status() != QPdfDocument.Status.Ready) \
            and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    if view.pdf_bytes is None:
        raise SystemExit(f"No supervision report: {view.message.text()}")


def window_for(app: QApplication, db: Database, username: str) -> MainWindow:
    window = MainWindow(db, sign_in(db, username), idle_lock_ms=3_600_000)
    window.resize(*SIZE)
    window.show()
    settle(app)
    return window


SHOTS = ("login.png", "main-window.png", "organisations.png", "record-form.png",
         "record-form-errors.png", "record-history.png", "waiting-for-me.png", "accounts.png",
         "audit-trail.png", "reports.png", "first-start.png")


def main() -> int:
    app = create_application(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "screenshots.db")
        try:
            create_demo_data(db, 60, now=NOW)
            draft, incomplete, history_record = populate(db)

            choice = FirstStartDialog()
            choice.server.setChecked(True)
            choice.show()
            settle(app)
            choice.address.setFocus()
            shoot(app, choice, "first-start.png")
            choice.close()

            login = LoginDialog(db)
            login.username.setText("practitioner1")
            login.show()
            settle(app)
            login.password.setFocus()
            shoot(app, login, "login.png")
            login.close()

            window = window_for(app, db, "practitioner1")
            shoot(app, window, "main-window.png")
            assert window.organisations is not None
            window.navigation.setFocus()  # as when choosing the page from the navigation
            window.show_page(window.organisations)
            shoot(app, window, "organisations.png")

            assert draft.id is not None
            form = window.open_record(draft.id)
            assert form is not None
            form.resize(*SIZE)
            settle(app)
            form.section_index.setCurrentRow(1)  # the Decision section
            shoot(app, form, "record-form.png")

            assert incomplete.id is not None
            errors = window.open_record(incomplete.id)
            assert errors is not None
            errors.resize(*SIZE)
            settle(app)
            errors.submit()
            shoot(app, errors, "record-form-errors.png")

            assert history_record.id is not None
            history = window.open_record(history_record.id)
            assert history is not None
            history.resize(*SIZE)
            history.tabs.setCurrentIndex(1)
            shoot(app, history, "record-history.png")
            window.close_forms()
            window.close()

            manager = window_for(app, db, "manager1")
            assert manager.waiting is not None
            manager.navigation.setFocus()
            manager.show_page(manager.waiting)
            shoot(app, manager, "waiting-for-me.png")
            assert manager.reports_view is not None
            manager.show_page(manager.reports_view)
            make_supervision_report(app, manager.reports_view)
            shoot(app, manager, "reports.png")
            manager.close()

            admin = window_for(app, db, "admin1")
            assert admin.accounts is not None
            admin.navigation.setFocus()
            admin.show_page(admin.accounts)
            shoot(app, admin, "accounts.png")
            admin.close()

            guardian = window_for(app, db, "guardian1")
            assert guardian.audit_view is not None
            guardian.navigation.setFocus()
            guardian.show_page(guardian.audit_view)
            guardian.audit_view.check_trail()
            shoot(app, guardian, "audit-trail.png")
            guardian.close()
        finally:
            db.close()
    for name in SHOTS:
        print(OUT / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
