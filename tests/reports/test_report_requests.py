"""Reports made from requests: into memory, with progress, cancellable, with a logo."""

from __future__ import annotations

import io
import struct
import zlib
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from infoshare_desktop.domain.audit import AuditAction
from infoshare_desktop.domain.vocab import RecordStatus, Role
from infoshare_desktop.services import audit, reporting
from infoshare_desktop.services import settings as settings_service
from infoshare_desktop.services.errors import PermissionDeniedError, ValidationError
from infoshare_desktop.services.reporting import (
    GuardianReport,
    RecordReport,
    ReportCancelled,
    SubjectAccessPack,
    SupervisionReport,
)
from infoshare_desktop.storage.database import Database
from tests.reports.oversight_data import add
from tests.services.org import Org, build

DECIDED = datetime(2026, 2, 10, 11, tzinfo=UTC)
SINCE, UNTIL = date(2026, 1, 1), date(2026, 3, 31)


def png(width: int = 40, height: int = 20) -> bytes:
    """A small, valid, solid-blue PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    rows = b"".join(b"\x00" + b"\x1d\x70\xb8" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


@pytest.fixture
def org(db: Database) -> Org:
    org = build(db)
    for n in range(12):
        add(db, org.author, DECIDED.replace(day=n + 1), case_reference="CM-REQ-1")
    return org


def _reports(org: Org) -> list[tuple[object, object]]:
    guardian = org.add_user("gill_g", Role.GUARDIAN)
    reference = org.record(RecordStatus.COMPLETED).reference
    return [
        (org.author, RecordReport(reference)),
        (org.author, SupervisionReport("author", SINCE, UNTIL)),
        (guardian, GuardianReport(SINCE, UNTIL)),
        (guardian, SubjectAccessPack("CM-REQ-1", redact_third_parties=True)),
    ]


def _report_events(org: Org) -> list[dict[str, object]]:
    return [e.details for e in audit.find_events(org.db, org.admin,
                                                 actions={AuditAction.REPORT})]


def test_every_report_can_be_made_in_memory_with_progress_from_0_to_1(org: Org) -> None:
    for actor, request in _reports(org):
        seen: list[float] = []
        out = io.BytesIO()
        result = reporting.generate_report(org.db, actor, request, out,
                                           progress=seen.append)
        pages = PdfReader(io.BytesIO(out.getvalue())).pages
        assert result.pages == len(pages) >= 1, request
        assert seen[0] == 0.0 and seen[-1] == pytest.approx(1.0), request
        assert seen == sorted(seen), request
        assert all(0.0 <= value <= 1.0 for value in seen)
    assert len(_report_events(org)) == 4


def test_a_cancelled_report_writes_nothing_and_audits_nothing(
    org: Org, tmp_path: Path
) -> None:
    for actor, request in _reports(org):
        calls = []

        def stop_half_way(fraction: float, calls: list[float] = calls) -> None:
            calls.append(fraction)
            if fraction > 0.5:
                raise ReportCancelled

        folder = tmp_path / "out"
        folder.mkdir(exist_ok=True)
        with pytest.raises(ReportCancelled):
            reporting.write_report(org.db, actor, request, folder / "report.pdf",
                                   progress=stop_half_way)
        assert calls[-1] > 0.5
        assert list(folder.iterdir()) == []
    assert _report_events(org) == []


def test_refusals_come_before_any_output(org: Org) -> None:
    out = io.BytesIO()
    with pytest.raises(PermissionDeniedError):
        reporting.generate_report(org.db, org.author, GuardianReport(SINCE, UNTIL), out)
    assert out.getvalue() == b""


def test_available_reports_follow_the_roles(org: Org) -> None:
    guardian = org.add_user("gill_g", Role.GUARDIAN)
    admin_only = org.admin
    assert reporting.available_reports(org.db, org.author) == [
        RecordReport, SupervisionReport, SubjectAccessPack]
    assert GuardianReport in reporting.available_reports(org.db, guardian)
    assert reporting.available_reports(org.db, admin_only) == []


def test_supervision_people_are_those_whose_records_one_reads(org: Org) -> None:
    manager = org.add_user("mo_m", Role.MANAGER, manages=(org.team_a,))
    org.add_user("bea_b", Role.PRACTITIONER, member_of=(org.team_b,))
    colleague = org.add_user("cal_c", Role.PRACTITIONER, member_of=(org.team_a,))
    assert [u.username for u in reporting.supervision_people(org.db, org.author)] == ["author"]
    assert {u.username for u in reporting.supervision_people(org.db, manager)} == {
        "author", colleague.username, manager.username}


def test_the_logo_is_checked_stored_audited_and_printed(org: Org) -> None:
    with pytest.raises(ValidationError):
        settings_service.set_logo(org.db, org.admin, b"GIF89a not a png")
    with pytest.raises(ValidationError):
        settings_service.set_logo(org.db, org.admin, png()[:8] + b"\x00" * 1_000_001)
    with pytest.raises(PermissionDeniedError):
        settings_service.set_logo(org.db, org.author, png())
    assert settings_service.get_logo(org.db) is None

    settings_service.set_logo(org.db, org.admin, png())
    assert settings_service.get_logo(org.db) == png()
    changes = [e.details for e in audit.find_events(
        org.db, org.admin, actions={AuditAction.SETTINGS_CHANGE})]
    assert changes[-1]["changed"] == {"report_logo": ["none", f"set ({len(png()):,} bytes)"]}

    def images(request: object) -> int:
        out = io.BytesIO()
        reporting.generate_report(org.db, org.author, request, out)
        first = PdfReader(io.BytesIO(out.getvalue())).pages[0]
        return len(first.images)

    request = SupervisionReport("author", SINCE, UNTIL)
    assert images(request) == 1
    settings_service.set_logo(org.db, org.admin, None)
    assert settings_service.get_logo(org.db) is None
    assert images(request) == 0


def test_a_broken_logo_does_not_stop_a_report(org: Org) -> None:
    with org.db.session() as session:
        from infoshare_desktop.storage.tables import SettingRow

        session.add(SettingRow(key=settings_service.LOGO_KEY, value="not base64!"))
    out = io.BytesIO()
    result = reporting.generate_report(
        org.db, org.author, SupervisionReport("author", SINCE, UNTIL), out)
    assert result.pages >= 1
