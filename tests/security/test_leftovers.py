"""Helper processes die with the process that started them: a killed open leaves no signing workers behind."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checkin.core import codes
from checkin.core.store import EventStore

from ..conftest import ROOT, run_cli

pytestmark = pytest.mark.timeout(120)


def _children(pid: int) -> set[int]:
    out: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            pass
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_signing_workers_die_with_a_killed_open(tmp_path: Path) -> None:
    event = tmp_path / "big.checkin"
    store = EventStore.create(event, title="Leftovers")
    codes.ensure_event_keys(store)
    store.close()
    rows = "\n".join(f"Vorname{i};Nachname{i};person{i}@example.org" for i in range(40_000))
    (tmp_path / "list.csv").write_text("Vorname;Nachname;E-Mail\n" + rows + "\n", encoding="utf-8")
    # The command-line import leaves the codes to the next open of the event, which signs them in workers.
    run_cli("import", str(event), str(tmp_path / "list.csv"), check=True)
    proc = subprocess.Popen([sys.executable, "-m", "checkin", "info", str(event)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ})
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    while not workers and proc.poll() is None and time.monotonic() < deadline:
        workers = _children(proc.pid)
        time.sleep(0.005)
    assert workers, "the open finished before its signing workers could be seen"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 5
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(w) for w in workers), "signing workers outlived the killed process"


def test_an_import_killed_while_staging_leaves_nothing(tmp_path: Path) -> None:
    """Short transactions, yet all or nothing: rows staged by a killed import are gone at the next open."""
    event = tmp_path / "event.checkin"
    store = EventStore.create(event, title="Staging")
    codes.ensure_event_keys(store)
    store.close()
    rows = "\n".join(f"Vorname{i};Nachname{i};person{i}@example.org" for i in range(40_000))
    (tmp_path / "list.csv").write_text("Vorname;Nachname;E-Mail\n" + rows + "\n", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "checkin", "import", str(event), str(tmp_path / "list.csv")],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ})
    staged = 0
    watcher = EventStore.open(event, readonly=True)
    try:
        deadline = time.monotonic() + 60
        while proc.poll() is None and time.monotonic() < deadline:
            staged = watcher.conn.execute("SELECT COUNT(*) FROM attendees").fetchone()[0]
            if staged:
                break
            time.sleep(0.01)
    finally:
        watcher.close()
    assert staged and proc.poll() is None, "the import finished before it could be cut"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    out = run_cli("info", str(event), "--json", check=True)  # the next open undoes the staged rows
    assert json.loads(out.stdout)["attendees"] == 0
    with EventStore.open(event) as store:
        assert store.count_attendees() == 0 and store.get_meta("import_staging") is None
        trigger = store.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_attendee_insert'").fetchone()
        assert trigger is not None  # the paused counting trigger is back
