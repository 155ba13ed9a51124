"""`checkin pretix pull|push|status`: the pretix connector."""

from __future__ import annotations

import argparse
import os
from typing import Any

from ..common import CliError, add_json, open_event, print_json


def _connection_args(p: argparse.ArgumentParser, *, required: bool) -> None:
    p.add_argument("path", help="event file")
    p.add_argument("--url", required=required,
                   help="the pretix instance as you open it in a browser, e.g. https://pretix.eu "
                        "(the API path /api/v1 is added); default: the one used by the last pull")
    p.add_argument("--token", help="API token of a pretix team (or set PRETIX_TOKEN)")
    p.add_argument("--device-token", help="device API token instead of a team token (or PRETIX_DEVICE_TOKEN)")
    p.add_argument("--organizer", required=required, help="organizer short name (slug); default: last pull's")
    p.add_argument("--event", required=required, help="event short name (slug); default: last pull's")
    p.add_argument("--list", dest="list_id", type=int, help="check-in list id (default: the event's first list)")
    p.add_argument("--point", default=None, help="check-in point whose arrivals map to the list (default: main)")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for each answer (default 30)")
    add_json(p)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("pretix", help="pull attendees from pretix and push arrivals back",
                       description="Connect an event file to a pretix event over its REST API.")
    psub = p.add_subparsers(dest="pretix_command", metavar="{pull,push,status}")
    psub.required = True

    pull = psub.add_parser("pull", help="fetch attendees (order positions) and check-ins made elsewhere",
                           description="Attendees from pretix order positions, with the ticket secret as their "
                                       "code. Later pulls fetch only orders changed since the last one.")
    _connection_args(pull, required=True)
    pull.add_argument("--full", action="store_true", help="fetch every order again, not just the changed ones")
    pull.set_defaults(func=cmd_pull)

    push = psub.add_parser("push", help="send arrivals not yet uploaded (and undos) to pretix",
                           description="Each arrival is sent once (the journal record id is the nonce); "
                                       "rejects are reported, not retried. Connection settings default to the "
                                       "last pull's.")
    _connection_args(push, required=False)
    push.set_defaults(func=cmd_push)

    status = psub.add_parser("status", help="last sync per target and what is still waiting to be sent")
    status.add_argument("path", help="event file")
    add_json(status)
    status.set_defaults(func=cmd_status)


def _client(args: argparse.Namespace, store: Any) -> tuple[Any, str]:
    from ...core.pretix import PretixClient, PretixError, load_settings

    saved = load_settings(store)
    url = args.url or saved.url
    organizer = args.organizer or saved.organizer
    event = args.event or saved.event
    if not (url and organizer and event):
        raise CliError("give --url, --organizer and --event (no earlier pull to take them from)", 2)
    token = args.token or os.environ.get("PRETIX_TOKEN")
    device = args.device_token or os.environ.get("PRETIX_DEVICE_TOKEN")
    try:
        return PretixClient(url, organizer, token=token, device_token=device, timeout=args.timeout), event
    except PretixError as exc:
        raise CliError(str(exc), 2) from None


def cmd_pull(args: argparse.Namespace) -> int:
    from ...core.pretix import PretixError, pull

    with open_event(args.path) as store:
        client, event = _client(args, store)
        try:
            result = pull(store, client, event, list_id=args.list_id, full=args.full, point=args.point or "main")
        except PretixError as exc:
            from ...core.pretix.state import set_status

            set_status(store, "pretix_pull", False, str(exc), {"why": exc.why, "params": exc.params})
            raise CliError(str(exc)) from None
    if args.json:
        print_json(result.to_json())
    else:
        kind = "full" if result.full else "changes since last pull"
        print(f"pretix pull ({kind}, {result.orders_seen} orders): {result.summary()}")
    return 0


def cmd_push(args: argparse.Namespace) -> int:
    from ...core.pretix import PretixError, push

    with open_event(args.path) as store:
        client, _event = _client(args, store)
        try:
            result = push(store, client, list_id=args.list_id, point=args.point)
        except PretixError as exc:
            raise CliError(str(exc)) from None
    if args.json:
        print_json(result.to_json())
        return 0
    print(f"pretix push: {result.summary()}")
    for r in result.rejected:
        print(f"  rejected: {r['name']} ({r.get('day', '')}): {r['reason']}")
    for r in result.annul_too_late:
        print(f"  undo not possible in pretix (more than 15 min): {r['name']}, please annul by hand")
    if result.walkins_without_ticket:
        print(f"  {len(result.walkins_without_ticket)} arrived without a pretix ticket (not sent):")
        for w in result.walkins_without_ticket:
            print(f"    {w['name']} ({w['organisation']}) {w['arrived_at']}")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from ...core.pretix import load_settings, statuses, waiting_count

    with open_event(args.path, readonly=True) as store:
        out = {
            "pretix": {k: v for k, v in load_settings(store).to_json().items()},
            "targets": {t: {"at": s.at, "ok": s.ok, "summary": s.summary} for t, s in statuses(store).items()},
            "waiting": waiting_count(store),
        }
    if args.json:
        print_json(out)
    else:
        for target, s in out["targets"].items():
            print(f"{target:12} {s['at'] or '-'}  {'ok' if s['ok'] else 'FAILED'}  {s['summary']}")
        print(f"waiting to be sent to pretix: {out['waiting']}")
    return 0
