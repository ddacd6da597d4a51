"""The application icon: the window, taskbar and About dialog show the same picture.

The PNG sizes are drawn from ``assets/icons/infoshare.svg`` by
``scripts/make_icons.py`` and shipped, so the icon never depends on an SVG plugin.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from infoshare_desktop.resources import resource_path

#: The PNG sizes shipped (Linux's hicolor theme sizes, and enough for Qt to scale).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icons_folder() -> Path:
    """Where the icon's SVG, PNG sizes and Windows .ico are shipped."""
    return resource_path("assets", "icons")


def icon_file(size: int) -> Path:
    """The shipped PNG of ``size`` pixels square."""
    return icons_folder() / f"infoshare-{size}.png"


def app_icon() -> QIcon:
    """The InfoShare icon in every shipped size (an empty icon if none is found)."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = icon_file(size)
        if path.is_file():
            icon.addFile(str(path))
    return icon


def set_application_icon(app: QApplication) -> None:
    """Give every window of ``app`` the InfoShare icon."""
    app.setWindowIcon(app_icon())
    # Wayland desktops take the icon and name from the installed menu entry
    # (packaging/linux/infoshare.desktop) that this names.
    app.setDesktopFileName("infoshare")
