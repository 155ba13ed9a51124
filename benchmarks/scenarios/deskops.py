"""Desk operations at 50,000 attendees: a walk-in (new id, station-signed code, two durable records) and the
VIP-notice query every screen runs after a change."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from benchmarks.common import Context, Scenario, median, ms, p95
from checkin.core import ledger


def _walkin(ctx: Context) -> dict:
    from checkin.core import deskops
    from checkin.core.journal import Kind
    from checkin.core.store import EventStore

    store = EventStore.open(ctx.demo_event(50_000))
    deskops.register_walkin(store, {"last_name": "Warm-up"})
    ours, base = [], []
    for i in range(ctx.size(60)):
        t = time.perf_counter()
        deskops.register_walkin(store, {"first_name": "Şükrü", "last_name": f"Çelik {i}", "organisation": "Ege"})
        ours.append(time.perf_counter() - t)
        t = time.perf_counter()  # the cheapest honest equivalent: two durable journal records
        ledger.record(store, Kind.ATTENTION_ACK, 1, {"of": "x"})
        ledger.record(store, Kind.ATTENTION_ACK, 1, {"of": "y"})
        base.append(time.perf_counter() - t)
    store.close()
    return {"value": round(ms(p95(ours)), 2), "unit": "ms", "baseline": round(ms(p95(base)), 2),
            "note": f"p95 of 60 walk-ins incl. check-in (median {ms(median(ours)):.2f} ms); baseline: two "
                    "durable journal records"}


def _notices(ctx: Context) -> dict:
    from checkin.core import deskops
    from checkin.core.desk import Desk
    from checkin.core.store import EventStore

    store = EventStore.open(ctx.demo_event(50_000))
    desk = Desk(store, station="desk-9")
    now = datetime.now(UTC)
    vips = [r[0] for r in store.conn.execute("SELECT id FROM attendees WHERE attention = 1 LIMIT 20")]
    for aid in vips:
        desk.check_in(aid, at=now)
    samples, base = [], []
    for _ in range(ctx.size(50)):
        t = time.perf_counter()
        found = deskops.open_notices(store, station="master")
        samples.append(time.perf_counter() - t)
        t = time.perf_counter()
        store.conn.execute("SELECT COUNT(*) FROM attendees WHERE attention = 1").fetchone()
        base.append(time.perf_counter() - t)
    store.close()
    return {"value": round(ms(p95(samples)), 2), "unit": "ms", "baseline": round(ms(p95(base)), 2),
            "note": f"{len(found)} open notices; baseline: counting flagged guests"}


def scenarios() -> list[Scenario]:
    return [Scenario("deskops_walkin_p95_50k", _walkin, quick=False),
            Scenario("deskops_notices_query_p95_50k", _notices, quick=False)]
