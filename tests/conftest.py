"""Fixtures shared by all suites: real event files on disk, copied from a demo generated once."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 600-attendee demo event (seed 1), generated once per test session; like every demo it starts today at
    the venue (not on the machine's UTC date: the desk and the boards count "today" at the venue)."""
    from checkin.core import demo

    path = tmp_path_factory.mktemp("template") / "demo.checkin"
    store = demo.generate(path, attendees=600, seed=1)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo event for one test."""
    out = tmp_path / "demo.checkin"
    shutil.copy(demo_template, out)
    return out


@pytest.fixture
def demo_store(demo_path: Path):
    from checkin.core.store import EventStore

    store = EventStore.open(demo_path)
    yield store
    store.close()


def run_cli(*args: str, check: bool = False, input: str | None = None, env: dict | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess:
    """Run the real `checkin` command in a subprocess (as a user would)."""
    proc = subprocess.run(
        [sys.executable, "-m", "checkin", *args], capture_output=True, text=True, input=input,
        env={**os.environ, **(env or {})}, timeout=timeout, cwd=ROOT,
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"checkin {' '.join(args)} failed ({proc.returncode}): {proc.stderr}")
    return proc


@pytest.fixture
def cli():
    return run_cli


# --- time per suite, printed after the run (CI shows where the minutes go) ------------------------------
_SUITE_TIMES: dict[str, float] = {}


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    parts = Path(report.fspath).parts
    suite = "/".join(parts[parts.index("tests"):parts.index("tests") + 2]) if "tests" in parts else report.fspath
    _SUITE_TIMES[suite] = _SUITE_TIMES.get(suite, 0.0) + report.duration


def pytest_terminal_summary(terminalreporter) -> None:
    if not _SUITE_TIMES:
        return
    terminalreporter.section("time per suite")
    for suite, seconds in sorted(_SUITE_TIMES.items()):
        terminalreporter.write_line(f"{suite:28} {seconds:8.1f} s")


@pytest.fixture(autouse=True)
def _fresh_scanner_wedge():
    """The keyboard-wedge filter is application-wide; a test that built a desk or door screen must not leave
    it holding back the next test's typed keys."""
    yield
    wedge = sys.modules.get("checkin.ui.scanner.wedge")
    if wedge is not None:
        wedge.uninstall()
