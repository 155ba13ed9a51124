"""`checkin import`: attendee lists and the programme from CSV/TSV/TXT, XLSX/XLSM/XLS and ODS."""

from __future__ import annotations

import argparse
import sys

from ..common import CliError, add_json, open_event, print_json

KINDS = ("attendees", "rooms", "sessions", "assignments", "meetings")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import", help="import attendees or the programme from CSV/TSV/XLSX/ODS (all or nothing)",
        description="Import a list into the event, all or nothing. Encoding, delimiter, sheet, header row and "
        "columns are detected (headers in the languages of Europe, Google/Microsoft Forms, pretix, Eventbrite, "
        "Indico and cvent exports; unknown headers by content). Rows with problems are reported with their "
        "spreadsheet row number; the rest is imported. Rows are the same person only when they share an external "
        "id or an e-mail, or (with neither) every identifying field; namesakes are both imported. Re-importing "
        "an updated list updates people by the same rule and never touches check-ins. An unreadable file changes nothing and exits with 2.",
    )
    p.add_argument("path", help="event file (.checkin)")
    p.add_argument("file", help="list to import: .csv .tsv .txt .xlsx .xlsm .xls .ods")
    p.add_argument("--kind", choices=KINDS, default="attendees", help="what the list holds (default: attendees)")
    p.add_argument("--mapping", metavar="FILE.json",
                   help='saved column mapping, {"columns": {"Header": "field"}}; see --save-mapping')
    p.add_argument("--save-mapping", metavar="FILE.json", help="write the mapping used, to reuse it next time")
    p.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    p.add_argument("--update-missing", choices=("cancel", "keep"), default="keep",
                   help="people in the event but missing from the list: mark cancelled, or keep (default)")
    p.add_argument("--encoding", help="read a text file in this encoding (e.g. cp1250) instead of detecting it")
    p.add_argument("--sheet", help="workbook sheet to read (default: the one holding the table)")
    p.add_argument("--category", action="append", default=[], metavar="WORD=CATEGORY",
                   help="import the list's category WORD as one of the event's (guest, speaker, press, staff, "
                   "exhibitor, ministry), e.g. --category VIP=ministry; other unknown words are kept as written")
    add_json(p)
    p.set_defaults(func=cmd_import)


def cmd_import(args: argparse.Namespace) -> int:
    from ...core.importing import ImportFailed, prepare, run_import
    from ...core.importing.source import load_mapping, missing_columns, save_mapping

    try:
        mapping = load_mapping(args.mapping) if args.mapping else None
        prepared = prepare(args.file, args.kind, mapping=mapping, encoding=args.encoding, sheet=args.sheet)
    except ImportFailed as exc:
        raise CliError(str(exc), 2) from None
    if not prepared.rows:
        raise CliError(f"{args.file}: the table has a header but no rows", 2)
    prepared.categories = _categories(args.category)
    missing = missing_columns(prepared)
    if missing:
        found = ", ".join(h for h in prepared.headers if h) or "none"
        raise CliError(f"{args.file} does not look like a list of {args.kind}: no column for {'; '.join(missing)} "
                       f"(columns: {found}); map them with --mapping", 2)
    with open_event(args.path) as store:
        if args.kind == "attendees" and not args.dry_run and not store.get_meta("private_key"):
            print("checkin: note: this copy holds no signing key; new people get no invitation code",
                      file=sys.stderr)
        # This process ends here: a big list's codes and search index are written by the next open.
        report = run_import(store, prepared, dry_run=args.dry_run, update_missing=args.update_missing,
                            finish_later=True)
    if args.save_mapping:
        save_mapping(prepared, args.save_mapping)
    if args.json:
        print_json(report.to_json())
        return 0
    what = "would import" if args.dry_run else "imported"
    print(f"{what} {args.file} ({prepared.table.format}"
          + (f", {report.encoding}" if report.encoding else "")
          + (f", sheet {report.sheet}" if report.sheet else "")
          + (f", header in row {report.header_row}" if report.header_row else ", no header row: columns read by "
             "their content") + f"): {report.summary()}")
    if report.encoding_candidates:
        alts = "; ".join(f"{c['encoding']}: {c['sample']}" for c in report.encoding_candidates)
        print(f"encoding is ambiguous; chose {report.encoding} ({alts}). Use --encoding to choose another.")
    print("columns: " + ", ".join(f"{h} -> {t}" for h, t in report.mapping.items()))
    if report.deferred:
        print(f"codes and search index for these {report.deferred} people are written when the event is next "
              "opened (about 2 s per 50,000 people)")
    for notice in report.notices:
        print(f"  note: {notice}")
    if report.new_categories:
        words = ", ".join(f"{w} ({n})" for w, n in sorted(report.new_categories.items()))
        print(f"  note: categories the event does not know, kept as written: {words}; "
              "--category WORD=CATEGORY maps one")
    for item in report.skipped:
        print(f"  row {item['row']}{_sheet(item)}: skipped: {item['reason']}")
    for item in report.warnings:
        print(f"  row {item['row']}{_sheet(item)}: {item['message']}")
    return 0


def _sheet(item: dict) -> str:
    return f" ({item['sheet']})" if item.get("sheet") else ""


def _categories(pairs: list[str]) -> dict[str, str]:
    from ...core.importing.values import CATEGORIES

    out = {}
    for pair in pairs:
        word, sep, category = pair.partition("=")
        if not sep or not word.strip() or category.strip() not in CATEGORIES:
            raise CliError(f"--category {pair!r}: write WORD=CATEGORY, the category one of {', '.join(CATEGORIES)}", 2)
        out[word.strip()] = category.strip()
    return out
