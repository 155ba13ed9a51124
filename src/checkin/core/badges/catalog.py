"""Which layouts an event can use: shipped ones plus the organiser's own, saved as `layout` journal records.

A `layout` record carries ``{"name": ..., "layout": {...}}`` (or ``"layout": null`` to delete); the special
name ``__default__`` carries the default layout's name. Records apply as one register per name (the policy of
core/registers.py), so desks that merge them in any order agree.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .. import ledger
from ..failures import Why
from ..journal import Kind, Record
from ..registers import held_version, outranks
from .layout import Layout, LayoutError, shipped_layouts

if TYPE_CHECKING:
    from ..store import EventStore

DEFAULT_KEY = "__default__"
FALLBACK_DEFAULT = "a6-portrait"


def apply_layout_record(store: EventStore, rec: Record) -> None:
    """Journal handler for Kind.LAYOUT (listed in core.appliers)."""
    name = str(rec.data.get("name") or "")
    if not name:
        return
    value = rec.data.get("layout")
    if not outranks(rec, held_version(store.conn, "badge_layouts", {"name": name})):
        return
    store.conn.execute(
        "INSERT OR REPLACE INTO badge_layouts (name, layout, lamport, station_id, record_id) VALUES (?, ?, ?, ?, ?)",
        (name, None if value is None else json.dumps(value, ensure_ascii=False), rec.lamport, rec.station_id,
         rec.record_id),
    )


def event_layouts(store: EventStore) -> dict[str, Layout]:
    out: dict[str, Layout] = {}
    rows = store.conn.execute(
        "SELECT name, layout FROM badge_layouts WHERE layout IS NOT NULL AND name != ? ORDER BY name", (DEFAULT_KEY,))
    for name, text in rows:
        try:
            out[name] = Layout.from_json(json.loads(text), source="event")
        except (LayoutError, json.JSONDecodeError):
            continue  # a broken saved layout must not stop the desk printing with the others
    return out


def all_layouts(store: EventStore | None = None) -> dict[str, Layout]:
    layouts = shipped_layouts()
    if store is not None:
        layouts.update(event_layouts(store))
    return layouts


def default_layout_name(store: EventStore | None) -> str:
    if store is not None:
        row = store.conn.execute("SELECT layout FROM badge_layouts WHERE name = ?", (DEFAULT_KEY,)).fetchone()
        if row and row[0]:
            return str(json.loads(row[0]))
    return FALLBACK_DEFAULT


def get_layout(store: EventStore | None, name: str | None = None) -> Layout:
    name = name or default_layout_name(store)
    layouts = all_layouts(store)
    if name not in layouts:
        raise LayoutError(f"no layout named {name!r} (see 'checkin layouts')", Why.LAYOUT_UNKNOWN, name=name)
    return layouts[name]


def save_layout(store: EventStore, layout: Layout, *, operator: str | None = None) -> Record:
    """Save (or replace) an organiser's layout in the event; it travels to the desks with the journal."""
    data: dict[str, Any] = layout.to_json()
    Layout.from_json(data)  # refuse to store what cannot be loaded back
    return ledger.record(store, Kind.LAYOUT, None, {"name": layout.name, "layout": data}, operator=operator)


def delete_layout(store: EventStore, name: str) -> Record:
    return ledger.record(store, Kind.LAYOUT, None, {"name": name, "layout": None})


def set_default_layout(store: EventStore, name: str) -> Record:
    get_layout(store, name)
    return ledger.record(store, Kind.LAYOUT, None, {"name": DEFAULT_KEY, "layout": name})
