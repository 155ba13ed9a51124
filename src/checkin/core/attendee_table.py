"""Reads behind the Attendees table: the sort orders it offers and the first arrival of one page of guests."""

from __future__ import annotations

from collections.abc import Sequence
from types import MappingProxyType
from typing import Any

# column key -> ORDER BY clause over `attendees` (id last: a stable order for equal values)
SORT_ORDERS: MappingProxyType[str, str] = MappingProxyType({
    "name": "sort_key, id",
    "organisation": "organisation COLLATE NOCASE, sort_key, id",
    "country": "country, sort_key, id",
    "category": "category, sort_key, id",
    "status": "status, sort_key, id",
    "arrived": "(SELECT MIN(at) FROM arrivals r WHERE r.attendee_id = attendees.id), id",
})


def sorted_ids(store: Any, column: str, query: str | None = None) -> list[int]:
    """Every attendee id sorted by a table column (``column`` is a key of SORT_ORDERS), filtered by ``query``."""
    return store.attendee_ids(SORT_ORDERS[column], query=query or None)


def first_arrivals_of(store: Any, ids: Sequence[int], point: str = "main") -> dict[int, str]:
    """attendee id -> UTC time of the first arrival at ``point``, for one page of ids (a point read)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return dict(store.conn.execute(
        f"SELECT attendee_id, MIN(at) FROM arrivals WHERE point = ? AND attendee_id IN ({marks}) "
        "GROUP BY attendee_id", (point, *ids)))
