"""Read-only media and full disks: `info` reads a stick it cannot write; errors name the real cause."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from checkin.core.store import EventStore

pytestmark = pytest.mark.timeout(120)


@contextmanager
def _tmpfs(where: Path, size: str) -> Iterator[Path]:
    """A small RAM drive (root only: skipped where mounting is not allowed)."""
    where.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def _remount(where: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(where)], check=True)


def _fill(where: Path) -> None:
    with open(where / "filler", "wb") as fh:
        try:
            while True:
                fh.write(bytes(64 * 1024))
                fh.flush()
        except OSError:
            pass


def test_read_only_stick_and_full_disk(demo_path: Path, tmp_path: Path, cli) -> None:
    with EventStore.open(demo_path) as store:
        code = store.conn.execute("SELECT code FROM attendees WHERE id = 5").fetchone()[0]
    size = demo_path.stat().st_size
    with _tmpfs(tmp_path / "stick", f"{size + 2 * 1024 * 1024}") as stick:
        event = stick / "event.checkin"
        shutil.copy(demo_path, event)
        _remount(stick, "ro")
        info = cli("info", str(event))
        assert info.returncode == 0 and "600" in info.stdout, info.stderr  # reading needs no write
        scan = cli("scan", str(event), code)
        assert scan.returncode != 0 and "read-only" in scan.stderr and "not a checkin event file" not in scan.stderr
        assert len(scan.stderr.strip().splitlines()) == 1
        _remount(stick, "rw")
        _fill(stick)
        scan = cli("scan", str(event), code)
        assert scan.returncode != 0 and "disk is full" in scan.stderr, scan.stderr
        assert len(scan.stderr.strip().splitlines()) == 1
        (stick / "filler").unlink()
        with EventStore.open(event) as store:  # nothing half-written: the guest is not admitted
            assert store.conn.execute("SELECT COUNT(*) FROM arrivals WHERE attendee_id = 5").fetchone()[0] == 0
