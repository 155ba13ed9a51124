"""Bilingual invitation letters (German / English) with the guest's signed QR code, as PDF.

One A4 page per guest: the letter in the guest's language first, the other language below it, the QR code
top right. ``write_split`` writes one PDF per guest plus ``mailmerge.csv`` (email, name, file, ...) so any mail
tool can send them. Names are printed exactly as stored, through the one text path every PDF uses
(``pdftext``: the bundled Noto Sans, system fallback fonts for CJK, Arabic, Hebrew ..., right-to-left order).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from . import codes, pdftext, sheets
from .docnames import guest_file_name
from .model import Attendee

if TYPE_CHECKING:
    from .store import EventStore

MONTHS = MappingProxyType({
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
})
_FEMALE = frozenset({"frau", "ms", "ms.", "mrs", "mrs.", "miss", "mme", "madame", "signora", "sra.", "pani"})
_MALE = frozenset({"herr", "mr", "mr.", "m.", "monsieur", "signor", "sr.", "pan"})
_NEUTRAL = frozenset({"mx", "mx.", "divers"})


def _title_en(title: str) -> str:
    """English form of a German academic title for "Dear ... ," (British style: no full stop after Dr)."""
    t = title.replace(" ", "").lower()
    if t.startswith("prof"):
        return "Professor"
    if t.startswith("dr"):
        return "Dr"
    return title


def salutation(a: Attendee, lang: str) -> str:
    """The opening line of a letter, built from Anrede, academic title and name (never re-cased)."""
    kind = a.salutation.strip().lower()
    last, title = a.last_name.strip(), a.title.strip()
    full = " ".join(p for p in (title, a.first_name.strip(), last) if p)
    if lang == "de":
        if not last:
            return "Sehr geehrte Damen und Herren,"
        if kind in _FEMALE:
            return f"Sehr geehrte Frau {title + ' ' if title else ''}{last},"
        if kind in _MALE:
            return f"Sehr geehrter Herr {title + ' ' if title else ''}{last},"
        return f"Guten Tag {full},"
    if not last:
        return "Dear Sir or Madam,"
    if title:
        return f"Dear {_title_en(title)} {last},"
    if kind in _FEMALE:
        return f"Dear Ms {last},"
    if kind in _MALE:
        return f"Dear Mr {last},"
    if kind in _NEUTRAL:
        return f"Dear Mx {last},"
    return f"Dear {full},"


def date_range(start: date | None, end: date | None, lang: str) -> str:
    if start is None:
        return ""
    end = end or start
    m = MONTHS[lang]
    if lang == "de":
        if start == end:
            return f"{start.day}. {m[start.month - 1]} {start.year}"
        joiner = " und " if (end - start).days == 1 else " bis "
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day}.{joiner}{end.day}. {m[end.month - 1]} {end.year}"
        return f"{start.day}. {m[start.month - 1]}{joiner}{end.day}. {m[end.month - 1]} {end.year}"
    if start == end:
        return f"{start.day} {m[start.month - 1]} {start.year}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {m[end.month - 1]} {end.year}"
    return f"{start.day} {m[start.month - 1]} – {end.day} {m[end.month - 1]} {end.year}"


def event_title(title: str, lang: str) -> str:
    """"Deutscher Titel / English title" -> the part for one language."""
    parts = [p.strip() for p in title.split(" / ")]
    if len(parts) == 2:
        return parts[0] if lang == "de" else parts[1]
    return title


@dataclass(frozen=True)
class Highlight:
    when: datetime
    title_de: str
    title_en: str


def highlights(store: EventStore, limit: int = 8) -> list[Highlight]:
    """Plenaries, forums, matchmaking and receptions; parallel forums become one line; repeats are dropped."""
    rows = list(store.conn.execute(
        "SELECT start, title_de, title_en, kind FROM sessions WHERE kind IN ('plenary', 'forum', 'reception', "
        "'matchmaking') ORDER BY start, id"))
    parallel: dict[str, int] = {}
    for start, _, _, kind in rows:
        if kind == "forum":
            parallel[start] = parallel.get(start, 0) + 1
    out, seen = [], set()
    for start, de, en, kind in rows:
        if kind == "forum" and parallel[start] > 1:
            de, en = f"{parallel[start]} parallele Fachforen", f"{parallel[start]} parallel expert forums"
        if (start, de) in seen or (kind != "forum" and de in {s[1] for s in seen}):
            continue  # a panel repeated on day 2 is one highlight
        seen.add((start, de))
        out.append(Highlight(datetime.fromisoformat(start).astimezone(store.tz), de, en))
    return out[:limit]


TEXT = MappingProxyType({
    "de": {
        # "zur" + title would decline the title wrongly ("zur 3. Internationale ..."): name it as a Veranstaltung
        "invite": "wir freuen uns, Sie zur Veranstaltung {title} am {dates} einladen zu dürfen.",
        "quoted": "„{}“",
        "venue": "Veranstaltungsort: {venue}",
        "programme": "Aus dem Programm:",
        "bring": "Bitte bringen Sie diesen Brief mit (ausgedruckt oder auf dem Smartphone) und einen "
                 "Lichtbildausweis. Am Empfang scannen wir Ihren persönlichen QR-Code; Ihr Namensschild liegt "
                 "dann für Sie bereit.",
        "close": "Mit freundlichen Grüßen",
        "team": "Ihr Konferenzteam",
        "code": "Ihr persönlicher Einlasscode",
        "when": "{d}.{m:02d}., {t} Uhr",
    },
    "en": {
        "invite": "We are delighted to invite you to the {title} on {dates}.",  # English: capital after "Dear X,"
        "quoted": "{}",
        "venue": "Venue: {venue}",
        "programme": "Programme highlights:",
        "bring": "Please bring this letter (printed or on your phone) and photo identification. At the "
                 "registration desk we scan your personal QR code; your name badge will then be ready for you.",
        "close": "Kind regards",
        "team": "The conference team",
        "code": "Your personal admission code",
        "when": "{d} {mon}, {t}",
    },
})


def letter_language(a: Attendee, requested: str) -> str:
    if requested in ("de", "en"):
        return requested
    return "de" if a.language.lower().startswith("de") else "en"


def code_for(store: EventStore, a: Attendee) -> str:
    if a.code:
        return a.code
    if codes.has_event_key(store):
        return codes.issue_code(store, a.id)
    raise PermissionError(f"attendee {a.id} has no code and this copy cannot sign one (desk copy)")


# Room for the recipient block left of the QR code; a longer name shrinks to fit, it is never cut.
_NAME_LINES = 3


class _Renderer:
    def __init__(self, store: EventStore, report: pdftext.GlyphReport | None = None) -> None:
        from . import pdffonts

        self.store = store
        self.report = report if report is not None else pdftext.GlyphReport()
        regular, bold = pdffonts.register()
        self.regular, self.bold = regular, bold
        self.event = store.event
        self.highlights = highlights(store)
        self.styles: dict[float, Any] = {}

    def check(self, a: Attendee) -> None:
        self.report.check_all((a.id, name, getattr(a, name)) for name in
                              ("title", "first_name", "last_name", "position", "organisation"))

    def page(self, c: Any, a: Attendee, lang: str) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import mm

        self.check(a)
        width, height = A4
        left, right = 22 * mm, width - 20 * mm
        c.setTitle(f"{event_title(self.event.title, 'de')} – {pdftext.printable(a.display_name)}")
        c.setFillGray(0.35)
        pdftext.draw(c, left, height - 18 * mm, event_title(self.event.title, "de").upper(), 9, bold=True)
        pdftext.draw(c, left, height - 22.5 * mm, event_title(self.event.title, "en").upper(), 9, bold=True)
        c.setFillGray(0)
        # recipient block, left of the QR code
        block_w = right - 42 * mm - 6 * mm - left
        y = height - 41 * mm
        y = self._block(c, a.display_name, left, y, block_w, 11, bold=True)
        for line in (a.position, a.organisation):
            if line:
                y = self._block(c, line, left, y - 1 * mm, block_w, 10)
        self._qr(c, code_for(self.store, a), right - 42 * mm, height - 72 * mm, 42 * mm, lang, a.id)
        other = "en" if lang == "de" else "de"
        top = min(height - 88 * mm, y - 8 * mm)
        # Both letters must fit above the bottom margin: a very long name makes the text smaller, never cut.
        big, small = 10.5, 8.5
        while big > 2.5:
            need = self._letter_height(a, lang, right - left, big) + self._letter_height(a, other, right - left,
                                                                                        small)
            if top - need - 8 * mm >= 15 * mm:
                break
            big, small = big * 0.85, small * 0.85
        y = self._letter(c, a, lang, left, top, right - left, big)
        c.setStrokeGray(0.7)
        c.line(left, y - 2 * mm, right, y - 2 * mm)
        self._letter(c, a, other, left, y - 6 * mm, right - left, small)

    def _block(self, c: Any, text: str, x: float, y: float, width: float, size: float, bold: bool = False) -> float:
        """Wrapped lines of the recipient block (shrunk until at most ``_NAME_LINES`` lines); returns the new y."""
        lines = pdftext.wrap(text, size, width, bold=bold)
        while len(lines) > _NAME_LINES and size > 3:
            size *= 0.85
            lines = pdftext.wrap(text, size, width, bold=bold)
        for line in lines:
            y -= size * 1.3
            pdftext.draw(c, x, y, line, size, bold=bold)
        return y

    def _qr(self, c: Any, text: str, x: float, y: float, size: float, lang: str, attendee_id: int) -> None:
        import qrcode

        qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
        qr.add_data(text)
        qr.make(fit=True)
        matrix = qr.get_matrix()
        n = len(matrix)
        cell = size / n
        path = c.beginPath()
        for r, row in enumerate(matrix):
            for col, dark in enumerate(row):
                if dark:
                    path.rect(x + col * cell, y + size - (r + 1) * cell, cell * 1.01, cell * 1.01)
        c.setFillGray(0)
        c.drawPath(path, stroke=0, fill=1)
        other = "en" if lang == "de" else "de"
        right = x + size  # right-aligned under the code, inside the margin
        pdftext.draw(c, right, y - 4.5 * 2.83, TEXT[lang]["code"], 7.5, align="right")
        pdftext.draw(c, right, y - 7.8 * 2.83, TEXT[other]["code"], 7.5, align="right")
        pdftext.draw(c, right, y - 11.1 * 2.83, f"Nr. {attendee_id}", 7.5, align="right")

    def _paragraphs(self, a: Attendee, lang: str, size: float) -> list[Any]:
        from reportlab.platypus import Paragraph

        t = TEXT[lang]
        ev = self.event
        title = pdftext.markup(t["quoted"].format(event_title(ev.title, lang)), bold=True)
        parts = [
            pdftext.markup(salutation(a, lang)),
            t["invite"].format(title=title, dates=escape(date_range(ev.start, ev.end, lang))),
            pdftext.markup(t["venue"].format(venue=ev.venue)) if ev.venue else "",
            self._programme(lang),
            escape(t["bring"]),
            f"{escape(t['close'])}<br/>{escape(t['team'])}",
        ]
        return [Paragraph(html, self.style(size)) for html in parts if html]

    def style(self, size: float) -> Any:
        from reportlab.lib.styles import ParagraphStyle

        if size not in self.styles:
            self.styles[size] = ParagraphStyle(f"p{size:.2f}", fontName=self.regular, fontSize=size,
                                               leading=size * 1.35, spaceAfter=size * 0.45)
        return self.styles[size]

    def _letter_height(self, a: Attendee, lang: str, width: float, size: float) -> float:
        total = 0.0
        for para in self._paragraphs(a, lang, size):
            _, h = para.wrap(width, 10000)
            total += h + self.style(size).spaceAfter
        return total

    def _letter(self, c: Any, a: Attendee, lang: str, x: float, y: float, width: float, size: float) -> float:
        for para in self._paragraphs(a, lang, size):
            _, h = para.wrap(width, 10000)
            para.drawOn(c, x, y - h)
            y -= h + self.style(size).spaceAfter
        return y

    def _programme(self, lang: str) -> str:
        if not self.highlights:
            return ""
        lines = [pdftext.markup(TEXT[lang]["programme"], bold=True)]
        for h in self.highlights:
            title = h.title_de if lang == "de" else h.title_en
            when = TEXT[lang]["when"].format(d=h.when.day, m=h.when.month, mon=MONTHS["en"][h.when.month - 1][:3],
                                            t=f"{h.when:%H:%M}")
            lines.append(f"{escape(when)} – {pdftext.markup(title)}")
        return "<br/>".join(lines)


def _selected(store: EventStore, ids: Sequence[int] | None) -> list[Attendee]:
    if ids:
        found = store.attendees_by_ids(list(ids))
        missing = sorted(set(ids) - {a.id for a in found})
        if missing:
            raise KeyError(f"no attendee with id {', '.join(map(str, missing))}")
        return found
    return [a for a in store.iter_attendees() if a.status != "cancelled"]


def check_glyphs(store: EventStore, attendee_ids: Sequence[int] | None = None) -> pdftext.GlyphReport:
    """The glyph report of the letters, without writing them (the warning shown before printing)."""
    renderer = _Renderer(store)
    for a in _selected(store, attendee_ids):
        renderer.check(a)
    return renderer.report


def write_pdf(store: EventStore, out: str | Path, *, attendee_ids: Sequence[int] | None = None,
              language: str = "auto", report: pdftext.GlyphReport | None = None) -> int:
    """All selected letters in one PDF; returns the number of pages."""
    from reportlab.lib.pagesizes import A4

    people = _selected(store, attendee_ids)
    renderer = _Renderer(store, report)
    c = pdftext.canvas(out, A4)
    for a in people:
        renderer.page(c, a, letter_language(a, language))
        c.showPage()
    c.save()
    return len(people)


def file_name(a: Attendee) -> str:
    """An ASCII file name for one guest's letter: id and name, transliterated (the PDF spells it as stored)."""
    return guest_file_name(a.id, a.last_name, a.first_name)


MAILMERGE_COLUMNS = ("email", "name", "file", "salutation", "language", "attendee_id")


def write_split(store: EventStore, folder: str | Path, *, attendee_ids: Sequence[int] | None = None,
                language: str = "auto", report: pdftext.GlyphReport | None = None,
                dialect: str = "excel-de") -> Path:
    """One PDF per guest and ``mailmerge.csv``; returns the CSV's path.

    The CSV goes through the one spreadsheet writer: with ``excel-de`` it is UTF-8 with a BOM and ';', so a
    double-click in LibreOffice or Excel on a German system shows "Jürgen Weiß", and a name starting with
    "=" stays text. Its columns keep machine names (mail tools map fields by them).
    """
    from reportlab.lib.pagesizes import A4

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    renderer = _Renderer(store, report)
    rows: list[list[Any]] = []
    for a in _selected(store, attendee_ids):
        lang = letter_language(a, language)
        path = folder / file_name(a)
        c = pdftext.canvas(path, A4)
        renderer.page(c, a, lang)
        c.showPage()
        c.save()
        rows.append([a.email, a.display_name, str(path.resolve()), salutation(a, lang), lang, a.id])
    csv_path = folder / "mailmerge.csv"
    sheets.write_csv(sheets.Sheet("mailmerge", list(MAILMERGE_COLUMNS), rows), csv_path, dialect)
    return csv_path
