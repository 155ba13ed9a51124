"""The desk's camera chooser: "Camera off", each camera, a video file standing in for the camera, "Video file…".

The choice is remembered (``desk/camera_source``: ``camera:<id hex>`` or ``file:<path>``) so F7 turns the
same source on again. The chooser only picks; the desk screen starts and stops the pipeline.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QCameraDevice, QMediaDevices
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QWidget

if TYPE_CHECKING:
    from .view import DeskScreen

OFF, CAMERA, FILE, PICK = "off", "camera", "file", "pick"


def device_key(device: QCameraDevice) -> str:
    return bytes(device.id().data()).hex()


class CameraChooser(QWidget):
    def __init__(self, screen: DeskScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.file: Path | None = None  # the last video file chosen (listed by name)
        self.dialog: QFileDialog | None = None
        self.combo = QComboBox()
        self.combo.setObjectName("cameraSelector")
        self.combo.setStyleSheet("font-size: 16px; padding: 3px;")
        self.combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # keys stay with the search field
        self.combo.activated.connect(self._on_activated)
        label = QLabel(self.tr("Camera (F7):"))
        label.setStyleSheet("font-size: 16px;")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(label)
        lay.addWidget(self.combo, 1)
        self._media = QMediaDevices(self)
        self._media.videoInputsChanged.connect(self.refill)
        self._current: tuple[str, str] = (OFF, "")
        self.refill()

    # --- entries ---------------------------------------------------------------------------------------
    def refill(self) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("Camera off"), f"{OFF}:")
        for device in QMediaDevices.videoInputs():
            self.combo.addItem(device.description(), f"{CAMERA}:{device_key(device)}")
        if self.file is not None:
            self.combo.addItem(self.tr("Video: %1").replace("%1", self.file.name), f"{FILE}:{self.file}")
        self.combo.addItem(self.tr("Video file…"), f"{PICK}:")
        self.combo.blockSignals(False)
        self.show_source(*self._current)

    def show_source(self, kind: str, value: str = "") -> None:
        """Reflect what runs now (called by the screen; selecting here does not start anything)."""
        if kind == FILE and (self.file is None or str(self.file) != value):
            self.file = Path(value)
            self._current = (kind, value)
            self.refill()
            return
        self._current = (kind, value)
        index = self.combo.findData(f"{kind}:{value}")
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(0, index))
        self.combo.blockSignals(False)

    @staticmethod
    def device(key: str) -> QCameraDevice | None:
        for device in QMediaDevices.videoInputs():
            if device_key(device) == key:
                return device
        return None

    # --- choosing --------------------------------------------------------------------------------------
    def _on_activated(self, index: int) -> None:
        kind, _, value = str(self.combo.itemData(index)).partition(":")
        if kind == PICK:
            self.pick_file()
        elif kind == OFF:
            self.screen.stop_camera()
        elif kind == FILE:
            self.screen.start_video_file(value)
        else:
            self.screen.start_camera_device(value)

    def pick_file(self) -> None:
        folder = str(self.file.parent) if self.file else str(Path.home())
        self.dialog = QFileDialog(self.screen, self.tr("Choose a video file"), folder,
                                  self.tr("Videos (*.mp4 *.mkv *.mov *.avi *.webm *.m4v);;All files (*)"))
        self.dialog.setObjectName("videoFileDialog")
        self.dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        self.dialog.fileSelected.connect(self.screen.start_video_file)
        self.dialog.rejected.connect(lambda: self.show_source(*self._current))  # back to what runs
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()

    def _dialog_closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
