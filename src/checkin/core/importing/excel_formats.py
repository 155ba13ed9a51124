"""Numbers in an XLSX as Excel shows them, where a number format adds to the digits: a phone number formatted
``00000000000`` keeps its leading zero, a postcode ``00000`` its five digits, ``"REG-"0000`` its prefix.

python-calamine gives the bare number (1701234567.0); the format is in the workbook's styles. Only workbooks
that define such a format are looked at cell by cell, so an ordinary list costs one read of ``styles.xml``.
Dates need nothing here: calamine already returns date-formatted cells as dates.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path
from xml.etree.ElementTree import iterparse

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_QUOTED = re.compile(r'"[^"]*"|\\.')
_CELL = re.compile(r"([A-Z]+)(\d+)")

Overrides = dict[str, dict[tuple[int, int], str]]  # sheet name -> (row, column) from 0 -> text


def _digit_pattern(code: str) -> bool:
    """A whole-number format that shows more than the bare digits: leading zeros or literal text."""
    section = code.split(";")[0]
    bare = _QUOTED.sub("", section)
    if not bare or "0" not in bare or any(c not in "0123456789#? -/()+" for c in bare):
        return False  # decimals, thousands separators, dates, colours, "General": the bare number is right
    # Leading zeros, quoted text, or digits 1-9 (shown as written: "+49 000 0000000").
    return bare.count("0") >= 2 or bare != section or any(c in "123456789" for c in bare)


def format_number(value: float, code: str) -> str:
    """``value`` through an integer format code: placeholders filled from the right, literal text kept."""
    digits = str(int(round(abs(value))))
    section = code.split(";")[0]
    tokens: list[str] = []  # placeholders as one character, literals as themselves
    pos = 0
    for m in _QUOTED.finditer(section):
        tokens.extend(section[pos:m.start()])
        literal = m.group(0)
        tokens.append("\x00" + (literal[1:-1] if literal.startswith('"') else literal[1:]))
        pos = m.end()
    tokens.extend(section[pos:])
    out: list[str] = []
    rest = digits
    first_placeholder = next((i for i, t in enumerate(tokens) if t in "0#?"), None)
    for i in range(len(tokens) - 1, -1, -1):
        t = tokens[i]
        if t in ("0", "#", "?"):
            if rest:
                out.append(rest[-1])
                rest = rest[:-1]
            elif t == "0":
                out.append("0")
            elif t == "?":
                out.append(" ")
            if i == first_placeholder and rest:
                out.append(rest)  # more digits than placeholders: all of them, as Excel shows
                rest = ""
        else:
            out.append(t[1:] if t.startswith("\x00") else t)
    text = "".join(reversed(out))
    return ("-" + text) if value < 0 else text


def _styles(book: zipfile.ZipFile) -> dict[int, str]:
    """cell style index -> format code, for the styles whose format is a digit pattern."""
    try:
        data = book.open("xl/styles.xml")
    except KeyError:
        return {}
    codes: dict[int, str] = {}
    padded: dict[int, str] = {}
    in_cell_xfs = False
    index = 0
    for event, el in iterparse(data, events=("start", "end")):
        tag = el.tag.replace(_NS, "")
        if event == "start" and tag == "cellXfs":
            in_cell_xfs = True
        elif event == "end" and tag == "cellXfs":
            in_cell_xfs = False
        elif event == "end" and tag == "numFmt":
            codes[int(el.get("numFmtId", "0"))] = el.get("formatCode", "")
        elif event == "end" and tag == "xf" and in_cell_xfs:
            code = codes.get(int(el.get("numFmtId", "0")), "")
            if code and _digit_pattern(code):
                padded[index] = code
            index += 1
    return padded


def _sheet_paths(book: zipfile.ZipFile) -> dict[str, str]:
    rels: dict[str, str] = {}
    for _, el in iterparse(book.open("xl/_rels/workbook.xml.rels")):
        if el.tag.endswith("Relationship"):
            target = el.get("Target", "")
            rels[el.get("Id", "")] = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
    out: dict[str, str] = {}
    for _, el in iterparse(book.open("xl/workbook.xml")):
        if el.tag == _NS + "sheet" and el.get(_REL) in rels:
            out[el.get("name", "")] = rels[el.get(_REL)]
    return out


def _column(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def formatted_numbers(path: Path) -> Overrides:
    """Per sheet, the text Excel shows for number cells whose format adds zeros or text; {} for most files."""
    try:
        with zipfile.ZipFile(path) as book:
            styles = _styles(book)
            if not styles:
                return {}
            out: Overrides = {}
            for name, member in _sheet_paths(book).items():
                cells: dict[tuple[int, int], str] = {}
                for _, el in iterparse(book.open(member)):
                    if el.tag != _NS + "c":
                        continue
                    style = el.get("s")
                    if style is not None and int(style) in styles and el.get("t", "n") == "n":
                        value = el.find(_NS + "v")
                        ref = _CELL.match(el.get("r", ""))
                        if value is not None and value.text and ref:
                            cells[(int(ref.group(2)) - 1, _column(ref.group(1)))] = format_number(
                                float(value.text), styles[int(style)])
                    el.clear()
                if cells:
                    out[name] = cells
            return out
    except (zipfile.BadZipFile, KeyError, ValueError, SyntaxError):
        return {}  # not a workbook these parts can be read from: calamine's reading stands


_ODS_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_ODS_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_GROUPING = re.compile(r"^[\d.,\s\u00a0\u202f']+$")


def _shown_differently(value: str, shown: str) -> bool:
    """An ODS cell's text says more than its number: leading zeros or a prefix ("01067", "REG-0007"), not just
    a thousands separator ("1.067")."""
    try:
        number = float(value)
    except ValueError:
        return False
    if not number.is_integer() or not shown or _GROUPING.match(shown) and not shown.startswith("0"):
        return False
    digits = re.sub(r"\D", "", shown)
    return shown != str(int(number)) and digits.endswith(str(abs(int(number))))


def ods_formatted_numbers(path: Path) -> Overrides:
    """The same for ODS: the file keeps the text each cell shows next to its number."""
    out: Overrides = {}
    try:
        with zipfile.ZipFile(path) as book:
            content = book.open("content.xml")
            sheet, row, col = "", -1, 0
            cells: dict[tuple[int, int], str] = {}
            for event, el in iterparse(content, events=("start", "end")):
                tag = el.tag
                if event == "start":
                    if tag == _ODS_TABLE + "table":
                        sheet, row, cells = el.get(_ODS_TABLE + "name", ""), -1, {}
                    elif tag == _ODS_TABLE + "table-row":
                        row, col = row + 1, 0
                    continue
                if tag in (_ODS_TABLE + "table-cell", _ODS_TABLE + "covered-table-cell"):
                    if el.get(_ODS_OFFICE + "value-type") == "float":
                        shown = "\n".join("".join(p.itertext()) for p in el)
                        if _shown_differently(el.get(_ODS_OFFICE + "value", ""), shown):
                            cells[(row, col)] = shown
                    col += int(el.get(_ODS_TABLE + "number-columns-repeated", "1"))
                    el.clear()
                elif tag == _ODS_TABLE + "table-row":
                    row += int(el.get(_ODS_TABLE + "number-rows-repeated", "1")) - 1
                    el.clear()
                elif tag == _ODS_TABLE + "table" and cells:
                    out[sheet] = cells
    except (zipfile.BadZipFile, KeyError, ValueError, SyntaxError):
        return {}
    return out
