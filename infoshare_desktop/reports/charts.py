"""Bar charts for reports (reportlab graphics), each with its total in words.

``bar_chart`` draws one series of counts as a ``VerticalBarChart`` in a ``Drawing``
sized to the page's body, with the count over each bar and a caption
"<title> – Total: N" under it, so a reader (and a test reading the PDF's text) can
check the chart against the table beside it. The caller passes its title and labels
already translated, and its ``translate`` for the caption.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, KeepTogether

from infoshare_desktop.domain.display import Translate, identity
from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP
from infoshare_desktop.reports.layout import BOLD, FONT, REPORTS, RULE, TEXT, para, styles

BAR = HexColor("#1d70b8")
#: Category labels longer than this are shortened on the chart (the table has them whole).
LABEL_CHARS = 26
CHART_TOTAL = QT_TRANSLATE_NOOP("reports", "{title} – Total: {total}")


def _short(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1].rstrip() + "…"


def _step(top: int) -> int:
    """A round value-axis step giving about five gridlines."""
    raw = max(1, top / 5)
    magnitude = 10 ** (len(str(int(raw))) - 1)
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return int(factor * magnitude)
    return int(10 * magnitude)


def bar_chart(
    title: str, rows: Sequence[tuple[str, int]], width: float, height: float = 150,
    translate: Translate = identity,
) -> Flowable:
    """``rows`` (label, count) as a bar chart with its caption, kept on one page."""
    return KeepTogether(bar_chart_parts(title, rows, width, height, translate))


def bar_chart_parts(
    title: str, rows: Sequence[tuple[str, int]], width: float, height: float = 150,
    translate: Translate = identity,
) -> list[Flowable]:
    """The chart's drawing and caption, for a caller keeping them with other flowables.

    ``title`` and the row labels arrive translated (the caller knows their contexts);
    only the caption's own words are translated here.
    """
    labels = [_short(label) for label, _ in rows]
    counts = [count for _, count in rows]
    longest = max((len(label) for label in labels), default=0)
    rotate = longest > max(4, int(width / max(1, len(labels)) / 4.5))
    bottom = 14 + (min(longest, LABEL_CHARS) * 2.5 if rotate else 6)
    drawing = Drawing(width, height + bottom)
    chart = VerticalBarChart()
    chart.x = 40
    chart.y = bottom
    chart.width = width - 50
    chart.height = height - 14
    chart.data = [counts or [0]]
    chart.categoryAxis.categoryNames = labels or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.fillColor = TEXT
    if rotate:
        chart.categoryAxis.labels.angle = 40
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.categoryAxis.labels.dx = 4
        chart.categoryAxis.labels.dy = -4
    chart.categoryAxis.strokeColor = RULE
    top = max(counts, default=0)
    step = _step(top)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(step, (top // step + 1) * step)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = HexColor("#e5e6e7")
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = BOLD
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    drawing.add(chart)
    caption = para(translate(REPORTS, CHART_TOTAL).format(
        title=title, total=f"{sum(counts):,}"), styles()["small"])
    return [drawing, caption]
