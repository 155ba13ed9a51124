"""Run the real `checkin` command and measure what it cost: peak resident memory of it and its children."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Outcome:
    returncode: int
    stdout: str
    stderr: str
    peak_mb: float  # the command's own peak, or a waited-for child's if larger (ru_maxrss)

    def one_line_refusal(self) -> bool:
        lines = [ln for ln in self.stderr.splitlines() if ln.strip()]
        return self.returncode != 0 and len(lines) == 1 and "Traceback" not in self.stderr


# A small launcher runs the command: a forked child starts with its parent's peak in ru_maxrss, and the
# test process is large; the launcher is not.
_LAUNCHER = """
import os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.executable, [sys.executable, *sys.argv[2:]])
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as f:
    f.write(str(usage.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status))
"""


def run_measured(*args: str, timeout: float = 120) -> Outcome:
    """`checkin ARGS` as a user runs it."""
    return _measured(["-m", "checkin", *args], timeout)


def run_python_measured(code: str, *args: str, timeout: float = 120) -> Outcome:
    """``python -c CODE ARGS``: several hostile inputs in one process; the peak is the worst of them."""
    return _measured(["-c", code, *args], timeout)


def _measured(argv: list[str], timeout: float) -> Outcome:
    with tempfile.TemporaryDirectory() as tmp:
        peak = Path(tmp) / "peak"
        proc = subprocess.run([sys.executable, "-c", _LAUNCHER, str(peak), *argv], capture_output=True,
                              text=True, cwd=ROOT, env={**os.environ}, timeout=timeout)
        return Outcome(proc.returncode, proc.stdout, proc.stderr, int(peak.read_text()) / 1024)
