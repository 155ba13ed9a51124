"""Dashboard and day-close screens on a real event file: live refresh, charts filled, exports, backup."""

from __future__ import annotations

import json
import re
import shutil
from datetime import datetime, time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCharts import QAbstractBarSeries, QLineSeries
from PySide6.QtCore import Qt

from checkin.core import ledger
from checkin.core.store import EventStore
from tests.core.reports_day import Day, script

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def day(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Day:
    path = tmp_path_factory.mktemp("dash") / "day.checkin"
    shutil.copy(demo_template, path)
    return script(path, seed=5)


@pytest.fixture
def ctx(qtbot, day: Day, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("CHECKIN_CONFIG_DIR", str(tmp_path / "config"))
    from PySide6.QtCore import QSettings

    from checkin.ui.context import AppContext

    path = tmp_path / "event.checkin"
    shutil.copy(day.path, path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    c = AppContext(settings, "en")
    c.open_event(path)
    yield c
    c.shutdown()


def _bar_values(view) -> dict[str, list[float]]:
    """Values per legend name (segments too narrow for a label sit in a second, unlabelled set of that name)."""
    out: dict[str, list[float]] = {}
    for series in view.chart().series():
        if isinstance(series, QAbstractBarSeries):
            for bar_set in series.barSets():
                values = [bar_set.at(i) for i in range(bar_set.count())]
                old = out.get(bar_set.label())
                out[bar_set.label()] = [a + b for a, b in zip(old, values, strict=True)] if old else values
    return out


def _texts(view) -> dict[str, bool]:
    """Every text Qt placed in the chart (axis labels, bar labels, titles) -> whether it is shown."""
    import shiboken6
    from PySide6.QtWidgets import QGraphicsTextItem

    out: dict[str, bool] = {}
    for item in view.scene().items():
        if item.type() == 8 and item.toGraphicsObject() is not None:  # 8: QGraphicsTextItem::Type
            text = shiboken6.wrapInstance(shiboken6.getCppPointer(item.toGraphicsObject())[0], QGraphicsTextItem)
            if text.toPlainText():
                out[text.toPlainText()] = out.get(text.toPlainText(), False) or text.isVisible()
    return out


def test_dashboard_draws_the_figures(qtbot, ctx, day: Day) -> None:
    from checkin.ui.dashboard.view import DashboardScreen

    screen = DashboardScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1500, 950)
    screen.show()
    view = screen.view
    qtbot.waitUntil(lambda: view.figures is not None, timeout=10_000)
    fig = view.figures
    assert view.tiles["no_shows"].value.text() == str(fig["no_shows"])
    assert view.tiles["walk_ins"].value.text() == "2"
    # One line per day with arrivals, points every 15 minutes, summing to the day's arrivals.
    lines = [s for s in view.curve.chart().series() if isinstance(s, QLineSeries)]
    assert len(lines) == 2
    assert sum(p.y() for p in lines[0].points()) == len(day.arrived_day1)
    # Category bars: arrived + not yet arrived per category, first category at the top (Qt: last index).
    bars = _bar_values(view.category)
    cats = list(fig["by_category"].items())
    assert list(reversed(bars["Arrived"])) == [v["arrived"] for _, v in cats]
    assert list(reversed(bars["Expected, not yet arrived"])) == [v["no_shows"] for _, v in cats]
    assert _bar_values(view.country)["Arrived"][-1] == fig["by_country"]["DE"]["arrived"]
    assert len(_bar_values(view.desks)["peak"]) == 3  # three desks in the scripted day
    assert view.sessions.chart().series()


@pytest.mark.parametrize("language", ["de", "en"])
def test_dashboard_fits_a_laptop_and_shows_every_bar_label(qtbot, ctx, language: str) -> None:
    """On 1366x768 the dashboard needed 980 px; the session chart hid its first and last labels."""
    from PySide6.QtWidgets import QScrollArea

    from checkin.ui.dashboard.view import DashboardScreen

    ctx.language = language
    screen = DashboardScreen(ctx)
    qtbot.addWidget(screen)
    # What a 1366x768 laptop leaves for the screen (menu, title, navigation taken): the page scrolls.
    screen.resize(1150, 560)
    screen.show()
    view = screen.view
    qtbot.waitUntil(lambda: view.figures is not None, timeout=10_000)
    qtbot.wait(50)
    assert screen.height() <= 560 and screen.minimumSizeHint().height() <= 560
    assert screen.findChild(QScrollArea).verticalScrollBar().maximum() > 0
    for chart, count in ((view.sessions, len(view.sessions.chart().axes()[0].categories())),
                         (view.country, 12), (view.category, len(view.figures["by_category"]))):
        labels = chart.chart().axes(Qt.Orientation.Vertical)[0].categories()
        assert len(labels) == count >= 3
        shown = _texts(chart)
        assert all(shown.get(label) for label in labels), [label for label in labels if not shown.get(label)]


def test_german_dashboard_writes_decimal_commas(qtbot, ctx) -> None:
    """Desk throughput read "1.47" in the German dashboard."""
    from checkin.ui.dashboard.view import DashboardScreen

    ctx.language = "de"
    screen = DashboardScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1500, 950)
    screen.show()
    view = screen.view
    qtbot.waitUntil(lambda: view.figures is not None, timeout=10_000)
    qtbot.wait(50)
    texts = [t for t, shown in _texts(view.desks).items() if shown]
    assert [t for t in texts if re.fullmatch(r"\d+,\d+", t)], texts
    assert not [t for t in texts if re.fullmatch(r"\d+\.\d+", t)], texts
    assert re.fullmatch(r"\d+,\d", view.tiles["pace"].value.text())


def test_dashboard_follows_checkins_from_another_process(qtbot, ctx, day: Day) -> None:
    from checkin.ui.dashboard.view import DashboardScreen

    screen = DashboardScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    view = screen.view
    qtbot.waitUntil(lambda: view.figures is not None, timeout=10_000)
    before = view.figures["no_shows"]
    missing = sorted(set(ctx.store.attendee_ids()) - day.arrived_day1 - day.arrived_day2)
    statuses = dict(ctx.store.conn.execute("SELECT id, status FROM attendees"))
    guests = [a for a in missing if statuses[a] != "cancelled"][:3]
    other = EventStore.open(ctx.path)  # like a synced desk or `checkin scan` writing the same file
    when = datetime.combine(day.day1, time(11, 0), other.tz)
    for aid in guests:
        ledger.record(other, "checkin", aid, {"day": day.day1.isoformat(), "point": "main", "source": "scan"}, at=when)
    other.close()
    qtbot.waitUntil(lambda: view.figures["no_shows"] == before - 3, timeout=10_000)
    assert view.tiles["no_shows"].value.text() == str(before - 3)


def test_big_screen_and_exports(qtbot, ctx, tmp_path: Path) -> None:
    from checkin.ui.dashboard.view import DashboardScreen

    screen = DashboardScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    big = screen.open_big_screen(full=False)
    qtbot.waitUntil(lambda: big.view.figures is not None, timeout=10_000)
    assert big.view.tiles["today"].value.font().pointSizeF() > screen.view.tiles["today"].value.font().pointSizeF()
    big.close()
    assert screen.exports.isVisible()  # the organiser's copy
    for kind, name in (("report", "r.pdf"), ("lists", "l.pdf"), ("certificates", "c.pdf"), ("figures", "f.xlsx")):
        with qtbot.waitSignal(screen.exports.finished, timeout=20_000):
            screen.exports.export(kind, str(tmp_path / name))
        assert (tmp_path / name).stat().st_size > 1000
        if kind in ("lists", "certificates"):  # the demo's Hebrew and Arabic guests: the badge warning, here too
            assert "need a look before printing" in screen.exports.message.text()
    text = PdfReader(str(tmp_path / "r.pdf")).pages[0].extract_text()
    assert "Event report" in text  # the GUI language (en)


def test_day_close_screen_backs_up(qtbot, ctx, day: Day, tmp_path: Path) -> None:
    from checkin.ui.dayclose.view import DayCloseScreen

    screen = DayCloseScreen(ctx)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.finished, timeout=10_000):
        screen.show()
    assert screen.handouts.rowCount() == 1
    assert screen.handouts.item(0, 0).text() == "receiver"
    assert screen.handouts.item(0, 5).text() == "ID card"
    assert "1 hand-out" in screen.handouts_label.text()
    screen.folder.setText(str(tmp_path / "stick"))
    with qtbot.waitSignal(screen.finished, timeout=20_000) as blocker:
        screen.backup_button.click()
    res = blocker.args[0]
    backup = Path(res.backup)
    assert backup.exists() and backup.parent == tmp_path / "stick"
    assert str(backup) in screen.backup_label.text()
    with EventStore.open(backup, readonly=True) as b:
        assert b.journal.count() == ctx.store.journal.count()
    assert json.dumps(res.to_json())  # the same result the CLI prints


def test_the_first_quarter_hour_of_arrivals_shows_on_the_curve(qtbot) -> None:
    """All arrivals so far in one 15-minute step (the doors just opened): one point, which a bare line did not
    draw, so the organiser saw an empty curve next to "3 arrived today"."""
    from PySide6.QtGui import QColor

    from checkin.ui.dashboard import charts

    def day_colour_pixels(days: dict) -> int:
        view = charts.ChartView("Arrivals per 15 minutes")
        qtbot.addWidget(view)
        view.resize(600, 300)
        charts.arrival_curve(view, days, {})
        view.show()
        qtbot.waitExposed(view)
        image = view.grab().toImage()
        want = charts.DAY_COLOURS[0]
        return sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
                   if _near(QColor(image.pixel(x, y)), want))

    assert day_colour_pixels({}) == 0
    assert day_colour_pixels({"2026-12-04": [{"start": "08:00", "count": 3}]}) > 0


def _near(a, b) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60


def test_the_arrival_curve_counts_in_round_steps(qtbot) -> None:
    """30 and 35 arrivals per quarter hour: the axis read 0, 13, 25, 38, 50."""
    from PySide6.QtCharts import QValueAxis

    from checkin.ui.dashboard import charts

    view = charts.ChartView("Arrivals per 15 minutes")
    qtbot.addWidget(view)
    charts.arrival_curve(view, {"2026-12-04": [{"start": "08:00", "count": 30}, {"start": "08:15", "count": 35}]},
                         {})
    y = next(a for a in view.chart().axes() if isinstance(a, QValueAxis))
    step = y.max() / (y.tickCount() - 1)
    assert y.max() >= 35 and step == int(step) and int(step) in (1, 2, 5, 10, 20, 50, 100)
