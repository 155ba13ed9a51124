"""The check-in desk's decisions: scan a code or pick a person -> a Decision (an enum plus data, no UI words).

Only the UI turns a status into colour, words and sound. Every decision that admits has written exactly one
``checkin`` journal record (durably: the store runs synchronous=FULL) before it is returned.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from . import codes, ledger, pins
from .failures import Failure, Why
from .journal import Kind, Record, iso, utc_now
from .model import Attendee
from .serialize import attendee_json, local_iso

if TYPE_CHECKING:
    from .store import EventStore


class Status(StrEnum):
    ADMITTED = "admitted"
    ALREADY_ADMITTED = "already_admitted"
    INVALID_CODE = "invalid_code"
    WRONG_EVENT = "wrong_event"
    REVOKED = "revoked"
    CANCELLED = "cancelled"
    NOT_ON_LIST = "not_on_list"
    NOT_REGISTERED_HERE = "not_registered_here"


# Refusals the organiser may turn into an admission with a reason (and the PIN where the event asks for one).
OVERRIDABLE = frozenset({Status.CANCELLED, Status.REVOKED, Status.NOT_ON_LIST, Status.NOT_REGISTERED_HERE})


class Flag(StrEnum):
    OUTSIDE_EVENT_DATES = "outside_event_dates"  # decided normally, but the day is not one of the event's days
    BADGE_WANTED = "badge_wanted"  # first arrival of this guest at the event: print / hand out the badge
    RETURNING = "returning"  # admitted on an earlier day already: no new badge unless asked
    OVERRIDE = "override"  # admitted against a refusal, with a reason
    REASON_REQUIRED = "reason_required"  # override asked without a reason: still refused
    PIN_REQUIRED = "pin_required"  # override asked without the organiser PIN the event requires
    PIN_WRONG = "pin_wrong"
    POINT_CLOSED_TODAY = "point_closed_today"  # this check-in point is open on other days only
    WRONG_DAY = "wrong_day"  # the guest is registered for other days only
    LAYOUT_REPAIRED = "layout_repaired"  # the scanner typed through a mismatched keyboard layout
    FOREIGN_TICKET = "foreign_ticket"  # a ticket secret from another system (e.g. pretix), not a signed code
    WALK_IN = "walk_in"


@dataclass(frozen=True)
class Point:
    """A check-in point (meta "points"): the main entrance, or one with its own rules."""

    name: str
    label_de: str = ""
    label_en: str = ""
    days: tuple[str, ...] = ()  # empty: every day
    registration_required: bool = False

    def label(self, language: str) -> str:
        return (self.label_de if language == "de" else self.label_en) or self.label_en or self.name


def points(store: EventStore) -> list[Point]:
    raw = store.get_meta("points") or [{"name": "main", "label_de": "Haupteingang", "label_en": "Main entrance"}]
    out = []
    for p in raw:
        if isinstance(p, str):
            p = {"name": p}
        out.append(Point(name=str(p["name"]), label_de=str(p.get("label_de", "")), label_en=str(p.get("label_en", "")),
                         days=tuple(p.get("days") or ()),
                         registration_required=bool(p.get("registration_required", False))))
    return out


@dataclass(frozen=True)
class FirstArrival:
    at: str  # UTC ISO 8601
    station: str


@dataclass(frozen=True)
class Decision:
    status: Status
    point: str
    day: str  # venue-local YYYY-MM-DD
    at: str  # UTC ISO 8601 of the decision
    attendee: Attendee | None = None
    first_arrival: FirstArrival | None = None
    attention: bool = False
    note: str | None = None
    flags: tuple[str, ...] = ()
    record_id: str | None = None  # the checkin record written (admitted only)
    code_attendee_id: int | None = None  # attendee id carried by a signed code (not_on_list: unknown here)
    source: str = "scan"
    override: str | None = None
    # Why the scanned code did not count as it reads (codes.resolve's reason, stable: station_revoked,
    # not_the_stations_guest, reissued, bad_signature, unknown_station_key, not_a_code, other_event, empty,
    # too_long), and who signed it ("event", a station id; "" for foreign tickets and unreadable text).
    code_reason: str = ""
    code_issuer: str = ""

    @property
    def admitted(self) -> bool:
        return self.status == Status.ADMITTED

    @property
    def overridable(self) -> bool:
        return self.status in OVERRIDABLE

    @property
    def attendee_id(self) -> int | None:
        return self.attendee.id if self.attendee else self.code_attendee_id


def decision_json(store: EventStore, d: Decision) -> dict[str, Any]:
    """The JSON shape of ``checkin scan --json`` (attendee object as in ``checkin attendees --json``)."""
    tz = store.tz
    attendee = None
    if d.attendee is not None:
        first = store.first_arrival(d.attendee.id)
        attendee = attendee_json(d.attendee, first.at if first else None, tz)
    return {
        "status": d.status.value,
        "attendee": attendee,
        "first_arrival": ({"at": local_iso(d.first_arrival.at, tz), "station": d.first_arrival.station}
                          if d.first_arrival else None),
        "attention": d.attention, "note": d.note, "flags": list(d.flags),
        "point": d.point, "day": d.day, "at": local_iso(d.at, tz), "record_id": d.record_id,
        "override": d.override, "code_attendee_id": d.code_attendee_id,
        "reason": d.code_reason or None, "issuer": d.code_issuer or None,
    }


# --- codes -------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CodeResult:
    status: str  # valid / invalid / wrong_event / revoked / foreign (as codes.resolve)
    attendee_id: int | None = None
    repaired: bool = False
    reason: str = ""  # why it did not verify or counts as revoked (codes.CodeCheck.reason)
    issuer: str = ""  # "event", a station id, or ""


def resolve_code(store: EventStore, raw: str) -> CodeResult:
    """What a scanned text is (``codes.resolve``: signature, keyboard-layout repair, revocation, tickets)."""
    check = codes.resolve(store, raw)
    status = str(check.status.value)
    typed = "".join(ch for ch in raw if ch.isprintable()).strip()
    repaired = status in ("valid", "revoked") and bool(check.text) and check.text != typed.upper()
    return CodeResult(status, check.attendee_id, repaired, check.reason, check.issuer)


# --- the desk ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class UndoResult:
    undo: Record
    undone: Record
    attendee: Attendee | None


@dataclass(frozen=True)
class Counters:
    point: str
    day: str
    arrived: int
    expected: int
    by_category: dict[str, tuple[int, int]] = field(default_factory=dict)  # category -> (arrived, expected)


class DeskError(Failure):
    """A request the desk cannot carry out (unknown point, unknown attendee); one line for the user."""


class Desk:
    """One desk: a station working one check-in point. Decisions go through here, from GUI and CLI alike."""

    def __init__(self, store: EventStore, *, station: str | None = None, point: str = "main",
                 operator: str | None = None) -> None:
        self.store = store
        self.station = station or store.station_id
        self.operator = operator
        self.reload()
        self.set_point(point)

    def reload(self) -> None:
        """Re-read the event's dates and points (after the organiser changed them)."""
        ev = self.store.event
        self._start: date | None = ev.start
        self._end: date | None = ev.end or ev.start
        self._points = {p.name: p for p in points(self.store)}
        self._tz = self.store.tz

    @property
    def points(self) -> list[Point]:
        return list(self._points.values())

    @property
    def point(self) -> Point:
        return self._point

    def set_point(self, name: str) -> None:
        if name not in self._points:
            raise DeskError(f"unknown check-in point {name!r} (known: {', '.join(self._points)})", Why.UNKNOWN_POINT,
                            point=name)
        self._point = self._points[name]

    def local_day(self, at: datetime) -> str:
        return at.astimezone(self._tz).date().isoformat()

    # --- deciding --------------------------------------------------------------------------------------
    def scan(self, raw: str, *, at: datetime | None = None, override: str | None = None, pin: str | None = None,
             source: str = "scan") -> Decision:
        """A scanned code in, a decision out (admitting writes the journal record first)."""
        at = at or utc_now()
        code = resolve_code(self.store, raw)
        flags: list[str] = []
        if code.repaired:
            flags.append(Flag.LAYOUT_REPAIRED)
        if code.status == "foreign":
            flags.append(Flag.FOREIGN_TICKET)
        if code.status == "invalid":
            late = self._late_pretix_buyer(raw, at)
            if late is not None:
                code, flags = CodeResult("foreign", late), [*flags, Flag.FOREIGN_TICKET]
        if code.status in ("invalid", "wrong_event"):
            status = Status.INVALID_CODE if code.status == "invalid" else Status.WRONG_EVENT
            day = self.local_day(at)
            return Decision(status, self._point.name, day, iso(at), flags=tuple(flags + self._date_flags(day)),
                            source=source, code_reason=code.reason, code_issuer=code.issuer)
        attendee = self.store.attendee(code.attendee_id) if code.attendee_id is not None else None
        decision = self._decide(attendee, code.attendee_id, at=at, override=override, pin=pin, source=source,
                                flags=flags, revoked=code.status == "revoked")
        return replace(decision, code_reason=code.reason, code_issuer=code.issuer)

    def _late_pretix_buyer(self, raw: str, at: datetime) -> int | None:
        """A pretix ticket bought after the last pull: its signature (pretix_sig1) verifies offline, so the
        guest becomes a known attendee (a journal record every station receives) and is decided as usual."""
        from .desk_ids import next_desk_id
        from .pretix.secrets import verify_pretix_secret, walkin_fields

        info = verify_pretix_secret(self.store, raw, at=at)
        if info is None or info.get("revoked") or not info.get("valid_now"):
            return None
        if info.get("attendee_id") is not None:
            return int(info["attendee_id"])
        attendee_id = next_desk_id(self.store)
        fields = {**walkin_fields(info), "registered_for": [p.name for p in self.points]}
        ledger.record(self.store, Kind.WALKIN, attendee_id, {"fields": fields, "source": "pretix_offline"},
                          at=at, station_id=self.station)
        return attendee_id

    def check_in(self, attendee_id: int, *, at: datetime | None = None, override: str | None = None,
                 pin: str | None = None, source: str = "search") -> Decision:
        """Admit a person chosen by name (search, paper backfill): same rules as a scan."""
        attendee = self.store.attendee(attendee_id)
        if attendee is None:
            raise DeskError(f"no attendee with id {attendee_id}", Why.NO_PERSON, id=attendee_id)
        return self._decide(attendee, attendee_id, at=at or utc_now(), override=override, pin=pin, source=source,
                            flags=[], revoked=False)

    def admit_anyway(self, refused: Decision, reason: str, pin: str | None = None,
                     at: datetime | None = None) -> Decision:
        """Override a refusal (cancelled, revoked, not on the list, not registered here) with a reason."""
        if not refused.overridable:
            raise DeskError(f"a decision '{refused.status}' cannot be overridden")
        attendee = self.store.attendee(refused.attendee_id) if refused.attendee_id is not None else None
        return self._decide(attendee, refused.attendee_id, at=at or utc_now(), override=reason, pin=pin,
                            source=refused.source, flags=[f for f in refused.flags if f in _CODE_FLAGS],
                            revoked=refused.status == Status.REVOKED)

    def _date_flags(self, day: str) -> list[str]:
        if self._start and not (self._start.isoformat() <= day <= (self._end or self._start).isoformat()):
            return [Flag.OUTSIDE_EVENT_DATES]
        return []

    def _refusal_reason(self, a: Attendee, day: str) -> tuple[Status | None, list[str]]:
        point = self._point
        if a.status == "cancelled":
            return Status.CANCELLED, []
        if point.days and day not in point.days:
            return Status.NOT_REGISTERED_HERE, [Flag.POINT_CLOSED_TODAY]
        day_regs = [r[4:] for r in a.registered_for if r.startswith("day:")]
        if day_regs and day not in day_regs:
            return Status.NOT_REGISTERED_HERE, [Flag.WRONG_DAY]
        if point.registration_required and point.name not in a.registered_for:
            return Status.NOT_REGISTERED_HERE, []
        return None, []

    def _decide(self, a: Attendee | None, attendee_id: int | None, *, at: datetime, override: str | None,
                pin: str | None, source: str, flags: list[str], revoked: bool) -> Decision:
        day = self.local_day(at)
        point = self._point.name
        flags = flags + self._date_flags(day)
        if a is not None and a.walk_in:
            flags.append(Flag.WALK_IN)
        base = Decision(Status.ADMITTED, point, day, iso(at), attendee=a, code_attendee_id=attendee_id,
                        attention=bool(a and a.attention), note=(a.desk_note or None) if a else None, source=source)
        refusal: Status | None = None
        if revoked:
            refusal = Status.REVOKED
        else:
            row = self.store.conn.execute(
                "SELECT at, station_id FROM arrivals WHERE attendee_id = ? AND day = ? AND point = ?",
                (attendee_id, day, point)).fetchone()
            if row is not None:  # came back the same day: no second admission, no VIP alarm again
                return replace(base, status=Status.ALREADY_ADMITTED, first_arrival=FirstArrival(row[0], row[1]),
                               attention=False, flags=tuple(flags))
            if a is None:
                refusal = Status.NOT_ON_LIST
            else:
                refusal, extra = self._refusal_reason(a, day)
                flags += extra
        if refusal is not None:
            if override is None:
                return replace(base, status=refusal, flags=tuple(flags))
            reason = override.strip()
            if not reason:
                return replace(base, status=refusal, flags=tuple([*flags, Flag.REASON_REQUIRED]))
            # Issue 25: counted and slowed down in the event file, so every process of this desk waits too.
            if pins.pin_required(self.store) and not pins.attempt(self.store, "organiser", pin).ok:
                return replace(base, status=refusal,
                               flags=tuple([*flags, Flag.PIN_WRONG if pin else Flag.PIN_REQUIRED]))
            flags.append(Flag.OVERRIDE)
        if attendee_id is None:  # unreachable: a decision without a person cannot admit
            raise DeskError("nobody to admit")
        earlier = self.store.conn.execute(
            "SELECT 1 FROM arrivals WHERE attendee_id = ? AND day < ? LIMIT 1", (attendee_id, day)).fetchone()
        flags.append(Flag.RETURNING if earlier else Flag.BADGE_WANTED)
        data: dict[str, Any] = {"day": day, "point": point, "source": source}
        if refusal is not None:
            data["override"] = override.strip() if override else ""
            data["overridden"] = refusal.value
        rec = ledger.record(self.store, Kind.CHECKIN, attendee_id, data, at=at, station_id=self.station,
                                operator=self.operator)
        return replace(base, flags=tuple(flags), record_id=rec.record_id,
                       override=data.get("override"))

    # --- undo ------------------------------------------------------------------------------------------
    def last_checkin(self) -> Record | None:
        """This station's latest check-in that is not undone yet."""
        row = self.store.conn.execute(
            "SELECT record_id FROM journal WHERE station_id = ? AND kind = 'checkin' AND record_id NOT IN "
            "(SELECT json_extract(data, '$.undoes') FROM journal WHERE kind = 'undo') ORDER BY seq DESC LIMIT 1",
            (self.station,)).fetchone()
        return self.store.journal.get(row[0]) if row else None

    def undo_last(self, at: datetime | None = None, *, expected: str | None = None) -> UndoResult | None:
        """Record an undo of this station's last check-in (never deletes). None if there is nothing to undo,
        or if ``expected`` (the record the worker confirmed) is no longer the last one."""
        last = self.last_checkin()
        if last is None or (expected is not None and last.record_id != expected):
            return None
        undo = ledger.record(self.store, Kind.UNDO, last.attendee_id, {"undoes": last.record_id}, at=at,
                                 station_id=self.station, operator=self.operator)
        who = self.store.attendee(last.attendee_id) if last.attendee_id is not None else None
        return UndoResult(undo, last, who)

    # --- counters --------------------------------------------------------------------------------------
    def counters(self, day: str | None = None) -> Counters:
        return counters(self.store, self._point, day or self.local_day(utc_now()))


_CODE_FLAGS = frozenset({Flag.LAYOUT_REPAIRED, Flag.FOREIGN_TICKET})


def counters(store: EventStore, point: Point, day: str) -> Counters:
    """Arrived / expected at one point on one day, per category (expected: not cancelled, registered here)."""
    where = "status != 'cancelled'"
    args: list[Any] = []
    if point.registration_required:
        where += " AND EXISTS (SELECT 1 FROM json_each(attendees.registered_for) WHERE value = ?)"
        args.append(point.name)
    expected = dict(store.conn.execute(
        f"SELECT category, COUNT(*) FROM attendees WHERE {where} GROUP BY category", args).fetchall())
    arrived = dict(store.conn.execute(
        "SELECT COALESCE(a.category, ''), COUNT(*) FROM arrivals r LEFT JOIN attendees a ON a.id = r.attendee_id "
        "WHERE r.point = ? AND r.day = ? GROUP BY 1", (point.name, day)).fetchall())
    cats = sorted(set(expected) | set(arrived), key=lambda c: (-expected.get(c, 0), c))
    return Counters(point.name, day, sum(arrived.values()), sum(expected.values()),
                    {c: (arrived.get(c, 0), expected.get(c, 0)) for c in cats})
