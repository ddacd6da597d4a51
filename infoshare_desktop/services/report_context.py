"""What every printed report's header says: the organisation, its marking and logo,
who generated the report and when, and the audit chain head."""

from __future__ import annotations

from datetime import UTC, datetime

from infoshare_desktop.domain.accounts import User
from infoshare_desktop.reports.layout import ReportContext
from infoshare_desktop.services import audit
from infoshare_desktop.services import settings as settings_service
from infoshare_desktop.services.guard import current
from infoshare_desktop.storage.database import Database


def report_context(db: Database, actor: User, now: datetime | None = None) -> ReportContext:
    """The header every report carries, as of ``now`` (default: this moment)."""
    settings = settings_service.get_settings(db)
    with db.session() as session:
        actor = current(session, actor)
    count, head = audit.chain_summary(db)
    return ReportContext(
        organisation=settings.organisation_name,
        marking=settings.protective_marking,
        generated_by=actor.full_name,
        generated_at=now or datetime.now(UTC),
        chain=(count, head) if count else None,
        logo=settings_service.get_logo(db),
    )
