"""Issue 21: one register policy for every kind that sets fields (see core/registers.py).

Before it, a ``code_reissue`` applied last-writer-wins by (lamport, station) while every other attendee-field
kind ranked venue edits over imports, so a file that learnt of a reissue after a newer re-import kept the
import's code. The schema is unchanged; the field registers of attendees with a reissue are settled again
from their journal records, so this file agrees with every station that applies the one policy.
"""

import sqlite3

VERSION = 180


def apply(conn: sqlite3.Connection) -> None:
    attendees = [r[0] for r in conn.execute(
        "SELECT DISTINCT attendee_id FROM journal WHERE kind = 'code_reissue' AND attendee_id IS NOT NULL")]
    if not attendees:
        return
    # Imported here: only files with reissues need them (they sit below the store, as this package does).
    from ..attendee_rows import set_attendee_fields
    from ..journal import ATTENDEE_FIELD_KINDS, COLUMNS, Record
    from ..registers import settle

    kinds = sorted(k.value for k in ATTENDEE_FIELD_KINDS)
    for attendee_id in attendees:
        for row in conn.execute(
                f"SELECT {COLUMNS} FROM journal WHERE attendee_id = ? AND kind IN ({','.join('?' * len(kinds))})",
                (attendee_id, *kinds)).fetchall():
            rec = Record.from_row(row)  # as registers.apply_attendee_fields: a register only moves up
            fields = dict(rec.data.get("fields") or {})
            winners = settle(conn, "field_versions", {"attendee_id": attendee_id}, rec, fields) if fields else {}
            if winners:
                set_attendee_fields(conn, attendee_id, winners)
