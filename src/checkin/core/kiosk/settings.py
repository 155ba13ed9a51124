"""What the organiser decides for every kiosk of the event (meta "kiosk", travels with the desk copies),
and the PIN that lets staff leave kiosk mode."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .. import pins, roles
from ..deskops import CORRECTABLE

if TYPE_CHECKING:
    from ..store import EventStore

META_KEY = "kiosk"
EXTRA = "extra:"  # editable "extra:pronouns": a column of the import kept in the guest's extra fields
# Guests may fix how their name prints, not who they are: the family name and category stay the desk's.
DEFAULT_EDITABLE = ("first_name",)


@dataclass(frozen=True)
class KioskSettings:
    editable: tuple[str, ...] = DEFAULT_EDITABLE  # fields a guest may correct on the preview
    confirm_letters: int = 3  # name search: the first letters of the invitation's e-mail address confirm
    name_tries: int = 3  # wrong confirmations before the kiosk sends the guest to the desk
    done_seconds: float = 8.0  # "take your badge" stays this long, then the kiosk starts over
    desk_seconds: float = 12.0  # "please go to the desk" stays this long
    idle_seconds: float = 60.0  # no touch for this long on any step: back to the start, nothing kept
    point: str = "main"

    @classmethod
    def load(cls, store: EventStore) -> KioskSettings:
        raw: dict[str, Any] = dict(store.get_meta(META_KEY) or {})
        editable = tuple(f for f in raw.get("editable", DEFAULT_EDITABLE) if allowed_field(f))
        base = cls()
        return cls(editable=editable,
                   confirm_letters=max(2, int(raw.get("confirm_letters", base.confirm_letters))),
                   name_tries=max(1, int(raw.get("name_tries", base.name_tries))),
                   done_seconds=float(raw.get("done_seconds", base.done_seconds)),
                   desk_seconds=float(raw.get("desk_seconds", base.desk_seconds)),
                   idle_seconds=float(raw.get("idle_seconds", base.idle_seconds)),
                   point=str(raw.get("point", base.point)))

    def save(self, store: EventStore) -> None:
        """Organiser only (desk copies receive it with their copy)."""
        unknown = sorted(f for f in self.editable if not allowed_field(f))
        if unknown:
            raise ValueError(f"guests cannot correct {', '.join(unknown)} (choose from {', '.join(CORRECTABLE)}, "
                             "or extra:NAME for a column of the import, e.g. extra:pronouns)")
        roles.require(store, "settings", "changing the kiosk settings")
        store.set_meta(META_KEY, {"editable": list(self.editable), "confirm_letters": self.confirm_letters,
                                  "name_tries": self.name_tries, "done_seconds": self.done_seconds,
                                  "desk_seconds": self.desk_seconds, "idle_seconds": self.idle_seconds,
                                  "point": self.point})


def allowed_field(name: str) -> bool:
    """A person field the desk may correct, or one of the import's extra columns (pronouns, photo consent)."""
    return name in CORRECTABLE or (name.startswith(EXTRA) and len(name) > len(EXTRA))


def leave_pin_set(store: EventStore) -> bool:
    """A kiosk only starts when a desk or organiser PIN exists: without one, anyone could walk out of it."""
    return pins.role_has_pin(store, roles.DESK)


def can_leave(store: EventStore, pin: str | None, *, now: datetime | None = None) -> pins.PinCheck:
    """The desk or organiser PIN, with the same persisted slow-down as the lock screen."""
    if not leave_pin_set(store):
        return pins.PinCheck(False)
    return pins.attempt(store, roles.DESK, pin, now=now)
