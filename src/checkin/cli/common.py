"""Shared helpers for command modules: parser, errors, opening events, JSON output."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn


class CliError(Exception):
    """A user error: printed as one line, exit code ``code``."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


class CliParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line instead of argparse's usage dump; `--help` still shows everything.
        print(f"{self.prog}: {message} (see '{self.prog} --help')", file=sys.stderr)
        raise SystemExit(2)

    def set_defaults(self, **kwargs: Any) -> None:
        # Issue 13: every command remembers its name and arguments while it runs, so open_event can refuse
        # what this copy's role may not do (one table, core/roles.py POLICY) before the command does any work.
        func = kwargs.get("func")
        if func is not None and not getattr(func, "role_checked", False):
            kwargs["func"] = _role_checked(self.prog.partition(" ")[2], func)
        super().set_defaults(**kwargs)


_COMMAND: ContextVar[tuple[str, argparse.Namespace] | None] = ContextVar("checkin_command", default=None)


def _role_checked(command: str, func: Any) -> Any:
    def run(args: argparse.Namespace) -> Any:
        token = _COMMAND.set((command, args))
        try:
            return func(args)
        finally:
            _COMMAND.reset(token)

    run.role_checked = True  # type: ignore[attr-defined]
    run.__wrapped__ = func  # type: ignore[attr-defined]
    return run


@contextmanager
def open_event(path: str | Path, *, readonly: bool = False) -> Iterator[Any]:
    """The event's store for one command (``core.session``: passphrase, installation, deferred import),
    after the role check of the running command."""
    from ..core.session import open_event as open_session
    from ..core.store import StoreError

    try:
        store = open_session(path, readonly=readonly).store
    except StoreError as exc:
        raise CliError(str(exc)) from None
    current = _COMMAND.get()
    if current is not None:  # issue 13: roles hold for every command (see CliParser.set_defaults)
        from ..core.roles import RoleError, check_command

        try:
            check_command(store, *current)
        except RoleError as exc:
            store.close()
            raise CliError(str(exc)) from None
    try:
        yield store
    finally:
        store.close()


def print_json(obj: Any) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def parse_when(text: str | None) -> datetime | None:
    """An ISO 8601 instant from the command line; it must carry an offset or 'Z'."""
    if text is None:
        return None
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise CliError(f"not an ISO 8601 time: {text!r} (e.g. 2026-11-21T08:15:00+01:00)", 2) from None
    if when.tzinfo is None:
        raise CliError(f"time {text!r} needs an offset, e.g. +01:00 or Z", 2)
    return when


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
