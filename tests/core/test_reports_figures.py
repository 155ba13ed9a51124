"""Who counts as expected: people the desk adds (walk-ins, substitutes, companions) are counted once, on arrival.

Written through the real desk operations on a fresh demo copy, then read back through `checkin report --json`.
"""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta
from pathlib import Path

from checkin.core.desk import Desk
from checkin.core.deskops import add_companion, register_walkin, substitute
from checkin.core.reports import figures
from checkin.core.store import EventStore


def _at(store: EventStore, minutes: int) -> datetime:
    return datetime.combine(store.event.days()[0], time(8, 0), store.tz) + timedelta(minutes=minutes)


def test_walk_ins_substitutes_and_desk_companions_are_not_expected(demo_path: Path, cli) -> None:
    with EventStore.open(demo_path) as store:
        before = figures.compute(store)
        invited = [r[0] for r in store.conn.execute(
            "SELECT id FROM attendees WHERE status != 'cancelled' ORDER BY id LIMIT 3")]
        stays_away, comes, brings = invited
        desk = Desk(store, station="desk-1")
        desk.check_in(comes, at=_at(store, 1))
        desk.check_in(brings, at=_at(store, 2))
        register_walkin(store, {"first_name": "Ingrid", "last_name": "Nyström"}, station="desk-1", at=_at(store, 3))
        substitute(store, stays_away, {"first_name": "Jiří", "last_name": "Dvořák"}, station="desk-1",
                   at=_at(store, 4))
        add_companion(store, brings, {"first_name": "Ayşe", "last_name": "Çelik"}, station="desk-1",
                      at=_at(store, 5))
    fig = json.loads(cli("report", str(demo_path), "--json", check=True).stdout)
    assert before["expected"] == before["no_shows"] and before["arrived"] == 0
    # Nobody new is expected; the invited guest who sent a colleague is arrived-by-substitute, not a no-show.
    assert fig["expected"] == before["expected"]
    assert fig["arrived"] == 5  # two invited guests, the walk-in, the substitute, the companion
    assert (fig["arrived_expected"], fig["substituted"], fig["walk_ins"]) == (2, 1, 1)
    assert fig["no_shows"] == before["expected"] - 3
    assert fig["arrival_rate"] == round(3 / fig["expected"], 4)
    category = fig["by_category"]
    assert sum(v["expected"] for v in category.values()) == fig["expected"]
    assert sum(v["arrived"] for v in category.values()) == 5
    assert sum(v["no_shows"] for v in category.values()) == fig["no_shows"]
    assert sum(v["walk_ins"] for v in category.values()) == 1
