"""Work around a PySide6 6.12 reference-count bug on Python 3.11: calls of void C++ functions (processEvents,
QTest.keyClick, QTimer.start/stop, slots invoked by timers ...) each drop one reference to ``None``. After a few
thousand calls None's count reaches zero and the interpreter aborts ("Fatal Python error: none_dealloc").
From Python 3.12 on, None is immortal and this is a no-op; on 3.11 we make it practically immortal too.
"""

from __future__ import annotations

import ctypes
import sys

_BALLAST = 1 << 40  # ~10^12 references: decades of desk use at thousands of calls per second


def make_none_immortal() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    if sys.getrefcount(None) < _BALLAST // 2:
        ctypes.c_ssize_t.from_address(id(None)).value += _BALLAST
