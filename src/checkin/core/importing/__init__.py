"""Importing attendee lists and the programme from CSV/TSV/TXT (any usual encoding), XLSX/XLSM/XLS and ODS.

    prepared = prepare(path, "attendees")            # read, find the table and header, map columns
    report = run_import(store, prepared, dry_run=False, update_missing="keep")

Nothing heavy is imported here (the venue-before-import rule lives in core/registers.py).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .report import Cancelled, ImportReport
from .table import ImportFailed, Table

if TYPE_CHECKING:
    from ..store import EventStore
    from .source import Prepared

KINDS = ("attendees", "rooms", "sessions", "assignments", "meetings")

__all__ = ("KINDS", "Cancelled", "ImportFailed", "ImportReport", "Table", "prepare", "run_import", "import_file")


def prepare(path: str | Path, kind: str = "attendees", *, mapping: dict[str, str] | None = None,
            encoding: str | None = None, sheet: str | None = None) -> Prepared:
    from ..bulk import gc_paused
    from .source import prepare as _prepare

    with gc_paused():
        return _prepare(path, kind, mapping=mapping, encoding=encoding, sheet=sheet)


def new_report(prepared: Prepared, *, dry_run: bool = False) -> ImportReport:
    table = prepared.table
    return ImportReport(
        kind=prepared.kind, encoding=table.encoding, mapping=prepared.mapping_json(),
        encoding_candidates=[{"encoding": c.encoding, "score": c.score, "sample": c.sample}
                             for c in table.encoding_candidates],
        sheet=", ".join(prepared.sheets_used), header_row=prepared.header_row, rows=len(prepared.rows),
        dry_run=dry_run,
    )


def run_import(store: EventStore, prepared: Prepared, *, dry_run: bool = False, update_missing: str = "keep",
               progress: Callable[[int, int], None] | None = None,
               cancel: threading.Event | None = None, preview: bool = False,
               finish_later: bool = False) -> ImportReport:
    """Import a prepared table all or nothing (nothing is written on error, cancel or dry run): in one
    transaction, or for a big list that finishes later in short ones (``staged``) that an error undoes.

    ``preview`` also collects each row's values for the wizard (``report.preview``). ``finish_later`` lets a
    big attendee list leave its codes and search index to the next open of the event (``deferred``): for a
    process that ends after the import."""
    if not dry_run:  # issue 13: the list comes into the organiser's file only (a check costs nothing)
        from ..roles import require

        require(store, "import", f"importing {prepared.kind}")
    from ..bulk import gc_paused

    report = new_report(prepared, dry_run=dry_run)
    with gc_paused():
        if prepared.kind == "attendees":
            from .attendees import import_attendees

            return import_attendees(store, prepared, report, dry_run=dry_run, update_missing=update_missing,
                                    progress=progress, cancel=cancel, preview=preview,
                                    finish_later=finish_later)
        from .programme import import_programme

        return import_programme(store, prepared, report, dry_run=dry_run, preview=preview)


def import_file(store: EventStore, path: str | Path, kind: str = "attendees", **kwargs) -> ImportReport:
    mapping = kwargs.pop("mapping", None)
    encoding = kwargs.pop("encoding", None)
    return run_import(store, prepare(path, kind, mapping=mapping, encoding=encoding), **kwargs)
