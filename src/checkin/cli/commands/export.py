"""`checkin export`: attendance back to the organisers' spreadsheets."""

from __future__ import annotations

import argparse

from ..common import CliError, add_json, open_event, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export", help="write the attendance list (XLSX or CSV): arrivals per day and desk, walk-ins, corrections",
        description="One row per attendee: external id, names, organisation, email, arrival time per event day "
                    "and desk (venue local time), walk-in flag, corrections (original and corrected side by "
                    "side, headed 'FIELD (original)' / 'FIELD (corrected)' in the dialect's language), badges "
                    "printed, sessions attended, and the original import columns. Cells a "
                    "spreadsheet would run as formulas are neutralised.",
    )
    p.add_argument("path", help="event file")
    p.add_argument("--out", required=True, help="file to write: NAME.xlsx or NAME.csv")
    p.add_argument("--dialect", choices=("excel-de", "utf8"), default="excel-de",
                   help="excel-de = CSV in UTF-8 with BOM and semicolons (German Excel, double-click), "
                        "correction columns headed in German (\"Nachname (original)\", \"Nachname (korrigiert)\"); "
                        "utf8 = plain UTF-8 CSV with commas, correction columns in English (\"Last name "
                        "(original)\", \"Last name (corrected)\"); for .xlsx only the heading language "
                        "(default: excel-de); see docs/attendance-export.md")
    p.add_argument("--no-original", action="store_true", help="leave out the original import columns")
    add_json(p)
    p.set_defaults(func=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    from ...core.exports import ExportError, export_attendance

    with open_event(args.path, readonly=True) as store:
        try:
            summary = export_attendance(store, args.out, dialect=args.dialect,
                                        include_original=not args.no_original)
        except ExportError as exc:
            raise CliError(str(exc)) from None
    if args.json:
        print_json(summary.to_json())
    else:
        print(f"wrote {summary.path}: {summary.rows} attendees, {summary.columns} columns"
              + (f", {summary.neutralised_cells} cells neutralised" if summary.neutralised_cells else ""))
    return 0
