"""What each journal kind does to the derived tables, beyond arrivals (handled by the store itself).

Each handler runs inside the transaction that inserted the record and must give the same end state
whatever order records arrive in (use ``store.apply_fields_lww`` for attendee fields).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .journal import ATTENDEE_FIELD_KINDS, Record

if TYPE_CHECKING:
    from .store import EventStore

Handler = Callable[["EventStore", Record], None]


def _attendee_fields(store: EventStore, rec: Record) -> None:
    store.apply_fields_lww(rec, dict(rec.data.get("fields") or {}))


HANDLERS: dict[str, Handler] = {kind.value: _attendee_fields for kind in ATTENDEE_FIELD_KINDS}


def _register_codes() -> None:
    # Reissues also maintain the revoked-code set; station certificates make walk-in codes verifiable.
    from . import codes

    HANDLERS["code_reissue"] = codes.apply_code_reissue
    HANDLERS["station_cert"] = codes.apply_station_cert


_register_codes()


def _layout(store: EventStore, rec: Record) -> None:
    from .badges.catalog import apply_layout_record  # lazy: badges is a leaf package

    apply_layout_record(store, rec)


HANDLERS["layout"] = _layout


def _register_programme() -> None:
    # Programme changes (moved sessions, meetings) and session door scans: see core/agenda.py, core/doors.py.
    from . import agenda, doors

    HANDLERS.update(agenda.HANDLERS)
    HANDLERS.update(doors.HANDLERS)


_register_programme()
