"""A guest's personal programme for the back of a foldable badge, read straight from the programme tables."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from datetime import datetime
from zoneinfo import ZoneInfo

_DAYS_DE = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
_DAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _local(ts: str, tz: ZoneInfo) -> datetime:
    return datetime.fromisoformat(ts).astimezone(tz)


def programme_lines(conn: sqlite3.Connection, attendee_ids: list[int], tz: ZoneInfo,
                    languages: dict[int, str]) -> dict[int, list[tuple[str, str]]]:
    """attendee id -> [(day heading, ""), ("", "13:30  Forum ... · Room")...] in venue time, one query each kind."""
    if not attendee_ids:
        return {}
    marks = ",".join("?" * len(attendee_ids))
    items: dict[int, list[tuple[str, str]]] = defaultdict(list)  # (start iso, text)
    for aid, start, title_de, title_en, room in conn.execute(
        f"SELECT a.attendee_id, s.start, s.title_de, s.title_en, COALESCE(r.name, '') FROM session_assignments a "
        f"JOIN sessions s ON s.id = a.session_id LEFT JOIN rooms r ON r.id = s.room_id "
        f"WHERE a.attendee_id IN ({marks})", attendee_ids):
        title = title_de if languages.get(aid) == "de" else title_en
        items[aid].append((start, f"{_local(start, tz):%H:%M}  {title}" + (f" · {room}" if room else "")))
    partners: dict[int, list[tuple[int, str]]] = defaultdict(list)
    meeting_rows = conn.execute(
        f"SELECT p.attendee_id, m.id, m.start, m.table_no FROM meeting_participants p "
        f"JOIN meetings m ON m.id = p.meeting_id WHERE p.attendee_id IN ({marks}) "
        # issue 23: a meeting a rematch replaced on the day is not printed; the rematch is, at its table
        "AND m.id NOT IN (SELECT replaces FROM meeting_rematches)", attendee_ids).fetchall()
    meeting_ids = sorted({r[1] for r in meeting_rows})
    if meeting_ids:
        mm = ",".join("?" * len(meeting_ids))
        for mid, aid, first, last, org in conn.execute(
            f"SELECT p.meeting_id, p.attendee_id, a.first_name, a.last_name, a.organisation "
            f"FROM meeting_participants p JOIN attendees a ON a.id = p.attendee_id WHERE p.meeting_id IN ({mm})",
                meeting_ids):
            partners[mid].append((aid, f"{first} {last}".strip() + (f" ({org})" if org else "")))
    for aid, mid, start, table in meeting_rows:
        others = ", ".join(text for pid, text in partners.get(mid, []) if pid != aid) or "—"
        items[aid].append((start, f"{_local(start, tz):%H:%M}  Tisch/Table {table} · {others}"))
    out: dict[int, list[tuple[str, str]]] = {}
    for aid in attendee_ids:
        lines: list[tuple[str, str]] = []
        day = None
        for start, text in sorted(items.get(aid, [])):
            local = _local(start, tz)
            if local.date() != day:
                day = local.date()
                lines.append((f"{_DAYS_DE[day.weekday()]}/{_DAYS_EN[day.weekday()]} {day:%d.%m.}", ""))
            lines.append(("", text))
        out[aid] = lines
    return out
