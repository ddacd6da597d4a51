"""Draw the application icon's PNG sizes and the Windows .ico from the one SVG.

Run after changing ``infoshare_desktop/assets/icons/infoshare.svg`` and commit the
outputs beside it: the app, the Linux desktop entry and the Windows installer use
the PNGs and the .ico, so neither a build nor a PC needs an SVG renderer for them.
Qt draws the SVG (the same renderer the app uses); Pillow, which reportlab already
brings, packs the sizes into one .ico.
"""

from __future__ import annotations

import io
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from infoshare_desktop.ui.icons import ICON_SIZES, icon_file, icons_folder

#: The sizes Windows picks from for the .exe, shortcuts and the taskbar.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    del app
    renderer = QSvgRenderer(str(icons_folder() / "infoshare.svg"))
    if not renderer.isValid():
        print("The SVG icon could not be read.", file=sys.stderr)
        return 1
    images: dict[int, Image.Image] = {}
    for size in sorted(set(ICON_SIZES) | set(ICO_SIZES)):
        data = png_bytes(render(renderer, size))
        images[size] = Image.open(io.BytesIO(data))
        if size in ICON_SIZES:
            icon_file(size).write_bytes(data)
            print(icon_file(size))
    ico = icons_folder() / "infoshare.ico"
    largest = images[max(ICO_SIZES)]
    largest.save(ico, format="ICO", sizes=[(size, size) for size in ICO_SIZES],
                 append_images=[images[size] for size in ICO_SIZES])
    print(ico)
    return 0


if __name__ == "__main__":
    sys.exit(main())
