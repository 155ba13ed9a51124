"""Venue before office: a re-imported list (``attendee_upsert``) never overrides a field changed at the venue
(correction, walk-in, substitution, reissued code ...), whatever the clocks say.

The ranking itself is the one register policy of every kind that sets fields: see core/registers.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..journal import Record
from ..registers import IMPORT_KINDS, apply_attendee_fields

if TYPE_CHECKING:
    from ..store import EventStore

ORGANISER_KINDS = IMPORT_KINDS


def apply_fields_ranked(store: EventStore, rec: Record) -> None:
    apply_attendee_fields(store, rec)
