"""Signed codes and search-index rows that a big command-line import leaves for the next open of the event.

Both are derived data: a v1 code is a deterministic Ed25519 signature over the event and the attendee id, and the
index row is a function of the names. A 50,000-row import spends about 1.5 s of CPU on each, more than the import
budget allows on two cores, so ``checkin import`` writes the list, records the id range here (in the import's
own transaction) and returns; opening the event (``core.session.open_event``) finishes the range before anybody
reads the event. Only imports into an event without desk copies defer: after copies exist, every change is a journal record that carries the
new person's code, so it is signed at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..transactions import short_transactions
from .index_rows import search_rows

if TYPE_CHECKING:
    from ..store import EventStore

META_KEY = "deferred_import"
DEFER_FROM = 5000  # smaller lists cost under 0.2 s for both, so they are finished inside the import


def applies(store: EventStore, new_people: int) -> bool:
    """Whether an import that may finish later leaves codes and index of this many new people to the next open:
    a big list, and no desk copies yet (after copies, new people travel as journal records with their codes)."""
    return new_people >= DEFER_FROM and not store.get_meta("copies_made")


def pending(store: EventStore) -> dict[str, Any] | None:
    """What waits for the next open, {"first", "last", "codes"}, or None (one indexed lookup per open)."""
    return store.get_meta(META_KEY)


def defer(store: EventStore, first_id: int, last_id: int, *, codes: bool) -> None:
    """Inside the import's transaction: the index rows (and, with ``codes``, the codes) of ids
    ``first_id..last_id`` are still to be written."""
    if pending(store):
        raise RuntimeError("an earlier import's codes and index are still pending")  # open() finishes them
    store.set_meta(META_KEY, {"first": first_id, "last": last_id, "codes": codes})


def finish(store: EventStore) -> int:
    """Write what an import deferred; returns how many people it covered (0: nothing was pending). Codes are
    signed only where the event key is in this copy.

    Written in short transactions, each moving the pending range on (a scan at a desk on the same file waits
    at most one of them, issue 24); a finish cut short is taken up where it stopped by the next open.
    """
    from .signing import CodeBatch

    waiting = pending(store)
    if not waiting:
        return 0
    first, last = int(waiting["first"]), int(waiting["last"])
    batch = None
    unsigned: list[int] = []
    if waiting.get("codes"):
        unsigned = [r[0] for r in store.conn.execute(
            "SELECT id FROM attendees WHERE id BETWEEN ? AND ? AND code = '' ORDER BY id", (first, last))]
        batch = CodeBatch(store, unsigned)  # signs in worker processes while the index rows are built below
    try:
        names = ("id", "title", "first_name", "last_name", "organisation", "email")
        rows = store.conn.execute(f"SELECT {', '.join(names)} FROM attendees WHERE id BETWEEN ? AND ? "
                                  "ORDER BY id", (first, last)).fetchall()
        index = search_rows(dict(zip(names, map(list, zip(*rows, strict=True)), strict=True))) if rows else []
        codes = dict(zip(unsigned, batch.codes(unsigned), strict=True)) if batch and batch.available else {}
        fts = "INSERT INTO attendee_fts (rowid, names, organisation, email) VALUES (?, ?, ?, ?)"
        state = {"at": waiting}

        class _Taken(Exception):
            pass

        def write(part: Sequence[tuple[int, str, str, str]]) -> None:
            store.conn.executemany(fts, part)
            store.conn.executemany("UPDATE attendees SET code = ? WHERE id = ? AND code = ''",
                                   [(codes[r[0]], r[0]) for r in part if r[0] in codes])

        def end(done: int) -> None:
            if pending(store) != state["at"]:  # another process finished (or is finishing) it meanwhile
                raise _Taken
            if done >= len(index):
                store.conn.execute("DELETE FROM meta WHERE key = ?", (META_KEY,))
                # The desk search's typo table follows the index's vocabulary: make it look again.
                store.conn.execute("UPDATE search_state SET changes = changes + 1 WHERE id = 1")
            else:
                state["at"] = {**waiting, "first": index[done - 1][0] + 1}
                store.set_meta(META_KEY, state["at"])

        try:
            short_transactions(store.conn, index, write, end)
        except _Taken:
            return 0
    finally:
        if batch is not None:
            batch.close()
    return len(rows)
