"""The table an import works on: rows of text cells with the row numbers the user sees in the source."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..failures import Failure


class ImportFailed(Failure):
    """The file cannot be read as a table; the message is one line for the user. Nothing was written."""


@dataclass(frozen=True)
class EncodingCandidate:
    encoding: str
    score: float
    sample: str  # a few cells that read differently under the other candidates


@dataclass
class Table:
    """Cells as text (NFC), one list per source row; ``row_numbers[i]`` is row i's number in the source
    (spreadsheet row, or CSV record counted from 1, so a quoted line break does not shift it)."""

    rows: list[list[str]]
    row_numbers: list[int]
    source: str = ""  # file name
    format: str = "csv"  # csv / xlsx / ods / xls
    encoding: str = ""  # text files only
    encoding_candidates: list[EncodingCandidate] = field(default_factory=list)  # >1: ambiguous
    delimiter: str = ""
    sheet: str = ""
    sheets: list[str] = field(default_factory=list)  # every sheet in the workbook
    row_sheets: list[str] = field(default_factory=list)  # per row, when rows come from several sheets
    row_notes: dict[int, list[str]] = field(default_factory=dict)  # row number -> faults fixed while reading

    @property
    def ambiguous_encoding(self) -> bool:
        return len(self.encoding_candidates) > 1

    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)
