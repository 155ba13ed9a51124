"""Webcam scanning: QCamera (or a video file via QMediaPlayer) -> QVideoSink -> decode in a worker thread.

The GUI thread only hands frames over: conversion to an image, grey conversion, decoding and the preview
downscale all happen on the worker. While the worker is busy, newer frames replace nothing and are dropped
(the freshest frame is the one worth decoding). The same code is ignored for a few seconds after it was read,
so a guest holding the phone in front of the camera is admitted once.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QMediaCaptureSession,
    QMediaDevices,
    QMediaPlayer,
    QVideoFrame,
    QVideoFrameFormat,
    QVideoSink,
)

PREVIEW = QSize(360, 240)


# Every n-th decoded frame also gets the slow 2x pass (tiny, far codes); the others stay cheap, because a frame
# without a code costs ~3 ms in fast mode and ~85-125 ms in thorough mode.
THOROUGH_EVERY = 10

# Planar/semi-planar YUV: plane 0 is the luma, i.e. the grey image, no colour conversion needed.
_LUMA_FIRST = {
    QVideoFrameFormat.PixelFormat.Format_YUV420P, QVideoFrameFormat.PixelFormat.Format_YUV422P,
    QVideoFrameFormat.PixelFormat.Format_YV12, QVideoFrameFormat.PixelFormat.Format_NV12,
    QVideoFrameFormat.PixelFormat.Format_NV21, QVideoFrameFormat.PixelFormat.Format_IMC1,
    QVideoFrameFormat.PixelFormat.Format_IMC2, QVideoFrameFormat.PixelFormat.Format_IMC3,
    QVideoFrameFormat.PixelFormat.Format_IMC4, QVideoFrameFormat.PixelFormat.Format_Y8,
}


def decode_gray(gray: np.ndarray, thorough: bool = False) -> list[str]:
    """QR payloads in a grey frame (``checkin.core.qrdecode``; fast mode unless ``thorough``)."""
    from ...core import qrdecode

    return qrdecode.decode_frame(gray, thorough=thorough)


def qimage_to_gray(image: QImage) -> np.ndarray:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    w, h, stride = gray.width(), gray.height(), gray.bytesPerLine()
    arr = np.frombuffer(gray.constBits(), dtype=np.uint8, count=stride * h).reshape(h, stride)
    return arr[:, :w].copy()


def luma_of(frame: QVideoFrame) -> np.ndarray | None:
    """The Y plane of a YUV frame as a grey array (~0.2 ms at 720p, against ~6 ms via an RGB image)."""
    fmt = frame.pixelFormat()
    if fmt not in _LUMA_FIRST:
        return None
    copy = QVideoFrame(frame)
    if not copy.map(QVideoFrame.MapMode.ReadOnly):
        return None
    try:
        h, w, stride = copy.height(), copy.width(), copy.bytesPerLine(0)
        arr = np.frombuffer(copy.bits(0), dtype=np.uint8, count=stride * h).reshape(h, stride)
        return arr[:, :w].copy()
    finally:
        copy.unmap()


def _stop_thread(thread: QThread) -> None:
    try:
        thread.quit()
        thread.wait(3000)
    except RuntimeError:  # already deleted
        pass


class _DecodeWorker(QObject):
    done = Signal(object, object, float)  # texts, preview QImage, decode seconds

    def __init__(self) -> None:
        super().__init__()
        self.count = 0
        self.thread_ids: set[int] = set()  # which threads decoded (a test checks the GUI thread never did)

    @Slot(object)
    def decode(self, frame: object) -> None:
        t = time.perf_counter()
        self.thread_ids.add(threading.get_ident())
        gray = luma_of(frame) if isinstance(frame, QVideoFrame) else None
        image = frame.toImage() if isinstance(frame, QVideoFrame) else frame
        if not isinstance(image, QImage) or image.isNull():
            self.done.emit([], QImage(), 0.0)
            return
        self.count += 1
        try:
            gray = qimage_to_gray(image) if gray is None else gray
            texts = decode_gray(gray, thorough=self.count % THOROUGH_EVERY == 0)
        except Exception:  # a broken frame must not stop the camera
            texts = []
        preview = image.scaled(PREVIEW, Qt.AspectRatioMode.KeepAspectRatio,
                               Qt.TransformationMode.FastTransformation)
        self.done.emit(texts, preview, time.perf_counter() - t)


class CameraScanner(QObject):
    scanned = Signal(str)  # a code, once per ``repeat_s`` seconds at most
    preview = Signal(QImage)
    error = Signal(str)
    _request = Signal(object)

    def __init__(self, parent: QObject | None = None, *, repeat_s: float = 4.0) -> None:
        super().__init__(parent)
        self.repeat_s = repeat_s
        self.sink = QVideoSink(self)
        self.sink.videoFrameChanged.connect(self._on_frame)
        self.session = QMediaCaptureSession(self)
        self.camera: QCamera | None = None
        self.player: QMediaPlayer | None = None
        self.file: Path | None = None  # the video file standing in for the camera, while one plays
        self.frames = self.decoded_frames = self.dropped = 0
        self.decode_seconds: list[float] = []
        self._busy = False
        self._recent: dict[str, float] = {}
        self._thread = QThread(self)
        self._thread.setObjectName("checkin-camera-decoder")
        self._worker = _DecodeWorker()
        self._worker.moveToThread(self._thread)
        self._request.connect(self._worker.decode)
        self._worker.done.connect(self._on_done)
        self._thread.start()
        # A running QThread destroyed with its owner aborts the process: stop it when the app quits or the
        # desk goes away (closing the window, rebuilding it for another language) without a shutdown() call.
        thread = self._thread
        self.destroyed.connect(lambda *_: _stop_thread(thread))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @staticmethod
    def devices() -> list[QCameraDevice]:
        return list(QMediaDevices.videoInputs())

    @property
    def running(self) -> bool:
        return self.camera is not None or self.player is not None

    def start_camera(self, device: QCameraDevice | None = None) -> bool:
        self.stop()
        device = device or QMediaDevices.defaultVideoInput()
        if device.isNull():
            self.error.emit(self.tr("No camera found."))
            return False
        self.camera = QCamera(device, self)
        self.camera.errorOccurred.connect(lambda _e, text: self.error.emit(text))
        self.session.setCamera(self.camera)
        self.session.setVideoSink(self.sink)
        self.camera.start()
        return True

    def play_file(self, path: str | Path, loop: bool = True) -> None:
        """A video file stands in for the camera (demos, tests): its frames take the camera's way."""
        self.stop()
        self.file = Path(path).resolve()
        self.player = QMediaPlayer(self)
        self.player.setVideoSink(self.sink)
        self.player.errorOccurred.connect(lambda _e, text: self.error.emit(text))
        if loop:
            self.player.setLoops(QMediaPlayer.Loops.Infinite)
        self.player.setSource(QUrl.fromLocalFile(str(self.file)))
        self.player.play()

    def stop(self) -> None:
        if self.camera is not None:
            self.camera.stop()
            self.session.setCamera(None)
            self.camera.deleteLater()
            self.camera = None
        if self.player is not None:
            self.player.stop()
            self.player.deleteLater()
            self.player = None
            self.file = None

    def shutdown(self) -> None:
        self.stop()
        _stop_thread(self._thread)

    # --- frames ----------------------------------------------------------------------------------------
    def _on_frame(self, frame: QVideoFrame) -> None:
        self.frames += 1
        if self._busy or not frame.isValid():
            self.dropped += 1
            return
        self._busy = True
        self._request.emit(QVideoFrame(frame))  # a shallow copy: the worker maps it on its own thread

    def _on_done(self, texts: list[str], preview: QImage, seconds: float) -> None:
        self._busy = False
        self.decoded_frames += 1
        if seconds:
            self.decode_seconds.append(seconds)
        if not preview.isNull():
            self.preview.emit(preview)
        now = time.monotonic()
        for text in texts:
            if now - self._recent.get(text, -1e9) < self.repeat_s:
                self._recent[text] = now  # still in front of the camera: keep ignoring it
                continue
            self._recent[text] = now
            self.scanned.emit(text)
