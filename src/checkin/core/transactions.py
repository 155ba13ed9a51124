"""One way to write: ``with write_transaction(conn):`` takes SQLite's write lock, commits, or rolls back.

The connections run in autocommit mode (isolation_level=None), so every writer opens its own transaction.
Inside an already open transaction the block simply joins it: the outer owner commits or rolls back.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager

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
