"""Badges: layout chooser and designer with live preview, printer status, bulk print; the print service."""

from ..screens import ScreenSpec


def _make(ctx):
    from .view import BadgesScreen

    return BadgesScreen(ctx)


SCREEN = ScreenSpec(key="badges", order=40, title="Badges", factory=_make, roles=("organiser", "desk"))
