"""Notice when nobody has touched the keyboard or mouse for a while (shared PCs)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

#: Events that mean a person is at the PC.
INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
})


class IdleWatcher(QObject):
    """An application-wide event filter: ``idle`` fires after ``interval_ms`` without input.

    ``pause()`` stops watching (while locked); ``resume()`` starts the count again.
    """

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, interval_ms))
        self.timer.timeout.connect(self.idle)
        self._installed = False
        self.paused = False

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self.paused = False
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def pause(self) -> None:
        self.paused = True
        self.timer.stop()

    def resume(self) -> None:
        self.paused = False
        self.timer.start()

    def set_interval(self, interval_ms: int) -> None:
        self.timer.setInterval(max(1, interval_ms))
        if not self.paused and self._installed:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.paused and event.type() in INPUT_EVENTS:
            self.timer.start()
        return False
