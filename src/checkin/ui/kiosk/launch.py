"""Entering and leaving kiosk mode: the Station menu entry (PIN first) and ``checkin gui EVENT --kiosk``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMenu, QMessageBox

from ...core import roles
from ...core.kiosk import KioskSettings, can_leave, leave_pin_set
from .window import KioskWindow

if TYPE_CHECKING:
    from ..main_window import MainWindow



def open_kiosk(window: MainWindow, *, printer: str | None = None, full_screen: bool = True,
               settings: KioskSettings | None = None) -> KioskWindow:
    """Hide the staff window and show the kiosk over the whole screen; the PIN brings the staff window back."""
    ctx = window.ctx
    language = ctx.language if ctx.language in ("de", "en") else "en"
    kiosk = KioskWindow(ctx, language=language, printer=printer, settings=settings)
    window.kiosk_window = kiosk  # one reference, so it lives as long as it is shown

    def back() -> None:
        window.show()
        kiosk.deleteLater()
        window.kiosk_window = None

    kiosk.left.connect(back)
    # A camera reads codes too (or the video file of `checkin gui --kiosk --camera-file`); none: the scanner.
    camera_file = getattr(ctx, "camera_file", None)
    if camera_file or QMediaDevices.videoInputs():
        kiosk.start_camera(camera_file)
    window.hide()
    if full_screen:
        # The whole screen the staff window was on, also where no window manager sizes full-screen windows.
        screen = QApplication.screenAt(window.geometry().center()) or QApplication.primaryScreen()
        if screen is not None:
            kiosk.setGeometry(screen.geometry())
        kiosk.showFullScreen()
    else:
        kiosk.show()
    kiosk.activateWindow()
    return kiosk


def ask_and_open(window: MainWindow) -> None:
    store = window.ctx.store
    if store is None:
        return
    title = QCoreApplication.translate("KioskLaunch", "Kiosk mode")
    if not roles.can(window.ctx.role, "checkin"):
        QMessageBox.warning(window, title, QCoreApplication.translate(
            "KioskLaunch", "A kiosk checks guests in: it needs a desk copy or the organiser's file."))
        return
    if not leave_pin_set(store):
        QMessageBox.warning(window, title, QCoreApplication.translate(
            "KioskLaunch", "Set a desk or organiser PIN first (Settings): without one, anyone could leave the kiosk."))
        return
    pin, ok = QInputDialog.getText(window, title, QCoreApplication.translate("KioskLaunch", "Desk or organiser PIN:"),
                                   QLineEdit.EchoMode.Password)
    if not ok:
        return
    if not can_leave(store, pin).ok:
        QMessageBox.warning(window, title, QCoreApplication.translate("KioskLaunch", "Wrong PIN."))
        return
    open_kiosk(window)


def install(window: MainWindow) -> None:
    """The Station menu's "Kiosk mode…" entry (the menu comes from the lock screen, issue 13)."""
    station = QCoreApplication.translate("LockController", "&Station")
    menu = next((a.menu() for a in window.menuBar().actions() if a.menu() is not None and a.text() == station),
                None)
    if not isinstance(menu, QMenu):
        menu = window.menuBar().addMenu(station)
    action = QAction(QCoreApplication.translate("KioskLaunch", "&Kiosk mode…"), window)
    action.setObjectName("kioskModeAction")
    action.triggered.connect(lambda: ask_and_open(window))
    menu.addAction(action)
    window.kiosk_window = None


def run_kiosk(args: argparse.Namespace) -> int:
    """``checkin gui EVENT --kiosk``: the event opens straight into the kiosk (syncing like any station)."""
    from ..app import Application

    if not args.path:
        print("checkin: --kiosk needs the event file, e.g. checkin gui desk-3.checkin --kiosk", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("checkin")
    app.setOrganizationName("checkin")
    shell = Application(app, getattr(args, "language", None))
    from ...core.store import StoreError

    try:
        shell.ctx.open_event(Path(args.path))
    except StoreError as exc:
        print(f"checkin: {exc}", file=sys.stderr)
        return 1
    if not roles.can(shell.ctx.role, "checkin"):
        print("checkin: a kiosk checks guests in: it needs a desk copy or the organiser's file", file=sys.stderr)
        shell.ctx.shutdown()
        return 2
    if not leave_pin_set(shell.ctx.store):
        print("checkin: set a desk or organiser PIN first (checkin role EVENT --set-pin desk, or checkin "
              "organiser-pin EVENT): without one, anyone could leave the kiosk", file=sys.stderr)
        shell.ctx.shutdown()
        return 2
    if not os.environ.get("CHECKIN_NO_SYNC"):
        from ..stations.runner import ensure_running

        ensure_running(shell.ctx)
    shell.ctx.camera_file = getattr(args, "camera_file", None)
    kiosk = open_kiosk(shell.window, printer=getattr(args, "printer", None))
    kiosk.left.connect(lambda: None)  # the staff window shows; the app runs on until it is closed
    code = app.exec()
    shell.ctx.shutdown()
    return code
