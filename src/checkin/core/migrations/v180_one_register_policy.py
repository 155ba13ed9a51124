"""Issue 21: one register policy for every kind that sets fields (see core/registers.py).

Before it, a ``code_reissue`` applied last-writer-wins by (lamport, station) while every other attendee-field
kind ranked venue edits over imports, so a file that learnt of a reissue after a newer re-import kept the
import's code. The schema is unchanged; the field registers of attendees with a reissue are settled again
from their journal records, so this file agrees with every station that applies the one policy.
"""

import sqlite3
from pathlib import Path

VERSION = 180


def apply(conn: sqlite3.Connection) -> None:
    attendees = [r[0] for r in conn.execute(
        "SELECT DISTINCT attendee_id FROM journal WHERE kind = 'code_reissue' AND attendee_id IS NOT NULL")]
    if not attendees:
        return
    # Imported here: the store imports this package, and only files with reissues need the appliers.
    from ..journal import ATTENDEE_FIELD_KINDS, COLUMNS, Record
    from ..registers import apply_attendee_fields
    from ..store import EventStore

    store = EventStore(conn, Path(conn.execute("PRAGMA database_list").fetchone()[2] or ":memory:"))
    kinds = sorted(k.value for k in ATTENDEE_FIELD_KINDS)
    for attendee_id in attendees:
        for row in conn.execute(
                f"SELECT {COLUMNS} FROM journal WHERE attendee_id = ? AND kind IN ({','.join('?' * len(kinds))})",
                (attendee_id, *kinds)).fetchall():
            apply_attendee_fields(store, Record.from_row(row))  # a register only moves up: the winner stays
