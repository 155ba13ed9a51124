"""New people of a big list written in short transactions, so a desk's scan on the same file never waits long.

One transaction for 50,000 rows holds SQLite's write lock for seconds, and every scan at a desk on the same
file waits that long. Here the rows go in in transactions of about 20 ms (``transactions.short_transactions``),
with a pause between them in which a waiting scan gets the lock. All or nothing still holds:

- the first transaction records the id range being staged and this process (``META_KEY``);
- the import's last transaction (updates, cancellations, what is deferred) removes that record;
- an import that fails or is cancelled deletes its staged rows again; one whose process died (killed, power
  cut) is undone by the next open of the event (``recover``).

Staged people are not in the search index and have no code yet (both are written later, see ``deferred``), and
nobody holds a code for an id that did not exist before the import, so no desk finds or admits them meanwhile.
Only imports that defer their codes and index use this (a big list into an event without desk copies): after
copies exist, new people are journal records and stay in one transaction with them.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..transactions import short_transactions, write_transaction

if TYPE_CHECKING:
    from ..store import EventStore
    from .people import Listed

META_KEY = "import_staging"
STALE = 6 * 3600.0  # a staging record this old belongs to no running import, whatever its pid says


def insert_new(store: EventStore, listed: Listed, ids: list[int], tick: Callable[[int], None]) -> None:
    """Insert the listed people as attendees ``ids`` (no index rows, no new codes: ``deferred``) in chunks."""
    from .writer import _columns

    if not ids:
        return
    from .writer import _pause_counting_trigger

    with write_transaction(store.conn):
        # The desk search's insert counter costs ~0.4 s per 50,000 rows: paused while staging, and the last
        # transaction adds the count at once (``done``); the staging record keeps the trigger for ``abandon``.
        trigger = _pause_counting_trigger(store)
        store.set_meta(META_KEY, {"first": ids[0], "last": ids[-1], "pid": os.getpid(), "at": time.time(),
                                  "trigger": trigger})
    try:
        cols = _columns(listed, ids)
        cols["code"] = listed.column("code", "")
        rows = list(zip(*cols.values(), strict=True))
        sql = f"INSERT INTO attendees ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        short_transactions(store.conn, rows, lambda part: store.conn.executemany(sql, part), tick)
    except BaseException:
        abandon(store)
        raise


def done(store: EventStore) -> None:
    """Inside the import's last transaction: the staged rows now belong to the event."""
    staging = store.get_meta(META_KEY) or {}
    _restore_trigger(store, staging, int(staging.get("last", 0)) - int(staging.get("first", 0)) + 1)
    store.conn.execute("DELETE FROM meta WHERE key = ?", (META_KEY,))


def _restore_trigger(store: EventStore, staging: dict, count: int) -> None:
    if staging.get("trigger"):
        store.conn.execute(staging["trigger"])
        store.conn.execute("UPDATE search_state SET changes = changes + ? WHERE id = 1", (max(count, 1),))


def abandon(store: EventStore) -> int:
    """Delete the staged rows and the staging record; returns how many rows went."""
    staging = store.get_meta(META_KEY)
    if not staging:
        return 0
    with write_transaction(store.conn):
        gone = store.conn.execute("DELETE FROM attendees WHERE id BETWEEN ? AND ?",
                                  (int(staging["first"]), int(staging["last"]))).rowcount
        _restore_trigger(store, staging, 1)  # rows came and went: the typo table looks again, finds nothing new
        store.conn.execute("DELETE FROM meta WHERE key = ?", (META_KEY,))
    return gone


def recover(store: EventStore) -> int:
    """On open: undo the staged rows of an import whose process is gone (one indexed lookup otherwise)."""
    staging = store.get_meta(META_KEY)
    if not staging:
        return 0
    if _alive(int(staging.get("pid", 0))) and time.time() - float(staging.get("at", 0)) < STALE:
        return 0  # an import is running right now (this process or another one)
    return abandon(store)


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
