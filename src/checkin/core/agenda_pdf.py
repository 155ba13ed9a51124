"""A one-page personal agenda (A4 PDF): sessions with room and directions, meetings with table and partner.

Drawn with reportlab on one canvas; if a long day does not fit, the whole page is drawn again smaller.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from . import agenda, pdffonts, pdftext
from .journal import utc_now

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from .store import EventStore

WORDS = MappingProxyType({
    "de": {"title": "Persönliches Programm", "table": "Tisch", "with": "mit", "arrived": "angekommen",
           "not_arrived": "noch nicht angekommen", "as_of": "Stand", "nothing": "Keine Sessions oder Termine.",
           "meeting": "1:1-Gespräch"},
    "en": {"title": "Personal agenda", "table": "Table", "with": "with", "arrived": "arrived",
           "not_arrived": "not arrived yet", "as_of": "As of", "nothing": "No sessions or meetings.",
           "meeting": "1:1 meeting"},
})
_DAYS = MappingProxyType({"de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
         "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")})
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")


def day_heading(day: datetime, language: str) -> str:
    name = _DAYS[language][day.weekday()]
    if language == "de":
        return f"{name}, {day.day}.{day.month}.{day.year}"
    return f"{name}, {day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def write(store: EventStore, attendee_id: int, out: str | Path, *, day: str | None = None,
          language: str = "en", now: datetime | None = None) -> Path:
    """Write the agenda of one attendee to ``out`` (one A4 page) and return the path."""
    from reportlab.lib.pagesizes import A4

    person = store.attendee(attendee_id)
    if person is None:
        raise agenda.AgendaError(f"no attendee {attendee_id}")
    language = language if language in WORDS else "en"
    items = agenda.person_agenda(store, attendee_id, day)
    out = Path(out)
    now_local = (now or utc_now()).astimezone(store.tz)
    scale = 1.0
    while True:
        canvas = pdftext.canvas(out, A4)
        canvas.setTitle(f"{WORDS[language]['title']}: {pdftext.printable(person.display_name)}")
        canvas.setAuthor(store.event.title)
        if _draw(canvas, store, person, items, language, now_local, scale) or scale < 0.45:
            break
        scale *= 0.85  # too long for one page: draw again, smaller
    canvas.showPage()
    canvas.save()
    return out


def _draw(c: Canvas, store: EventStore, person, items: list[agenda.AgendaItem], language: str,
          now: datetime, scale: float) -> bool:
    """Draw the page; False if it ran past the bottom margin."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    regular, bold = pdffonts.register()
    words = WORDS[language]
    width, height = A4
    left, right, bottom = 18 * mm, width - 18 * mm, 22 * mm
    y = height - 16 * mm

    def wrapped(x: float, s: str, font: str, size: float, max_w: float,
                colour: tuple[float, float, float] = (0, 0, 0)) -> None:
        nonlocal y
        # The shared text path: names in any script (fallback fonts, right-to-left), long words wrap too.
        for line in pdftext.wrap(s, size, max_w, bold=font == bold) or [""]:
            y -= size  # down by the line's own height first, so a bigger font never overlaps the line above
            c.setFillColorRGB(*colour)
            pdftext.draw(c, x, y, line, size, bold=font == bold)
            y -= size * 0.3

    grey = (0.35, 0.35, 0.35)
    wrapped(left, store.event.title, regular, 10 * scale, right - left, grey)
    y -= 4 * scale
    wrapped(left, words["title"], bold, 13 * scale, right - left, (0.1, 0.3, 0.55))
    y -= 2 * scale
    wrapped(left, person.display_name, bold, 22 * scale, right - left)
    if person.organisation:
        wrapped(left, person.organisation, regular, 12 * scale, right - left, grey)
    y -= 6 * scale
    if not items:
        wrapped(left, words["nothing"], regular, 12 * scale, right - left)
    time_w = 30 * mm * max(scale, 0.7)
    body_x = left + time_w
    body_w = right - body_x
    current_day = None
    for item in items:
        if item.start.date() != current_day:
            current_day = item.start.date()
            y -= 4 * scale
            c.setStrokeColorRGB(0.1, 0.3, 0.55)
            c.setLineWidth(1)
            c.line(left, y, right, y)
            y -= 2 * scale
            wrapped(left, day_heading(item.start, language), bold, 13 * scale, right - left, (0.1, 0.3, 0.55))
            y -= 2 * scale
        top = y
        c.setFillColorRGB(0, 0, 0)
        pdftext.draw(c, left, y - 12 * scale, f"{item.start:%H:%M}–{item.end:%H:%M}", 12 * scale, bold=True)
        title = item.title(language) if item.kind == "session" else f"{words['meeting']}"
        if item.kind == "meeting" and item.table:
            title = f"{words['meeting']} · {words['table']} {item.table}"
        wrapped(body_x, title, bold, 12 * scale, body_w)
        for p in item.partners:
            state = (f"{words['arrived']} {datetime.fromisoformat(p.arrived_at).astimezone(store.tz):%H:%M}"
                     if p.arrived_at else words["not_arrived"])
            who = f"{words['with']} {p.name}" + (f", {p.organisation}" if p.organisation else "")
            wrapped(body_x, who, regular, 11 * scale, body_w)
            wrapped(body_x, f"({state})", regular, 9 * scale, body_w, grey)
        if item.room:
            place = item.room.name
            extra = ", ".join(x for x in (item.room.building, item.room.floor) if x)
            wrapped(body_x, place + (f" ({extra})" if extra else ""), regular, 11 * scale, body_w)
            if item.room.directions:
                wrapped(body_x, item.room.directions, regular, 9 * scale, body_w, grey)
        y = min(y, top - 16 * scale) - 5 * scale
        if y < bottom:
            return False
    c.setFillColorRGB(*grey)
    pdftext.draw(c, left, 12 * mm, f"{words['as_of']} {now:%d.%m.%Y %H:%M} · {store.event.venue}"[:140], 8)
    return True
