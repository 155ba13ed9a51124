"""The figures and the paper lists as one XLSX workbook for the organisers' office."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..sheets import Sheet, write_xlsx
from ..store import EventStore
from . import figures, lists
from .countries import country_name
from .matchmaking import xlsx_sheets as matchmaking_sheets
from .words import TOTAL_ROWS, check_language, long_date, total_label, w

DAY = MappingProxyType({"de": "dd.mm.yyyy", "en": "yyyy-mm-dd"})
DAY_TIME = MappingProxyType({"de": "dd.mm.yyyy hh:mm", "en": "yyyy-mm-dd hh:mm"})


def _local(iso: str) -> datetime:
    # Excel has no time zones: venue local time as a plain date-time cell.
    return datetime.fromisoformat(iso).replace(tzinfo=None)


def build(store: EventStore, fig: dict[str, Any], out: str | Path, *, lang: str = "en", desks: int = 1,
          day: str | None = None) -> Path:
    """The workbook: every heading in ``lang`` (the same words as the PDF report), no internal field names;
    written by the one spreadsheet writer (frozen header, autofilter, widths, key sheet, no formulas)."""
    lang = check_language(lang)
    out = Path(out)
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
    out_sheets = [Sheet(w("totals", lang), [w("totals", lang), w("value", lang), w("share", lang)], summary,
                        ["figure", "value", "share"], {2: "0%"}, {0: 50})]
    for kind in ("by_category", "by_organisation_type", "by_country"):
        rows = []
        for key, v in fig[kind].items():
            label = country_name(key, lang) if kind == "by_country" else w(key, lang)
            rows.append([key, label, v["expected"], v["from_list"], v["no_shows"], v["others"], v["admitted"],
                         figures.show_up_rate(v["expected"], v["no_shows"])])
        out_sheets.append(Sheet(
            w(kind, lang), [w("col_key", lang), w(kind, lang), w("expected_short", lang), w("from_list", lang),
                            w("not_arrived", lang), w("others_admitted", lang), w("admitted", lang),
                            w("arrival_rate", lang)], rows,
            ["key", "label", "expected", "from_list", "not_arrived", "walk_ins_and_others", "admitted", "rate"],
            {7: "0%"}))
    curve = [[date.fromisoformat(day_), row["start"], row["count"], row["cumulative"]]
             for day_, rows_ in fig["arrivals_per_15_min"].items() for row in rows_]
    out_sheets.append(Sheet(w("curve", lang), [w("col_day", lang), w("time", lang), w("col_arrivals", lang),
                                               w("col_cumulative", lang)], curve,
                            ["day", "time", "arrivals", "cumulative"], {0: DAY[lang]}))
    desks_rows = [[name, d["admissions"], d["per_minute_busy"], d["per_minute_peak"], _local(d["first"]),
                   _local(d["last"])] for name, d in fig["desk_throughput"].items()]
    out_sheets.append(Sheet(w("desks", lang), [w("station", lang), w("admissions", lang), w("per_minute_busy", lang),
                                               w("per_minute_peak", lang), w("col_first", lang), w("col_last", lang)],
                            desks_rows, ["station", "admissions", "per_minute_busy", "per_minute_peak", "first", "last"],
                            {4: DAY_TIME[lang], 5: DAY_TIME[lang]}))
    sess = [[s["id"], date.fromisoformat(s["day"]), s["start"], s["end"], s["title"], s["room"], s["registered"],
             s["entered"], s["present"], s["capacity"]] for s in fig["sessions"]]
    out_sheets.append(Sheet(w("sessions", lang), [w("col_id", lang), w("col_day", lang), w("col_start", lang),
                                                  w("col_end", lang), w("session", lang), w("room", lang),
                                                  w("registered", lang), w("entered", lang), w("col_present", lang),
                                                  w("capacity", lang)], sess,
                            ["id", "day", "start", "end", "title", "room", "registered", "entered", "present",
                             "capacity"], {1: DAY[lang]}))
    parts = lists.split(lists.rows(store, day), desks)
    list_rows = [[p.desk, r.id, r.last_name, r.first_name, r.title, r.organisation, lists.category_word(r.category, lang),
                  r.code_suffix, r.arrived_at or ""] for p in parts for r in p.rows]
    out_sheets.append(Sheet(w("lists", lang), [w("desk", lang), w("col_id", lang), w("col_last_name", lang),
                                               w("col_first_name", lang), w("col_title", lang),
                                               w("organisation", lang), w("category", lang), w("code", lang),
                                               w("arrived_col", lang)
                                               + (f" {date.fromisoformat(day):%d.%m.}" if day else "")],
                            list_rows, ["desk", "id", "last_name", "first_name", "title", "organisation", "category",
                                        "code_end", "arrived_at"]))
    out_sheets += matchmaking_sheets(fig, lang)  # issue 23
    write_xlsx(out_sheets, out, lang)
    return out
