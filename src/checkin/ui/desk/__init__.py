"""The check-in desk: scan or search, a decision at a glance, undo, live counters."""

from ..screens import ScreenSpec


def _make(ctx):
    from .view import DeskScreen

    return DeskScreen(ctx)


SCREEN = ScreenSpec(key="desk", order=10, title="Desk", factory=_make)
