"""The matchmaking desk's actions on a meeting: mark it held or no-show (or take the mark back), and scan a
guest at the matchmaking area. Each is one journal record, so every station sees it after the next sync."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from .. import agenda, ledger
from ..failures import Failure, Why
from ..journal import Kind, Record, utc_now
from .records import MARKS
from .states import MeetingStatus, Timing, meeting, statuses_of

if TYPE_CHECKING:
    from ..store import EventStore


class MatchmakingError(Failure, ValueError):
    """An action that cannot be done; the message is one line for the user."""


def mark(store: EventStore, meeting_id: int, state: str, *, at: datetime | None = None) -> Record:
    """Record that a meeting was held, was a no-show, or (``planned``) take a mark back."""
    if state not in MARKS:
        raise MatchmakingError(f"a meeting can be marked {', '.join(MARKS)}, not {state!r}", Why.BAD_MARK, state=state)
    if meeting(store, meeting_id, at) is None:
        raise MatchmakingError(f"no meeting {meeting_id} in this event (see `checkin meetings`)", Why.NO_MEETING,
                               id=meeting_id)
    return ledger.record(store, Kind.MEETING_MARK, None, {"meeting_id": int(meeting_id), "state": state}, at=at)


def current_meeting(store: EventStore, attendee_id: int, at: datetime | None = None) -> MeetingStatus | None:
    """The guest's meeting around ``at``: the one running, else the next starting within the risk window."""
    at = (at or utc_now()).astimezone(store.tz)
    ids = [r[0] for r in store.conn.execute(
        "SELECT meeting_id FROM meeting_participants WHERE attendee_id = ?", (attendee_id,))]
    views = agenda.meetings(store, day=at.date(), ids=ids, replaced=False)
    soon = timedelta(minutes=Timing.of(store).risk_minutes)
    near = [m for m in views if m.start - soon <= at < m.end]
    near.sort(key=lambda m: (not (m.start <= at), m.start))
    return statuses_of(store, near[:1], at)[0] if near else None


def scan(store: EventStore, attendee_id: int, *, at: datetime | None = None) -> MeetingStatus:
    """A guest scanned at the matchmaking area: note it on their current meeting (held once both are scanned)."""
    found = current_meeting(store, attendee_id, at)
    if found is None:
        raise MatchmakingError(f"attendee {attendee_id} has no meeting now", Why.NO_MEETING_NOW, id=attendee_id)
    ledger.record(store, Kind.MEETING_SCAN, attendee_id, {"meeting_id": found.id}, at=at)
    return statuses_of(store, [found.meeting], at)[0]
