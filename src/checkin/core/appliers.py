"""What each journal kind does to the derived tables: one literal table, kind -> projection.

``core.ledger`` runs a record's projection ``(store, record) -> None`` inside the transaction that inserted the
record (the store and the journal below never call up here); each projection gives the
same end state whatever order records arrive in: whatever sets a value goes through ``core.registers`` (one
policy). Arrivals (check-in, undo) are folded by the store itself. Projections are named, not imported, so
`checkin info` starts fast and nothing is filled in at run time: a projection's module is imported the first
time a record of its kind is applied. A new kind gets a line here (a test checks every kind has one).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from .journal import Kind, Record

if TYPE_CHECKING:
    from .store import EventStore

Handler = Callable[["EventStore", Record], None]

# Venue edits over imported lists, then (lamport, station, id); a guest who is new to this station also takes
# the seat a meeting this station heard of first keeps waiting for them (whichever kind created the guest).
_FIELDS = ".waiting_participants:apply_person_record"

PROJECTIONS: Final[Mapping[str, str | None]] = MappingProxyType({
    Kind.CHECKIN: None,  # arrivals: ledger.apply has the store fold them
    Kind.UNDO: None,
    Kind.WALKIN: _FIELDS,
    Kind.CORRECTION: _FIELDS,
    Kind.SUBSTITUTION: _FIELDS,
    Kind.COMPANION: _FIELDS,
    Kind.ATTENDEE_UPSERT: _FIELDS,
    Kind.CODE_REISSUE: ".codes:apply_code_reissue",  # the code's register, and the revoked-code set
    Kind.BADGE_PRINT: None,  # read from the journal where shown (desk history, reports)
    Kind.BADGE_COLLECTED: None,
    Kind.HANDOUT: None,
    Kind.ATTENTION_ACK: None,
    Kind.SESSION_ENTRY: ".door_presence:apply_door_record",
    Kind.SESSION_EXIT: ".door_presence:apply_door_record",
    Kind.SESSION_UPSERT: ".agenda:apply_session_upsert",
    Kind.MEETING_UPSERT: ".agenda:apply_meeting_upsert",
    Kind.LAYOUT: ".badges.catalog:apply_layout_record",
    Kind.PURGE: ".purge:apply_purge",  # issue 13: travels to every station, guards against names coming back
    Kind.STATION_CERT: ".codes:apply_station_cert",  # makes walk-in codes of certified desks verifiable
    Kind.STATION_REVOKE: ".codes:apply_station_revoke",  # issue 25: a lost laptop's key signs nothing more
    Kind.MEETING_MARK: ".matchmaking.records:apply_mark",  # issue 23, matchmaking on the day
    Kind.MEETING_SCAN: ".matchmaking.records:apply_scan",
    Kind.MEETING_REMATCH: ".matchmaking.records:apply_rematch",
})


def projection(kind: str) -> Handler | None:
    """The projection of ``kind`` (None: it changes no derived table, or a newer version's kind)."""
    target = PROJECTIONS.get(kind)
    if target is None:
        return None
    module, _, name = target.partition(":")
    loaded = sys.modules.get(f"{__package__}{module}") or importlib.import_module(module, __package__)
    handler: Handler = getattr(loaded, name)  # a merge applies thousands: sys.modules first, it is cheaper
    return handler
