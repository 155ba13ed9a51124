"""`checkin gui` refuses bad input with one line and a clean exit code, never an abort from a running thread
(a file from a newer version, a screen name that does not exist)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from checkin.core import demo


@pytest.fixture
def event(tmp_path):
    path = tmp_path / "ev.checkin"
    demo.generate(path, attendees=30).close()
    return path


def _gui(tmp_path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CHECKIN_CONFIG_DIR": str(tmp_path / "cfg"),
           "CHECKIN_NO_SYNC": ""}
    return subprocess.run([sys.executable, "-m", "checkin", "gui", *args], env=env, capture_output=True, text=True,
                          timeout=120)


def _own_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith(("checkin:", "Traceback", "QThread"))]


def test_a_file_from_a_newer_version_is_one_line(event, tmp_path):
    conn = sqlite3.connect(event)
    conn.execute("PRAGMA user_version = 9999")
    conn.execute("INSERT INTO _migrations (version, name) VALUES (9999, 'from the future')")
    conn.commit()
    conn.close()
    proc = _gui(tmp_path, str(event), "--screenshot", str(tmp_path / "x.png"))
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert _own_lines(proc.stderr) == [f"checkin: {event} was written by a newer version of checkin (schema 9999)"]


def test_an_unknown_screen_is_one_line(event, tmp_path):
    proc = _gui(tmp_path, str(event), "--screen", "nosuch")
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert _own_lines(proc.stderr) == ["checkin: no screen named 'nosuch'"]
