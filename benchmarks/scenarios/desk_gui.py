"""GUI desk scenarios, each in a child process (offscreen Qt): scanner Enter to painted result, and GUI event
latency while the camera pipeline decodes a video file standing in for the camera.

Child: ``python -m benchmarks.scenarios.desk_gui scan|camera|nocamera EVENT`` prints one JSON line.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from benchmarks.common import Context, Scenario, median, p95


def _child(kind: str, event: str) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from checkin.ui.pyside_none import make_none_immortal

    make_none_immortal()
    app = QApplication([])  # noqa: F841  (kept alive for the whole child)
    from checkin.ui.context import AppContext
    from checkin.ui.desk.view import DeskScreen

    settings = QSettings(os.path.join(os.path.dirname(event), f"{kind}.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(settings, "en")
    ctx.open_event(event)
    screen = DeskScreen(ctx)
    screen.resize(1400, 860)
    screen.show()
    screen.focus_search()

    def spin(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    spin(300)
    store = ctx.store
    # Plain guests only: a VIP's attention screen or a cancelled guest's refusal waits for the worker.
    ids = [r[0] for r in store.conn.execute(
        "SELECT id FROM attendees WHERE attention = 0 AND status != 'cancelled' "
        "ORDER BY id LIMIT 60 OFFSET 100")]
    if kind == "scan":
        samples = []
        stamp = int(time.monotonic() * 1000)
        for aid in ids:
            code = store.attendee(aid).code
            target = QApplication.focusWidget() or screen.search
            for ch in code:
                stamp += 12
                for et in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    ev = QKeyEvent(et, ord(ch), Qt.KeyboardModifier.NoModifier, ch)
                    ev.setTimestamp(stamp)
                    QApplication.sendEvent(target, ev)
            stamp += 12
            enter = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
            enter.setTimestamp(stamp)
            screen.decision = None
            t = time.perf_counter()
            QApplication.sendEvent(target, enter)  # wedge -> decision -> journal (durable) -> panel.repaint()
            samples.append((time.perf_counter() - t) * 1000)
            assert screen.decision is not None and screen.decision.attendee_id == aid
            spin(30)
            stamp += 1000
        ctx.shutdown()
        return {"median": median(samples[5:]), "p95": p95(samples[5:]), "n": len(samples) - 5}
    # Camera: a real video file (1280x720, 30 frames/s, guests showing codes on phones, blurred and dim frames)
    # played by QMediaPlayer into the desk's video sink and decoded in the worker; GUI latency probed every 10 ms.
    from itertools import chain

    from checkin.ui.scanner.video import demo_scene, write_video

    camera = None
    if kind == "camera":
        scenes = [demo_scene(store.attendee(aid).code, seconds=3.0, fps=30, appear_s=0.8) for aid in ids[:3]]
        video = write_video(os.path.join(os.path.dirname(event), "desk-camera.mp4"), chain(*scenes), fps=30)
        screen.start_video_file(video)
        camera = screen.camera
    lat: list[float] = []

    def probe() -> None:
        due = time.perf_counter()
        QTimer.singleShot(0, lambda: lat.append((time.perf_counter() - due) * 1000))

    prober = QTimer()
    prober.setInterval(10)
    prober.timeout.connect(probe)
    prober.start()
    spin(2000 if os.environ.get("CHECKIN_BENCH_SMOKE") else 9000)
    prober.stop()
    out = {"p95": p95(lat[50:]), "median": median(lat[50:]), "n": len(lat) - 50}
    if camera is not None:
        out["decoded"] = camera.decoded_frames
        out["frames"] = camera.frames
        out["admitted"] = len(store.journal.records(kind="checkin"))
        out["decode_ms_median"] = median(camera.decode_seconds) * 1000 if camera.decode_seconds else None
        camera.shutdown()
    ctx.shutdown()
    return out


def _run_child(kind: str, event: str, smoke: bool = False) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **({"CHECKIN_BENCH_SMOKE": "1"} if smoke else {})}
    proc = subprocess.run([sys.executable, "-m", "benchmarks.scenarios.desk_gui", kind, event], env=env,
                          capture_output=True, text=True, timeout=600)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"{kind} child failed: {proc.stderr[-800:]}")
    return json.loads(lines[-1])


def _scan_to_paint(ctx: Context) -> dict:
    r = _run_child("scan", str(ctx.demo_event(50_000)), ctx.smoke)
    return {"value": r["median"], "unit": "ms", "baseline": None,
            "note": f"50,000 attendees, scanner Enter -> decision + durable journal record -> panel repainted; "
                    f"median of {r['n']}, p95 {r['p95']:.1f} ms (offscreen)"}


def _camera_latency(ctx: Context) -> dict:
    event = str(ctx.demo_event(600))
    on = _run_child("camera", event, ctx.smoke)
    off = _run_child("nocamera", event, ctx.smoke)
    return {"value": on["p95"], "unit": "ms", "baseline": off["p95"],
            "note": f"9 s of a 1280x720 30 frames/s MPEG-4 file through QMediaPlayer into the desk's video sink, "
                    f"decoded in the worker ({on.get('decoded')} of {on.get('frames')} frames, median "
                    f"{on.get('decode_ms_median') or 0:.1f} ms, {on.get('admitted')} guests admitted); "
                    f"GUI latency probed every 10 ms; baseline: camera off"}


def scenarios() -> list[Scenario]:
    return [Scenario("gui_scan_to_paint_ms", _scan_to_paint, quick=False),
            Scenario("gui_event_latency_camera_p95", _camera_latency, quick=False)]


if __name__ == "__main__":
    print(json.dumps(_child(sys.argv[1], sys.argv[2])))
