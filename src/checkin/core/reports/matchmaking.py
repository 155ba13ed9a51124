"""Matchmaking in the post-event report and the figures workbook (issue 23): meetings planned / held / no-show /
rematched per slot and per country.

Planned are the meetings booked before the day; rematched the ones the matchmaking desk booked on the day.
Held and no-show are the states at the report's time (see core/matchmaking/states.py), so after the event a
meeting whose partner never came counts as a no-show. A meeting counts once for each country among its
participants (a German-Polish meeting is in both rows).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ..sheets import Sheet
from .countries import country_name
from .words import w

if TYPE_CHECKING:
    from ..store import EventStore

COLUMNS = ("planned", "held", "no_show", "rematched")
WORDS: Mapping[str, dict[str, str]] = MappingProxyType({
    "title": {"de": "Matchmaking vor Ort", "en": "Matchmaking on the day"},
    "by_slot": {"de": "Matchmaking je Zeitfenster", "en": "Matchmaking per slot"},
    "by_country": {"de": "Matchmaking je Land", "en": "Matchmaking per country"},
    "slot": {"de": "Zeitfenster", "en": "Slot"},
    "country": {"de": "Land", "en": "Country"},
    "planned": {"de": "Geplant", "en": "Planned"},
    "held": {"de": "Stattgefunden", "en": "Held"},
    "no_show": {"de": "Nicht erschienen", "en": "No-show"},
    "rematched": {"de": "Neu vermittelt", "en": "Rematched"},
    "total": {"de": "Summe", "en": "Total"},
    "note": {"de": "Stattgefunden: am Matchmaking-Tisch markiert oder beide gescannt. Neu vermittelt: vor Ort "
                   "gebuchte Ersatztermine.",
             "en": "Held: marked at the matchmaking desk or both scanned. Rematched: meetings booked on the day "
                   "for a guest whose partner did not come."},
})


def _slot_time(key: str) -> datetime | str:
    """A slot as a real date-time cell (sortable, filterable by day), not the text "2026-12-04 14:00"."""
    try:
        return datetime.fromisoformat(key)
    except ValueError:
        return key


def _country(key: str, lang: str) -> str:
    """A country's name; a guest without one counts as "unbekannt" in German, as in the other breakdowns."""
    return w("unknown", lang) if key == "unknown" else country_name(key, lang)


def word(key: str, lang: str) -> str:
    return WORDS[key]["de" if lang == "de" else "en"]


def _row() -> dict[str, int]:
    return dict.fromkeys(COLUMNS, 0)


def compute(store: EventStore, now: datetime | None = None) -> dict[str, Any]:
    """{"by_slot": {"YYYY-MM-DD HH:MM": row}, "by_country": {"DE": row}, "total": row}; rows hold COLUMNS."""
    from ..matchmaking import HELD, NO_SHOW, board

    countries = dict(store.conn.execute(
        "SELECT DISTINCT a.id, a.country FROM attendees a JOIN meeting_participants p ON p.attendee_id = a.id"))
    by_slot: dict[str, dict[str, int]] = {}
    by_country: dict[str, dict[str, int]] = {}
    total = _row()
    for s in board(store, at=now):
        keys = ["rematched" if s.rematch_for is not None else "planned"]
        if s.state in (HELD, NO_SHOW):
            keys.append(s.state)
        rows = [total, by_slot.setdefault(f"{s.start:%Y-%m-%d %H:%M}", _row())]
        for c in sorted({countries.get(p.id) or "unknown" for p in s.participants}):
            rows.append(by_country.setdefault(c, _row()))
        for row in rows:
            for key in keys:
                row[key] += 1
    return {"by_slot": dict(sorted(by_slot.items())),
            "by_country": dict(sorted(by_country.items(), key=lambda kv: (-kv[1]["planned"], kv[0]))),
            "total": total}


def _label(key: str, lang: str) -> str:
    return word("total", lang) if key == "total" else key


def pdf_tables(fig: dict[str, Any], lang: str, width: float) -> list[Any]:
    """The report's matchmaking section (nothing if the event had no meetings)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, Spacer

    from .pdfstyle import para
    from .pdfstyle import table as make_table

    mm_fig = fig.get("matchmaking_day")
    if not mm_fig or not (mm_fig["total"]["planned"] or mm_fig["total"]["rematched"]):
        return []
    head = [word(c, lang) for c in COLUMNS]
    out: list[Any] = [CondPageBreak(60 * mm), para(word("title", lang), "h2"), para(word("note", lang), "small"),
                      Spacer(1, 2 * mm)]
    for kind, label in (("by_slot", "slot"), ("by_country", "country")):
        rows = [[word(label, lang), *head]]
        for key, row in mm_fig[kind].items():
            name = _country(key, lang) if kind == "by_country" else key
            rows.append([para(name), *(row[c] for c in COLUMNS)])
        rows.append([para(word("total", lang), "cell_bold"), *(mm_fig["total"][c] for c in COLUMNS)])
        out += [para(word(kind, lang), "cell_bold"),
                make_table(rows, [width - 4 * 75, 75, 75, 75, 75], numeric_from=1), Spacer(1, 4 * mm)]
    return out


def xlsx_sheets(fig: dict[str, Any], lang: str) -> list[Sheet]:
    """Two sheets, per slot and per country (none if the event had no meetings)."""
    mm_fig = fig.get("matchmaking_day")
    if not mm_fig or not (mm_fig["total"]["planned"] or mm_fig["total"]["rematched"]):
        return []
    head = [word(c, lang) for c in COLUMNS]
    slots = [[_slot_time(k), *(r[c] for c in COLUMNS)] for k, r in mm_fig["by_slot"].items()]
    countries = [[k, _country(k, lang), *(r[c] for c in COLUMNS)]
                 for k, r in mm_fig["by_country"].items()]
    return [
        Sheet(word("by_slot", lang), [word("slot", lang), *head],
              [*slots, [word("total", lang), *(mm_fig["total"][c] for c in COLUMNS)]], ["slot", *COLUMNS]),
        Sheet(word("by_country", lang), [w("col_key", lang), word("country", lang), *head], countries,
              ["country_code", "country", *COLUMNS]),
    ]
