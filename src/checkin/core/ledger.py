"""The ledger: the one way a record enters an event file, written here or merged from another station.

``record`` is an operation: the acting role may author the kind (``roles.check_kind``), a fresh copy is bound
to this installation before its first record (``installation.claim``), organiser records carry the event key's
signature (``record_signing.sign``), and the record is appended and projected in one durable transaction.
``merge`` unions another station's records and projects the new ones. The store and the journal below only
read and write rows; what a record does to the derived tables is ``appliers.PROJECTIONS`` (one literal table).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from . import appliers, installation, record_signing, roles
from .journal import Journal, Kind, Record
from .store import EventStore, MergeResult
from .transactions import write_transaction


def append(store: EventStore, kind: str, attendee_id: int | None = None, data: dict[str, Any] | None = None,
           *, at: datetime | None = None, station_id: str | None = None, operator: str | None = None) -> Record:
    """Check, sign and write one record of this station, not yet projected (inside the caller's transaction,
    or its own). The caller applies it (``apply``), possibly after more records of one import."""
    roles.check_kind(store, kind)  # issue 13: a desk or helper copy cannot author what its role may not
    with write_transaction(store.conn):
        return _write(store, kind, attendee_id, data, at=at, station_id=station_id, operator=operator)


def record(store: EventStore, kind: str, attendee_id: int | None = None, data: dict[str, Any] | None = None,
           *, at: datetime | None = None, station_id: str | None = None, operator: str | None = None) -> Record:
    """Append a record of this station and apply it, in one durable transaction."""
    roles.check_kind(store, kind)  # before the write lock: a refusal waits for nobody
    with write_transaction(store.conn):
        rec = _write(store, kind, attendee_id, data, at=at, station_id=station_id, operator=operator)
        apply(store, rec)
    return rec


def _write(store: EventStore, kind: str, attendee_id: int | None, data: dict[str, Any] | None, *,
           at: datetime | None, station_id: str | None, operator: str | None) -> Record:
    journal = store.journal if station_id is None else Journal(store.conn, station_id, store.journal.operator)
    if not store.journal.claimed:
        installation.claim(store.conn)  # issue 25: the first record binds a fresh copy to this computer
        store.journal.claimed = True
    rec = journal.next_record(kind, attendee_id, data, at=at, operator=operator)
    rec = record_signing.sign(store.conn, rec)  # issue 25: a purge or programme change carries the event key
    journal.insert(rec)
    return rec


def apply(store: EventStore, rec: Record, *, arrivals: bool = True) -> None:
    """Bring the derived tables up to date with one record (inside the caller's transaction).

    ``arrivals=False``: the caller folds arrivals itself (merge does it once per attendee).
    """
    if arrivals:
        store.fold_arrivals(rec)
    projection = appliers.projection(rec.kind)
    if projection is not None:
        projection(store, rec)


def merge(store: EventStore, records: Iterable[Record]) -> MergeResult:
    """Union another station's records into this journal (idempotent, order-free)."""
    records = list(records)
    with write_transaction(store.conn):
        new = sorted(store.journal.insert_new(records), key=lambda r: (r.lamport, r.station_id, r.seq))
        # One recompute per touched attendee, not per record: a sync of 10,000 check-ins stays fast.
        store.fold_new_arrivals(new)
        for rec in new:
            apply(store, rec, arrivals=False)
        doubles = store.count_double_admissions({r.attendee_id for r in new if r.kind == Kind.CHECKIN})
    return MergeResult(len(new), len(records) - len(new), doubles)
