"""One way to write: ``with write_transaction(conn):`` takes SQLite's write lock, commits, or rolls back.

The connections run in autocommit mode (isolation_level=None), so every writer opens its own transaction.
Inside an already open transaction the block simply joins it: the outer owner commits or rolls back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN IMMEDIATE")  # the write lock first: seq, lamport and new ids are allocated under it
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
