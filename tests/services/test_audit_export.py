"""Audit events to CSV and PDF files: labels, UK times, owner-only, no half files."""

from __future__ import annotations

import csv
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from infoshare_desktop.domain.audit import AuditAction, AuditEvent
from infoshare_desktop.services import audit_export

EVENTS = [
    AuditEvent(sequence=2, at=datetime(2026, 1, 5, 17, 4, 3, tzinfo=UTC), user_id=2,
               username="morgan", action=AuditAction.RETURN, record_id=7,
               reference="IS-2026-000007", details={"comment": "=HYPERLINK(\"x\")",
                                                   "status": "returned"}),
    AuditEvent(sequence=1, at=datetime(2026, 6, 5, 17, 4, 3, tzinfo=UTC), user_id=1,
               username="alex", action=AuditAction.LOGIN),
]


def test_csv_rows_read_as_on_screen(tmp_path: Path) -> None:
    target = tmp_path / "events.csv"
    assert audit_export.export_events_csv(EVENTS, target) == 2
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows == [
        ["When", "Who", "Action", "Record", "Details"],
        # GMT in January, BST in June; labels, not codes.
        ["05/01/2026 17:04:03", "morgan", "Returned for amendment", "IS-2026-000007",
         "Comment: =HYPERLINK(\"x\")"],
        ["05/06/2026 18:04:03", "alex", "Signed in", "", ""],
    ]
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["events.csv"]


def test_a_failed_write_leaves_the_old_file_and_no_part(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "events.csv"
    target.write_text("the earlier export")

    def broken(*args: object, **kwargs: object) -> int:
        raise OSError(28, "No space left on device")

    from infoshare_desktop.reports import audit as audit_pdf

    monkeypatch.setattr(audit_pdf, "write_audit_pdf", broken)
    pdf = tmp_path / "events.pdf"
    with pytest.raises(OSError):
        audit_export.export_events_pdf(
            EVENTS, pdf, organisation="Testshire", marking="OFFICIAL",
            generated_by="Gwen", generated_at=datetime.now(UTC), filters_text="")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.csv"]
    assert target.read_text() == "the earlier export"


def test_pdf_is_owner_only(tmp_path: Path) -> None:
    pdf = tmp_path / "events.pdf"
    assert audit_export.export_events_pdf(
        EVENTS, pdf, organisation="Testshire", marking="OFFICIAL", generated_by="Gwen",
        generated_at=datetime.now(UTC), filters_text="") == 2
    assert pdf.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(os.stat(pdf).st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["events.pdf"]


def test_an_administrator_sees_that_a_record_changed_never_what_it_said(db) -> None:  # type: ignore[no-untyped-def]
    """Addendum reasons, old and new values and review comments are record content:
    an administrator (who reads no records) gets who, when, what kind and which record;
    a Caldicott Guardian (who reads every record) gets all of it."""
    from infoshare_desktop.domain.vocab import RecordStatus, Role
    from infoshare_desktop.reports.audit_text import AuditFormatter
    from infoshare_desktop.services import audit, trail
    from tests.services.org import build

    org = build(db)
    guardian = org.add_user("guardian", Role.GUARDIAN)
    record = org.record(RecordStatus.COMPLETED)
    content = {
        AuditAction.ADDENDUM: {"reason": "SECRET reason",
                               "changes": [{"field": "purpose", "old": "SECRET old",
                                            "new": "SECRET new"}]},
        AuditAction.RETURN: {"comment": "SECRET comment", "status": "returned"},
        AuditAction.GUARDIAN_DECISION: {"comment": "SECRET decision", "status": "completed",
                                        "note": "SECRET note"},
        AuditAction.BREACH_REPORTED: {"comment": "SECRET breach"},
    }
    with db.session() as session:
        for action, details in content.items():
            trail.log(session, org.author, action, record=record, details=details)

    actions = list(content)
    shown = {e.action: e for e in audit.find_events(db, org.admin, actions=actions)}
    assert set(shown) == set(actions)
    assert "SECRET" not in repr([e.details for e in shown.values()])
    addendum = dict(shown[AuditAction.ADDENDUM].details)
    addendum.pop("content_sha256", None)  # a fingerprint of the content, when recorded
    assert addendum == {"changes": [{"field": "purpose"}]}
    assert shown[AuditAction.RETURN].details.get("status") == "returned"
    assert all(e.reference == record.reference and e.username == "author"
               for e in shown.values())
    cells = AuditFormatter().cells(shown[AuditAction.ADDENDUM])
    assert cells[2:] == ["Addendum added", record.reference, "Changed: Purpose"]

    full = {e.action: e for e in audit.find_events(db, guardian, actions=actions)}
    for action, details in content.items():
        assert full[action].details.items() >= details.items()
