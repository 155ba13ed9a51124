"""Stations: live sync with the other desks (status, pairing, manual addresses)."""

from ..screens import ScreenSpec


def _make(ctx):
    from .view import StationsScreen

    return StationsScreen(ctx)


SCREEN = ScreenSpec(key="stations", order=50, title="Stations", factory=_make)
