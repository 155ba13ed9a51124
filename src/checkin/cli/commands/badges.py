"""Badges on the command line: list layouts, make a badge PDF, print through CUPS."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..common import CliError, add_json, open_event, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("layouts", help="list badge layouts (shipped, plus the event's own with PATH)")
    p.add_argument("path", nargs="?", help="event file (optional): adds its own layouts and marks the default")
    p.add_argument("--add", metavar="FILE.json", help="save a layout file into the event (needs PATH)")
    p.add_argument("--default", metavar="NAME", help="make NAME the event's default layout (needs PATH)")
    add_json(p)
    p.set_defaults(func=cmd_layouts)

    p = sub.add_parser("badges", help="write badges to a PDF at the layout's exact page size")
    p.add_argument("path", help="event file")
    p.add_argument("--out", required=True, help="PDF file to write")
    p.add_argument("--layout", help="layout name (default: the event's default layout; see 'checkin layouts')")
    p.add_argument("--layout-file", help="a layout JSON file instead of a named layout")
    p.add_argument("--attendee", type=int, action="append", metavar="ID",
                   help="attendee id (repeat for several; default: everyone not cancelled)")
    p.add_argument("--category", help="only this category, e.g. speaker")
    add_json(p)
    p.set_defaults(func=cmd_badges)

    p = sub.add_parser("print", help="print badges through CUPS at 100%% scale; returns once the spooler "
                                     "accepted the job")
    p.add_argument("path", help="event file")
    p.add_argument("--printer", required=True, help="CUPS queue name (see 'lpstat -e')")
    p.add_argument("--layout", help="layout name (default: the printer's remembered layout, else the event's)")
    p.add_argument("--attendee", type=int, action="append", metavar="ID",
                   help="attendee id (repeat for several; default: everyone not cancelled)")
    p.add_argument("--category", help="only this category")
    p.add_argument("--copies", type=int, help="copies of each badge (default: the printer's setting, 1)")
    p.add_argument("--backend", choices=("cups", "qt"),
                   help="cups: the PDF goes to lp; qt: pages rasterised at the printer's resolution and printed "
                        "through Qt (for spoolers without PDF). Default: env CHECKIN_PRINT_BACKEND, else qt on "
                        "Windows, cups elsewhere")
    add_json(p)
    p.set_defaults(func=cmd_print)


def cmd_layouts(args: argparse.Namespace) -> int:
    from ...core.badges import catalog
    from ...core.badges.layout import LayoutError, load_layout_file

    if (args.add or args.default) and not args.path:
        raise CliError("--add and --default need the event file PATH", 2)
    if args.path:
        with open_event(args.path, readonly=not (args.add or args.default)) as store:
            try:
                if args.add:
                    layout = load_layout_file(args.add)
                    catalog.save_layout(store, layout)
                    print(f"saved layout {layout.name} in {args.path}", file=sys.stderr)
                if args.default:
                    catalog.set_default_layout(store, args.default)
            except LayoutError as exc:
                raise CliError(str(exc)) from None
            layouts = catalog.all_layouts(store)
            default = catalog.default_layout_name(store)
    else:
        layouts = catalog.all_layouts(None)
        default = catalog.default_layout_name(None)
    rows = [{**lay.summary(), "default": name == default} for name, lay in sorted(layouts.items())]
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        w, h = r["page_mm"]
        mark = "*" if r["default"] else " "
        print(f"{mark} {r['name']:22} {w:g}x{h:g} mm  {r['per_page']:>2}/page  {r['source']:8} {r['title']}")
    return 0


def _layout(store, name: str | None, layout_file: str | None):
    from ...core.badges import catalog
    from ...core.badges.layout import LayoutError, load_layout_file

    try:
        return load_layout_file(layout_file) if layout_file else catalog.get_layout(store, name)
    except LayoutError as exc:
        raise CliError(str(exc)) from None


def _people(store, ids: list[int] | None, category: str | None):
    from ...core.badges.document import select_attendees

    people = select_attendees(store, ids, category)
    if ids:
        missing = sorted(set(ids) - {a.id for a in people})
        if missing:
            raise CliError(f"no attendee with id {', '.join(map(str, missing))}")
    if not people:
        raise CliError("no attendees selected")
    return people


def _report_issues(result) -> list[dict]:
    issues = result.issues_json()
    for issue in issues:
        print(f"checkin: warning: attendee {issue['attendee_id']} {issue['field']}: {issue['problem']} "
              f"({issue['detail']}): {issue['text']}", file=sys.stderr)
    return issues


def cmd_badges(args: argparse.Namespace) -> int:
    from ...core.badges.document import make_pdf

    out = Path(args.out)
    if out.is_dir():
        raise CliError(f"{out} is a folder; give a file name such as badges.pdf", 2)
    if out.suffix.lower() != ".pdf":
        raise CliError(f"--out must end in .pdf (badges are written as PDF): {out.name}", 2)
    with open_event(args.path, readonly=True) as store:
        layout = _layout(store, args.layout, args.layout_file)
        people = _people(store, args.attendee, args.category)
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".part")
        result = make_pdf(store, tmp, layout, people, title=f"Badges: {store.get_meta('title', '')}")
        tmp.replace(out)
    issues = _report_issues(result)
    w, h = layout.page_size
    summary = {"out": str(out), "layout": layout.name, "badges": result.badges, "pages": result.pages,
               "page_mm": [w, h], "issues": issues}
    if args.json:
        print_json(summary)
    else:
        print(f"wrote {out}: {result.badges} badges on {result.pages} pages ({layout.name}, {w:g}x{h:g} mm)")
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from ...core.printing import (
        PrinterSettingsStore,
        PrintJob,
        SpoolError,
        backend_name,
        default_spooler,
        submit_badges,
    )

    try:
        backend = args.backend or backend_name()
        qt = None
        if backend == "qt":  # needs Qt: imported only for this backend
            from ...ui.badges.raster_print import QtRasterSpooler as qt
        spooler = default_spooler(backend, qt=qt)
        status = spooler.printer_status(args.printer)
    except SpoolError as exc:
        raise CliError(str(exc)) from None
    if not status.exists:
        known = ", ".join(spooler.printers()) or "none"
        raise CliError(f"no printer named {args.printer!r} (printers: {known})")
    if not status.accepting:
        raise CliError(f"printer {args.printer} is {status.describe()}")
    with open_event(args.path) as store:
        people = _people(store, args.attendee, args.category)
        if args.layout:
            _layout(store, args.layout, None)
        import uuid

        job = PrintJob(uuid.uuid4().hex[:12], [a.id for a in people], args.printer, args.layout, args.copies)
        try:
            job = submit_badges(store, job, spooler, PrinterSettingsStore())
        except SpoolError as exc:
            raise CliError(f"printer {args.printer} refused the job: {exc}") from None
    out = {"job": job.spool_id, "title": job.title, "printer": job.printer, "layout": job.layout, "badges": len(people),
           "pages": job.pages, "copies": job.copies, "printer_state": status.describe(),
           "backend": backend}
    if args.json:
        print_json(out)
    else:
        note = "" if status.enabled else f" (printer {status.describe()}: it prints when the printer runs again)"
        print(f"sent {len(people)} badges ({job.pages} pages, {job.layout}) to {job.printer} as {job.spool_id}{note}")
    return 0
