"""Sync back: attendance export and the pretix connector (pull attendees, push arrivals)."""

from ..screens import ScreenSpec


def _make(ctx):
    from .view import SyncBackScreen

    return SyncBackScreen(ctx)


SCREEN = ScreenSpec(key="syncback", order=55, title="Sync back", factory=_make, roles=("organiser", "desk"))
