"""Video files that stand in for the desk camera: write one with Qt's own encoder, and a demo scene.

Qt Multimedia's FFmpeg backend (bundled with PySide6) encodes MPEG-4 Part 2 in an .mp4, which the same
backend plays back, so demos and tests need no extra encoder. ``demo_scene`` draws what a desk webcam sees: an
empty desk for a second, then a guest's phone with the code, some frames blurred (the phone moving) or dim.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import QEventLoop, QRect, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtMultimedia import (
    QMediaCaptureSession,
    QMediaFormat,
    QMediaRecorder,
    QVideoFrame,
    QVideoFrameInput,
)


class VideoWriteError(RuntimeError):
    pass


def write_video(path: str | Path, frames: Iterable[QImage], fps: int = 25, timeout_ms: int = 60_000) -> Path:
    """Encode ``frames`` (all the same size) to an MPEG-4 .mp4 at ``path``; runs a local event loop."""
    target = Path(path).resolve()
    source = iter(frames)
    session = QMediaCaptureSession()
    feed = QVideoFrameInput()
    session.setVideoFrameInput(feed)
    recorder = QMediaRecorder()
    session.setRecorder(recorder)
    fmt = QMediaFormat(QMediaFormat.FileFormat.MPEG4)
    fmt.setVideoCodec(QMediaFormat.VideoCodec.MPEG4)
    recorder.setMediaFormat(fmt)
    recorder.setVideoFrameRate(fps)
    recorder.setQuality(QMediaRecorder.Quality.VeryHighQuality)  # codes must survive the compression
    recorder.setOutputLocation(QUrl.fromLocalFile(str(target)))
    errors: list[str] = []
    loop = QEventLoop()
    state = {"n": 0, "pending": None}

    def push() -> None:
        # The input takes frames while the encoder keeps up; a refused frame is sent again on readiness.
        while True:
            frame = state["pending"]
            if frame is None:
                image = next(source, None)
                if image is None:
                    recorder.stop()
                    return
                frame = QVideoFrame(image)
                frame.setStartTime(state["n"] * 1_000_000 // fps)
                frame.setEndTime((state["n"] + 1) * 1_000_000 // fps)
            if not feed.sendVideoFrame(frame):
                state["pending"] = frame
                return
            state["pending"] = None
            state["n"] += 1

    def on_state(s: QMediaRecorder.RecorderState) -> None:
        if s == QMediaRecorder.RecorderState.RecordingState:
            push()
        elif s == QMediaRecorder.RecorderState.StoppedState:
            loop.quit()

    def on_error(_e: QMediaRecorder.Error, text: str) -> None:
        errors.append(text)
        loop.quit()

    feed.readyToSendVideoFrame.connect(push)
    recorder.recorderStateChanged.connect(on_state)
    recorder.errorOccurred.connect(on_error)
    QTimer.singleShot(timeout_ms, loop.quit)
    recorder.record()
    loop.exec()
    if recorder.recorderState() != QMediaRecorder.RecorderState.StoppedState:
        recorder.stop()
        errors.append("timed out")
    if errors or state["n"] == 0 or not target.exists():
        raise VideoWriteError(f"cannot write {target}: {'; '.join(errors) or 'no frames'}")
    return target


def qr_image(text: str, box: int = 5) -> QImage:
    import qrcode

    buf = io.BytesIO()
    qrcode.make(text, border=4, box_size=box).save(buf, format="PNG")
    return QImage.fromData(buf.getvalue(), "PNG").convertToFormat(QImage.Format.Format_RGB32)


def _desk(size: QSize, t: float) -> QImage:
    """A desk seen from above: a table edge, a badge tray, slowly changing light (frames are never identical)."""
    img = QImage(size, QImage.Format.Format_RGB32)
    shade = 150 + int(12 * ((t * 7) % 1.0))
    img.fill(QColor(shade, shade - 8, shade - 20))
    p = QPainter(img)
    w, h = size.width(), size.height()
    p.fillRect(QRect(0, int(h * 0.72), w, h), QColor(90, 70, 50))
    p.fillRect(QRect(int(w * 0.06), int(h * 0.78), int(w * 0.22), int(h * 0.16)), QColor(210, 210, 200))
    p.end()
    return img


def _blurred(img: QImage, factor: int = 6) -> QImage:
    small = img.scaled(img.width() // factor, img.height() // factor, Qt.AspectRatioMode.IgnoreAspectRatio,
                       Qt.TransformationMode.SmoothTransformation)
    return small.scaled(img.size(), Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)


def _dimmed(img: QImage, alpha: int = 150) -> QImage:
    out = img.copy()
    p = QPainter(out)
    p.fillRect(out.rect(), QColor(0, 0, 0, alpha))
    p.end()
    return out


def demo_scene(code: str, seconds: float = 4.0, fps: int = 25, size: QSize = QSize(1280, 720),
               appear_s: float = 1.0) -> Iterator[QImage]:
    """Frames of a guest showing ``code`` on a phone: nothing for ``appear_s``, then the phone comes in
    (first frames blurred by the motion), drifts a little, and every seventh frame is dim (auto-exposure)."""
    qr = qr_image(code)
    phone = QSize(qr.width() + 40, qr.height() + 120)
    for i in range(int(seconds * fps)):
        t = i / fps
        img = _desk(size, t)
        if t >= appear_s:
            since = t - appear_s
            x = int(size.width() * 0.45 + 30 * since)
            y = int(size.height() * 0.12 + 8 * since)
            p = QPainter(img)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setBrush(QColor(25, 25, 30))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawRoundedRect(QRect(x, y, phone.width(), phone.height()), 24, 24)
            p.drawImage(x + 20, y + 60, qr)
            p.end()
            if since < 0.25:
                img = _blurred(img)
            elif i % 7 == 0:
                img = _dimmed(img)
        yield img
