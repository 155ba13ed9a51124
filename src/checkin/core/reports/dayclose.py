"""Day close: do the stations agree, who still holds a hand-out, what is not yet upstream, then a backup.

Peers and upload state belong to the sync features (tables ``sync_status`` and ``pretix_uploads``); this module
reads them when they exist and otherwise reports only this station.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..journal import Kind
from ..store import EventStore


@dataclass
class StationState:
    station: str
    vector: dict[str, int]
    last_contact: str | None = None
    agrees: bool = True
    behind: int = 0  # records this station lacks compared with ours
    ahead: int = 0  # records it has that we lack
    records: int = 0  # records of this station in our journal
    last_record: str | None = None  # venue local time of its latest record we hold
    contact: bool = True  # False: known only from its records in our journal (no sync status to compare)


@dataclass
class Handout:
    attendee_id: int
    name: str
    organisation: str
    item: str
    issued_at: str  # venue local time
    station: str
    deposit: str = ""


@dataclass
class DayClose:
    station: str
    journal_records: int
    stations: list[StationState]
    peers_known: bool
    all_agree: bool
    handouts_out: list[Handout]
    upstream_known: bool
    not_uploaded: int
    not_uploaded_sample: list[dict[str, Any]] = field(default_factory=list)
    backup: str | None = None
    backup_records: int | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _tables(conn: sqlite3.Connection) -> dict[str, list[str]]:
    out = {}
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        out[name] = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
    return out


def _local(store: EventStore, text: str | None) -> str | None:
    """A stored time (UTC, 'Z' or offset) as venue local ISO time; left as it is if unparseable."""
    if not text:
        return None
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(store.tz).isoformat(timespec="minutes")


def _vector_of(value: Any) -> dict[str, int] | None:
    try:
        data = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return None
    if isinstance(data, dict) and all(isinstance(v, int) for v in data.values()):
        return {str(k): int(v) for k, v in data.items()}
    return None


def peer_states(store: EventStore) -> tuple[bool, list[StationState]]:
    """This station, the peers the sync feature has talked to (their last reported version vectors), and
    stations known only from their records in our journal (e.g. merged from a bundle)."""
    own = store.journal.version_vector()
    found: dict[str, StationState] = {}
    for name, cols in _tables(store.conn).items():
        if not any(x in name.lower() for x in ("peer", "station", "sync")):
            continue
        vec_col = next((c for c in cols if "vector" in c.lower()), None)
        id_col = next((c for c in cols if c.lower() in ("station_id", "peer_id", "station", "id", "name")), None)
        if vec_col is None or id_col is None:
            continue
        contact_col = next((c for c in cols if "last" in c.lower() and ("seen" in c.lower() or "contact" in c.lower()
                                                                        or "sync" in c.lower())), None)
        sel = f'"{id_col}", "{vec_col}"' + (f', "{contact_col}"' if contact_col else "")
        for row in store.conn.execute(f'SELECT {sel} FROM "{name}"'):
            vector = _vector_of(row[1])
            if vector is None or row[0] is None or str(row[0]) == store.station_id:
                continue
            found[str(row[0])] = StationState(str(row[0]), vector, str(row[2]) if contact_col and row[2] else None)
    for st in found.values():
        st.behind = sum(max(0, top - st.vector.get(s, 0)) for s, top in own.items())
        st.ahead = sum(max(0, top - own.get(s, 0)) for s, top in st.vector.items())
        st.agrees = st.behind == 0 and st.ahead == 0
    stats = {sid: (n, last) for sid, n, last in store.conn.execute(
        "SELECT station_id, COUNT(*), MAX(wall_time) FROM journal GROUP BY station_id")}
    me = StationState(store.station_id, own)
    for sid in sorted(set(own) - set(found) - {store.station_id}):
        found[sid] = StationState(sid, {}, contact=False)
    out = [me, *sorted(found.values(), key=lambda s: s.station)]
    for st in out:
        st.last_contact = _local(store, st.last_contact)
        n, last = stats.get(st.station, (0, None))
        st.records = n
        st.last_record = (datetime.fromisoformat(last).astimezone(store.tz).isoformat(timespec="minutes")
                          if last else None)
    return any(st.contact for st in out[1:]), out


def handouts_out(store: EventStore) -> list[Handout]:
    """Items issued and not returned, per guest and item (the latest record per pair decides)."""
    latest: dict[tuple[int, str], tuple[str, str, str, str, dict[str, Any]]] = {}
    for aid, data, wall, rid, station in store.conn.execute(
            "SELECT attendee_id, data, wall_time, record_id, station_id FROM journal WHERE kind = ?",
            (Kind.HANDOUT.value,)):
        d = json.loads(data or "{}")
        if aid is None or d.get("action") not in ("issue", "return"):
            continue
        key = (aid, str(d.get("item", "")))
        stamp = (datetime.fromisoformat(wall).astimezone(UTC).isoformat(), rid)
        if key not in latest or stamp > latest[key][:2]:
            latest[key] = (*stamp, station, d.get("action"), d)  # type: ignore[assignment]
    out = []
    people = {a.id: a for a in store.attendees_by_ids(sorted({k[0] for k in latest}))}
    for (aid, item), (utc, _rid, station, action, d) in latest.items():
        if action != "issue":
            continue
        a = people.get(aid)
        out.append(Handout(aid, a.display_name if a else f"#{aid}", a.organisation if a else "", item,
                           datetime.fromisoformat(utc).astimezone(store.tz).isoformat(timespec="minutes"),
                           station, str(d.get("deposit", "") or "")))
    out.sort(key=lambda h: (h.item, h.name))
    return out


def not_uploaded(store: EventStore) -> tuple[bool, list[dict[str, Any]]]:
    """Arrivals of guests with a pretix ticket that pretix has not confirmed yet (only if pretix is in use)."""
    tables = _tables(store.conn)
    if "pretix_uploads" not in tables or "pretix_positions" not in tables:
        return False, []
    if store.conn.execute("SELECT 1 FROM pretix_positions LIMIT 1").fetchone() is None:
        return False, []  # the event does not sync with pretix: nothing is "waiting"
    rows = store.conn.execute(
        "SELECT a.attendee_id, a.day, a.point, a.at, a.record_id FROM arrivals a "
        "WHERE a.attendee_id IN (SELECT attendee_id FROM pretix_positions) "
        "AND a.record_id NOT IN (SELECT record_id FROM pretix_uploads WHERE status IN ('ok', 'imported')) "
        "ORDER BY a.at")
    return True, [{"attendee_id": r[0], "day": r[1], "point": r[2],
                   "at": datetime.fromisoformat(r[3]).astimezone(store.tz).isoformat(timespec="seconds"),
                   "record_id": r[4]} for r in rows]


def backup_name(store: EventStore, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).astimezone(store.tz).strftime("%Y-%m-%d_%H%M")
    return f"{store.path.stem}-{stamp}{store.path.suffix or '.checkin'}"


def verify_backup(target: Path, key: str | None = None) -> int:
    """Open the copy as SQLite, check its integrity and count its journal records (``key``: the backup of an
    encrypted desk copy is encrypted with the same passphrase).

    A writable connection, so SQLite removes the -wal/-shm files on close and the stick holds one file.
    """
    from ..sqlcipher import connect

    conn = connect(target, key) if key else sqlite3.connect(str(target))
    try:
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise OSError(f"the backup {target} failed SQLite's integrity check")
        return conn.execute("SELECT COUNT(*) FROM journal").fetchone()[0]
    finally:
        conn.close()


def run(store: EventStore, backup_dir: str | Path | None, now: datetime | None = None) -> DayClose:
    peers_known, stations = peer_states(store)
    handouts = handouts_out(store)
    upstream_known, pending = not_uploaded(store)
    result = DayClose(
        station=store.station_id, journal_records=store.journal.count(), stations=stations, peers_known=peers_known,
        all_agree=all(s.agrees for s in stations if s.contact), handouts_out=handouts, upstream_known=upstream_known,
        not_uploaded=len(pending), not_uploaded_sample=pending[:50],
    )
    if backup_dir is not None:
        folder = Path(backup_dir)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / backup_name(store, now)
        n = 1
        while target.exists():  # a second close the same minute must not fail nor overwrite
            n += 1
            target = folder / f"{target.stem.split('~')[0]}~{n}{target.suffix}"
        store.backup(target)
        result.backup_records = verify_backup(target, store.key)
        result.backup = str(target)
    return result
