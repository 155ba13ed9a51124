"""Event files: demo, new, info, attendees, backup."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ..common import CliError, add_json, open_event, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="write a demo event (an international cluster conference in Berlin)")
    p.add_argument("path", help="event file to write, e.g. demo.checkin")
    p.add_argument("--attendees", type=int, default=600, help="number of attendees (default 600, up to 100000)")
    p.add_argument("--seed", type=int, default=1, help="different seeds give different events")
    p.add_argument("--start", type=_date, help="first day, YYYY-MM-DD (default: today)")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("new", help="make an empty event file")
    p.add_argument("path")
    p.add_argument("--title", required=True)
    p.add_argument("--start", type=_date, help="first day, YYYY-MM-DD (default: today)")
    p.add_argument("--days", type=int, default=1)
    p.add_argument("--timezone", default="Europe/Berlin")
    p.add_argument("--venue", default="")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("info", help="counts for an event file (read-only)")
    p.add_argument("path")
    add_json(p)
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("attendees", help="list the attendees")
    p.add_argument("path")
    add_json(p)
    p.set_defaults(func=cmd_attendees)

    p = sub.add_parser("backup", help="write a consistent copy of an event, even while it is open")
    p.add_argument("path")
    p.add_argument("out", help="file or folder (e.g. a USB stick) for the copy")
    p.set_defaults(func=cmd_backup)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def cmd_demo(args: argparse.Namespace) -> int:
    from ...core import demo

    if not 1 <= args.attendees <= 200_000:
        raise CliError("--attendees must be between 1 and 200000", 2)
    path = Path(args.path)
    if path.exists():
        # An earlier demo is replaced without asking; a real event file never is (that needs --force).
        if not args.force and not _is_demo(path):
            raise CliError(f"{path} exists already and is not a demo event (use --force to replace it)")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    store = demo.generate(path, attendees=args.attendees, seed=args.seed, start=args.start)
    print(f"wrote {path}: {store.count_attendees()} attendees, {store.count('sessions')} sessions, "
          f"{store.count('meetings')} meetings")
    store.close()
    return 0


def _is_demo(path: Path) -> bool:
    from ...core.store import EventStore, StoreError

    try:
        store = EventStore.open(path, readonly=True)
    except StoreError:
        return False
    try:
        return store.get_meta("seed") is not None and str(store.get_meta("event_id", "")).startswith("demo")
    finally:
        store.close()


def cmd_new(args: argparse.Namespace) -> int:
    from ...core import codes
    from ...core.session import create_event
    from ...core.store import StoreError

    try:
        store = create_event(args.path, title=args.title, start=args.start, days=args.days,
                             timezone=args.timezone, venue=args.venue)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    codes.ensure_event_keys(store)
    store.close()
    print(f"wrote {args.path}")
    return 0


def event_info(store) -> dict:
    ev = store.event
    return {
        "title": ev.title, "event_id": ev.id, "venue": ev.venue, "timezone": ev.timezone,
        "start": ev.start.isoformat() if ev.start else None, "end": ev.end.isoformat() if ev.end else None,
        "attendees": store.count_attendees(), "arrived": store.count_arrived(),
        "sessions": store.count("sessions"), "rooms": store.count("rooms"), "meetings": store.count("meetings"),
        "journal_records": store.count("journal"), "station": store.station_id,
        "role": store.get_meta("role", "organiser"),
    }


def cmd_info(args: argparse.Namespace) -> int:
    with open_event(args.path, readonly=True) as store:
        info = event_info(store)
    if args.json:
        print_json(info)
    else:
        for key, value in info.items():
            print(f"{key:16} {value}")
    return 0


def cmd_attendees(args: argparse.Namespace) -> int:
    from ...core.serialize import attendee_json

    with open_event(args.path, readonly=True) as store:
        arrivals = store.first_arrivals()
        tz = store.tz
        rows = [attendee_json(a, arrivals.get(a.id), tz) for a in store.iter_attendees()]
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            mark = "✓" if r["arrived_at"] else " "
            print(f"{mark} {r['id']:>6}  {r['last_name']}, {r['first_name']}  ({r['organisation']})")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from ...core.store import StoreError

    with open_event(args.path) as store:
        try:
            out = store.backup(args.out)
        except StoreError as exc:
            raise CliError(str(exc)) from None
    print(f"backup written to {out}")
    return 0
