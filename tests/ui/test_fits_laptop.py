"""Every screen fits a 1366x768 laptop in German and English: the window never asks for more than the display,
screens larger than the window scroll inside it, and the desk itself shows everything without scrolling."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QScrollArea

pytestmark = pytest.mark.gui

TITLE_BAR = 40  # a title bar (and often a panel) takes the rest of the display's height
LAPTOPS = [(1366, 768), (1280, 800)]


def _settle(qtbot) -> None:
    # Layouts settle over several event-loop turns (a wrapped label's height follows its width); on a loaded
    # machine 50 ms was not always enough, so give it a few rounds.
    for _ in range(5):
        QApplication.processEvents()
        qtbot.wait(60)


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("display", LAPTOPS)
def test_every_screen_fits_a_laptop(open_app, demo_path, qtbot, language, display):
    WIDTH, USABLE_HEIGHT = display[0], display[1] - TITLE_BAR
    app = open_app(demo_path, language=language)
    window = app.window
    window.resize(WIDTH, USABLE_HEIGHT)
    for spec in window._specs:
        if window.nav.item(window._specs.index(spec)).isHidden():
            continue
        assert window.show_screen(spec.key)
        _settle(qtbot)
        need = window.minimumSizeHint()
        assert need.width() <= WIDTH and need.height() <= USABLE_HEIGHT, (spec.key, need)
        assert window.width() <= WIDTH and window.height() <= USABLE_HEIGHT, (spec.key, window.size())
        area = window.stack.currentWidget()
        assert isinstance(area, QScrollArea), spec.key  # larger screens scroll, nothing is cut off


@pytest.mark.parametrize("language", ["de", "en"])
def test_no_screen_scrolls_sideways_on_a_laptop(open_app, demo_path, qtbot, language, readable_font):
    """A screen may scroll down, never sideways: the German import screen's first row (file hint, list kind) was
    wider than 1366 px, so its *Import* button sat out of view at the right until one scrolled."""
    _check_no_screen_scrolls_sideways(open_app(demo_path, language=language), qtbot)


def _check_no_screen_scrolls_sideways(app, qtbot) -> None:
    window = app.window
    window.resize(1366, 768 - TITLE_BAR)
    wide = []
    for spec in window._specs:
        if window.nav.item(window._specs.index(spec)).isHidden():
            continue
        assert window.show_screen(spec.key)
        _settle(qtbot)
        area = window.stack.currentWidget()
        if area.horizontalScrollBar().isVisible():
            wide.append((spec.key, area.widget().minimumSizeHint().width(), area.viewport().width()))
    assert wide == []


def _failing_printer(app) -> None:
    app.settings.setValue("badges/printer", "no-such-printer")  # the badge line turns red with the reason
    app.settings.setValue("badges/print_on_checkin", "true")


@pytest.mark.parametrize("busy", [False, True], ids=["result", "result+badge+refused-scan"])
@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("display", LAPTOPS)
def test_the_desk_shows_everything_without_scrolling(open_app, demo_path, qtbot, language, display, busy):
    app = open_app(demo_path, language=language, screen="desk", before_open=_failing_printer if busy else None)
    window = app.window
    window.resize(display[0], display[1] - TITLE_BAR)
    desk = window._built["desk"]
    store = app.ctx.store
    desk.handle_code(store.attendee(1).code)  # the VIP with the longest note: the tallest result
    if busy:  # the tallest moment: its badge failed (red line) and the next guest's scan is refused meanwhile
        qtbot.waitUntil(lambda: desk.print_line.isVisible() and "⚠" in desk.print_line.text(), timeout=30000)
        desk.submit_code(store.attendee(4).code)
        assert desk.scan_notice.isVisible()
    area = window.stack.currentWidget()

    def clipped() -> list[str]:
        """What the worker cannot see whole: scroll bars, widgets out of view, wrapped text cut at the bottom."""
        found = [name for name, bar in (("h-scroll", area.horizontalScrollBar()), ("v-scroll", area.verticalScrollBar()))
                 if bar.isVisible()]
        viewport = area.viewport().rect()
        for widget in desk.findChildren(QLabel) + desk.findChildren(QPushButton) + [desk.search, desk.results,
                                                                                    desk.point]:
            if not widget.isVisible() or widget.window() is not window:
                continue
            top_left = widget.mapTo(area.viewport(), widget.rect().topLeft())
            bottom_right = widget.mapTo(area.viewport(), widget.rect().bottomRight())
            if not (viewport.contains(top_left) and viewport.contains(bottom_right)):
                found.append(f"{widget.objectName()} out of view {top_left} {bottom_right} {viewport}")
            elif isinstance(widget, QLabel) and widget.wordWrap() and widget.text() \
                    and widget.height() < widget.heightForWidth(widget.width()) - 2:
                found.append(f"{widget.objectName()} cut: {widget.height()} < {widget.heightForWidth(widget.width())}")
        return found

    # Layouts settle over event-loop turns (a wrapped label's height follows its width), slower on a loaded
    # machine: wait until nothing is clipped, and fail with what still is.
    _settle(qtbot)
    try:
        qtbot.waitUntil(lambda: not clipped(), timeout=5000)
    except qtbot.TimeoutError:
        pass
    assert clipped() == []
    for button in desk.actions_bar.buttons.values():
        assert button.width() >= button.minimumSizeHint().width(), button.text()  # no label cut short


def test_pages_still_line_up_after_a_role_switch(open_app, demo_path, qtbot):
    """Screens sit in scroll areas: rebuilding them for another role must replace the page, not the screen."""
    app = open_app(demo_path, language="en", screen="desk")
    window = app.window
    window.show_screen("attendees")
    assert window.lock.switch_role("helper")  # down needs no PIN
    assert window.stack.count() == len(window._specs)
    for row, spec in enumerate(window._specs):
        if not window.nav.item(row).isHidden() and window.show_screen(spec.key):
            page = window.stack.currentWidget()
            assert isinstance(page, QScrollArea) and page.widget() is window._built[spec.key], spec.key


def test_the_desk_refits_only_when_what_it_shows_changes(open_app, demo_path, qtbot, monkeypatch):
    """Every layout request used to refit the type (font sizes set, measured, set again): a camera preview asks
    for one per frame, and a shrink-grow of the type asks for the next. Only a change on screen refits now."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from checkin.ui.desk.view import DeskScreen

    fits = []
    fit = DeskScreen._fit_type
    monkeypatch.setattr(DeskScreen, "_fit_type", lambda self: (fits.append(1), fit(self)))
    app = open_app(demo_path, language="de", screen="desk")
    app.window.resize(1366, 768 - TITLE_BAR)
    desk = app.window._built["desk"]
    desk.handle_code(app.ctx.store.attendee(1).code)  # the VIP with the longest note
    _settle(qtbot)
    fits.clear()
    for _ in range(30):  # a second of camera frames: the layout asked again, nothing new to read
        QCoreApplication.postEvent(desk, QEvent(QEvent.Type.LayoutRequest))
        qtbot.wait(5)
    _settle(qtbot)
    assert fits == []
    desk.submit_code(app.ctx.store.attendee(4).code)  # refused meanwhile: a new line on screen is fitted
    qtbot.waitUntil(lambda: len(fits) >= 1, timeout=3000)
