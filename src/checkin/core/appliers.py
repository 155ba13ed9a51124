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



def _layout(store: EventStore, rec: Record) -> None:
    from .badges.catalog import apply_layout_record  # lazy: badges is a leaf package

    apply_layout_record(store, rec)


HANDLERS["layout"] = _layout


def _register_programme() -> None:
    # Programme changes (moved sessions, meetings) and session door scans: see core/agenda.py, core/doors.py.
    from . import agenda, doors

    HANDLERS.update(agenda.HANDLERS)
    HANDLERS.update(doors.HANDLERS)



def _register_import_precedence() -> None:
    # A re-imported list (attendee_upsert) never overrides a venue change: see core/importing/precedence.py.
    from .importing.precedence import apply_fields_ranked

    for kind, handler in list(HANDLERS.items()):
        if handler is _attendee_fields:
            HANDLERS[kind] = apply_fields_ranked



def _register_purge() -> None:
    # issue 13: a purge travels to every station and guards against names coming back with later merges.
    from .purge import apply_purge

    HANDLERS["purge"] = apply_purge


def _register_matchmaking() -> None:
    # issue 23: meeting marks, scans at the matchmaking area and rematches (see core/matchmaking/records.py).
    from .matchmaking.records import HANDLERS as MATCHMAKING

    HANDLERS.update(MATCHMAKING)


_REGISTRARS = (_register_codes, _register_programme, _register_import_precedence, _register_purge,
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
