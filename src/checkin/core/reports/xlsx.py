"""The figures and the paper lists as one XLSX workbook for the organisers' office."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..store import EventStore
from . import figures, lists
from .countries import country_name
from .matchmaking import xlsx_sheets as matchmaking_sheets
from .words import TOTAL_ROWS, check_language, long_date, total_label, w

BOLD = Font(bold=True)
HEAD = PatternFill("solid", fgColor="E8EEF5")


def _set(cell: Cell, value: Any) -> None:
    # A guest's name such as "=HYPERLINK(...)" must stay text: openpyxl would store any str starting
    # with "=" as a formula, so strings are typed explicitly (the text itself is kept unchanged).
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"


def _sheet(wb: Workbook, title: str, header: list[str], rows: list[list[Any]],
           widths: list[int] | None = None) -> Worksheet:
    ws = wb.create_sheet(title[:31])
    for c, text in enumerate(header, start=1):
        cell = ws.cell(row=1, column=c)
        _set(cell, text)
        cell.font, cell.fill = BOLD, HEAD
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            _set(ws.cell(row=r, column=c), value)
    ws.freeze_panes = "A2"
    for c, width in enumerate(widths or [], start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    return ws


def _local(iso: str) -> datetime:
    # Excel has no time zones: venue local time as a plain date-time cell.
    return datetime.fromisoformat(iso).replace(tzinfo=None)


def build(store: EventStore, fig: dict[str, Any], out: str | Path, *, lang: str = "en", desks: int = 1,
          day: str | None = None) -> Path:
    """The workbook: every heading in ``lang`` (the same words as the PDF report), no internal field names."""
    lang = check_language(lang)
    out = Path(out)
    wb = Workbook()
    wb.remove(wb.active)
    summary: list[list[Any]] = []
    for key, share, sub in TOTAL_ROWS:
        label = total_label(key, lang)
        summary.append([f"– {label}" if sub else label, fig[key],
                        fig[key] / fig["expected"] if share and fig["expected"] else None])
        if key == "no_shows":
            summary.append([w("arrival_rate_total", lang), None, fig["arrival_rate"]])
    summary += [[f"{w('arrived', lang)}: {long_date(date.fromisoformat(d), lang)}", n, None]
                for d, n in fig["arrived_by_day"].items()]
    summary += [[w("meetings_booked", lang), fig["meetings"]["booked"], None],
                [w("meetings_held", lang), fig["meetings"]["held"],
                 fig["meetings"]["held"] / fig["meetings"]["booked"] if fig["meetings"]["booked"] else None]]
    ws = _sheet(wb, w("totals", lang), [w("totals", lang), w("value", lang), w("share", lang)], summary,
                [56, 12, 10])
    _percent(ws, 3)
    for kind in ("by_category", "by_organisation_type", "by_country"):
        rows = []
        for key, v in fig[kind].items():
            label = country_name(key, lang) if kind == "by_country" else w(key, lang)
            rows.append([key, label, v["expected"], v["arrived"], v["no_shows"], v["walk_ins"],
                         figures.show_up_rate(v["expected"], v["no_shows"])])
        ws = _sheet(wb, w(kind, lang), [w("col_key", lang), w(kind, lang), w("expected_short", lang),
                                        w("arrived", lang), w("no_shows", lang), w("walk_ins_short", lang),
                                        w("arrival_rate", lang)], rows, [10, 34, 11, 11, 14, 11, 12])
        _percent(ws, 7)
    curve = [[date.fromisoformat(day_), row["start"], row["count"], row["cumulative"]]
             for day_, rows_ in fig["arrivals_per_15_min"].items() for row in rows_]
    ws = _sheet(wb, w("curve", lang), [w("col_day", lang), w("time", lang), w("col_arrivals", lang),
                                       w("col_cumulative", lang)], curve, [12, 8, 10, 18])
    _dates(ws, 1, "dd.mm.yyyy" if lang == "de" else "yyyy-mm-dd")
    desks_rows = [[name, d["admissions"], d["per_minute_busy"], d["per_minute_peak"], _local(d["first"]),
                   _local(d["last"])] for name, d in fig["desk_throughput"].items()]
    ws = _sheet(wb, w("desks", lang), [w("station", lang), w("admissions", lang), w("per_minute_busy", lang),
                                       w("per_minute_peak", lang), w("col_first", lang), w("col_last", lang)],
                desks_rows, [18, 10, 16, 16, 18, 18])
    for col in (5, 6):
        _dates(ws, col, "dd.mm.yyyy hh:mm" if lang == "de" else "yyyy-mm-dd hh:mm")
    sess = [[s["id"], date.fromisoformat(s["day"]), s["start"], s["end"], s["title"], s["room"], s["registered"],
             s["entered"], s["present"], s["capacity"]] for s in fig["sessions"]]
    ws = _sheet(wb, w("sessions", lang), [w("col_id", lang), w("col_day", lang), w("col_start", lang),
                                          w("col_end", lang), w("session", lang), w("room", lang),
                                          w("registered", lang), w("entered", lang), w("col_present", lang),
                                          w("capacity", lang)], sess, [6, 12, 7, 7, 50, 24, 11, 11, 12, 9])
    _dates(ws, 2, "dd.mm.yyyy" if lang == "de" else "yyyy-mm-dd")
    matchmaking_sheets(wb, fig, lang)  # issue 23
    parts = lists.split(lists.rows(store, day), desks)
    list_rows = [[p.desk, r.id, r.last_name, r.first_name, r.title, r.organisation, r.category, r.code_suffix,
                  r.arrived_at or ""] for p in parts for r in p.rows]
    _sheet(wb, w("lists", lang)[:31], [w("desk", lang), w("col_id", lang), w("col_last_name", lang),
                                       w("col_first_name", lang), w("col_title", lang), w("organisation", lang),
                                       w("category", lang), w("code", lang),
                                       w("arrived_col", lang) + (f" {date.fromisoformat(day):%d.%m.}" if day else "")],
           list_rows, [8, 7, 24, 20, 10, 44, 12, 10, 10])
    wb.save(out)
    return out


def _percent(ws: Worksheet, col: int) -> None:
    for (cell,) in ws.iter_rows(min_row=2, min_col=col, max_col=col):
        cell.number_format = "0%"


def _dates(ws: Worksheet, col: int, fmt: str) -> None:
    for (cell,) in ws.iter_rows(min_row=2, min_col=col, max_col=col):
        cell.number_format = fmt
