"""The post-event report as PDF: key figures, arrival curve and breakdowns as vector charts, in German or English."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, SimpleDocTemplate, Spacer

from .. import pdffonts
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
    names = (w("expected_short", lang), w("arrived", lang))
    out: list[Any] = [charts.expected_vs_arrived(
        w(kind, lang), [_label(kind, k, lang) for k in chart_keys], [rows[k]["expected"] for k in chart_keys],
        [rows[k]["arrived"] for k in chart_keys], names, width=width)]
    # The rate is the expected guests who came or sent a substitute: walk-ins in "arrived" do not inflate it.
    table = [[w(kind, lang), names[0], names[1], w("no_shows", lang), w("arrival_rate", lang)]]
    table += [[para(_label(kind, k, lang)), rows[k]["expected"], rows[k]["arrived"], rows[k]["no_shows"],
               _rate(figures.show_up_rate(rows[k]["expected"], rows[k]["no_shows"]))] for k in keys]
    t = make_table(table, [width - 300, 75, 75, 75, 75], numeric_from=1)
    # Break only if the chart itself does not fit; its table may continue on the next page.
    return [CondPageBreak(out[0].height + 4 * mm), out[0], Spacer(1, 3 * mm), t]


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
    out: list[Any] = [para(w("sessions", lang), "h2")]
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
        out.append(para(w("meetings", lang), "h2"))
        mrows = [[w("meetings", lang), w("value", lang), w("share", lang)],
                 [para(w("meetings_booked", lang)), m["booked"], ""],
                 [para(w("meetings_held", lang)), m["held"], _pct(m["held"], m["booked"])]]
        mt = make_table(mrows, [width - 150, 75, 75], numeric_from=1)
        out.append(KeepTogether([mt]))
    return out


def build(fig: dict[str, Any], out: str | Path, lang: str = "de") -> Path:
    """Write the report for figures ``fig`` (from figures.compute) to ``out``."""
    lang = check_language(lang)
    out = Path(out)
    regular, _bold = pdffonts.register()
    st = styles()
    event = fig["event"]
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title=f"{w('report', lang)}: {event['title']}",
                            author="checkin", subject=w("report", lang), lang=lang)
    width = doc.width
    days = [date.fromisoformat(d) for d in event["days"]]
    when = " – ".join(long_date(d, lang) for d in (days[:1] + days[-1:] if len(days) > 1 else days))
    story: list[Any] = [
        para(w("report", lang), "sub"), para(event["title"], "h1"), para(event["venue"], "sub"),
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
        canvas.setFont(regular, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(doc_.leftMargin, 9 * mm, event["title"])
        canvas.drawRightString(A4[0] - doc_.rightMargin, 9 * mm, f"{w('page', lang)} {doc_.page}")
        canvas.restoreState()

    del st
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out
