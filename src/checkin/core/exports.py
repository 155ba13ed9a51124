"""Attendance export: one row per attendee with what happened at the venue, as XLSX or CSV.

The office gets its own list back, enriched: the original import columns (kept by the importer in
``Attendee.extra``) are written next to the attendance columns, unchanged but for formula neutralisation.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .journal import Kind

if TYPE_CHECKING:
    from .store import EventStore

DIALECTS = ("excel-de", "utf8")

# A spreadsheet executes a cell starting with one of these as a formula (or DDE command).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# Keys of ``extra`` that hold the original import row as a mapping (importers may nest it); anything else
# scalar in ``extra`` is an unmapped import column kept flat.
_NESTED_ORIGINAL = ("import_row", "original_row", "source_row", "original", "columns")
_PRIVATE_PREFIX = "_"

BASE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "Checkin ID"), ("external_id", "External ID"), ("salutation", "Salutation"), ("title", "Title"),
    ("first_name", "First name"), ("last_name", "Last name"), ("organisation", "Organisation"),
    ("email", "Email"), ("category", "Category"), ("status", "Status"),
)


# Correction columns: "<field> (original)" and "<field> (corrected)", the field under the name a user knows.
# excel-de writes German headings, utf8 English ones. These headings are a contract (documented in
# docs/attendance-export.md; the importer skips them when an export comes back): do not rename them.
FIELD_LABELS: dict[str, tuple[str, str]] = {  # field -> (German, English)
    "external_id": ("Externe ID", "External ID"), "salutation": ("Anrede", "Salutation"),
    "title": ("Titel", "Title"), "first_name": ("Vorname", "First name"), "last_name": ("Nachname", "Last name"),
    "organisation": ("Organisation", "Organisation"),
    "organisation_type": ("Art der Organisation", "Organisation type"), "position": ("Funktion", "Position"),
    "email": ("E-Mail", "Email"), "phone": ("Telefon", "Phone"), "country": ("Land", "Country"),
    "language": ("Sprache", "Language"), "category": ("Kategorie", "Category"), "status": ("Status", "Status"),
    "registered_for": ("Angemeldet für", "Registered for"), "attention": ("Besonders beachten", "Attention"),
    "desk_note": ("Hinweis für den Schalter", "Desk note"), "companion_of": ("Begleitung von", "Companion of"),
    "code": ("Code", "Code"), "walk_in": ("Ohne Anmeldung", "Walk-in"), "replaces": ("Vertritt", "Replaces"),
}
CORRECTION_SUFFIX = {"de": ("original", "korrigiert"), "en": ("original", "corrected")}
DIALECT_LANGUAGE = {"excel-de": "de", "utf8": "en"}


def correction_headers(field_name: str, lang: str) -> tuple[str, str]:
    """The two headings of a corrected field, e.g. ("Nachname (original)", "Nachname (korrigiert)")."""
    names = FIELD_LABELS.get(field_name)
    label = (names[0] if lang == "de" else names[1]) if names else field_name
    original, corrected = CORRECTION_SUFFIX[lang]
    return f"{label} ({original})", f"{label} ({corrected})"


class ExportError(Exception):
    """The export cannot be written; the message is one line for the user."""


def neutralise(value: Any) -> Any:
    """Text a spreadsheet would run as a formula gets a leading apostrophe (CSV: the usual defence)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def is_formula_like(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(_FORMULA_START)


@dataclass
class Table:
    headers: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    # Header names that came from the organiser's own import file (for the summary).
    original_columns: list[str] = field(default_factory=list)


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

    ``lang`` ("de"/"en") names the correction columns; the other headings are fixed English.
    """
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

    people = list(store.iter_attendees(order="last_name COLLATE NOCASE, first_name COLLATE NOCASE, id"))
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

    headers = [label for _, label in BASE_COLUMNS] + ["Walk-in", "Replaces"]
    for day in days:
        for point in points:
            suffix = f" {day}" if point == "main" else f" {day} ({point})"
            headers += [f"Arrival{suffix}", f"Desk{suffix}"]
    for name in corrected_fields:
        headers += list(correction_headers(name, lang))
    headers += ["Badges printed", "Sessions attended"]
    taken = set(headers)
    shown_original = [h if h not in taken else f"import: {h}" for h in original_headers]
    headers += shown_original

    table = Table(headers=headers, original_columns=shown_original)
    for a in people:
        row: list[Any] = [getattr(a, key) for key, _ in BASE_COLUMNS]
        replaced = by_id.get(a.replaces) if a.replaces else None
        row += ["yes" if a.walk_in else "", replaced.display_name if replaced else ""]
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
        row += [cols.get(name) for name in original_headers]
        table.rows.append(row)
    return table


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, bool):
        return "yes" if value else ""
    return str(neutralise(value) if isinstance(value, str) else value)


def write_csv(table: Table, out: Path, dialect: str = "excel-de") -> None:
    if dialect not in DIALECTS:
        raise ExportError(f"unknown dialect {dialect!r}; choose one of {', '.join(DIALECTS)}")
    # excel-de: German Excel opens a double-clicked CSV as cp1252 unless it starts with a BOM, and splits on ';'.
    encoding, delimiter = ("utf-8-sig", ";") if dialect == "excel-de" else ("utf-8", ",")
    with open(out, "w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow([_csv_text(h) for h in table.headers])
        for row in table.rows:
            writer.writerow([_csv_text(v) for v in row])


def write_xlsx(table: Table, out: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=False)
    ws = wb.active
    ws.title = "Attendance"
    ws.append([str(h) for h in table.headers])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        _as_text(cell, cell.value)
    for r, row in enumerate(table.rows, start=2):
        for c, value in enumerate(row, start=1):
            if value is None or value == "":
                continue
            cell = ws.cell(row=r, column=c)
            if isinstance(value, datetime):
                cell.value = value
                cell.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                cell.value = value
            else:
                _as_text(cell, str(value))
    ws.freeze_panes = "A2"
    for c, header in enumerate(table.headers, start=1):
        ws.column_dimensions[get_column_letter(c)].width = min(40, max(10, len(str(header)) + 2))
    wb.save(out)


def _as_text(cell: Any, text: str) -> None:
    """Store a string as a string: openpyxl would turn '=...' into a formula.

    The quote prefix style makes Excel keep it as text even when someone edits the cell, so the guest's
    name stays exactly as written (no apostrophe inside the value).
    """
    cell.value = text
    cell.data_type = "s"
    if is_formula_like(text):
        cell.quotePrefix = True


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
        raise ExportError(f"{out.name}: the file name must end in .xlsx or .csv")
    if dialect not in DIALECTS:
        raise ExportError(f"unknown dialect {dialect!r}; choose one of {', '.join(DIALECTS)}")
    if out.parent and not out.parent.exists():
        raise ExportError(f"folder {out.parent} does not exist")
    table = build_table(store, include_original=include_original, lang=DIALECT_LANGUAGE[dialect])
    if progress:
        progress(f"{len(table.rows)} rows")
    tmp = out.with_name(out.name + ".part")
    try:
        if suffix == ".xlsx":
            write_xlsx(table, tmp)
        else:
            write_csv(table, tmp, dialect)
        tmp.replace(out)  # never leave a half-written file under the real name
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from None
    return ExportSummary(
        path=str(out), format=suffix[1:], dialect=dialect if suffix == ".csv" else None, rows=len(table.rows),
        columns=len(table.headers), original_columns=len(table.original_columns),
        neutralised_cells=_count_formula_like(table.rows),
    )
