"""A scripted event day on the demo, shared by the report tests and the dashboard tests.

Everything goes through ``ledger.record`` (the journal), as the desks would write it, at fixed times.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from checkin.core import ledger
from checkin.core.store import EventStore


@dataclass
class Day:
    path: Path
    day1: date
    day2: date
    arrived_day1: set[int] = field(default_factory=set)
    arrived_day2: set[int] = field(default_factory=set)
    per_station: dict[str, int] = field(default_factory=dict)  # non-undone main check-ins per station
    undone: int = 0  # the guest whose only check-in was undone
    cancelled_admitted: int = 0
    walk_ins: list[int] = field(default_factory=list)
    double: int = 0  # admitted at two desks while apart
    handout_out: int = 0  # still holds a receiver
    handout_back: int = 0  # returned it
    forum_entries: dict[int, set[int]] = field(default_factory=dict)
    hyperlink: int = 0  # a walk-in whose name a spreadsheet would run as a formula
    substituted: int = 0  # an invited guest who stayed away and sent a colleague
    substitute: int = 0  # that colleague (arrived on day one)
    companion: int = 0  # a companion registered at the desk (arrived on day one)


def after_event(store: EventStore) -> datetime:
    """Midnight after the event's last day at the venue: every scripted record lies before it."""
    return datetime.combine(store.event.days()[-1] + timedelta(days=1), time(0, 0), store.tz)


def script(path: Path, seed: int = 7) -> Day:
    """Check in ~70 % of the demo on day one and ~55 % on day two, plus the awkward cases."""
    rng = random.Random(seed)
    store = EventStore.open(path)
    store.conn.execute("PRAGMA synchronous = OFF")  # a scripted day: durability per record is not under test
    tz = store.tz
    d1, d2 = store.event.days()[:2]
    out = Day(path, d1, d2)

    def at(day: date, hh: int, mm: int, spread: int = 0) -> datetime:
        return datetime.combine(day, time(hh, mm), tz) + timedelta(seconds=rng.randint(0, spread))

    def checkin(aid: int, day: date, when: datetime, station: str) -> str:
        rec = ledger.record(store, "checkin", aid, {"day": day.isoformat(), "point": "main", "source": "scan"},
                           at=when, station_id=station)
        out.per_station[station] = out.per_station.get(station, 0) + 1
        return rec.record_id

    rows = store.conn.execute("SELECT id, status FROM attendees ORDER BY id").fetchall()
    expected = [aid for aid, status in rows if status != "cancelled"]
    cancelled = [aid for aid, status in rows if status == "cancelled"]
    rng.shuffle(expected)
    first_day = expected[: int(len(expected) * 0.7)]
    # Featured guests (ids 1-4: the State Secretary, Şükrü Çelik, Žaneta Šťastná, Ορέστης Παπαδόπουλος) come.
    for must in (1, 2, 3, 4):
        if must not in first_day:
            first_day.append(must)
    for i, aid in enumerate(first_day):
        minutes = min(int(abs(rng.gauss(30, 28))), 150)  # the 08:00 rush, then a tail until late morning
        checkin(aid, d1, at(d1, 7, 45, 0) + timedelta(minutes=minutes, seconds=rng.randint(0, 59)), f"desk-{i % 3 + 1}")
        out.arrived_day1.add(aid)
    # One guest is admitted at desk 1 and again at desk 3 while the Wi-Fi is down: one arrival, a double admission.
    out.double = first_day[5]
    checkin(out.double, d1, at(d1, 8, 50), "desk-3")
    # A check-in undone at once (wrong person picked): that guest has not arrived.
    out.undone = next(a for a in expected if a not in out.arrived_day1 and a > 20)
    rid = checkin(out.undone, d1, at(d1, 8, 30), "desk-2")
    ledger.record(store, "undo", out.undone, {"undoes": rid}, at=at(d1, 8, 31), station_id="desk-2")
    out.per_station["desk-2"] -= 1
    # A cancelled guest turns up and is admitted by the organiser with a reason.
    out.cancelled_admitted = cancelled[0]
    ledger.record(store, "checkin", out.cancelled_admitted, {"day": d1.isoformat(), "point": "main", "source": "search",
                                                     "override": "Organiser admitted"},
                 at=at(d1, 9, 5), station_id="desk-1")
    out.per_station["desk-1"] += 1
    out.arrived_day1.add(out.cancelled_admitted)
    # Two walk-ins, one with a name that a spreadsheet would execute.
    for first, last in (("Ingrid", "Nyström"), ("Max", "=HYPERLINK(\"http://x.example\",\"click\")")):
        new_id = store.next_attendee_id()
        ledger.record(store, "walkin", new_id, {"fields": {"first_name": first, "last_name": last, "organisation": "Walk-in GmbH",
                                                   "category": "guest", "status": "registered", "country": "SE",
                                                   "organisation_type": "sme", "walk_in": True,
                                                   "code": f"WALKIN{new_id:06d}"}},
                     at=at(d1, 9, 10), station_id="desk-2")
        checkin(new_id, d1, at(d1, 9, 11), "desk-2")
        out.walk_ins.append(new_id)
        out.arrived_day1.add(new_id)
    out.hyperlink = out.walk_ins[1]
    # A colleague comes instead of an invited guest (who never arrives), and a guest brings a companion:
    # both are registered at the desk, arrive, and are not expected guests.
    out.substituted = next(a for a in expected if a not in out.arrived_day1 and a not in (out.undone,) and a > 20)
    invited = store.attendee(out.substituted)
    for kind, link, first, last in (("substitution", "replaces", "Jiří", "Dvořák"),
                                    ("companion", "companion_of", "Ayşe", "Çelik")):
        new_id = store.next_attendee_id()
        target = out.substituted if kind == "substitution" else 2
        ledger.record(store, kind, new_id, {"fields": {"first_name": first, "last_name": last, "status": "registered",
                                               "category": invited.category, "country": invited.country,
                                               "organisation_type": invited.organisation_type,
                                               "organisation": invited.organisation, link: target,
                                               "code": f"DESK{new_id:06d}"}, link: target},
                     at=at(d1, 9, 20), station_id="desk-1")
        checkin(new_id, d1, at(d1, 9, 21), "desk-1")
        out.arrived_day1.add(new_id)
        setattr(out, "substitute" if kind == "substitution" else "companion", new_id)
    # Interpretation receivers: two issued, one returned.
    out.handout_out, out.handout_back = first_day[10], first_day[11]
    for aid in (out.handout_out, out.handout_back):
        ledger.record(store, "handout", aid, {"item": "receiver", "action": "issue", "deposit": "ID card"},
                     at=at(d1, 10, 30), station_id="desk-3")
    ledger.record(store, "handout", out.handout_back, {"item": "receiver", "action": "return"}, at=at(d1, 17, 10),
                 station_id="desk-3")
    # Forum doors at 13:30.
    forums = [r[0] for r in store.conn.execute(
        "SELECT id FROM sessions WHERE kind = 'forum' AND start LIKE ? ORDER BY id", (f"{d1.isoformat()}%",))]
    for i, aid in enumerate(sorted(out.arrived_day1)[:150]):
        sid = forums[i % len(forums)]
        ledger.record(store, "session_entry", aid, {"session_id": sid}, at=at(d1, 13, 25, 600), station_id="door-1")
        out.forum_entries.setdefault(sid, set()).add(aid)
    # Day two: most return, through two desks.
    second = [a for a in first_day if rng.random() < 0.78]
    for i, aid in enumerate(second):
        minutes = min(int(abs(rng.gauss(25, 20))), 120)
        checkin(aid, d2, at(d2, 7, 50) + timedelta(minutes=minutes, seconds=rng.randint(0, 59)), f"desk-{i % 2 + 1}")
        out.arrived_day2.add(aid)
    store.close()
    return out
