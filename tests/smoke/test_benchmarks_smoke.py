"""Benchmarks that cannot rot: every scenario runs at a small size in the test command and reports a figure.

No timing is asserted; what fails here is a scenario that no longer runs (a renamed function, a demo generator
that stopped finishing, a screen that no longer answers a scan). The figures of a smoke run mean nothing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


def _names() -> list[str]:
    out = subprocess.run([sys.executable, "-m", "benchmarks.run", "--list"], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    return out.split()


def test_every_benchmark_scenario_runs_and_reports(tmp_path):
    names = _names()
    assert {"open_event_50k", "search_p95_50k", "scan_decision_p95_50k", "import_csv_50k"} <= set(names)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "benchmarks.run", "--smoke"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=900)
    lines = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    by_name = {line["name"]: line for line in lines}
    errors = {n: r["error"] for n, r in by_name.items() if "error" in r}
    assert not errors, f"{errors}\n{proc.stderr[-3000:]}"
    assert sorted(by_name) == sorted(names), "a scenario printed nothing"
    assert proc.returncode == 0, proc.stderr[-3000:]
    for name, result in by_name.items():
        assert result["smoke"] is True
        assert result["unit"], name
        # A scenario may report no figure only when the machine lacks what it measures (e.g. no CUPS queue).
        assert result["value"] is not None or result["note"], name


def test_an_unknown_scenario_is_one_line_and_non_zero():
    proc = subprocess.run([sys.executable, "-m", "benchmarks.run", "--only", "no_such_scenario"], cwd=ROOT,
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == ["unknown scenario: no_such_scenario (see --list)"]
