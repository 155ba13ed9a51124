"""Composition root: application, settings, translations, the context and the main window."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from ..core.store import StoreError
from .context import AppContext
from .i18n import SUPPORTED, Translations, system_language
from .main_window import MainWindow


def make_settings() -> QSettings:
    """checkin.ini in the user's config folder (or CHECKIN_CONFIG_DIR): the file `checkin settings` edits too.

    Settings an earlier version kept in the platform's store (registry, plist, ~/.config/checkin/checkin.conf)
    are copied over once, on the first start with the INI file missing."""
    from ..core.desk_settings import settings_file

    path = settings_file()
    fresh = not path.exists()
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    if fresh and not os.environ.get("CHECKIN_CONFIG_DIR"):
        old = QSettings("checkin", "checkin")
        for key in old.allKeys():
            settings.setValue(key, old.value(key))
        settings.sync()
    return settings


def demo_event_path() -> Path:
    from platformdirs import user_data_dir

    return Path(os.environ.get("CHECKIN_DATA_DIR") or user_data_dir("checkin", appauthor=False)) / "demo.checkin"


def ensure_demo() -> Path:
    path = demo_event_path()
    if not path.exists():
        from ..core import demo

        path.parent.mkdir(parents=True, exist_ok=True)
        demo.generate(path).close()
    return path


class Application:
    """Owns the QApplication-wide objects; rebuilds the window when the language changes."""

    def __init__(self, app: QApplication, language: str | None) -> None:
        self.app = app
        self.settings = make_settings()
        chosen = language or str(self.settings.value("language", "") or "") or system_language()
        self.translations = Translations()
        self.translations.install(app, chosen if chosen in SUPPORTED else "en")
        self.ctx = AppContext(self.settings, chosen)
        self.ctx.language_changed.connect(self.switch_language)
        self.window = MainWindow(self.ctx)

    def switch_language(self, language: str) -> None:
        self.settings.setValue("language", language)
        self.translations.install(self.app, language)
        self.ctx.language = language
        current = self.window.nav.currentItem()
        key = current.data(0x0100) if current else None
        geometry = self.window.saveGeometry()
        old = self.window
        self.window = MainWindow(self.ctx)
        self.window.restoreGeometry(geometry)
        self.window._on_event_opened()
        if key:
            self.window.show_screen(key)
        self.window.show()
        old.close()
        old.deleteLater()


def use_readable_font(app: QApplication) -> None:
    """At least 11 pt everywhere: readable at arm's length on a desk laptop (layouts are checked at this size)."""
    font = QFont(app.font())
    font.setPointSize(max(font.pointSize(), 11))
    app.setFont(font)


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("checkin")
    app.setOrganizationName("checkin")
    use_readable_font(app)
    shell = Application(app, getattr(args, "language", None))
    try:  # every way out stops the database worker first (a running QThread aborts the process)
        shell.ctx.camera_file = getattr(args, "camera_file", None)  # the desk plays it instead of a camera
        window = shell.window

        path = args.path or shell.settings.value("last_event") or None
        if path and not Path(str(path)).exists() and not args.path:
            path = None
        if path is None:
            path = ensure_demo()
            if not shell.settings.value("welcomed", False, type=bool):
                window.show_welcome()
        try:
            shell.ctx.open_event(path)
        except StoreError as exc:
            from ..core import encryption

            # An encrypted desk copy without CHECKIN_PASSPHRASE: ask for it in the window (not for screenshots).
            if args.screenshot or not encryption.is_encrypted(path) or not window.open_path(path):
                print(f"checkin: {exc}", file=sys.stderr)
                return 1
        if args.screen and not window.show_screen(args.screen):
            print(f"checkin: no screen named {args.screen!r}", file=sys.stderr)
            return 2
        if not args.screenshot and not os.environ.get("CHECKIN_NO_SYNC"):
            # Stations find and sync with each other while the GUI is open (not for one-shot screenshots).
            from .stations.runner import ensure_running

            ensure_running(shell.ctx)
        window.show()

        if args.screenshot:
            target = Path(args.screenshot)
            patience = time.monotonic() + 10

            def shoot() -> None:
                # Screens read their lists on the DB worker: the picture shows them once read.
                if shell.ctx.tasks.pending() and time.monotonic() < patience:
                    QTimer.singleShot(20, shoot)
                    return
                shell.window.grab().save(str(target))
                app.quit()

            QTimer.singleShot(int(os.environ.get("CHECKIN_SCREENSHOT_DELAY_MS", "700")), shoot)
        code = app.exec()
        if args.screenshot and not Path(args.screenshot).exists():
            print(f"checkin: could not write {args.screenshot}", file=sys.stderr)
            return 1
        return code
    finally:
        shell.ctx.shutdown()
