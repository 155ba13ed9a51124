"""Push arrivals (and undos) made at the venue to pretix.

Each arrival not yet uploaded is redeemed with ``force: true``, the desk's original time, and the journal
record's UUID as ``nonce``: a retry after a dropped answer never makes a second check-in. Answers are judged
by the JSON body; a reject (unknown or revoked ticket...) is recorded and reported, never retried; only
transport failures (no answer, 5xx) are retried on the next push. Undos are annulled within pretix's 15 minutes
and reported otherwise. Walk-ins without a pretix ticket are listed, not invented upstream.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from ..failures import Why
from ..journal import Kind, Record, iso
from .client import Answer, PretixClient, PretixError, describe_failure, pretix_failure
from .state import load_settings, set_status

if TYPE_CHECKING:
    from ..store import EventStore

ANNUL_WINDOW = timedelta(minutes=15)


@dataclass
class PushResult:
    uploaded: int = 0
    already_uploaded: int = 0
    annulled: int = 0
    rejected: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    annul_too_late: list[dict[str, Any]] = field(default_factory=list)
    walkins_without_ticket: list[dict[str, Any]] = field(default_factory=list)
    waiting: int = 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self) -> str:
        text = f"{self.uploaded} sent, {len(self.rejected)} rejected"
        if self.errors:
            text += f", {len(self.errors)} failed (will retry)"
        if self.annulled or self.annul_too_late:
            text += f", {self.annulled} undone, {len(self.annul_too_late)} undo too late"
        return text


def _now() -> str:
    return iso(datetime.now(UTC))


def _name(store: EventStore, attendee_id: int | None) -> str:
    a = store.attendee(attendee_id) if attendee_id is not None else None
    return a.display_name if a else ""


def pending_arrivals(store: EventStore, point: str = "main") -> list[tuple[str, int, str, str, str]]:
    """(record_id, attendee_id, day, at, secret) of arrivals with a pretix ticket still to upload.

    A guest counts as a pretix guest if this copy pulled them, if a pulled ``attendee_upsert`` reached it by
    sync, or if the desk admitted them on a verified signed ticket. One check-in per guest, day and point: a day already uploaded (or seen in pretix) is not sent again even
    if a merge later finds an earlier arrival at another desk.
    """
    sql = """
        SELECT a.record_id, a.attendee_id, a.day, a.at, COALESCE(p.secret, t.code)
        FROM arrivals a
        JOIN attendees t ON t.id = a.attendee_id
        LEFT JOIN pretix_positions p ON p.attendee_id = a.attendee_id
        WHERE a.point = ?
          AND (p.secret IS NOT NULL OR (t.code != '' AND (json_extract(t.extra, '$._pretix') IS NOT NULL
               OR EXISTS (SELECT 1 FROM journal j WHERE j.attendee_id = a.attendee_id
                          AND j.kind = 'attendee_upsert' AND json_extract(j.data, '$.source') = 'pretix'))))
          AND NOT EXISTS (SELECT 1 FROM journal j WHERE j.record_id = a.record_id
                          AND json_extract(j.data, '$.source') = 'pretix')
          AND NOT EXISTS (SELECT 1 FROM pretix_uploads u WHERE u.record_id = a.record_id
                          AND u.status IN ('ok', 'rejected', 'imported'))
          AND NOT EXISTS (SELECT 1 FROM pretix_uploads u WHERE u.attendee_id = a.attendee_id AND u.day = a.day
                          AND u.point = a.point AND u.status IN ('ok', 'imported'))
        GROUP BY a.record_id
        ORDER BY a.at
    """
    return [tuple(r) for r in store.conn.execute(sql, (point,))]


def pending_undos(store: EventStore) -> list[tuple[Record, Record]]:
    """(undo, undone checkin) pairs whose check-in is in pretix and whose undo was not handled yet."""
    out = []
    for undo in store.journal.records(kind=Kind.UNDO):
        target_id = str(undo.data.get("undoes", ""))
        row = store.conn.execute(
            "SELECT 1 FROM pretix_uploads WHERE record_id = ? AND action = 'redeem' AND status = 'ok'",
            (target_id,)).fetchone()
        if row is None:
            continue
        done = store.conn.execute("SELECT status FROM pretix_uploads WHERE record_id = ?",
                                  (undo.record_id,)).fetchone()
        if done is not None and done[0] != "error":
            continue
        target = store.journal.get(target_id)
        if target is not None:
            out.append((undo, target))
    return out


def walkins_without_ticket(store: EventStore, point: str = "main") -> list[dict[str, Any]]:
    tz = store.tz
    rows = store.conn.execute("""
        SELECT a.attendee_id, MIN(a.at) FROM arrivals a
        JOIN attendees t ON t.id = a.attendee_id
        WHERE a.point = ? AND NOT EXISTS (SELECT 1 FROM pretix_positions p WHERE p.attendee_id = a.attendee_id)
          AND json_extract(t.extra, '$._pretix') IS NULL
          -- a desk that got the pretix guests by LAN sync or bundle has no position table, only the records
          AND NOT EXISTS (SELECT 1 FROM journal j WHERE j.attendee_id = a.attendee_id
                          AND j.kind = 'attendee_upsert' AND json_extract(j.data, '$.source') = 'pretix')
        GROUP BY a.attendee_id ORDER BY MIN(a.at)""", (point,)).fetchall()
    people = {a.id: a for a in store.attendees_by_ids([r[0] for r in rows])}
    out = []
    for aid, at in rows:
        a = people.get(aid)
        out.append({
            "id": aid, "name": a.display_name if a else "", "organisation": a.organisation if a else "",
            "email": a.email if a else "", "walk_in": bool(a and a.walk_in),
            "arrived_at": datetime.fromisoformat(at).astimezone(tz).isoformat(timespec="seconds"),
        })
    return out


def waiting_count(store: EventStore) -> int:
    """How many uploads are still to be sent (for the GUI): arrivals plus undos."""
    try:
        point = load_settings(store).point
        return len(pending_arrivals(store, point)) + len(pending_undos(store))
    except Exception:  # noqa: BLE001 - an event without the pretix tables yet has nothing waiting
        return 0


def _mark(store: EventStore, record_id: str, action: str, status: str, reason: str = "",
          attendee_id: int | None = None, day: str = "", point: str = "") -> None:
    store.conn.execute("""
        INSERT INTO pretix_uploads (record_id, action, attendee_id, day, point, status, reason, attempts, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)
        ON CONFLICT(record_id) DO UPDATE SET status = excluded.status, reason = excluded.reason,
            attempts = pretix_uploads.attempts + 1, updated_at = excluded.updated_at""",
        (record_id, action, attendee_id, day, point, status, reason, _now()))


def _judge(answer: Answer) -> tuple[str, str]:
    """('ok' | 'rejected' | 'error' | 'fatal', reason) from pretix's answer body, not its HTTP code."""
    body = answer.body if isinstance(answer.body, dict) else {}
    if not answer.reached or answer.status >= 500 or answer.status == 429:
        return "error", describe_failure(answer, "check-in")
    status = body.get("status")
    if status == "ok":
        return "ok", ""
    if status in ("error", "incomplete"):
        reason = str(body.get("reason") or status)
        explanation = body.get("reason_explanation")
        return "rejected", f"{reason}: {explanation}" if explanation else reason
    if answer.status in (401, 403):
        return "fatal", describe_failure(answer, "check-in")
    if answer.status == 400 and ("lists" in body or "non_field_errors" in body):
        return "fatal", f"pretix refused the request: {body}"
    return "rejected", f"unexpected answer {answer.status}: {str(body)[:200]}"


def push(store: EventStore, client: PretixClient, *, list_id: int | None = None,
         point: str | None = None) -> PushResult:
    from ..roles import require

    require(store, "export", "a pretix push")
    settings = load_settings(store)
    list_id = list_id or settings.list_id
    point = point or settings.point or "main"
    if list_id is None:
        raise PretixError("no check-in list known: run 'checkin pretix pull' first or give --list", Why.PRETIX_NO_LIST)
    result = PushResult()
    result.already_uploaded = store.conn.execute(
        "SELECT COUNT(*) FROM pretix_uploads WHERE action = 'redeem' AND status = 'ok'").fetchone()[0]

    for record_id, attendee_id, day, at, secret in pending_arrivals(store, point):
        answer = client.redeem({
            "secret": secret, "lists": [int(list_id)], "type": "entry", "force": True, "datetime": at,
            "nonce": record_id, "source_type": "barcode", "questions_supported": False, "ignore_unpaid": True,
        })
        verdict, reason = _judge(answer)
        if verdict == "fatal":
            failure = pretix_failure(answer, "check-in") if answer.status in (401, 403) else PretixError(
                reason, Why.PRETIX_FAILED, status=answer.status, detail=str(answer.body)[:200])
            set_status(store, "pretix_push", False, reason, {"why": failure.why, "params": failure.params})
            raise failure
        _mark(store, record_id, "redeem", verdict, reason, attendee_id, day, point)
        entry = {"attendee_id": attendee_id, "name": _name(store, attendee_id), "day": day, "reason": reason}
        if verdict == "ok":
            result.uploaded += 1
        elif verdict == "rejected":
            result.rejected.append(entry)
        else:
            result.errors.append(entry)

    for undo, target in pending_undos(store):
        late = (datetime.fromisoformat(undo.wall_time) - datetime.fromisoformat(target.wall_time)) > ANNUL_WINDOW
        entry = {"attendee_id": target.attendee_id, "name": _name(store, target.attendee_id),
                 "checked_in_at": target.wall_time, "undone_at": undo.wall_time}
        if late:
            # pretix refuses annulments more than 15 minutes after the check-in: tell the organiser instead.
            _mark(store, undo.record_id, "annul", "too_late", "more than 15 minutes after the check-in",
                  target.attendee_id)
            result.annul_too_late.append(entry)
            continue
        answer = client.annul({"nonce": target.record_id, "lists": [int(list_id)], "datetime": undo.wall_time})
        body = answer.body if isinstance(answer.body, dict) else {}
        if answer.reached and answer.status < 500 and body.get("status") == "ok":
            _mark(store, undo.record_id, "annul", "ok", "", target.attendee_id)
            store.conn.execute("UPDATE pretix_uploads SET status = 'annulled' WHERE record_id = ?",
                               (target.record_id,))
            result.annulled += 1
        elif not answer.reached or answer.status >= 500:
            _mark(store, undo.record_id, "annul", "error", describe_failure(answer, "annul"), target.attendee_id)
            result.errors.append({**entry, "reason": describe_failure(answer, "annul")})
        else:
            reason = str(body.get("non_field_errors") or body.get("detail") or body)[:200]
            _mark(store, undo.record_id, "annul", "rejected", reason, target.attendee_id)
            result.rejected.append({**entry, "reason": reason})

    result.walkins_without_ticket = walkins_without_ticket(store, point)
    result.waiting = len(pending_arrivals(store, point))
    set_status(store, "pretix_push", not result.errors, result.summary(), {
        "uploaded": result.uploaded, "rejected": len(result.rejected), "errors": len(result.errors),
        "walkins_without_ticket": len(result.walkins_without_ticket)})
    return result
