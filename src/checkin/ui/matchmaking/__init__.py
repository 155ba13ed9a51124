"""Matchmaking desk (issue 23): a live board per slot, a table's day, held / no-show marks and rematches."""

from PySide6.QtCore import QCoreApplication

from ..screens import ScreenSpec


def _make(ctx):
    from .board import MatchmakingBoard

    return MatchmakingBoard(ctx)


SCREEN = ScreenSpec(key="matchmaking", order=32, title="Matchmaking", factory=_make)

# The navigation title, listed so lupdate collects it for the "Screens" context (see screens.py).
_TITLE = QCoreApplication.translate("Screens", "Matchmaking")
