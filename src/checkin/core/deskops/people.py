"""People who appear at the desk: walk-ins, substitutes, companions; and corrections on the spot.

Each action is one journal record whose ``fields`` the store applies like any attendee change (venue before
office, see importing/precedence.py), so badges, certificates, reports, exports and the sync back all read the
person who came from the attendees table. New people get an id from this station's block (ids.py) and a code
signed with this copy's certified station key, so their badge opens doors at every station once synced.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .. import codes, pins
from ..desk import Desk, DeskError
from ..desk_ids import next_desk_id
from ..failures import Why
from ..journal import Kind
from ..model import Attendee, Category
from .common import DeskOpsError, OpResult, clean, write

if TYPE_CHECKING:
    from ..store import EventStore

# What the desk form asks for (and what may be given on the command line).
PERSON_FIELDS = ("salutation", "title", "first_name", "last_name", "organisation", "organisation_type",
                 "position", "email", "phone", "country", "language", "category")
# What a correction on the spot may change.
CORRECTABLE = ("salutation", "title", "first_name", "last_name", "organisation", "organisation_type",
               "position", "email", "country", "language", "category")
INVITATION_ONLY = "invitation_only"  # meta: walk-ins need the organiser PIN
_STANDARD = frozenset(c.value for c in Category)


# --- settings ------------------------------------------------------------------------------------------
def invitation_only(store: EventStore) -> bool:
    return bool(store.get_meta(INVITATION_ONLY, False))


def set_invitation_only(store: EventStore, on: bool) -> None:
    from ..roles import require

    require(store, "settings", "switching invitation-only")
    store.set_meta(INVITATION_ONLY, bool(on))


def categories(store: EventStore) -> list[str]:
    """The categories a desk may choose: the standard ones plus any the event's list uses."""
    used = [r[0] for r in store.conn.execute("SELECT DISTINCT category FROM attendees WHERE category != ''")]
    out = [c.value for c in Category]
    return out + sorted(c for c in used if c not in out)


# --- validation ----------------------------------------------------------------------------------------
def _person_fields(store: EventStore, person: dict[str, Any], *, default_category: str = "guest") -> dict[str, Any]:
    unknown = sorted(set(person) - set(PERSON_FIELDS))
    if unknown:
        raise DeskOpsError(f"unknown field(s): {', '.join(unknown)}", Why.UNKNOWN_FIELDS, fields=", ".join(unknown))
    fields = {k: clean(v) for k, v in person.items() if v is not None}
    if not fields.get("first_name") and not fields.get("last_name"):
        raise DeskOpsError("a name is needed (first or last name)", Why.NAME_NEEDED)
    fields.setdefault("category", "")
    fields["category"] = fields["category"] or default_category
    _check_values(store, fields)
    return fields


def _check_values(store: EventStore, fields: dict[str, Any]) -> None:
    email = fields.get("email")
    if email and ("@" not in email or " " in email):
        raise DeskOpsError(f"not an email address: {email!r}", Why.BAD_EMAIL, value=email)
    category = fields.get("category")
    if category and category not in _STANDARD and not store.conn.execute(
            "SELECT 1 FROM attendees WHERE category = ? LIMIT 1", (category,)).fetchone():
        raise DeskOpsError(f"unknown category {category!r} (known: {', '.join(categories(store))})",
                           Why.UNKNOWN_CATEGORY, value=category)
    country = fields.get("country")
    if country and not (len(country) == 2 and country.isalpha()):
        raise DeskOpsError(f"country: a two-letter code such as DE, TR, CZ (not {country!r})", Why.BAD_COUNTRY,
                           value=country)
    if country:
        fields["country"] = country.upper()


def _new_code(store: EventStore, attendee_id: int) -> str:
    try:
        return codes.issue_station_code(store, attendee_id)
    except (PermissionError, TypeError, ValueError) as exc:
        raise DeskOpsError(f"this copy cannot issue codes ({exc}); register the person at a desk copy",
                           Why.CANNOT_ISSUE_CODES) from None


def _desk(store: EventStore, point: str, station: str | None, operator: str | None) -> Desk:
    try:
        return Desk(store, station=station, point=point, operator=operator)
    except DeskError as exc:
        raise DeskOpsError(str(exc), exc.why, **exc.params) from None


def _new_person(store: EventStore, kind: Kind, fields: dict[str, Any], extra: dict[str, Any], desk: Desk,
                at: datetime | None, check_in: bool, source: str) -> OpResult:
    def data_for(_: Any) -> tuple[int, dict[str, Any]]:
        attendee_id = next_desk_id(store)  # under the write lock: no two processes take the same id
        return attendee_id, {"fields": {**fields, "code": _new_code(store, attendee_id)}, **extra}

    rec = write(store, kind, data_for, station=desk.station, operator=desk.operator, at=at)
    decision = desk.check_in(int(rec.attendee_id or 0), at=at, source=source) if check_in else None
    person = store.attendee(int(rec.attendee_id or 0))
    assert person is not None
    return OpResult(person, rec, decision)


def _existing(store: EventStore, attendee_id: int, what: str) -> Attendee:
    a = store.attendee(attendee_id)
    if a is None:
        raise DeskOpsError(f"no {what} with id {attendee_id}", Why.NO_PERSON, id=attendee_id)
    return a


# --- walk-ins ------------------------------------------------------------------------------------------
def register_walkin(store: EventStore, person: dict[str, Any], *, point: str = "main", check_in: bool = True,
                    pin: str | None = None, station: str | None = None, operator: str | None = None,
                    at: datetime | None = None) -> OpResult:
    """Register someone who came without an invitation; by default admit them at once."""
    if invitation_only(store) and pins.pin_required(store) and not pins.attempt(store, "organiser", pin).ok:
        if pin:
            raise DeskOpsError("wrong organiser PIN", Why.WRONG_PIN)
        raise DeskOpsError("this event is invitation-only: a walk-in needs the organiser PIN", Why.INVITATION_ONLY)
    desk = _desk(store, point, station, operator)
    fields = _person_fields(store, person)
    fields.update(walk_in=True, status="registered", registered_for=sorted({"main", desk.point.name}))
    return _new_person(store, Kind.WALKIN, fields, {}, desk, at, check_in, "walkin")


# --- substitutions -------------------------------------------------------------------------------------
def replaced_by(store: EventStore, invited_id: int) -> list[Attendee]:
    """Who came instead of the invited person (normally one)."""
    ids = [r[0] for r in store.conn.execute("SELECT id FROM attendees WHERE replaces = ? ORDER BY id", (invited_id,))]
    return store.attendees_by_ids(ids)


def substitute(store: EventStore, invited_id: int, person: dict[str, Any], *, point: str = "main",
               check_in: bool = True, take_over_arrival: bool = False, station: str | None = None,
               operator: str | None = None, at: datetime | None = None) -> OpResult:
    """A colleague came instead of the invited guest: a new attendee who ``replaces`` the invited one.

    The substitute takes over the invited person's category, registrations and (unless given) organisation.
    If the invited person was admitted today at this point (the colleague showed the boss's invitation),
    ``take_over_arrival`` undoes that check-in so the arrival counts for the person who came.
    """
    invited = _existing(store, invited_id, "invited guest")
    already = replaced_by(store, invited_id)
    if already:
        raise DeskOpsError(f"{invited.display_name} was replaced already by {already[0].display_name} "
                           f"(id {already[0].id})", Why.ALREADY_REPLACED, name=invited.display_name,
                           by=already[0].display_name)
    desk = _desk(store, point, station, operator)
    arrival = _arrival_today(store, invited_id, desk, at)
    if arrival is not None and not take_over_arrival:
        raise DeskOpsError(f"{invited.display_name} is checked in already today; to let the person who came "
                           "take over that arrival, confirm it (--take-over-arrival)", Why.ALREADY_ARRIVED,
                           name=invited.display_name)
    fields = _person_fields(store, {"organisation": invited.organisation, **person},
                            default_category=invited.category)
    for key in ("organisation_type", "country", "language"):
        if not fields.get(key) and getattr(invited, key):
            fields[key] = getattr(invited, key)
    fields.update(status="registered", registered_for=list(invited.registered_for), replaces=invited_id)
    if arrival is not None:
        write(store, Kind.UNDO, lambda _: (invited_id, {"undoes": arrival, "reason": "substitution"}),
              station=desk.station, operator=desk.operator, at=at)
    return _new_person(store, Kind.SUBSTITUTION, fields, {"replaces": invited_id}, desk, at, check_in,
                       "substitution")


def arrived_today(store: EventStore, attendee_id: int, desk: Desk) -> bool:
    """Whether the guest already arrived at the desk's point today (the substitution dialog offers a check-in)."""
    return _arrival_today(store, attendee_id, desk, None) is not None


def _arrival_today(store: EventStore, attendee_id: int, desk: Desk, at: datetime | None) -> str | None:
    from ..journal import utc_now

    day = desk.local_day(at or utc_now())
    row = store.conn.execute("SELECT record_id FROM arrivals WHERE attendee_id = ? AND day = ? AND point = ?",
                             (attendee_id, day, desk.point.name)).fetchone()
    return str(row[0]) if row else None


# --- companions ----------------------------------------------------------------------------------------
def companions_of(store: EventStore, guest_id: int) -> list[Attendee]:
    ids = [r[0] for r in store.conn.execute(
        "SELECT id FROM attendees WHERE companion_of = ? ORDER BY sort_key, id", (guest_id,))]
    return store.attendees_by_ids(ids)


def add_companion(store: EventStore, guest_id: int, person: dict[str, Any], *, point: str = "main",
                  check_in: bool = True, station: str | None = None, operator: str | None = None,
                  at: datetime | None = None) -> OpResult:
    """A companion of a guest: their own attendee (own code, own check-in), listed under the guest."""
    guest = _existing(store, guest_id, "guest")
    if guest.companion_of is not None:  # a companion's companion belongs to the same guest
        guest = _existing(store, guest.companion_of, "guest")
    desk = _desk(store, point, station, operator)
    fields = _person_fields(store, person)
    fields.update(status="registered", registered_for=list(guest.registered_for), companion_of=guest.id)
    return _new_person(store, Kind.COMPANION, fields, {"companion_of": guest.id}, desk, at, check_in, "companion")


# --- corrections ---------------------------------------------------------------------------------------
def correct(store: EventStore, attendee_id: int, changes: dict[str, Any], *, station: str | None = None,
            operator: str | None = None, at: datetime | None = None) -> OpResult:
    """Change name, title, organisation, category ... at the venue; the old values travel in ``original``."""
    a = _existing(store, attendee_id, "attendee")
    unknown = sorted(set(changes) - set(CORRECTABLE))
    if unknown:
        raise DeskOpsError(f"cannot correct {', '.join(unknown)} here (correctable: {', '.join(CORRECTABLE)})",
                           Why.NOT_CORRECTABLE, fields=", ".join(unknown))
    new = {k: clean(v) for k, v in changes.items() if v is not None}
    changed = {k: v for k, v in new.items() if getattr(a, k) != v}
    if not changed:
        raise DeskOpsError("nothing to change: the values are the same as before", Why.NOTHING_TO_CHANGE)
    first = changed.get("first_name", a.first_name)
    last = changed.get("last_name", a.last_name)
    if not first and not last:
        raise DeskOpsError("a name is needed (first or last name)", Why.NAME_NEEDED)
    if changed.get("category") == "":
        raise DeskOpsError("category cannot be empty", Why.CATEGORY_EMPTY)
    _check_values(store, changed)
    original = {k: getattr(a, k) for k in changed}
    rec = write(store, Kind.CORRECTION, lambda _: (attendee_id, {"fields": changed, "original": original}),
                station=station, operator=operator, at=at)
    person = store.attendee(attendee_id)
    assert person is not None
    return OpResult(person, rec)


def original_fields(store: EventStore, attendee_id: int) -> dict[str, Any]:
    """The values from before the first correction of each field (what the office's list said)."""
    out: dict[str, Any] = {}
    for (data,) in store.conn.execute(
            "SELECT data FROM journal WHERE kind = 'correction' AND attendee_id = ? ORDER BY lamport, station_id",
            (attendee_id,)):
        for key, value in (json.loads(data or "{}").get("original") or {}).items():
            out.setdefault(key, value)
    return out
