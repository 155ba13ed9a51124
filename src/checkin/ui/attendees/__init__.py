"""Attendee list: lazy table over the whole event, full-text filter."""

from ..screens import ScreenSpec


def _make(ctx):
    from .view import AttendeesScreen

    return AttendeesScreen(ctx)


SCREEN = ScreenSpec(key="attendees", order=5, title="Attendees", factory=_make)
