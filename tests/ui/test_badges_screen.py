"""The badges screen: preview rendered by the print renderer, mouse move/resize, save as new layout, and the
print service other screens use (real CUPS queue)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QSettings, Qt

from checkin.core.badges import catalog
from checkin.core.printing import JobState, print_counts

pytestmark = pytest.mark.gui


@pytest.fixture
def ctx(qtbot, demo_path, tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKIN_CONFIG_DIR", str(tmp_path / "cfg"))
    from checkin.ui.context import AppContext

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    context = AppContext(settings, "en")
    context.open_event(demo_path)
    yield context
    from checkin.ui.badges.print_service import PrintService

    PrintService.for_context(context).shutdown()
    context.shutdown()


@pytest.fixture
def screen(qtbot, ctx):
    from checkin.ui.badges.view import BadgesScreen

    w = BadgesScreen(ctx)
    qtbot.addWidget(w)
    w.resize(1500, 900)
    w.show()
    qtbot.waitUntil(lambda: w.person.count() > 2, timeout=10_000)  # the preview people are read on the worker
    return w


def _dark_fraction(image) -> float:
    """Share of dark pixels in the preview image (the rendered badge, not the frames)."""
    w, h = image.width(), image.height()
    dark = sum(1 for x in range(0, w, 4) for y in range(0, h, 4) if image.pixelColor(x, y).lightness() < 100)
    return dark / ((w // 4 + 1) * (h // 4 + 1))


def test_screen_is_registered():
    from checkin.ui.badges import SCREEN

    assert (SCREEN.key, SCREEN.order, SCREEN.title) == ("badges", 40, "Badges")


def test_preview_shows_the_longest_name_rendered_by_the_print_renderer(screen, ctx):
    assert screen.person.currentText() == "Longest name"
    image = screen.designer.last_image
    assert not image.isNull()
    lay = screen.edited_layout
    assert (image.width(), image.height()) == (round(lay.width * 5), round(lay.height * 5))
    assert 0.03 < _dark_fraction(image) < 0.6  # ink: name, QR code, band
    assert image.pixelColor(2, 2).lightness() > 240  # paper is white
    screen.person.setCurrentIndex(screen.person.findText("Longest organisation"))
    assert not screen.designer.last_image.isNull()


def test_mouse_moves_and_resizes_an_element_then_saves_a_new_layout(qtbot, screen, ctx, monkeypatch):
    d = screen.designer
    idx = next(i for i, e in enumerate(screen.edited_layout.elements) if e.id == "qr")
    item = d.items_[idx]
    before = (screen.edited_layout.elements[idx].x, screen.edited_layout.elements[idx].y)
    start = d.mapFromScene(item.sceneBoundingRect().center())
    end = d.mapFromScene(item.sceneBoundingRect().center() + QPointF(10 * 5, 6 * 5))  # 10 mm right, 6 mm down
    qtbot.mousePress(d.viewport(), Qt.MouseButton.LeftButton, pos=start)
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    move = QMouseEvent(QMouseEvent.Type.MouseMove, QPointF(end), QPointF(d.viewport().mapToGlobal(end)),
                       Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(d.viewport(), move)
    qtbot.mouseRelease(d.viewport(), Qt.MouseButton.LeftButton, pos=end)
    el = screen.edited_layout.elements[idx]
    assert abs(el.x - before[0] - 10) < 1.0 and abs(el.y - before[1] - 6) < 1.0
    assert item.isSelected() and screen.panel.isEnabled()
    # Resize through the handle's geometry and the panel's font size for the name.
    item.resize_to(20 * 5, 20 * 5)
    item.commit()
    assert (el.w, el.h) == (20.0, 20.0)
    name_idx = next(i for i, e in enumerate(screen.edited_layout.elements) if e.id == "name")
    d.select(name_idx)
    screen.panel.size.setValue(40)
    assert screen.edited_layout.elements[name_idx].font_size == 40
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: ("desk-a6", True))
    screen.save_as_new()
    saved = catalog.get_layout(ctx.store, "desk-a6")
    assert saved.source == "event" and saved.element("qr").x == el.x and saved.element("name").font_size == 40
    assert screen.current_name == "desk-a6"
    assert ctx.store.journal.records(kind="layout")


@pytest.mark.cups
def test_print_service_prints_on_checkin_without_blocking_and_reports_status(qtbot, ctx):
    from tests.cups_env import ensure_cups

    cups = ensure_cups()
    from checkin.ui.badges.print_service import PrintService

    service = PrintService.for_context(ctx)
    assert PrintService.for_context(ctx) is service  # the desk and the badges screen share one queue
    assert cups.queue in service.printers()
    service.printer = cups.queue
    service.print_on_checkin = True
    assert service.print_on_checkin
    seen: list[str] = []
    service.job_changed.connect(lambda job: seen.append(job.state.value))
    job = service.enqueue(21)
    assert job is not None and job.state == JobState.QUEUED
    qtbot.waitUntil(lambda: "done" in seen, timeout=90_000)
    assert seen[0] == "queued" and seen[-1] == "done"  # every change arrives on the GUI thread
    assert print_counts(ctx.store, [21]) == {21: 1}
    assert service.printed(21) == 1 and service.printed(22) == 0
    assert service.printer_status().ok


@pytest.mark.cups
def test_bulk_print_shows_progress_and_jobs(qtbot, screen, ctx):
    from tests.cups_env import ensure_cups

    cups = ensure_cups()
    panel = screen.printing
    panel.refresh_printers()
    panel.printer.setCurrentText(cups.queue)
    panel.category.setCurrentIndex(panel.category.findData("press"))
    screen.layout_choice.setCurrentIndex(screen.layout_choice.findData("sheet-a4-2x5-90x55"))
    panel.start_bulk()
    qtbot.waitUntil(lambda: bool(panel.bulk_jobs), timeout=20_000)
    qtbot.waitUntil(lambda: panel.progress.value() == panel.progress.maximum(), timeout=90_000)
    assert panel.jobs.rowCount() >= 1
    press = [r[0] for r in ctx.store.conn.execute(
        "SELECT id FROM attendees WHERE category = 'press' AND status != 'cancelled'")]
    qtbot.waitUntil(lambda: len(print_counts(ctx.store, press)) == len(press), timeout=30_000)
    # Printed once: a second bulk run of "not printed yet" finds nothing.
    panel.start_bulk()
    qtbot.waitUntil(lambda: "Nothing to print" in panel.bulk_info.text(), timeout=20_000)
    # The preview list holds the first 500 names A-Z: take a press guest it lists.
    shown = next(p for p in press if screen.person.findData(p) >= 0)
    screen.person.setCurrentIndex(screen.person.findData(shown))
    assert "already printed 1" in screen.printed.text()


def test_screen_fits_a_laptop_display(screen):
    """Long layout titles and the longest guest name made the combo boxes (and the window) over 2,000 px wide."""
    assert screen.minimumSizeHint().width() <= 1150  # + navigation: fits a 1366 px laptop screen
    assert screen.sizeHint().width() <= 1400


def test_jobs_the_desk_queued_show_when_badges_is_first_opened(open_app, demo_path, qtbot):
    """A badge printed on check-in before anyone opened the Badges screen is in its job list, with the reason
    it failed in words (here: a printer this computer does not know)."""
    def printing_on(app) -> None:
        app.settings.setValue("badges/printer", "no-such-printer")
        app.settings.setValue("badges/print_on_checkin", "true")

    app = open_app(demo_path, language="en", screen="desk", before_open=printing_on)
    desk = app.window._built["desk"]
    desk.handle_code(app.ctx.store.attendee(3).code)
    qtbot.waitUntil(lambda: "not printed" in desk.print_line.text(), timeout=30000)
    assert "badges" not in app.window._built
    app.window.show_screen("badges")
    jobs = app.window._built["badges"].printing.jobs
    assert jobs.rowCount() == 1
    assert jobs.item(0, 2).text() == "not printed"
    assert jobs.item(0, 3).text() in ("this computer does not know the printer",
                                      "no print system on this computer, or it does not answer (CUPS)")


def _glyph_line(qtbot, screen) -> tuple[str, str, str]:
    qtbot.waitUntil(lambda: bool(screen.glyphs.text()), timeout=10_000)  # the check runs on the worker
    return screen.glyphs.text(), screen.glyphs.styleSheet(), screen.glyphs.toolTip()


def test_right_to_left_names_are_a_calm_note_with_the_list_on_hover(qtbot, screen):
    # The demo's Arabic and Hebrew names print shaped and right to left: a note to look at one, not a red alarm,
    # and a line short enough to stay on a 1366x768 screen; every name is in the tooltip.
    text, style, tip = _glyph_line(qtbot, screen)
    assert "print right to left" in text and "b71c1c" not in style
    assert text.count(",") <= 2 and len(text) < 160
    assert "أحمد منصور" in tip and tip.count("\n") >= 2


def test_a_name_no_font_prints_turns_the_line_red(qtbot, demo_path, ctx, tmp_path, monkeypatch):
    from checkin.core import ledger
    from checkin.core.store import EventStore
    from checkin.ui.badges.view import BadgesScreen

    with EventStore.open(demo_path) as store:
        new_id = store.next_attendee_id()
        ledger.record(store, "walkin", new_id, {"fields": {
            "first_name": "Anna", "last_name": "Privat\U000F0001", "organisation": "Walk-in GmbH", "category": "guest",
            "status": "registered", "walk_in": True, "code": f"WALKIN{new_id:06d}"}})
    w = BadgesScreen(ctx)
    qtbot.addWidget(w)
    w.show()
    text, style, tip = _glyph_line(qtbot, w)
    assert "need a look before printing" in text and "b71c1c" in style
    assert "U+F0001" in tip
