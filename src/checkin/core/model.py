"""Plain data types of the domain. No I/O, no Qt."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    INVITED = "invited"
    REGISTERED = "registered"
    CANCELLED = "cancelled"


class Category(StrEnum):
    GUEST = "guest"
    SPEAKER = "speaker"
    PRESS = "press"
    STAFF = "staff"
    EXHIBITOR = "exhibitor"
    MINISTRY = "ministry"


class OrgType(StrEnum):
    SME = "sme"
    LARGE = "large_company"
    RESEARCH = "research"
    PUBLIC = "public_body"
    ASSOCIATION = "association"
    OTHER = "other"


# Attendee columns in the order the CLI and exports show them.
ATTENDEE_FIELDS: tuple[str, ...] = (
    "id", "external_id", "salutation", "title", "first_name", "last_name", "organisation",
    "organisation_type", "position", "email", "phone", "country", "language", "category", "status",
    "registered_for", "attention", "desk_note", "companion_of", "extra", "code", "walk_in", "replaces",
)


@dataclass(slots=True)
class Attendee:
    id: int
    first_name: str = ""
    last_name: str = ""
    external_id: str | None = None
    salutation: str = ""
    title: str = ""
    organisation: str = ""
    organisation_type: str = ""
    position: str = ""
    email: str = ""
    phone: str = ""
    country: str = ""  # ISO 3166-1 alpha-2
    language: str = ""  # "de" / "en"
    category: str = Category.GUEST.value
    status: str = Status.INVITED.value
    registered_for: list[str] = field(default_factory=list)  # check-in points and "day:YYYY-MM-DD"
    attention: bool = False
    desk_note: str = ""
    companion_of: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    code: str = ""  # text of the QR code: signed invitation code or foreign ticket secret
    walk_in: bool = False
    replaces: int | None = None  # substitution: id of the invited person this one came for

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.title, self.first_name, self.last_name) if p)

    @property
    def sort_name(self) -> str:
        return f"{self.last_name}, {self.first_name}".strip(", ")

    def to_row(self) -> dict[str, Any]:
        # Not dataclasses.asdict: its deep copy dominated bulk imports (50k rows: 10 s -> 0.1 s).
        row = {name: getattr(self, name) for name in ATTENDEE_FIELDS}
        row["registered_for"] = json.dumps(self.registered_for, ensure_ascii=False)
        row["extra"] = json.dumps(self.extra, ensure_ascii=False)
        row["attention"] = int(self.attention)
        row["walk_in"] = int(self.walk_in)
        return row

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Attendee:
        data = {k: row[k] for k in ATTENDEE_FIELDS if k in row}
        data["registered_for"] = json.loads(data.get("registered_for") or "[]")
        data["extra"] = json.loads(data.get("extra") or "{}")
        data["attention"] = bool(data.get("attention"))
        data["walk_in"] = bool(data.get("walk_in"))
        for key in ("external_id",):
            if data.get(key) == "":
                data[key] = None
        return cls(**{k: ("" if v is None and k not in _NULLABLE else v) for k, v in data.items()})


_NULLABLE = frozenset({"external_id", "companion_of", "replaces"})


@dataclass(slots=True)
class Event:
    id: str  # uuid hex
    title: str
    venue: str = ""
    timezone: str = "Europe/Berlin"
    start: date | None = None
    end: date | None = None
    languages: list[str] = field(default_factory=lambda: ["de", "en"])

    def days(self) -> list[date]:
        if not self.start:
            return []
        from datetime import timedelta

        end = self.end or self.start
        return [self.start + timedelta(days=i) for i in range((end - self.start).days + 1)]


@dataclass(slots=True)
class Room:
    id: int
    name: str
    building: str = ""
    floor: str = ""
    directions: str = ""
    capacity: int | None = None
    floor_plan: str = ""  # path or resource name of a floor-plan image


@dataclass(slots=True)
class Session:
    id: int
    title_de: str
    title_en: str
    start: str  # ISO 8601 with offset
    end: str
    room_id: int | None = None
    capacity: int | None = None
    kind: str = "session"  # plenary / forum / exhibition / reception / matchmaking / break


@dataclass(slots=True)
class Meeting:
    id: int
    start: str
    end: str
    table_no: str
    participants: list[int] = field(default_factory=list)
    room_id: int | None = None
