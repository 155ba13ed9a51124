"""The self-service kiosk window on real desk copies: a scanner burst, the badge into the real cups-pdf queue,
"please go to the desk" for a VIP, a cancelled guest and a stopped printer, with the notice reaching another
desk copy through a real sync on loopback; the idle reset; no way out without the PIN."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from checkin.core import pins
from checkin.core.kiosk import KioskSettings
from checkin.core.printing import spool_dir
from checkin.core.store import EventStore
from checkin.core.sync.secret import ensure_secret
from tests.core.badge_helpers import decode_qr_pages, page_texts
from tests.cups_env import ENV, PPD, Cups, cups  # noqa: F401  (fixture)
from tests.e2e.syncutil import Station, free_port

from .scanner_helpers import person_presses, person_types, scanner_types

PIN = "24681357"  # a desk copy carries only PINs that survive a month of offline guessing (issue 25)
LEFT = __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton
FAST = KioskSettings(done_seconds=0.3, desk_seconds=0.3, idle_seconds=60)
FAULT_QUEUE = "checkin-kiosk-fault"  # our own queue to stop: the shared test queues stay running for others


@pytest.fixture
def copies(demo_path: Path, cli) -> tuple[Path, Path]:
    """A kiosk copy and a staffed desk copy of one event (the desk PIN set before copying)."""
    with EventStore.open(demo_path) as master:
        ensure_secret(master)
        pins.set_role_pin(master, "desk", PIN)
    kiosk, desk = demo_path.parent / "kiosk.checkin", demo_path.parent / "desk2.checkin"
    cli("copy", str(demo_path), str(kiosk), "--desk", "--station", "kiosk-1", check=True)
    cli("copy", str(demo_path), str(desk), "--desk", "--station", "desk-2", check=True)
    return kiosk, desk


def _guest(path: Path, where: str) -> tuple[int, str, str]:
    with EventStore.open(path, readonly=True) as s:
        row = s.conn.execute(f"SELECT id, code, last_name FROM attendees WHERE {where} ORDER BY id LIMIT 1").fetchone()
    return int(row[0]), str(row[1]), str(row[2])


def _kiosk(open_app, path: Path, printer: str | None, settings: KioskSettings = FAST):
    from checkin.ui.kiosk import open_kiosk

    app = open_app(path)
    kiosk = open_kiosk(app.window, printer=printer, full_screen=False, settings=settings)
    kiosk.resize(1366, 768)
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    assert QApplication.focusWidget() is kiosk  # the scanner's keys land in the kiosk
    return app, kiosk


def _on_screen(widget) -> str:
    """Every text the guest can read now (labels, buttons, fields)."""
    from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

    texts = [w.text() for cls in (QLabel, QPushButton, QLineEdit) for w in widget.findChildren(cls)
             if w.isVisible()]
    return "\n".join(texts)


class Shown:
    """Every page the kiosk shows, with what the guest can read on it at that moment. "Take your badge" and
    "go to the desk" stay up for only 0.3 s here (FAST): a test that polled for them could miss them when the
    machine is busy and the test's next look comes later than that; the kiosk's own signal never misses."""

    def __init__(self, kiosk) -> None:  # noqa: ANN001
        self.pages: list[tuple[str, str]] = []
        kiosk.step_shown.connect(lambda step: self.pages.append((step, _on_screen(kiosk))))

    def steps(self) -> list[str]:
        return [step for step, _ in self.pages]

    def last(self, step: str) -> str:
        """What the guest read on the latest ``step`` page."""
        return next(text for shown, text in reversed(self.pages) if shown == step)


def _notices_at_desk(cli, kiosk: Path, desk: Path) -> list[dict]:
    station = Station(kiosk, free_port(), [])
    station.start()
    try:
        proc = cli("sync", str(desk), "--peer", f"127.0.0.1:{station.port}", "--json")
        assert proc.returncode == 0, proc.stderr
    finally:
        station.stop()
    proc = cli("notices", str(desk), "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)["notices"]


@pytest.mark.cups
def test_guest_scans_prints_badge_and_kiosk_resets(open_app, copies, cups: Cups, qtbot):  # noqa: F811
    kiosk_path, _ = copies
    aid, code, last = _guest(kiosk_path, "attention = 0 AND status != 'cancelled' AND language = 'de'")
    app, kiosk = _kiosk(open_app, kiosk_path, cups.queue)
    shown = Shown(kiosk)
    scanner_types(code, gap_ms=10)
    qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.preview, timeout=20_000)
    assert kiosk.texts.language == "de"  # the invitation's language greets the guest
    assert "Ist das Ihr Namensschild?" in _on_screen(kiosk)
    assert not kiosk.preview.badge.pixmap().isNull()  # the badge preview is rendered
    kiosk.preview.fields["first_name"].setText("Kiki")  # the organiser lets guests fix their first name
    qtbot.mouseClick(kiosk.preview.print, LEFT)
    qtbot.waitUntil(lambda: "done" in shown.steps(), timeout=20_000)
    assert "Bitte nehmen Sie Ihr Namensschild." in shown.last("done")
    job = next(j for j in kiosk.service.jobs() if j.attendee_ids == [aid])
    pdf = cups.find_output(job.title)  # what the printer got (cups-pdf turns text into outlines)
    assert decode_qr_pages(pdf, dpi=200)[0] == [code]
    sent = spool_dir() / f"{job.id}-1.pdf"  # the PDF handed to lp: the corrected name prints
    assert "Kiki" in page_texts(sent)[0] and last in page_texts(sent)[0]
    qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.start)  # back to the start by itself
    assert shown.steps()[-3:] == ["printing", "done", "start"]
    screen = _on_screen(kiosk)
    assert last not in screen and "Kiki" not in screen and kiosk.texts.language == "en"
    with EventStore.open(kiosk_path, readonly=True) as s:
        kinds = [r.kind for r in s.journal.records() if r.attendee_id == aid and r.station_id == "kiosk-1"]
        assert kinds.count("checkin") == 1 and "badge_print" in kinds
        fix = [r for r in s.journal.records(kind="correction") if r.attendee_id == aid]
        assert fix and fix[0].operator == "guest" and fix[0].data["fields"] == {"first_name": "Kiki"}


def _ensure_fault_queue() -> str:
    subprocess.run(["lpadmin", "-p", FAULT_QUEUE, "-E", "-v", "cups-pdf:/", "-m", PPD], env=ENV, check=True,
                   capture_output=True, timeout=30)
    subprocess.run(["cupsdisable", FAULT_QUEUE], env=ENV, check=True, capture_output=True, timeout=30)
    return FAULT_QUEUE


@pytest.mark.cups
def test_vip_cancelled_and_printer_fault_go_to_the_desk_with_a_notice_there(open_app, copies, cups: Cups,  # noqa: F811
                                                                           qtbot, cli):
    kiosk_path, desk_path = copies
    vip, vip_code, vip_last = _guest(kiosk_path, "attention = 1 AND status != 'cancelled'")
    gone, gone_code, gone_last = _guest(kiosk_path, "status = 'cancelled' AND attention = 0")
    plain, plain_code, plain_last = _guest(kiosk_path, "attention = 0 AND status != 'cancelled'")
    stopped = _ensure_fault_queue()
    app, kiosk = _kiosk(open_app, kiosk_path, stopped)
    shown = Shown(kiosk)
    for code in (vip_code, gone_code):
        shown.pages.clear()
        scanner_types(code, gap_ms=10)
        qtbot.waitUntil(lambda: "desk" in shown.steps(), timeout=20_000)
        screen = shown.last("desk")
        assert "Please go to the desk." in screen or "Bitte gehen Sie zum Empfang." in screen
        for secret in (vip_last, gone_last, "VIP", "cancel", "storniert"):
            assert secret not in screen  # nothing about the reason (or the person) for the queue to read
        qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.start)
        assert shown.steps() == ["desk", "start"]
    shown.pages.clear()
    scanner_types(plain_code, gap_ms=10)
    qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.preview, timeout=20_000)
    qtbot.mouseClick(kiosk.preview.print, LEFT)
    qtbot.waitUntil(lambda: "desk" in shown.steps(), timeout=20_000)
    assert shown.steps()[:3] == ["preview", "printing", "desk"]
    assert plain_last not in shown.last("desk")
    notices = {n["attendee_id"]: n for n in _notices_at_desk(cli, kiosk_path, desk_path)}
    assert notices[vip]["reason"] == "vip" and vip_last in notices[vip]["name"]
    assert notices[gone]["reason"] == "cancelled" and gone_last in notices[gone]["name"]
    assert notices[plain]["reason"] == "printer_fault" and notices[plain]["station"] == "kiosk-1"
    with EventStore.open(desk_path, readonly=True) as s:  # the VIP and the cancelled guest are not checked in
        assert s.first_arrival(vip) is None and s.first_arrival(gone) is None
        assert s.first_arrival(plain) is not None  # checked in; the desk prints the badge


def test_idle_kiosk_forgets_the_guest(open_app, copies, qtbot):
    kiosk_path, _ = copies
    aid, code, last = _guest(kiosk_path, "attention = 0 AND status != 'cancelled'")
    app, kiosk = _kiosk(open_app, kiosk_path, None, KioskSettings(idle_seconds=0.5))
    scanner_types(code, gap_ms=10)
    qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.preview)
    assert last in kiosk.preview.fields["first_name"].text() or kiosk.preview.badge.pixmap() is not None
    qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.start, timeout=5000)
    assert last not in _on_screen(kiosk) and not kiosk.preview.fields and kiosk.preview.badge.pixmap().isNull()
    with EventStore.open(kiosk_path, readonly=True) as s:
        assert s.first_arrival(aid) is None  # walked away before confirming: nothing written
    # A half-typed name is cleared as well.
    qtbot.mouseClick(kiosk.start.by_name, LEFT)
    person_types("Müller")
    qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.start, timeout=5000)
    assert kiosk.name.name.text() == ""


def test_name_search_shows_only_the_confirmed_guest(open_app, copies, qtbot):
    from PySide6.QtWidgets import QPushButton

    kiosk_path, _ = copies
    with EventStore.open(kiosk_path, readonly=True) as s:
        a = next(x for x in s.iter_attendees() if not x.attention and x.status != "cancelled"
                 and x.email[:3].isalpha() and x.email[:3].isascii() and x.last_name
                 and len(s.search(f"{x.first_name} {x.last_name}")) == 1)
    app, kiosk = _kiosk(open_app, kiosk_path, None)
    qtbot.mouseClick(kiosk.start.by_name, LEFT)
    kiosk.name.name.setText(f"{a.first_name} {a.last_name}")
    kiosk.name.confirm.setText("zzz")
    qtbot.mouseClick(kiosk.name.find, LEFT)
    assert kiosk.pages.currentWidget() is kiosk.name and "could not find you" in _on_screen(kiosk)
    assert a.organisation not in _on_screen(kiosk)
    kiosk.name.confirm.clear()
    qtbot.mouseClick(kiosk.name.confirm, LEFT)  # a touch kiosk: the guest taps the field, then the screen keys
    for ch in a.email[:3].lower():
        qtbot.mouseClick(kiosk.name.keyboard.findChild(QPushButton, f"kioskKey_{ch}"), LEFT)
    assert kiosk.name.confirm.text() == a.email[:3].lower()
    qtbot.mouseClick(kiosk.name.find, LEFT)
    assert kiosk.pages.currentWidget() is kiosk.preview and kiosk.kiosk.screen.attendee.id == a.id


def test_leaving_needs_the_pin(open_app, copies, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction

    kiosk_path, _ = copies
    app, kiosk = _kiosk(open_app, kiosk_path, None)
    assert not app.window.isVisible() and kiosk.isVisible()
    assert app.window.findChild(QAction, "kioskModeAction") is not None  # also in the Station menu
    kiosk.close()  # Alt+F4, the window manager
    person_presses(Qt.Key.Key_Escape)
    assert kiosk.isVisible() and not app.window.isVisible()
    qtbot.mouseClick(kiosk.staff, LEFT)
    assert kiosk.pages.currentWidget() is kiosk.pin
    person_types("0000")
    person_presses(Qt.Key.Key_Return, text="\r")
    assert kiosk.isVisible() and "Wrong PIN" in kiosk.pin.message.text()
    qtbot.mouseClick(kiosk.pin.cancel, LEFT)
    assert kiosk.pages.currentWidget() is kiosk.start
    qtbot.mouseClick(kiosk.staff, LEFT)
    person_types(PIN)
    qtbot.waitUntil(lambda: kiosk.pin.pin.text() == PIN)  # the wedge lets a person's last key through
    qtbot.mouseClick(kiosk.pin.leave, LEFT)  # (Enter works too; the window closes between press and release)
    qtbot.waitUntil(lambda: app.window.isVisible())
    assert not kiosk.isVisible()


def test_camera_reads_the_invitation(open_app, copies, qtbot, tmp_path):
    """A video file stands in for the kiosk camera (``checkin gui EVENT --kiosk --camera-file``)."""
    from checkin.ui.scanner.video import demo_scene, write_video

    kiosk_path, _ = copies
    aid, code, last = _guest(kiosk_path, "attention = 0 AND status != 'cancelled'")
    video = write_video(tmp_path / "guest at the kiosk.mp4", demo_scene(code, seconds=4, fps=25))
    app, kiosk = _kiosk(open_app, kiosk_path, None)
    try:
        assert kiosk.start_camera(str(video))
        qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.preview, timeout=20_000)
        assert kiosk.kiosk.screen.attendee.id == aid
    finally:
        kiosk.camera.shutdown()


def test_gui_kiosk_refuses_to_start_without_a_pin(cli, demo_path, tmp_path):
    proc = cli("gui", str(demo_path), "--kiosk", env={"CHECKIN_CONFIG_DIR": str(tmp_path), "CHECKIN_NO_SYNC": "1"},
               timeout=60)
    assert proc.returncode == 2 and "PIN" in proc.stderr and "Traceback" not in proc.stderr
    assert len([ln for ln in proc.stderr.splitlines() if ln.startswith("checkin:")]) == 1


def test_desk_window_shows_the_kiosk_notice_with_name_and_reason(open_app, demo_path, qtbot):
    from PySide6.QtCore import Qt

    from checkin.core.kiosk import Kiosk

    with EventStore.open(demo_path) as s:
        vip = _guest(demo_path, "attention = 1 AND status != 'cancelled'")
        assert Kiosk(s, station="kiosk-1").scan(vip[1]).reason.value == "vip"
    app = open_app(demo_path)
    banner = app.window.notice_banner
    qtbot.waitUntil(banner.isVisible)
    assert vip[2] in banner.text.text() and "kiosk-1" in banner.text.text() and "VIP" in banner.text.text()
    qtbot.mouseClick(banner.ack, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not banner.isVisible())


def test_station_menu_opens_the_kiosk_with_the_desk_pin(open_app, copies, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication, QInputDialog

    kiosk_path, _ = copies
    app = open_app(kiosk_path)

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(PIN)
        dialog.accept()

    QTimer.singleShot(200, answer)
    app.window.findChild(QAction, "kioskModeAction").trigger()
    kiosk = app.window.kiosk_window
    assert kiosk is not None and kiosk.isVisible() and not app.window.isVisible()
    kiosk.leave()
    qtbot.waitUntil(app.window.isVisible)
