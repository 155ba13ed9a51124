"""Matchmaking on the day (issue 23): meeting states per slot, the desk's marks, rematch suggestions and booking."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import Any

from ..common import CliError, add_json, open_event, parse_when, print_json

STATE_WORDS = {"planned": "planned", "ready": "READY", "at_risk": "AT RISK", "no_show": "NO-SHOW", "held": "held"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("meetings", help="matchmaking meetings with their state now: ready, at risk, no-show, held",
                       description="States: ready (both checked in), at_risk (starts soon, a partner not here), "
                                   "no_show (a partner missing after the start, or marked), held (both scanned at "
                                   "the matchmaking area, or marked), planned (none of these yet).")
    p.add_argument("path", help="event file")
    p.add_argument("--slot", help="start time of the slot: HH:MM (with --day or on the only day) or ISO 8601")
    p.add_argument("--day", help="YYYY-MM-DD (default: all days)")
    p.add_argument("--table", help="one table's day, e.g. 17")
    p.add_argument("--state", choices=("planned", "ready", "at_risk", "no_show", "held"), help="only this state")
    p.add_argument("--at", metavar="ISO8601", help="the states at this time (default now)")
    add_json(p)
    p.set_defaults(func=cmd_meetings)

    for name, state, words in (("meeting-held", "held", "the meeting took place"),
                               ("meeting-noshow", "no_show", "a partner did not come")):
        p = sub.add_parser(name, help=f"mark a meeting: {words} (syncs to every station)")
        p.add_argument("path", help="event file")
        p.add_argument("meeting_id", type=int, help="meeting id (see `checkin meetings`)")
        p.add_argument("--undo", action="store_true", help="take the mark back (the state follows arrivals again)")
        p.add_argument("--at", metavar="ISO8601", help="time of the mark (default now)")
        add_json(p)
        p.set_defaults(func=cmd_mark, state=state)

    p = sub.add_parser("matchmaking-settings", help="the matchmaking profile and the at-risk / no-show minutes",
                       description="Without options: show them. The profile lists the fields rematches are ranked "
                                   "by: columns such as country, or the import's extra columns such as sector.")
    p.add_argument("path", help="event file (the organiser's, before the desk copies are made)")
    p.add_argument("--profile", metavar="FIELD,FIELD", help="e.g. 'sector,interests,country' ('' = the usual ones)")
    p.add_argument("--risk-minutes", type=int, help="at risk from this many minutes before the start (default 15)")
    p.add_argument("--noshow-minutes", type=int, help="no-show this many minutes after the start (default 10)")
    add_json(p)
    p.set_defaults(func=cmd_settings)

    p = sub.add_parser("rematch", help="a new partner for a guest whose partner is missing: suggestions, or --book")
    p.add_argument("path", help="event file")
    p.add_argument("attendee_id", help="the guest whose partner is missing (attendee id)")
    p.add_argument("--slot", help="start time of the slot: HH:MM or ISO 8601 (required)")
    p.add_argument("--day", help="YYYY-MM-DD (needed if the slot time exists on several days)")
    p.add_argument("--book", type=int, metavar="PARTNER", help="book this suggested guest (attendee id)")
    p.add_argument("--slips", metavar="FOLDER", help="with --book: write both guests' new agenda slips (PDF) here")
    p.add_argument("--limit", type=int, default=10, help="how many suggestions (default 10)")
    p.add_argument("--at", metavar="ISO8601", help="pretend it is this time (default now)")
    add_json(p)
    p.set_defaults(func=cmd_rematch)


def _slot(store: Any, text: str | None, day: str | None) -> datetime | None:
    from .agenda import _slot as slot_of

    return slot_of(store, text, day)


def _day(text: str | None) -> str | None:
    from .agenda import _day as day_of

    return day_of(text)


def _names(s: Any) -> str:
    return "  +  ".join(f"{p.name}{'' if p.arrived else ' [not arrived]'}" for p in s.participants)


def cmd_meetings(args: argparse.Namespace) -> int:
    from ...core import matchmaking as mm

    at = parse_when(args.at)
    with open_event(args.path, readonly=True) as store:
        day = _day(args.day)
        found = mm.board(store, day=day, slot=_slot(store, args.slot, day), table=args.table, at=at)
        if args.state:
            found = [s for s in found if s.state == args.state]
        rows = [mm.status_json(s, store) for s in found]
        counts = mm.counts(found)
    if args.json:
        print_json({"counts": counts, "meetings": rows})
        return 0
    for s in found:
        extra = " (rematch)" if s.rematch_for else (" (replaced by a rematch)" if s.replaced_by else "")
        print(f"{s.start:%Y-%m-%d %H:%M}  table {s.table:>4}  [{s.id}] {STATE_WORDS[s.state]:<8} {_names(s)}{extra}")
    if not found:
        print("no meetings")
    print(", ".join(f"{n} {STATE_WORDS[k]}" for k, n in counts.items() if n) or "0 meetings")
    return 0


def cmd_mark(args: argparse.Namespace) -> int:
    from ...core import matchmaking as mm

    at = parse_when(args.at)
    state = "planned" if args.undo else args.state
    with open_event(args.path) as store:
        try:
            rec = mm.mark(store, args.meeting_id, state, at=at)
        except mm.MatchmakingError as exc:
            raise CliError(str(exc)) from None
        status = mm.meeting(store, args.meeting_id, at)
        out = {"meeting": mm.status_json(status, store), "record_id": rec.record_id} if status else {}
    if args.json:
        print_json(out)
    else:
        print(f"meeting {args.meeting_id} (table {status.table if status else '?'}): now "
              f"{STATE_WORDS[status.state] if status else state} (journal record {rec.record_id[:8]}, "
              "syncs to all stations)")
    return 0


def cmd_rematch(args: argparse.Namespace) -> int:
    from ...core import agenda_pdf
    from ...core import matchmaking as mm

    at = parse_when(args.at)
    if not args.slot:
        raise CliError("say which slot: --slot HH:MM", 2)
    if not str(args.attendee_id).isdigit():
        raise CliError(f"not an attendee id: {args.attendee_id!r} (see `checkin attendees`)", 2)
    args.attendee_id = int(args.attendee_id)
    if args.limit < 1:
        raise CliError("--limit must be 1 or more", 2)
    if args.slips and not args.book:
        raise CliError("--slips goes with --book", 2)
    slips_dir = Path(args.slips) if args.slips else None
    if slips_dir is not None and not slips_dir.is_dir():
        raise CliError(f"folder {slips_dir} does not exist")
    with open_event(args.path, readonly=not args.book) as store:
        day = _day(args.day)
        slot = _slot(store, args.slot, day)
        try:
            if args.book is None:
                offer = mm.suggest(store, args.attendee_id, slot, at=at, limit=args.limit)
                out: dict[str, Any] = {
                    "attendee_id": offer.attendee_id, "slot": offer.slot.isoformat(), "table": offer.table,
                    "replaces": offer.replaces, "suggestions": [mm.suggestion_json(s) for s in offer.suggestions]}
            else:
                booking = mm.book(store, args.attendee_id, slot, args.book, at=at)
                status = mm.meeting(store, booking.meeting_id, at)
                out = {"booked": mm.status_json(status, store) if status else None,
                       "replaces": booking.replaces, "record_id": booking.record_id, "slips": []}
                for aid in (booking.attendee_id, booking.partner_id) if slips_dir else ():
                    who = store.attendee(aid)
                    language = "de" if who and who.language == "de" else "en"
                    pdf = agenda_pdf.write(store, aid, slips_dir / f"agenda-{aid}.pdf",
                                           day=booking.start.date().isoformat(), language=language, now=at)
                    out["slips"].append(str(pdf))
        except mm.MatchmakingError as exc:
            raise CliError(str(exc)) from None
    if args.json:
        print_json(out)
    elif args.book is None:
        where = f"table {out['table']}" if out["table"] else "a free table"
        print(f"{args.slot}: suggestions for attendee {args.attendee_id} ({where})")
        for s in out["suggestions"]:
            shared = ", ".join(f"{x['field']}: {x['value']}" for x in s["shared"]) or "-"
            print(f"  [{s['id']}] {s['name']} ({s['organisation']}, {s['country']})  shares {shared}")
        if not out["suggestions"]:
            print("  nobody present is free in this slot")
    else:
        b = out["booked"]
        print(f"booked: table {b['table']} at {b['start'][11:16]}, "
              + " + ".join(p["name"] for p in b["participants"])
              + (f"; slips: {', '.join(out['slips'])}" if out["slips"] else ""))
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    from ...core import matchmaking as mm

    changes: dict[str, Any] = {}
    for key in ("risk_minutes", "noshow_minutes"):
        value = getattr(args, key)
        if value is not None:
            if not 0 <= value <= 240:
                raise CliError(f"--{key.replace('_', '-')} must be between 0 and 240", 2)
            changes[key] = value
    if args.profile is not None:
        changes["profile"] = [f.strip() for f in args.profile.split(",") if f.strip()]
    with open_event(args.path, readonly=not changes) as store:
        conf = dict(store.get_meta("matchmaking", {}) or {})
        if changes:
            conf.update(changes)
            store.set_meta("matchmaking", conf)
        timing = mm.Timing.of(store)
        profile = conf.get("profile") or []
        out = {"profile": profile, "risk_minutes": timing.risk_minutes, "noshow_minutes": timing.noshow_minutes}
    if args.json:
        print_json(out)
    else:
        print(f"profile: {', '.join(profile) if profile else 'the usual (sector, interests, ... as imported; country)'}")
        print(f"at risk {timing.risk_minutes} min before the start, no-show {timing.noshow_minutes} min after it")
    return 0
