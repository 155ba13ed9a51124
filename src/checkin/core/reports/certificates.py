"""Certificates of attendance (Teilnahmebescheinigung / Certificate of attendance): bilingual, one A4 page each.

Only guests with a recorded arrival get one; the days listed are the days they were admitted at the main entrance.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from .. import pdftext
from ..docnames import guest_file_name
from ..model import Attendee
from ..store import EventStore
from ..textfold import fold
from .figures import arrivals_by_attendee
from .words import long_date

ACCENT = colors.HexColor("#1f5f99")


class NotArrived(ValueError):
    """Certificates were asked for guests without a recorded arrival."""

    def __init__(self, ids: Sequence[int]) -> None:
        super().__init__(", ".join(str(i) for i in ids))
        self.ids = list(ids)


@dataclass(frozen=True, slots=True)
class Certificate:
    attendee: Attendee
    days: list[date]
    sessions: list[tuple[str, str]]  # (German title, English title) of sessions whose door scanned the badge


def collect(store: EventStore, attendee_ids: Sequence[int] | None = None) -> list[Certificate]:
    """Certificates for the given attendees (all who arrived if None), sorted by name."""
    days = arrivals_by_attendee(store)
    if attendee_ids:
        unknown = [i for i in attendee_ids if store.attendee(i) is None]
        if unknown:
            raise KeyError(", ".join(map(str, unknown)))
        missing = [i for i in attendee_ids if i not in days]
        if missing:
            raise NotArrived(missing)
        ids = list(dict.fromkeys(attendee_ids))
    else:
        ids = list(days)
    sessions: dict[int, list[tuple[str, str]]] = {}
    rows = store.conn.execute(
        "SELECT DISTINCT j.attendee_id, s.title_de, s.title_en, s.start FROM journal j "
        "JOIN sessions s ON s.id = json_extract(j.data, '$.session_id') "
        "WHERE j.kind = 'session_entry' AND s.kind NOT IN ('break', 'exhibition') ORDER BY s.start")
    for aid, de, en, _start in rows:
        sessions.setdefault(aid, []).append((de, en))
    out = [Certificate(a, [date.fromisoformat(d) for d, _ in days[a.id]], sessions.get(a.id, []))
           for a in store.attendees_by_ids(ids)]
    if not attendee_ids:
        out.sort(key=lambda c: (fold(c.attendee.last_name), fold(c.attendee.first_name), c.attendee.id))
    return out


def _centred(canvas: Canvas, y: float, text: str, bold: bool, size: float, width: float,
             colour: colors.Color = colors.black, max_lines: int = 0) -> float:
    """Centred, wrapped lines (the shared text path: fallback fonts, right-to-left order). With ``max_lines``
    the size shrinks until the text fits in that many lines: a name is never cut."""
    canvas.setFillColor(colour)
    lines = pdftext.wrap(text, size, width, bold=bold)
    while max_lines and len(lines) > max_lines and size > 4:
        size *= 0.85
        lines = pdftext.wrap(text, size, width, bold=bold)
    for line in lines:
        pdftext.draw(canvas, A4[0] / 2, y, line, size, bold=bold, align="centre")
        y -= size * 1.3
    return y


def _page(canvas: Canvas, store: EventStore, cert: Certificate, signer: str, place: str, issued: date,
          report: pdftext.GlyphReport | None = None) -> None:
    event = store.event
    width = A4[0] - 50 * mm
    a = cert.attendee
    if report is not None:
        report.check_all((a.id, f, getattr(a, f)) for f in ("title", "first_name", "last_name", "organisation"))
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(2)
    canvas.rect(15 * mm, 15 * mm, A4[0] - 30 * mm, A4[1] - 30 * mm)
    y = A4[1] - 45 * mm
    y = _centred(canvas, y, "Teilnahmebescheinigung", True, 26, width, ACCENT)
    y = _centred(canvas, y - 2, "Certificate of attendance", False, 16, width, ACCENT) - 14 * mm
    y = _centred(canvas, y, "Hiermit wird bestätigt, dass", False, 12, width)
    y = _centred(canvas, y, "This is to certify that", False, 10, width, colors.HexColor("#555555")) - 8 * mm
    name = " ".join(p for p in (a.title, a.first_name, a.last_name) if p)  # as the list spells it
    y = _centred(canvas, y, name, True, 22, width, max_lines=2) - 1 * mm
    if a.organisation:
        y = _centred(canvas, y, a.organisation, False, 12, width, max_lines=3)
    y -= 8 * mm
    y = _centred(canvas, y, "an der Veranstaltung / attended", False, 12, width) - 3 * mm
    # A bilingual "Deutsch / English" title: one line per language, never wrapped in mid-phrase.
    for part in [p.strip() for p in event.title.split(" / ")] if " / " in event.title else [event.title]:
        y = _centred(canvas, y, part, True, 15, width, max_lines=1 if " / " in event.title else 3)
    if event.venue:
        y = _centred(canvas, y - 1, event.venue, False, 10.5, width, colors.HexColor("#555555"), max_lines=2)
    y -= 8 * mm
    label_de = "an folgenden Tagen teilgenommen hat" if len(cert.days) > 1 else "teilgenommen hat am"
    label_en = "on the following days" if len(cert.days) > 1 else "on"
    y = _centred(canvas, y, f"{label_de} / {label_en}", False, 12, width) - 2 * mm
    for day in cert.days:
        y = _centred(canvas, y, long_date(day, "de"), True, 13, width)
        y = _centred(canvas, y + 1, long_date(day, "en"), False, 10.5, width, colors.HexColor("#555555")) - 2
    if cert.sessions:
        y -= 6 * mm
        y = _centred(canvas, y, "Besuchte Programmpunkte / Sessions attended", False, 10.5, width)
        for de, en in cert.sessions[:8]:
            text = de if de == en else f"{de} / {en}"
            if y < 70 * mm:  # keep clear of the signature line
                break
            y = _centred(canvas, y, text, False, 9, width, colors.HexColor("#333333"), max_lines=2)
    # Place, date and signature line at a fixed height, whatever the page above held.
    y = 55 * mm
    canvas.setFillColor(colors.black)
    pdftext.draw(canvas, 30 * mm, y, f"{place}, {issued.strftime('%d.%m.%Y')}" if place
                 else issued.strftime("%d.%m.%Y"), 10.5)
    canvas.setLineWidth(0.6)
    canvas.setStrokeColor(colors.black)
    canvas.line(A4[0] - 100 * mm, y - 2, A4[0] - 30 * mm, y - 2)
    pdftext.draw(canvas, A4[0] - 100 * mm, y - 14, signer or "Veranstalter / Organiser", 9)
    pdftext.draw(canvas, 30 * mm, y - 14, "Ort, Datum / Place, date", 9)


def _settings(store: EventStore) -> tuple[str, str]:
    """Signer and place from the event's settings (meta "certificate": {"signer", "place"})."""
    cfg = store.get_meta("certificate", {}) or {}
    if isinstance(cfg, str):
        cfg = json.loads(cfg)
    venue = store.event.venue
    place = cfg.get("place") or (venue.rsplit(" ", 1)[-1] if venue else "")
    return str(cfg.get("signer", "")), str(place)


def write(store: EventStore, certs: Sequence[Certificate], out: str | Path, issued: date | None = None,
          report: pdftext.GlyphReport | None = None) -> Path:
    """All certificates into one PDF, one page each."""
    out = Path(out)
    signer, place = _settings(store)
    issued = issued or date.today()
    canvas = pdftext.canvas(out, A4)
    canvas.setTitle(f"Teilnahmebescheinigungen / Certificates of attendance: {store.event.title}")
    canvas.setAuthor("checkin")
    for cert in certs:
        _page(canvas, store, cert, signer, place, issued, report)
        canvas.showPage()
    canvas.save()
    return out


def file_name(cert: Certificate) -> str:
    """A portable file name: id and name, transliterated to ASCII (the certificate spells the name as stored)."""
    a = cert.attendee
    return guest_file_name(a.id, a.last_name, a.first_name)


def write_split(store: EventStore, certs: Sequence[Certificate], folder: str | Path,
                issued: date | None = None, report: pdftext.GlyphReport | None = None) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    return [write(store, [cert], folder / file_name(cert), issued, report) for cert in certs]
