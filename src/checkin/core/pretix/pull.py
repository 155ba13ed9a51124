"""Pull attendees (and check-ins made elsewhere) from pretix into the event's journal.

Attendees arrive as ``attendee_upsert`` records, so every desk gets them by LAN sync or bundle, and only
fields that changed upstream since the last pull are written (a desk's on-site correction survives a pull).
Incremental pulls use ``orders/?modified_since=`` (the positions endpoint ignores that filter).
Check-ins made on other pretix devices become ``checkin`` records with a record id derived from the pretix
check-in id, so two stations pulling the same check-in produce the same record (merged, not doubled).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from .. import ledger
from ..failures import Why
from ..journal import Kind, Record, iso
from ..transactions import write_transaction
from .client import PretixClient, PretixError
from .state import set_status, update_meta

if TYPE_CHECKING:
    from ..store import EventStore

ORDER_STATUS = MappingProxyType({"p": "registered", "n": "invited", "c": "cancelled", "e": "cancelled"})


@dataclass
class PullResult:
    full: bool = False
    orders_seen: int = 0
    attendees_new: int = 0
    attendees_updated: int = 0
    attendees_unchanged: int = 0
    cancelled: int = 0
    checkins_imported: int = 0
    revoked_secrets: int = 0
    list_id: int | None = None
    cursor: str | None = None
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self) -> str:
        return (f"{self.attendees_new} new, {self.attendees_updated} updated, {self.cancelled} cancelled, "
                f"{self.checkins_imported} check-ins from pretix")


def localized(value: Any, languages: list[str]) -> str:
    if isinstance(value, dict):
        for lang in [*languages, "en", "de"]:
            if value.get(lang):
                return str(value[lang])
        return str(next(iter(value.values()), ""))
    return "" if value is None else str(value)


def _fields(order: dict[str, Any], pos: dict[str, Any], items: dict[int, dict[str, Any]],
            languages: list[str]) -> dict[str, Any]:
    parts = pos.get("attendee_name_parts") or {}
    first = parts.get("given_name", "")
    last = parts.get("family_name", "")
    if not (first or last):
        # Other name schemes (full name, latin transcription...): keep the name whole, never split it.
        last = parts.get("full_name") or pos.get("attendee_name") or ""
    item = items.get(int(pos.get("item") or 0), {})
    texts = [t for t in (order.get("checkin_text"), item.get("checkin_text")) if t]
    status = ORDER_STATUS.get(order.get("status", ""), "invited")
    if pos.get("canceled"):
        status = "cancelled"
    invoice = order.get("invoice_address") or {}
    return {
        "external_id": f"{order['code']}-{pos.get('positionid', 1)}",
        "salutation": parts.get("salutation", ""), "title": parts.get("title", ""),
        "first_name": first, "last_name": last,
        "organisation": pos.get("company") or invoice.get("company") or "",
        "email": pos.get("attendee_email") or order.get("email") or "",
        "language": (order.get("locale") or "")[:2],
        "category": localized(item.get("name"), languages),
        "status": status,
        "attention": bool(order.get("checkin_attention") or item.get("checkin_attention")),
        "desk_note": "\n".join(texts),
        "code": pos.get("secret") or "",
    }


class _Appender:
    """Journal records written inside the pull's transaction (seq/lamport allocated like Journal.next_record)."""

    def __init__(self, store: EventStore) -> None:
        self.store = store

    def add(self, kind: str, attendee_id: int, data: dict[str, Any], *, at: datetime | None = None,
            record_id: str | None = None) -> Record | None:
        if record_id is None:
            return ledger.record(self.store, kind, attendee_id, data, at=at, operator="pretix")
        conn = self.store.conn
        station = self.store.station_id
        seq = conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM journal WHERE station_id = ?",
                           (station,)).fetchone()[0]
        lamport = conn.execute("SELECT COALESCE(MAX(lamport), 0) + 1 FROM journal").fetchone()[0]
        rec = Record(record_id, station, "pretix", seq, lamport, iso(at or datetime.now(UTC)), str(kind),
                     attendee_id, data)
        from ..record_signing import sign  # issue 25: every record signed, these too (a desk may relay them)

        rec = sign(conn, rec)
        if not self.store.journal.insert_new([rec]):
            return None
        ledger.apply(self.store, rec)
        return rec


def pull(store: EventStore, client: PretixClient, event: str, *, list_id: int | None = None,
         full: bool = False, point: str = "main") -> PullResult:
    """Fetch everything first, then write in one transaction (a dropped connection changes nothing)."""
    from ..roles import require

    require(store, "import", "a pretix pull")  # before any network traffic
    meta = store.get_meta("pretix") or {}
    same_target = (meta.get("url"), meta.get("organizer"), meta.get("event")) == (
        client.base, client.organizer, event)
    cursor = meta.get("cursor") if same_target and not full else None
    result = PullResult(full=cursor is None)
    languages = list(store.event.languages or ["de", "en"])

    ev = client.event(event)
    items = {int(i["id"]): i for i in client.items(event)}
    lists = client.checkin_lists(event)
    if list_id is None:
        list_id = meta.get("list_id") if same_target else None
    if list_id is None:
        if not lists:
            raise PretixError(f"event {event} has no check-in list; create one in pretix first", Why.PRETIX_NO_LIST)
        list_id = min(int(cl["id"]) for cl in lists)
    chosen = next((cl for cl in lists if int(cl["id"]) == int(list_id)), None)
    if chosen is None:
        raise PretixError(f"check-in list {list_id} does not exist in event {event}", Why.PRETIX_LIST_MISSING,
                          list=list_id, event=event)
    result.list_id = int(list_id)
    limit = None if chosen.get("all_products", True) else {int(i) for i in chosen.get("limit_products") or []}

    orders = list(client.orders(event, modified_since=cursor, include_canceled_positions=True))
    revoked = [r.get("secret") for r in client.revoked_secrets(event)]
    result.orders_seen = len(orders)
    newest = cursor
    for order in orders:
        if order.get("last_modified") and (newest is None or order["last_modified"] > newest):
            newest = order["last_modified"]
    result.cursor = newest

    with write_transaction(store.conn):
        appender = _Appender(store)
        for order in orders:
            for pos in order.get("positions") or []:
                item = items.get(int(pos.get("item") or 0), {})
                if item and not item.get("admission", True):
                    continue  # merchandise, parking...: not a person at the door
                if limit is not None and int(pos.get("item") or 0) not in limit:
                    continue
                _upsert(store, appender, order, pos, _fields(order, pos, items, languages), result)
                _import_checkins(store, appender, client, event, pos, int(list_id), point, result)
        for secret in revoked:
            if secret:
                cur = store.conn.execute("INSERT OR IGNORE INTO pretix_revoked (secret) VALUES (?)", (secret,))
                result.revoked_secrets += cur.rowcount
        update_meta(store, url=client.base, organizer=client.organizer, event=event, list_id=int(list_id),
                    point=point, cursor=newest, valid_keys=ev.get("valid_keys") or {},
                    items={str(k): localized(v.get("name"), languages) for k, v in items.items()},
                    event_name=localized(ev.get("name"), languages), list_name=chosen.get("name", ""))
        set_status(store, "pretix_pull", True, result.summary(), result.to_json())
    return result


def _upsert(store: EventStore, appender: _Appender, order: dict[str, Any], pos: dict[str, Any],
            fields: dict[str, Any], result: PullResult) -> None:
    conn = store.conn
    pid = int(pos["id"])
    row = conn.execute("SELECT attendee_id, fields_json FROM pretix_positions WHERE position_id = ?",
                       (pid,)).fetchone()
    if row is not None:
        attendee_id, before = row[0], json.loads(row[1] or "{}")
        changed = {k: v for k, v in fields.items() if before.get(k) != v}
        if not changed:
            result.attendees_unchanged += 1
            return
        result.attendees_updated += 1
        if changed.get("status") == "cancelled":
            result.cancelled += 1
    else:
        known = conn.execute("SELECT id FROM attendees WHERE code = ? AND code != '' LIMIT 1",
                             (fields["code"],)).fetchone()
        attendee_id = known[0] if known else store.next_attendee_id()
        changed = fields
        result.attendees_new += 1
        if fields["status"] == "cancelled":
            result.cancelled += 1
    appender.add(Kind.ATTENDEE_UPSERT, attendee_id, {"fields": changed, "source": "pretix"})
    conn.execute(
        "INSERT OR REPLACE INTO pretix_positions (position_id, attendee_id, order_code, secret, fields_json) "
        "VALUES (?, ?, ?, ?, ?)",
        (pid, attendee_id, order["code"], fields["code"], json.dumps(fields, ensure_ascii=False, sort_keys=True)),
    )


def _import_checkins(store: EventStore, appender: _Appender, client: PretixClient, event: str,
                     pos: dict[str, Any], list_id: int, point: str, result: PullResult) -> None:
    checkins = [c for c in pos.get("checkins") or []
                if c.get("type", "entry") == "entry" and int(c.get("list") or 0) == list_id]
    if not checkins:
        return
    row = store.conn.execute("SELECT attendee_id FROM pretix_positions WHERE position_id = ?",
                             (int(pos["id"]),)).fetchone()
    if row is None:
        return
    attendee_id = row[0]
    ours = [datetime.fromisoformat(r[0]) for r in store.conn.execute(
        "SELECT wall_time FROM journal WHERE attendee_id = ? AND kind = 'checkin'", (attendee_id,))]
    for c in checkins:
        at = datetime.fromisoformat(str(c["datetime"]).replace("Z", "+00:00"))
        # A check-in we uploaded ourselves comes back with the time we sent: not a new arrival.
        if any(abs((at - mine).total_seconds()) < 1.0 for mine in ours):
            continue
        rid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{client.base}/{client.organizer}/{event}/checkins/{c['id']}"))
        data = {"day": store.local_day(at), "point": point, "source": "pretix",
                "pretix_checkin_id": int(c["id"]), "pretix_list": list_id}
        rec = appender.add(Kind.CHECKIN, attendee_id, data, at=at, record_id=rid)
        if rec is not None:
            result.checkins_imported += 1
            store.conn.execute(
                "INSERT OR IGNORE INTO pretix_uploads (record_id, action, attendee_id, day, point, status, "
                "updated_at) VALUES (?, 'imported', ?, ?, ?, 'imported', ?)",
                (rid, attendee_id, data["day"], point, iso(datetime.now(UTC))),
            )
            ours.append(at)
