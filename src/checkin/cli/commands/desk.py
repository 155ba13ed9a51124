"""The check-in desk on the command line: scan, search, undo, organiser PIN."""

from __future__ import annotations

import argparse
import sys

from ..common import CliError, add_json, open_event, parse_when, print_json
from .codes import CODE_WHY


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "scan", help="decide on a scanned code and record the check-in (as the desk does)",
        description="Decide on a code exactly as the desk screen does and record the check-in when admitted. "
        "Statuses: admitted, already_admitted, invalid_code, wrong_event, revoked, cancelled, not_on_list, "
        "not_registered_here. With --json, \"reason\" says why a code did not count (null when it did): "
        "station_revoked, not_the_stations_guest (a station key's code for a guest that station did not "
        "register), reissued, bad_signature, unknown_station_key, not_a_code, other_event, empty, too_long; "
        "\"issuer\" who signed it (event or a station). The exit status is 0 whenever a decision was made "
        "(read the status); 1 if an override was asked for but refused (missing reason or wrong PIN).")
    p.add_argument("path", help="event file")
    p.add_argument("code", help="the text of the QR code (signed invitation code or ticket secret)")
    p.add_argument("--station", metavar="NAME", help="station recorded in the journal (default: this copy's)")
    p.add_argument("--point", metavar="NAME", default="main",
                   help="check-in point, e.g. main, reception, matchmaking (default: main)")
    p.add_argument("--at", metavar="ISO8601", help="time of the scan with offset (default: now)")
    p.add_argument("--override", metavar="REASON",
                   help="admit a cancelled, revoked, not-on-list or not-registered-here guest anyway, for REASON")
    p.add_argument("--pin", metavar="PIN", help="organiser PIN, where the event requires one for overrides")
    p.add_argument("--print", action="store_true", dest="print_badge",
                   help="print the guest's badge when this is their first arrival (as the desk does with "
                        "'print on check-in'), on the desk's printer (`checkin settings get printer`)")
    p.add_argument("--printer", metavar="NAME", help="with --print: this printer instead of the desk's")
    add_json(p)
    p.set_defaults(func=cmd_scan)

    p = sub.add_parser(
        "search", help="find guests by any part of name, organisation or email (forgives one typo)",
        description="Ranked matches: every word as a prefix, ignoring case and diacritics; then words of 4+ "
        "letters one typo away. Shows who has arrived today at the check-in point.")
    p.add_argument("path", help="event file")
    p.add_argument("query", help='e.g. "celik", "Müler", "fraunhofer"')
    p.add_argument("--limit", type=int, default=20, metavar="N", help="at most N matches (default 20)")
    p.add_argument("--point", metavar="NAME", default="main", help="check-in point for the arrival state")
    add_json(p)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("undo", help="undo a station's last check-in (records an undo; nothing is deleted)")
    p.add_argument("path", help="event file")
    p.add_argument("--station", metavar="NAME", help="whose last check-in (default: this copy's station)")
    add_json(p)
    p.set_defaults(func=cmd_undo)

    p = sub.add_parser("organiser-pin", help="set or clear the organiser PIN that desk overrides require")
    p.add_argument("path", help="event file (the organiser's copy; desk copies made afterwards carry it)")
    p.add_argument("pin", nargs="?", help="the new PIN (at least 4 characters); read from stdin if omitted")
    p.add_argument("--clear", action="store_true", help="remove the PIN: overrides need only a reason")
    p.set_defaults(func=cmd_pin)


def _desk(store, args: argparse.Namespace):
    from ...core.desk import Desk, DeskError

    try:
        return Desk(store, station=getattr(args, "station", None), point=getattr(args, "point", "main"))
    except DeskError as exc:
        raise CliError(str(exc), 2) from None


def cmd_scan(args: argparse.Namespace) -> int:
    from ...core.desk import Flag, decision_json

    at = parse_when(args.at)
    with open_event(args.path) as store:
        desk = _desk(store, args)
        decision = desk.scan(args.code, at=at, override=args.override, pin=args.pin)
        out = decision_json(store, decision)
        badge_error = _print_badge(store, decision, args, out) if args.print_badge else None
    if args.json:
        print_json(out)
    else:
        print(_line(out))
    why = CODE_WHY.get(decision.code_reason)
    if why and not args.json:  # as `checkin verify` says it: the desk shows only "invalid" or "revoked"
        print(f"checkin: {why.format(station=decision.code_issuer)}", file=sys.stderr)
    if badge_error:  # the check-in is saved; the badge can be reprinted
        print(f"checkin: badge not printed: {badge_error}", file=sys.stderr)
    if args.override is not None and decision.overridable:
        why = {Flag.REASON_REQUIRED: "an override needs a reason", Flag.PIN_REQUIRED: "this event requires the "
               "organiser PIN (--pin)", Flag.PIN_WRONG: "the organiser PIN is wrong (after "
               "several wrong PINs each next try must wait longer)"}
        for flag, text in why.items():
            if flag in decision.flags:
                print(f"checkin: override refused: {text}", file=sys.stderr)
                return 1
    return 0


def _print_badge(store, decision, args: argparse.Namespace, out: dict) -> str | None:
    """Print on check-in from the command line; fills out["badge"], returns the reason if it failed."""
    from ...core.desk_settings import DeskSettings
    from ...core.printing import SpoolError, backend_name, default_spooler, print_checkin_badge_now

    settings = DeskSettings()
    printer = args.printer or settings.get("printer")
    try:
        spooler = default_spooler(backend_name(settings.get("print-backend")))
        job = print_checkin_badge_now(store, decision, printer, spooler=spooler)
    except SpoolError as exc:
        out["badge"] = {"printed": False, "printer": printer, "error": str(exc)}
        return str(exc)
    out["badge"] = None if job is None else {"printed": True, "printer": job.printer, "job": job.spool_id,
                                             "title": job.title, "layout": job.layout}
    return None


def _line(out: dict) -> str:
    a = out["attendee"]
    who = f"{a['first_name']} {a['last_name']} ({a['organisation']})" if a else "-"
    parts = [out["status"].upper(), who]
    if out["first_arrival"]:
        parts.append(f"first arrival {out['first_arrival']['at']} at {out['first_arrival']['station']}")
    if out["attention"]:
        parts.append("ATTENTION")
    if out["note"]:
        parts.append(out["note"])
    if out["flags"]:
        parts.append("[" + ", ".join(out["flags"]) + "]")
    if out.get("reason"):
        parts.append(f"reason: {out['reason']}")
    if (out.get("badge") or {}).get("printed"):
        parts.append(f"badge sent to {out['badge']['printer']} ({out['badge']['job']})")
    return "  ".join(parts)


def cmd_search(args: argparse.Namespace) -> int:
    from ...core.roles import acting_role, redact_json
    from ...core.search import Searcher
    from ...core.serialize import attendee_json, local_iso

    if args.limit < 1:
        raise CliError("--limit must be at least 1", 2)
    with open_event(args.path) as store:
        _desk(store, args)  # validates --point
        hits = Searcher(store).search(args.query, args.limit, point=args.point)
        tz = store.tz
        role = acting_role(store)  # a helper's search shows no email, phone, desk note or extra fields
        firsts = {h.attendee.id: store.first_arrival(h.attendee.id) for h in hits}
        rows = []
        for rank, h in enumerate(hits, start=1):
            first = firsts[h.attendee.id]
            row = attendee_json(h.attendee, first.at if first else None, tz)
            row.update({"rank": rank, "match": h.match, "arrived_today": local_iso(h.arrived_at, tz)})
            rows.append(redact_json(row, role))
    if args.json:
        print_json(rows)
    else:
        if not rows:
            print("no matches")
        for r in rows:
            mark = "✓" if r["arrived_today"] else " "
            typo = "  (typo?)" if r["match"] == "typo" else ""
            print(f"{mark} {r['id']:>6}  {r['last_name']}, {r['first_name']}  ({r['organisation']}){typo}")
    return 0


def cmd_undo(args: argparse.Namespace) -> int:
    from ...core.serialize import attendee_json, local_iso

    with open_event(args.path) as store:
        desk = _desk(store, args)
        result = desk.undo_last()
        if result is None:
            raise CliError(f"nothing to undo: station {desk.station!r} has no check-in left to undo")
        tz = store.tz
        first = store.first_arrival(result.attendee.id) if result.attendee else None
        out = {
            "undone": result.undone.record_id, "undo_record": result.undo.record_id,
            "station": desk.station, "checked_in_at": local_iso(result.undone.wall_time, tz),
            "day": result.undone.data.get("day"), "point": result.undone.data.get("point", "main"),
            "attendee": attendee_json(result.attendee, first.at if first else None, tz) if result.attendee else None,
        }
    if args.json:
        print_json(out)
    else:
        a = out["attendee"]
        who = f"{a['first_name']} {a['last_name']}" if a else f"attendee {result.undone.attendee_id}"
        print(f"undone: check-in of {who} at {out['checked_in_at']} ({out['point']}, station {out['station']})")
    return 0


def cmd_pin(args: argparse.Namespace) -> int:
    from ...core import pins

    with open_event(args.path) as store:
        if args.clear:
            pins.set_pin(store, None)
            print("organiser PIN removed: overrides need a reason only")
            return 0
        pin = args.pin if args.pin is not None else sys.stdin.readline().strip()
        if not pin:
            raise CliError("no PIN given (or use --clear to remove it)", 2)
        try:
            pins.set_pin(store, pin)
        except ValueError as exc:
            raise CliError(str(exc), 2) from None
    print("organiser PIN set: desk overrides now need it")
    return 0
