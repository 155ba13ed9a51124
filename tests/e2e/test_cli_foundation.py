"""The command line as a user runs it: demo, new, info, attendees, backup, bad input."""

from __future__ import annotations

import json
import sqlite3

EXPECTED_KEYS = {"id", "first_name", "last_name", "title", "organisation", "email", "country", "category",
                 "status", "attention", "code", "arrived_at"}


def test_demo_then_attendees_keeps_diacritics(cli, tmp_path):
    path = tmp_path / "d.checkin"
    cli("demo", str(path), check=True)
    people = json.loads(cli("attendees", str(path), "--json", check=True).stdout)
    assert len(people) == 600
    assert set(people[0]) >= EXPECTED_KEYS
    names = {(p["first_name"], p["last_name"]) for p in people}
    for name in [("Şükrü", "Çelik"), ("Žaneta", "Šťastná"), ("Ορέστης", "Παπαδόπουλος"),
                 ("Grzegorz", "Brzęczyszczykiewicz"), ("Åse", "Ødegård")]:
        assert name in names
    countries = {p["country"] for p in people}
    assert len(countries) >= 25
    assert all(p["arrived_at"] is None for p in people)
    assert len({p["code"] for p in people}) == 600


def test_info_counts_and_never_writes(cli, tmp_path):
    path = tmp_path / "d.checkin"
    cli("demo", str(path), "--attendees", "120", "--seed", "3", check=True)
    sqlite3.connect(path).execute("PRAGMA wal_checkpoint(TRUNCATE)").connection.close()
    before = path.read_bytes()
    first = json.loads(cli("info", str(path), "--json", check=True).stdout)
    second = json.loads(cli("info", str(path), "--json", check=True).stdout)
    assert first == second
    assert path.read_bytes() == before
    assert first["attendees"] == 120 and first["arrived"] == 0 and first["journal_records"] == 0
    assert first["rooms"] >= 10 and first["sessions"] >= 8 and first["meetings"] > 50


def test_demo_seeds_differ_and_repeat(cli, tmp_path):
    runs = {}
    for name, seed in (("a", 1), ("b", 1), ("c", 2)):
        path = tmp_path / f"{name}.checkin"
        cli("demo", str(path), "--seed", str(seed), "--attendees", "50", "--start", "2026-06-30", check=True)
        runs[name] = json.loads(cli("attendees", str(path), "--json", check=True).stdout)
    assert runs["a"] == runs["b"]
    assert runs["a"] != runs["c"]
    assert json.loads(cli("info", str(tmp_path / "a.checkin"), "--json").stdout)["start"] == "2026-06-30"


def test_new_event_and_backup(cli, tmp_path):
    path = tmp_path / "n.checkin"
    cli("new", str(path), "--title", "Go-Cluster Jahrestagung", "--start", "2026-03-26", "--days", "2", check=True)
    info = json.loads(cli("info", str(path), "--json", check=True).stdout)
    assert info["title"] == "Go-Cluster Jahrestagung" and info["end"] == "2026-03-27" and info["attendees"] == 0
    usb = tmp_path / "usb" / "checkin"  # not there yet: made on the way
    cli("backup", str(path), str(usb), check=True)
    cli("backup", str(path), str(usb), check=True)  # day two, same stick: a second dated copy, no clash
    copies = sorted(usb.glob("n-backup-*.checkin"))
    assert len(copies) == 2 and not list(usb.glob("*.part"))
    assert json.loads(cli("info", str(copies[-1]), "--json", check=True).stdout)["title"] == info["title"]
    named = tmp_path / "exact.checkin"
    cli("backup", str(path), str(named), check=True)
    again = cli("backup", str(path), str(named))
    assert again.returncode == 1 and "exists already" in again.stderr
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    bad = cli("backup", str(path), str(blocked / "sub"))
    assert bad.returncode == 1 and "Traceback" not in bad.stderr and len(bad.stderr.strip().splitlines()) == 1


def test_bad_input_is_one_line_and_non_zero(cli, tmp_path):
    garbage = tmp_path / "x.checkin"
    garbage.write_text("hello")
    cases = [
        ("info", str(tmp_path / "missing.checkin"), "--json"),
        ("info", str(garbage)),
        ("attendees", str(tmp_path)),
        ("info", str(garbage), "--no-such-option"),
        ("no-such-command",),
        ("new", str(tmp_path / "z.checkin"), "--title", "T", "--timezone", "Mars/Olympus"),
        ("demo", str(tmp_path / "y.checkin"), "--attendees", "0"),
    ]
    for args in cases:
        proc = cli(*args)
        assert proc.returncode != 0, args
        assert "Traceback" not in proc.stderr, args
        assert len(proc.stderr.strip().splitlines()) == 1, (args, proc.stderr)


def test_demo_replaces_an_earlier_demo_but_never_a_real_event(cli, tmp_path):
    demo = tmp_path / "d.checkin"
    cli("demo", str(demo), "--attendees", "20", check=True)
    cli("demo", str(demo), "--attendees", "30", check=True)  # run twice, as people do
    assert json.loads(cli("info", str(demo), "--json", check=True).stdout)["attendees"] == 30
    real = tmp_path / "real.checkin"
    cli("new", str(real), "--title", "Echte Veranstaltung", check=True)
    refused = cli("demo", str(real))
    assert refused.returncode == 1 and "not a demo event" in refused.stderr
    assert json.loads(cli("info", str(real), "--json", check=True).stdout)["title"] == "Echte Veranstaltung"
