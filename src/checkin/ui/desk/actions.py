"""The desk's actions bar, built from a list so other features add buttons without editing the screen.

A ``DeskAction`` names a key, a label (translated when shown), a shortcut, an order, what it does with the
screen, and when it is enabled. The bar collects ``BUILTIN`` plus ``actions()`` from every module in
``checkin.ui.desk.ops`` (e.g. ``ops/walkin.py`` for walk-ins), sorted by ``order``.

What an action may use on ``screen`` (a ``DeskScreen``): ``screen.ctx`` (AppContext), ``screen.desk`` (core
``Desk`` for the current point and station), ``screen.decision`` (the decision on the panel, or None),
``screen.selected_attendee_id()`` (search selection, else the panel's guest), ``screen.show_decision(d)``,
``screen.show_message(title, text)``, ``screen.after_write()`` (notify + counters), ``screen.ready()``.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from .flow import WrappingRow

if TYPE_CHECKING:
    from .view import DeskScreen


@dataclass(frozen=True)
class DeskAction:
    key: str
    label: str  # English source; translated in context "DeskActions"
    shortcut: str
    order: int
    run: Callable[[DeskScreen], None]
    enabled: Callable[[DeskScreen], bool] = lambda screen: True

    def title(self) -> str:
        text = QCoreApplication.translate("DeskActions", self.label)
        # "Ctrl" is "Strg" on a German keyboard: say the key as it is printed on the keycap.
        key = self.shortcut.replace("Ctrl+", QCoreApplication.translate("DeskActions", "Ctrl+"))
        return f"{text} ({key})" if self.shortcut else text


def _undo(screen: DeskScreen) -> None:
    screen.undo_last()


def _override(screen: DeskScreen) -> None:
    screen.admit_anyway()


def _confirm(screen: DeskScreen) -> None:
    screen.confirm_attention()


def _camera(screen: DeskScreen) -> None:
    screen.toggle_camera()


def _setup(screen: DeskScreen) -> None:
    screen.scanner_setup()


BUILTIN = [
    DeskAction("confirm", "Confirm", "Enter", 5, _confirm, lambda s: s.waiting_for_confirmation),
    DeskAction("undo", "Undo last check-in", "Ctrl+Z", 10, _undo, lambda s: s.desk is not None),
    DeskAction("override", "Admit anyway…", "F8", 20, _override,
               lambda s: s.decision is not None and s.decision.overridable),
    DeskAction("camera", "Camera on/off", "F7", 80, _camera),
    DeskAction("scanner_setup", "Scanner set-up…", "F9", 90, _setup),
]

# Listed for lupdate (labels live in data above).
_LABELS = (
    QCoreApplication.translate("DeskActions", "Confirm"),
    QCoreApplication.translate("DeskActions", "Undo last check-in"),
    QCoreApplication.translate("DeskActions", "Admit anyway…"),
    QCoreApplication.translate("DeskActions", "Camera on/off"),
    QCoreApplication.translate("DeskActions", "Scanner set-up…"),
)


def all_actions() -> list[DeskAction]:
    from . import ops

    found = list(BUILTIN)
    for info in sorted(pkgutil.iter_modules(ops.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{ops.__name__}.{info.name}")
        provider = getattr(module, "actions", None)
        if callable(provider):
            found += list(provider())
    found.sort(key=lambda a: (a.order, a.key))
    return found


class ActionsBar(QWidget):
    """One button per action, each with its keyboard shortcut (the desk works without a mouse)."""

    def __init__(self, screen: DeskScreen, actions: list[DeskAction] | None = None) -> None:
        super().__init__(screen)
        self.screen = screen
        self.actions_list = actions if actions is not None else all_actions()
        self.buttons: dict[str, QPushButton] = {}
        lay = WrappingRow(self)  # wraps to a second row rather than make the window too wide
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        for action in self.actions_list:
            button = QPushButton(action.title())
            button.setObjectName(f"action_{action.key}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter/Space stay with the search field
            button.setMinimumHeight(40)
            button.setStyleSheet("font-size: 16px; padding: 4px 10px;")
            button.clicked.connect(lambda _c=False, a=action: self.trigger(a.key))
            lay.addWidget(button)
            self.buttons[action.key] = button
            if action.shortcut and action.shortcut != "Enter":  # Enter is routed by the screen
                sc = QShortcut(QKeySequence(action.shortcut), screen)
                sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                sc.activated.connect(lambda a=action: self.trigger(a.key))
        self.refresh()

    def trigger(self, key: str) -> bool:
        for action in self.actions_list:
            if action.key == key:
                self.screen.hold_result()  # the guest on screen is the one the action is meant for
                if not action.enabled(self.screen):
                    self.screen.scan_notice.inform(QCoreApplication.translate(
                        "DeskActions", "%1 does nothing now: it needs another result on screen (scan or search first).")
                        .replace("%1", action.shortcut or QCoreApplication.translate("DeskActions", action.label)))
                    return False
                action.run(self.screen)
                self.refresh()
                return True
        return False

    def refresh(self) -> None:
        for action in self.actions_list:
            self.buttons[action.key].setEnabled(bool(action.enabled(self.screen)))
