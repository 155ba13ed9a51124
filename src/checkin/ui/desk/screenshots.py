"""Render the desk in each result state, German and English: ``python -m checkin.ui.desk.screenshots docs``.

Writes ``docs/desk-<state>-<lang>.png`` from a fresh demo event (run under Xvfb for real fonts), and
``docs/desk-1366x768-<lang>.png``: the whole window as a 1366x768 laptop shows it (``--laptop`` for only these).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

STATES = ("ready", "admitted", "attention", "already", "refused", "invalid")


def _compile_translations(out: Path) -> None:
    from ...core.resources import resource

    for ts in sorted(resource("translations").glob("*_de.ts")):
        subprocess.run([str(Path(sys.executable).with_name("pyside6-lrelease")), str(ts), "-qm",
                        str(out / ts.with_suffix(".qm").name)], check=True, capture_output=True)


def main(folder: str = "docs") -> int:
    from PySide6.QtCore import QSettings, QTranslator
    from PySide6.QtWidgets import QApplication

    from ...core import demo
    from ...core.demo_picks import first_cancelled
    from ..context import AppContext
    from ..pyside_none import make_none_immortal
    from .view import DeskScreen

    make_none_immortal()
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        qm = Path(tmp) / "qm"
        qm.mkdir()
        _compile_translations(qm)
        for lang in ("en", "de"):
            translators = []
            if lang == "de":
                for f in sorted(qm.glob("*_de.qm")):
                    t = QTranslator()
                    if t.load(str(f)):
                        app.installTranslator(t)
                        translators.append(t)
            path = Path(tmp) / f"demo-{lang}.checkin"
            store = demo.generate(path, attendees=600, seed=1)
            cancelled = first_cancelled(store)
            store.close()
            ctx = AppContext(QSettings(str(Path(tmp) / f"{lang}.ini"), QSettings.Format.IniFormat), lang)
            ctx.open_event(path)
            screen = DeskScreen(ctx)
            screen.resize(1400, 860)
            screen.show()
            s = ctx.store
            for state in STATES:
                screen.waiting_for_confirmation = False
                if state == "ready":
                    screen.ready()
                elif state == "admitted":
                    screen.handle_code(s.attendee(2).code)
                elif state == "attention":
                    screen.handle_code(s.attendee(1).code)
                elif state == "already":
                    screen.handle_code(s.attendee(2).code)
                elif state == "refused":
                    screen.handle_code(s.attendee(cancelled).code)
                elif state == "invalid":
                    screen.handle_code("HELLO-THIS-IS-NOT-A-TICKET")
                screen.refresh_counters()
                for _ in range(3):
                    from PySide6.QtCore import QEventLoop, QTimer

                    loop = QEventLoop()
                    QTimer.singleShot(100, loop.quit)
                    loop.exec()
                out = target / f"desk-{state}-{lang}.png"
                screen.grab().save(str(out))
                print(out)
            screen.close()
            ctx.shutdown()
            for t in translators:
                app.removeTranslator(t)
    return 0


def laptop(folder: str = "docs") -> int:
    """The whole window at 1366x768 (less a title bar), German and English, a refused scan on the desk."""
    import os

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from ...core import demo
    from ..app import Application
    from ..pyside_none import make_none_immortal

    make_none_immortal()
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CHECKIN_CONFIG_DIR"] = tmp  # a fresh desk's settings, not this computer's
        qm = Path(tmp) / "qm"
        qm.mkdir()
        for lang in ("en", "de"):
            path = Path(tmp) / f"demo-{lang}.checkin"
            demo.generate(path, attendees=600, seed=1).close()
            shell = Application(app, lang)
            shell.ctx.open_event(path)
            window = shell.window
            window.resize(1366, 728)
            window.show()
            window.show_screen("desk")
            desk = window._built["desk"]
            store = shell.ctx.store
            desk.handle_code(store.attendee(2).code)
            desk.handle_code(store.attendee(1).code)  # the VIP: the tallest result, waiting for Enter
            desk.submit_code(store.attendee(4).code)  # the next guest scanned meanwhile: refused, in red
            loop = QEventLoop()
            QTimer.singleShot(600, loop.quit)
            loop.exec()
            out = target / f"desk-1366x768-{lang}.png"
            window.grab().save(str(out))
            print(out)
            window.close()
            shell.ctx.shutdown()
    return 0


if __name__ == "__main__":
    if "--laptop" in sys.argv:
        sys.exit(laptop(*[a for a in sys.argv[1:2] if a != "--laptop"]))
    sys.exit(main(*sys.argv[1:2]))
