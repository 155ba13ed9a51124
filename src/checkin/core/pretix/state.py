"""Connector settings and per-target sync status kept in the event file (meta), shared with the GUI."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..store import EventStore

META_KEY = "pretix"
STATUS_KEY = "sync_status"


@dataclass
class PretixSettings:
    url: str = ""
    organizer: str = ""
    event: str = ""
    list_id: int | None = None
    point: str = "main"  # the check-in point whose arrivals go to the pretix list

    def to_json(self) -> dict[str, Any]:
        return {"url": self.url, "organizer": self.organizer, "event": self.event, "list_id": self.list_id,
                "point": self.point}


@dataclass
class SyncStatus:
    target: str
    at: str | None = None  # UTC ISO
    ok: bool = False
    summary: str = ""
    details: dict[str, Any] = field(default_factory=dict)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def load_settings(store: EventStore) -> PretixSettings:
    raw = store.get_meta(META_KEY) or {}
    return PretixSettings(url=raw.get("url", ""), organizer=raw.get("organizer", ""), event=raw.get("event", ""),
                          list_id=raw.get("list_id"), point=raw.get("point", "main"))


def update_meta(store: EventStore, **values: Any) -> None:
    """Merge values into the connector's meta (keys, items, cursor...) without touching the rest."""
    raw = dict(store.get_meta(META_KEY) or {})
    raw.update(values)
    store.set_meta(META_KEY, raw)


def set_status(store: EventStore, target: str, ok: bool, summary: str, details: dict[str, Any] | None = None) -> None:
    statuses = dict(store.get_meta(STATUS_KEY) or {})
    statuses[target] = {"at": now_iso(), "ok": ok, "summary": summary, "details": details or {}}
    store.set_meta(STATUS_KEY, statuses)


def statuses(store: EventStore) -> dict[str, SyncStatus]:
    out = {}
    for target, raw in (store.get_meta(STATUS_KEY) or {}).items():
        out[target] = SyncStatus(target=target, at=raw.get("at"), ok=bool(raw.get("ok")),
                                 summary=raw.get("summary", ""), details=raw.get("details") or {})
    return out
