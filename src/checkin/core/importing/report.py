"""What an import did (or would do): counts, skipped rows, warnings, conflicts with venue corrections."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class Cancelled(Exception):
    """The user cancelled a running import; its transaction was rolled back."""


@dataclass
class ImportReport:
    kind: str = "attendees"
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    cancelled: int = 0  # attendees marked cancelled because they are missing from the list
    skipped: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    encoding: str = ""
    encoding_candidates: list[dict[str, Any]] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)
    sheet: str = ""
    header_row: int = 0
    rows: int = 0
    dry_run: bool = False
    journal_records: int = 0
    deferred: int = 0  # people whose codes and search-index rows wait for the next open (importing.deferred)
    # For the wizard's preview (not in the JSON): (row number, sheet) -> problems, (row number, sheet) ->
    # new/update/unchanged, and the values each row gives (attendees: after name splitting and vocabulary
    # mapping). Keyed with the sheet: row 5 of the late additions' sheet is not row 5 of the first sheet.
    problems: dict[tuple[int, str], list[str]] = field(default_factory=dict)
    actions: dict[tuple[int, str], str] = field(default_factory=dict)
    preview: list[tuple[int, str, dict[str, Any]]] = field(default_factory=list)
    skipped_rows: set[tuple[int, str]] = field(default_factory=set)
    # About the whole list rather than a row: e.g. a first-name column without a family-name column.
    notices: list[str] = field(default_factory=list)
    # Category words the event does not know, kept as written: word -> how many people (offered for mapping).
    new_categories: dict[str, int] = field(default_factory=dict)

    def skip(self, row: int, reason: str, sheet: str = "") -> None:
        item: dict[str, Any] = {"row": row, "reason": reason}
        if sheet:
            item["sheet"] = sheet
        self.skipped.append(item)
        self.problems.setdefault((row, sheet), []).append(reason)
        self.skipped_rows.add((row, sheet))

    def warn(self, row: int, message: str, sheet: str = "") -> None:
        item: dict[str, Any] = {"row": row, "message": message}
        if sheet:
            item["sheet"] = sheet
        self.warnings.append(item)
        self.problems.setdefault((row, sheet), []).append(message)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "inserted": self.inserted, "updated": self.updated, "unchanged": self.unchanged,
            "cancelled": self.cancelled, "skipped": self.skipped,
            # A note on the whole list is a warning too (on the header row): a half-mapped list never says
            # "0 warnings".
            "warnings": [*({"row": self.header_row, "message": n} for n in self.notices), *self.warnings],
            "conflicts": self.conflicts, "encoding": self.encoding, "encoding_candidates": self.encoding_candidates,
            "mapping": self.mapping, "sheet": self.sheet, "header_row": self.header_row, "rows": self.rows,
            "dry_run": self.dry_run, "journal_records": self.journal_records,
            "finished_on_next_open": self.deferred, "notices": self.notices,
            "categories_kept_as_written": self.new_categories,
        }

    def summary(self) -> str:
        parts = [f"{self.inserted} new", f"{self.updated} updated", f"{self.unchanged} unchanged"]
        if self.cancelled:
            parts.append(f"{self.cancelled} marked cancelled")
        parts.append(f"{len(self.skipped)} skipped")
        warned = len(self.warnings) + len(self.notices)
        parts.append(f"{warned} warning{'s' if warned != 1 else ''}")
        if self.conflicts:
            parts.append(f"{len(self.conflicts)} conflicts with venue corrections")
        return ", ".join(parts)
