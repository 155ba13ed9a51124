"""Day close: stations agree?, hand-outs not returned, arrivals not yet upstream, verified backup to a stick."""

from ..screens import ScreenSpec


def _make(ctx):
    from .view import DayCloseScreen

    return DayCloseScreen(ctx)


SCREEN = ScreenSpec(key="dayclose", order=90, title="Day close", factory=_make, roles=("organiser", "desk"))
