"""Quality gates: a Qt-free core, headless commands without PySide6, small modules, ruff clean."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "checkin"


def _core_modules() -> list[str]:
    import checkin.core

    names = ["checkin.core"]
    for info in pkgutil.walk_packages(checkin.core.__path__, "checkin.core."):
        names.append(info.name)
    return names


def test_core_never_imports_pyside6():
    modules = _core_modules()
    assert len(modules) > 5
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "    assert not any(m.startswith('PySide6') for m in sys.modules), name\n"
        "print('ok')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr


def _headless_commands() -> list[str]:
    from checkin.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return sorted(name for name in sub.choices if name != "gui")


def test_headless_subcommands_do_not_import_pyside6(demo_path):
    # Run real commands on a real event; then also parse every command's --help.
    code = (
        "import sys, runpy\n"
        "from checkin.cli import run\n"
        f"run(['info', {str(demo_path)!r}, '--json'])\n"
        f"run(['attendees', {str(demo_path)!r}, '--json'])\n"
        "for name in sys.argv[1:]:\n"
        "    try:\n"
        "        run([name, '--help'])\n"
        "    except SystemExit:\n"
        "        pass\n"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "assert not bad, bad\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, *_headless_commands()], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]


def test_no_source_module_is_longer_than_600_lines():
    long = {str(p.relative_to(ROOT)): n for p in SRC.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600}
    assert not long, long


def test_ruff_is_clean():
    ruff = Path(sys.executable).with_name("ruff")
    if not ruff.exists():
        pytest.fail("ruff is not installed in the test environment")
    proc = subprocess.run([str(ruff), "check", "src", "tests", "benchmarks"], cwd=ROOT, capture_output=True,
                          text=True)
    assert proc.returncode == 0, proc.stdout[-3000:]
