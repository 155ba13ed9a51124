"""Revoking a station (issue 25): a lost or stolen laptop's key stops counting, everywhere.

The organiser writes a ``station_revoke`` record, signed by the event key like every record of the master, that
travels to every station like any record. It names the key and, per station id the key signed for (``desk-1``
and ``desk-1.<suffix>`` when the copy was opened on a second laptop), the last sequence number the organiser's
file holds. From then on every station refuses records of that key beyond those numbers (``sync.provenance``)
and reads codes the key minted as revoked (``codes.station_scope``). What the organiser had seen stays: the
desk's check-ins until the loss are real.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import codes, ledger
from .failures import Why
from .journal import Kind, Record
from .store import StoreError

if TYPE_CHECKING:
    from .store import EventStore


def revoke_station(store: EventStore, station: str, *, reason: str = "") -> list[Record]:
    """Revoke every certified key of ``station``; returns the revocation records written."""
    from .roles import require

    require(store, "revoke_station", "revoking a station")
    if not codes.has_event_key(store):
        raise StoreError("only the organiser's file (it holds the event key) can revoke a station", Why.NOT_MASTER)
    keys = store.conn.execute("SELECT key_id, station_id FROM station_certs WHERE station_id = ? ORDER BY key_id",
                              (station,)).fetchall()
    if not keys:
        known = ", ".join(r[0] for r in store.conn.execute(
            "SELECT DISTINCT station_id FROM station_certs ORDER BY station_id")) or "none"
        raise StoreError(f"no certified station named {station!r} (certified: {known})", Why.UNKNOWN_STATION,
                         name=station)
    vector = store.journal.version_vector()
    upto = {sid: seq for sid, seq in vector.items() if sid == station or sid.startswith(station + ".")}
    # "cause", not "reason": a purge strips every "reason" from the journal (it may name someone); a lost laptop's
    # cause names no one and must read the same on every station, purged or not.
    return [ledger.record(store, Kind.STATION_REVOKE, None, {"key_id": kid, "station": name, "upto": upto,
                                                    "cause": reason.strip()})
            for kid, name in keys]


def revocations(store: EventStore) -> list[dict[str, Any]]:
    import json

    return [{"key_id": kid, "station": station, "upto": json.loads(upto), "reason": reason, "record_id": rid}
            for kid, station, upto, reason, rid in store.conn.execute(
                "SELECT key_id, station_id, upto, reason, record_id FROM station_revocations ORDER BY station_id")]


def revocable_stations(store: EventStore) -> list[str] | None:
    """Certified stations not yet revoked (None: this file holds no event key, so it cannot revoke)."""
    if not store.get_meta("private_key"):
        return None
    return [r[0] for r in store.conn.execute(
        "SELECT DISTINCT station_id FROM station_certs WHERE key_id NOT IN "
        "(SELECT key_id FROM station_revocations) ORDER BY station_id")]
