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

from .. import pdffonts
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


def _wrap(canvas: Canvas, text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap by measured width (long organisation names, long session titles)."""
    words, lines, line = text.split(" "), [], ""
    for word in words:
        trial = f"{line} {word}".strip()
        if canvas.stringWidth(trial, font, size) <= width or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def _centred(canvas: Canvas, y: float, text: str, font: str, size: float, width: float,
             colour: colors.Color = colors.black) -> float:
    canvas.setFont(font, size)
    canvas.setFillColor(colour)
    for line in _wrap(canvas, text, font, size, width):
        canvas.drawCentredString(A4[0] / 2, y, line)
        y -= size * 1.3
    return y


def _page(canvas: Canvas, store: EventStore, cert: Certificate, signer: str, place: str, issued: date) -> None:
    regular, bold = pdffonts.register()
    event = store.event
    width = A4[0] - 50 * mm
    a = cert.attendee
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(2)
    canvas.rect(15 * mm, 15 * mm, A4[0] - 30 * mm, A4[1] - 30 * mm)
    y = A4[1] - 45 * mm
    y = _centred(canvas, y, "Teilnahmebescheinigung", bold, 26, width, ACCENT)
    y = _centred(canvas, y - 2, "Certificate of attendance", regular, 16, width, ACCENT) - 14 * mm
    y = _centred(canvas, y, "Hiermit wird bestätigt, dass", regular, 12, width)
    y = _centred(canvas, y, "This is to certify that", regular, 10, width, colors.HexColor("#555555")) - 8 * mm
    name = " ".join(p for p in (a.title, a.first_name, a.last_name) if p)  # as the list spells it
    y = _centred(canvas, y, name, bold, 22, width) - 1 * mm
    if a.organisation:
        y = _centred(canvas, y, a.organisation, regular, 12, width)
    y -= 8 * mm
    y = _centred(canvas, y, "an der Veranstaltung / attended", regular, 12, width) - 3 * mm
    y = _centred(canvas, y, event.title, bold, 15, width)
    if event.venue:
        y = _centred(canvas, y - 1, event.venue, regular, 10.5, width, colors.HexColor("#555555"))
    y -= 8 * mm
    label_de = "an folgenden Tagen teilgenommen hat" if len(cert.days) > 1 else "teilgenommen hat am"
    label_en = "on the following days" if len(cert.days) > 1 else "on"
    y = _centred(canvas, y, f"{label_de} / {label_en}", regular, 12, width) - 2 * mm
    for day in cert.days:
        y = _centred(canvas, y, long_date(day, "de"), bold, 13, width)
        y = _centred(canvas, y + 1, long_date(day, "en"), regular, 10.5, width, colors.HexColor("#555555")) - 2
    if cert.sessions:
        y -= 6 * mm
        y = _centred(canvas, y, "Besuchte Programmpunkte / Sessions attended", regular, 10.5, width)
        for de, en in cert.sessions[:8]:
            text = de if de == en else f"{de} / {en}"
            y = _centred(canvas, y, text, regular, 9, width, colors.HexColor("#333333"))
    # Place, date and signature line at a fixed height, whatever the page above held.
    y = 55 * mm
    canvas.setFont(regular, 10.5)
    canvas.setFillColor(colors.black)
    canvas.drawString(30 * mm, y, f"{place}, {issued.strftime('%d.%m.%Y')}" if place else issued.strftime("%d.%m.%Y"))
    canvas.setLineWidth(0.6)
    canvas.setStrokeColor(colors.black)
    canvas.line(A4[0] - 100 * mm, y - 2, A4[0] - 30 * mm, y - 2)
    canvas.setFont(regular, 9)
    canvas.drawString(A4[0] - 100 * mm, y - 14, signer or "Veranstalter / Organiser")
    canvas.drawString(30 * mm, y - 14, "Ort, Datum / Place, date")


def _settings(store: EventStore) -> tuple[str, str]:
    """Signer and place from the event's settings (meta "certificate": {"signer", "place"})."""
    cfg = store.get_meta("certificate", {}) or {}
    if isinstance(cfg, str):
        cfg = json.loads(cfg)
    venue = store.event.venue
    place = cfg.get("place") or (venue.rsplit(" ", 1)[-1] if venue else "")
    return str(cfg.get("signer", "")), str(place)


def write(store: EventStore, certs: Sequence[Certificate], out: str | Path, issued: date | None = None) -> Path:
    """All certificates into one PDF, one page each."""
    out = Path(out)
    signer, place = _settings(store)
    issued = issued or date.today()
    canvas = Canvas(str(out), pagesize=A4, pageCompression=1)
    canvas.setTitle(f"Teilnahmebescheinigungen / Certificates of attendance: {store.event.title}")
    canvas.setAuthor("checkin")
    for cert in certs:
        _page(canvas, store, cert, signer, place, issued)
        canvas.showPage()
    canvas.save()
    return out


def file_name(cert: Certificate) -> str:
    """A portable file name (ASCII, no separators); the certificate itself spells the name as the list does."""
    a = cert.attendee
    stem = "".join(ch if ch.isascii() and ch.isalnum() else "-" for ch in fold(f"{a.last_name} {a.first_name}"))
    stem = "-".join(part for part in stem.split("-") if part) or "guest"
    return f"{a.id:05d}-{stem[:60]}.pdf"


def write_split(store: EventStore, certs: Sequence[Certificate], folder: str | Path,
                issued: date | None = None) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    return [write(store, [cert], folder / file_name(cert), issued) for cert in certs]
