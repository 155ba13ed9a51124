"""Which kinds of journal record arrived since a point in the journal (the UI's change notices read this
after a merge from another station or a write by another process)."""

from __future__ import annotations

from typing import Any


def journal_mark(store: Any) -> int:
    """The newest journal row: a point read (rowid is the table's key)."""
    row = store.conn.execute("SELECT MAX(rowid) FROM journal").fetchone()
    return int(row[0] or 0)


def kinds_since(store: Any, mark: int) -> tuple[frozenset[str], int]:
    """The record kinds written after ``mark`` and the new mark."""
    row = store.conn.execute("SELECT MAX(rowid) FROM journal").fetchone()
    newest = int(row[0] or 0)
    if newest <= mark:
        return frozenset(), mark
    kinds = frozenset(r[0] for r in store.conn.execute(
        "SELECT DISTINCT kind FROM journal WHERE rowid > ?", (mark,)))
    return kinds, newest
