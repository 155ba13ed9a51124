"""The figures and the paper lists as one XLSX workbook for the organisers' office."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from ..store import EventStore
from . import lists
from .countries import country_name
from .words import check_language, w

BOLD = Font(bold=True)
HEAD = PatternFill("solid", fgColor="E8EEF5")


def _set(cell: Cell, value: Any) -> None:
    # A guest's name such as "=HYPERLINK(...)" must stay text: openpyxl would store any str starting
    # with "=" as a formula, so strings are typed explicitly (the text itself is kept unchanged).
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"


def _sheet(wb: Workbook, title: str, header: list[str], rows: list[list[Any]], widths: list[int] | None = None) -> None:
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


def build(store: EventStore, fig: dict[str, Any], out: str | Path, *, lang: str = "en", desks: int = 1,
          day: str | None = None) -> Path:
    lang = check_language(lang)
    out = Path(out)
    wb = Workbook()
    wb.remove(wb.active)
    summary = [[w(k, lang), fig[k]] for k in ("expected", "arrived", "arrived_expected", "no_shows", "substituted",
                                               "walk_ins", "cancelled", "cancelled_arrived", "countries_arrived",
                                               "double_admissions")]
    summary += [[f"{w('arrived', lang)} {d}", n] for d, n in fig["arrived_by_day"].items()]
    summary += [[w("meetings_booked", lang), fig["meetings"]["booked"]],
                [w("meetings_held", lang), fig["meetings"]["held"]]]
    _sheet(wb, w("totals", lang), [w("totals", lang), w("value", lang)], summary, [48, 12])
    for kind in ("by_category", "by_organisation_type", "by_country"):
        rows = []
        for key, v in fig[kind].items():
            label = country_name(key, lang) if kind == "by_country" else w(key, lang)
            rows.append([key, label, v["expected"], v["arrived"]])
        _sheet(wb, w(kind, lang), ["key", w(kind, lang), w("expected", lang).split(" (")[0], w("arrived", lang)],
               rows, [14, 34, 12, 12])
    curve = [[day_, row["start"], row["count"], row["cumulative"]]
             for day_, rows_ in fig["arrivals_per_15_min"].items() for row in rows_]
    _sheet(wb, w("curve", lang), ["day", w("time", lang), w("arrived", lang), "cumulative"], curve, [12, 8, 10, 12])
    desks_rows = [[name, d["admissions"], d["per_minute_busy"], d["per_minute_peak"], d["first"], d["last"]]
                  for name, d in fig["desk_throughput"].items()]
    _sheet(wb, w("desks", lang), [w("station", lang), w("admissions", lang), w("per_minute_busy", lang),
                                  w("per_minute_peak", lang), "first", "last"], desks_rows, [18, 10, 16, 16, 26, 26])
    sess = [[s["id"], s["day"], s["start"], s["end"], s["title"], s["room"], s["registered"], s["entered"],
             s["present"], s["capacity"]] for s in fig["sessions"]]
    _sheet(wb, w("sessions", lang), ["id", "day", "start", "end", w("session", lang), w("room", lang),
                                     w("registered", lang), w("entered", lang), "present", w("capacity", lang)],
           sess, [6, 12, 7, 7, 50, 24, 11, 11, 9, 9])
    parts = lists.split(lists.rows(store, day), desks)
    list_rows = [[p.desk, r.id, r.last_name, r.first_name, r.title, r.organisation, r.category, r.code_suffix,
                  r.arrived_at or ""] for p in parts for r in p.rows]
    _sheet(wb, w("lists", lang)[:31], [w("desk", lang), "id", "last_name", "first_name", "title",
                                       w("organisation", lang), w("category", lang), w("code", lang),
                                       w("arrived_col", lang) + (f" {date.fromisoformat(day):%d.%m.}" if day else "")],
           list_rows, [7, 7, 24, 20, 10, 44, 12, 10, 10])
    wb.save(out)
    return out
