"""Screen registry: each package under checkin.ui with a ``SCREEN`` spec becomes a navigation entry."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from .context import AppContext


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    order: int
    title: str  # English source text, translated in context "Screens"
    factory: Callable[[AppContext], QWidget]
    roles: tuple[str, ...] = ("organiser", "desk", "helper")  # roles that may see the screen

    def translated_title(self) -> str:
        return QCoreApplication.translate("Screens", self.title)


def discover() -> list[ScreenSpec]:
    from .. import ui

    specs: list[ScreenSpec] = []
    for info in pkgutil.iter_modules(ui.__path__):
        if not info.ispkg:
            continue
        module = importlib.import_module(f"{ui.__name__}.{info.name}")
        spec = getattr(module, "SCREEN", None)
        if isinstance(spec, ScreenSpec):
            specs.append(spec)
    specs.sort(key=lambda s: (s.order, s.key))
    return specs


# Titles of the screens, listed so lupdate collects them for the "Screens" context.
_TITLES = (
    QCoreApplication.translate("Screens", "Attendees"), QCoreApplication.translate("Screens", "Desk"),
    QCoreApplication.translate("Screens", "Programme"), QCoreApplication.translate("Screens", "Badges"),
    QCoreApplication.translate("Screens", "Stations"), QCoreApplication.translate("Screens", "Sync back"),
    QCoreApplication.translate("Screens", "Import"), QCoreApplication.translate("Screens", "Dashboard"),
    QCoreApplication.translate("Screens", "Signage"), QCoreApplication.translate("Screens", "Day close"),
    QCoreApplication.translate("Screens", "Settings"),
)
