"""Change notices: what changed in the event, so each screen refreshes only on what concerns it.

Write operations say what they change (``EventOp(..., changes=Change.ARRIVALS)``); records merged from other
stations or written by another process are read back from the journal and mapped to the same flags
(``changes_for_kinds``). Screens subscribe with ``ctx.subscribe(Change.X | Change.Y, slot)``.
Qt-free on purpose: tests and the mapping need no widgets.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass


class Change(enum.Flag):
    ATTENDEES = enum.auto()  # people added, corrected, substituted, imported, codes reissued, handouts
    ARRIVALS = enum.auto()  # check-ins, undos, paper backfill, acknowledged notices
    PROGRAMME = enum.auto()  # sessions, rooms, door scans
    BADGES = enum.auto()  # layouts, prints, badges handed out
    MATCHMAKING = enum.auto()  # meetings, marks, rematches
    STATIONS = enum.auto()  # peers, certificates, trust
    SETTINGS = enum.auto()  # desk settings, PINs, roles, connector settings (kept outside the journal)
    SYNC_BACK = enum.auto()  # pretix upload states
    ALL = ATTENDEES | ARRIVALS | PROGRAMME | BADGES | MATCHMAKING | STATIONS | SETTINGS | SYNC_BACK


# What another connection may change without writing a journal record (the sync service's peer table, a
# command-line settings change, pretix upload states): attendees, arrivals, programme, badges and meetings
# only change through journal records.
OUTSIDE_JOURNAL = Change.STATIONS | Change.SETTINGS | Change.SYNC_BACK

# journal record kind -> what it changes (checkin.core.journal.Kind values)
KIND_CHANGES: dict[str, Change] = {
    "checkin": Change.ARRIVALS,
    "undo": Change.ARRIVALS,
    "attention_ack": Change.ARRIVALS,
    "walkin": Change.ATTENDEES,
    "correction": Change.ATTENDEES,
    "substitution": Change.ATTENDEES,
    "companion": Change.ATTENDEES,
    "attendee_upsert": Change.ATTENDEES,
    "code_reissue": Change.ATTENDEES,
    "handout": Change.ATTENDEES,
    "purge": Change.ATTENDEES | Change.ARRIVALS | Change.BADGES,
    "badge_print": Change.BADGES,
    "badge_collected": Change.BADGES,
    "layout": Change.BADGES,
    "session_entry": Change.PROGRAMME,
    "session_exit": Change.PROGRAMME,
    "session_upsert": Change.PROGRAMME,
    "meeting_upsert": Change.MATCHMAKING,
    "meeting_mark": Change.MATCHMAKING,
    "meeting_scan": Change.MATCHMAKING,
    "meeting_rematch": Change.MATCHMAKING,
    "station_cert": Change.STATIONS,
    "station_revoke": Change.STATIONS | Change.ARRIVALS,  # its later check-ins stop counting
}


@dataclass(frozen=True)
class ChangeNotice:
    what: Change
    origin: str = "here"  # here (an operation on this window), merge (another station), outside (another process)

    def concerns(self, kinds: Change) -> bool:
        return bool(self.what & kinds)


def changes_for_kinds(kinds: Iterable[str]) -> Change:
    """The flags for a set of journal record kinds; a kind this version does not know changes everything."""
    found = Change(0)
    for kind in kinds:
        found |= KIND_CHANGES.get(kind, Change.ALL)
    return found
