"""A real CUPS with a cups-pdf queue for printing tests.

Starts ``cupsd`` when no scheduler answers (needs root, as in CI containers), creates the queues
``checkin-test-pdf`` and ``checkin-test-pdf2`` (cups-pdf), and finds the PDFs cups-pdf writes (its ``Out``
setting in /etc/cups/cups-pdf.conf, ``${HOME}/PDF`` by default; anonymous jobs go to AnonDirName).
Tests using it are marked ``cups``; they skip with the reason when CUPS or cups-pdf is not installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

QUEUE = "checkin-test-pdf"
QUEUE2 = "checkin-test-pdf2"
PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"
ENV = {**os.environ, "LANG": "C", "LC_ALL": "C"}


def _run(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), capture_output=True, text=True, env=ENV, check=check, timeout=30)


def scheduler_running() -> bool:
    return shutil.which("lpstat") is not None and "scheduler is running" in _run("lpstat", "-r", check=False).stdout


def output_dirs() -> list[Path]:
    dirs: list[Path] = []
    conf = Path("/etc/cups/cups-pdf.conf")
    text = conf.read_text(errors="replace") if conf.exists() else ""
    for line in text.splitlines():
        parts = line.split(None, 1)
        if len(parts) == 2 and parts[0] in ("Out", "AnonDirName"):
            dirs.append(Path(parts[1].strip().replace("${HOME}", str(Path.home())).replace("${USER}", "root")))
    dirs += [Path.home() / "PDF", Path("/var/spool/cups-pdf/ANONYMOUS"), Path("/root/PDF")]
    seen: list[Path] = []
    for d in dirs:
        if d not in seen:
            seen.append(d)
    return seen


@dataclass
class Cups:
    queue: str
    queue2: str

    def find_output(self, title: str, timeout: float = 60) -> Path:
        """The PDF cups-pdf wrote for the job titled ``title`` (waits until it is complete)."""
        key = title.replace(" ", "_")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for d in output_dirs():
                if d.is_dir():
                    for f in d.glob("*.pdf"):
                        if f.name.startswith(key) or key in f.name:
                            size = f.stat().st_size
                            time.sleep(0.2)
                            if size and size == f.stat().st_size:
                                return f
            time.sleep(0.2)
        raise AssertionError(f"cups-pdf wrote no file for {title!r} in {[str(d) for d in output_dirs()]}")

    def disable(self, name: str | None = None) -> None:
        _run("cupsdisable", name or self.queue)

    def enable(self, name: str | None = None) -> None:
        _run("cupsenable", name or self.queue)

    def reject(self, name: str | None = None) -> None:
        _run("cupsreject", name or self.queue)

    def accept(self, name: str | None = None) -> None:
        _run("cupsaccept", name or self.queue)


def ensure_cups() -> Cups:
    if shutil.which("lp") is None or shutil.which("lpadmin") is None:
        pytest.skip("CUPS client tools not installed (apt-get install cups cups-client cups-bsd)")
    if not Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd").exists():
        pytest.skip("cups-pdf not installed (apt-get install printer-driver-cups-pdf)")
    if not scheduler_running():
        if os.geteuid() != 0 or shutil.which("cupsd") is None:
            pytest.skip("CUPS scheduler not running and cannot be started (needs root and cupsd)")
        _run("cupsd")  # daemonises
        deadline = time.monotonic() + 15
        while not scheduler_running():
            if time.monotonic() > deadline:
                pytest.fail("cupsd did not start")
            time.sleep(0.2)
    existing = _run("lpstat", "-e", check=False).stdout.split()
    for q in (QUEUE, QUEUE2):
        if q not in existing:
            _run("lpadmin", "-p", q, "-E", "-v", "cups-pdf:/", "-m", PPD)
        _run("cupsenable", q)
        _run("cupsaccept", q)
    return Cups(QUEUE, QUEUE2)


@pytest.fixture(scope="session")
def cups() -> Cups:
    return ensure_cups()
