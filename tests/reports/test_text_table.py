"""TextTable: long plain-text tables split over pages with nothing lost or repeated."""

from __future__ import annotations

import io
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate

from infoshare_desktop.reports import layout
from infoshare_desktop.reports.text_table import MAX_LINES, TextTable


def _pdf(story: list) -> list[str]:
    layout.register_fonts()
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return [page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue())).pages]


def test_every_row_appears_once_and_the_header_heads_every_page() -> None:
    rows = [[f"ROW{n:05d}", "Shared in full\nsecond line" if n % 3 else "Not shared",
             "x" * (n % 40)] for n in range(2_000)]
    pages = _pdf(layout.text_tables(["Reference", "Outcome", "Notes"], rows,
                                    [90, 120, 250]))
    text = "\n".join(pages)
    found = re.findall(r"ROW\d{5}", text)
    assert sorted(found) == [f"ROW{n:05d}" for n in range(2_000)]
    assert len(pages) > 20
    assert all(page.lstrip().startswith("Reference") for page in pages)


def test_a_cell_longer_than_a_page_continues_below_instead_of_failing() -> None:
    lines = [f"line {n:03d}" for n in range(3 * MAX_LINES + 7)]
    table = TextTable(["Head"], [["\n".join(lines)]], [200], layout.TEXT_TABLE_LOOK)
    text = "\n".join(_pdf([table]))
    assert re.findall(r"line \d{3}", text) == lines


def test_text_is_never_read_as_markup_and_keeps_non_latin_letters() -> None:
    rows = [["<b>not bold</b> & <i>", "Siân Ŵyn Łukasz Zoë"]]
    text = "\n".join(_pdf(layout.text_tables(["A", "B"], rows, [200, 200])))
    assert "<b>not bold</b> & <i>" in text
    assert "Siân Ŵyn Łukasz Zoë" in text


def test_text_tables_sit_with_other_flowables() -> None:
    styles = layout.styles()
    story = [Paragraph("Before", styles["body"]),
             *layout.text_tables(["A"], [[f"R{n}"] for n in range(300)], [100]),
             Paragraph("After", styles["body"])]
    text = "\n".join(_pdf(story))
    assert text.index("Before") < text.index("R0") < text.index("R299") < text.index("After")


@settings(max_examples=25, deadline=None)
@given(st.lists(st.lists(st.text(max_size=120), min_size=2, max_size=2), max_size=80))
def test_any_text_lays_out(rows: list[list[str]]) -> None:
    cleaned = [[cell.replace("\x00", "") for cell in row] for row in rows]
    _pdf([*layout.text_tables(["One", "Two"], cleaned, [150, 150]), Paragraph("end")])
