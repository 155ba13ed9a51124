"""The Linux one-folder bundle: build it, start it under Xvfb, run headless commands from it, and check
from the running process's memory maps that nothing is loaded from outside the bundle but system libraries."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.package, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/", "/usr/share/", "/etc/", "/var/cache/fontconfig/")


@pytest.fixture(scope="module")
def bundle() -> Path:
    proc = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], cwd=ROOT, capture_output=True,
                          text=True, timeout=1200)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    folders = sorted((ROOT / "dist").glob("checkin-*-linux-*"))
    assert folders, "no bundle folder in dist/"
    exe = folders[-1] / "checkin"
    assert exe.exists()
    return folders[-1]


def _env(tmp_path: Path) -> dict[str, str]:
    # A clean environment: nothing from the virtualenv may leak into the bundle's process.
    keep = {k: v for k, v in os.environ.items() if k in ("HOME", "LANG", "LC_ALL", "DISPLAY", "XAUTHORITY")}
    return {**keep, "PATH": "/usr/bin:/bin", "CHECKIN_CONFIG_DIR": str(tmp_path / "cfg"),
            "CHECKIN_DATA_DIR": str(tmp_path / "data")}


def test_headless_commands_from_the_bundle(bundle, tmp_path):
    exe = str(bundle / "checkin")
    env = _env(tmp_path)
    event = tmp_path / "demo.checkin"
    subprocess.run([exe, "demo", str(event), "--attendees", "80"], env=env, check=True, timeout=120)
    people = json.loads(subprocess.run([exe, "attendees", str(event), "--json"], env=env, check=True,
                                       capture_output=True, text=True, timeout=60).stdout)
    assert len(people) == 80 and any(p["last_name"] == "Çelik" for p in people)
    scan = subprocess.run([exe, "scan", str(event), people[3]["code"], "--json"], env=env, capture_output=True,
                          text=True, timeout=60)
    assert scan.returncode == 0, scan.stderr
    assert json.loads(scan.stdout)["status"] in ("admitted", "cancelled", "not_registered_here")
    pdf = tmp_path / "badges.pdf"
    subprocess.run([exe, "badges", str(event), "--out", str(pdf), "--attendee", str(people[1]["id"])], env=env,
                   check=True, timeout=120)
    assert pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.skipif(not shutil.which("Xvfb"), reason="Xvfb is installed by `make test`")
def test_gui_runs_from_the_bundle_only(bundle, tmp_path):
    display = f":{90 + os.getpid() % 50}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.0)
        env = {**_env(tmp_path), "DISPLAY": display}
        exe = str(bundle / "checkin")
        shot = tmp_path / "bundle.png"
        subprocess.run([exe, "gui", "--screenshot", str(shot)], env=env, check=True, timeout=120,
                       capture_output=True)
        from PIL import Image

        with Image.open(shot) as img:
            assert img.width >= 800 and img.height >= 500
            assert len(img.convert("RGB").getcolors(1 << 20) or []) > 20  # a real window, not a blank frame
        gui = subprocess.Popen([exe, "gui"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            time.sleep(6)
            assert gui.poll() is None, "the bundled GUI exited early"
            maps = Path(f"/proc/{gui.pid}/maps").read_text()
        finally:
            gui.terminate()
            gui.wait(10)
    finally:
        xvfb.terminate()
        xvfb.wait(10)
    mapped = {line.split(maxsplit=5)[5] for line in maps.splitlines() if len(line.split(maxsplit=5)) == 6}
    files = {m for m in mapped if m.startswith("/") and not m.startswith(("/dev/", "/memfd:", "/proc/"))}
    inside = str(bundle.resolve())
    code = {f for f in files if ".so" in Path(f).name or f.endswith((".py", ".pyc", ".zip", ".pyd", ".dylib"))}
    outside = sorted(f for f in code if not f.startswith(inside) and not f.startswith(SYSTEM_DIRS))
    assert not outside, outside
    leaked = sorted(f for f in files if "site-packages" in f and not f.startswith(inside))
    assert not leaked, leaked
    qt_outside = sorted(f for f in files if "libQt6" in f and not f.startswith(inside))
    assert not qt_outside, qt_outside
    assert any(f.startswith(inside) and "libQt6Widgets" in f for f in files)


def test_bundle_decodes_with_its_own_zbar(bundle, tmp_path):
    import qrcode

    assert list(bundle.rglob("libzbar.so.0")), "libzbar is not bundled"
    img = tmp_path / "code.png"
    qrcode.make("CHECKIN-BUNDLE-TEST").save(img)
    proc = subprocess.run([str(bundle / "checkin"), "decode", str(img), "--json"], env=_env(tmp_path),
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == {str(img): ["CHECKIN-BUNDLE-TEST"]}
