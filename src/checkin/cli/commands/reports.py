"""Reports for organisers: report, certificates, lists, figures, close-day (headless, no Qt)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..common import CliError, add_json, open_event, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="post-event report: PDF with charts, or the figures as JSON",
                       description="Totals, no-shows, walk-ins, arrival curve, breakdowns by category, country and "
                                   "organisation type, desks, sessions and matchmaking meetings held.")
    p.add_argument("path", help="event file")
    p.add_argument("--out", help="PDF file to write")
    p.add_argument("--language", choices=("de", "en"), help="language of the PDF (default: the event's first)")
    add_json(p)
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("certificates", help="certificates of attendance (bilingual, one page per guest who came)")
    p.add_argument("path", help="event file")
    p.add_argument("--out", help="PDF file with all certificates")
    p.add_argument("--attendee", type=int, nargs="+", action="extend", metavar="ID",
                   help="only these attendee ids (repeatable: --attendee 2 --attendee 4, or --attendee 2 4); "
                        "guests without a recorded arrival are skipped with a note on stderr")
    p.add_argument("--split", metavar="DIR", help="write one PDF per guest into this folder instead")
    add_json(p)
    p.set_defaults(func=cmd_certificates)

    p = sub.add_parser("lists", help="paper fallback lists: expected guests A-Z with tick boxes, per desk")
    p.add_argument("path", help="event file")
    p.add_argument("--out", required=True, help="PDF file to write")
    p.add_argument("--desks", type=int, default=1, help="split by surname ranges for N desks (default 1)")
    p.add_argument("--day", help="mark arrivals of this day, YYYY-MM-DD (default: today if an event day, else any)")
    p.add_argument("--language", choices=("de", "en"), help="language of the headings")
    add_json(p)
    p.set_defaults(func=cmd_lists)

    p = sub.add_parser("figures", help="the report's figures and the paper lists as an XLSX workbook")
    p.add_argument("path", help="event file")
    p.add_argument("--out", required=True, help="XLSX file to write")
    p.add_argument("--desks", type=int, default=1, help="desk split for the list sheet (default 1)")
    p.add_argument("--language", choices=("de", "en"), help="language of sheet names and headings")
    p.set_defaults(func=cmd_figures)

    p = sub.add_parser("close-day", help="end of day: stations agree? hand-outs out? not yet upstream? then backup",
                       description="Checks that the known stations hold the same journal, lists guests who still "
                                   "hold a hand-out (e.g. interpretation receivers) and arrivals not yet sent "
                                   "upstream, then writes a verified backup (e.g. to a USB stick).")
    p.add_argument("path", help="event file")
    p.add_argument("--backup", metavar="DIR", help="folder for the backup copy (e.g. a USB stick)")
    add_json(p)
    p.set_defaults(func=cmd_close_day)


def _lang(store: Any, requested: str | None) -> str:
    if requested:
        return requested
    langs = store.event.languages or ["de"]
    return langs[0] if langs[0] in ("de", "en") else "en"


def _out(path: str) -> Path:
    out = Path(path)
    if out.is_dir():
        raise CliError(f"{out} is a folder; give a file name")
    if not out.parent.exists():
        raise CliError(f"folder {out.parent} does not exist")
    return out


def cmd_report(args: argparse.Namespace) -> int:
    from ...core.reports import figures, report_pdf

    if not args.out and not args.json:
        raise CliError("give --out FILE.pdf or --json", 2)
    with open_event(args.path, readonly=True) as store:
        lang = _lang(store, args.language)
        fig = figures.compute(store, lang=lang)
        if args.out:
            try:
                report_pdf.build(fig, _out(args.out), lang)
            except OSError as exc:
                raise CliError(f"cannot write {args.out}: {exc.strerror or exc}") from None
        if args.json:
            print_json(fig)
        else:
            print(f"wrote {args.out}: {fig['expected'] - fig['no_shows']} of {fig['expected']} expected guests "
                  f"came (in person or by substitute), {fig['no_shows']} no-shows, {fig['walk_ins']} walk-ins, "
                  f"{fig['arrived']} admitted in all")
    return 0


def cmd_certificates(args: argparse.Namespace) -> int:
    from ...core import pdftext
    from ...core.reports import certificates

    if bool(args.out) == bool(args.split):
        raise CliError("give either --out FILE.pdf or --split DIR", 2)
    with open_event(args.path, readonly=True) as store:
        ids = list(dict.fromkeys(args.attendee)) if args.attendee else None
        skipped: list[int] = []
        try:
            certs = certificates.collect(store, ids)
        except KeyError as exc:
            raise CliError(f"no attendee with id {exc.args[0]}") from None
        except certificates.NotArrived as exc:
            rest = [i for i in ids or [] if i not in exc.ids]
            if not rest:
                raise CliError(f"no recorded arrival for attendee {exc}; certificates only for guests who came") \
                    from None
            # Asked-for guests who did not come are named, one line each; the others still get theirs.
            skipped = [i for i in ids or [] if i in exc.ids]
            for aid in skipped:
                a = store.attendee(aid)
                print(f"skipped attendee {aid} ({a.display_name if a else '?'}): no recorded arrival, "
                      "no certificate", file=sys.stderr)
            certs = certificates.collect(store, rest)
        if not certs:
            raise CliError("nobody has arrived yet; no certificates to write")
        report = pdftext.GlyphReport()
        try:
            if args.split:
                files = certificates.write_split(store, certs, args.split, report=report)
            else:
                files = [certificates.write(store, certs, _out(args.out), report=report)]
        except OSError as exc:
            raise CliError(f"cannot write: {exc.strerror or exc}") from None
        issues = warn_glyphs(report)
        if args.json:
            print_json({"certificates": len(certs), "files": [str(f) for f in files], "skipped": skipped,
                        "attendees": [{"id": c.attendee.id, "days": [d.isoformat() for d in c.days]}
                                      for c in certs], "glyph_issues": issues})
        else:
            where = args.split if args.split else args.out
            print(f"wrote {len(certs)} certificate{'' if len(certs) == 1 else 's'} to {where}")
    return 0


def _day(store: Any, text: str | None) -> str | None:
    from datetime import date

    from ...core.reports import lists

    if text is None:
        return lists.default_day(store)
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise CliError(f"not a date (YYYY-MM-DD): {text!r}", 2) from None


def cmd_lists(args: argparse.Namespace) -> int:
    from ...core import pdftext
    from ...core.reports import lists

    if not 1 <= args.desks <= 26:
        raise CliError("--desks must be between 1 and 26", 2)
    with open_event(args.path, readonly=True) as store:
        day = _day(store, args.day)
        try:
            _path, parts = lists.build(store, _out(args.out), desks=args.desks, day=day,
                                       lang=_lang(store, args.language))
        except OSError as exc:
            raise CliError(f"cannot write {args.out}: {exc.strerror or exc}") from None
        glyphs = pdftext.GlyphReport()
        glyphs.check_all((r.id, f, getattr(r, f)) for p in parts for r in p.rows
                         for f in ("title", "first_name", "last_name", "organisation"))
        issues = warn_glyphs(glyphs)
        summary = [{"desk": p.desk, "range": lists.range_label(p, "en"), "from": p.first, "to": p.last,
                    "guests": len(p.rows),
                    "arrived": sum(1 for r in p.rows if r.arrived_at)} for p in parts]
        if args.json:
            print_json({"out": args.out, "day": day, "desks": summary, "glyph_issues": issues})
        else:
            for s in summary:
                print(f"desk {s['desk']}: {s['range']}  {s['guests']} guests ({s['arrived']} arrived)")
            print(f"wrote {args.out}")
    return 0


def cmd_figures(args: argparse.Namespace) -> int:
    from ...core.reports import figures, lists, xlsx

    if not 1 <= args.desks <= 26:
        raise CliError("--desks must be between 1 and 26", 2)
    with open_event(args.path, readonly=True) as store:
        lang = _lang(store, args.language)
        fig = figures.compute(store, lang=lang)
        try:
            xlsx.build(store, fig, _out(args.out), lang=lang, desks=args.desks, day=lists.default_day(store))
        except OSError as exc:
            raise CliError(f"cannot write {args.out}: {exc.strerror or exc}") from None
        print(f"wrote {args.out}")
    return 0


def cmd_close_day(args: argparse.Namespace) -> int:
    from ...core.reports import dayclose
    from ...core.store import StoreError

    with open_event(args.path, readonly=True) as store:
        try:
            result = dayclose.run(store, args.backup)
        except (OSError, StoreError) as exc:
            raise CliError(f"backup failed: {getattr(exc, 'strerror', None) or exc}") from None
    if args.json:
        print_json(result.to_json())
        return 0
    print(f"station {result.station}: {result.journal_records} journal records")
    if not result.peers_known:
        print("stations: no other station known on this copy (only this station checked)")
    for st in result.stations[1:]:
        if not st.contact:
            print(f"  station {st.station}: {st.records} records here, last {(st.last_record or '')[11:16]} "
                  "(no sync contact to compare)")
            continue
        state = "agrees" if st.agrees else f"differs (lacks {st.behind}, has {st.ahead} we lack)"
        print(f"  station {st.station}: {state}" + (f", last contact {st.last_contact}" if st.last_contact else ""))
    print("all known stations agree" if result.all_agree else "WARNING: stations do not agree yet; sync first")
    if result.handouts_out:
        print(f"hand-outs not returned: {len(result.handouts_out)}")
        for h in result.handouts_out:
            extra = f", deposit: {h.deposit}" if h.deposit else ""
            print(f"  {h.item}: {h.name} ({h.organisation}) since {h.issued_at[11:16]} at {h.station}{extra}")
    else:
        print("hand-outs: all returned")
    if result.upstream_known:
        print(f"arrivals not yet sent upstream: {result.not_uploaded}")
    if result.backup:
        print(f"backup written: {result.backup} ({result.backup_records} journal records, verified)")
    else:
        print("no backup taken (use --backup DIR)")
    return 0


def warn_glyphs(report: Any) -> list[dict[str, object]]:
    """Before a document is handed on: names that print with a fallback font, right-to-left, unjoined (Arabic)
    or not at all (no installed font has the character), one line each on stderr, as for badges."""
    for line in report.warnings():
        print(f"checkin: warning: {line}", file=sys.stderr)
    return report.to_json()
