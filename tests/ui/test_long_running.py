"""A desk runs for hours: thousands of event-loop turns must not crash the interpreter (PySide6 6.12.0 on
Python 3.11 lost a reference to None per void call and aborted with "none_dealloc")."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.gui


def test_many_event_loop_turns_and_timer_calls_do_not_abort():
    code = (
        "import checkin.ui\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "t = QTimer()\n"
        "for _ in range(20000):\n"
        "    app.processEvents(); t.start(1000); t.stop()\n"
        "print('ok')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0 and "ok" in proc.stdout, proc.stderr[-500:]
