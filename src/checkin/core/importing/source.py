"""Opening a file as a table: format by content, the sheet that holds the table, the header row, the mapping."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..failures import Why
from . import headers as H
from .content import looks_like_data, recognise
from .names import names_unrelated
from .sandbox import read_tables_isolated
from .sheets import read_workbook, sheet_table
from .table import ImportFailed, Table
from .textfiles import read_text_table

MAX_LINE = 1024 * 1024
MAX_CELLS = 5_000_000  # a 50,000-row list of 30 columns is 1.5 million
MAX_BYTES = 64 * 1024 * 1024  # a 50,000-row list is ~8 MB of CSV


@dataclass
class DataRow:
    number: int  # row number as the user sees it in the source
    cells: list[str]
    sheet: str = ""


@dataclass
class Prepared:
    """A table ready to import: header found, columns mapped."""

    kind: str
    table: Table
    header_index: int
    headers: list[str]
    mapping: list[str]  # target per column (see headers.targets)
    rows: list[DataRow] = field(default_factory=list)
    sheets_used: list[str] = field(default_factory=list)
    # The list's own category words the user mapped to one of the event's ("VIP" -> "ministry"); any other
    # word the event does not know is kept as written.
    categories: dict[str, str] = field(default_factory=dict)

    @property
    def header_row(self) -> int:
        return self.table.row_numbers[self.header_index] if self.header_index >= 0 else 0

    def mapping_json(self) -> dict[str, str]:
        return {h or f"column {i + 1}": t for i, (h, t) in enumerate(zip(self.headers, self.mapping, strict=True))}


def sniff_format(path: Path, head: bytes) -> str:
    suffix = path.suffix.lower()
    if head.startswith(b"PK\x03\x04"):
        if suffix in (".ods", ".ots"):
            return "ods"
        return "xlsx"  # xlsx / xlsm / ods by content: calamine tells them apart itself
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"
    if head.startswith(b"%PDF"):
        raise ImportFailed(f"{path.name} is a PDF, not a table; export the list as CSV or Excel", Why.IMPORT_PDF,
                           name=path.name)
    if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
        raise ImportFailed(f"{path.name} is not a valid {suffix[1:].upper()} file (damaged or renamed)",
                           Why.IMPORT_BROKEN_WORKBOOK, name=path.name)
    return "csv"


def read_tables(path: str | Path, *, encoding: str | None = None) -> list[Table]:
    """Every table in the file: one for text files, one per sheet for workbooks.

    The file is untrusted: it is parsed in a helper process with a memory and time limit (``sandbox``)."""
    path = Path(path)
    _check_file(path)
    return read_tables_isolated(path, read_tables_here, encoding=encoding)


def _check_file(path: Path) -> None:
    if not path.exists():
        raise ImportFailed(f"no such file: {path}", Why.IMPORT_NO_FILE, path=path)
    from ..fileerrors import link_outside

    if link_outside(path):
        # A list handed over on a stick or in a shared folder may be a link to a private file of this machine.
        raise ImportFailed(f"{path.name} is a link to a file outside its folder: refused (copy the file itself)",
                           Why.IMPORT_LINK_OUTSIDE, name=path.name)
    if path.is_dir():
        raise ImportFailed(f"{path} is a folder, not a file", Why.IMPORT_FOLDER, path=path)
    size = path.stat().st_size
    if size == 0:
        raise ImportFailed(f"{path.name} is empty", Why.IMPORT_EMPTY, name=path.name)
    if size > MAX_BYTES:
        raise ImportFailed(f"{path.name} is too large for an attendee list ({size // 1_000_000} MB)",
                           Why.IMPORT_TOO_LARGE, name=path.name, mb=size // 1_000_000)


def read_tables_here(path: str | Path, *, encoding: str | None = None) -> list[Table]:
    """``read_tables`` in this process (the helper process runs it)."""
    path = Path(path)
    _check_file(path)
    with open(path, "rb") as fh:
        head = fh.read(8)
    fmt = sniff_format(path, head)
    if fmt == "csv":
        data = path.read_bytes()
        _check_lines(data, path.name)
        return [read_text_table(data, path.name, encoding=encoding)]
    if fmt == "xlsx":
        _check_dimensions(path)
    sheets = read_workbook(path, fmt)
    cells = sum(len(row) for _, rows in sheets for row in rows)
    if cells > MAX_CELLS:
        raise ImportFailed(f"{path.name} has {cells:,} cells, more than an attendee list ({MAX_CELLS:,} at most)",
                           Why.IMPORT_TOO_MANY_CELLS, name=path.name, cells=f"{cells:,}")
    names = [n for n, _ in sheets]
    return [sheet_table(n, rows, fmt, path.name, names) for n, rows in sheets]


def _check_dimensions(path: Path) -> None:
    """The size each sheet of an XLSX declares (``<dimension ref="A1:XFD1048576"/>``), read before the reader
    lays out the cells: a 2 KB workbook can declare 17 billion of them. Sheets without the tag are left to the
    helper process's memory cap."""
    import re
    import zipfile

    try:
        with zipfile.ZipFile(path) as book:
            for info in book.infolist():
                if not info.filename.startswith("xl/worksheets/") or not info.filename.endswith(".xml"):
                    continue
                with book.open(info) as fh:
                    head = fh.read(4096)
                found = re.search(rb'<(?:\w+:)?dimension ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"', head)
                if not found or not found.group(3):
                    continue
                rows = int(found.group(4)) - int(found.group(2)) + 1
                cols = _column_number(found.group(3)) - _column_number(found.group(1)) + 1
                if rows * cols > MAX_CELLS:
                    raise ImportFailed(f"{path.name} declares a sheet of {rows:,} rows by {cols:,} columns: not an "
                                       "attendee list (save the list alone, or as CSV)", Why.IMPORT_HUGE_SHEET,
                                       name=path.name)
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # the reader says what is wrong with the file


def _column_number(letters: bytes) -> int:
    n = 0
    for c in letters:
        n = n * 26 + c - 64
    return n


def _check_lines(data: bytes, name: str) -> None:
    """No line of a list is a megabyte long: such a file is refused before it is decoded or parsed."""
    start = 0
    while True:
        end = data.find(b"\n", start, start + MAX_LINE + 1)
        if end < 0:
            if len(data) - start > MAX_LINE:
                line = data.count(b"\n", 0, start) + 1
                raise ImportFailed(f"{name}: line {line} is longer than {MAX_LINE // 1024} KB: not an attendee list",
                                   Why.IMPORT_LONG_LINE, name=name, line=line)
            return
        start = end + 1


def _trim(rows: list[list[str]]) -> list[list[str]]:
    return [row if row and row[-1].strip() else row[: max((i + 1 for i, c in enumerate(row) if c.strip()), default=0)]
            for row in rows]


def prepare(path: str | Path, kind: str = "attendees", *, mapping: dict[str, str] | None = None,
            encoding: str | None = None, sheet: str | None = None) -> Prepared:
    if kind not in H.KINDS:
        raise ImportFailed(f"unknown kind {kind!r} (one of {', '.join(H.KINDS)})")
    tables = read_tables(path, encoding=encoding)
    return prepare_tables(tables, kind, mapping=mapping, sheet=sheet)


def prepare_tables(tables: list[Table], kind: str, *, mapping: dict[str, str] | None = None,
                   sheet: str | None = None) -> Prepared:
    if sheet is not None:
        tables = [t for t in tables if t.sheet == sheet]
        if not tables:
            raise ImportFailed(f"no sheet named {sheet!r}", Why.IMPORT_NO_SHEET, sheet=sheet)
    guesses = []
    for t in tables:
        t.rows = _trim(t.rows)
        guesses.append(H.find_header(kind, t.rows))
    order = sorted(range(len(tables)), key=lambda i: (-guesses[i].score, i))
    main = order[0]
    table, guess = tables[main], guesses[main]
    if guess.index < 0 or not any(any(c.strip() for c in r) for r in table.rows):
        raise ImportFailed(f"{table.source or 'the file'} holds no table (every sheet is empty)", Why.IMPORT_NO_TABLE,
                           name=table.source)
    width = max((len(r) for r in table.rows[guess.index:]), default=0)
    # No header row at all (the first row is already a person): every row is data, columns go by content.
    headerless = kind == "attendees" and guess.score == 0 and looks_like_data(table.rows[guess.index])
    header_index = guess.index - 1 if headerless else guess.index
    headers = ([] if headerless else [c.strip() for c in table.rows[guess.index]]) + [""] * width
    headers = headers[:width]
    # Trailing columns without header or data are dropped; a data column without header gets a name.
    has_data = [any(len(r) > i and r[i].strip() for r in table.rows[header_index + 1:]) for i in range(width)]
    while headers and not headers[-1] and not has_data[len(headers) - 1]:
        headers.pop()
    headers = [h or (f"Column {i + 1}" if has_data[i] else "") for i, h in enumerate(headers)]
    if H.own_export(kind, headers):  # the original column's own name again, as it is in the extra fields
        headers = [h[len(H.OWN_PREFIX):] if h.startswith(H.OWN_PREFIX) else h for h in headers]
    targets = H.auto_mapping(kind, headers)
    if kind == "attendees":
        targets = recognise(headers, targets, table.rows[header_index + 1:])
    if mapping:
        allowed = set(H.targets(kind))
        for i, header in enumerate(headers):
            chosen = mapping.get(header)
            if chosen is None:
                continue
            if chosen not in allowed:
                raise ImportFailed(f"mapping: {chosen!r} is not a field for {kind} (column {header!r})",
                                   Why.IMPORT_MAPPING_FIELD, field=chosen, column=header)
            targets[i] = chosen
    prepared = Prepared(kind, table, header_index, headers, targets, sheets_used=[table.sheet] if table.sheet else [])
    _collect(prepared, table, header_index, len(headers))
    if kind == "attendees" and "external_id" in targets and not (mapping and any(
            v == "external_id" for v in mapping.values())):
        _shared_ids_are_no_person_ids(prepared)
    # Late additions on a second sheet with the same columns belong to the same list.
    for i in order[1:]:
        other, g = tables[i], guesses[i]
        if g.score >= 2 and g.index >= 0 and [c.strip() for c in other.rows[g.index][: len(headers)]] == headers:
            _collect(prepared, other, g.index, len(headers))
            prepared.sheets_used.append(other.sheet)
    return prepared


def _shared_ids_are_no_person_ids(prepared: Prepared) -> None:
    """An "id" column that two different people share is an order number (Eventbrite's "Order #", pretix'
    "Order code") or a number within an order (pretix' "Position ID"), not a person's: kept as an extra field,
    so it merges nobody."""
    col = prepared.mapping.index("external_id")
    first = prepared.mapping.index("first_name") if "first_name" in prepared.mapping else None
    last = prepared.mapping.index("last_name") if "last_name" in prepared.mapping else None
    full = prepared.mapping.index(H.FULL_NAME) if H.FULL_NAME in prepared.mapping else None
    if first is None and last is None and full is None:
        return
    seen: dict[str, tuple[str, str, str]] = {}
    for row in prepared.rows:
        value = row.cells[col].strip()
        if not value:
            continue
        name = (row.cells[first].strip() if first is not None else "",
                (row.cells[last].strip() if last is not None else "") or
                (row.cells[full].strip() if full is not None else ""), "")
        held = seen.setdefault(value, name)
        if held is not name and names_unrelated(held, name):
            prepared.mapping[col] = H.EXTRA
            return


# What a table must have for each kind: every group needs one of its fields mapped.
REQUIRED: Mapping[str, tuple[tuple[str, ...], ...]] = MappingProxyType({
    "attendees": (("first_name", "last_name", H.FULL_NAME),),
    "rooms": (("name",),),
    "sessions": (("title_de", "title_en"), ("start",)),
    "assignments": (("session",), ("external_id", "email", H.FULL_NAME, "last_name")),
    "meetings": (("table_no",), ("start",), (H.PARTICIPANT,)),
})


# The fields as a registration office calls them (the command line's words; the wizard has its own, translated).
FIELD_WORDS = MappingProxyType({"last_name": "family name", "first_name": "first name", H.FULL_NAME: "full name",
               "title_de": "German title", "title_en": "English title", "start": "start time", "name": "name",
               "session": "session", "external_id": "registration number", "email": "e-mail", "table_no": "table",
               H.PARTICIPANT: "participant"})


def missing_groups(prepared: Prepared) -> list[tuple[str, ...]]:
    """Required field groups the mapping lacks (e.g. [("start",)] for sessions without a time column)."""
    mapped = set(prepared.mapping)
    return [group for group in REQUIRED[prepared.kind] if not mapped & set(group)]


def missing_columns(prepared: Prepared) -> list[str]:
    """What the list lacks, in words: e.g. ["first name or family name or full name"]."""
    return [" or ".join(FIELD_WORDS.get(f, f.replace("_", " ")) for f in group) for group in missing_groups(prepared)]


def partial_names(prepared: Prepared) -> str | None:
    """An attendee list with only half a name (a first-name column and no family name, or the reverse): which
    half is missing ("family name" / "first name"), else None."""
    if prepared.kind != "attendees" or H.FULL_NAME in prepared.mapping:
        return None
    first, last = "first_name" in prepared.mapping, "last_name" in prepared.mapping or H.PARTICLE in prepared.mapping
    if first and not last:
        return "family name"
    if last and not first:
        return "first name"
    return None


def _collect(prepared: Prepared, table: Table, header_index: int, width: int) -> None:
    for cells, number in zip(table.rows[header_index + 1:], table.row_numbers[header_index + 1:], strict=True):
        first = cells[0] if cells else ""
        # Blank rows (also trailing ones) are not people; a first cell that starts with text settles it at once.
        if not (first and not first[0].isspace()) and not "".join(cells).strip():
            continue
        if len(cells) < width:
            cells = cells + [""] * (width - len(cells))
        prepared.rows.append(DataRow(number, cells, table.sheet))


def load_mapping(path: str | Path) -> dict[str, str]:
    """A saved mapping: {"columns": {"Header": "field"}} (or the plain {"Header": "field"})."""
    try:
        data: Any = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ImportFailed(f"mapping file {path} cannot be read: {exc}", Why.IMPORT_MAPPING_UNREADABLE) from None
    if isinstance(data, dict) and isinstance(data.get("columns"), dict):
        data = data["columns"]
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        raise ImportFailed(f"mapping file {path} must be a JSON object {{\"Header\": \"field\"}}",
                           Why.IMPORT_MAPPING_UNREADABLE)
    return data


def save_mapping(prepared: Prepared, path: str | Path) -> None:
    Path(path).write_text(json.dumps({"kind": prepared.kind, "columns": prepared.mapping_json()},
                                     ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
