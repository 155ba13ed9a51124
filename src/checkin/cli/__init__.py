"""The ``checkin`` command line.

Each module in ``checkin.cli.commands`` adds its subcommands with ``register(subparsers)``; they are found
automatically, so features never edit a shared list. Headless commands must not import PySide6.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys

from .common import CliError, CliParser

# Modules in checkin.cli.commands, imported only when their command runs, keeps `checkin info` fast.


def build_parser() -> argparse.ArgumentParser:
    from . import commands

    parser = CliParser(
        prog="checkin",
        description="Offline check-in, badges and on-site tool for conferences. "
        "Without a command, the GUI opens on the last event (or the demo event on first start).",
    )
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CliParser)
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(sub)
    return parser


def _version() -> str:
    from .. import __version__

    return f"checkin {__version__}"


def run(argv: list[str]) -> int:
    if not argv:
        argv = ["gui"]
    elif argv[0].endswith(".checkin") or (argv[0].startswith("-") and argv[0] not in ("-h", "--help", "--version")):
        # Double-click on an event file (Windows/macOS pass its path) or GUI options alone.
        argv = ["gui", *argv]
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if not getattr(args, "func", None):
            parser.print_help()
            return 0
        result = args.func(args)
        return int(result or 0)
    except CliError as exc:
        print(f"checkin: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("checkin: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # one line for the user; the traceback only on request
        if os.environ.get("CHECKIN_DEBUG"):
            raise
        from ..core.store import StoreError

        if isinstance(exc, StoreError):
            print(f"checkin: {exc}", file=sys.stderr)
            return 1
        from ..core.fileerrors import cause_of_error

        why = cause_of_error(exc)
        if why:  # issue 24: name the real cause (disk full, read-only, permission); nothing was recorded
            print(f"checkin: {why}: nothing was written ({exc})", file=sys.stderr)
            return 1
        print(f"checkin: {type(exc).__name__}: {exc} (set CHECKIN_DEBUG=1 for details)", file=sys.stderr)
        return 1
