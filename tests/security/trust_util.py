"""Shared pieces of the trust attack tests (issue 25): an event with personal data in its journal, its copies,
and a client that pulls everything a station will give it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from checkin.core import copies, ledger
from checkin.core.deskops.people import register_walkin
from checkin.core.journal import Kind
from checkin.core.store import EventStore
from checkin.core.sync.client import PeerClient
from checkin.core.sync.exchange import incoming_records
from checkin.core.sync.secret import EventKeys, ensure_secret

# Personal data the organiser and a desk write into the journal (what a helper must never receive).
SECRETS = {
    "email": "anna.sommer@geheim.example", "phone": "+49 170 5550123", "desk_note": "DO NOT ADMIT - call security",
    "extra": "diet-vegan-secret", "walkin_email": "walk.in@desk.example", "correction_phone": "+44 20 7946 0999",
}


def event_with_copies(master_path: Path) -> dict[str, Path]:
    """Master with personal data in journal records, a desk copy and a helper copy of it."""
    out = master_path.parent
    with EventStore.open(master_path) as master:
        ensure_secret(master)
        # An organiser change after the copies went out (a re-imported list): contact data inside the record.
        ledger.record(master, Kind.ATTENDEE_UPSERT, 3, {"fields": {"email": SECRETS["email"], "phone": SECRETS["phone"],
                                                           "extra": {"diet": SECRETS["extra"]}}})
        desk = copies.make_copy(master, out / "desk-a.checkin", station="desk-a").path
        helper = copies.make_copy(master, out / "helper-1.checkin", kind="helper", station="helper-1").path
    with EventStore.open(desk) as d:
        ledger.record(d, Kind.CORRECTION, 4, {"fields": {"phone": SECRETS["correction_phone"],
                                                 "desk_note": SECRETS["desk_note"]},
                                      "original": {"phone": ""}})
        register_walkin(d, {"first_name": "Wal", "last_name": "Kin", "email": SECRETS["walkin_email"]})
    return {"master": master_path, "desk": desk, "helper": helper}


def keys_of(path: Path) -> tuple[EventKeys, str]:
    from checkin.core.sync.secret import event_keys

    with EventStore.open(path) as store:
        return event_keys(store, create=False), store.station_id


def pull_everything(url: str, keys: EventKeys, station: str, *, rows: bool = True) -> tuple[str, int, Any]:
    """Every record a station gives a client of ``keys`` claiming ``station``: (raw answers, count, client)."""
    client = PeerClient(url, keys, station)
    client.hello({})
    vector: dict[str, int] = {}
    texts, count = [], 0
    while True:
        payload = {"op": "exchange", "vector": vector, "limit": 10000, "wait": 0}
        if rows:
            payload["want"] = "rows"
        msg = client.call(payload)
        texts.append(json.dumps(msg, ensure_ascii=False))
        records = incoming_records(msg)
        count += len(records)
        for rec in records:
            vector[rec.station_id] = max(vector.get(rec.station_id, 0), rec.seq)
        if not msg.get("more"):
            return "\n".join(texts), count, client


def personal_fields_in(text: str) -> list[str]:
    return [name for name, value in SECRETS.items() if value in text]


def journal_count(path: Path) -> int:
    with EventStore.open(path) as store:
        return store.journal.count()


def forge(path: Path, station: str, kind: str, attendee_id: int | None, data: dict[str, Any]) -> str:
    """Write a journal record straight into an event file, as someone with full control of the file would
    (no role check; the guard triggers of a helper copy dropped first). Returns its record id."""
    import sqlite3
    import uuid
    from datetime import UTC, datetime

    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                    "AND name LIKE '%guard%'").fetchall():
            conn.execute(f"DROP TRIGGER {name}")
        seq = conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM journal WHERE station_id = ?",
                           (station,)).fetchone()[0]
        lamport = conn.execute("SELECT COALESCE(MAX(lamport), 0) + 1 FROM journal").fetchone()[0]
        rid = str(uuid.uuid4())
        conn.execute("INSERT INTO journal (record_id, station_id, operator, seq, lamport, wall_time, kind, "
                     "attendee_id, data) VALUES (?, ?, '', ?, ?, ?, ?, ?, ?)",
                     (rid, station, seq, lamport, datetime.now(UTC).isoformat(timespec="milliseconds"), kind,
                      attendee_id, json.dumps(data)))
    finally:
        conn.close()
    return rid
