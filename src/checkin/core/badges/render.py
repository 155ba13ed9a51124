"""Draw one badge on a reportlab canvas: text stays text (searchable), QR as one path, images, bands.

Coordinates in a layout are millimetres from the badge's top-left; here they become PDF points from the
bottom-left. The designer's preview and the printer get the output of this same code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from . import fonts, qr, shaping
from .layout import Element, Layout, layouts_dir
from .text import break_points, expand, fit, plain, width_1pt

NAME_FIELDS = ("title", "first_name", "last_name", "organisation")


@dataclass
class BadgeData:
    attendee_id: int | None
    values: dict[str, Any]  # template values: attendee fields, category_label, event_title ...
    code: str
    category: str = "guest"
    programme: list[tuple[str, str]] = field(default_factory=list)  # (heading or "", line) for the fold's back


@dataclass
class DrawReport:
    issues: list[fonts.GlyphIssue] = field(default_factory=list)
    shrunk_below_minimum: list[tuple[int | None, str, str]] = field(default_factory=list)  # (id, element, text)


@lru_cache(maxsize=256)
def color(value: str) -> Color:
    return HexColor(value) if value else HexColor("#000000")


@lru_cache(maxsize=64)
def image_path(src: str) -> str | None:
    if not src:
        return None
    p = Path(src)
    if not p.is_absolute():
        p = layouts_dir() / src
    return str(p) if p.is_file() else None


def place(c: Canvas, layout: Layout, x_pt: float, y_pt: float) -> None:
    """Set up the canvas so that design coordinates (points, origin bottom-left of the design) land in the
    badge cell whose bottom-left is (x_pt, y_pt), turning the design by the layout's rotation."""
    cw, ch = (v * mm for v in layout.badge_page)
    c.translate(x_pt, y_pt)
    if layout.rotate == 90:
        c.translate(cw, 0)
        c.rotate(90)
    elif layout.rotate == 180:
        c.translate(cw, ch)
        c.rotate(180)
    elif layout.rotate == 270:
        c.translate(0, ch)
        c.rotate(270)


def draw_badge(c: Canvas, layout: Layout, badge: BadgeData, report: DrawReport | None = None) -> None:
    """Draw the design in the current coordinate system (origin = design's bottom-left, in points)."""
    height = layout.height * mm
    for el in layout.elements:
        x, y, w, h = el.x * mm, height - (el.y + el.h) * mm, el.w * mm, el.h * mm
        c.saveState()
        if el.rotate % 360:
            c.translate(x + w / 2, y + h / 2)
            c.rotate(el.rotate)
            if el.rotate % 180:
                w, h = h, w
            x, y = -w / 2, -h / 2
        _draw_element(c, layout, el, badge, x, y, w, h, report)
        c.restoreState()


def _draw_element(c: Canvas, layout: Layout, el: Element, badge: BadgeData, x: float, y: float, w: float,
                  h: float, report: DrawReport | None) -> None:
    if el.type == "box":
        c.setFillColor(color(el.fill or "#FFFFFF"))
        c.rect(x, y, w, h, stroke=0, fill=1)
    elif el.type == "band":
        c.setFillColor(color(el.fill or layout.colors.get(badge.category, "#555555")))
        c.rect(x, y, w, h, stroke=0, fill=1)
        if el.text:
            _draw_text(c, el, badge, x, y, w, h, report)
    elif el.type == "text":
        if el.fill:
            c.setFillColor(color(el.fill))
            c.rect(x, y, w, h, stroke=0, fill=1)
        _draw_text(c, el, badge, x, y, w, h, report)
    elif el.type == "qr":
        if badge.code:
            side = min(w, h)
            c.setFillColor(color("#000000"))
            c.addLiteral(qr.pdf_ops(badge.code, x + (w - side) / 2, y + (h - side) / 2, side))
    elif el.type == "image":
        path = image_path(el.src)
        if path:
            c.drawImage(path, x, y, w, h, preserveAspectRatio=True, anchor="c", mask="auto")


def _draw_text(c: Canvas, el: Element, badge: BadgeData, x: float, y: float, w: float, h: float,
               report: DrawReport | None) -> None:
    pieces = expand(el.text, badge.values, el.keep_together)
    text = plain(pieces)
    if not text:
        return
    if report is not None and any(f"{{{f}}}" in el.text for f in NAME_FIELDS):
        report.issues.extend(fonts.check_text(text, attendee_id=badge.attendee_id, field=el.id or el.type))
    pad = min(0.8 * mm, w * 0.02)
    fitted = fit(text, break_points(pieces), box_w=w - 2 * pad, box_h=h, size=el.font_size,
                 min_size=el.min_font_size, max_lines=el.max_lines, bold=el.bold, line_height=el.line_height)
    if fitted.below_minimum and report is not None:
        report.shrunk_below_minimum.append((badge.attendee_id, el.id or el.type, text))
    draw_lines(c, fitted.lines, fitted.size, el.bold, el.align, el.valign, el.line_height, color(el.color),
               x + pad, y, w - 2 * pad, h)


def draw_lines(c: Canvas, lines: tuple[str, ...] | list[str], size: float, bold: bool, align: str, valign: str,
               line_height: float, fill: Color, x: float, y: float, w: float, h: float) -> None:
    """Draw lines of text (font runs, shaped, right-to-left put in visual order) inside a box."""
    c.setFillColor(fill)
    step = size * line_height
    block = step * len(lines)
    if valign == "top":
        top = y + h
    elif valign == "bottom":
        top = y + block
    else:
        top = y + (h + block) / 2
    for i, text in enumerate(lines):
        line = shaping.line(text, bold)
        baseline = top - (i + 1) * step + (step - size) / 2 + 0.25 * size
        line_w = line.width * size
        if align == "left":
            lx = x
        elif align == "right":
            lx = x + w - line_w
        else:
            lx = x + (w - line_w) / 2
        line.draw(c, lx, baseline, size)


def draw_programme(c: Canvas, layout: Layout, badge: BadgeData) -> None:
    """The back of a foldable badge: the guest's own programme, in design coordinates."""
    W, H = layout.width * mm, layout.height * mm
    margin = 5 * mm
    c.setFillColor(color(layout.colors.get(badge.category, "#555555")))
    c.rect(0, H - 10 * mm, W, 10 * mm, stroke=0, fill=1)
    draw_lines(c, ["Ihr Programm · Your programme"], 12, True, "center", "middle", 1.15, color("#FFFFFF"),
               margin, H - 10 * mm, W - 2 * margin, 10 * mm)
    name = " ".join(str(badge.values.get(k) or "") for k in ("first_name", "last_name")).strip()
    draw_lines(c, [name], min(10, (W - 2 * margin) / (width_1pt(name, True) or 1)), True, "left", "middle", 1.15,
               color("#000000"), margin, H - 17 * mm, W - 2 * margin, 6 * mm)
    lines = badge.programme or [("", "—")]
    avail = H - 20 * mm - margin
    size = min(8.5, avail / (len(lines) * 1.25))
    y = H - 20 * mm
    for heading, line in lines:
        is_head = bool(heading)
        textline = heading or line
        s = min(size, (W - 2 * margin) / (width_1pt(textline, is_head) or 1))
        y -= size * 1.25
        c.setFillColor(color("#000000"))
        shaping.line(textline, is_head).draw(c, margin, y, s)
