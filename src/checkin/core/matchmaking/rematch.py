"""Rematch: for a guest whose partner is missing, present guests who are free in that slot, best match first;
booking one writes a ``meeting_rematch`` record (a new meeting at the guest's table) that every station applies.

Ranking uses the matchmaking profile: the fields the organiser lists in meta ``matchmaking.profile`` (columns
such as ``country`` or extra import columns such as ``sector``), else the usual ones if the import brought them.
Values are compared word lists ("Photonik; Optik"), case-insensitively. Nobody is proposed whom the guest
already meets, who is not checked in today, or whose meeting in that slot is not a no-show.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from .. import agenda, ledger
from ..failures import Why
from ..journal import Kind, utc_now
from ..model import ATTENDEE_FIELDS
from ..transactions import write_transaction
from .marks import MatchmakingError
from .records import NO_SHOW
from .states import HELD, READY, MeetingStatus, Timing, state_of, statuses_of

if TYPE_CHECKING:
    from ..store import EventStore

DEFAULT_PROFILE = ("sector", "branche", "industry", "interests", "interessen", "topics", "themen", "country")
# Sharing a sector says most, an interest less, a country (a column) least.
_SECTOR_FIELDS = frozenset({"sector", "branche", "industry"})
_COLUMN_WEIGHT, _EXTRA_WEIGHT, _SECTOR_WEIGHT = 1, 2, 3
_SPLIT = re.compile(r"[,;/|\n]+")


@dataclass(slots=True)
class Suggestion:
    attendee_id: int
    name: str
    organisation: str
    country: str
    score: int
    shared: list[tuple[str, str]] = field(default_factory=list)  # (profile field, value) both have
    stranded_meeting: int | None = None  # their own meeting in the slot is a no-show: both gain a partner
    meetings_today: int = 0


@dataclass(slots=True)
class Rematch:
    attendee_id: int
    slot: datetime
    table: str | None  # where the new meeting would be
    replaces: list[int]  # the guest's meetings in the slot whose partner is missing
    suggestions: list[Suggestion]


@dataclass(slots=True)
class Booking:
    meeting_id: int
    table: str
    start: datetime
    end: datetime
    attendee_id: int
    partner_id: int
    replaces: list[int]
    record_id: str


def profile_fields(store: EventStore, extra: dict[str, Any] | None = None) -> list[str]:
    """The organiser's list (meta ``matchmaking.profile``), else the usual columns as the import named them
    in ``extra`` (the guest's: "Branche" and "sector" alike) and the country."""
    conf = store.get_meta("matchmaking", {}) or {}
    fields = conf.get("profile") if isinstance(conf, dict) else None
    if isinstance(fields, list) and fields:
        return [str(f) for f in fields]
    found = [k for k in (extra or {}) if k.casefold() in DEFAULT_PROFILE and k not in ATTENDEE_FIELDS]
    return [*found, "country"]


def _listed(value: Any) -> Any:
    """A list kept in ``extra`` comes out of json_extract as JSON text."""
    if isinstance(value, str) and value.startswith("["):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _words(value: Any) -> dict[str, str]:
    """The words of a profile value, folded for comparison -> as written."""
    value = _listed(value)
    if value is None:
        return {}
    if isinstance(value, list):
        return {k: v for item in value for k, v in _words(item).items()}
    return {w.strip().casefold(): w.strip() for w in _SPLIT.split(str(value)) if w.strip()}


def _word_set(value: Any) -> set[str]:
    """The folded words of a candidate's value (the hot loop: no mapping back to the written form)."""
    if isinstance(value, str) and not value.startswith("["):
        return {w.strip().casefold() for w in _SPLIT.split(value)} - {""}
    return set(_words(value))


def _profile_sql(fields: list[str]) -> str:
    out = []
    for name in fields:
        if name in ATTENDEE_FIELDS and name not in ("extra", "registered_for"):
            out.append(f'a."{name}"')
        else:
            out.append("json_extract(a.extra, ?)")
    return ", ".join(out) or "NULL"


def _profile_args(fields: list[str]) -> list[str]:
    return ['$."' + name.replace('"', "") + '"' for name in fields
            if not (name in ATTENDEE_FIELDS and name not in ("extra", "registered_for"))]


def _weight(name: str) -> int:
    if name.casefold() in _SECTOR_FIELDS:
        return _SECTOR_WEIGHT
    return _COLUMN_WEIGHT if name in ATTENDEE_FIELDS else _EXTRA_WEIGHT


def _slot_statuses(store: EventStore, slot: datetime, at: datetime | None) -> list[MeetingStatus]:
    found = statuses_of(store, agenda.meetings(store, slot=slot, replaced=False), at)
    if not found and not agenda.meetings(store, slot=slot):
        raise MatchmakingError(f"no matchmaking slot at {slot:%Y-%m-%d %H:%M}", Why.NO_SLOT, slot=f"{slot:%Y-%m-%d %H:%M}")
    return found


@dataclass(slots=True)
class _InSlot:
    """What suggest needs of a meeting in the slot, without names (a slot has hundreds of meetings)."""

    id: int
    table: str
    state: str
    arrived: dict[int, bool]  # participant -> checked in on the day


def _in_slot(store: EventStore, slot: datetime, at: datetime | None) -> list[_InSlot]:
    """The slot's meetings (without replaced ones) and their states, in a few queries."""
    raw = [text for text, when in agenda.meeting_starts(store).items() if when == slot]
    if not raw:
        raise MatchmakingError(f"no matchmaking slot at {slot:%Y-%m-%d %H:%M}", Why.NO_SLOT, slot=f"{slot:%Y-%m-%d %H:%M}")
    q = ",".join("?" * len(raw))
    rows = store.conn.execute(
        'SELECT m.id, m.table_no, m."end", p.attendee_id, EXISTS (SELECT 1 FROM arrivals ar WHERE '
        "ar.attendee_id = p.attendee_id AND ar.day = ?), mk.state FROM meetings m "
        "JOIN meeting_participants p ON p.meeting_id = m.id LEFT JOIN meeting_marks mk ON mk.meeting_id = m.id "
        f"WHERE m.start IN ({q}) AND m.id NOT IN (SELECT replaces FROM meeting_rematches)",
        [slot.date().isoformat(), *raw]).fetchall()
    scans: dict[int, set[int]] = {}
    for mid, aid in store.conn.execute(
            f"SELECT s.meeting_id, s.attendee_id FROM meeting_scans s JOIN meetings m ON m.id = s.meeting_id "
            f"WHERE m.start IN ({q})", raw):
        scans.setdefault(mid, set()).add(aid)
    found: dict[int, tuple[str, str, str | None, dict[int, bool]]] = {}
    for mid, table, end, aid, arrived, mark in rows:
        found.setdefault(mid, (str(table), end, mark, {}))[3][aid] = bool(arrived)
    when = (at or utc_now()).astimezone(store.tz)
    timing = Timing.of(store)
    out = []
    for mid, (table, _end, mark, people) in found.items():
        # state_of needs only times, ids and arrival; names stay out of this hot path
        view = agenda.MeetingView(mid, slot, slot, table, None, [
            agenda.Partner(pid, "", "", "" if here else None) for pid, here in people.items()])
        out.append(_InSlot(mid, table, state_of(view, mark, scans.get(mid, set()), when, timing), people))
    return out


def _loads(store: EventStore, ids: list[int], day: str) -> dict[int, int]:
    """Meetings each of these guests has on ``day`` (fewer first among equals: spread the rematches)."""
    starts = {text for text, when in agenda.meeting_starts(store).items() if when.date().isoformat() == day}
    out: dict[int, int] = {}
    for first in range(0, len(ids), 500):
        chunk = ids[first:first + 500]
        # Counted here, not in SQL: with the day's starts in the WHERE, SQLite picked the start index and
        # took 100 times longer.
        for aid, start in store.conn.execute(
                "SELECT p.attendee_id, m.start FROM meeting_participants p JOIN meetings m ON m.id = p.meeting_id "
                f"WHERE p.attendee_id IN ({','.join('?' * len(chunk))})", chunk):
            if start in starts:
                out[aid] = out.get(aid, 0) + 1
    return out


def suggest(store: EventStore, attendee_id: int, slot: datetime, *, at: datetime | None = None,
            limit: int | None = 10) -> Rematch:
    """Who the guest could meet instead in ``slot``, best first (``limit=None``: everyone eligible)."""
    guest = store.attendee(attendee_id)
    if guest is None:
        raise MatchmakingError(f"no attendee {attendee_id} in this event", Why.NO_PERSON, id=attendee_id)
    slot = slot.astimezone(store.tz)
    day = slot.date().isoformat()
    if not store.conn.execute("SELECT 1 FROM arrivals WHERE attendee_id = ? AND day = ?", (attendee_id, day)).fetchone():
        raise MatchmakingError(f"{guest.display_name} has not checked in on {day}", Why.NOT_CHECKED_IN,
                               name=guest.display_name, day=day)
    in_slot = _in_slot(store, slot, at)
    mine = [s for s in in_slot if attendee_id in s.arrived]
    if any(s.state in (READY, HELD) for s in mine):
        raise MatchmakingError(f"{guest.display_name} already has a meeting with a present partner at {slot:%H:%M}",
                               Why.HAS_PRESENT_PARTNER, name=guest.display_name, time=f"{slot:%H:%M}")
    busy: set[int] = set()
    stranded: dict[int, int] = {}  # present guest -> their no-show meeting in the slot
    for s in in_slot:
        if s.state == NO_SHOW:
            stranded.update({pid: s.id for pid, here in s.arrived.items() if here})
            busy |= {pid for pid, here in s.arrived.items() if not here}
        else:
            busy |= set(s.arrived)
    meets = {r[0] for r in store.conn.execute(
        "SELECT DISTINCT o.attendee_id FROM meeting_participants me JOIN meeting_participants o "
        "ON o.meeting_id = me.meeting_id WHERE me.attendee_id = ?", (attendee_id,))}
    fields = profile_fields(store, guest.extra)
    profile_sql, profile_args = _profile_sql(fields), _profile_args(fields)
    mine_row = store.conn.execute(f"SELECT {profile_sql} FROM attendees a WHERE a.id = ?",
                                  [*profile_args, attendee_id]).fetchone()
    guest_words = [_words(v) for v in mine_row]
    out: list[Suggestion] = []
    seen: dict[str, set[str]] = {}
    # Present today, not cancelled, and a matchmaking participant (registered for it or booked for meetings).
    for aid, title, first, last, org, country, *profile in store.conn.execute(
        f"SELECT a.id, a.title, a.first_name, a.last_name, a.organisation, a.country, {profile_sql} "
        "FROM attendees a WHERE a.status != 'cancelled' "
        "AND a.id IN (SELECT attendee_id FROM arrivals WHERE day = ?) "
        "AND (a.registered_for LIKE '%\"matchmaking\"%' "
        "OR a.id IN (SELECT attendee_id FROM meeting_participants))", [*profile_args, day],
    ):
        if aid == attendee_id or aid in meets or (aid in busy and aid not in stranded):
            continue
        shared: list[tuple[str, str]] = []
        score = 0
        for name, mine_w, value in zip(fields, guest_words, profile, strict=True):
            if not mine_w or not value:
                continue
            words = seen.get(value) if isinstance(value, str) else None
            if words is None:
                words = _word_set(value)
                if isinstance(value, str):
                    seen[value] = words  # sectors and interests repeat: split each text once
            common = mine_w.keys() & words
            if common:
                score += _weight(name) * len(common)
                shared += [(name, mine_w[w]) for w in sorted(common)]
        out.append(Suggestion(aid, " ".join(p for p in (title, first, last) if p), org, country, score, shared,
                              stranded.get(aid)))
    rank = lambda s: (-s.score, s.stranded_meeting is None)  # noqa: E731
    out.sort(key=rank)
    # The day's meetings break ties; counted only for those who can still make the list.
    cutoff = rank(out[limit - 1]) if limit is not None and len(out) > limit else None
    contenders = [s for s in out if cutoff is None or rank(s) <= cutoff]
    load = _loads(store, [s.attendee_id for s in contenders], day)
    for s in contenders:
        s.meetings_today = load.get(s.attendee_id, 0)
    out.sort(key=lambda s: (*rank(s), s.meetings_today, s.name, s.attendee_id))
    table = mine[0].table if mine else None
    return Rematch(attendee_id, slot, table, [s.id for s in mine], out if limit is None else out[:limit])


def _free_table(in_slot: list[MeetingStatus]) -> str:
    taken = {s.table for s in in_slot}
    n = 1
    while str(n) in taken:
        n += 1
    return str(n)


def book(store: EventStore, attendee_id: int, slot: datetime, partner_id: int, *,
         at: datetime | None = None) -> Booking:
    """Book a rematch of ``attendee_id`` with ``partner_id`` in ``slot``: the guest's missing-partner meetings
    (and the partner's no-show meeting) are marked no-show and replaced by one new meeting."""
    offer = suggest(store, attendee_id, slot, at=at, limit=None)
    chosen = next((s for s in offer.suggestions if s.attendee_id == partner_id), None)
    if chosen is None:
        who = store.attendee(partner_id)
        name = who.display_name if who else f"#{partner_id}"
        raise MatchmakingError(f"{name} cannot be booked at {offer.slot:%H:%M}: not checked in today, "
                               "already meeting this guest, or not free in that slot", Why.CANNOT_BOOK, name=name,
                               time=f"{offer.slot:%H:%M}")
    in_slot = _slot_statuses(store, offer.slot, at)
    by_id = {s.id: s for s in in_slot}
    replaces = list(offer.replaces) + ([chosen.stranded_meeting] if chosen.stranded_meeting else [])
    first = by_id[replaces[0]] if replaces else None
    table = first.table if first else _free_table(in_slot)
    room = first.meeting.room if first else next((s.meeting.room for s in in_slot if s.meeting.room), None)
    end = first.meeting.end if first else (in_slot[0].meeting.end if in_slot else offer.slot + timedelta(minutes=20))
    # Stations book while apart: a random id needs no coordination and never collides in practice
    # (10^12 values above the imported ids).
    meeting_id = 10**12 + uuid.uuid4().int % 10**12
    fields = {"start": offer.slot.isoformat(), "end": end.isoformat(), "table_no": table,
              "room_id": room.id if room else None, "participants": sorted([attendee_id, partner_id])}
    when = at or utc_now()
    with write_transaction(store.conn):
        for old in replaces:
            if by_id[old].mark != NO_SHOW:
                ledger.record(store, Kind.MEETING_MARK, None, {"meeting_id": old, "state": NO_SHOW}, at=when)
        rec = ledger.record(store, Kind.MEETING_REMATCH, attendee_id, {
            "meeting_id": meeting_id, "replaces": replaces, "for": attendee_id, "partner": partner_id,
            "fields": fields}, at=when)
    return Booking(meeting_id, table, offer.slot, end, attendee_id, partner_id, replaces, rec.record_id)


def suggestion_json(s: Suggestion) -> dict[str, Any]:
    return {"id": s.attendee_id, "name": s.name, "organisation": s.organisation, "country": s.country,
            "score": s.score, "shared": [{"field": f, "value": v} for f, v in s.shared],
            "partner_missing_meeting": s.stranded_meeting, "meetings_today": s.meetings_today}
