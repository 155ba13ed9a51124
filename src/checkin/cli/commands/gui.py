"""The GUI: `checkin gui [PATH] [--screenshot FILE.png]` (also what `checkin` alone runs)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="open the desktop app (default when no command is given)")
    p.add_argument("path", nargs="?", help="event file (default: the last one, or the demo event)")
    p.add_argument("--screenshot", metavar="FILE.png", help="render the window to a PNG once loaded, then exit")
    p.add_argument("--language", choices=("de", "en"), help="user interface language (default: settings/system)")
    p.add_argument("--screen", help="open on this screen, e.g. desk, attendees, programme")
    p.set_defaults(func=cmd_gui)


def cmd_gui(args: argparse.Namespace) -> int:
    from ...ui.app import run_gui  # PySide6 is imported only here

    return run_gui(args)
