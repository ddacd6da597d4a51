"""A long table of plain text, laid out in linear time and drawn straight onto the page.

reportlab's ``Table`` measures and draws every cell through its general machinery,
about a millisecond a row: fine for a page, too slow for the Guardian report's
tens of thousands of rows. ``TextTable`` knows its cells are plain text already
wrapped into lines, so a row's height is its line count times the leading; the
heights are summed once, a page break is a binary search, and each page is drawn
as one block of PDF operators, every distinct cell text encoded once per document.

It looks like the house table (``layout.table_style``): a shaded header row
repeated on every page, a rule under each row, stripes on every other row.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate
from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

#: Cell padding (points), as the house table style.
PAD_X = 4.0
PAD_Y = 3.0
#: A cell longer than this many lines continues in a row of its own below, so no
#: row is ever taller than a page.
MAX_LINES = 50


class TableLook:
    """Fonts, sizes and colours shared by every part of one table."""

    def __init__(
        self, *, font: str, bold: str, size: float, leading: float, text: Color,
        rule: Color, header_fill: Color, stripe: Color,
    ) -> None:
        self.font, self.bold, self.size, self.leading = font, bold, size, leading
        self.text, self.rule, self.header_fill, self.stripe = text, rule, header_fill, stripe


class _Rows:
    """The table's rows as lines, their heights and running totals (shared by the
    parts a table is split into)."""

    def __init__(self, rows: Sequence[Sequence[str]], leading: float) -> None:
        self.cells: list[list[list[str]]] = []
        for row in rows:
            lines = [str(cell).split("\n") for cell in row]
            tallest = max((len(cell) for cell in lines), default=1)
            for start in range(0, max(tallest, 1), MAX_LINES):
                self.cells.append([cell[start:start + MAX_LINES] for cell in lines])
        self.heights = [max((len(c) for c in row), default=1) * leading + 2 * PAD_Y
                        for row in self.cells]
        self.tops = [0.0, *accumulate(self.heights)]


class TextTable(Flowable):
    """Rows ``start`` to ``stop`` of a table of pre-wrapped text (lines joined by
    newlines), with ``header`` (also pre-wrapped) above them on every page."""

    def __init__(
        self, header: Sequence[str], rows: Sequence[Sequence[str]] | _Rows,
        widths: Sequence[float], look: TableLook, start: int = 0, stop: int | None = None,
        cache: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.header = [str(cell).split("\n") for cell in header]
        self.rows = rows if isinstance(rows, _Rows) else _Rows(rows, look.leading)
        self.widths = list(widths)
        self.look = look
        self.start = start
        self.stop = len(self.rows.cells) if stop is None else stop
        self.header_height = (max((len(c) for c in self.header), default=1) * look.leading
                              + 2 * PAD_Y)
        #: Encoded text operators by cell text: shared by the parts of one table.
        self.cache: dict[str, str] = {} if cache is None else cache

    def _body_height(self, start: int, stop: int) -> float:
        return self.rows.tops[stop] - self.rows.tops[start]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = self.header_height + self._body_height(self.start, self.stop)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        room = availHeight - self.header_height
        # The last row whose bottom is within ``room`` of this part's top.
        last = bisect_right(self.rows.tops, self.rows.tops[self.start] + room) - 1
        last = min(last, self.stop)
        if last <= self.start:
            return []  # not even one row fits: the whole table moves on
        return [self._part(self.start, last), self._part(last, self.stop)]

    def _part(self, start: int, stop: int) -> TextTable:
        part = TextTable([], self.rows, self.widths, self.look, start, stop, self.cache)
        part.header, part.header_height = self.header, self.header_height
        return part

    # --- drawing ------------------------------------------------------------------------

    def draw(self) -> None:
        canvas = self.canv
        look = self.look
        width = sum(self.widths)
        top = self.header_height + self._body_height(self.start, self.stop)
        code: list[str] = []
        # Backgrounds: the header, then every other row (counted from the table's first).
        canvas.saveState()
        canvas.setFillColor(look.header_fill)
        canvas.rect(0, top - self.header_height, width, self.header_height, stroke=0, fill=1)
        canvas.setFillColor(look.stripe)
        y = top - self.header_height
        for index in range(self.start, self.stop):
            height = self.rows.heights[index]
            if index % 2 == 1:
                canvas.rect(0, y - height, width, height, stroke=0, fill=1)
            y -= height
        # Rules: thin under each row, heavy under the header.
        canvas.setStrokeColor(look.rule)
        canvas.setLineWidth(0.25)
        y = top - self.header_height
        path = canvas.beginPath()
        for index in range(self.start, self.stop):
            y -= self.rows.heights[index]
            path.moveTo(0, y)
            path.lineTo(width, y)
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.setStrokeColor(look.text)
        canvas.setLineWidth(1)
        canvas.line(0, top - self.header_height, width, top - self.header_height)
        # Text: the header in bold, then the rows.
        canvas.setFillColor(look.text)
        self._text(code, self.header, top, look.bold)
        y = top - self.header_height
        for index in range(self.start, self.stop):
            self._text(code, self.rows.cells[index], y, look.font)
            y -= self.rows.heights[index]
        canvas._code.append(" ".join(code))  # one block of operators for the page
        canvas.restoreState()

    def _text(self, code: list[str], cells: Sequence[Sequence[str]], top: float,
              font: str) -> None:
        leading, size = self.look.leading, self.look.size
        x = 0.0
        for column, lines in enumerate(cells):
            baseline = top - PAD_Y - size
            for line in lines:
                if line:
                    code.append(f"BT 1 0 0 1 {x + PAD_X:.2f} {baseline:.2f} Tm "
                                f"{self._encoded(line, font)} ET")
                baseline -= leading
            x += self.widths[column]

    def _encoded(self, text: str, font_name: str) -> str:
        """The operators that show ``text`` in ``font_name``: for an embedded
        (TrueType) font, one ``Tf``/``Tj`` pair per subset the text falls in."""
        key = font_name + "\0" + text
        found = self.cache.get(key)
        if found is None:
            canvas: Any = self.canv
            font = pdfmetrics.getFont(font_name)
            size = f"{self.look.size:g}"
            if getattr(font, "_dynamicFont", False):
                found = " ".join(
                    f"{font.getSubsetInternalName(subset, canvas._doc)} {size} Tf "
                    f"({canvas._escape(chunk)}) Tj"
                    for subset, chunk in font.splitString(text, canvas._doc))
            else:  # a standard font: reportlab's own encoding
                writer = canvas.beginText()
                writer.setFont(font_name, self.look.size)
                found = (f"{canvas._doc.getInternalFontName(font_name)} {size} Tf "
                         f"{writer._formatText(text)}")
            self.cache[key] = found
        return found
