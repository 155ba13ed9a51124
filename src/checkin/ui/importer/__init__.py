"""Import wizard: pick a file, see the detected table, correct the column mapping, preview every row (problem rows
highlighted), then import in one transaction on the DB worker with progress and cancel."""

from ..screens import ScreenSpec


def _make(ctx):
    from .view import ImportScreen

    return ImportScreen(ctx)


SCREEN = ScreenSpec(key="import", order=60, title="Import", factory=_make, roles=("organiser",))
