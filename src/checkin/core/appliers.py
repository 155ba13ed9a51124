"""What each journal kind does to the derived tables: one literal table, kind -> projection.

A projection ``(store, record) -> None`` runs inside the transaction that inserted the record and gives the
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

_FIELDS = ".registers:apply_attendee_fields"  # venue edits over imported lists, then (lamport, station, id)

PROJECTIONS: Final[Mapping[str, str | None]] = MappingProxyType({
    Kind.CHECKIN: None,  # arrivals: EventStore.apply folds them
    Kind.UNDO: None,
    Kind.WALKIN: ".waiting_participants:apply_person_record",  # fields, and meetings that already name them
    Kind.CORRECTION: _FIELDS,
    Kind.SUBSTITUTION: _FIELDS,
    Kind.COMPANION: ".waiting_participants:apply_person_record",
    Kind.ATTENDEE_UPSERT: _FIELDS,
    Kind.CODE_REISSUE: ".codes:apply_code_reissue",  # the code's register, and the revoked-code set
    Kind.BADGE_PRINT: None,  # read from the journal where shown (desk history, reports)
    Kind.BADGE_COLLECTED: None,
    Kind.HANDOUT: None,
    Kind.ATTENTION_ACK: None,
    Kind.SESSION_ENTRY: ".doors:apply_door_record",
    Kind.SESSION_EXIT: ".doors:apply_door_record",
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
