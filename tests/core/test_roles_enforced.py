"""Roles hold in the data for every command: a desk or helper copy (made with `checkin copy`) refuses what its
role may not do, as one line with exit status 1, and changes nothing; what it may do still works, syncs included."""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import subprocess
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from checkin.cli import build_parser
from checkin.core import agenda, ledger, pins, roles
from checkin.core.badges import catalog
from checkin.core.desk import Desk
from checkin.core.journal import Kind
from checkin.core.session import open_event
from checkin.core.store import EventStore
from tests.conftest import run_cli


@pytest.fixture(scope="module")
def event(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The organiser's file and a desk and a helper copy of it, made as the organiser makes them."""
    folder = tmp_path_factory.mktemp("roles")
    master = folder / "master.checkin"
    shutil.copy(demo_template, master)
    run_cli("copy", str(master), str(folder / "desk.checkin"), "--desk", "--station", "desk-1", check=True)
    run_cli("copy", str(master), str(folder / "helper.checkin"), "--helper", "--station", "helper-1", check=True)
    (folder / "list.csv").write_text("Vorname;Nachname;E-Mail\nŽaneta;Šťastná;z@example.org\n", encoding="utf-8")
    return {"master": master, "desk": folder / "desk.checkin", "helper": folder / "helper.checkin",
            "dir": folder}


def _code(event: dict[str, Path], attendee_id: int) -> str:
    with EventStore.open(event["master"], readonly=True) as store:
        return store.attendee(attendee_id).code


def _state(path: Path) -> tuple:
    """What a refused command must leave untouched: journal, meta, programme, attendees."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return tuple(conn.execute(sql).fetchall() for sql in (
            "SELECT record_id FROM journal ORDER BY record_id", "SELECT key, value FROM meta ORDER BY key",
            "SELECT * FROM sessions ORDER BY id", "SELECT id, last_name, organisation, code FROM attendees"))
    finally:
        conn.close()


def _run_all(commands: list[list[str]]) -> list[subprocess.CompletedProcess]:
    with ThreadPoolExecutor(max_workers=4) as pool:  # each is a real `checkin` process
        return list(pool.map(lambda argv: run_cli(*argv), commands))


def _assert_refused(proc: subprocess.CompletedProcess, role: str, needs: str) -> None:
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 1, (proc.args, proc.stdout, proc.stderr)
    assert len(lines) == 1 and lines[0].startswith(f"checkin: this is a {role} copy: "), (proc.args, proc.stderr)
    assert lines[0].endswith(f"needs {needs}"), (proc.args, proc.stderr)
    assert "Traceback" not in proc.stderr


def _organiser_only(path: Path, out: Path) -> list[list[str]]:
    p, csv = str(path), str(path.parent / "list.csv")
    return [
        ["move-session", p, "1", "--room", "2"], ["move-session", p, "1", "--capacity", "5"],
        ["import", p, csv], ["import", p, csv, "--dry-run"],
        ["invitations", p, "--out", str(out / "inv.pdf")],
        ["layouts", p, "--add", str(out / "layout.json")], ["layouts", p, "--default", "a6-landscape"],
        ["organiser-pin", p, "4711"], ["organiser-pin", p, "--clear"], ["invitation-only", p, "on"],
        ["role", p, "--set-pin", "desk"], ["role", p, "--clear-pin", "helper"],
        ["retention", p, "--until", "2030-01-01"], ["purge", p, "--force"], ["audit", p, "--json"],
        ["export", p, "--out", str(out / "x.xlsx")], ["copy", p, str(out / "c.checkin"), "--helper"],
        ["pretix", "pull", p, "--url", "http://127.0.0.1:9", "--organizer", "o", "--event", "e"],
        ["pretix", "push", p], ["pretix", "status", p, "--json"],
        ["report", p, "--json"], ["certificates", p, "--out", str(out / "c.pdf")],
        ["figures", p, "--out", str(out / "f.xlsx")],
    ]


def _an_hour_ago() -> str:
    # Not a clock time like "08:50": after midnight at the venue that is in the future of "today" (the demo event
    # starts on the machine's UTC date, and CI runs at any hour).
    return (datetime.now(UTC) - timedelta(hours=1)).isoformat(timespec="seconds")


def _desk_only(path: Path, out: Path, code: str) -> list[list[str]]:
    p = str(path)
    return [
        ["scan", p, code], ["undo", p], ["backfill", p, "2", "--at", _an_hour_ago()], ["reissue", p, "2"],
        ["walkin", p, "--first-name", "Grzegorz", "--last-name", "Brzęczyszczykiewicz"],
        ["substitute", p, "2", "--first-name", "Ορέστης", "--last-name", "Παπαδόπουλος"],
        ["correct", p, "2", "--organisation", "Neu GmbH"], ["companion", p, "2", "--first-name", "Anna"],
        ["companion", p, "2"], ["handout", p, "issue", "2"], ["handout", p, "list"], ["badge-collected", p, "2"],
        ["badges", p, "--out", str(out / "b.pdf")], ["qr", p, "2", "--out", str(out / "q.png")],
        ["lists", p, "--out", str(out / "l.pdf")], ["attendees", p, "--json"], ["backup", p, str(out)],
        ["close-day", p], ["conflicts", p],
    ]


def test_policy_names_every_command_option_and_record_kind() -> None:
    """A new command or journal kind must be classified in roles.POLICY (unclassified commands are refused)."""
    commands: dict[str, argparse.ArgumentParser] = {}

    def walk(parser: argparse.ArgumentParser) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    walk(sub)
        if parser.get_default("func"):
            commands[parser.prog.partition(" ")[2]] = parser

    walk(build_parser())
    base = {key.partition(" --")[0] for key in roles.COMMAND_RULES}
    assert set(commands) <= base, sorted(set(commands) - base)
    for key in roles.COMMAND_RULES:
        cmd, _, option = key.partition(" --")
        assert cmd in commands, key
        if option:
            assert option.replace("-", "_") in vars(commands[cmd].parse_args(_minimal(commands[cmd]))), key
    assert {k.value for k in Kind} <= set(roles.KIND_RULES), sorted({k.value for k in Kind} - set(roles.KIND_RULES))
    assert roles.command_rules("no-such-command", None)[0][0] == "switch_role"  # fail closed


def _minimal(parser: argparse.ArgumentParser) -> list[str]:
    return ["x"] * sum(1 for a in parser._actions if not a.option_strings and a.nargs is None)


@pytest.mark.parametrize("role", ["desk", "helper"])
def test_organiser_commands_refused_on_copies(event: dict[str, Path], role: str, tmp_path: Path) -> None:
    (tmp_path / "layout.json").write_text("{}", encoding="utf-8")
    before = _state(event[role]), _state(event["master"])
    for proc in _run_all(_organiser_only(event[role], tmp_path)):
        _assert_refused(proc, role, "the organiser's file")
    assert (_state(event[role]), _state(event["master"])) == before
    assert not [p.name for p in tmp_path.iterdir() if p.name != "layout.json"]  # no file written either


def test_example_message(event: dict[str, Path], cli) -> None:
    proc = cli("move-session", str(event["desk"]), "3", "--room", "1")
    assert proc.stderr == "checkin: this is a desk copy: moving a session needs the organiser's file\n"


def test_desk_commands_refused_on_helper(event: dict[str, Path], tmp_path: Path) -> None:
    before = _state(event["helper"])
    for proc in _run_all(_desk_only(event["helper"], tmp_path, _code(event, 3))):
        _assert_refused(proc, "helper", "a desk copy or the organiser's file")
    assert _state(event["helper"]) == before
    assert list(tmp_path.iterdir()) == []


def test_print_refused_on_helper(event: dict[str, Path], cli) -> None:
    printers = subprocess.run(["lpstat", "-e"], capture_output=True, text=True).stdout.split()
    if not printers:
        pytest.skip("no CUPS queue here")  # without one, `print` stops at the printer check (also refused)
    before = _state(event["helper"])
    _assert_refused(cli("print", str(event["helper"]), "--printer", printers[0], "--attendee", "2"),
                    "helper", "a desk copy or the organiser's file")
    assert _state(event["helper"]) == before


def test_helper_may_look_up_and_count_doors(event: dict[str, Path], tmp_path: Path) -> None:
    h, code = str(event["helper"]), _code(event, 4)
    procs = _run_all([
        ["info", h, "--json"], ["now", h, "--json"], ["agenda", h, "4", "--json"], ["matchmaking", h, "--json"],
        ["agenda-pdf", h, "4", "--out", str(tmp_path / "a.pdf")], ["verify", h, code, "--json"],
        ["layouts", h], ["role", h, "--json"], ["retention", h], ["notices", h, "--json"], ["stations", h],
        ["bundle", "export", h, "--out", str(tmp_path / "h.ckbundle")],
    ])
    for proc in procs:
        assert proc.returncode == 0, (proc.args, proc.stderr)
    assert json.loads(procs[0].stdout)["role"] == "helper"
    assert (tmp_path / "a.pdf").stat().st_size > 0 and (tmp_path / "h.ckbundle").stat().st_size > 0
    hits = json.loads(run_cli("search", h, "celik", "--json", check=True).stdout)
    assert hits and hits[0]["last_name"] == "Çelik"
    assert not {"email", "phone", "desk_note", "extra", "code"} & set(hits[0])
    door = run_cli("session-scan", h, "1", code, "--admit", "--reason", "speaker", "--json")
    assert door.returncode == 0, door.stderr
    assert json.loads(door.stdout)["recorded"] is True


def test_desk_may_admit_register_print_and_sync_back(event: dict[str, Path], tmp_path: Path) -> None:
    d, m = str(event["desk"]), str(event["master"])
    scan = json.loads(run_cli("scan", d, _code(event, 5), "--json", check=True).stdout)
    assert scan["status"] == "admitted"
    run_cli("walkin", d, "--first-name", "Žaneta", "--last-name", "Šťastná", "--json", check=True)
    run_cli("correct", d, "5", "--organisation", "Ministerium für Wirtschaft", check=True)
    run_cli("handout", d, "issue", "5", "--deposit", "ID card", check=True)
    run_cli("badges", d, "--out", str(tmp_path / "b.pdf"), "--attendee", "5", check=True)
    hits = json.loads(run_cli("search", d, "celik", "--json", check=True).stdout)
    assert hits[0]["email"]  # a desk sees emails
    # the desk's day goes back to the organiser, and the organiser's room change reaches the desk
    run_cli("bundle", "export", d, "--out", str(tmp_path / "d.ckbundle"), check=True)
    run_cli("bundle", "import", m, str(tmp_path / "d.ckbundle"), check=True)
    with EventStore.open(event["master"], readonly=True) as master:
        assert master.attendee(5).organisation == "Ministerium für Wirtschaft"
        assert master.first_arrival(5) is not None
    room = _other_room(event["master"], 2)
    run_cli("move-session", m, "2", "--room", str(room), check=True)
    run_cli("bundle", "export", m, "--out", str(tmp_path / "m.ckbundle"), check=True)
    run_cli("bundle", "import", d, str(tmp_path / "m.ckbundle"), check=True)
    with EventStore.open(event["desk"], readonly=True) as desk:
        assert agenda.session(desk, 2).room.id == room


def _other_room(path: Path, session_id: int) -> int:
    with EventStore.open(path, readonly=True) as store:
        current = agenda.session(store, session_id).room.id
        return next(r[0] for r in store.conn.execute("SELECT id FROM rooms ORDER BY id") if r[0] != current)


# --- the data layer: the same refusals whichever screen or script asks ----------------------------------
def test_core_refuses_organiser_records_on_a_desk_copy(event: dict[str, Path], tmp_path: Path) -> None:
    desk_path = tmp_path / "desk.checkin"
    shutil.copy(event["desk"], desk_path)
    with EventStore.open(desk_path) as desk:
        count = desk.count("journal")
        with pytest.raises(roles.RoleError, match="^this is a desk copy: changing the programme needs the organiser"):
            agenda.change_session(desk, 1, {"capacity": 3})
        with pytest.raises(PermissionError):
            catalog.set_default_layout(desk, "a6-landscape")
        with pytest.raises(PermissionError):
            ledger.record(desk, Kind.ATTENDEE_UPSERT, 2, {"fields": {"organisation": "X"}})
        with pytest.raises(PermissionError):
            pins.set_pin(desk, "4711")
        assert desk.count("journal") == count and not desk.conn.in_transaction
        # a desk still admits, and still takes in the organiser's changes by sync
        assert Desk(desk).scan(_code(event, 6)).status == "admitted"
        with EventStore.open(event["master"]) as master:
            rec = agenda.change_session(master, 3, {"capacity": 77})
        ledger.merge(desk, [rec])
        assert agenda.session(desk, 3).capacity == 77


def test_core_refuses_checkins_on_a_helper_copy(event: dict[str, Path], tmp_path: Path) -> None:
    helper_path = tmp_path / "helper.checkin"
    shutil.copy(event["helper"], helper_path)
    with EventStore.open(helper_path) as helper:
        with pytest.raises(roles.RoleError, match="^this is a helper copy: checking guests in needs a desk"):
            Desk(helper).scan(_code(event, 7))
        assert helper.first_arrival(7) is None


def test_gui_role_switch_reaches_the_data_layer(event: dict[str, Path], tmp_path: Path) -> None:
    """The GUI's role switch (organiser PIN to go up) holds for every connection of this process to the file."""
    desk_path = tmp_path / "desk.checkin"
    shutil.copy(event["desk"], desk_path)
    master_path = tmp_path / "master.checkin"
    shutil.copy(event["master"], master_path)
    with open_event(desk_path, role="organiser") as session:
        with session.open_store() as worker:  # e.g. the GUI's DB worker thread
            assert roles.acting_role(worker) == "organiser"
            agenda.change_session(worker, 1, {"capacity": 9})
        session.act_as(None)
        with session.open_store() as worker, pytest.raises(roles.RoleError):
            agenda.change_session(worker, 1, {"capacity": 10})
        with pytest.raises(roles.RoleError):
            agenda.change_session(session.store, 1, {"capacity": 10})
    with EventStore.open(desk_path) as desk:  # another process: as the copy allows, whatever the GUI switched
        assert roles.acting_role(desk) == "desk"
    with open_event(master_path) as session:
        session.act_as("helper")
        with pytest.raises(roles.RoleError, match="works as helper"):
            Desk(session.store).scan(_code(event, 8))
