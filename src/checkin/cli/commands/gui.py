"""The GUI: `checkin gui [PATH] [--screenshot FILE.png]` (also what `checkin` alone runs)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="open the desktop app (default when no command is given)")
    p.add_argument("path", nargs="?", help="event file (default: the last one, or the demo event)")
    p.add_argument("--screenshot", metavar="FILE.png", help="render the window to a PNG once loaded, then exit")
    p.add_argument("--language", choices=("de", "en"), help="user interface language (default: settings/system)")
    p.add_argument("--screen", help="open on this screen, e.g. desk, attendees, programme")
    p.add_argument("--camera-file", metavar="FILE.mp4",
                   help="desk: play this video file instead of a camera (demos, training; loops)")
    p.add_argument("--kiosk", action="store_true",
                   help="self-service kiosk: full screen, guests check themselves in; the desk PIN leaves it")
    p.add_argument("--printer", metavar="QUEUE", help="kiosk: the badge printer (default: the desk's printer)")
    p.set_defaults(func=cmd_gui)


def cmd_gui(args: argparse.Namespace) -> int:
    camera_file = getattr(args, "camera_file", None)
    if camera_file:
        from pathlib import Path

        from ..common import CliError

        if not Path(camera_file).is_file():
            raise CliError(f"no such video file: {camera_file}", 2)
        args.camera_file = str(Path(camera_file).resolve())
    if getattr(args, "kiosk", False):
        from ...ui.kiosk.launch import run_kiosk  # issue 22

        return run_kiosk(args)
    from ...ui.app import run_gui  # PySide6 is imported only here

    return run_gui(args)
