"""One way to write: ``with write_transaction(conn):`` takes SQLite's write lock, commits, or rolls back.

The connections run in autocommit mode (isolation_level=None), so every writer opens its own transaction.
Inside an already open transaction the block simply joins it: the outer owner commits or rolls back.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")

POLL = 0.001  # seconds between attempts at the write lock


def begin_immediate(conn: sqlite3.Connection) -> None:
    """``BEGIN IMMEDIATE``, waiting for the write lock by polling every millisecond (issue 24).

    SQLite's own busy handler backs off to 100 ms between attempts, so a scan waiting behind an import that
    commits in short transactions kept missing the gaps between them and waited seconds. Polling at 1 ms takes
    the next gap; the connection's busy timeout still bounds the wait.
    """
    timeout = conn.execute("PRAGMA busy_timeout").fetchone()[0] / 1000.0
    conn.execute("PRAGMA busy_timeout = 0")  # the first attempt too: SQLite's handler would sleep in it
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except conn.OperationalError as exc:  # sqlite3 or SQLCipher, whichever module made the connection
                if ("locked" not in str(exc) and "busy" not in str(exc)) or time.monotonic() >= deadline:
                    raise
            time.sleep(POLL)
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")


@contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    if conn.in_transaction:
        yield conn
        return
    begin_immediate(conn)  # the write lock first: seq, lamport and new ids are allocated under it
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def short_transactions(conn: sqlite3.Connection, items: Sequence[T], write: Callable[[Sequence[T]], None],
                       end: Callable[[int], None], *, budget: float = 0.02, step: int = 100,
                       pause: float = 0.002) -> None:
    """Bulk work in transactions of about ``budget`` seconds each, with a ``pause`` between them in which a
    waiting writer (a desk's scan) takes the lock (issue 24).

    ``write(part)`` writes ``step`` items at a time; ``end(n)`` runs inside each transaction just before its
    commit, with the number of items written so far (record progress there, so a cut-short run resumes). The
    transactions commit with ``synchronous = NORMAL`` (no fsync each): a power cut can only lose a tail of
    them, progress and work together, and the next FULL commit on the file makes them durable.
    """
    sync = conn.execute("PRAGMA synchronous").fetchone()[0]
    conn.execute("PRAGMA synchronous = NORMAL")
    try:
        done = 0
        while done < len(items) or not done:
            with write_transaction(conn):
                started = time.perf_counter()
                while done < len(items) and time.perf_counter() - started < budget:
                    write(items[done:done + step])
                    done += len(items[done:done + step])
                end(done)
            if done >= len(items):
                break
            time.sleep(pause)
    finally:
        conn.execute(f"PRAGMA synchronous = {int(sync)}")
