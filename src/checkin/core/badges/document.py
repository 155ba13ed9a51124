"""Badge PDFs: one badge per page, n-up sheets with cut marks, or foldable badges with the programme behind.

The page size is exactly the layout's (the printer gets the same size as media), so nothing is scaled.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ..model import Attendee
from . import fonts
from .layout import Layout
from .programme import programme_lines
from .render import BadgeData, DrawReport, color, draw_badge, draw_programme, place

if TYPE_CHECKING:
    from ..store import EventStore


@dataclass
class RenderResult:
    pages: int = 0
    badges: int = 0
    report: DrawReport = field(default_factory=DrawReport)

    def issues_json(self) -> list[dict[str, Any]]:
        seen: set[tuple[Any, ...]] = set()
        out = []
        for issue in self.report.issues:
            key = (issue.attendee_id, issue.field, issue.problem)
            if key not in seen:
                seen.add(key)
                out.append(issue.to_json())
        return out


def badge_values(a: Attendee, layout: Layout, event_title: str = "") -> dict[str, Any]:
    values: dict[str, Any] = {
        "title": a.title, "first_name": a.first_name, "last_name": a.last_name, "organisation": a.organisation,
        "position": a.position, "country": a.country, "category": a.category, "salutation": a.salutation,
        "email": a.email, "id": a.id, "external_id": a.external_id or "",
        "category_label": layout.category_labels.get(a.category, a.category),
        "event_title": event_title,
    }
    for key, value in (a.extra or {}).items():
        values.setdefault(f"extra_{key}", value)
    return values


def badges_for(store: EventStore | None, attendees: Sequence[Attendee], layout: Layout) -> list[BadgeData]:
    title = store.get_meta("title", "") if store is not None else ""
    programmes: dict[int, list[tuple[str, str]]] = {}
    if layout.fold and store is not None:
        programmes = programme_lines(store.conn, [a.id for a in attendees], store.tz,
                                     {a.id: a.language for a in attendees})
    return [BadgeData(a.id, badge_values(a, layout, title), a.code, a.category, programmes.get(a.id, []))
            for a in attendees]


def render_pdf(out: str | Path | BinaryIO, layout: Layout, badges: Iterable[BadgeData], *,
               offset_mm: tuple[float, float] = (0.0, 0.0), title: str = "Badges") -> RenderResult:
    """Write the badges to ``out`` (a path or a binary file object) and report what needed attention."""
    # Binary streams: reportlab's pure-Python ASCII85 encoder would double the time of a 1,000-badge run.
    rl_config.useA85 = 0
    pw, ph = (v * mm for v in layout.page_size)
    target = str(out) if isinstance(out, (str, Path)) else out
    # The bundled font as the canvas's initial font: otherwise every page names a non-embedded Helvetica.
    c = Canvas(target, pagesize=(pw, ph), pageCompression=1, invariant=1, initialFontName=fonts.primary().name)
    c.setTitle(title)
    c.setCreator("checkin")
    result = RenderResult()
    per_page = layout.per_page
    slot = 0
    for badge in badges:
        if slot == 0:
            c.saveState()
            if offset_mm != (0.0, 0.0):  # printer calibration: the whole page moves, nothing is scaled
                c.translate(offset_mm[0] * mm, -offset_mm[1] * mm)
            if layout.sheet and layout.sheet.cut_marks:
                _cut_marks(c, layout)
        _draw_slot(c, layout, badge, slot, result.report)
        result.badges += 1
        slot += 1
        if slot == per_page:
            c.restoreState()
            c.showPage()
            result.pages += 1
            slot = 0
    if slot:
        c.restoreState()
        c.showPage()
        result.pages += 1
    c.save()
    return result


def render_bytes(layout: Layout, badges: Iterable[BadgeData], **kwargs: Any) -> tuple[bytes, RenderResult]:
    buf = io.BytesIO()
    result = render_pdf(buf, layout, badges, **kwargs)
    return buf.getvalue(), result


def _grid_origin(layout: Layout) -> tuple[float, float]:
    s = layout.sheet
    assert s is not None
    bw, bh = layout.badge_page
    if s.margin is not None:
        return s.margin
    grid_w = s.cols * bw + (s.cols - 1) * s.gap[0]
    grid_h = s.rows * bh + (s.rows - 1) * s.gap[1]
    return ((s.page[0] - grid_w) / 2, (s.page[1] - grid_h) / 2)


def cell_origin(layout: Layout, slot: int) -> tuple[float, float]:
    """Bottom-left of a badge cell on the page, in points."""
    if layout.sheet is None:
        return (0.0, 0.0)  # a single badge, or the front (lower half) of a foldable one
    pw, ph = layout.page_size
    bw, bh = layout.badge_page
    s = layout.sheet
    ml, mt = _grid_origin(layout)
    col, row = slot % s.cols, slot // s.cols
    x = ml + col * (bw + s.gap[0])
    top = mt + row * (bh + s.gap[1])
    return (x * mm, (ph - top - bh) * mm)


def _draw_slot(c: Canvas, layout: Layout, badge: BadgeData, slot: int, report: DrawReport) -> None:
    x, y = cell_origin(layout, slot)
    c.saveState()
    place(c, layout, x, y)
    draw_badge(c, layout, badge, report)
    c.restoreState()
    if layout.fold:
        # Back on the upper half, upside down: folded along the middle it reads upright behind the front.
        bw, bh = layout.badge_page
        c.saveState()
        c.translate(bw * mm, 2 * bh * mm)
        c.rotate(180)
        place(c, layout, 0, 0)
        draw_programme(c, layout, badge)
        c.restoreState()
        c.saveState()
        c.setStrokeColor(color("#999999"))
        c.setLineWidth(0.3)
        c.setDash(2, 2)
        c.line(0, bh * mm, bw * mm, bh * mm)
        c.restoreState()


def _cut_marks(c: Canvas, layout: Layout) -> None:
    """Short hairlines in the page margin along every cut, so a guillotine stack can be aligned."""
    s = layout.sheet
    assert s is not None
    pw, ph = s.page
    bw, bh = layout.badge_page
    ml, mt = _grid_origin(layout)
    xs = sorted({round(ml + col * (bw + s.gap[0]) + d, 3) for col in range(s.cols) for d in (0, bw)})
    ys = sorted({round(mt + row * (bh + s.gap[1]) + d, 3) for row in range(s.rows) for d in (0, bh)})
    grid_bottom = ys[-1]
    grid_right = xs[-1]
    c.saveState()
    c.setStrokeColor(color("#000000"))
    c.setLineWidth(0.25)
    for x in xs:
        if mt > 1.5:
            c.line(x * mm, ph * mm, x * mm, (ph - mt + 1) * mm)
        if ph - grid_bottom > 1.5:
            c.line(x * mm, 0, x * mm, (ph - grid_bottom - 1) * mm)
    for y in ys:
        if ml > 1.5:
            c.line(0, (ph - y) * mm, (ml - 1) * mm, (ph - y) * mm)
        if pw - grid_right > 1.5:
            c.line((grid_right + 1) * mm, (ph - y) * mm, pw * mm, (ph - y) * mm)
    c.restoreState()


def select_attendees(store: EventStore, ids: Sequence[int] | None = None, category: str | None = None,
                     *, include_cancelled: bool = False) -> list[Attendee]:
    """The badges to make: given ids (in that order) or everyone not cancelled, sorted by family name."""
    if ids:
        people = store.attendees_by_ids(list(ids))
    else:
        people = list(store.iter_attendees())
        if not include_cancelled:
            people = [a for a in people if a.status != "cancelled"]
    if category:
        people = [a for a in people if a.category == category]
    return people


def make_pdf(store: EventStore, out: str | Path | BinaryIO, layout: Layout, attendees: Sequence[Attendee],
             **kwargs: Any) -> RenderResult:
    return render_pdf(out, layout, badges_for(store, attendees, layout), **kwargs)
