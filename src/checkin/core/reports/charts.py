"""Vector charts for the PDF report (reportlab.graphics: drawn as paths and text, never as images)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from .. import pdffonts

EXPECTED = colors.HexColor("#b8c7d9")
ARRIVED = colors.HexColor("#1f5f99")
DAY_COLOURS = (colors.HexColor("#1f5f99"), colors.HexColor("#d9822b"), colors.HexColor("#3a9a5b"),
               colors.HexColor("#8e44ad"))


def _nice_max(value: float) -> int:
    """An axis maximum a reader can count with: 5, 10, 20, 25, 50, 100, 200, 250, 500 ..."""
    if value <= 5:
        return 5
    magnitude = 10 ** math.floor(math.log10(value))
    for m in (1, 2, 2.5, 5, 10):
        if m * magnitude >= value:
            return int(m * magnitude)
    return int(10 * magnitude)


def _title(d: Drawing, text: str, y: float) -> None:
    _regular, bold = pdffonts.register()
    d.add(String(0, y, text, fontName=bold, fontSize=11, fillColor=colors.HexColor("#222222")))


def _legend(d: Drawing, x: float, y: float, items: Sequence[tuple[colors.Color, str]]) -> None:
    regular, _bold = pdffonts.register()
    legend = Legend()
    legend.x, legend.y = x, y
    legend.alignment = "right"
    legend.fontName, legend.fontSize = regular, 8
    legend.columnMaximum = 1
    legend.deltax = 110
    legend.boxAnchor = "nw"
    legend.colorNamePairs = list(items)
    d.add(legend)


def expected_vs_arrived(title: str, labels: Sequence[str], expected: Sequence[int], arrived: Sequence[int],
                        names: tuple[str, str], width: float = 480, bar_height: float = 10) -> Drawing:
    """Horizontal grouped bars: long labels (organisation types, countries) stay readable."""
    regular, _bold = pdffonts.register()
    n = max(len(labels), 1)
    plot_h = n * bar_height * 2.3
    height = plot_h + 66
    d = Drawing(width, height, initialFontName=pdffonts.REGULAR)  # no non-embedded Helvetica in the PDF
    _title(d, title, height - 12)
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 22
    chart.width, chart.height = width - 190, plot_h
    # Series 0 is drawn lowest in each group: arrived below expected reads like the legend, top-down.
    chart.data = [list(reversed(arrived)) or [0], list(reversed(expected)) or [0]]
    chart.categoryAxis.categoryNames = list(reversed(labels)) or [""]
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max([*expected, *arrived, 1]))
    chart.valueAxis.valueStep = chart.valueAxis.valueMax / 5
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.bars[0].fillColor, chart.bars[1].fillColor = ARRIVED, EXPECTED
    chart.bars.strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = bar_height * 0.6
    chart.barLabels.fontName = regular
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabelFormat = "%d"
    d.add(chart)
    _legend(d, 0, height - 20, [(EXPECTED, names[0]), (ARRIVED, names[1])])
    return d


def arrival_curve(title: str, days: dict[str, list[dict]], day_labels: dict[str, str], width: float = 480,
                  height: float = 210) -> Drawing:
    """One line per event day over the same time-of-day axis (15-minute buckets)."""
    regular, _bold = pdffonts.register()
    d = Drawing(width, height, initialFontName=pdffonts.REGULAR)  # no non-embedded Helvetica in the PDF
    _title(d, title, height - 12)
    slots = sorted({row["start"] for rows in days.values() for row in rows})
    if not slots:
        slots = ["08:00"]
    chart = HorizontalLineChart()
    chart.x, chart.y = 40, 20
    chart.width, chart.height = width - 60, height - 70
    data = []
    for day in sorted(days):
        counts = {row["start"]: row["count"] for row in days[day]}
        data.append([counts.get(s, 0) for s in slots])
    chart.data = data or [[0]]
    # Label the full hours only: 40 labels of 15 minutes would overlap.
    chart.categoryAxis.categoryNames = [s if s.endswith(":00") else "" for s in slots]
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max([v for row in data for v in row] + [1]))
    chart.valueAxis.valueStep = chart.valueAxis.valueMax / 5
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    items = []
    for i, day in enumerate(sorted(days)):
        colour = DAY_COLOURS[i % len(DAY_COLOURS)]
        chart.lines[i].strokeColor = colour
        chart.lines[i].strokeWidth = 1.8
        items.append((colour, day_labels.get(day, day)))
    d.add(chart)
    if items:
        _legend(d, 0, height - 20, items)
    return d


def simple_bars(title: str, labels: Sequence[str], values: Sequence[float], width: float = 480,
                height: float = 170, fmt: str = "%d") -> Drawing:
    """Vertical bars of one series (stations, days)."""
    regular, _bold = pdffonts.register()
    d = Drawing(width, height, initialFontName=pdffonts.REGULAR)  # no non-embedded Helvetica in the PDF
    _title(d, title, height - 12)
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 30
    chart.width, chart.height = width - 60, height - 70
    chart.data = [list(values) or [0]]
    chart.categoryAxis.categoryNames = list(labels) or [""]
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    top = max([*values, 1])
    chart.valueAxis.valueMax = _nice_max(int(top + 0.999)) if top >= 5 else 5
    chart.valueAxis.valueStep = chart.valueAxis.valueMax / 5
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = ARRIVED
    chart.bars.strokeColor = None
    chart.barLabels.fontName = regular
    chart.barLabels.fontSize = 7
    chart.barLabels.dy = 3
    chart.barLabels.boxAnchor = "s"
    chart.barLabelFormat = fmt
    chart.barWidth = 14
    d.add(chart)
    return d
