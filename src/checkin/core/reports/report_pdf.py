"""The post-event report as PDF: key figures, arrival curve and breakdowns as vector charts, in German or English."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, SimpleDocTemplate, Spacer

from .. import pdftext
from . import charts, figures
from .countries import country_name
from .matchmaking import pdf_tables as matchmaking_tables
from .pdfstyle import MUTED, para, styles
from .pdfstyle import table as make_table
from .words import TOTAL_ROWS, check_language, long_date, short_date, total_label, w

TOP_COUNTRIES = 15  # more bars than this make the chart unreadable; the table below lists them all


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "–"


def _rate(rate: float | None) -> str:
    return f"{100 * rate:.0f} %" if rate is not None else "–"


def _label(kind: str, key: str, lang: str) -> str:
    if key == "unknown":
        return w("unknown", lang)
    return country_name(key, lang) if kind == "by_country" else w(key, lang)


def _breakdown(fig: dict[str, Any], kind: str, lang: str, width: float) -> list[Any]:
    rows = fig[kind]
    keys = list(rows)
    chart_keys = keys[:TOP_COUNTRIES] if kind == "by_country" else keys
    names = (w("expected_short", lang), w("from_list", lang))
    out: list[Any] = [charts.expected_vs_arrived(
        w(kind, lang), [_label(kind, k, lang) for k in chart_keys], [rows[k]["expected"] for k in chart_keys],
        [rows[k]["from_list"] for k in chart_keys], names, width=width)]
    # Columns that add up: expected = from the list + not arrived; admitted = from the list + walk-ins and
    # others. The rate is the expected guests who came or sent a substitute: walk-ins do not inflate it.
    cols = ("expected", "from_list", "no_shows", "others", "admitted")
    table = [[w(kind, lang), w("expected_short", lang), w("from_list", lang), w("not_arrived", lang),
              w("others_admitted", lang), w("admitted", lang), w("arrival_rate", lang)]]
    table += [[para(_label(kind, k, lang)), *(rows[k][c] for c in cols),
               _rate(figures.show_up_rate(rows[k]["expected"], rows[k]["no_shows"]))] for k in keys]
    sums = [sum(rows[k][c] for k in keys) for c in cols]
    table.append([para(w("sum", lang), "cell_bold"), *sums, _rate(figures.show_up_rate(sums[0], sums[2]))])
    # 64 pt: "Eingelassen" in bold 8.5 pt plus padding; the rest for "Forschungseinrichtungen"
    t = make_table(table, [width - 5 * 64 - 48, 64, 64, 64, 64, 64, 48], numeric_from=1, total_row=True)
    # The sums are explained under the first table, and again under any table with an "unknown" row.
    note = [para(w("breakdown_note", lang), "small")] if kind == "by_category" or "unknown" in rows else []
    # Break only if the chart itself does not fit; its table may continue on the next page.
    return [CondPageBreak(out[0].height + 4 * mm), out[0], Spacer(1, 3 * mm), t, Spacer(1, 1.5 * mm), *note]


def _totals(fig: dict[str, Any], lang: str, width: float) -> Any:
    rows = [[w("totals", lang), w("value", lang), w("share", lang)]]
    exp = fig["expected"]
    # Expected guests first (how they split up, and the show-up rate), then everyone who was admitted.
    for key, share, sub in TOTAL_ROWS:
        label = total_label(key, lang)
        rows.append([para(f"– {label}" if sub else label), fig[key], _pct(fig[key], exp) if share else ""])
        if key == "no_shows":
            rows.append([para(w("arrival_rate_total", lang)), "", _rate(fig["arrival_rate"])])
    for day, n in fig["arrived_by_day"].items():
        rows.append([para(f"{w('arrived', lang)}: {long_date(date.fromisoformat(day), lang)}"), n, ""])
    t = make_table(rows, [width - 150, 75, 75], numeric_from=1)
    return t


def _decimal(value: float, lang: str) -> str:
    text = f"{value:.2f}"
    return text.replace(".", ",") if lang == "de" else text  # German readers expect 0,68


def _desks(fig: dict[str, Any], lang: str, width: float) -> list[Any]:
    desks = fig["desk_throughput"]
    if not desks:
        return []
    rows = [[w("station", lang), w("admissions", lang), w("per_minute_busy", lang), w("per_minute_peak", lang)]]
    rows += [[para(name), d["admissions"], _decimal(d["per_minute_busy"], lang), _decimal(d["per_minute_peak"], lang)]
             for name, d in desks.items()]
    t = make_table(rows, [width - 240, 80, 80, 80], numeric_from=1)
    chart = charts.simple_bars(w("desks", lang), list(desks), [d["admissions"] for d in desks.values()],
                               width=width)
    return [CondPageBreak(80 * mm), chart, Spacer(1, 3 * mm), t]


def _sessions(fig: dict[str, Any], lang: str, width: float) -> list[Any]:
    out: list[Any] = [CondPageBreak(40 * mm), para(w("sessions", lang), "h2")]  # never a heading alone
    sessions = [s for s in fig["sessions"] if s["kind"] not in ("break",)]
    if not any(s["entered"] for s in sessions):
        out.append(para(w("no_session_scans", lang), "base"))
    rows = [[w("session", lang), w("time", lang), w("room", lang), w("registered", lang), w("entered", lang),
             w("capacity", lang)]]
    for s in sessions:
        when = f"{short_date(date.fromisoformat(s['day']), lang)} {s['start']}–{s['end']}"
        rows.append([para(s["title"]), para(when), para(s["room"]), s["registered"] or "", s["entered"],
                     s["capacity"] or ""])
    # 66 pt: "Angemeldet" / "Eingetreten" in bold 8.5 pt plus padding (narrower columns broke the words)
    t = make_table(rows, [width - 343, 80, 75, 66, 66, 56], numeric_from=3)
    out.append(t)
    m = fig["meetings"]
    if m["booked"]:
        heading = para(w("meetings", lang), "h2")
        mrows = [[w("meetings", lang), w("value", lang), w("share", lang)],
                 [para(w("meetings_booked", lang)), m["booked"], ""],
                 [para(w("meetings_held", lang)), m["held"], _pct(m["held"], m["booked"])]]
        mt = make_table(mrows, [width - 150, 75, 75], numeric_from=1)
        out.append(KeepTogether([heading, mt]))  # the heading alone at the foot of a page, its table overleaf
    return out


def _title(title: str, width: float) -> list[Any]:
    """The event title without a wrap in mid-phrase: a bilingual "Deutsch / English" title gets one line per
    language, and each line is set smaller until it fits the width."""
    from reportlab.platypus import Paragraph

    base = styles()["h1"]
    out = []
    for part in [p.strip() for p in title.split(" / ")] if " / " in title else [title]:
        size = min(base.fontSize, max(9.0, (width - 2) / (pdftext.width(part, 1, bold=True) or 1)))
        style = base.clone(f"h1-{size:.1f}", fontSize=size, leading=size * 1.22, spaceAfter=1)
        out.append(Paragraph(pdftext.markup(part, bold=True), style))
    return out


def build(fig: dict[str, Any], out: str | Path, lang: str = "de") -> Path:
    """Write the report for figures ``fig`` (from figures.compute) to ``out``."""
    lang = check_language(lang)
    out = Path(out)
    st = styles()
    event = fig["event"]
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title=f"{w('report', lang)}: {event['title']}",
                            author="checkin", subject=w("report", lang), lang=lang, **pdftext.doc_options())
    width = doc.width
    days = [date.fromisoformat(d) for d in event["days"]]
    when = " – ".join(long_date(d, lang) for d in (days[:1] + days[-1:] if len(days) > 1 else days))
    story: list[Any] = [
        para(w("report", lang), "sub"), *_title(event["title"], doc.width), para(event["venue"], "sub"),
        para(when, "sub"),
        para(f"{w('generated', lang)}: {fig['generated_at'][:16].replace('T', ' ')}", "small"),
        Spacer(1, 5 * mm), _totals(fig, lang, width), Spacer(1, 6 * mm),
        charts.arrival_curve(f"{w('curve', lang)} ({w('curve_note', lang)})", fig["arrivals_per_15_min"],
                             {d: long_date(date.fromisoformat(d), lang, weekday=False)
                              for d in fig["arrivals_per_15_min"]}, width=width, height=170),
    ]
    for kind in ("by_category", "by_organisation_type", "by_country"):
        story += [Spacer(1, 4 * mm), *_breakdown(fig, kind, lang, width)]
    story += [Spacer(1, 6 * mm), *_desks(fig, lang, width)]
    story += _sessions(fig, lang, width)
    story += matchmaking_tables(fig, lang, width)  # issue 23

    def footer(canvas: Any, doc_: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(MUTED)
        pdftext.draw(canvas, doc_.leftMargin, 9 * mm, event["title"], 7.5)
        pdftext.draw(canvas, A4[0] - doc_.rightMargin, 9 * mm, f"{w('page', lang)} {doc_.page}", 7.5, align="right")
        canvas.restoreState()

    del st
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out
