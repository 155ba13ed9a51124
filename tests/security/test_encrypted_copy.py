"""An encrypted desk copy does everything a plain one does: the commands a desk runs, on an encrypted copy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checkin.core import copies, encryption
from checkin.core.store import EventStore

pytest.importorskip("sqlcipher3")
pytestmark = pytest.mark.timeout(180)
PASS = "Korrekt Pferd Batterie 2026"


def _desk(demo_path: Path, tmp_path: Path, encrypted: bool) -> Path:
    with EventStore.open(demo_path) as master:
        out = tmp_path / ("enc.checkin" if encrypted else "plain.checkin")
        copies.make_copy(master, out, station="desk-1", passphrase=PASS if encrypted else None)
        code = master.conn.execute("SELECT code FROM attendees WHERE id = 7").fetchone()[0]
    # the CLI gets the passphrase as a desk laptop does: CHECKIN_PASSPHRASE
    (tmp_path / "code.txt").write_text(code)
    return out


def test_desk_commands_work_on_an_encrypted_copy(demo_path: Path, tmp_path: Path, cli) -> None:
    """The commands a desk runs (plain copies: tests/core), on an encrypted copy; backups stay encrypted."""
    encrypted = True
    desk = _desk(demo_path, tmp_path, encrypted)
    code = (tmp_path / "code.txt").read_text()
    env = {"CHECKIN_PASSPHRASE": PASS if encrypted else ""}
    sticks = tmp_path / "stick"

    def run(*args: str) -> str:
        proc = cli(*args, env=env)
        assert proc.returncode == 0, (args, proc.stderr)
        assert "Traceback" not in proc.stderr
        return proc.stdout

    assert json.loads(run("info", str(desk), "--json"))["attendees"] == 600
    assert "Çelik" in run("search", str(desk), "celik")  # typo-forgiving search needs the vocabulary table
    assert "Çelik" in run("search", str(desk), "cellik")
    run("scan", str(desk), code)
    run("backup", str(desk), str(sticks / "b"))
    run("close-day", str(desk), "--backup", str(sticks / "c"))
    run("bundle", "export", str(desk), "--out", str(tmp_path / "desk.ckbundle"))
    backups = sorted(sticks.rglob("*.checkin"))
    assert len(backups) == 2 and not list(sticks.rglob("*.part"))
    for backup in backups:
        assert backup.read_bytes()[:16] != encryption.PLAIN_HEADER or not encrypted  # never a clear copy
        info = json.loads(run("info", str(backup), "--json"))
        assert info["attendees"] == 600 and info["arrived"] >= 1


def test_every_desk_command_works_on_an_encrypted_copy(demo_path: Path, tmp_path: Path) -> None:
    """The desk commands tests/core/test_roles_enforced.py refuses on a helper copy, run on an encrypted desk copy:
    each one works (first the scan that `undo` takes back, then the rest, four at a time)."""
    from concurrent.futures import ThreadPoolExecutor

    from tests.conftest import run_cli
    from tests.core.test_roles_enforced import _desk_only

    desk = _desk(demo_path, tmp_path, encrypted=True)
    code = (tmp_path / "code.txt").read_text()
    out = tmp_path / "out"
    out.mkdir()
    env = {"CHECKIN_PASSPHRASE": PASS}
    commands = _desk_only(desk, out, code)
    first = run_cli(*commands[0], env=env)
    assert commands[0][0] == "scan" and first.returncode == 0, first.stderr
    with ThreadPoolExecutor(max_workers=4) as pool:
        procs = list(pool.map(lambda argv: run_cli(*argv, env=env), commands[1:]))
    for proc in procs:
        # Run together, two of them may meet a guest the other just admitted ("checked in already"): a refusal
        # of the desk's own rules is fine; a database, cipher or Python error is what this test is about.
        lines = proc.stderr.strip().splitlines()
        assert proc.returncode == 0 or (len(lines) == 1 and "already" in lines[0]), (proc.args[3:], proc.stderr)
        assert not any(word in proc.stderr for word in ("Traceback", "Error:", "sqlcipher", "no such table"))
    assert sum(p.returncode == 0 for p in procs) >= len(procs) - 2
    assert desk.read_bytes()[:16] != encryption.PLAIN_HEADER
    assert all(p.read_bytes()[:16] != encryption.PLAIN_HEADER for p in out.glob("*.checkin"))  # the backup
