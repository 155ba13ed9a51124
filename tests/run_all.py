"""The whole test run (what `make test` and CI execute): ruff, the import contracts (lint-imports, issue 21),
then every pytest suite in one session.

Time per suite (tests/core, tests/ui, tests/e2e, ...) is printed at the end of the pytest run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def main() -> int:
    os.chdir(ROOT)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONDONTWRITEBYTECODE": "1"}
    started = time.monotonic()
    lint = subprocess.run([str(BIN / "ruff"), "check", "src", "tests", "benchmarks", "packaging"], env=env)
    print(f"[suite] ruff: {time.monotonic() - started:.1f} s", flush=True)
    if lint.returncode != 0:
        print("ruff found problems (see above)", file=sys.stderr)
        return lint.returncode
    started = time.monotonic()
    # The layers in pyproject.toml ([tool.importlinter]): cli/ui above core, no Qt and no import circle in core.
    layers = subprocess.run([str(BIN / "lint-imports"), "--no-cache"], env={**env, "PYTHONPATH": str(ROOT / "src")})
    print(f"[suite] lint-imports: {time.monotonic() - started:.1f} s", flush=True)
    if layers.returncode != 0:
        print("an import breaks the layers (see above)", file=sys.stderr)
        return layers.returncode
    # The real pretix server takes minutes to install and migrate on a fresh machine: prepare it in the
    # background while the other suites run; its tests come last and wait for it (a file lock).
    prepare = subprocess.Popen([sys.executable, str(ROOT / "tests" / "pretix" / "server.py"), "prepare"],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    suites = sorted(p for p in (ROOT / "tests").iterdir() if p.is_dir() and p.name not in ("pretix", "data")
                    and not p.name.startswith((".", "_")))
    order = [str(p.relative_to(ROOT)) for p in suites] + ["tests/pretix"]
    args = [str(BIN / "pytest"), "-q", "-p", "no:cacheprovider", "-rfEs", *order, *sys.argv[1:]]
    try:
        return subprocess.run(args, env=env).returncode
    finally:
        prepare.wait()


if __name__ == "__main__":
    sys.exit(main())
