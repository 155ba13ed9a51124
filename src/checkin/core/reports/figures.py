"""The event's figures, computed from the attendee list, the derived arrivals and the journal.

One function, one plain dict: the dashboard, the PDF report, the XLSX export and `checkin report --json` all
show these same numbers, so they can never disagree.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from ..journal import Kind
from ..store import EventStore

BUCKET_MINUTES = 15
MAIN = "main"


@dataclass(frozen=True, slots=True)
class Person:
    """The few attendee columns the figures need (read in one query, cheap for 50,000 rows)."""

    id: int
    category: str
    country: str
    organisation_type: str
    status: str
    walk_in: bool
    replaces: int | None
    on_site_companion: bool = False

    @property
    def role(self) -> str:
        """expected, walk_in, substitute, companion (added at the desk) or cancelled.

        Only invited or registered guests who did not cancel are *expected*: people the desk added (walk-ins,
        substitutes, companions) are counted when they arrive, never in the denominator of the show-up rate.
        """
        if self.walk_in:
            return "walk_in"
        if self.replaces is not None:
            return "substitute"
        if self.on_site_companion:
            return "companion"
        return "cancelled" if self.status == "cancelled" else "expected"


def _people(store: EventStore) -> dict[int, Person]:
    # Companions registered at a desk have a companion record; imported companions were invited like anyone.
    on_site = {r[0] for r in store.conn.execute(
        "SELECT DISTINCT attendee_id FROM journal WHERE kind = ? AND attendee_id IS NOT NULL",
        (Kind.COMPANION.value,))}
    rows = store.conn.execute(
        "SELECT id, category, country, organisation_type, status, walk_in, replaces FROM attendees")
    return {r[0]: Person(r[0], r[1] or "", r[2] or "", r[3] or "", r[4] or "", bool(r[5]), r[6], r[0] in on_site)
            for r in rows}


def show_up_rate(expected: int, no_shows: int) -> float | None:
    """Share of the expected guests who came in person or sent a substitute (None: nobody expected)."""
    return round((expected - no_shows) / expected, 4) if expected else None


def arrivals_by_attendee(store: EventStore, point: str = MAIN) -> dict[int, list[tuple[str, str]]]:
    """attendee id -> [(day, first arrival UTC), ...] at ``point``, days ascending."""
    out: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for aid, day, at in store.conn.execute(
            "SELECT attendee_id, day, at FROM arrivals WHERE point = ? ORDER BY day", (point,)):
        out[aid].append((day, at))
    return out


def _split(people: dict[int, Person], arrived: set[int], substituted: set[int],
           key: str) -> dict[str, dict[str, int]]:
    """Per value of one attendee column ("" shown as "unknown"): columns that add up.

    expected = from_list + no_shows (an expected guest who came in person or sent a substitute is "from the
    list"); admitted = from_list + others (walk-ins, companions, cancelled but admitted, in their own group).
    ``arrived`` (everyone in the group who came) and ``walk_ins`` (registered as walk-ins) are kept as before.
    """
    table: dict[str, dict[str, int]] = {}
    for p in people.values():
        value = getattr(p, key) or "unknown"
        row = table.setdefault(value, {"expected": 0, "arrived": 0, "no_shows": 0, "walk_ins": 0, "from_list": 0,
                                       "others": 0, "admitted": 0})
        role = p.role
        came = p.id in arrived
        if role == "expected":
            row["expected"] += 1
            if came or p.id in substituted:
                row["from_list"] += 1
                row["admitted"] += 1
            else:
                row["no_shows"] += 1
        elif role == "walk_in":
            row["walk_ins"] += 1
        if came:
            row["arrived"] += 1
            # A substitute fills the place of the guest counted "from the list" in that guest's group.
            fills_place = role == "substitute" and p.replaces in substituted
            if role != "expected" and not fills_place:
                row["others"] += 1
                row["admitted"] += 1
    # Largest groups first: the order a reader of the report expects.
    return dict(sorted(((k, v) for k, v in table.items() if v["expected"] or v["arrived"] or v["walk_ins"]),
                       key=lambda kv: (-kv[1]["expected"], -kv[1]["arrived"], kv[0])))


def _local(utc_text: str, store: EventStore) -> datetime:
    return datetime.fromisoformat(utc_text).astimezone(store.tz)


def arrival_curve(store: EventStore, point: str = MAIN) -> dict[str, list[dict[str, Any]]]:
    """Arrivals per 15 minutes of venue local time, per event day, with empty buckets filled in."""
    per_day: dict[str, Counter[datetime]] = defaultdict(Counter)
    for day, at in store.conn.execute("SELECT day, at FROM arrivals WHERE point = ?", (point,)):
        local = _local(at, store)
        bucket = local.replace(minute=local.minute - local.minute % BUCKET_MINUTES, second=0, microsecond=0)
        per_day[day][bucket] += 1
    out: dict[str, list[dict[str, Any]]] = {}
    for day in sorted(per_day):
        counts = per_day[day]
        first, last = min(counts), max(counts)
        rows, t, cumulative = [], first, 0
        while t <= last:
            cumulative += counts.get(t, 0)
            rows.append({"start": t.strftime("%H:%M"), "count": counts.get(t, 0), "cumulative": cumulative})
            t += timedelta(minutes=BUCKET_MINUTES)
        out[day] = rows
    return out


def desk_throughput(store: EventStore, point: str = MAIN, now: datetime | None = None) -> dict[str, dict[str, Any]]:
    """Per station: admissions (non-undone check-ins), active span, average and peak guests per minute."""
    undone = {r[0] for r in store.conn.execute(
        "SELECT json_extract(data, '$.undoes') FROM journal WHERE kind = ?", (Kind.UNDO.value,))}
    per_station: dict[str, list[datetime]] = defaultdict(list)
    for rid, station, wall in store.conn.execute(
            "SELECT record_id, station_id, wall_time FROM journal WHERE kind = ? "
            "AND COALESCE(json_extract(data, '$.point'), 'main') = ?", (Kind.CHECKIN.value, point)):
        if rid not in undone:
            per_station[station].append(datetime.fromisoformat(wall).astimezone(UTC))
    now = now or datetime.now(UTC)
    out: dict[str, dict[str, Any]] = {}
    for station in sorted(per_station):
        times = sorted(per_station[station])
        buckets = Counter(int(t.timestamp()) // (BUCKET_MINUTES * 60) for t in times)
        peak = max(buckets.values())
        recent = sum(1 for t in times if now - timedelta(minutes=BUCKET_MINUTES) <= t <= now)
        # Average over the 15-minute windows in which the desk admitted anyone: idle lunch hours
        # would otherwise hide how fast the desk really works.
        busy_minutes = len(buckets) * BUCKET_MINUTES
        out[station] = {
            "admissions": len(times),
            "first": times[0].astimezone(store.tz).isoformat(timespec="seconds"),
            "last": times[-1].astimezone(store.tz).isoformat(timespec="seconds"),
            "per_minute_busy": round(len(times) / busy_minutes, 2),
            "per_minute_peak": round(peak / BUCKET_MINUTES, 2),
            "per_minute_last_15": round(recent / BUCKET_MINUTES, 2),
        }
    return out


def session_occupancy(store: EventStore, lang: str = "en", now: datetime | None = None) -> list[dict[str, Any]]:
    """Per session: distinct guests who entered (door scans), present now, registered, capacity.

    Present follows the doors' rule: a guest is inside the session of their latest door record if that was
    an entry and the session has not ended (entering another session counts as leaving the previous one).
    """
    now = now or datetime.now(UTC)
    entries: dict[int, set[int]] = defaultdict(set)
    latest: dict[int, tuple[str, str, int, str]] = {}  # guest -> (utc, record, session, kind)
    for kind, aid, sid, wall, rid in store.conn.execute(
            "SELECT kind, attendee_id, json_extract(data, '$.session_id'), wall_time, record_id FROM journal "
            "WHERE kind IN (?, ?)", (Kind.SESSION_ENTRY.value, Kind.SESSION_EXIT.value)):
        if sid is None or aid is None:
            continue
        when = datetime.fromisoformat(wall).astimezone(UTC)
        if when > now:
            continue
        if kind == Kind.SESSION_ENTRY.value:
            entries[int(sid)].add(aid)
        move = (when.isoformat(), rid, int(sid), kind)
        if move > latest.get(aid, ("", "", 0, "")):
            latest[aid] = move
    registered = dict(store.conn.execute(
        "SELECT session_id, COUNT(*) FROM session_assignments GROUP BY session_id"))
    rows = list(store.conn.execute(
        'SELECT s.id, s.title_de, s.title_en, s.start, s."end", s.kind, s.capacity, r.name, r.capacity '
        "FROM sessions s LEFT JOIN rooms r ON r.id = s.room_id ORDER BY s.start, s.id"))
    ended = {r[0] for r in rows if datetime.fromisoformat(r[4]) <= now}
    present = Counter(m[2] for m in latest.values() if m[3] == Kind.SESSION_ENTRY.value and m[2] not in ended)
    out = []
    for sid, de, en, start, end, kind, cap, room, room_cap in rows:
        if kind == "break" and sid not in entries:
            continue
        start_local = _local(start, store)
        out.append({
            "id": sid, "title": de if lang == "de" else en, "title_de": de, "title_en": en, "kind": kind,
            "day": start_local.date().isoformat(), "start": start_local.strftime("%H:%M"),
            "end": _local(end, store).strftime("%H:%M"), "room": room or "",
            "capacity": cap if cap is not None else room_cap, "registered": registered.get(sid, 0),
            "entered": len(entries.get(sid, ())), "present": present.get(sid, 0),
        })
    return out


def meetings_held(store: EventStore, arrived_days: dict[int, list[tuple[str, str]]]) -> dict[str, Any]:
    """Matchmaking meetings whose partners all arrived on the meeting's day (so the meeting could take place)."""
    parts: dict[int, list[int]] = defaultdict(list)
    for mid, aid in store.conn.execute("SELECT meeting_id, attendee_id FROM meeting_participants"):
        parts[mid].append(aid)
    booked = held = 0
    per_day: dict[str, dict[str, int]] = {}
    for mid, start in store.conn.execute("SELECT id, start FROM meetings"):
        day = _local(start, store).date().isoformat()
        row = per_day.setdefault(day, {"booked": 0, "held": 0})
        booked += 1
        row["booked"] += 1
        who = parts.get(mid, [])
        if len(who) >= 2 and all(any(d == day for d, _ in arrived_days.get(a, ())) for a in who):
            held += 1
            row["held"] += 1
    return {"booked": booked, "held": held, "by_day": dict(sorted(per_day.items()))}


def compute(store: EventStore, *, lang: str = "en", now: datetime | None = None) -> dict[str, Any]:
    """All figures of the event as one JSON-ready dict (what `checkin report --json` prints)."""
    people = _people(store)
    arrived_days = arrivals_by_attendee(store)
    arrived = {aid for aid in arrived_days if aid in people}
    expected_ids = {p.id for p in people.values() if p.role == "expected"}
    # A substitute who came fills the invited guest's place: that guest is arrived-by-substitute, not a no-show
    # (and the substitute is not expected a second time).
    substituted = {p.replaces for p in people.values()
                   if p.role == "substitute" and p.id in arrived and p.replaces not in arrived} & expected_ids
    no_show_ids = expected_ids - arrived - substituted
    by_day = Counter(day for days in arrived_days.values() for day, _ in days)
    roles = Counter(p.role for p in people.values())
    arrived_roles = Counter(people[a].role for a in arrived)
    event = store.event
    return {
        "event": {"title": event.title, "venue": event.venue, "timezone": event.timezone,
                  "days": [d.isoformat() for d in event.days()]},
        "generated_at": (now or datetime.now(UTC)).astimezone(store.tz).isoformat(timespec="seconds"),
        # expected = arrived_expected + substituted + no_shows;
        # arrived = arrived_expected + walk_ins_arrived + substitutes_arrived + companions_arrived
        #           + cancelled_arrived
        "expected": len(expected_ids),
        "arrived": len(arrived),
        "arrived_expected": len(arrived & expected_ids),
        "substituted": len(substituted),
        "no_shows": len(no_show_ids),
        "arrival_rate": show_up_rate(len(expected_ids), len(no_show_ids)),
        "walk_ins": roles["walk_in"],
        "walk_ins_arrived": arrived_roles["walk_in"],
        "substitutes_arrived": arrived_roles["substitute"],
        "companions_arrived": arrived_roles["companion"],
        "cancelled": roles["cancelled"],
        "cancelled_arrived": arrived_roles["cancelled"],
        "countries_arrived": len({people[a].country for a in arrived if people[a].country}),
        "double_admissions": store.conn.execute(
            "SELECT COUNT(*) FROM arrivals WHERE admissions > 1").fetchone()[0],
        "arrived_by_day": {d.isoformat(): by_day.get(d.isoformat(), 0) for d in event.days()}
        | {d: n for d, n in by_day.items() if d not in {x.isoformat() for x in event.days()}},
        "by_category": _split(people, arrived, substituted, "category"),
        "by_country": _split(people, arrived, substituted, "country"),
        "by_organisation_type": _split(people, arrived, substituted, "organisation_type"),
        "arrivals_per_15_min": arrival_curve(store),
        "desk_throughput": desk_throughput(store, now=now),
        "sessions": session_occupancy(store, lang, now),
        "meetings": meetings_held(store, arrived_days),
        "matchmaking_day": _matchmaking_day(store, now),  # issue 23: see reports/matchmaking.py
    }


def _matchmaking_day(store: EventStore, now: datetime | None) -> dict[str, Any]:
    from .matchmaking import compute as matchmaking_figures

    return matchmaking_figures(store, now)


def days_attended(store: EventStore, attendee_id: int) -> list[date]:
    return [date.fromisoformat(d) for d, _ in arrivals_by_attendee_one(store, attendee_id)]


def arrivals_by_attendee_one(store: EventStore, attendee_id: int) -> list[tuple[str, str]]:
    return list(store.conn.execute(
        "SELECT day, at FROM arrivals WHERE point = ? AND attendee_id = ? ORDER BY day", (MAIN, attendee_id)))
