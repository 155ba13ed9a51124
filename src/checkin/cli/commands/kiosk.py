"""The self-service kiosk headless: ``kiosk-sim`` walks guests through it, ``kiosk-settings`` sets what the
organiser allows. The kiosk window itself is ``checkin gui EVENT --kiosk``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..common import CliError, add_json, open_event, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "kiosk-sim", help="drive the self-service kiosk headless: N guests scan, confirm and print",
        description="Guests from the list walk through the kiosk flow exactly as at the kiosk window: scan the "
        "invitation (or --by-name: family name plus the first letters of the e-mail), confirm the badge, print. "
        "Every step is a journal record as at a desk; guests the kiosk must not serve (VIP, cancelled, already "
        "checked in ...) end at 'please go to the desk' and raise a notice at the desks. Times each guest from "
        "scan to the badge job accepted by the spooler.")
    p.add_argument("path", help="event file (a desk copy or the organiser's file)")
    p.add_argument("--guests", type=int, default=10, metavar="N", help="how many guests (default 10)")
    p.add_argument("--ids", metavar="ID,ID", help="these attendee ids instead of a random pick")
    p.add_argument("--seed", type=int, default=1, help="which guests a random pick chooses (default 1)")
    p.add_argument("--by-name", action="store_true", help="guests type their name instead of scanning")
    p.add_argument("--printer", metavar="QUEUE", help="CUPS queue to print on (default: PDFs into --out)")
    p.add_argument("--out", metavar="FOLDER", help="without --printer: folder for the badge PDFs "
                   "(default: kiosk-badges next to the event file)")
    p.add_argument("--station", metavar="NAME", help="station recorded in the journal (default: this copy's)")
    add_json(p)
    p.set_defaults(func=cmd_kiosk_sim)

    p = sub.add_parser("kiosk-settings", help="what guests may correct at the kiosk, and its timeouts",
                       description="Show or change the kiosk settings of the event (desk copies made afterwards "
                       "carry them).")
    p.add_argument("path", help="the organiser's event file")
    p.add_argument("--editable", metavar="FIELD,FIELD",
                   help="fields guests may correct on the badge preview, e.g. first_name,title ('' for none)")
    p.add_argument("--idle-seconds", type=float, metavar="S", help="back to the start after S seconds untouched")
    p.add_argument("--done-seconds", type=float, metavar="S", help="how long 'take your badge' stays")
    add_json(p)
    p.set_defaults(func=cmd_kiosk_settings)


def _ids(text: str) -> list[int]:
    try:
        return [int(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise CliError(f"--ids wants attendee ids separated by commas, not {text!r}", 2) from None


def cmd_kiosk_sim(args: argparse.Namespace) -> int:
    from ...core.kiosk import simulate
    from ...core.printing import SpoolError, default_spooler

    if args.guests < 1:
        raise CliError("--guests needs at least 1", 2)
    path = Path(args.path)
    with open_event(path) as store:
        ids = _ids(args.ids) if args.ids else simulate.pick_guests(store, args.guests, args.seed)
        missing = [i for i in ids if store.attendee(i) is None]
        if missing:
            raise CliError(f"no attendee with id {', '.join(map(str, missing))}", 2)
        try:
            if args.printer:
                spooler = default_spooler()
                if args.printer not in spooler.printers():
                    raise CliError(f"no printer queue named {args.printer!r}", 2)
            else:
                spooler = simulate.FolderSpooler(Path(args.out) if args.out else path.parent / "kiosk-badges")
            report = simulate.run(store, path, ids, printer=args.printer, spooler=spooler, by_name=args.by_name,
                                  station=args.station)
        except SpoolError as exc:
            raise CliError(str(exc)) from None
    out = report.to_json()
    if args.json:
        print_json(out)
        return 0
    for g in out["results"]:
        what = "badge printed" if g["step"] == "done" else f"sent to the desk ({g['reason']})"
        print(f"guest {g['attendee_id']:>6}: {what}  {g['ms']:.0f} ms")
    print(f"{out['printed']} of {out['guests']} printed; median {out['ms']['median']} ms per printed guest",
          file=sys.stderr)
    return 0


def cmd_kiosk_settings(args: argparse.Namespace) -> int:
    import dataclasses

    from ...core.kiosk import KioskSettings
    from ...core.roles import RoleError

    with open_event(args.path) as store:
        settings = KioskSettings.load(store)
        changes: dict = {}
        if args.editable is not None:
            changes["editable"] = tuple(f.strip() for f in args.editable.split(",") if f.strip())
        if args.idle_seconds is not None:
            changes["idle_seconds"] = args.idle_seconds
        if args.done_seconds is not None:
            changes["done_seconds"] = args.done_seconds
        if changes:
            settings = dataclasses.replace(settings, **changes)
            try:
                settings.save(store)
            except ValueError as exc:
                raise CliError(str(exc), 2) from None
            except RoleError as exc:  # e.g. --editable "" on a desk copy
                raise CliError(str(exc)) from None
    shown = dataclasses.asdict(settings)
    if args.json:
        print_json(shown)
    else:
        for key, value in shown.items():
            print(f"{key}: {', '.join(value) if isinstance(value, tuple) else value}")
    return 0
