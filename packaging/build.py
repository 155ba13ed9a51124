"""Build the one-folder bundle: translations first, then PyInstaller with packaging/checkin.spec."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build_translations.py")], check=True)
    subprocess.run([sys.executable, str(ROOT / "packaging" / "make_icon.py")], check=True)
    proc = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build" / "pyinstaller"),
         str(ROOT / "packaging" / "checkin.spec")],
        cwd=ROOT,
    )
    if proc.returncode == 0:
        for folder in sorted((ROOT / "dist").glob("checkin-*")):
            print(f"built {folder}")
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
