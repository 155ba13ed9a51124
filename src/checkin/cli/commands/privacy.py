"""Data protection: purge, retention, audit, role (issue 13)."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from ..common import CliError, add_json, open_event, parse_when, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("purge", help="remove personal data after the event (names, emails, notes, extra fields, "
                                     "personal parts of journal records); refuses while arrivals are not upstream")
    p.add_argument("path", help="event file")
    p.add_argument("--keep-statistics", action="store_true",
                   help="keep anonymous rows (category, country, organisation type, arrivals) so the report's "
                        "figures stay identical; without it nothing per person stays")
    p.add_argument("--force", action="store_true", help="purge even though arrivals are not yet synced upstream")
    add_json(p)
    p.set_defaults(func=cmd_purge)

    p = sub.add_parser("retention", help="show or set the date by which personal data must be purged")
    p.add_argument("path", help="event file")
    p.add_argument("--until", metavar="DATE", help="retention date, YYYY-MM-DD")
    add_json(p)
    p.set_defaults(func=cmd_retention)

    p = sub.add_parser("audit", help="who did what at which station: the journal, filtered, as JSON or CSV")
    p.add_argument("path", help="event file")
    p.add_argument("--station", help="only this station")
    p.add_argument("--operator", help="only this operator")
    p.add_argument("--kind", help="only this kind of record (checkin, undo, walkin, correction, ...)")
    p.add_argument("--since", metavar="ISO", help="from this instant on (ISO 8601 with offset)")
    p.add_argument("--until", metavar="ISO", help="before this instant (ISO 8601 with offset)")
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("--json", action="store_true", help="print the records as JSON")
    out.add_argument("--out", metavar="FILE.csv", help="write the records as CSV (UTF-8)")
    p.set_defaults(func=cmd_audit)

    p = sub.add_parser("role", help="the role of this event copy, what it may see and do; set role PINs")
    p.add_argument("path", help="event file")
    p.add_argument("--set-pin", choices=("organiser", "desk", "helper"), metavar="ROLE",
                   help="set the PIN that unlocks a station of ROLE (read from stdin; organiser PIN opens all)")
    p.add_argument("--clear-pin", choices=("organiser", "desk", "helper"), metavar="ROLE",
                   help="remove the PIN of ROLE")
    add_json(p)
    p.set_defaults(func=cmd_role)


def cmd_purge(args: argparse.Namespace) -> int:
    from ...core.purge import PurgeRefused, purge

    with open_event(args.path) as store:
        try:
            result = purge(store, keep_statistics=args.keep_statistics, force=args.force)
        except PurgeRefused as exc:
            raise CliError(f"not purged: {exc}", 4) from None
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.json:
        print_json({"record_id": result.record_id, "attendees": result.attendees, "keep_statistics":
                    result.keep_statistics, "journal_records": result.journal_records,
                    "file_compacted": result.checkpoint_complete, "warnings": result.warnings})
        return 0
    kept = ("anonymous counts kept (category, country, organisation type, arrivals): the report's figures stay"
            if result.keep_statistics else "no per-person data kept")
    print(f"purged personal data of {result.attendees} attendees; {kept}")
    if not result.checkpoint_complete:
        print("note: another program has the file open; close it so the old pages are overwritten", file=sys.stderr)
    return 0


def cmd_retention(args: argparse.Namespace) -> int:
    from ...core.purge import purge_info, set_retention

    with open_event(args.path) as store:
        if args.until:
            try:
                until = date.fromisoformat(args.until)
            except ValueError:
                raise CliError(f"not a date: {args.until!r} (use YYYY-MM-DD)", 2) from None
            set_retention(store, until)
        info = purge_info(store)
    if args.json:
        print_json(info)
    elif info["purged"]:
        print(f"personal data purged at {info['purged']['at']} (retention date {info['retention_until'] or '-'})")
    elif info["retention_until"]:
        due = " — due now: run checkin purge" if info["due"] else ""
        print(f"personal data kept until {info['retention_until']}{due}")
    else:
        print("no retention date set (checkin retention PATH --until YYYY-MM-DD)")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from ...core import audit

    flt = audit.AuditFilter(station=args.station, operator=args.operator, kind=args.kind,
                            since=parse_when(args.since), until=parse_when(args.until))
    with open_event(args.path, readonly=True) as store:
        found = list(audit.rows(store, flt))
    if args.json:
        print_json({"contains": audit.CONTENTS, "records": [r.to_json() for r in found]})
        return 0
    try:
        path = audit.write_csv(args.out, found)
    except OSError as exc:
        raise CliError(f"cannot write {args.out}: {exc.strerror or exc}") from None
    print(f"wrote {path}: {len(found)} {audit.CONTENTS}")
    return 0


def cmd_role(args: argparse.Namespace) -> int:
    from ...core import pins, roles

    with open_event(args.path) as store:
        role = roles.store_role(store)
        target = args.set_pin or args.clear_pin
        if target:  # open_event refused this on copies (roles.POLICY "settings")
            pin = None
            if args.set_pin:
                pin = sys.stdin.readline().strip()
                if not pin:
                    raise CliError("no PIN on stdin", 2)
            try:
                pins.set_role_pin(store, target, pin)
            except ValueError as exc:
                raise CliError(str(exc), 2) from None
        info = {
            "role": role, "station": store.station_id, "copy_kind": store.get_meta("copy_kind"),
            "may": sorted(roles.ACTIONS[role]), "visible_fields": list(roles.visible_fields(role)),
            "pins": {r: bool(store.get_meta(k)) for r, k in pins.ROLE_KEYS.items()},
            "encrypted": type(store.conn).__module__.startswith("sqlcipher3"),
        }
    if args.json:
        print_json(info)
        return 0
    print(f"role            {info['role']} (station {info['station']})")
    print(f"may             {', '.join(info['may'])}")
    print(f"sees fields     {', '.join(info['visible_fields'])}")
    print(f"PINs set        {', '.join(r for r, v in info['pins'].items() if v) or 'none'}")
    print(f"encrypted       {'yes' if info['encrypted'] else 'no'}")
    if target:
        print(f"{target} PIN {'set' if args.set_pin else 'removed'}")
    return 0
