"""Idle and on-demand lock, role filter of the navigation, role switch (organiser PIN to go up).

Installed into the main window by ``install(window)``; it only uses the window's navigation list, stack and
screen specs, so the main window keeps one call and a check in ``show_screen``.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QWidget

from ...core import pins, roles
from .overlay import LockOverlay

if TYPE_CHECKING:
    from ..context import AppContext
    from ..main_window import MainWindow

IDLE_SETTING = "lock/idle_minutes"
DEFAULT_IDLE_MINUTES = 5
LOCK_KEY = "Ctrl+L"
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
             QEvent.Type.TouchBegin}


class LockController(QObject):
    locked_changed = Signal(bool)
    role_changed = Signal(str)

    def __init__(self, window: MainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.overlay = LockOverlay(window)
        self.overlay.unlock_requested.connect(self.try_unlock)
        self.locked = False
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self._idle_minutes = 0.0
        self._wait_left = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self.set_idle_minutes(self.idle_minutes())
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # any key or mouse activity restarts the idle timer
            # An application-wide filter must go with its window (a stale one would see every event).
            window.destroyed.connect(lambda: app.removeEventFilter(self))

    # --- idle ------------------------------------------------------------------------------------------
    def idle_minutes(self) -> float:
        try:
            return float(self.ctx.settings.value(IDLE_SETTING, DEFAULT_IDLE_MINUTES))
        except (TypeError, ValueError):
            return DEFAULT_IDLE_MINUTES

    def set_idle_minutes(self, minutes: float) -> None:
        """0 turns the idle lock off (the on-demand key still works)."""
        self.ctx.settings.setValue(IDLE_SETTING, minutes)
        self._idle_minutes = minutes
        self.idle.stop()
        if minutes > 0:
            self.idle.setInterval(max(1, int(minutes * 60_000)))
            self.idle.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Called for every event of the application: cheap, and never raising (that would swallow events).
        try:
            if not self.locked and self._idle_minutes > 0 and event.type() in _ACTIVITY:
                self.idle.start()
        except RuntimeError:  # the window is being torn down
            pass
        return False

    # --- lock / unlock ---------------------------------------------------------------------------------
    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self.idle.stop()
        central = self.window.centralWidget()
        if central is not None:
            central.setEnabled(False)  # a scanner's keystrokes cannot reach the desk behind the overlay
        self.window.menuBar().setEnabled(False)
        store = self.ctx.store
        needs = store is not None and pins.role_has_pin(store, self.ctx.role)
        self.overlay.show_locked(role_label(self.ctx.role), needs)
        self.locked_changed.emit(True)

    def try_unlock(self, pin: str) -> pins.PinCheck:
        store = self.ctx.store
        check = pins.PinCheck(True) if store is None else pins.attempt(store, self.ctx.role, pin)
        if check.ok:
            self._unlock()
        else:
            self.overlay.pin.clear()
            self.overlay.message.setText(self.tr("Wrong PIN."))
            self._wait_left = math.ceil(check.wait)
            if self._wait_left > 0:
                self.overlay.set_waiting(self._wait_left)
                self._countdown.start()
        return check

    def _tick(self) -> None:
        self._wait_left -= 1
        self.overlay.set_waiting(self._wait_left)
        if self._wait_left <= 0:
            self._countdown.stop()
            self.overlay.message.clear()
            self.overlay.pin.setFocus()

    def _unlock(self) -> None:
        self.locked = False
        self.overlay.hide()
        central = self.window.centralWidget()
        if central is not None:
            central.setEnabled(True)
        self.window.menuBar().setEnabled(True)
        if self._idle_minutes > 0:
            self.idle.start()
        self.locked_changed.emit(False)

    # --- roles -----------------------------------------------------------------------------------------
    def switch_role(self, role: str, pin: str | None = None) -> bool:
        """Go to ``role``: down freely, up only with the organiser PIN (with the same slow-down)."""
        store = self.ctx.store
        if store is None or role not in roles.ROLES:
            return False
        going_up = roles.RANK[role] > roles.RANK[self.ctx.role]
        if going_up and (not pins.pin_required(store) or not pins.attempt(store, roles.ORGANISER, pin).ok):
            return False  # without an organiser PIN set there is no way up
        # The event's session acts in the switched role (worker-thread connections included), so an organiser
        # who unlocked a desk copy may move a session there, and a master switched down to helper may not.
        self.ctx.act_as(role)
        apply_role(self.window)
        self.role_changed.emit(role)
        return True

    def ask_switch_role(self) -> None:
        labels = [role_label(r) for r in roles.ROLES]
        choice, ok = QInputDialog.getItem(self.window, self.tr("Switch role"), self.tr("Role of this station:"),
                                          labels, labels.index(role_label(self.ctx.role)), False)
        if not ok:
            return
        role = roles.ROLES[labels.index(choice)]
        pin = None
        if roles.RANK[role] > roles.RANK[self.ctx.role]:
            pin, ok = QInputDialog.getText(self.window, self.tr("Switch role"), self.tr("Organiser PIN:"),
                                           QLineEdit.EchoMode.Password)
            if not ok:
                return
        if not self.switch_role(role, pin):
            QMessageBox.warning(self.window, self.tr("Switch role"),
                                self.tr("Not switched: the organiser PIN is wrong or not set."))


def role_label(role: str) -> str:
    names = {"organiser": QApplication.translate("LockController", "Organiser"),
             "desk": QApplication.translate("LockController", "Desk"),
             "helper": QApplication.translate("LockController", "Helper")}
    return names.get(role, role)


def apply_role(window: MainWindow) -> None:
    """Show only the screens the current role may open; screens built for another role are rebuilt."""
    role = window.ctx.role
    for row, spec in enumerate(window._specs):
        item = window.nav.item(row)
        item.setHidden(not roles.screen_allowed(spec.key, role, spec.roles))
    if getattr(window, "_built_for_role", None) != role:
        for key in list(window._built):  # what an organiser's screen showed must not stay for a helper
            widget = window._built.pop(key)
            row = next(i for i, s in enumerate(window._specs) if s.key == key)
            page = window.stack.widget(row)  # the screen's page (its scroll area), not the screen itself
            window.stack.removeWidget(page)
            page.deleteLater()
            widget.deleteLater()
            window.stack.insertWidget(row, QWidget())
    window._built_for_role = role
    current = window.nav.currentRow()
    if current >= 0 and not window.nav.item(current).isHidden():
        window._show_row(current)
        return
    for row in range(window.nav.count()):
        if not window.nav.item(row).isHidden():
            window.nav.setCurrentRow(row)
            window._show_row(row)
            return


def install(window: MainWindow) -> LockController:
    controller = LockController(window, window.ctx)
    lock_action = QAction(QApplication.translate("LockController", "&Lock screen"), window)
    lock_action.setShortcut(QKeySequence(LOCK_KEY))
    lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    lock_action.triggered.connect(controller.lock)
    window.addAction(lock_action)  # stays reachable while the menu bar is disabled
    switch_action = QAction(QApplication.translate("LockController", "Switch &role…"), window)
    switch_action.triggered.connect(controller.ask_switch_role)
    menu = window.menuBar().addMenu(QApplication.translate("LockController", "&Station"))
    menu.addAction(lock_action)
    menu.addAction(switch_action)
    window.ctx.event_opened.connect(lambda: _opened(window))
    return controller


def _opened(window: MainWindow) -> None:
    """A newly opened event starts in the role its copy allows (a new session: no role switch)."""
    apply_role(window)
