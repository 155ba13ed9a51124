"""The one spreadsheet writer: every CSV and XLSX the app writes (attendance export, figures, mail merge, audit).

What it guarantees, whatever a guest's row holds:
- the dialect's encoding: ``excel-de`` is UTF-8 *with* a BOM and ';' (LibreOffice and Excel on a German system
  read "Jürgen Weiß" on double-click), ``utf8`` is plain UTF-8 with ',' for scripts;
- no formulas: a cell starting with = + - @ tab or CR stays text (CSV: a leading apostrophe; XLSX: a text cell
  with Excel's quote prefix, the value unchanged);
- characters a format cannot hold (control characters such as a stray BEL) are replaced by a visible U+FFFD,
  never fatal;
- real dates and times (date-time cells in XLSX; in CSV ISO 8601 "2026-03-15T09:30:00", which LibreOffice's
  default import reads as a date-time);
- XLSX: bold frozen header, autofilter, column widths from the content, and a sheet with the stable column keys
  for machines (headings are in the export's language, the keys never change).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from types import MappingProxyType
from typing import Any

DIALECTS = ("excel-de", "utf8")
DIALECT_LANGUAGE = MappingProxyType({"excel-de": "de", "utf8": "en"})

# A spreadsheet executes a cell starting with one of these as a formula (or DDE command).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
REPLACEMENT = "\ufffd"
# What XML 1.0 (so XLSX) cannot hold, and what a CSV reader would choke on or hide: C0 controls but tab and
# newline, and the non-characters U+FFFE/U+FFFF.
_UNFIT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?")

KEYS_SHEET = MappingProxyType({"de": "Spaltenschlüssel", "en": "Column keys"})
KEYS_HEAD = MappingProxyType({"de": ("Spalte", "Überschrift", "Schlüssel"), "en": ("Column", "Heading", "Key")})
_DATE_FORMAT = MappingProxyType({"de": "dd.mm.yyyy", "en": "yyyy-mm-dd"})
_DATETIME_FORMAT = MappingProxyType({"de": "dd.mm.yyyy hh:mm", "en": "yyyy-mm-dd hh:mm"})
_MAX_WIDTH = 60


class SheetError(Exception):
    """The file cannot be written; one line for the user."""


@dataclass
class Sheet:
    name: str
    headers: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    keys: list[str] | None = None  # stable machine names of the columns (listed on the key sheet)
    number_formats: dict[int, str] = field(default_factory=dict)  # column index -> XLSX number format
    min_widths: dict[int, int] = field(default_factory=dict)  # column index -> at least this many characters


def clean(text: str) -> str:
    """The text with characters no spreadsheet format can hold replaced by a visible U+FFFD."""
    return _UNFIT.sub(REPLACEMENT, text)


def is_formula_like(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_START)


def neutralise(value: Any) -> Any:
    """Text a spreadsheet would run as a formula gets a leading apostrophe (CSV: the usual defence)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def as_date_value(value: Any) -> Any:
    """An ISO date or date-time string (as import files carry them) as a real date/datetime; else unchanged."""
    if not isinstance(value, str) or len(value) < 10 or not value[:4].isdigit():
        return value
    text = value.strip()
    try:
        if _ISO_DATE.fullmatch(text):
            return date.fromisoformat(text)
        if _ISO_DATETIME.fullmatch(text):
            return datetime.fromisoformat(text)
    except ValueError:
        return value
    return value


def csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else ""
    if isinstance(value, datetime):
        # ISO 8601 with "T" and seconds: the one date-time form LibreOffice's default CSV import (special
        # numbers not detected) still reads as a date-time, in any locale.
        return value.replace(tzinfo=None, microsecond=0).isoformat(timespec="seconds")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, int):
        return str(value)
    return str(neutralise(clean(str(value))))


def check_dialect(dialect: str) -> str:
    if dialect not in DIALECTS:
        raise SheetError(f"unknown dialect {dialect!r}; choose one of {', '.join(DIALECTS)}")
    return dialect


def write_csv(sheet: Sheet, out: str | Path, dialect: str = "excel-de") -> None:
    check_dialect(dialect)
    # excel-de: a double-clicked CSV is read in the system's 8-bit code page unless it starts with a BOM.
    encoding, delimiter = ("utf-8-sig", ";") if dialect == "excel-de" else ("utf-8", ",")
    with open(out, "w", encoding=encoding, newline="") as fh:
        # Every field quoted: LibreOffice's default import splits at ',', ';' and tab alike, so an organisation
        # "Ministerium für Wirtschaft, Arbeit und …" must be quoted even in a ';' file. Quoted numbers and
        # dates are still read as numbers and dates.
        writer = csv.writer(fh, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
        writer.writerow([csv_text(h) for h in sheet.headers])
        for row in sheet.rows:
            writer.writerow([csv_text(v) for v in row])


def write_xlsx(sheets: Sequence[Sheet], out: str | Path, lang: str = "en") -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    keyed: list[tuple[str, str, str]] = []
    for sheet in sheets:
        ws = wb.create_sheet(_sheet_title(sheet.name, wb.sheetnames))
        _fill(ws, sheet, lang)
        if sheet.keys:
            keyed += [(ws.title, h, k) for h, k in zip(sheet.headers, sheet.keys, strict=True)]
    if keyed:
        head = KEYS_HEAD[lang]
        keys = Sheet(KEYS_SHEET[lang], list(head), [list(k) for k in keyed])
        _fill(wb.create_sheet(KEYS_SHEET[lang]), keys, lang)
    wb.save(out)


def _sheet_title(name: str, taken: list[str]) -> str:
    title = re.sub(r"[\[\]:*?/\\]", "-", clean(name))[:31] or "Sheet"
    n = 2
    while title in taken:
        title = f"{title[:28]} {n}"
        n += 1
    return title


def _fill(ws: Any, sheet: Sheet, lang: str) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    head_font, head_fill = Font(bold=True), PatternFill("solid", fgColor="E8EEF5")
    widths = [max(len(str(h)), sheet.min_widths.get(i, 0)) for i, h in enumerate(sheet.headers)]
    for c, text in enumerate(sheet.headers, start=1):
        cell = ws.cell(row=1, column=c)
        _set(cell, str(text), lang)
        cell.font, cell.fill = head_font, head_fill
        cell.alignment = Alignment(wrap_text=False, vertical="top")
    for r, row in enumerate(sheet.rows, start=2):
        for c, value in enumerate(row, start=1):
            if value is None or value == "":
                continue
            cell = ws.cell(row=r, column=c)
            _set(cell, value, lang)
            fmt = sheet.number_formats.get(c - 1)
            if fmt:
                cell.number_format = fmt
            if r < 1000 and c - 1 < len(widths):  # widths from the first rows: enough, and fast on big lists
                widths[c - 1] = max(widths[c - 1], _shown_width(value))
    ws.freeze_panes = "A2"
    if sheet.headers:
        last = get_column_letter(len(sheet.headers))
        ws.auto_filter.ref = f"A1:{last}{max(1, len(sheet.rows) + 1)}"
    for i, width in enumerate(widths, start=1):
        # +3: room for the autofilter's drop-down button next to the heading
        ws.column_dimensions[get_column_letter(i)].width = min(_MAX_WIDTH, max(6, width + 3))


def _shown_width(value: Any) -> int:
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    if isinstance(value, float):
        return 8
    return len(str(value))


def _set(cell: Any, value: Any, lang: str) -> None:
    if isinstance(value, bool):
        cell.value = value
    elif isinstance(value, datetime):
        cell.value = value.replace(tzinfo=None)  # spreadsheets have no time zones: venue local time
        cell.number_format = _DATETIME_FORMAT[lang]
    elif isinstance(value, date):
        cell.value = value
        cell.number_format = _DATE_FORMAT[lang]
    elif isinstance(value, (int, float)):
        cell.value = value
    else:
        text = clean(str(value))
        # openpyxl would store a str starting with "=" as a formula: the type is set explicitly, and the quote
        # prefix keeps Excel from turning it into one when someone edits the cell.
        cell.value = text
        cell.data_type = "s"
        if is_formula_like(text):
            cell.quotePrefix = True


def write_atomic(out: str | Path, writer: Any) -> None:
    """Write via ``NAME.part`` and rename, so a failed write never leaves a half file under the real name."""
    out = Path(out)
    tmp = out.with_name(out.name + ".part")
    try:
        writer(tmp)
        tmp.replace(out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise SheetError(f"cannot write {out}: {exc.strerror or exc}") from None
