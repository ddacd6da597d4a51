"""The page every InfoShare report shares: A4, the protective marking at the top and
bottom of each page, and "Page X of Y".

"Page X of Y" needs the total before the first page is finished, so ``NumberedCanvas``
keeps each page's state and draws the furniture on all of them when the document is
saved (reportlab's usual buffering canvas). The PDF's metadata is set deliberately
and holds no personal data: a fixed title, no author, no subject, no keywords.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import reportlab
from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from infoshare_desktop.domain.display import Translate, identity
from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP

REPORTS = "reports"
PAGE_X_OF_Y = QT_TRANSLATE_NOOP("reports", "Page {page} of {pages}")

MARGIN = 14 * mm
#: Space kept above and below the body for the marking and the page number.
FURNITURE = 10 * mm
TEXT = HexColor("#0b0c0c")
SECONDARY = HexColor("#505a5f")
RULE = HexColor("#b1b4b6")
HEADER_FILL = HexColor("#f3f2f1")
STRIPE = HexColor("#f8f8f8")

#: Fonts shipped inside reportlab (Bitstream Vera), embedded in every PDF, so every
#: platform makes the same pages whatever fonts the PC has.
FONT = "InfoShareSans"
BOLD = "InfoShareSans-Bold"
_FONT_FILES = {FONT: "Vera.ttf", BOLD: "VeraBd.ttf"}


def register_fonts() -> None:
    """Register the report fonts once per process."""
    folder = Path(reportlab.__file__).resolve().parent / "fonts"
    registered = pdfmetrics.getRegisteredFontNames()
    for name, file in _FONT_FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def numbered_canvas(
    marking: str, footer_left: str, title: str, translate: Translate = identity,
) -> Callable[..., Canvas]:
    """A canvas class for ``doc.build(canvasmaker=...)`` that draws the furniture."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            # Metadata, on purpose: nothing that names a person.
            self.setTitle(title)
            self.setAuthor("")
            self.setSubject("")
            self.setKeywords("")
            self.setCreator("InfoShare Desktop")

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._furniture(total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _furniture(self, total: int) -> None:
            width, height = self._pagesize
            self.saveState()
            self.setFillColor(TEXT)
            self.setFont(BOLD, 10)
            self.drawCentredString(width / 2, height - MARGIN + 2 * mm, marking)
            self.drawCentredString(width / 2, MARGIN - 6 * mm, marking)
            self.setFont(FONT, 8)
            self.setFillColor(SECONDARY)
            self.drawString(MARGIN, MARGIN - 6 * mm, footer_left)
            self.drawRightString(
                width - MARGIN, MARGIN - 6 * mm,
                translate(REPORTS, PAGE_X_OF_Y).format(page=self._pageNumber, pages=total),
            )
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, height - MARGIN, width - MARGIN, height - MARGIN)
            self.line(MARGIN, MARGIN - 2 * mm, width - MARGIN, MARGIN - 2 * mm)
            self.restoreState()

    return NumberedCanvas


def stripes(count: int, start: int = 1) -> list[tuple[Any, ...]]:
    """Table style commands shading every other body row."""
    return [("BACKGROUND", (0, row), (-1, row), STRIPE)
            for row in range(start, start + count) if (row - start) % 2 == 1]

