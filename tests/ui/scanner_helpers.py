"""Drive keyboard events like a wedge scanner or a person would: real Qt key events, real gaps.

Each event carries a timestamp as the window system would stamp it, and the event loop runs for the gap in
between (timers fire as they would at a real desk).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from checkin.ui.pyside_none import make_none_immortal

make_none_immortal()  # PySide6 6.12 on Python 3.11 drops a None reference per void call (see the module)

_clock = {"ms": 0}


def wait(ms: int) -> None:
    """Run the event loop for ``ms`` (a QEventLoop: QTest.qWait has the None refcount bug)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def focused() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None, "nothing has the keyboard focus"
    return w


def _stamp(gap_ms: int) -> int:
    """The hardware's timing: exactly ``gap_ms`` after the previous key, however late the loop delivers it."""
    _clock["ms"] += gap_ms
    return _clock["ms"]


def _anchor() -> None:
    """A new action by a person or scanner: at least a second after the last key, as at a real desk."""
    _clock["ms"] = max(_clock["ms"] + 1000, int(time.monotonic() * 1000))


def send_key(key: int, text: str, gap_ms: int, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """One key press + release to the focused widget, ``gap_ms`` after the previous one."""
    if gap_ms > 0:
        wait(gap_ms)
    stamp = _stamp(gap_ms)
    for etype in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        ev = QKeyEvent(etype, key, modifiers, text)
        ev.setTimestamp(stamp if etype == QEvent.Type.KeyPress else stamp + 2)
        QApplication.sendEvent(focused(), ev)


def key_of(ch: str) -> int:
    up = ch.upper()
    if len(up) == 1 and up.isascii() and (up.isalnum() or up in "-_./:"):
        return ord(up)
    return int(Qt.Key.Key_unknown)


def press(ch: str, gap_ms: int) -> None:
    shift = Qt.KeyboardModifier.ShiftModifier if ch.isupper() else Qt.KeyboardModifier.NoModifier
    send_key(key_of(ch), ch, gap_ms, shift)


def scanner_types(text: str, gap_ms: int = 15, suffix: str | None = "enter", jitter: tuple[int, ...] = ()) -> None:
    """A wedge scanner: keys ``gap_ms`` apart (8-35 ms in reality), then Enter/Tab or nothing."""
    _anchor()
    for i, ch in enumerate(text):
        press(ch, (jitter[i % len(jitter)] if jitter else gap_ms) if i else 0)
    if suffix == "enter":
        send_key(int(Qt.Key.Key_Return), "\r", gap_ms)
    elif suffix == "tab":
        send_key(int(Qt.Key.Key_Tab), "\t", gap_ms)


def person_types(text: str, gap_ms: int = 100) -> None:
    _anchor()
    for ch in text:
        press(ch, gap_ms)


def person_presses(key: Qt.Key, gap_ms: int = 100, text: str = "") -> None:
    _anchor()
    send_key(int(key), text, gap_ms)


def person_presses_on(widget: QWidget, key: Qt.Key, text: str = "") -> None:
    """A person's key press delivered to ``widget`` (focus aside), stamped on the same clock as the scans."""
    _anchor()
    for etype in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        ev = QKeyEvent(etype, int(key), Qt.KeyboardModifier.NoModifier, text)
        ev.setTimestamp(_clock["ms"])
        QApplication.sendEvent(widget, ev)
