"""What each journal kind does to the derived tables, beyond arrivals (handled by the store itself).

Each handler runs inside the transaction that inserted the record and must give the same end state
whatever order records arrive in: whatever sets a value goes through ``core.registers`` (one policy).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .journal import ATTENDEE_FIELD_KINDS, Record
from .registers import apply_attendee_fields

if TYPE_CHECKING:
    from .store import EventStore

Handler = Callable[["EventStore", Record], None]


# Venue edits rank over imported lists (attendee_upsert) in the one register policy: see core/registers.py.
HANDLERS: dict[str, Handler] = {kind.value: apply_attendee_fields for kind in ATTENDEE_FIELD_KINDS}


def _register_codes() -> None:
    # Reissues also maintain the revoked-code set; station certificates make walk-in codes verifiable.
    from . import codes

    HANDLERS["code_reissue"] = codes.apply_code_reissue
    HANDLERS["station_cert"] = codes.apply_station_cert



def _layout(store: EventStore, rec: Record) -> None:
    from .badges.catalog import apply_layout_record  # lazy: badges is a leaf package

    apply_layout_record(store, rec)


HANDLERS["layout"] = _layout


def _register_programme() -> None:
    # Programme changes (moved sessions, meetings) and session door scans: see core/agenda.py, core/doors.py.
    from . import agenda, doors

    HANDLERS.update(agenda.HANDLERS)
    HANDLERS.update(doors.HANDLERS)



def _register_purge() -> None:
    # issue 13: a purge travels to every station and guards against names coming back with later merges.
    from .purge import apply_purge

    HANDLERS["purge"] = apply_purge


def _register_matchmaking() -> None:
    # issue 23: meeting marks, scans at the matchmaking area and rematches (see core/matchmaking/records.py).
    from .matchmaking.records import HANDLERS as MATCHMAKING

    HANDLERS.update(MATCHMAKING)


_REGISTRARS = (_register_codes, _register_programme, _register_purge,
               _register_matchmaking)
_ready: list[bool] = []


def handlers() -> dict[str, Handler]:
    """The full table, completed on first use: feature modules load lazily so `checkin info` starts fast.

    Features add a ``_register_x()`` function above and list it in ``_REGISTRARS`` (never call it at import).
    """
    if not _ready:
        _ready.append(True)
        for register in _REGISTRARS:
            register()
    return HANDLERS
