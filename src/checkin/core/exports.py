"""Attendance export: one row per attendee with what happened at the venue, as XLSX or CSV.

The office gets its own list back, enriched: the original import columns (kept by the importer in
``Attendee.extra``) are written next to the attendance columns, unchanged but for formula neutralisation (and
ISO dates as date cells). Written by the one spreadsheet writer (``sheets``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import sheets
from .failures import Failure, Why
from .field_words import YES, correction_headers, label, shown_value
from .journal import Kind

if TYPE_CHECKING:
    from .store import EventStore

DIALECTS = sheets.DIALECTS
DIALECT_LANGUAGE = sheets.DIALECT_LANGUAGE

# Keys of ``extra`` that hold the original import row as a mapping (importers may nest it); anything else
# scalar in ``extra`` is an unmapped import column kept flat.
_NESTED_ORIGINAL = ("import_row", "original_row", "source_row", "original", "columns")
_PRIVATE_PREFIX = "_"

# Attendee columns by their stable key (the field name). Headings come from FIELD_LABELS in the export's
# language; the keys are listed on the workbook's key sheet and in docs/attendance-export.md.
BASE_FIELDS: tuple[str, ...] = (
    "id", "external_id", "salutation", "title", "first_name", "last_name", "organisation", "organisation_type",
    "position", "email", "phone", "country", "category", "status",
)


class ExportError(Failure):
    """The export cannot be written; the message is one line for the user."""


neutralise = sheets.neutralise
is_formula_like = sheets.is_formula_like


@dataclass
class Table:
    headers: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    # Header names that came from the organiser's own import file (for the summary).
    original_columns: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)  # stable machine key of each column


def _original_columns(extra: dict[str, Any]) -> dict[str, Any]:
    for key in _NESTED_ORIGINAL:
        nested = extra.get(key)
        if isinstance(nested, dict):
            return {str(k): v for k, v in nested.items() if not isinstance(v, (dict, list))}
    return {str(k): v for k, v in extra.items()
            if not k.startswith(_PRIVATE_PREFIX) and not isinstance(v, (dict, list))}


def _session_titles(store: EventStore) -> dict[int, tuple[str, str]]:
    lang = (store.event.languages or ["de"])[0]
    out = {}
    for sid, de, en, start in store.conn.execute("SELECT id, title_de, title_en, start FROM sessions"):
        title = (de if lang == "de" else en) or de or en
        out[int(sid)] = (start, title)
    return out


def build_table(store: EventStore, *, include_original: bool = True, lang: str = "en") -> Table:
    """The export as headers + rows of Python values (datetimes are venue-local and naive).

    ``lang`` ("de"/"en"): the headings and the words for category, status, walk-in; ``Table.keys`` holds the
    stable key of every column. Rows in the lists' alphabetical order (Ä with A, Ø with O).
    """
    from .reports.countries import country_name

    tz = store.tz
    days = [d.isoformat() for d in store.event.days()]
    arrivals: dict[tuple[int, str, str], tuple[str, str]] = {}
    points_seen: set[str] = set()
    for aid, day, point, at, station in store.conn.execute(
            "SELECT attendee_id, day, point, at, station_id FROM arrivals"):
        arrivals[(aid, day, point)] = (at, station)
        points_seen.add(point)
        if day not in days:
            days.append(day)  # an arrival outside the planned days still shows
    days.sort()
    configured = [p.get("name") for p in store.get_meta("points", []) or [] if isinstance(p, dict)]
    points = ["main"] + [p for p in configured if p and p != "main" and p in points_seen]
    points += sorted(points_seen - set(points))

    badges: dict[int, int] = defaultdict(int)
    sessions: dict[int, set[int]] = defaultdict(set)
    corrections: dict[int, dict[str, list[Any]]] = defaultdict(dict)  # field -> [original, corrected]
    kinds = (Kind.BADGE_PRINT.value, Kind.SESSION_ENTRY.value, Kind.CORRECTION.value)
    sql = ("SELECT kind, attendee_id, data FROM journal WHERE kind IN (?, ?, ?) AND attendee_id IS NOT NULL "
           "ORDER BY lamport, station_id, seq")
    for kind, aid, raw in store.conn.execute(sql, kinds):
        data = json.loads(raw or "{}")
        if kind == Kind.BADGE_PRINT:
            badges[aid] += 1
        elif kind == Kind.SESSION_ENTRY:
            try:
                sessions[aid].add(int(data.get("session_id")))
            except (TypeError, ValueError):
                continue
        else:
            new, old = data.get("fields") or {}, data.get("original") or {}
            for name, value in new.items():
                slot = corrections[aid].setdefault(name, [old.get(name), value])
                slot[1] = value  # the latest correction wins; the first original stays
    corrected_fields = sorted({f for per in corrections.values() for f in per})
    titles = _session_titles(store)

    people = list(store.iter_attendees(order="sort_key, id"))
    by_id = {a.id: a for a in people}
    originals: dict[int, dict[str, Any]] = {}
    original_headers: list[str] = []
    if include_original:
        seen: set[str] = set()
        for a in people:
            cols = _original_columns(a.extra or {})
            originals[a.id] = cols
            for name in cols:
                if name not in seen:
                    seen.add(name)
                    original_headers.append(name)

    keys = [*BASE_FIELDS, "walk_in", "replaces"]
    headers = [label(k, lang) for k in keys]
    for day in days:
        for point in points:
            suffix = f" {day}" if point == "main" else f" {day} ({point})"
            key_suffix = f"_{day}" if point == "main" else f"_{day}_{point}"
            headers += [f"{label('arrival', lang)}{suffix}", f"{label('desk', lang)}{suffix}"]
            keys += [f"arrival{key_suffix}", f"desk{key_suffix}"]
    for name in corrected_fields:
        headers += list(correction_headers(name, lang))
        keys += [f"{name}_original", f"{name}_corrected"]
    headers += [label("badges_printed", lang), label("sessions_attended", lang)]
    keys += ["badges_printed", "sessions_attended"]
    taken = set(headers)
    shown_original = [h if h not in taken else f"import: {h}" for h in original_headers]
    headers += shown_original
    keys += [f"import:{h}" for h in original_headers]

    table = Table(headers=headers, original_columns=shown_original, keys=keys)
    for a in people:
        row: list[Any] = [shown_value(key, getattr(a, key), lang) for key in BASE_FIELDS]
        if a.country:
            row[BASE_FIELDS.index("country")] = country_name(a.country, lang)
        replaced = by_id.get(a.replaces) if a.replaces else None
        row += [YES[lang] if a.walk_in else "", replaced.display_name if replaced else ""]
        for day in days:
            for point in points:
                hit = arrivals.get((a.id, day, point))
                if hit:
                    local = datetime.fromisoformat(hit[0]).astimezone(tz).replace(tzinfo=None, microsecond=0)
                    row += [local, hit[1]]
                else:
                    row += [None, ""]
        for name in corrected_fields:
            pair = corrections.get(a.id, {}).get(name)
            row += [pair[0], pair[1]] if pair else [None, None]
        attended = sorted(sessions.get(a.id, ()), key=lambda s: titles.get(s, ("", ""))[0])
        row += [badges.get(a.id, 0), "; ".join(titles.get(s, ("", f"#{s}"))[1] for s in attended)]
        cols = originals.get(a.id, {})
        # Dates the import file held as ISO text come back as real dates.
        row += [sheets.as_date_value(cols.get(name)) for name in original_headers]
        table.rows.append(row)
    return table


def _sheet(table: Table, lang: str) -> sheets.Sheet:
    return sheets.Sheet({"de": "Anwesenheit", "en": "Attendance"}[lang], table.headers, table.rows, table.keys)


@dataclass(frozen=True)
class ExportSummary:
    path: str
    format: str
    dialect: str | None
    rows: int
    columns: int
    original_columns: int
    neutralised_cells: int

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "format": self.format, "dialect": self.dialect, "rows": self.rows,
                "columns": self.columns, "original_columns": self.original_columns,
                "neutralised_cells": self.neutralised_cells}


def _count_formula_like(rows: Iterable[list[Any]]) -> int:
    return sum(1 for row in rows for v in row if is_formula_like(v))


def export_attendance(store: EventStore, out: str | Path, *, dialect: str = "excel-de",
                      include_original: bool = True,
                      progress: Callable[[str], None] | None = None) -> ExportSummary:
    """Write the attendance export; the format follows the file name (.xlsx or .csv).

    ``dialect``: the CSV encoding and separator, and for both formats the language of the correction column
    headings (excel-de: German, utf8: English).
    """
    from .roles import require

    require(store, "export", "exporting the attendance list")
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ExportError(f"{out.name}: the file name must end in .xlsx or .csv", Why.EXPORT_BAD_NAME, name=out.name)
    if dialect not in DIALECTS:
        raise ExportError(f"unknown dialect {dialect!r}; choose one of {', '.join(DIALECTS)}")
    if out.parent and not out.parent.exists():
        raise ExportError(f"folder {out.parent} does not exist", Why.EXPORT_NO_FOLDER, path=out.parent)
    lang = DIALECT_LANGUAGE[dialect]
    table = build_table(store, include_original=include_original, lang=lang)
    if progress:
        progress(f"{len(table.rows)} rows")
    sheet = _sheet(table, lang)
    try:
        if suffix == ".xlsx":
            sheets.write_atomic(out, lambda tmp: sheets.write_xlsx([sheet], tmp, lang))
        else:
            sheets.write_atomic(out, lambda tmp: sheets.write_csv(sheet, tmp, dialect))
    except sheets.SheetError as exc:
        raise ExportError(str(exc), Why.EXPORT_NOT_WRITTEN, detail=exc) from None
    return ExportSummary(
        path=str(out), format=suffix[1:], dialect=dialect if suffix == ".csv" else None, rows=len(table.rows),
        columns=len(table.headers), original_columns=len(table.original_columns),
        neutralised_cells=_count_formula_like(table.rows),
    )
