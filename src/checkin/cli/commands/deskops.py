"""Desk operations on the command line: walk-ins, substitutions, corrections, companions, hand-outs,
badges collected, paper backfill, VIP notices."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, time
from pathlib import Path
from typing import Any

from ..common import CliError, add_json, open_event, parse_when, print_json

_PERSON_HELP = "names are stored exactly as typed (no re-casing)"


def _person_args(p: argparse.ArgumentParser, *, required: bool) -> None:
    p.add_argument("--first-name", "--first", dest="first_name", metavar="TEXT", help="first name; " + _PERSON_HELP)
    p.add_argument("--last-name", "--last", dest="last_name", metavar="TEXT",
                   help="family name" + (" (this or --first-name is needed)" if required else ""))
    p.add_argument("--title", metavar="TEXT", help='academic title, e.g. "Dr."')
    p.add_argument("--salutation", metavar="TEXT", help='e.g. "Frau", "Mr"')
    p.add_argument("--organisation", "--org", dest="organisation", metavar="TEXT", help="organisation")
    p.add_argument("--organisation-type", metavar="TYPE",
                   help="sme, large_company, research, public_body, association, other")
    p.add_argument("--position", metavar="TEXT", help="job title")
    p.add_argument("--email", metavar="ADDRESS", help="email (optional)")
    p.add_argument("--country", metavar="CC", help="two-letter country code, e.g. DE")
    p.add_argument("--language", choices=("de", "en"), help="language for letters and certificates")
    p.add_argument("--category", metavar="NAME", help="guest, speaker, press, staff, exhibitor, ministry, ...")


def _desk_args(p: argparse.ArgumentParser, *, checkin: bool = True) -> None:
    p.add_argument("--station", metavar="NAME", help="station recorded in the journal (default: this copy's)")
    p.add_argument("--operator", metavar="NAME", help="who did it (recorded in the journal)")
    if checkin:
        p.add_argument("--point", default="main", metavar="NAME", help="check-in point (default: main)")
        p.add_argument("--no-checkin", dest="checkin", action="store_false",
                       help="register only; do not admit the person now")
        p.add_argument("--at", metavar="ISO8601", help="time with offset (default: now)")
    add_json(p)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "walkin", help="register a walk-in at the desk (gets a station-issued code) and admit them",
        description="Register someone who came without an invitation, flagged as walk-in, and admit them. "
        "The new attendee gets a code signed with this desk copy's certified station key: it works on the "
        "badge and at every station's doors once the stations have synced. On invitation-only events "
        "(checkin invitation-only PATH on) the organiser PIN is needed.")
    p.add_argument("path", help="event file (a desk copy or the organiser's file)")
    _person_args(p, required=True)
    p.add_argument("--pin", metavar="PIN", help="organiser PIN (invitation-only events)")
    _desk_args(p)
    p.set_defaults(func=cmd_walkin)

    p = sub.add_parser(
        "substitute", help="someone came instead of an invited guest: register and admit them, linked",
        description="A colleague came instead of the invited guest. The person who came becomes an attendee "
        "who 'replaces' the invited one (category, registrations and, unless given, organisation taken over); "
        "badge, certificate, report and sync back name the person who came and show whom they replaced.")
    p.add_argument("path", help="event file")
    p.add_argument("invited", type=int, metavar="INVITED_ID", help="id of the invited guest")
    _person_args(p, required=True)
    p.add_argument("--take-over-arrival", action="store_true",
                   help="the invited guest was checked in today already (the colleague showed their invitation): "
                   "undo that check-in and admit the person who came instead")
    _desk_args(p)
    p.set_defaults(func=cmd_substitute)

    p = sub.add_parser(
        "correct", help="correct name, title, organisation, category ... on the spot (original kept)",
        description="Correct an attendee's details at the venue. A journal record keeps the new and the "
        "original values (for the sync back); give --badge-pdf to reprint the badge at once.")
    p.add_argument("path", help="event file")
    p.add_argument("id", type=int, help="attendee id")
    _person_args(p, required=False)
    p.add_argument("--badge-pdf", metavar="OUT.pdf", help="write the corrected badge to this PDF")
    p.add_argument("--layout", help="badge layout for --badge-pdf (default: the event's)")
    _desk_args(p, checkin=False)
    p.set_defaults(func=cmd_correct)

    p = sub.add_parser(
        "companion", help="add a companion under a guest (own code, own check-in), or list companions",
        description="Register a companion of a guest. Companions are attendees of their own, listed under "
        "their guest and checked in individually. Without a name: list the guest's companions.")
    p.add_argument("path", help="event file")
    p.add_argument("guest", type=int, metavar="GUEST_ID", help="id of the guest they accompany")
    _person_args(p, required=False)
    _desk_args(p)
    p.set_defaults(func=cmd_companion)

    p = sub.add_parser(
        "handout", help="hand out / take back items against a deposit (receivers); who still has one",
        description="issue: hand an item to a guest (e.g. --item receiver --deposit 'ID card'); "
        "return: take it back; list: who holds an item now (--day: issued that day and not returned).")
    p.add_argument("path", help="event file")
    p.add_argument("action", choices=("issue", "return", "list"), help="issue, return or list")
    p.add_argument("id", type=int, nargs="?", help="attendee id (issue and return)")
    p.add_argument("--item", default="receiver", help="what is handed out (default: receiver)")
    p.add_argument("--deposit", default="", metavar="TEXT", help='what the guest left, e.g. "ID card", "50 EUR"')
    p.add_argument("--day", metavar="YYYY-MM-DD", help="list: only items issued on this day")
    p.add_argument("--all-items", action="store_true", help="list: every item, not just --item")
    _desk_args(p, checkin=False)
    p.set_defaults(func=cmd_handout)

    p = sub.add_parser(
        "badge-collected", help="note that a guest took their pre-printed badge (separate from arrival)",
        description="For events that pre-print badges and sort them in trays: mark a badge as collected; "
        "--list shows all collected badges. Collecting twice changes nothing.")
    p.add_argument("path", help="event file")
    p.add_argument("id", type=int, nargs="?", help="attendee id")
    p.add_argument("--list", action="store_true", help="list collected badges")
    _desk_args(p, checkin=False)
    p.set_defaults(func=cmd_collected)

    p = sub.add_parser(
        "backfill", help="enter arrivals ticked on the paper list during an outage (source: paper)",
        description="Record guests ticked on the paper fallback list, at an approximate time: '--at 08:50' "
        "(venue time, on --day, default today) or a full ISO time with offset. Guests already admitted that "
        "day are reported, not admitted twice.")
    p.add_argument("path", help="event file")
    p.add_argument("ids", type=int, nargs="+", metavar="ID", help="attendee ids ticked on the paper list")
    p.add_argument("--at", required=True, metavar="TIME", help="approximate time: HH:MM (venue time) or ISO 8601")
    p.add_argument("--day", metavar="YYYY-MM-DD", help="day of HH:MM (default: today, venue time)")
    p.add_argument("--point", default="main", metavar="NAME", help="check-in point (default: main)")
    p.add_argument("--station", metavar="NAME", help="station recorded in the journal (default: this copy's)")
    p.add_argument("--operator", metavar="NAME", help="who entered them")
    add_json(p)
    p.set_defaults(func=cmd_backfill)

    p = sub.add_parser(
        "notices", help="VIP notices: attention-flagged guests admitted today at another station; acknowledge",
        description="List the VIP notices this station has not acknowledged (guests with the attention flag "
        "admitted today at another station), or acknowledge them.")
    p.add_argument("path", help="event file")
    p.add_argument("--ack", metavar="RECORD_ID", action="append", help="acknowledge this notice (repeatable)")
    p.add_argument("--ack-all", action="store_true", help="acknowledge every open notice")
    p.add_argument("--station", metavar="NAME", help="whose notices (default: this copy's station)")
    p.add_argument("--day", metavar="YYYY-MM-DD", help="day (default: today, venue time)")
    add_json(p)
    p.set_defaults(func=cmd_notices)

    p = sub.add_parser("invitation-only", help="walk-ins need the organiser PIN (on) or not (off)")
    p.add_argument("path", help="the organiser's event file (desk copies made afterwards carry it)")
    p.add_argument("state", choices=("on", "off"), help="on or off")
    p.set_defaults(func=cmd_invitation_only)


# --- helpers -------------------------------------------------------------------------------------------
def _person(args: argparse.Namespace) -> dict[str, Any]:
    from ...core.deskops import PERSON_FIELDS

    return {k: getattr(args, k) for k in PERSON_FIELDS if getattr(args, k, None) is not None}


def _op_json(store: Any, result: Any) -> dict[str, Any]:
    from ...core.desk import decision_json
    from ...core.serialize import attendee_json

    first = store.first_arrival(result.attendee.id)
    return {
        "attendee": attendee_json(result.attendee, first.at if first else None, store.tz),
        "kind": result.record.kind, "record_id": result.record.record_id, "station": result.record.station_id,
        "code": result.attendee.code or None, "data": result.record.data,
        "checkin": decision_json(store, result.decision) if result.decision is not None else None,
    }


def _line(out: dict[str, Any]) -> str:
    a = out["attendee"]
    text = f"{out['kind']}: {a['first_name']} {a['last_name']} (id {a['id']}"
    text += f", {a['organisation']})" if a["organisation"] else ")"
    if out["checkin"]:
        text += f"  check-in: {out['checkin']['status']}"
    return text


def _run(fn: Any, *args: Any, **kwargs: Any) -> Any:
    from ...core.deskops import DeskOpsError

    try:
        return fn(*args, **kwargs)
    except DeskOpsError as exc:
        raise CliError(str(exc)) from None


def _emit(args: argparse.Namespace, out: Any, text: str) -> None:
    if args.json:
        print_json(out)
    else:
        print(text)


def _new_person_cmd(args: argparse.Namespace, fn: Any, *lead: Any, **extra: Any) -> int:
    at = parse_when(args.at)
    with open_event(args.path) as store:
        result = _run(fn, store, *lead, _person(args), point=args.point, check_in=args.checkin,
                      station=args.station, operator=args.operator, at=at, **extra)
        out = _op_json(store, result)
    _emit(args, out, _line(out))
    return 0


# --- commands ------------------------------------------------------------------------------------------
def cmd_walkin(args: argparse.Namespace) -> int:
    from ...core.deskops import register_walkin

    return _new_person_cmd(args, register_walkin, pin=args.pin)


def cmd_substitute(args: argparse.Namespace) -> int:
    from ...core.deskops import substitute

    return _new_person_cmd(args, substitute, args.invited, take_over_arrival=args.take_over_arrival)


def cmd_companion(args: argparse.Namespace) -> int:
    from ...core.deskops import add_companion, companions_of
    from ...core.serialize import attendee_json

    if _person(args):
        return _new_person_cmd(args, add_companion, args.guest)
    with open_event(args.path, readonly=True) as store:
        if store.attendee(args.guest) is None:
            raise CliError(f"no guest with id {args.guest}")
        firsts = store.first_arrivals()
        rows = [attendee_json(a, firsts.get(a.id), store.tz) for a in companions_of(store, args.guest)]
    text = "\n".join(f"{'✓' if r['arrived_at'] else ' '} {r['id']:>6}  {r['last_name']}, {r['first_name']}"
                     for r in rows) or "no companions"
    _emit(args, rows, text)
    return 0


def cmd_correct(args: argparse.Namespace) -> int:
    from ...core.deskops import CORRECTABLE, correct

    changes = {k: v for k, v in _person(args).items() if k in CORRECTABLE}
    if not changes:
        raise CliError("nothing to correct: give e.g. --organisation 'New name' (see --help)", 2)
    with open_event(args.path) as store:
        result = _run(correct, store, args.id, changes, station=args.station, operator=args.operator)
        out = _op_json(store, result)
        if args.badge_pdf:
            out["badge_pdf"] = _badge_pdf(store, args.id, Path(args.badge_pdf), args.layout)
    changed = ", ".join(f"{k}: {out['data']['original'][k]!r} -> {v!r}" for k, v in out["data"]["fields"].items())
    _emit(args, out, f"corrected {changed}" + (f"; badge written to {args.badge_pdf}" if args.badge_pdf else ""))
    return 0


def _badge_pdf(store: Any, attendee_id: int, out: Path, layout_name: str | None) -> str:
    from ...core.badges import catalog
    from ...core.badges.document import make_pdf
    from ...core.badges.layout import LayoutError

    try:
        layout = catalog.get_layout(store, layout_name)
    except LayoutError as exc:
        raise CliError(str(exc)) from None
    out.parent.mkdir(parents=True, exist_ok=True)
    person = store.attendee(attendee_id)
    make_pdf(store, out, layout, [person], title=f"Badge {person.display_name}")
    return str(out)


def _held_json(store: Any, held: list[Any]) -> list[dict[str, Any]]:
    from ...core.serialize import local_iso

    people = {a.id: a for a in store.attendees_by_ids(sorted({h.attendee_id for h in held}))}
    rows = []
    for h in held:
        a = people.get(h.attendee_id)
        rows.append({"attendee_id": h.attendee_id, "first_name": a.first_name if a else "",
                     "last_name": a.last_name if a else "", "organisation": a.organisation if a else "",
                     "item": h.item, "deposit": h.deposit or None, "issued_at": local_iso(h.issued_at, store.tz),
                     "day": h.day, "station": h.station, "record_id": h.record_id})
    return rows


def cmd_handout(args: argparse.Namespace) -> int:
    from ...core.deskops import holding, issue_item, return_item

    if args.action == "list":
        with open_event(args.path, readonly=True) as store:
            rows = _held_json(store, holding(store, item=None if args.all_items else args.item, day=args.day))
        text = "\n".join(f"{r['item']:<10} {r['issued_at'][11:16]}  {r['last_name']}, {r['first_name']}  "
                         f"({r['organisation']})  deposit: {r['deposit'] or '-'}  [{r['station']}]"
                         for r in rows) or "nobody holds one"
        _emit(args, rows, text)
        return 0
    if args.id is None:
        raise CliError(f"{args.action} needs the attendee id", 2)
    with open_event(args.path) as store:
        if args.action == "issue":
            result = _run(issue_item, store, args.id, args.item, deposit=args.deposit, station=args.station,
                          operator=args.operator)
        else:
            result = _run(return_item, store, args.id, args.item, station=args.station, operator=args.operator)
        out = _op_json(store, result)
    d = out["data"]
    deposit = f" (deposit: {d['deposit']})" if d.get("deposit") else ""
    verb = "issued to" if args.action == "issue" else "returned by"
    _emit(args, out, f"{d['item']} {verb} {out['attendee']['first_name']} {out['attendee']['last_name']}{deposit}")
    return 0


def cmd_collected(args: argparse.Namespace) -> int:
    from ...core.deskops import collect_badge, collected
    from ...core.serialize import local_iso

    if args.list or args.id is None:
        if args.id is not None:
            raise CliError("give an attendee id or --list, not both", 2)
        with open_event(args.path, readonly=True) as store:
            found = collected(store)
            people = {a.id: a for a in store.attendees_by_ids(sorted(found))}
            rows = [{"attendee_id": aid, "first_name": people[aid].first_name, "last_name": people[aid].last_name,
                     "collected_at": local_iso(at, store.tz)} for aid, at in sorted(found.items()) if aid in people]
        _emit(args, rows, "\n".join(f"{r['collected_at'][11:16]}  {r['last_name']}, {r['first_name']}"
                                    for r in rows) or "no badges collected")
        return 0
    with open_event(args.path) as store:
        result, earlier = _run(collect_badge, store, args.id, station=args.station, operator=args.operator)
        if result is None:
            out = {"collected": False, "already_at": local_iso(earlier, store.tz), "attendee_id": args.id}
            text = f"badge of attendee {args.id} was collected already at {out['already_at']}"
        else:
            out = {**_op_json(store, result), "collected": True, "already_at": None}
            text = f"badge collected: {out['attendee']['first_name']} {out['attendee']['last_name']}"
    _emit(args, out, text)
    return 0


def _paper_time(store: Any, text: str, day: str | None) -> datetime:
    if len(text) <= 5 and ":" in text:
        try:
            clock = time.fromisoformat(text.zfill(5))
            base = datetime.fromisoformat(day) if day else datetime.now(store.tz)
        except ValueError:
            raise CliError(f"--at {text!r} / --day {day!r}: use HH:MM and YYYY-MM-DD", 2) from None
        return datetime.combine(base.date(), clock, tzinfo=store.tz)
    if day:
        raise CliError("--day goes with --at HH:MM only", 2)
    return parse_when(text)  # type: ignore[return-value]


def cmd_backfill(args: argparse.Namespace) -> int:
    from ...core.desk import decision_json
    from ...core.deskops import backfill

    with open_event(args.path) as store:
        at = _paper_time(store, args.at, args.day)
        decisions = _run(backfill, store, args.ids, at, point=args.point, station=args.station,
                         operator=args.operator)
        rows = [decision_json(store, d) for d in decisions]
    lines = []
    for r in rows:
        a = r["attendee"]
        lines.append(f"{r['status']:<18} {a['last_name']}, {a['first_name']}" if a else r["status"])
    admitted = sum(1 for r in rows if r["status"] == "admitted")
    _emit(args, rows, "\n".join(lines) + f"\n{admitted} of {len(rows)} recorded from paper at {at.isoformat()}")
    return 0


def cmd_notices(args: argparse.Namespace) -> int:
    from ...core.deskops import acknowledge, open_notices
    from ...core.serialize import local_iso

    with open_event(args.path) as store:
        station = args.station or store.station_id
        notices = open_notices(store, station=station, day=args.day)
        to_ack = [n.record_id for n in notices] if args.ack_all else list(args.ack or [])
        for rid in to_ack:
            _run(acknowledge, store, rid, station=args.station)
        acked = to_ack  # the check-ins whose notices were acknowledged
        rows = [{"record_id": n.record_id, "attendee_id": n.attendee.id if n.attendee else None,
                 "name": n.display_name, "organisation": n.attendee.organisation if n.attendee else "",
                 "note": (n.attendee.desk_note or None) if n.attendee else None,
                 "at": local_iso(n.at, store.tz), "station": n.station, "point": n.point,
                 "reason": n.reason or "vip_arrived",  # issue 22: kiosk referrals carry their reason
                 "acknowledged": n.record_id in to_ack} for n in notices]
    if args.json:
        print_json({"station": station, "notices": rows, "acknowledged": acked})
        return 0
    for r in rows:
        mark = "ok " if r["acknowledged"] else "!! "
        why = "" if r["reason"] == "vip_arrived" else f"sent to the desk ({r['reason']}) "
        print(f"{mark}{r['at'][11:16]}  {why}{r['name']} ({r['organisation']}) at {r['station']}: {r['note'] or ''}  "
              f"[{r['record_id']}]")
    if not rows:
        print("no open notices")
    if acked:
        print(f"acknowledged {len(acked)}", file=sys.stderr)
    return 0


def cmd_invitation_only(args: argparse.Namespace) -> int:
    from ...core import pins
    from ...core.deskops import set_invitation_only

    with open_event(args.path) as store:
        set_invitation_only(store, args.state == "on")
        has_pin = pins.pin_required(store)
    if args.state == "on" and not has_pin:
        print("invitation-only: on; set an organiser PIN (checkin organiser-pin PATH) so walk-ins need it",
              file=sys.stderr)
    else:
        print(f"invitation-only: {args.state}")
    return 0
