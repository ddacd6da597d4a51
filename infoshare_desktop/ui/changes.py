"""Noticing what other people changed, so the lists a person is looking at stay current.

Every change anyone makes adds an event to the audit trail, and the trail's head
(its count and newest hash) is one small row. Reading it every few seconds is
the cheapest exact test of "has anything changed since I last looked?", whether
the database is a shared file or the team's server.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from infoshare_desktop.services import audit
from infoshare_desktop.services.database import Database, StorageError
from infoshare_desktop.services.errors import ServiceError

log = logging.getLogger(__name__)

#: How often the trail's head is read.
CHECK_EVERY_MS = 10_000


class ChangeWatcher(QObject):
    """Emits ``changed`` when the database holds changes not yet seen."""

    changed = Signal()

    def __init__(self, db: Database, interval_ms: int = CHECK_EVERY_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.seen: tuple[int, str] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.mark_seen()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def mark_seen(self) -> None:
        """Everything in the database now is on screen (after this window's own refresh)."""
        self.seen = self._head()

    def check(self) -> bool:
        """Read the head once; True (and ``changed``) when it moved since last seen."""
        head = self._head()
        if head is None or head == self.seen:
            return False  # unreachable just now: the next check tries again
        self.seen = head
        self.changed.emit()
        return True

    def _head(self) -> tuple[int, str] | None:
        try:
            return audit.chain_summary(self.db)
        except (ServiceError, StorageError) as error:
            log.warning("Could not check for changes (%s)", type(error).__name__)
            return None
