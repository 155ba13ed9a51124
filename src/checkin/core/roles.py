"""Roles: what the organiser, a desk and a helper may see and do.

The role of a station is meta "role" of its event copy ("organiser" in the master). Roles hold in the data,
not only on screen: a helper copy is written without emails, phone numbers, desk notes and extra fields, and
SQL triggers inside the copy blank those fields again whenever a sync brings them in (plain SQL, so they hold
for every connection and every command run on the helper's laptop, not only for this program's GUI).
"""

from __future__ import annotations

import dataclasses
import sqlite3
from typing import TYPE_CHECKING, Any

from .model import ATTENDEE_FIELDS, Attendee

if TYPE_CHECKING:
    from .copies import CopyRequest
    from .store import EventStore

ORGANISER, DESK, HELPER = "organiser", "desk", "helper"
ROLES: tuple[str, ...] = (ORGANISER, DESK, HELPER)
RANK = {HELPER: 0, DESK: 1, ORGANISER: 2}

# What each role may do (action names are plain strings so screens and commands can ask `can(role, x)`).
ACTIONS: dict[str, frozenset[str]] = {
    HELPER: frozenset({"programme", "lookup", "door_checkin"}),
    DESK: frozenset({"programme", "lookup", "door_checkin", "checkin", "walkin", "correct", "print", "handout",
                     "see_contact", "see_notes"}),
}
ACTIONS[ORGANISER] = ACTIONS[DESK] | {"import", "export", "audit", "purge", "copy", "settings", "reports",
                                      "see_extra", "switch_role"}

# Screens a role may open, beyond what each screen's own spec says (keys of ScreenSpec; others: the spec).
SCREEN_POLICY: dict[str, tuple[str, ...]] = {
    "desk": (ORGANISER, DESK), "attendees": (ORGANISER, DESK), "stations": (ORGANISER, DESK),
    "settings": (ORGANISER, DESK), "audit": (ORGANISER,), "import": (ORGANISER,),
}


def screen_allowed(key: str, role: str, spec_roles: tuple[str, ...]) -> bool:
    role = normalise(role)
    return role in spec_roles and role in SCREEN_POLICY.get(key, ROLES)


# Fields a helper copy never holds (and the GUI never shows a helper).
HELPER_HIDDEN: tuple[str, ...] = ("email", "phone", "desk_note", "extra")
# Names, organisation and agenda only: the attendee columns a helper sees.
HELPER_VISIBLE: tuple[str, ...] = ("id", "salutation", "title", "first_name", "last_name", "organisation")

_BLANK = {"email": "''", "phone": "''", "desk_note": "''", "extra": "'{}'", "salutation": "''", "title": "''",
          "first_name": "''", "last_name": "''", "organisation": "''", "position": "''", "external_id": "NULL",
          "code": "''", "sort_key": "''"}


def normalise(role: str | None) -> str:
    return role if role in ROLES else ORGANISER


def store_role(store: EventStore) -> str:
    """The role the event copy allows (the highest a station can be without the organiser PIN)."""
    return normalise(store.get_meta("role", ORGANISER))


def can(role: str, action: str) -> bool:
    return action in ACTIONS[normalise(role)]


def at_least(role: str, needed: str) -> bool:
    return RANK[normalise(role)] >= RANK[needed]


def visible_fields(role: str) -> tuple[str, ...]:
    role = normalise(role)
    if role == HELPER:
        return HELPER_VISIBLE
    if role == DESK:
        return tuple(f for f in ATTENDEE_FIELDS if f != "extra")
    return ATTENDEE_FIELDS


def field_visible(role: str, name: str) -> bool:
    return name in visible_fields(role)


def redact(attendee: Attendee, role: str) -> Attendee:
    """A copy of ``attendee`` with what ``role`` may not see blanked (names are never touched)."""
    hidden = [f for f in ATTENDEE_FIELDS if f not in visible_fields(role)]
    blank: dict[str, Any] = {}
    for name in hidden:
        if name in ("email", "phone", "desk_note", "position", "code", "country", "language", "salutation"):
            blank[name] = ""
        elif name == "extra":
            blank[name] = {}
    return dataclasses.replace(attendee, **blank)


def redact_json(obj: dict[str, Any], role: str) -> dict[str, Any]:
    """Drop hidden attendee keys from a JSON attendee object (``serialize.attendee_json``)."""
    if normalise(role) == ORGANISER:
        return obj
    hidden = HELPER_HIDDEN if normalise(role) == HELPER else ("extra",)
    return {k: v for k, v in obj.items() if k not in hidden}


# --- guards inside the data --------------------------------------------------------------------------------
def guard_sql(name: str, fields: tuple[str, ...], journal_keys: tuple[str, ...]) -> list[str]:
    """Triggers that blank ``fields`` of any attendee row written later and strip ``journal_keys`` from the
    data of any journal record inserted later (records merged from a station that still has them)."""
    sets = ", ".join(f"{f} = {_BLANK[f]}" for f in fields)
    dirty = " OR ".join(f"NEW.{f} IS NOT {_BLANK[f]}" for f in fields)
    paths = [f"'$.{prefix}{k}'" for k in journal_keys for prefix in ("", "fields.", "original.", "attendee.", "person.")]
    stripped = "data"
    for start in range(0, len(paths), 40):  # SQLite allows at most 100 arguments per function call
        stripped = f"json_remove({stripped}, {', '.join(paths[start:start + 40])})"
    return [
        f"DROP TRIGGER IF EXISTS {name}_ins", f"DROP TRIGGER IF EXISTS {name}_upd",
        f"DROP TRIGGER IF EXISTS {name}_journal",
        f"CREATE TRIGGER {name}_ins AFTER INSERT ON attendees WHEN {dirty} "
        f"BEGIN UPDATE attendees SET {sets} WHERE id = NEW.id; END",
        f"CREATE TRIGGER {name}_upd AFTER UPDATE ON attendees WHEN {dirty} "
        f"BEGIN UPDATE attendees SET {sets} WHERE id = NEW.id; END",
        f"CREATE TRIGGER {name}_journal AFTER INSERT ON journal "
        f"BEGIN UPDATE journal SET data = {stripped} WHERE record_id = NEW.record_id; END",
    ]


def strip_keys(value: Any, keys: frozenset[str]) -> Any:
    """``value`` (journal data) without ``keys`` at any depth."""
    if isinstance(value, dict):
        return {k: strip_keys(v, keys) for k, v in value.items() if k not in keys}
    if isinstance(value, list):
        return [strip_keys(v, keys) for v in value]
    return value


def strip_journal(conn: sqlite3.Connection, keys: frozenset[str]) -> int:
    """Remove ``keys`` from the data of every journal record; returns how many records changed."""
    import json

    changed = []
    for record_id, data in conn.execute("SELECT record_id, data FROM journal"):
        try:
            value = json.loads(data or "{}")
        except ValueError:
            continue
        stripped = strip_keys(value, keys)
        if stripped != value:
            changed.append((json.dumps(stripped, ensure_ascii=False), record_id))
    conn.executemany("UPDATE journal SET data = ? WHERE record_id = ?", changed)
    return len(changed)


def reset_search_terms(conn: sqlite3.Connection) -> None:
    """The typo-search tables hold folded words of names and emails: empty them; they rebuild from FTS."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "search_terms" in tables:
        conn.execute("DELETE FROM search_terms")
        conn.execute("DELETE FROM search_deletes")
        conn.execute("UPDATE search_state SET changes = changes + 1, synced = 0")


def _helper_edit(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("UPDATE attendees SET email = '', phone = '', desk_note = '', extra = '{}'")
    conn.execute("UPDATE attendee_fts SET email = ''")
    strip_journal(conn, frozenset(HELPER_HIDDEN))
    reset_search_terms(conn)
    for statement in guard_sql("helper_guard", HELPER_HIDDEN, HELPER_HIDDEN):
        conn.execute(statement)


def prepare_helper_copy(store: EventStore, req: CopyRequest) -> dict[str, Any]:
    """Preparer for ``checkin copy PATH OUT --helper`` (see ``copies.COPY_KINDS``)."""
    req.meta.update({"role": HELPER, "station_id": req.station})
    req.edits.append(_helper_edit)
    return {"hidden_fields": list(HELPER_HIDDEN)}
