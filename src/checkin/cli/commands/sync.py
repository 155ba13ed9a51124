"""Stations: serve, sync, pair, bundle export/import, conflicts (double admissions), stations."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..common import CliError, add_json, open_event, print_json

EXIT_UNREACHABLE = 3
EXIT_REFUSED = 4
EXIT_DIFFER = 5  # the sync ran, but the two stations still hold different records (issue 25)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="run this station's sync service (Ctrl+C stops)",
                       description="Serve the event to the other stations on the LAN and keep in sync with them. "
                       "Answers within seconds, with or without mDNS.")
    p.add_argument("path", help="event file (master or desk copy)")
    p.add_argument("--host", default="0.0.0.0", help="address to listen on (default: all interfaces)")
    p.add_argument("--port", type=int, default=8765, help="TCP port (default 8765; 0 = any free port)")
    p.add_argument("--peer", action="append", default=[], metavar="URL",
                   help="address of another station, e.g. 192.168.1.20:8765 (repeatable; remembered)")
    p.add_argument("--no-mdns", action="store_true", help="do not announce or discover stations by mDNS")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("sync", help="sync once with another station, both directions")
    p.add_argument("path")
    p.add_argument("--peer", action="append", default=[], metavar="URL",
                   help="station address (default: the stations this file knows)")
    p.add_argument("--timeout", type=float, default=10.0, help="seconds to wait for an answer (default 10)")
    add_json(p)
    p.set_defaults(func=cmd_sync)

    p = sub.add_parser("pair", help="show a pairing code, or join the stations of an event with one")
    p.add_argument("path")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--show", action="store_true", help="print the pairing QR payload and a short code")
    group.add_argument("--join", metavar="CODE", help="short code (XXXX-XXXX-XXXX) or the scanned QR payload")
    p.add_argument("--peer", action="append", default=[], metavar="URL",
                   help="--join: the showing station's address (default: found by mDNS)")
    p.add_argument("--port", type=int, default=8765, help="--show: the port this station serves on")
    add_json(p)
    p.set_defaults(func=cmd_pair)

    p = sub.add_parser("bundle", help="station bundles: the journal on a USB stick, encrypted")
    bsub = p.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    e = bsub.add_parser("export", help="write this copy's journal to an encrypted bundle file")
    e.add_argument("path")
    e.add_argument("--out", required=True, help="bundle file to write, e.g. /media/usb/desk2.ckbundle")
    e.add_argument("--for", dest="for_role", choices=("desk", "helper"), default="desk",
                   help="helper: leave out e-mails, phones, desk notes and extra fields (a bundle for a helper "
                   "tablet)")
    add_json(e)
    e.set_defaults(func=cmd_bundle_export)
    i = bsub.add_parser("import", help="merge a bundle from another desk (importing twice changes nothing)")
    i.add_argument("path")
    i.add_argument("file", help="bundle file")
    add_json(i)
    i.set_defaults(func=cmd_bundle_import)

    p = sub.add_parser("conflicts", help="double admissions: guests admitted at two desks while apart")
    p.add_argument("path")
    add_json(p)
    p.set_defaults(func=cmd_conflicts)

    p = sub.add_parser("stations", help="the stations this copy syncs with and what it last knew of them")
    p.add_argument("path")
    p.add_argument("--revoke", metavar="STATION",
                   help="revoke a station's key (a lost laptop): its later records and codes stop counting everywhere")
    p.add_argument("--reason", default="", help="why (with --revoke), shown on every station")
    add_json(p)
    p.set_defaults(func=cmd_stations)


def _normalise(urls: list[str]) -> list[str]:
    from ...core.sync.peers import normalise_url

    out = []
    for url in urls:
        try:
            out.append(normalise_url(url, 8765))
        except ValueError as exc:
            raise CliError(f"bad station address {url!r}: {exc}", 2) from None
    return out


def cmd_serve(args: argparse.Namespace) -> int:
    import logging
    import os
    import signal
    import threading

    from ...core.sync.discovery import lan_urls
    from ...core.sync.secret import SyncError
    from ...core.sync.service import StationService

    logging.basicConfig(level=logging.WARNING, format="checkin serve: %(message)s", stream=sys.stderr)
    if os.environ.get("CHECKIN_SYNC_DEBUG"):  # timings of every exchange (never record contents)
        logging.getLogger("checkin.sync").setLevel(logging.DEBUG)
        logging.getLogger().handlers[0].setFormatter(logging.Formatter("%(relativeCreated)8.0f %(threadName)s %(message)s"))
    peers = tuple(_normalise(args.peer))
    with open_event(args.path) as store:  # a clear message for a missing or foreign file
        key = store.key  # an encrypted copy: CHECKIN_PASSPHRASE, looked up once by the event's session
    try:
        service = StationService(args.path, host=args.host, port=args.port, peers=peers, mdns=not args.no_mdns,
                                 key=key)
    except SyncError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"cannot listen on {args.host}:{args.port} ({exc.strerror or exc}); "
                       "another station on this computer? choose --port") from None
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    service.start()
    where = ", ".join(lan_urls(service.port)) if args.host in ("0.0.0.0", "") else f"http://{args.host}:{service.port}"
    print(f"station {service.station_id} of {service.title!r} serving on {where} (Ctrl+C stops)", flush=True)
    warned: set[str] = set()
    try:
        while not stop.wait(2.0):
            for state in service.status_book.states():
                if state.clock_warning and state.station_id not in warned:
                    warned.add(state.station_id)
                    print(f"checkin serve: warning: the clock of station {state.station_id} differs from ours by "
                          f"{state.clock_offset:+.0f} s; set both laptops to the right time", file=sys.stderr)
    except KeyboardInterrupt:
        pass
    finally:
        service.stop()
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from ...core.sync import peers as peerdb
    from ...core.sync.client import PeerRefused, PeerUnreachable, sync_once
    from ...core.sync.secret import SyncError, event_keys

    reports: list[dict[str, Any]] = []
    with open_event(args.path) as store:
        try:
            keys = event_keys(store)
        except SyncError as exc:
            raise CliError(str(exc)) from None
        urls = _normalise(args.peer) or [u for u, _ in peerdb.peer_urls(store)]
        if not urls:
            raise CliError("no station to sync with: give one with --peer ADDRESS", 2)
        failures: list[tuple[int, str]] = []
        for url in urls:
            try:
                report = sync_once(store, url, keys, timeout=args.timeout)
            except PeerUnreachable as exc:
                failures.append((EXIT_UNREACHABLE, str(exc)))
                continue
            except (PeerRefused, SyncError) as exc:
                failures.append((EXIT_REFUSED, str(exc)))
                continue
            reports.append({**report.to_json(), "this_station": store.station_id})  # e.g. the laptop's name
            _warn_refused(report.refused, report.refused_reasons, f"station {report.station}")
            if report.refused_by_peer:
                print(f"checkin: warning: station {report.station} refused {report.refused_by_peer} of our "
                      "records (this copy's role may not write them)", file=sys.stderr)
            _warn_integrity(report)
            if report.clock_warning:
                print(f"checkin: warning: the clock of station {report.station} differs from ours by "
                      f"{report.clock_offset_s:+.0f} s; set both laptops to the right time", file=sys.stderr)
    if args.json and reports:
        print_json(reports[0] if len(urls) == 1 else reports)
    else:
        for r in reports:
            print(f"station {r['this_station']} with {r['peer']} (station {r['station']}): sent {r['sent']}, "
                  f"received {r['received']}, "
                  f"double admissions {r['double_admissions']}")
    differ = [r for r in reports if r["still_differ"]]
    if differ and not failures:
        failures.append((EXIT_DIFFER, "; ".join(
            f"after the sync, {r['still_differ']} record(s) still differ between this copy and station "
            f"{r['station']}" for r in differ)))
    if failures:
        for _, message in failures[:-1]:
            print(f"checkin: {message}", file=sys.stderr)
        raise CliError(failures[-1][1], failures[-1][0])
    return 0


def cmd_pair(args: argparse.Namespace) -> int:
    from ...core.sync import pairing
    from ...core.sync.discovery import lan_urls
    from ...core.sync.secret import SyncError

    with open_event(args.path) as store:
        try:
            if args.show:
                offer = pairing.open_pairing(store, lan_urls(args.port))
            else:
                result = pairing.join_with_code(store, args.join, _normalise(args.peer))
        except SyncError as exc:
            raise CliError(str(exc), EXIT_REFUSED) from None
        station = store.station_id
    if args.show:
        if args.json:
            print_json({"payload": offer.payload, "code": offer.short_code, "expires": offer.expires,
                        "urls": offer.urls, "station": station})
            return 0
        if sys.stdout.isatty():
            import qrcode

            qr = qrcode.QRCode(border=1)
            qr.add_data(offer.payload)
            qr.print_ascii(tty=True)
        print(f"pairing payload (QR): {offer.payload}")
        print(f"short code:           {offer.short_code}   (valid until {offer.expires} UTC)")
        print(f"this station:         {', '.join(offer.urls)}")
        print("keep this station's sync running (checkin serve, or the Stations screen) while desks join")
        return 0
    if args.json:
        print_json({"joined": True, "event_id": result.event_id, "replaced_secret": result.replaced_secret,
                    "peers": result.peers})
    else:
        note = " (replaced an older sync secret)" if result.replaced_secret else ""
        print(f"paired{note}; stations: {', '.join(result.peers) or 'found by mDNS when serving'}")
    return 0


def cmd_bundle_export(args: argparse.Namespace) -> int:
    from ...core.sync.bundles import export_bundle
    from ...core.sync.secret import SyncError

    with open_event(args.path) as store:
        try:
            out, count = export_bundle(store, args.out, for_role=args.for_role)
        except SyncError as exc:
            raise CliError(str(exc)) from None
        except OSError as exc:
            raise CliError(f"cannot write {args.out}: {exc.strerror or exc}") from None
    if args.json:
        print_json({"file": str(out), "records": count})
    else:
        print(f"wrote {out}: {count} journal records")
    return 0


def cmd_bundle_import(args: argparse.Namespace) -> int:
    from ...core.sync.bundles import import_bundle
    from ...core.sync.secret import SyncError

    with open_event(args.path) as store:
        try:
            result, screened = import_bundle(store, args.file)
        except SyncError as exc:
            raise CliError(str(exc)) from None
    out = {"new_records": result.new_records, "already_known": result.already_known,
           "double_admissions": result.double_admissions, "refused": len(screened.refused),
           "refused_reasons": screened.reasons(), "not_relayed": screened.not_relayed}
    if args.json:
        print_json(out)
    else:
        print(f"new records {out['new_records']}, already known {out['already_known']}, "
              f"double admissions {out['double_admissions']}")
    _warn_refused(len(screened.refused), screened.reasons(), "this bundle")
    return 0


def _warn_integrity(report: Any) -> None:
    """Issue 25: what version vectors alone would have lost, said out loud."""
    if report.new_station:
        print(f"checkin: warning: this copy is behind on its own records (a restored backup?); it now works as "
              f"station {report.new_station}", file=sys.stderr)
    if report.repaired:
        print(f"checkin: warning: {report.repaired} record(s) were missing on one side although the sequence "
              "numbers matched (a station id used twice); exchanged by record id", file=sys.stderr)
    if report.same_seq:
        print(f"checkin: warning: {report.same_seq} sequence number(s) are used by two different records "
              "(two laptops under one station id); all are kept, see 'checkin stations'", file=sys.stderr)


def _warn_refused(count: int, reasons: dict[str, int], source: str) -> None:
    """Refused records are an alarm for the organiser: one line each reason, on stderr."""
    if count:
        detail = "; ".join(f"{n}x {why}" for why, n in sorted(reasons.items()))
        print(f"checkin: warning: refused {count} record(s) from {source} ({detail}); "
              "see 'checkin stations'", file=sys.stderr)


def cmd_conflicts(args: argparse.Namespace) -> int:
    from ...core.sync.conflicts import double_admissions

    with open_event(args.path, readonly=True) as store:
        rows = double_admissions(store)
    if args.json:
        print_json(rows)
    elif not rows:
        print("no double admissions")
    else:
        for r in rows:
            print(f"{r['day']} {r['first_at_local'][11:16]}  {r['last_name']}, {r['first_name']}  admitted "
                  f"{r['admissions']}x at {', '.join(r['stations'])} ({r['point']})")
    return 0


def cmd_stations(args: argparse.Namespace) -> int:
    from ...core.sync.conflicts import stations_overview

    if args.revoke:
        return _revoke(args)
    with open_event(args.path, readonly=True) as store:
        info = stations_overview(store)
    if args.json:
        print_json(info)
        return 0
    print(f"this station: {info['station']}  (journal records: {info['records']})")
    for p in info["peers"]:
        print(f"  {p['station']:<16} behind {p['behind']:>6}  last contact {p['last_contact'] or 'never'}"
              f"{'  clock off by ' + str(p['clock_offset_s']) + ' s' if p['clock_warning'] else ''}")
    for url in info["addresses"]:
        print(f"  address {url['url']} ({url['source']})")
    for change in info["station_history"]:
        print(f"  worked as {change['from']} until {change['at'][:19]}: {change['reason']}")
    if info["same_seq"]:  # issue 25: a station id used by two writers; every record is kept
        print(f"{len(info['same_seq'])} sequence number(s) used by two different records (all kept):")
        for d in info["same_seq"]:
            print(f"  {d['station']} #{d['seq']}: " + ", ".join(f"{r['kind']} {r['wall_time'][:19]}"
                                                             for r in d["records"]))
    for r in info["revoked"]:  # issue 25: lost laptops
        upto = ", ".join(f"{s} #{n}" for s, n in sorted(r["upto"].items())) or "nothing"
        print(f"  revoked: {r['station']} (key {r['key_id']}), records kept up to {upto}"
              f"{': ' + r['reason'] if r['reason'] else ''}")
    if info["refused"]:  # issue 25: what peers offered that their role may not write
        print(f"refused {len(info['refused'])} record(s) from other stations (they changed nothing):")
        for r in info["refused"]:
            print(f"  {r['first_seen'][:19]}  {r['kind']:<14} by {r['station']} #{r['seq']}, offered by "
                  f"{r['peer_station']} ({r['peer_role']}): {r['reason']}")
    return 0


def _revoke(args: argparse.Namespace) -> int:
    from ...core.station_revocation import revoke_station

    with open_event(args.path) as store:
        records = revoke_station(store, args.revoke, reason=args.reason)
    out = [{"record_id": r.record_id, "station": r.data["station"], "key_id": r.data["key_id"],
            "upto": r.data["upto"]} for r in records]
    if args.json:
        print_json({"revoked": out})
        return 0
    for r in out:
        upto = ", ".join(f"{s} #{n}" for s, n in sorted(r["upto"].items())) or "no records yet"
        print(f"revoked station {r['station']} (key {r['key_id']}); its records up to {upto} stay, later ones and "
              "its codes stop counting at every station once they sync")
    return 0
