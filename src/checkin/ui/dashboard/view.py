"""The live dashboard: key figures and charts, refreshed (debounced) whenever any station's data changes.

The figures are computed on the DB worker (``checkin.core.reports.figures``, the same numbers as the report);
this module only draws them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.reports.countries import country_name
from ..changes import Change
from ..context import AppContext
from ..ops import QueryOp
from . import charts
from .exports import ExportButtons

DEBOUNCE_MS = 800  # a burst of 300 check-ins at 08:00 redraws once, not 300 times
TICK_MS = 60_000  # "per minute, last 15 minutes" changes as time passes, even without new check-ins
TOP_COUNTRIES = 12


def compute_figures(store: Any, lang: str) -> dict[str, Any]:
    from ...core.reports import figures

    fig = figures.compute(store, lang=lang)
    fig["_today"] = datetime.now(UTC).astimezone(store.tz).date().isoformat()
    return fig


class Tile(QFrame):
    """One big number with a caption."""

    def __init__(self, caption: str, scale: float, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"QFrame#{name} {{ background: #f4f7fb; border: 1px solid #d5dde8; border-radius: 6px; }}")
        self.value = QLabel("–")
        self.value.setObjectName(f"{name}Value")
        f = QFont()
        f.setPointSizeF(22 * scale)
        f.setBold(True)
        self.value.setFont(f)
        self.value.setStyleSheet("color: #1f5f99; border: none;")
        self.caption = QLabel(caption)
        cf = QFont()
        cf.setPointSizeF(10 * scale)
        self.caption.setFont(cf)
        self.caption.setStyleSheet("color: #444; border: none;")
        self.caption.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(int(12 * scale), int(6 * scale), int(12 * scale), int(6 * scale))
        lay.addWidget(self.value)
        lay.addWidget(self.caption)

    def set(self, text: str) -> None:
        self.value.setText(text)


class DashboardView(QWidget):
    """Tiles and six charts; ``scale`` > 1 for the big screen at the entrance or the organisers' office."""

    def __init__(self, ctx: AppContext, scale: float = 1.0) -> None:
        super().__init__()
        self.ctx = ctx
        self.scale = scale
        self.figures: dict[str, Any] | None = None
        self._dirty = True
        self._running = False
        self.locale = charts.ui_locale(ctx.language)
        self.tiles = {
            "today": Tile(self.tr("arrived today"), scale, "tileToday"),
            "rate": Tile(self.tr("of the expected guests have come"), scale, "tileRate"),
            "no_shows": Tile(self.tr("expected, not yet arrived"), scale, "tileNoShows"),
            "walk_ins": Tile(self.tr("walk-ins"), scale, "tileWalkIns"),
            "pace": Tile(self.tr("guests per minute (last 15 min, all desks)"), scale, "tilePace"),
        }
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tiles.addWidget(tile, 1)
        self.curve = charts.ChartView(self.tr("Arrivals per 15 minutes"), scale, self.locale)
        self.category = charts.ChartView(self.tr("By category"), scale, self.locale)
        self.country = charts.ChartView(self.tr("By country"), scale, self.locale)
        self.orgtype = charts.ChartView(self.tr("By type of organisation"), scale, self.locale)
        self.desks = charts.ChartView(self.tr("Desk throughput (guests per minute)"), scale, self.locale)
        self.sessions = charts.ChartView(self.tr("Session occupancy"), scale, self.locale)
        for view, name in ((self.curve, "chartCurve"), (self.category, "chartCategory"),
                           (self.country, "chartCountry"), (self.orgtype, "chartOrgType"),
                           (self.desks, "chartDesks"), (self.sessions, "chartSessions")):
            view.setObjectName(name)
        grid = QGridLayout()
        grid.addWidget(self.curve, 0, 0, 1, 2)
        grid.addWidget(self.desks, 0, 2)
        grid.addWidget(self.category, 1, 0)
        grid.addWidget(self.orgtype, 1, 1)
        grid.addWidget(self.country, 1, 2, 2, 1)
        grid.addWidget(self.sessions, 2, 0, 1, 2)
        for col in range(3):
            grid.setColumnStretch(col, 1)
        for row, stretch in ((0, 2), (1, 3), (2, 3)):
            grid.setRowStretch(row, stretch)
        self.status = QLabel()
        self.status.setObjectName("dashboardStatus")
        self.status.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.addLayout(tiles)
        layout.addLayout(grid, 1)
        layout.addWidget(self.status)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh_now)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.schedule_refresh)
        self._tick.start()
        ctx.subscribe(Change.ARRIVALS | Change.ATTENDEES | Change.BADGES | Change.PROGRAMME | Change.MATCHMAKING,
                      self.schedule_refresh)
        ctx.event_opened.connect(self.schedule_refresh)

    # --- refreshing ------------------------------------------------------------------------------------------
    def schedule_refresh(self) -> None:
        self._dirty = True
        if self.isVisible():
            self._debounce.start()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._dirty:
            self._debounce.start(0)

    def refresh_now(self) -> None:
        """Compute the figures on the DB worker; draw when they come back (never blocks the GUI)."""
        if self.ctx.store is None:
            return
        if self._running:  # one computation at a time; a change meanwhile triggers one more
            self._debounce.start()
            return
        self._running = True
        self._dirty = False
        lang = self.ctx.language
        QueryOp(self.ctx, self, lambda store: compute_figures(store, lang), self._on_figures).failure(
            self._on_error).run_in_background()

    def _on_error(self, message: str) -> None:
        self._running = False
        self.status.setText(self.tr("Could not compute the figures: %1").replace("%1", message.splitlines()[0]))

    def _on_figures(self, fig: dict[str, Any]) -> None:
        self._running = False
        self.show_figures(fig)

    # --- drawing --------------------------------------------------------------------------------------------
    def _label(self, key: str) -> str:
        names = {
            "guest": self.tr("Guests"), "speaker": self.tr("Speakers"), "press": self.tr("Press"),
            "staff": self.tr("Staff"), "exhibitor": self.tr("Exhibitors"), "ministry": self.tr("Ministry"),
            "sme": self.tr("SMEs"), "large_company": self.tr("Large companies"),
            "research": self.tr("Research institutions"), "public_body": self.tr("Public bodies"),
            "association": self.tr("Associations and clusters"), "other": self.tr("Other"),
            "unknown": self.tr("unknown"),
        }
        return names.get(key, key)

    def show_figures(self, fig: dict[str, Any]) -> None:
        self.figures = fig
        lang = self.ctx.language
        today = fig.get("_today") or date.today().isoformat()
        by_day = fig["arrived_by_day"]
        self.tiles["today"].set(str(by_day.get(today, 0)))
        # Expected guests who came or sent a substitute: the same rate as the report (walk-ins do not count).
        rate = fig["arrival_rate"]
        self.tiles["rate"].set(f"{self.locale.toString(100.0 * rate, 'f', 0)} %" if rate is not None else "–")
        self.tiles["no_shows"].set(str(fig["no_shows"]))
        self.tiles["walk_ins"].set(str(fig["walk_ins"]))
        pace = sum(d["per_minute_last_15"] for d in fig["desk_throughput"].values())
        self.tiles["pace"].set(self.locale.toString(float(pace), "f", 1))
        arrived_name, missing_name = self.tr("Arrived"), self.tr("Expected, not yet arrived")

        def breakdown(view: charts.ChartView, kind: str, top: int | None = None) -> None:
            rows = list(fig[kind].items())[:top] if top else list(fig[kind].items())
            labels = [country_name(k, lang) if kind == "by_country" else self._label(k) for k, _ in rows]
            # One bar per group: everyone who arrived (walk-ins too), then the expected guests still missing.
            charts.horizontal_bars(view, labels, [
                (arrived_name, [v["arrived"] for _, v in rows], charts.ARRIVED),
                (missing_name, [v["no_shows"] for _, v in rows], charts.EXPECTED)],
                stacked=True)
            view.fit_bars(len(rows))

        breakdown(self.category, "by_category")
        breakdown(self.orgtype, "by_organisation_type")
        breakdown(self.country, "by_country", TOP_COUNTRIES)
        # Same colours in all three: one legend (the tall country chart's) leaves room for the labels.
        self.category.chart().legend().setVisible(False)
        self.orgtype.chart().legend().setVisible(False)
        day_labels = {d: _day(d, lang) for d in fig["arrivals_per_15_min"]}
        charts.arrival_curve(self.curve, fig["arrivals_per_15_min"], day_labels)
        desks = fig["desk_throughput"]
        charts.vertical_bars(self.desks, list(desks), [
            (self.tr("last 15 min"), [d["per_minute_last_15"] for d in desks.values()], charts.PRESENT),
            (self.tr("average while busy"), [d["per_minute_busy"] for d in desks.values()], charts.ARRIVED),
            (self.tr("peak"), [d["per_minute_peak"] for d in desks.values()], charts.EXPECTED)], fmt="%.1f")
        # Sessions of today (or of the last day with door scans, after the event): inside now, entered, seats.
        shown_day = today
        sessions = [s for s in fig["sessions"] if s["day"] == today and s["kind"] not in ("break",)]
        if not any(s["entered"] for s in sessions):
            scanned = [s for s in fig["sessions"] if s["entered"]]
            if scanned:
                shown_day = max(s["day"] for s in scanned)
                sessions = [s for s in fig["sessions"] if s["day"] == shown_day and s["kind"] != "break"]
        self.sessions.chart().setTitle(self.tr("Session occupancy on %1").replace("%1", _day(shown_day, lang)))
        sessions = [s for s in sessions if s["entered"] or s["kind"] in ("forum", "plenary")][:8]
        # One bar per session, as long as its seats: inside now, entered and left again, seats still free.
        charts.horizontal_bars(self.sessions, [_short(f"{s['start']} {s['title']}") for s in sessions], [
            (self.tr("inside now"), [s["present"] for s in sessions], charts.PRESENT),
            (self.tr("entered, left again"), [s["entered"] - s["present"] for s in sessions], charts.ARRIVED),
            (self.tr("free seats"), [max((s["capacity"] or 0) - s["entered"], 0) for s in sessions],
             charts.EXPECTED)], stacked=True)
        self.sessions.fit_bars(len(sessions))
        stamp = datetime.fromisoformat(fig["generated_at"]).strftime("%H:%M:%S")
        came = fig["expected"] - fig["no_shows"]  # in person or by substitute
        self.status.setText(" · ".join((
            self.tr("%1 of %2 expected guests arrived").replace("%1", str(came)).replace("%2", str(fig["expected"])),
            self.tr("1 double admission") if fig["double_admissions"] == 1
            else self.tr("%1 double admissions").replace("%1", str(fig["double_admissions"])),
            self.tr("updated %1").replace("%1", stamp))))


def _day(iso: str, lang: str) -> str:
    day = date.fromisoformat(iso)
    return day.strftime("%d.%m.%Y") if lang == "de" else day.isoformat()


def scrolling(page: QWidget) -> QScrollArea:
    """The page in a scroll area: on a 1366x768 laptop the charts keep readable heights and the page scrolls."""
    area = QScrollArea()
    area.setObjectName("dashboardScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area


def _short(text: str, limit: int = 34) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class BigScreen(QWidget):
    """The dashboard alone, full screen, large type (Esc or the button closes it)."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("dashboardBigScreen")
        self.setWindowTitle(self.tr("Dashboard"))
        self.view = DashboardView(ctx, scale=1.6)
        close = QPushButton(self.tr("Close big screen (Esc)"))
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(self.view), 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


class DashboardScreen(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("dashboardScreen")
        self.view = DashboardView(ctx)
        self.big_button = QPushButton(self.tr("Big screen"))
        self.big_button.setObjectName("bigScreenButton")
        self.big_button.setToolTip(self.tr("Show the dashboard full screen, e.g. on a projector"))
        self.big_button.clicked.connect(self.open_big_screen)
        self.exports = ExportButtons(ctx, self)
        # Lists and certificates carry personal data: only the organiser's copy offers them.
        self.exports.setVisible(ctx.role == "organiser")
        ctx.event_opened.connect(lambda: self.exports.setVisible(ctx.role == "organiser"))
        top = QHBoxLayout()
        top.addWidget(self.exports, 1)
        top.addWidget(self.big_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        self.scroll = scrolling(self.view)
        layout.addWidget(self.scroll, 1)
        self.big: BigScreen | None = None

    def open_big_screen(self, full: bool = True) -> BigScreen:
        self.big = BigScreen(self.ctx)
        self.big.destroyed.connect(lambda *_: setattr(self, "big", None))
        if full:
            self.big.showFullScreen()
        else:
            self.big.resize(1600, 1000)
            self.big.show()
        return self.big
