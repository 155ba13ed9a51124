"""Roles hold in the data: a helper copy has no emails, phones, desk notes, extra fields or keys."""

from __future__ import annotations

import json
from pathlib import Path

from checkin.core import codes, copies, ledger, roles
from checkin.core.codes import CodeStatus
from checkin.core.journal import Kind
from checkin.core.store import EventStore


def _file_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


def test_permissions_by_role() -> None:
    assert roles.can("organiser", "audit") and roles.can("organiser", "purge")
    assert roles.can("desk", "checkin") and roles.can("desk", "print") and not roles.can("desk", "audit")
    assert roles.can("helper", "lookup") and not roles.can("helper", "checkin")
    assert not roles.can("helper", "export") and not roles.can("helper", "see_contact")
    assert roles.visible_fields("helper") == ("id", "salutation", "title", "first_name", "last_name", "organisation")
    assert "email" in roles.visible_fields("desk") and "extra" not in roles.visible_fields("desk")
    assert roles.normalise("nonsense") == "organiser"


def test_redact_keeps_names_and_drops_contact(demo_store: EventStore) -> None:
    a = demo_store.attendee(2)
    assert a.email
    seen = roles.redact(a, "helper")
    assert (seen.first_name, seen.last_name, seen.organisation) == (a.first_name, a.last_name, a.organisation)
    assert seen.email == "" and seen.phone == "" and seen.desk_note == "" and seen.extra == {}
    assert roles.redact(a, "organiser") == a
    assert "email" not in roles.redact_json({"email": "x", "last_name": "Çelik"}, "helper")


def test_helper_copy_holds_no_contact_data(demo_store: EventStore, tmp_path: Path) -> None:
    demo_store.set_attendee_fields(5, {"desk_note": "VIP Büro-Notiz geheim", "phone": "+49 30 1234567",
                                       "extra": {"diet": "vegan-secret"}})
    ledger.record(demo_store, Kind.CORRECTION, 6, {"fields": {"email": "fixed.address@corr.example"},
                                          "original": {"email": "old.address@corr.example"}})
    emails = [r[0] for r in demo_store.conn.execute("SELECT email FROM attendees WHERE email != ''")]
    out = tmp_path / "helper.checkin"
    copies.make_copy(demo_store, out, kind="helper", station="helper-1")
    data = _file_bytes(out)
    for secret in [*emails, "Büro-Notiz", "+49 30 1234567", "vegan-secret", "old.address@corr.example"]:
        assert secret.encode() not in data, secret
    assert demo_store.get_meta("private_key").encode() not in data
    with EventStore.open(out) as helper:
        assert helper.get_meta("role") == "helper" and helper.station_id == "helper-1"
        # its station key (issue 25: it signs the helper's door scans) is certified as a helper's, and mints
        # no code any station accepts
        kid = helper.get_meta("station_key_id")
        assert helper.conn.execute("SELECT role FROM station_certs WHERE key_id = ?", (kid,)).fetchone() == ("helper",)
        assert codes.resolve(demo_store, codes.issue_station_code(helper, 2)).status == CodeStatus.INVALID
        a = helper.attendee(2)
        assert a.last_name == demo_store.attendee(2).last_name and a.email == ""
        assert helper.search("celik") == demo_store.search("celik")[:len(helper.search("celik"))]
        assert helper.search("izmir.example") == []  # email words are not searchable either
        # a sync from the master brings a correction with an email: the guard in the data blanks it
        rec = ledger.record(demo_store, Kind.CORRECTION, 2, {"fields": {"email": "late@sync.example", "position": "CEO"}})
        ledger.merge(helper, [rec])
        assert helper.attendee(2).email == "" and helper.attendee(2).position == "CEO"
        stored = json.loads(helper.conn.execute("SELECT data FROM journal WHERE record_id = ?",
                                                (rec.record_id,)).fetchone()[0])
        assert "email" not in stored["fields"]


def test_cli_helper_copy(demo_path: Path, tmp_path: Path, cli) -> None:
    out = tmp_path / "h.checkin"
    proc = cli("copy", str(demo_path), str(out), "--helper", "--station", "helper-2")
    assert proc.returncode == 0, proc.stderr
    assert "no emails" in proc.stdout
    info = json.loads(cli("role", str(out), "--json", check=True).stdout)
    assert info["role"] == "helper" and "email" not in info["visible_fields"]
    export = cli("audit", str(out), "--json")
    assert export.returncode == 1 and "organiser" in export.stderr
