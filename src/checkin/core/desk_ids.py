"""Attendee ids for people registered at a desk (walk-ins, substitutes, companions) that never collide.

Desks work offline, so "largest id + 1" would hand two desks the same id. Instead every copy of the event
owns a block of ids above the imported range::

    id = WALKIN_BASE + block * BLOCK_SIZE + n        (n = 1 .. BLOCK_SIZE - 1)

The block of a desk copy is the master's sequence number of the ``station_cert`` record that certified it:
unique (the master numbers its own records), known to the copy from the moment it was made, and the same
forever. The master (the file holding the event key) uses block 0. A desk copy without a certificate (made by
hand) falls back to a hashed block in the upper half, where a clash is unlikely but not impossible.
Every id stays below 2**40, the largest attendee id a signed code can carry.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .store import EventStore

WALKIN_BASE = 10_000_000_000
BLOCK_SIZE = 100_000
CERT_BLOCKS = 5_000_000  # blocks 1 .. CERT_BLOCKS-1 for certified desks; hashed blocks above
HASHED_BLOCKS = 5_000_000


class IdSpaceError(Exception):
    """This station has used up its id block (100,000 people registered at one desk)."""


def is_desk_id(attendee_id: int) -> bool:
    """True for ids handed out at a desk (not from an imported list)."""
    return attendee_id >= WALKIN_BASE


def station_block(store: EventStore) -> int:
    station = store.station_id
    row = store.conn.execute(
        "SELECT seq FROM journal WHERE kind = 'station_cert' AND station_id = 'master' "
        "AND json_extract(data, '$.station') = ? ORDER BY lamport LIMIT 1", (station,)).fetchone()
    if row is not None and 0 < int(row[0]) < CERT_BLOCKS:
        return int(row[0])
    if store.get_meta("private_key") and store.get_meta("role", "organiser") != "desk":
        return 0
    seed = f"{store.get_meta('event_id', '')}\x00{station}".encode()
    return CERT_BLOCKS + int.from_bytes(hashlib.sha256(seed).digest()[:8], "big") % HASHED_BLOCKS


def block_range(block: int) -> tuple[int, int]:
    low = WALKIN_BASE + block * BLOCK_SIZE
    return low, low + BLOCK_SIZE


def next_desk_id(store: EventStore) -> int:
    """The next free id of this copy's block (call inside the write transaction that uses it)."""
    low, high = block_range(station_block(store))
    top = store.conn.execute("SELECT MAX(id) FROM attendees WHERE id > ? AND id < ?", (low, high)).fetchone()[0]
    nxt = (top or low) + 1
    if nxt >= high:
        raise IdSpaceError("this station has registered 99,999 people already; use another station")
    return nxt
