"""Guards against known faults in the Qt binding we depend on."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_qt_calls_do_not_leak_references_to_none(qapp: QApplication) -> None:
    """PySide6 6.12.0 dropped a reference to None on every Qt method returning nothing.

    On Python 3.11 that frees None after some tens of thousands of calls and aborts
    the app mid-form ("none_dealloc"). pyproject.toml excludes that release; this
    catches the fault if an upgrade brings it back.
    """
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(5_000):
        label.setText("x")
        label.setVisible(False)
    assert before - sys.getrefcount(None) < 100
    label.deleteLater()
