"""XLSX / XLSM / XLS / ODS through python-calamine (fast, reads all of them; openpyxl would be ~10x slower).

Cells become text the way the user sees them: whole numbers without ".0" (phone numbers, postcodes), with the
leading zeros and text an XLSX number format adds (``excel_formats``), dates as ISO 8601, booleans as "1"/"0".
"""

from __future__ import annotations

import math
import unicodedata
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from ..failures import Why
from .table import ImportFailed, Table


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value if value.isascii() or unicodedata.is_normalized("NFC", value) else unicodedata.normalize(
            "NFC", value)
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, timedelta):  # a duration or a time of day without date
        minutes = int(value.total_seconds() // 60)
        return f"{minutes // 60:02d}:{minutes % 60:02d}"
    return str(value)


def read_workbook(path: Path, fmt: str) -> list[tuple[str, list[list[str]]]]:
    """Every sheet as (name, rows of text); row i is spreadsheet row i + 1."""
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # CalamineError, ZipError, XmlError ...: the file is damaged or not a workbook
        raise ImportFailed(f"{path.name} cannot be read as an {fmt.upper()} workbook ({_short(exc)})",
                           Why.IMPORT_BROKEN_WORKBOOK, name=path.name) from None
    sheets: list[tuple[str, list[list[str]]]] = []
    try:
        for name in workbook.sheet_names:
            try:
                raw = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
            except Exception as exc:
                raise ImportFailed(f"sheet {name!r} in {path.name} cannot be read ({_short(exc)})",
                                   Why.IMPORT_SHEET_UNREADABLE, sheet=name) from None
            sheets.append((name, [[cell_text(v) for v in row] for row in raw]))
    finally:
        try:
            workbook.close()
        except Exception:
            pass
    if fmt in ("xlsx", "ods"):
        from .excel_formats import formatted_numbers, ods_formatted_numbers

        shown = formatted_numbers(path) if fmt == "xlsx" else ods_formatted_numbers(path)
        for name, rows in sheets:
            for (r, c), text in shown.get(name, {}).items():
                if r < len(rows) and c < len(rows[r]):
                    rows[r][c] = text
    return sheets


def _short(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:120]


def sheet_table(name: str, rows: list[list[str]], fmt: str, source: str, all_names: list[str]) -> Table:
    return Table(rows=rows, row_numbers=list(range(1, len(rows) + 1)), source=source, format=fmt, sheet=name,
                 sheets=all_names)
