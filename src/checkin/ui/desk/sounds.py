"""Distinct desk sounds: generated once with the wave module into resources/sounds (committed, a few KB),
played with QSoundEffect (low latency, preloaded). A desk without audio output simply stays silent.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

from PySide6.QtCore import QObject, QUrl

from ...core.resources import resource

RATE = 22050
# name -> notes (frequency Hz, seconds); 0 Hz is a rest. Rising = good, falling/low = stop, chime = attention.
TUNES: dict[str, list[tuple[float, float]]] = {
    "admitted": [(880, 0.08), (1318.5, 0.12)],
    "attention": [(1046.5, 0.12), (0, 0.04), (1318.5, 0.12), (0, 0.04), (1568, 0.12), (0, 0.04), (1568, 0.2)],
    "already": [(660, 0.09), (0, 0.05), (660, 0.09)],
    "refused": [(196, 0.35)],
}


def _samples(notes: list[tuple[float, float]]) -> bytes:
    out = bytearray()
    for freq, secs in notes:
        n = int(RATE * secs)
        for i in range(n):
            if freq <= 0:
                value = 0.0
            else:
                env = min(1.0, i / (RATE * 0.005), (n - i) / (RATE * 0.01))  # no clicks at the edges
                tone = math.sin(2 * math.pi * freq * i / RATE)
                if freq < 300:  # the refusal buzz: add odd harmonics so it is unmistakable on laptop speakers
                    tone = 0.6 * tone + 0.3 * math.sin(6 * math.pi * freq * i / RATE) + 0.1 * math.sin(
                        10 * math.pi * freq * i / RATE)
                value = 0.6 * env * tone
            out += struct.pack("<h", int(value * 32767))
    return bytes(out)


def write_sounds(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, notes in TUNES.items():
        path = folder / f"desk-{name}.wav"
        with wave.open(str(path), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(RATE)
            w.writeframes(_samples(notes))
        written.append(path)
    return written


class Sounds(QObject):
    """Preloaded effects; ``last`` remembers what was played (what a test can check without speakers)."""

    def __init__(self, parent: QObject | None = None, enabled: bool = True) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.last: str | None = None
        self._effects: dict[str, object] = {}
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:  # Essentials-only installs: silent desk, still working
            return
        for name in TUNES:
            path = resource("sounds", f"desk-{name}.wav")
            if path.exists():
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(path)))
                effect.setVolume(0.9)
                self._effects[name] = effect

    def play(self, name: str) -> None:
        self.last = name
        effect = self._effects.get(name)
        if self.enabled and effect is not None:
            effect.play()  # type: ignore[attr-defined]


if __name__ == "__main__":  # python -m checkin.ui.desk.sounds  (re-generate the committed files)
    for p in write_sounds(resource("sounds") if resource("sounds").exists() else Path("resources/sounds")):
        print(p)
