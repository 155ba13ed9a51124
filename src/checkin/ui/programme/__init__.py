"""Programme: timetable of rooms by time, now/next, room directory, person lookup, matchmaking, door check-in."""

from ..screens import ScreenSpec


def _make(ctx):
    from .view import ProgrammeScreen

    return ProgrammeScreen(ctx)


SCREEN = ScreenSpec(key="programme", order=30, title="Programme", factory=_make)
