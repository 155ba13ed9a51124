"""The desk's type on a laptop: compact sizes in a low window, and smaller still while extra lines (a refused
scan, a red badge line) would otherwise be cut off or need scrolling."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtWidgets import QScrollArea, QWidget

COMPACT_BELOW_PX = 860  # a window lower than this (a 1366x768 laptop) gets the panel's compact type sizes


class Scalable(Protocol):
    def set_scale(self, scale: float) -> None: ...


def fit_type(desk: QWidget, panel: QWidget, parts: Sequence[Scalable]) -> None:
    # The window's height, not the desk's: inside a scroll area the desk is as tall as its content asks.
    small = desk.window().height() < COMPACT_BELOW_PX
    scale = 0.78 if small else 1.0
    _set_scale(parts, scale)
    while small and scale > 0.55 and overflows(desk, panel):
        scale -= 0.06  # smaller type rather than cut or scrolled
        _set_scale(parts, scale)


def _set_scale(parts: Sequence[Scalable], scale: float) -> None:
    for part in parts:
        part.set_scale(scale)


def overflows(desk: QWidget, panel: QWidget) -> bool:
    """The result card's lines need more height than it got, or the desk more than the window shows."""
    desk.layout().activate()
    if panel.hasHeightForWidth() and panel.heightForWidth(panel.width()) > panel.height():
        return True
    area = desk.parentWidget().parentWidget() if desk.parentWidget() else None  # viewport -> scroll area
    if not isinstance(area, QScrollArea):
        return False
    width, room = area.viewport().width(), area.viewport().height()
    need = max(desk.minimumSizeHint().height(), desk.heightForWidth(width) if desk.hasHeightForWidth() else 0)
    return need > room
