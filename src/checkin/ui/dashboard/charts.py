"""QtCharts builders for the dashboard: each function fills a QChart from the plain figures dict."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter

EXPECTED = QColor("#b8c7d9")
ARRIVED = QColor("#1f5f99")
PRESENT = QColor("#3a9a5b")
DAY_COLOURS = (QColor("#1f5f99"), QColor("#d9822b"), QColor("#3a9a5b"), QColor("#8e44ad"))
# Axis formats are "%.0f", never "%d": with localised numbers Qt prints nothing for "%d" on a value axis.
# Days are overlaid on one time-of-day axis: every point is placed on this reference date.
REF_DAY = "2000-01-03"


def ui_locale(language: str) -> QLocale:
    """Numbers as the UI language writes them: 1,47 in German, 1.47 in English."""
    if language == "de":
        return QLocale(QLocale.Language.German, QLocale.Country.Germany)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


class ChartView(QChartView):
    """A chart with a fixed font scale (the big-screen mode scales everything up) and localised numbers."""

    def __init__(self, title: str, scale: float = 1.0, locale: QLocale | None = None) -> None:
        chart = QChart()
        chart.setTitle(title)
        # Axis ticks and bar labels in the UI language's notation (the printf formats below stay "%.1f").
        chart.setLocalizeNumbers(True)
        chart.setLocale(locale or ui_locale("en"))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)  # live updates must not wobble
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        super().__init__(chart)
        self.scale = scale
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        title_font = QFont()
        title_font.setPointSizeF(11 * scale)
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        legend_font = QFont()
        legend_font.setPointSizeF(9 * scale)
        chart.legend().setFont(legend_font)
        self.setMinimumHeight(int(210 * scale))  # line and column charts: room for a readable plot

    def fit_bars(self, bars: int) -> None:
        """A minimum height that gives each bar room for its category label.

        Qt hides axis labels that do not fit their slot, the first and the last one first, so a short chart
        with many bars lost exactly the labels a reader starts with. Measured: a label needs ~1.1 times its
        font height; 1.4 keeps the bars comfortable. The page scrolls when the charts together do not fit.
        """
        chart = self.chart()
        axis = QFontMetrics(self.axis_font()).height()
        overhead = QFontMetrics(chart.titleFont()).height() + axis + 48
        if chart.legend().isVisible():
            overhead += QFontMetrics(chart.legend().font()).height() + 16
        self.setMinimumHeight(max(int(150 * self.scale), int(overhead + max(bars, 1) * axis * 1.4)))

    def axis_font(self) -> QFont:
        f = QFont()
        f.setPointSizeF(8.5 * self.scale)
        return f

    def clear(self) -> QChart:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        return chart


def _nice_max(value: float) -> float:
    for step in (5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000):
        if value <= step:
            return step
    return value * 1.1


def _tick_count(y_max: float) -> int:
    """Ticks on round numbers for a _nice_max top: 20 and 200 in steps of 5 and 50, the others in fifths."""
    digits = str(int(y_max))
    return 5 if digits.startswith("2") and not digits.startswith("25") else 6


def _bar_set(label: str, values: Sequence[float], colour: QColor, view: ChartView, inside: bool = False) -> QBarSet:
    s = QBarSet(label)
    s.append([float(v) for v in values])
    s.setColor(colour)
    s.setBorderColor(colour)
    s.setLabelFont(view.axis_font())
    # Labels inside a dark segment are white; labels beside a bar sit on the white background.
    s.setLabelColor(QColor("#ffffff") if inside and colour.lightness() < 140 else QColor("#222222"))
    return s


def horizontal_bars(view: ChartView, labels: Sequence[str],
                    sets: Sequence[tuple[str, Sequence[float], QColor]], stacked: bool = False) -> None:
    """Horizontal bars (long labels stay readable), the first label at the top.

    ``stacked``: one bar per label made of the sets' segments (e.g. arrived + not yet arrived = expected),
    which halves the bars and so fits a dashboard tile.
    """
    chart = view.clear()
    series = QHorizontalStackedBarSeries() if stacked else QHorizontalBarSeries()
    # Qt draws the first category (and, side by side, the first set) lowest: reverse, so it reads top-down.
    # Stacked segments run left to right in the given order.
    unlabelled: list[QBarSet] = []
    if stacked:
        top = max([sum(col) for col in zip(*[values for _, values, _ in sets], strict=True)] + [1])
        for name, values, colour in sets:
            wide, narrow = _split_narrow(view, list(reversed(values)), _nice_max(top), labels)
            series.append(_bar_set(name, wide, colour, view, inside=True))
            # Segments too narrow for their number: same colour, no label (neighbouring labels ran together,
            # "10" and "5" read as "105"). The two sets never both hold a value for one bar, so the stack is
            # unchanged.
            if any(narrow):
                hidden = _bar_set(name, narrow, colour, view, inside=True)
                hidden.setLabelColor(QColor(0, 0, 0, 0))
                series.append(hidden)
                unlabelled.append(hidden)
    else:
        for name, values, colour in reversed(sets):
            series.append(_bar_set(name, list(reversed(values)), colour, view))
    series.setLabelsVisible(True)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsCenter if stacked
                             else QBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setBarWidth(0.75)
    chart.addSeries(series)
    y = QBarCategoryAxis()
    y.append(list(reversed(labels)) or [""])
    y.setLabelsFont(view.axis_font())
    y.setTruncateLabels(False)  # Qt would elide "Guests" to "…" in a short chart
    x = QValueAxis()
    if stacked:
        top = max([sum(col) for col in zip(*[values for _, values, _ in sets], strict=True)] + [1])
    else:
        top = max([v for _, values, _ in sets for v in values] + [1]) * 1.15
    x.setRange(0, _nice_max(top))
    x.applyNiceNumbers()  # ticks at 0, 100, 200 … rather than 0, 125, 250
    x.setLabelFormat("%.0f")
    x.setLabelsFont(view.axis_font())
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x)
    series.attachAxis(y)
    chart.legend().setReverseMarkers(not stacked)  # legend in the order the bars read
    for marker in chart.legend().markers(series):
        if marker.barset() in unlabelled:
            marker.setVisible(False)


def _split_narrow(view: ChartView, values: list[float], axis_max: float,
                  labels: Sequence[str]) -> tuple[list[float], list[float]]:
    """(values whose segment is wide enough for its label, the others), zeros in place of the other list's."""
    metrics = QFontMetrics(view.axis_font())
    # The plot is what the category labels and margins leave of the chart's width (an estimate: the chart
    # lays itself out later).
    widest = max([metrics.horizontalAdvance(text) for text in labels] + [0])
    plot = max(view.width() - widest - 70, 120)
    wide, narrow = [], []
    for v in values:
        fits = v / axis_max * plot >= metrics.horizontalAdvance(f"{v:.0f}") + 6
        wide.append(v if fits else 0.0)
        narrow.append(0.0 if fits else v)
    return wide, narrow


def vertical_bars(view: ChartView, labels: Sequence[str], sets: Sequence[tuple[str, Sequence[float], QColor]],
                  fmt: str = "%.0f") -> None:
    chart = view.clear()
    series = QBarSeries()
    for name, values, colour in sets:
        series.append(_bar_set(name, values, colour, view))
    series.setLabelsVisible(True)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsPrecision(3)
    chart.addSeries(series)
    x = QBarCategoryAxis()
    x.append(list(labels) or [""])
    x.setLabelsFont(view.axis_font())
    x.setTruncateLabels(False)
    y = QValueAxis()
    top = max([v for _, values, _ in sets for v in values] + [0])
    y_max = _nice_max(top * 1.15) if top >= 4 else 5
    y.setRange(0, y_max)
    y.setTickCount(_tick_count(y_max))
    y.setTruncateLabels(False)
    y.setLabelFormat(fmt)
    y.setLabelsFont(view.axis_font())
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    chart.legend().setVisible(len(sets) > 1)


def arrival_curve(view: ChartView, days: dict[str, list[dict]], day_labels: dict[str, str]) -> None:
    """One line per day over time of day, 15-minute steps."""
    chart = view.clear()
    top, first, last = 1, None, None
    for i, day in enumerate(sorted(days)):
        series = QLineSeries()
        series.setName(day_labels.get(day, day))
        pen = series.pen()
        pen.setWidthF(2.5 * view.scale)
        pen.setColor(DAY_COLOURS[i % len(DAY_COLOURS)])
        series.setPen(pen)
        # A line needs two points: in the first 15 minutes of the doors (one step) the curve drew nothing.
        series.setPointsVisible(True)
        for row in days[day]:
            t = QDateTime.fromString(f"{REF_DAY}T{row['start']}:00", Qt.DateFormat.ISODate)
            series.append(float(t.toMSecsSinceEpoch()), float(row["count"]))
            top = max(top, row["count"])
            first = t if first is None or t < first else first
            last = t if last is None or t > last else last
        chart.addSeries(series)
    x = QDateTimeAxis()
    x.setFormat("HH:mm")
    x.setLabelsFont(view.axis_font())
    if first is None:
        first = QDateTime.fromString(f"{REF_DAY}T08:00:00", Qt.DateFormat.ISODate)
        last = first
    # Whole hours at both ends, one tick per hour (or per two hours on a long day): readable times.
    start = QDateTime.fromString(f"{REF_DAY}T{first.time().hour():02d}:00:00", Qt.DateFormat.ISODate)
    hours = max(1, -(-start.secsTo(last.addSecs(900)) // 3600))
    step = 1 if hours <= 8 else 2
    hours += hours % step
    x.setRange(start, start.addSecs(hours * 3600))
    x.setTickCount(hours // step + 1)
    y = QValueAxis()
    y_max = _nice_max(top * 1.1)
    y.setRange(0, y_max)
    y.setTickCount(_tick_count(y_max))  # 0, 10 … 50, not Qt's default 0, 13, 25, 38, 50
    y.setLabelFormat("%.0f")
    y.setTruncateLabels(False)  # a short plot showed "…" instead of 100
    y.setLabelsFont(view.axis_font())
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    for series in chart.series():
        series.attachAxis(x)
        series.attachAxis(y)
    chart.legend().setVisible(len(days) > 1)


def now_label(tz: object) -> str:
    return datetime.now(tz).strftime("%H:%M")  # type: ignore[arg-type]
