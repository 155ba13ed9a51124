"""Meeting states on the day, folded from the journal: planned, ready, at risk, no-show, held.

- *held*: marked held at the matchmaking desk, or every participant scanned at the matchmaking area;
- *no_show*: marked no-show, or a participant has not checked in ``noshow_minutes`` after the start;
- *ready*: every participant has checked in today (at any point);
- *at_risk*: the slot starts within ``risk_minutes`` (or has started) and a participant has not checked in;
- *planned*: none of these yet.

Arrivals, marks and scans are all synced journal folds, so every station computes the same state for the same
moment. Times are the venue's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from .. import agenda
from ..journal import utc_now
from .records import HELD, NO_SHOW, PLANNED

if TYPE_CHECKING:
    from ..store import EventStore

READY, AT_RISK = "ready", "at_risk"
STATES = (PLANNED, READY, AT_RISK, NO_SHOW, HELD)  # the board's column order


RISK_MINUTES, NOSHOW_MINUTES = 15, 10


@dataclass(frozen=True, slots=True)
class Timing:
    risk_minutes: int = RISK_MINUTES  # before the start: a partner not here yet puts the meeting at risk
    noshow_minutes: int = NOSHOW_MINUTES  # after the start: a partner still not here is a no-show

    @classmethod
    def of(cls, store: EventStore) -> Timing:
        """The organiser's setting (meta "matchmaking"), else the defaults; each value on its own."""
        conf = store.get_meta("matchmaking", {}) or {}
        conf = conf if isinstance(conf, dict) else {}

        def minutes(key: str, default: int) -> int:
            try:
                return max(0, int(conf.get(key, default)))
            except (TypeError, ValueError):
                return default

        return cls(minutes("risk_minutes", RISK_MINUTES), minutes("noshow_minutes", NOSHOW_MINUTES))


@dataclass(slots=True)
class MeetingStatus:
    meeting: agenda.MeetingView
    state: str
    mark: str | None = None  # what the matchmaking desk marked (held / no_show), if anything
    scanned: set[int] = field(default_factory=set)  # participants scanned at the matchmaking area
    rematch_for: int | None = None  # booked on the day for this guest (a rematch)
    replaced_by: list[int] = field(default_factory=list)  # rematches that took this meeting's place

    @property
    def id(self) -> int:
        return self.meeting.id

    @property
    def start(self) -> datetime:
        return self.meeting.start

    @property
    def table(self) -> str:
        return self.meeting.table

    @property
    def participants(self) -> list[agenda.Partner]:
        return self.meeting.participants

    @property
    def missing(self) -> list[agenda.Partner]:
        return self.meeting.missing


def state_of(m: agenda.MeetingView, mark: str | None, scanned: set[int], at: datetime, timing: Timing) -> str:
    if mark in (HELD, NO_SHOW):
        return mark
    people = {p.id for p in m.participants}
    if len(people) >= 2 and people <= scanned:
        return HELD
    if not m.missing:
        return READY
    if at >= m.start + timedelta(minutes=timing.noshow_minutes):
        return NO_SHOW
    if at >= m.start - timedelta(minutes=timing.risk_minutes):
        return AT_RISK
    return PLANNED


def _facts(store: EventStore, ids: list[int]) -> tuple[dict[int, str], dict[int, set[int]],
                                                      dict[int, int | None], dict[int, list[int]]]:
    marks: dict[int, str] = {}
    scans: dict[int, set[int]] = {}
    rematch_for: dict[int, int | None] = {}
    replaced_by: dict[int, list[int]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        q = ",".join("?" * len(chunk))
        marks.update(store.conn.execute(f"SELECT meeting_id, state FROM meeting_marks WHERE meeting_id IN ({q})", chunk))
        for mid, aid in store.conn.execute(
                f"SELECT meeting_id, attendee_id FROM meeting_scans WHERE meeting_id IN ({q})", chunk):
            scans.setdefault(mid, set()).add(aid)
        for mid, who in store.conn.execute(
                f"SELECT meeting_id, attendee_id FROM meeting_rematches WHERE meeting_id IN ({q})", chunk):
            rematch_for[mid] = who
        for new, old in store.conn.execute(
                f"SELECT meeting_id, replaces FROM meeting_rematches WHERE replaces IN ({q})", chunk):
            replaced_by.setdefault(old, []).append(new)
    return marks, scans, rematch_for, replaced_by


def statuses_of(store: EventStore, views: Iterable[agenda.MeetingView], at: datetime | None = None) -> list[MeetingStatus]:
    """The state of each meeting at ``at`` (default now)."""
    views = list(views)
    at = (at or utc_now()).astimezone(store.tz)
    timing = Timing.of(store)
    marks, scans, rematch_for, replaced_by = _facts(store, [m.id for m in views])
    out = []
    for m in views:
        mark, scanned = marks.get(m.id), scans.get(m.id, set())
        out.append(MeetingStatus(m, state_of(m, mark, scanned, at, timing), mark if mark != PLANNED else None,
                                 scanned, rematch_for.get(m.id), sorted(replaced_by.get(m.id, []))))
    return out


def board(store: EventStore, *, day: str | date | None = None, slot: datetime | None = None,
          table: str | None = None, at: datetime | None = None, replaced: bool = True) -> list[MeetingStatus]:
    """Meetings of a day / slot / table with their state at ``at`` (default now), by time and table."""
    return statuses_of(store, agenda.meetings(store, day=day, slot=slot, table=table, replaced=replaced), at)


def meeting(store: EventStore, meeting_id: int, at: datetime | None = None) -> MeetingStatus | None:
    found = statuses_of(store, agenda.meetings(store, ids=[meeting_id]), at)
    return found[0] if found else None


def person_meetings(store: EventStore, attendee_id: int, *, day: str | date | None = None,
                    at: datetime | None = None) -> list[MeetingStatus]:
    """One guest's meetings (of a day if given) with their state, without those a rematch replaced."""
    ids = [r[0] for r in store.conn.execute(
        "SELECT meeting_id FROM meeting_participants WHERE attendee_id = ?", (attendee_id,))]
    return statuses_of(store, agenda.meetings(store, day=day, ids=ids, replaced=False), at)


def counts(statuses: Iterable[MeetingStatus]) -> dict[str, int]:
    out = dict.fromkeys(STATES, 0)
    for s in statuses:
        out[s.state] += 1
    return out


def status_json(s: MeetingStatus, store: EventStore) -> dict[str, Any]:
    m = s.meeting
    return {
        "id": m.id, "start": m.start.isoformat(), "end": m.end.isoformat(), "table": m.table,
        "room": m.room.name if m.room else None, "state": s.state, "marked": s.mark,
        "participants": [agenda.partner_json(p, store) | {"scanned": p.id in s.scanned} for p in m.participants],
        "missing": [p.id for p in m.missing], "rematch_for": s.rematch_for, "replaced_by": s.replaced_by,
    }
