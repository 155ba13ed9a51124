"""Programme on the command line: a person's agenda (JSON, PDF), now/next, matchmaking, session doors, moves."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import Any

from ..common import CliError, add_json, open_event, parse_when, print_json

# Exit codes of session-scan: 0 entry/exit counted (or already inside), 3 refused (full, not assigned ...:
# nothing recorded, admit with --admit), 1 not a code of this event.
REFUSED = 3


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("agenda", help="one person's sessions and matchmaking meetings (room, time, table, partner)")
    p.add_argument("path", help="event file")
    p.add_argument("attendee_id", type=int, help="attendee id (see `checkin attendees`)")
    p.add_argument("--day", help="only this day, YYYY-MM-DD (default: all days)")
    p.add_argument("--language", choices=("de", "en"), help="language of 'title' (default: the guest's)")
    add_json(p)
    p.set_defaults(func=cmd_agenda)

    p = sub.add_parser("agenda-pdf", help="print one person's agenda as a one-page PDF")
    p.add_argument("path", help="event file")
    p.add_argument("attendee_id", type=int)
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="PDF file to write")
    p.add_argument("--day", help="only this day, YYYY-MM-DD (default: all days)")
    p.add_argument("--language", choices=("de", "en"), help="language of titles (default: the guest's)")
    p.set_defaults(func=cmd_agenda_pdf)

    p = sub.add_parser("now", help="sessions running now and the next ones, with rooms and occupancy")
    p.add_argument("path", help="event file")
    p.add_argument("--at", metavar="ISO8601", help="pretend it is this time, e.g. 2026-11-20T13:45:00+01:00")
    p.add_argument("--language", choices=("de", "en"), default="en", help="language of 'title' (default en)")
    add_json(p)
    p.set_defaults(func=cmd_now)

    p = sub.add_parser(
        "session-scan", help="a badge scanned at a session door: admit (or exit) and count occupancy",
        description="Exit status: 0 counted (or already inside), 3 refused and nothing recorded (full, not "
                    "assigned, session over, cancelled: admit anyway with --admit), 1 not a valid code.")
    p.add_argument("path", help="event file")
    p.add_argument("session_id", type=int, help="session id (see `checkin now` or the programme screen)")
    p.add_argument("code", help="the scanned code (text of the QR code)")
    p.add_argument("--exit", action="store_true", help="an exit scan: the guest leaves the session")
    p.add_argument("--admit", action="store_true", help="admit although full / not assigned (recorded as override)")
    p.add_argument("--reason", default="", help="why an override was admitted")
    p.add_argument("--at", metavar="ISO8601", help="time of the scan (default now)")
    add_json(p)
    p.set_defaults(func=cmd_session_scan)

    p = sub.add_parser("move-session", help="move a session to another room (and/or time); syncs to every station")
    p.add_argument("path", help="event file")
    p.add_argument("session_id", type=int)
    p.add_argument("--room", help="room id or a unique part of its name, e.g. 1 or 'Plenar'")
    p.add_argument("--start", metavar="ISO8601", help="new start time")
    p.add_argument("--end", metavar="ISO8601", help="new end time")
    p.add_argument("--capacity", type=int, help="new capacity (seats) for this session")
    add_json(p)
    p.set_defaults(func=cmd_move_session)

    p = sub.add_parser("matchmaking", help="matchmaking meetings by slot or table; who has not arrived")
    p.add_argument("path", help="event file")
    p.add_argument("--day", help="YYYY-MM-DD (default: all days)")
    p.add_argument("--slot", help="start time of the slot: HH:MM (with --day or on the only day) or ISO 8601")
    p.add_argument("--table", help="table number, e.g. 17")
    p.add_argument("--not-arrived", action="store_true", help="only meetings where a partner has not arrived")
    add_json(p)
    p.set_defaults(func=cmd_matchmaking)


def _language(store: Any, attendee_id: int, wanted: str | None) -> str:
    if wanted:
        return wanted
    a = store.attendee(attendee_id)
    return "de" if a is not None and a.language == "de" else "en"


def _person(store: Any, attendee_id: int) -> Any:
    a = store.attendee(attendee_id)
    if a is None:
        raise CliError(f"no attendee {attendee_id} in this event (see `checkin attendees`)")
    return a


def _day(text: str | None) -> str | None:
    if text is None:
        return None
    try:
        return datetime.strptime(text, "%Y-%m-%d").date().isoformat()
    except ValueError:
        raise CliError(f"not a date (YYYY-MM-DD): {text!r}", 2) from None


def _hhmm(dt: datetime) -> str:
    return dt.strftime("%H:%M")


def cmd_agenda(args: argparse.Namespace) -> int:
    from ...core import agenda

    with open_event(args.path, readonly=True) as store:
        a = _person(store, args.attendee_id)
        language = _language(store, a.id, args.language)
        items = agenda.person_agenda(store, a.id, _day(args.day))
        out = {"attendee_id": a.id, "name": a.display_name, "organisation": a.organisation,
               "language": language, "items": agenda.items_json(items, store, language)}
    if args.json:
        print_json(out)
        return 0
    print(f"{out['name']} ({out['organisation']})")
    if not items:
        print("  no sessions or meetings")
    day = None
    for item, row in zip(items, out["items"], strict=True):
        if item.start.date() != day:
            day = item.start.date()
            print(f"\n{day.isoformat()}")
        where = row["room"] or ""
        if row["table"]:
            where = f"table {row['table']}, {where}"
        print(f"  {_hhmm(item.start)}-{_hhmm(item.end)}  {row['title']}  [{where}]")
        for p in row["partners"]:
            state = f"arrived {p['arrived_at'][11:16]}" if p["arrived"] else "not arrived yet"
            print(f"      partner: {p['name']}, {p['organisation']} ({state})")
    return 0


def cmd_agenda_pdf(args: argparse.Namespace) -> int:
    from ...core import agenda_pdf, pdftext
    from .reports import warn_glyphs

    out = Path(args.out)
    if out.is_dir():
        raise CliError(f"{out} is a folder; give a file name ending in .pdf")
    if not out.parent.exists():
        raise CliError(f"folder {out.parent} does not exist")
    with open_event(args.path, readonly=True) as store:
        a = _person(store, args.attendee_id)
        agenda_pdf.write(store, a.id, out, day=_day(args.day), language=_language(store, a.id, args.language))
        glyphs = pdftext.GlyphReport()
        glyphs.check_all((a.id, f, getattr(a, f)) for f in ("title", "first_name", "last_name", "organisation"))
    warn_glyphs(glyphs)
    print(f"wrote {out}")
    return 0


def cmd_now(args: argparse.Namespace) -> int:
    from ...core import agenda
    from ...core.journal import utc_now

    at = parse_when(args.at) or utc_now()
    with open_event(args.path, readonly=True) as store:
        nn = agenda.now_next(store, at)
        out = {"at": nn.at.isoformat(timespec="seconds"),
               "running": [agenda.session_json(v, args.language) for v in nn.running],
               "next": [agenda.session_json(v, args.language) for v in nn.next]}
    if args.json:
        print_json(out)
        return 0
    print(f"Now ({nn.at.strftime('%Y-%m-%d %H:%M')})")
    for v in nn.running or []:
        print(_session_line(v, args.language))
    if not nn.running:
        print("  nothing running")
    print("Next")
    for v in nn.next:
        print(_session_line(v, args.language))
    if not nn.next:
        print("  nothing more today")
    return 0


def _session_line(v: Any, language: str) -> str:
    room = v.room.name if v.room else "?"
    seats = f"  {v.present}/{v.capacity}" if v.capacity else ""
    state = {"full": "  FULL", "near_full": "  nearly full"}.get(v.state, "")
    return f"  {_hhmm(v.start)}-{_hhmm(v.end)}  [{v.id}] {v.title(language)}  -> {room}{seats}{state}"


def cmd_session_scan(args: argparse.Namespace) -> int:
    from ...core import doors

    at = parse_when(args.at)
    with open_event(args.path) as store:
        try:
            r = doors.scan(store, args.session_id, args.code, exit=args.exit, at=at, admit=args.admit,
                           reason=args.reason)
        except doors.DoorError as exc:
            raise CliError(str(exc)) from None
        out = doors.result_json(store, r)
    code = 0
    if r.status in (doors.DoorStatus.INVALID_CODE, doors.DoorStatus.WRONG_EVENT):
        code = 1
    elif not r.recorded and r.status not in (doors.DoorStatus.ALREADY_INSIDE, doors.DoorStatus.NOT_INSIDE):
        code = REFUSED
    if args.json:
        print_json(out)
        return code
    who = out["attendee"]["name"] if out["attendee"] and out["attendee"]["name"] else "?"
    seats = f"{out['occupancy']}/{out['capacity']}" if out["capacity"] else str(out["occupancy"])
    line = f"{r.status.value.replace('_', ' ').upper()}: {who} - {r.session.title_en} ({seats}, {out['state']})"
    if r.assigned_elsewhere:
        line += "; assigned to " + ", ".join(
            f"{v.title_en} in {v.room.name if v.room else '?'}" for v in r.assigned_elsewhere)
    if code == 0:
        print(line)
    else:
        hint = " (admit anyway with --admit)" if r.status in doors.OVERRIDABLE else ""
        raise CliError(line + hint, code)
    return 0


def cmd_move_session(args: argparse.Namespace) -> int:
    from ...core import agenda

    fields: dict[str, Any] = {}
    if args.room is not None:
        fields["room_id"] = args.room
    for key in ("start", "end"):
        value = getattr(args, key)
        if value is not None:
            fields[key] = parse_when(value).isoformat()
    if args.capacity is not None:
        if args.capacity < 0:
            raise CliError("--capacity must be 0 or more", 2)
        fields["capacity"] = args.capacity
    if not fields:
        raise CliError("say what changes: --room, --start, --end or --capacity", 2)
    with open_event(args.path) as store:
        try:
            before = agenda.session(store, args.session_id)
            rec = agenda.change_session(store, args.session_id, fields)
            after = agenda.session(store, args.session_id)
        except agenda.AgendaError as exc:
            raise CliError(str(exc)) from None
        out = {"session": agenda.session_json(after), "before": agenda.session_json(before),
               "record_id": rec.record_id}
    if args.json:
        print_json(out)
    else:
        print(f"session {after.id} ({after.title_en}): {before.room.name if before.room else '-'} "
              f"{_hhmm(before.start)}-{_hhmm(before.end)} -> {after.room.name if after.room else '-'} "
              f"{_hhmm(after.start)}-{_hhmm(after.end)} (journal record {rec.record_id[:8]}, syncs to all stations)")
    return 0


def _slot(store: Any, text: str | None, day: str | None) -> datetime | None:
    from ...core import agenda

    if text is None:
        return None
    if "T" in text:
        return parse_when(text)
    candidates = [s for s in agenda.slots(store, day) if _hhmm(s) == text.strip().zfill(5)]
    days = {s.date() for s in candidates}
    if not candidates:
        raise CliError(f"no matchmaking slot at {text}" + (f" on {day}" if day else ""))
    if len(days) > 1:
        raise CliError(f"slot {text} exists on several days; add --day YYYY-MM-DD", 2)
    return candidates[0]


def cmd_matchmaking(args: argparse.Namespace) -> int:
    from ...core import agenda

    with open_event(args.path, readonly=True) as store:
        day = _day(args.day)
        found = agenda.meetings(store, day=day, slot=_slot(store, args.slot, day), table=args.table,
                                not_arrived=args.not_arrived, replaced=False)  # a rematch took their place
        rows = [{"id": m.id, "start": m.start.isoformat(), "end": m.end.isoformat(), "table": m.table,
                 "room": m.room.name if m.room else None,
                 "participants": [agenda.partner_json(p, store) for p in m.participants],
                 "missing": [p.id for p in m.missing]} for m in found]
    if args.json:
        print_json(rows)
        return 0
    for m in found:
        people = "  +  ".join(f"{p.name} ({p.organisation}){'' if p.arrived else ' [not arrived]'}"
                              for p in m.participants)
        print(f"{m.start.strftime('%Y-%m-%d %H:%M')}  table {m.table:>4}  {people}")
    if not found:
        print("no meetings")
    return 0
