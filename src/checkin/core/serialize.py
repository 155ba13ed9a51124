"""JSON shapes shared by the CLI and exports (the attendee object of `attendees --json` and `scan --json`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from .model import Attendee


def parse_time(text: str) -> datetime:
    """An instant from ISO 8601 text with an offset (ValueError without one)."""
    when = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    if when.tzinfo is None:
        raise ValueError(f"time without offset: {text!r}")
    return when


def local_iso(utc_text: str | None, tz: ZoneInfo) -> str | None:
    """A stored UTC time as ISO 8601 in the venue's time zone, with its offset."""
    if not utc_text:
        return None
    return datetime.fromisoformat(utc_text).astimezone(tz).isoformat(timespec="seconds")


def attendee_json(a: Attendee, arrived_at_utc: str | None, tz: ZoneInfo) -> dict[str, Any]:
    return {
        "id": a.id, "external_id": a.external_id, "salutation": a.salutation, "title": a.title,
        "first_name": a.first_name, "last_name": a.last_name, "organisation": a.organisation,
        "organisation_type": a.organisation_type, "position": a.position, "email": a.email, "phone": a.phone,
        "country": a.country, "language": a.language, "category": a.category, "status": a.status,
        "registered_for": a.registered_for, "attention": a.attention, "desk_note": a.desk_note or None,
        "companion_of": a.companion_of, "walk_in": a.walk_in, "replaces": a.replaces, "extra": a.extra,
        "code": a.code, "arrived_at": local_iso(arrived_at_utc, tz),
    }
