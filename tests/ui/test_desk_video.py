"""A real video file stands in for the desk camera: encoded here with Qt's own encoder, played by QMediaPlayer
into the desk's video sink, decoded in the worker; the guest is checked in once, the panel shows it."""

from __future__ import annotations

import threading

import pytest

from checkin.core.store import EventStore
from checkin.ui.scanner.video import demo_scene, write_video

from .scanner_helpers import wait

pytestmark = pytest.mark.gui

GUEST = 6
FRAMES = 100  # 4 s at 25 frames/s, 1280x720; the phone with the code comes in after 1 s


@pytest.fixture
def video(demo_path, tmp_path):
    store = EventStore.open(demo_path, readonly=True)
    code = store.attendee(GUEST).code
    store.close()
    return write_video(tmp_path / "guest at the desk.mp4", demo_scene(code, seconds=FRAMES / 25, fps=25))


@pytest.fixture
def screen(open_desk):
    """The shared desk (tests/ui/conftest.py); it returns to the start only after a minute, long after the
    looping video has been read again (the test checks the guest is still shown then)."""
    return open_desk(auto_return_s=60)


def test_video_file_chosen_at_the_desk_checks_the_guest_in_once(screen, video, qtbot):
    chooser = screen.camera_chooser
    assert chooser.combo.currentText() == "Camera off"
    chooser.combo.activated.emit(chooser.combo.findData("pick:"))  # the staff picks "Video file…"
    dialog = chooser.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.selectFile(str(video))
    dialog.accept()
    camera = screen.camera
    assert camera is not None and camera.file == video and camera.player is not None
    qtbot.waitUntil(lambda: screen.panel.state == "admitted", timeout=10_000)
    texts = screen.panel.texts()
    assert texts["headline"] == "Welcome"
    assert texts["name"] == screen.ctx.store.attendee(GUEST).display_name
    # Keep playing past the end: the file loops, the code stays in front of the camera and is read again.
    qtbot.waitUntil(lambda: camera.frames >= FRAMES + 40, timeout=15_000)
    wait(300)
    records = screen.ctx.store.journal.records(kind="checkin")
    assert [(r.attendee_id, r.data["source"]) for r in records] == [(GUEST, "camera")]
    assert screen.panel.state == "admitted" and screen.decision.status == "admitted"
    assert camera.decoded_frames >= 20 and not screen.preview.pixmap().isNull()
    assert threading.get_ident() not in camera._worker.thread_ids  # never decoded on the GUI thread
    assert chooser.combo.currentText() == "Video: guest at the desk.mp4"

    screen.actions_bar.trigger("camera")  # F7: off
    assert not camera.running and chooser.combo.currentText() == "Camera off" and screen.preview.isHidden()
    screen.actions_bar.trigger("camera")  # F7: the same file again
    assert camera.file == video and chooser.combo.currentText() == "Video: guest at the desk.mp4"


def test_unplayable_file_says_so_and_turns_the_camera_off(screen, tmp_path, qtbot):
    bad = tmp_path / "broken.mp4"
    bad.write_bytes(b"not a video at all" * 100)
    screen.start_video_file(bad)
    qtbot.waitUntil(lambda: screen.camera.player is None, timeout=10_000)
    assert screen.panel.texts()["headline"] == "Camera"
    assert screen.camera_chooser.combo.currentText() == "Camera off"
    assert not screen.ctx.store.journal.records(kind="checkin")


def test_gui_camera_file_option_plays_at_the_desk(cli, demo_path, video, tmp_path):
    shot = tmp_path / "desk.png"
    env = {"CHECKIN_CONFIG_DIR": str(tmp_path / "config"), "CHECKIN_SCREENSHOT_DELAY_MS": "4000",
           "QT_QPA_PLATFORM": "offscreen"}
    proc = cli("gui", str(demo_path), "--screen", "desk", "--camera-file", str(video), "--language", "en",
               "--screenshot", str(shot), env=env)
    assert proc.returncode == 0, proc.stderr
    assert shot.stat().st_size > 10_000
    store = EventStore.open(demo_path, readonly=True)
    try:
        records = store.journal.records(kind="checkin")
        assert [(r.attendee_id, r.data["source"]) for r in records] == [(GUEST, "camera")]
    finally:
        store.close()

    missing = cli("gui", str(demo_path), "--camera-file", str(tmp_path / "nope.mp4"), env=env)
    assert missing.returncode == 2 and missing.stderr.strip().count("\n") == 0
    assert "nope.mp4" in missing.stderr
