"""Paper fallback lists: every expected guest, alphabetical, split by surname ranges for N desks.

When power or a laptop fails the desk keeps admitting by ticking a printed list; arrivals already recorded are
marked so nobody is admitted twice, and the code suffix lets staff match a guest's phone to the right row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, SimpleDocTemplate, Spacer, Table, TableStyle

from .. import pdffonts, pdftext
from ..field_words import shown_value
from ..store import EventStore
from ..textfold import fold
from .pdfstyle import HEAD, MAX_CELL_HEIGHT, MUTED, RULE, para, styles
from .words import check_language, short_date, w

SUFFIX = 6
OTHER = "…"


@dataclass(frozen=True, slots=True)
class Row:
    id: int
    last_name: str
    first_name: str
    title: str
    organisation: str
    category: str
    code_suffix: str
    arrived_at: str | None  # venue local HH:MM of the marked arrival
    sort_key: tuple[str, str, int]

    @property
    def initial(self) -> str:
        # Greek, Cyrillic ... surnames sort after Z and share one group: a desk sign cannot list every script.
        first = self.sort_key[0][:1]
        return first.upper() if "a" <= first <= "z" else "0–9" if first.isdigit() else OTHER


@dataclass(frozen=True, slots=True)
class DeskList:
    desk: int
    first: str  # range label, e.g. "A" .. "F"
    last: str
    rows: list[Row]


def _sort_key(last: str, first: str, aid: int) -> tuple[str, str, int]:
    # Folded, so "Çelik" files under C and "Ødegård" under O, as the desk would look them up; leading
    # punctuation is skipped, and surnames in other scripts (Greek, Cyrillic) come after Z.
    folded = fold(last)
    start = next((i for i, ch in enumerate(folded) if ch.isalnum()), len(folded))
    key = folded[start:] or "~"
    if not ("a" <= key[0] <= "z" or key[0].isdigit()):
        key = "\uffff" + key
    return (key, fold(first), aid)


def default_day(store: EventStore, now: datetime | None = None) -> str | None:
    """Today (venue time) if it is an event day, else None (mark arrivals of any day)."""
    today = (now or datetime.now(UTC)).astimezone(store.tz).date()
    return today.isoformat() if today in store.event.days() else None


def rows(store: EventStore, day: str | None) -> list[Row]:
    """Expected guests (not cancelled) in alphabetical order, with the recorded arrival on ``day`` (any if None)."""
    sql = "SELECT attendee_id, MIN(at) FROM arrivals WHERE point = 'main'"
    args: list[Any] = []
    if day:
        sql += " AND day = ?"
        args.append(day)
    arrived = dict(store.conn.execute(sql + " GROUP BY attendee_id", args))
    out = []
    for aid, last, first, title, org, cat, code in store.conn.execute(
            "SELECT id, last_name, first_name, title, organisation, category, code FROM attendees "
            "WHERE status != 'cancelled'"):
        at = arrived.get(aid)
        local = datetime.fromisoformat(at).astimezone(store.tz).strftime("%H:%M") if at else None
        out.append(Row(aid, last or "", first or "", title or "", org or "", cat or "", (code or "")[-SUFFIX:],
                       local, _sort_key(last or "", first or "", aid)))
    out.sort(key=lambda r: r.sort_key)
    return out


def split(all_rows: list[Row], desks: int) -> list[DeskList]:
    """Contiguous ranges of initial letters, balanced so the largest desk has as few guests as possible.

    A letter is never split across desks: a guest must know which desk to queue at from the sign alone.
    """
    groups: list[tuple[str, list[Row]]] = []
    for row in all_rows:
        if groups and groups[-1][0] == row.initial:
            groups[-1][1].append(row)
        else:
            groups.append((row.initial, [row]))
    desks = max(1, min(desks, len(groups) or 1))
    sizes = [len(g[1]) for g in groups]
    # Linear partition by binary search on the largest part (few letters, so this is instant).
    lo, hi = max(sizes, default=0), sum(sizes)

    def parts_needed(cap: int) -> int:
        n, acc = 1, 0
        for s in sizes:
            if acc + s > cap:
                n, acc = n + 1, s
            else:
                acc += s
        return n

    while lo < hi:
        mid = (lo + hi) // 2
        if parts_needed(mid) <= desks:
            hi = mid
        else:
            lo = mid + 1
    out: list[DeskList] = []
    current: list[tuple[str, list[Row]]] = []
    acc = 0
    remaining_groups = len(groups)
    for i, (letter, members) in enumerate(groups):
        remaining_desks = desks - len(out)
        # Start a new desk when full, or when the remaining letters are just enough for the remaining desks.
        if current and (acc + len(members) > lo or remaining_groups - i < remaining_desks):
            out.append(_desk(len(out) + 1, current))
            current, acc = [], 0
        current.append((letter, members))
        acc += len(members)
    if current:
        out.append(_desk(len(out) + 1, current))
    return out


def _desk(n: int, groups: list[tuple[str, list[Row]]]) -> DeskList:
    return DeskList(n, groups[0][0], groups[-1][0], [r for _, members in groups for r in members])


def category_word(category: str, lang: str) -> str:
    """One guest's category as the desk and the attendance export say it ("Gast", not the report's "Gäste");
    a category the event does not know stays as the list wrote it, whole (it was cut at 14 characters)."""
    return str(shown_value("category", category, lang) or "")


def range_label(part: DeskList, lang: str) -> str:
    """'A – F', 'V – Z + other scripts' (for the desk sign and the list heading)."""
    other = w("other_scripts", lang)
    if part.first == OTHER:
        return other
    last = "Z" if part.last == OTHER else part.last
    text = part.first if part.first == last else f"{part.first} – {last}"
    return f"{text} + {other}" if part.last == OTHER else text


def _box(arrived: bool) -> Any:
    """A tick box drawn as a vector square (pre-ticked and filled when the arrival is already recorded)."""
    from reportlab.graphics.shapes import Drawing, Line, Rect

    d = Drawing(11, 11, initialFontName=pdffonts.REGULAR)  # no non-embedded Helvetica in the PDF
    d.add(Rect(0.5, 0.5, 10, 10, strokeColor=colors.black, strokeWidth=0.8,
               fillColor=colors.HexColor("#d0d0d0") if arrived else None))
    if arrived:
        d.add(Line(2, 5.5, 4.5, 2.5, strokeWidth=1.4))
        d.add(Line(4.5, 2.5, 9, 9, strokeWidth=1.4))
    return d


def build(store: EventStore, out: str | Path, *, desks: int = 1, day: str | None = None, lang: str = "de",
          now: datetime | None = None) -> tuple[Path, list[DeskList]]:
    lang = check_language(lang)
    out = Path(out)
    regular, bold = pdffonts.register()
    st = styles()
    parts = split(rows(store, day), desks)
    stamp = (now or datetime.now(UTC)).astimezone(store.tz).strftime("%d.%m.%Y %H:%M")
    marked = (f"{w('marked_day', lang)} {short_date(date.fromisoformat(day), lang)}" if day
              else w("marked_any", lang))
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=12 * mm, rightMargin=12 * mm, topMargin=12 * mm,
                            bottomMargin=14 * mm, title=f"{w('lists', lang)}: {store.event.title}", author="checkin",
                            **pdftext.doc_options())
    widths = [9 * mm, 62 * mm, 62 * mm, 22 * mm, 17 * mm, 14 * mm]
    story: list[Any] = []
    for part in parts:
        rng = range_label(part, lang)
        head = f"{w('desk', lang)} {part.desk}: {rng}" if len(parts) > 1 else w("lists", lang)
        story += [para(head, "h1"), para(f"{store.event.title} · {w('lists', lang)}", "sub"),
                  para(f"{len(part.rows)} {w('guests', lang)} · {w('generated', lang)} {stamp} · {marked}", "small"),
                  para(w("list_hint", lang), "small"), Spacer(1, 3 * mm)]
        table = [[w("tick", lang), w("name", lang), w("organisation", lang), w("category", lang), w("code", lang),
                  w("arrived_col", lang)]]
        style = [("FONT", (0, 0), (-1, 0), bold, 8), ("BACKGROUND", (0, 0), (-1, 0), HEAD),
                 ("FONT", (0, 1), (-1, -1), regular, 8.5), ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                 ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        cell_w = widths[1] - 12  # the cell's default padding, 6 pt each side
        for i, r in enumerate(part.rows, start=1):
            # The shared text path: a CJK, Arabic or Hebrew name prints in a fallback font, never as blanks.
            html = f"{pdftext.markup(r.last_name, bold=True)}, {pdftext.markup(r.first_name)}"
            if r.title:
                html += f" <font color='#666666'>({pdftext.markup(r.title)})</font>"
            name = pdftext.fitted_paragraph(html, st["cell"], cell_w, MAX_CELL_HEIGHT)
            table.append([_box(r.arrived_at is not None), name, para(r.organisation, width=cell_w),
                          para(category_word(r.category, lang), width=widths[3] - 12), r.code_suffix,
                          r.arrived_at or ""])
            if r.arrived_at:
                style.append(("TEXTCOLOR", (0, i), (-1, i), MUTED))
            if i % 2 == 0:
                style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f6f6f6")))
        t = Table(table, colWidths=widths, repeatRows=1)
        style.append(("FONT", (4, 1), (4, -1), bold, 9))  # the bundled font: no non-embedded Courier
        t.setStyle(TableStyle(style))
        story += [t, PageBreak()]
    if story:
        story.pop()  # no blank page at the end

    def footer(canvas: Any, doc_: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(MUTED)
        pdftext.draw(canvas, doc_.leftMargin, 8 * mm, f"{w('lists', lang)} · {stamp}", 7.5)
        pdftext.draw(canvas, A4[0] - doc_.rightMargin, 8 * mm, f"{w('page', lang)} {doc_.page}", 7.5, align="right")
        canvas.restoreState()

    doc.build(story or [para(w("lists", lang), "h1")], onFirstPage=footer, onLaterPages=footer)
    return out, parts

