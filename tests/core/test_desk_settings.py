"""`checkin settings list|get|set` edits the same file the GUI's QSettings reads (and the other way round),
keeps every other line of it, and refuses bad keys and values with one line."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def cfg(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKIN_CONFIG_DIR", str(tmp_path / "cfg"))
    return {"CHECKIN_CONFIG_DIR": str(tmp_path / "cfg")}


def _qsettings(cfg):
    from checkin.ui.app import make_settings  # the GUI's own settings object

    return make_settings()


def test_set_by_script_is_what_the_gui_reads(cli, cfg):
    assert cli("settings", "set", "printer", "Brother QL, Eingang Süd", env=cfg, check=True).stdout.strip() \
        == "printer = Brother QL, Eingang Süd"
    out = cli("settings", "set", "print-on-checkin", "on", "--json", env=cfg, check=True)
    assert json.loads(out.stdout) == {"key": "print-on-checkin", "value": "true"}
    cli("settings", "set", "language", "de", env=cfg, check=True)
    cli("settings", "set", "auto-return", "8", env=cfg, check=True)
    cli("settings", "set", "scanner-max-gap-ms", "45", env=cfg, check=True)
    settings = _qsettings(cfg)
    assert settings.value("badges/printer") == "Brother QL, Eingang Süd"
    assert settings.value("badges/print_on_checkin") == "true"
    assert settings.value("language") == "de" and float(settings.value("desk/auto_return_s")) == 8
    from checkin.ui.scanner.wedge import ScannerProfile

    assert ScannerProfile.load(settings).max_gap_ms == 45


def test_what_the_gui_saved_is_listed_and_kept(cli, cfg):
    settings = _qsettings(cfg)
    settings.setValue("desk/operator", 'Jörg "Desk 2", Süd')
    settings.setValue("desk/point", "reception")
    settings.setValue("recent_files", ["/a/b.checkin", "/c,d.checkin"])
    settings.setValue("stations/port", 8765)
    settings.sync()
    listed = json.loads(cli("settings", "list", "--json", env=cfg, check=True).stdout)
    assert listed["operator"] == 'Jörg "Desk 2", Süd' and listed["check-in-point"] == "reception"
    assert listed["printer"] == "" and listed["print-on-checkin"] == "false"
    assert cli("settings", "get", "check-in-point", env=cfg, check=True).stdout.strip() == "reception"
    cli("settings", "set", "operator", "@Anna; Tür 3", env=cfg, check=True)
    settings = _qsettings(cfg)
    assert settings.value("desk/operator") == "@Anna; Tür 3"
    assert settings.value("recent_files") == ["/a/b.checkin", "/c,d.checkin"]  # untouched
    assert int(settings.value("stations/port")) == 8765


@pytest.mark.parametrize("args, message", [
    (("get", "colour"), "unknown setting 'colour'"),
    (("set", "print-on-checkin", "maybe"), "not on or off"),
    (("set", "auto-return", "500"), "out of range"),
    (("set", "language", "fr"), "is not one of"),
])
def test_bad_keys_and_values_are_one_line_and_change_nothing(cli, cfg, args, message):
    proc = cli("settings", *args, env=cfg)
    assert proc.returncode == 2 and message in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert json.loads(cli("settings", "list", "--json", env=cfg, check=True).stdout)["auto-return"] == "6"


@pytest.mark.cups
def test_scan_with_print_sends_the_badge_to_the_desks_printer(cli, cfg, demo_path, demo_store):
    from checkin.core.store import EventStore
    from tests.core.badge_helpers import decode_qr_pages
    from tests.cups_env import ensure_cups

    cups = ensure_cups()
    cli("settings", "set", "printer", cups.queue, env=cfg, check=True)
    code = demo_store.attendee(6).code
    out = json.loads(cli("scan", str(demo_path), code, "--print", "--json", env=cfg, check=True).stdout)
    assert out["status"] == "admitted" and out["badge"]["printed"] and out["badge"]["printer"] == cups.queue
    reader = EventStore.open(demo_path, readonly=True)
    [record] = reader.journal.records(kind="badge_print")
    reader.close()
    assert record.attendee_id == 6 and record.data["job"] == out["badge"]["job"]
    pdf = cups.find_output(out["badge"]["title"])  # cups-pdf names the file after the job title
    assert decode_qr_pages(pdf, dpi=200) == [[code]]
    again = json.loads(cli("scan", str(demo_path), code, "--print", "--json", env=cfg, check=True).stdout)
    assert again["status"] == "already_admitted" and again["badge"] is None  # one badge per guest
    broken = cli("scan", str(demo_path), demo_store.attendee(7).code, "--print", "--printer", "no-such-queue",
                 env=cfg)
    assert broken.returncode == 0 and "ADMITTED" in broken.stdout  # the check-in stands
    assert "badge not printed" in broken.stderr and len(broken.stderr.strip().splitlines()) == 1

