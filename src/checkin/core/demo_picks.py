"""Guests the screenshot scripts pick from a demo event (ordinary guests, a VIP, a cancelled one)."""

from __future__ import annotations

from typing import Any


def ordinary_guests(store: Any, count: int) -> list[int]:
    return [r[0] for r in store.conn.execute(
        "SELECT id FROM attendees WHERE attention = 0 AND status != 'cancelled' ORDER BY id LIMIT ?", (count,))]


def first_vip(store: Any) -> int:
    return int(store.conn.execute("SELECT id FROM attendees WHERE attention = 1 ORDER BY id LIMIT 1").fetchone()[0])


def first_cancelled(store: Any) -> int:
    return int(store.conn.execute(
        "SELECT id FROM attendees WHERE status = 'cancelled' ORDER BY id LIMIT 1").fetchone()[0])
