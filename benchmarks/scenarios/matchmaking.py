"""Matchmaking on the day (issue 23).

meeting_board_update_ms: a check-in written at station A (a desk) until the matchmaking board computed at
station B shows that guest as arrived: two real `checkin serve` processes on loopback, B's board read from its
own file (median of 20). The GUI notices B's file changed within its 0.5 s data_version poll on top of this.
rematch_suggest_ms: rematch suggestions for one guest at 5,000 meetings (the 5,000-guest demo booked up to
5,000 meetings, half the matchmaking guests checked in, profiles on every guest), p95 over 100 guests.
"""

from __future__ import annotations

import random
import time
from datetime import datetime, timedelta
from typing import Any

from benchmarks.common import Context, Scenario, median, ms, p95
from checkin.core import ledger
from checkin.core.transactions import write_transaction


def _size(ctx: Context, n: int) -> int:
    """``ctx.size`` where the runner has a small smoke mode (benchmarks.run --smoke), else ``n``."""
    size = getattr(ctx, "size", None)
    return size(n) if callable(size) else n


def _board_update(ctx: Context) -> dict[str, Any]:
    from benchmarks.scenarios.sync import _serve, _stations, _stop
    from checkin.core import agenda
    from checkin.core import matchmaking as mm
    from checkin.core.journal import Kind
    from checkin.core.store import EventStore

    paths = _stations(ctx, 2, 700)
    procs = _serve(paths)
    samples, board_only = [], []
    try:
        with EventStore.open(paths[0]) as desk, EventStore.open(paths[1], readonly=True) as mm_desk:
            day = desk.event.start
            slots = agenda.slots(mm_desk, day)
            meetings = agenda.meetings(mm_desk, day=day)
            at = slots[0] - timedelta(minutes=5)
            guests = [m.participants[0].id for m in meetings[:_size(ctx, 20)]]
            for guest in guests:
                slot = next(m.start for m in meetings if m.participants[0].id == guest)
                t = time.perf_counter()
                ledger.record(desk, Kind.CHECKIN, guest, {"day": day.isoformat(), "point": "main", "source": "scan"})
                while True:
                    b = time.perf_counter()
                    board = mm.board(mm_desk, slot=slot, at=at)
                    board_only.append(time.perf_counter() - b)
                    if any(p.id == guest and p.arrived for s in board for p in s.participants):
                        break
                    if time.perf_counter() - t > 10:
                        raise RuntimeError("the check-in never reached the board")
                    time.sleep(0.005)
                samples.append(time.perf_counter() - t)
                time.sleep(0.2 + random.random() * 0.05)  # not in step with the stations' journal polls
            whole_day = time.perf_counter()
            mm.board(mm_desk, day=day, at=at)
            whole_day = time.perf_counter() - whole_day
    finally:
        _stop(procs)
    return {"value": ms(median(samples)), "unit": "ms", "baseline": ms(median(board_only)),
            "note": f"max {ms(max(samples)):.0f} ms over {len(samples)}; baseline: one slot's board alone; "
                    f"the whole day's board ({len(meetings)} meetings) {ms(whole_day):.1f} ms"}


def _book_more(store: Any, rng: random.Random, wanted: int) -> None:
    """Add meetings up to ``wanted`` in the demo's slots, at new tables, nobody twice in a slot (the demo's own
    generator books 1,000 at 5,000 guests; a 50,000-guest demo is no quicker to make)."""
    from checkin.core import agenda

    slots = agenda.slots(store, store.event.start)
    pool = [r[0] for r in store.conn.execute(
        "SELECT id FROM attendees WHERE registered_for LIKE '%\"matchmaking\"%' AND status != 'cancelled'")]
    busy = {(aid, start) for aid, start in store.conn.execute(
        "SELECT p.attendee_id, m.start FROM meeting_participants p JOIN meetings m ON m.id = p.meeting_id")}
    tables = {s.isoformat(): 1 + max((int(m.table) for m in agenda.meetings(store, slot=s)), default=0)
              for s in slots}
    mid = store.conn.execute("SELECT MAX(id) FROM meetings").fetchone()[0] or 0
    meetings, parts = [], []
    attempts = 0
    while store.count("meetings") + len(meetings) < wanted and attempts < wanted * 50:
        attempts += 1  # a small event may run out of free pairs before ``wanted``
        slot = rng.choice(slots)
        start, end = slot.isoformat(), (slot + timedelta(minutes=20)).isoformat()
        a, b = rng.sample(pool, 2)
        if (a, start) in busy or (b, start) in busy:
            continue
        busy |= {(a, start), (b, start)}
        mid += 1
        meetings.append((mid, start, end, str(tables[start]), 5))
        tables[start] += 1
        parts += [(mid, a), (mid, b)]
    with write_transaction(store.conn):
        store.conn.executemany('INSERT INTO meetings (id, start, "end", table_no, room_id) VALUES (?, ?, ?, ?, ?)',
                               meetings)
        store.conn.executemany("INSERT INTO meeting_participants VALUES (?, ?)", parts)


def _rematch(ctx: Context) -> dict[str, Any]:
    from checkin.core import agenda
    from checkin.core import matchmaking as mm
    from checkin.core.journal import Kind
    from checkin.core.store import EventStore

    store = EventStore.open(ctx.demo_event(5000))
    rng = random.Random(23)
    _book_more(store, rng, _size(ctx, 5000))
    day = store.event.start
    slots = agenda.slots(store, day)
    topics = ["Photonik", "Mikroelektronik", "Medizintechnik", "Logistik", "Optik", "Wasserstoff", "Leichtbau"]
    people = [r[0] for r in store.conn.execute("SELECT DISTINCT attendee_id FROM meeting_participants")]
    with write_transaction(store.conn):
        # A cached demo from before profiles existed: give every guest a sector and interests.
        store.conn.executemany(
            "UPDATE attendees SET extra = json_set(extra, '$.sector', ?, '$.interests', ?) WHERE id = ?",
            [(rng.choice(topics), "; ".join(rng.sample(topics, 2)), aid) for aid in people])
        for aid in rng.sample(people, len(people) // 2):
            ledger.append(store, Kind.CHECKIN, aid, {"day": day.isoformat(), "point": "main"},
                                 at=datetime.combine(day, datetime.min.time().replace(hour=9), store.tz))
    store.rebuild_arrivals()
    present = {r[0] for r in store.conn.execute("SELECT attendee_id FROM arrivals WHERE day = ?", (day.isoformat(),))}
    cases = []
    for slot in slots:
        for m in agenda.meetings(store, slot=slot, not_arrived=True):
            here = [p.id for p in m.participants if p.id in present]
            if here:
                cases.append((here[0], slot))
    cases = rng.sample(cases, min(_size(ctx, 100), len(cases)))
    if not cases:
        raise RuntimeError("no guest with a missing partner to rematch")
    mm.suggest(store, cases[0][0], cases[0][1], at=cases[0][1] + timedelta(hours=4))  # warm the page cache
    times, counts = [], []
    for guest, slot in cases:
        t = time.perf_counter()
        offer = mm.suggest(store, guest, slot, at=slot + timedelta(minutes=12))
        times.append(time.perf_counter() - t)
        counts.append(len(offer.suggestions))
    meetings = store.count("meetings")
    store.close()
    return {"value": ms(p95(times)), "unit": "ms", "baseline": None,
            "note": f"p95 over {len(times)} guests (median {ms(median(times)):.1f} ms), {meetings} meetings of "
                    f"{len(people)} guests, {len(present)} present"}


def scenarios() -> list[Scenario]:
    return [Scenario("meeting_board_update_ms", _board_update, quick=True),
            Scenario("rematch_suggest_ms", _rematch, quick=False)]
