"""Every kiosk page in German and English at 1920x1080 and 1366x768:
``python -m checkin.ui.kiosk.screenshots docs/kiosk`` (run under Xvfb for the real fonts).

Drives the real window through the real steps on a fresh demo event; only the printer is left out (the
"printing" and "take your badge" pages are shown as the print queue would report). PNGs are reduced to a
small palette so the set stays small.
"""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

SIZES = ((1920, 1080), (1366, 768))
PAGES = ("start", "name", "preview", "printing", "done", "desk", "pin")


def _save(widget, out: Path) -> None:  # noqa: ANN001
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().save(buf, "PNG")
    image = Image.open(io.BytesIO(bytes(buf.data()))).convert("RGB")
    image.quantize(colors=40, method=Image.Quantize.MEDIANCUT).save(out, optimize=True)


def _settle() -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    for _ in range(3):
        loop = QEventLoop()
        QTimer.singleShot(80, loop.quit)
        loop.exec()


def main(folder: str = "docs/kiosk") -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ...core import demo, pins
    from ...core.demo_picks import first_vip, ordinary_guests
    from ...core.kiosk import KioskSettings, Step
    from ...core.resources import resource
    from ..context import AppContext
    from ..pyside_none import make_none_immortal
    from .texts import KioskTexts
    from .window import KioskWindow

    make_none_immortal()
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        qm = Path(tmp)
        subprocess.run([str(Path(sys.executable).with_name("pyside6-lrelease")),
                        str(resource("translations") / "kiosk_de.ts"), "-qm", str(qm / "kiosk_de.qm")],
                       check=True, capture_output=True)
        path = qm / "demo.checkin"
        store = demo.generate(path, attendees=600, seed=1)
        pins.set_role_pin(store, "desk", "2468")
        store.close()
        ctx = AppContext(QSettings(str(qm / "k.ini"), QSettings.Format.IniFormat), "en")
        ctx.open_event(path)
        s = ctx.store
        assert s is not None
        guests = iter(s.attendee(i) for i in ordinary_guests(s, 8))
        vip = s.attendee(first_vip(s))
        for lang in ("de", "en"):
            for w, h in SIZES:
                kiosk = KioskWindow(ctx, language=lang, settings=KioskSettings(idle_seconds=600, done_seconds=600,
                                                                              desk_seconds=600))
                kiosk.texts = KioskTexts(lang, qm)
                kiosk.setFixedSize(w, h)
                kiosk.show()
                kiosk.reset()
                guest = next(guests)
                for page in PAGES:
                    kiosk.reset()
                    if page == "name":
                        kiosk._to_name()
                        kiosk.name.name.setText(guest.last_name)
                        kiosk.name.confirm.setText("xyz")
                        kiosk._find()
                    elif page in ("preview", "printing", "done"):
                        step = {"preview": Step.PREVIEW, "printing": Step.PRINTING, "done": Step.DONE}[page]
                        kiosk.kiosk.scan(guest.code)  # the preview writes nothing; no check-in for a picture
                        kiosk.kiosk.screen = replace(kiosk.kiosk.screen, step=step, language=lang)
                        kiosk.show_screen(kiosk.kiosk.screen)
                    elif page == "desk":
                        kiosk.submit_code(vip.code)
                        kiosk.set_language(lang)
                    elif page == "pin":
                        kiosk._ask_pin()
                    _settle()
                    out = target / f"kiosk-{page}-{lang}-{w}x{h}.png"
                    _save(kiosk, out)
                    print(out)
                kiosk.leave()
                kiosk.deleteLater()
        ctx.shutdown()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
