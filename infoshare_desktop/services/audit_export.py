"""Audit events to a CSV file or a PDF report, for Caldicott Guardians and auditors.

The events are the ones ``audit.find_events`` returned (so the permission check has
been made); this module only writes them. Both files are written to ``FILE.part``
beside the target, owner-only, and renamed into place, so a failed export leaves no
half file and nothing goes to a shared temporary folder. The caller records the
export with ``audit.log_export`` once the file is there.

The CSV shows what the screen shows: labels rather than codes, UK local times to the
second (dd/mm/yyyy HH:MM:SS), UTF-8 with a BOM so Excel reads it correctly.
"""

from __future__ import annotations

import contextlib
import csv
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import IO

from infoshare_desktop.domain.audit import AuditEvent
from infoshare_desktop.domain.display import Translate, identity
from infoshare_desktop.reports.audit_text import AuditFormatter
from infoshare_desktop.services.export import safe_cell

__all__ = ["AuditFormatter", "export_events_csv", "export_events_pdf"]


@contextmanager
def _replacing(path: str | os.PathLike[str], mode: str, **kwargs: object) -> Iterator[IO]:  # type: ignore[type-arg]
    """A file opened at ``path + ".part"`` (owner-only) that replaces ``path`` when done."""
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    try:
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        # O_CREAT keeps the mode of a .part left by a killed export: set it.
        if hasattr(os, "fchmod"):  # POSIX; Windows has no such mode
            os.fchmod(descriptor, 0o600)
        with open(descriptor, mode, **kwargs) as handle:  # type: ignore[call-overload]
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


def export_events_csv(
    events: Sequence[AuditEvent], path: str | os.PathLike[str], translate: Translate = identity
) -> int:
    """Write ``events`` (in the order given) to ``path`` as CSV; returns the row count."""
    formatter = AuditFormatter(translate)
    with _replacing(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(formatter.headers())
        for event in events:
            writer.writerow([safe_cell(cell) for cell in formatter.cells(event)])
    return len(events)


def export_events_pdf(
    events: Sequence[AuditEvent],
    path: str | os.PathLike[str],
    *,
    organisation: str,
    marking: str,
    generated_by: str,
    generated_at: datetime,
    filters_text: str,
    translate: Translate = identity,
) -> int:
    """Write ``events`` as the audit trail PDF (``reports.audit``); returns the row count."""
    from infoshare_desktop.reports.audit import write_audit_pdf  # reportlab: only when needed

    with _replacing(path, "wb") as handle:
        return write_audit_pdf(
            events, handle, organisation=organisation, marking=marking,
            generated_by=generated_by, generated_at=generated_at, filters_text=filters_text,
            translate=translate,
        )
