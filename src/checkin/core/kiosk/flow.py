"""The kiosk's steps as a small state machine: what the guest did in, what the kiosk shows next out.

The UI (ui/kiosk) and ``checkin kiosk-sim`` both drive this class; it never prints by itself: when a guest
confirms, the caller hands the badge to its print queue and reports back with ``printed`` (so a slow printer
never blocks the screen, and the benchmark measures the same path as the window).

Privacy: a screen holds at most the one guest the kiosk is serving; ``reset`` drops everything.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from .. import deskops, ledger
from ..desk import Desk, Status, points, resolve_code
from ..journal import Kind, utc_now
from ..textfold import fold
from .referrals import Reason, refer
from .settings import EXTRA, KioskSettings

if TYPE_CHECKING:
    from ..model import Attendee
    from ..store import EventStore


class Step(StrEnum):
    START = "start"  # scan the invitation or type your name
    PREVIEW = "preview"  # the badge as it will print; correct what the organiser allows; confirm
    PRINTING = "printing"  # checked in, badge handed to the printer
    DONE = "done"  # take your badge
    DESK = "desk"  # please go to the desk (the reason is for the staff only)


class KioskError(Exception):
    """A kiosk request that makes no sense in this step; one line for the caller (never shown to guests)."""


# What a desk decision means for the kiosk (admitted goes on to print).
_REFUSALS = MappingProxyType({
    Status.ALREADY_ADMITTED: Reason.ALREADY_CHECKED_IN, Status.INVALID_CODE: Reason.INVALID_CODE,
    Status.WRONG_EVENT: Reason.WRONG_EVENT, Status.REVOKED: Reason.REVOKED, Status.CANCELLED: Reason.CANCELLED,
    Status.NOT_ON_LIST: Reason.NOT_ON_LIST, Status.NOT_REGISTERED_HERE: Reason.NOT_REGISTERED_HERE,
})


@dataclass(frozen=True)
class Screen:
    step: Step = Step.START
    attendee: Attendee | None = None  # the guest being served (with their corrections applied)
    corrections: dict[str, str] = field(default_factory=dict)
    language: str = ""  # the guest's language (from the invitation) once known; "" = the kiosk's default
    reason: Reason | None = None  # DESK: why (journaled for the staff, never shown)
    not_found: bool = False  # START after a name search that matched nobody: "please check and try again"
    tries_left: int = 0
    checkin_record: str | None = None


class Kiosk:
    """One kiosk station: the flow for one guest at a time, on the same event file as the desks."""

    def __init__(self, store: EventStore, *, station: str | None = None, settings: KioskSettings | None = None,
                 point: str | None = None) -> None:
        self.store = store
        self.settings = settings or KioskSettings.load(store)
        known = [p.name for p in points(store)]
        point = point or self.settings.point
        # An event whose entrance is not called "main": the kiosk stands at its first check-in point.
        self.desk = Desk(store, station=station, point=point if point in known else known[0], operator="kiosk")
        self.station = self.desk.station
        self.screen = Screen(tries_left=self.settings.name_tries)

    # --- steps -----------------------------------------------------------------------------------------
    def reset(self) -> Screen:
        """Back to the start with nothing of the last guest kept (after "take your badge", idle, desk)."""
        self.screen = Screen(tries_left=self.settings.name_tries)
        return self.screen

    def scan(self, raw: str, *, at: datetime | None = None) -> Screen:
        """An invitation code from the scanner or camera: the invitation itself proves who it is."""
        self._expect(Step.START)
        at = at or utc_now()
        code = resolve_code(self.store, raw)
        if code.status in ("invalid", "wrong_event"):  # a forged, foreign or unknown code: the desk looks
            return self._refer(Reason.INVALID_CODE if code.status == "invalid" else Reason.WRONG_EVENT, None, at=at)
        attendee = self.store.attendee(code.attendee_id) if code.attendee_id is not None else None
        if code.status == "revoked":
            return self._refer(Reason.REVOKED, attendee, at=at)
        return self._check(attendee, at)

    def find(self, name: str, confirmation: str, *, at: datetime | None = None) -> Screen:
        """A typed name plus the first letters of the guest's e-mail: at most that one person comes back.

        Nobody: "please check and try again" (a few times, then the desk); two namesakes whose addresses
        start alike: the desk. The kiosk never shows a list of people."""
        self._expect(Step.START)
        at = at or utc_now()
        typed = fold(confirmation.strip())
        if len(typed) < self.settings.confirm_letters or not name.strip():
            return self._missed(name, at)
        # More letters than asked for are fine: namesakes with the same first letters tell themselves apart.
        ids = self.store.search(name, limit=200)
        matches = [a for a in self.store.attendees_by_ids(ids) if a.email and fold(a.email).startswith(typed)]
        if len(matches) != 1:  # two people of one name with the same letters: the desk tells them apart
            return self._missed(name, at) if not matches else self._refer(Reason.NOT_CONFIRMED, None, at=at,
                                                                          name=name)
        return self._check(matches[0], at)

    def correct(self, field_name: str, value: str) -> Screen:
        """Change what the organiser lets guests change (shown on the preview, journaled on confirm)."""
        self._expect(Step.PREVIEW)
        if field_name not in self.settings.editable:
            raise KioskError(f"guests may not change {field_name} here (allowed: {', '.join(self.settings.editable)})")
        original = self.store.attendee(self._attendee().id)
        assert original is not None
        value = value.strip()  # outer blanks only: names are stored as typed
        corrections = dict(self.screen.corrections)
        if value == value_of(original, field_name) or (not value and field_name in ("first_name", "last_name")):
            corrections.pop(field_name, None)
        else:
            corrections[field_name] = value
        shown = _with(original, corrections)
        self.screen = dataclasses.replace(self.screen, attendee=shown, corrections=corrections)
        return self.screen

    def confirm(self, *, at: datetime | None = None) -> Screen:
        """The guest confirms the preview: their corrections (as their own) and the check-in are journaled;
        the caller now prints ``screen.attendee`` and reports with ``printed``."""
        self._expect(Step.PREVIEW)
        at = at or utc_now()
        guest = self._attendee()
        decision = self.desk.check_in(guest.id, at=at, source="kiosk")
        if not decision.admitted:
            return self._refer(_REFUSALS.get(decision.status, Reason.NOT_ON_LIST), guest, at=at)
        person = {k: v for k, v in self.screen.corrections.items() if not k.startswith(EXTRA)}
        if person:
            deskops.correct(self.store, guest.id, person, station=self.station, operator="guest", at=at)
        if len(person) < len(self.screen.corrections):  # pronouns, photo consent ...: the extra fields
            old = self.store.attendee(guest.id)
            assert old is not None
            extra = _with(old, self.screen.corrections).extra
            ledger.record(self.store, Kind.CORRECTION, guest.id, {"fields": {"extra": extra}, "original": {"extra": old.extra}},
                              at=at, station_id=self.station, operator="guest")
        self.screen = dataclasses.replace(self.screen, step=Step.PRINTING, checkin_record=decision.record_id)
        return self.screen

    def printed(self, ok: bool, *, at: datetime | None = None) -> Screen:
        """The spooler accepted the badge (take it) or the printer failed (the desk prints it)."""
        self._expect(Step.PRINTING)
        if ok:
            self.screen = dataclasses.replace(self.screen, step=Step.DONE)
            return self.screen
        return self._refer(Reason.PRINTER_FAULT, self._attendee(), at=at or utc_now())

    # --- helpers ---------------------------------------------------------------------------------------
    def _check(self, a: Attendee | None, at: datetime) -> Screen:
        """Everyone the desk should see in person goes there before anything is written for them."""
        if a is None:
            return self._refer(Reason.NOT_ON_LIST, None, at=at)
        if a.attention:
            return self._refer(Reason.VIP, a, at=at)
        if a.status == "cancelled":
            return self._refer(Reason.CANCELLED, a, at=at)
        day = self.desk.local_day(at)
        if self.store.conn.execute("SELECT 1 FROM arrivals WHERE attendee_id = ? AND day = ? AND point = ?",
                                   (a.id, day, self.desk.point.name)).fetchone():
            return self._refer(Reason.ALREADY_CHECKED_IN, a, at=at)
        return self._to_preview(a)

    def _to_preview(self, a: Attendee | None) -> Screen:
        self.screen = Screen(Step.PREVIEW, attendee=a, language=(a.language if a else "") or "",
                             tries_left=self.settings.name_tries)
        return self.screen

    def _missed(self, name: str, at: datetime) -> Screen:
        left = self.screen.tries_left - 1
        if left <= 0:
            return self._refer(Reason.NOT_CONFIRMED, None, at=at, name=name)
        self.screen = Screen(Step.START, not_found=True, tries_left=left)
        return self.screen

    def _refer(self, reason: Reason, a: Attendee | None, *, at: datetime, name: str = "") -> Screen:
        refer(self.store, reason, attendee_id=a.id if a else None, name=a.display_name if a else name.strip(),
              point=self.desk.point.name, station=self.station, at=at)
        # The guest's language still greets them; nothing else of theirs stays on the screen.
        self.screen = Screen(Step.DESK, language=(a.language if a else "") or "", reason=reason)
        return self.screen

    def _attendee(self) -> Attendee:
        if self.screen.attendee is None:
            raise KioskError("no guest on this step")
        return self.screen.attendee

    def _expect(self, *steps: Step) -> None:
        if self.screen.step not in steps:
            raise KioskError(f"not possible on the {self.screen.step} step")


def value_of(a: Attendee, name: str) -> str:
    """What the preview's field for ``name`` starts with (a person field or an extra column)."""
    if name.startswith(EXTRA):
        return str((a.extra or {}).get(name[len(EXTRA):], "") or "")
    return str(getattr(a, name) or "")


def _with(a: Attendee, corrections: dict[str, str]) -> Attendee:
    """The guest as the badge will show them after their corrections."""
    person = {k: v for k, v in corrections.items() if not k.startswith(EXTRA)}
    extra = {k[len(EXTRA):]: v for k, v in corrections.items() if k.startswith(EXTRA)}
    return dataclasses.replace(a, **person, extra={**(a.extra or {}), **extra}) if extra else \
        dataclasses.replace(a, **person)


def screen_json(screen: Screen) -> dict[str, Any]:
    """For ``kiosk-sim --json`` (the reason is there for tests and staff, the window never shows it)."""
    a = screen.attendee
    return {"step": screen.step.value, "attendee_id": a.id if a else None,
            "reason": screen.reason.value if screen.reason else None, "corrections": dict(screen.corrections),
            "language": screen.language, "record_id": screen.checkin_record}
