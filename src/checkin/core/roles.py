"""Roles: what the organiser, a desk and a helper may see and do.

The role of a station is meta "role" of its event copy ("organiser" in the master). Roles hold in the data,
not only on screen: a helper copy is written without emails, phone numbers, desk notes and extra fields, and
SQL triggers inside the copy blank those fields again whenever a sync brings them in (plain SQL, so they hold
for every connection and every command run on the helper's laptop, not only for this program's GUI).

What a role may *do* is the table POLICY below, enforced in the operations at two places: every journal record
a station writes itself passes ``check_kind`` (``core.ledger``), so a desk copy cannot author a programme
change whichever screen or command tries; and every CLI command passes ``check_command`` when it opens its
event file (``cli.common.open_event``), so refusals come before any work, as one line. Core functions that
write organiser settings outside the journal (PINs, retention, import, pretix, copies) call ``require``.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from .failures import Failure, Why
from .model import ATTENDEE_FIELDS, Attendee

if TYPE_CHECKING:
    from .store import EventStore

ORGANISER, DESK, HELPER = "organiser", "desk", "helper"
ROLES: tuple[str, ...] = (ORGANISER, DESK, HELPER)
RANK = MappingProxyType({HELPER: 0, DESK: 1, ORGANISER: 2})


# --- the policy: what each role may do ----------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class Rule:
    """One action: the lowest role allowed, how a refusal names it, and what needs it.

    ``commands`` maps a CLI command ("pretix pull"; "layouts --add" = only with that option) to the words a
    refusal uses for it ("" = ``what``); ``kinds`` are the journal records a station must be allowed this
    action to write itself (records merged from other stations always come in).
    """

    least: str
    what: str
    commands: dict[str, str] = dataclasses.field(default_factory=dict)
    kinds: tuple[str, ...] = ()


# The one table. Helpers (forum-door tablets) look up the programme, rooms and people and count session
# doors; desks also admit, register, correct, print and hand out; everything else is the organiser's file.
POLICY: Mapping[str, Rule] = MappingProxyType({
    # every station, helper tablets included
    "lookup": Rule(HELPER, "looking up people", {
        "info": "", "search": "", "verify": "", "agenda": "", "agenda-pdf": "", "matchmaking": "",
        "layouts": "", "role": "", "retention": "", "kiosk-settings": ""}),
    # commands that open no existing event, or (the GUI) apply the roles themselves
    "start": Rule(HELPER, "starting", {"gui": "", "decode": "", "demo": "", "new": "",
                                        # this laptop's desk settings (checkin.ini), not the event's data
                                        "settings": "", "settings list": "", "settings get": "",
                                        "settings set": ""}),
    "programme": Rule(HELPER, "showing the programme", {"now": ""}),
    "door_checkin": Rule(HELPER, "counting a session door", {"session-scan": ""},
                         ("session_entry", "session_exit")),
    "matchmaking_lookup": Rule(HELPER, "looking up meetings", {"meetings": "", "rematch": "",
                                                               "matchmaking-settings": ""}),
    "matchmaking_scan": Rule(HELPER, "scanning at the matchmaking area", {}, ("meeting_scan",)),
    "notices": Rule(HELPER, "acknowledging VIP notices", {"notices": ""}, ("attention_ack",)),
    "sync": Rule(HELPER, "syncing with other stations", {
        "serve": "", "sync": "", "pair": "", "bundle export": "", "bundle import": "", "stations": ""}),
    # desks (and the organiser)
    "checkin": Rule(DESK, "checking guests in", {
        "scan": "", "undo": "undoing a check-in", "backfill": "entering arrivals from the paper list",
        "kiosk-sim": "running the self-service kiosk"}, ("checkin", "undo", "kiosk_referral")),
    "walkin": Rule(DESK, "registering people at the desk", {
        "walkin": "registering a walk-in", "substitute": "registering a substitute",
        "companion": "registering companions"}, ("walkin", "substitution", "companion")),
    "correct": Rule(DESK, "correcting a guest's details", {"correct": ""}, ("correction",)),
    "print": Rule(DESK, "printing badges", {
        "badges": "", "print": "", "qr": "writing an invitation QR code", "lists": "writing the paper lists",
        "badge-collected": "noting collected badges"}, ("badge_print", "badge_collected")),
    "matchmaking_desk": Rule(DESK, "running the matchmaking desk", {
        "meeting-held": "marking a meeting held", "meeting-noshow": "marking a no-show",
        "rematch --book": "booking a rematch"}, ("meeting_mark", "meeting_rematch")),
    "handout": Rule(DESK, "handing out items", {"handout": ""}, ("handout",)),
    # a lost or leaked code is replaced at the desk (signed with the desk's certified station key)
    "reissue": Rule(DESK, "reissuing a code", {"reissue": ""}, ("code_reissue",)),
    "station": Rule(DESK, "listing attendees and closing the day", {
        "attendees": "listing the attendees", "backup": "a backup", "close-day": "closing the day",
        "conflicts": "the double admissions"}),
    "see_contact": Rule(DESK, "seeing emails and phone numbers"),
    "see_notes": Rule(DESK, "seeing desk notes"),
    # the organiser's file
    "programme_edit": Rule(ORGANISER, "changing the programme", {"move-session": "moving a session"},
                           ("session_upsert", "meeting_upsert")),
    "import": Rule(ORGANISER, "importing attendees", {"import": "importing lists", "pretix pull": "a pretix pull"},
                   ("attendee_upsert",)),
    "invitations": Rule(ORGANISER, "writing invitation letters", {"invitations": ""}),
    "copy": Rule(ORGANISER, "making station copies", {"copy": ""}, ("station_cert",)),
    "revoke_station": Rule(ORGANISER, "revoking a station", {"stations --revoke": ""}, ("station_revoke",)),
    "settings": Rule(ORGANISER, "changing the event's settings", {
        "organiser-pin": "setting the organiser PIN", "invitation-only": "switching invitation-only",
        "layouts --add": "saving a badge layout", "layouts --default": "choosing the default badge layout",
        "role --set-pin": "setting a role PIN", "role --clear-pin": "removing a role PIN",
        "retention --until": "setting the retention date", "pretix status": "the pretix settings",
        "matchmaking-settings --profile": "choosing the matchmaking profile",
        "matchmaking-settings --risk-minutes": "setting the matchmaking minutes",
        "matchmaking-settings --noshow-minutes": "setting the matchmaking minutes",
        "kiosk-settings --editable": "changing the kiosk settings",
        "kiosk-settings --idle-seconds": "changing the kiosk settings",
        "kiosk-settings --done-seconds": "changing the kiosk settings"}, ("layout",)),
    "export": Rule(ORGANISER, "exporting personal data", {
        "export": "exporting the attendance list", "pretix push": "a pretix push"}),
    "reports": Rule(ORGANISER, "the reports", {
        "report": "the report", "certificates": "certificates", "figures": "the figures workbook"}),
    "audit": Rule(ORGANISER, "the audit", {"audit": ""}),
    "purge": Rule(ORGANISER, "purging personal data", {"purge": ""}, ("purge",)),
    "see_extra": Rule(ORGANISER, "seeing the import's extra fields"),
    "switch_role": Rule(ORGANISER, "switching this station's role"),
})

# What each role may do (action names are plain strings so screens and commands can ask `can(role, x)`).
ACTIONS: Mapping[str, frozenset[str]] = MappingProxyType({
    role: frozenset(a for a, rule in POLICY.items() if RANK[role] >= RANK[rule.least]) for role in ROLES})
COMMAND_RULES: Mapping[str, tuple[str, str]] = MappingProxyType({
    cmd: (action, words or rule.what) for action, rule in POLICY.items() for cmd, words in rule.commands.items()})
KIND_RULES: Mapping[str, tuple[str, str]] = MappingProxyType({
    kind: (action, rule.what) for action, rule in POLICY.items() for kind in rule.kinds})

# Screens a role may open, beyond what each screen's own spec says (keys of ScreenSpec; others: the spec).
SCREEN_POLICY: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "desk": (ORGANISER, DESK), "attendees": (ORGANISER, DESK), "stations": (ORGANISER, DESK),
    "settings": (ORGANISER, DESK), "audit": (ORGANISER,), "import": (ORGANISER,),
    "syncback": (ORGANISER,),  # the attendance export and pretix: POLICY "export"/"import"
})


def screen_allowed(key: str, role: str, spec_roles: tuple[str, ...]) -> bool:
    role = normalise(role)
    return role in spec_roles and role in SCREEN_POLICY.get(key, ROLES)


# Fields a helper copy never holds (and the GUI never shows a helper).
HELPER_HIDDEN: tuple[str, ...] = ("email", "phone", "desk_note", "extra")
# Names, organisation and agenda only: the attendee columns a helper sees.
HELPER_VISIBLE: tuple[str, ...] = ("id", "salutation", "title", "first_name", "last_name", "organisation")

_BLANK = MappingProxyType({"email": "''", "phone": "''", "desk_note": "''", "extra": "'{}'", "salutation": "''", "title": "''",
          "first_name": "''", "last_name": "''", "organisation": "''", "position": "''", "external_id": "NULL",
          "code": "''", "sort_key": "''"})


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
    # A helper needs no admission code either (door scans verify the signature; QR codes are printed at desks).
    hidden = (*HELPER_HIDDEN, "code") if normalise(role) == HELPER else ("extra",)
    return {k: v for k, v in obj.items() if k not in hidden}


# --- enforcement ---------------------------------------------------------------------------------------
class RoleError(Failure, PermissionError):
    """This station's role may not do that (one line for the user)."""


def _role_of(store: EventStore) -> tuple[str, bool]:
    """(role, switched): the role this station acts in on ``store``'s file, and whether it was switched (the
    GUI's role switch lives on the event's session, ``core.session.EventSession.role``)."""
    session = store.session
    if session is not None and session.role:
        return normalise(session.role), True
    return store_role(store), False


def acting_role(store: EventStore) -> str:
    """The role this station acts in now: its copy's, or the one the GUI switched to."""
    return _role_of(store)[0]


def refusal(role: str, action: str, what: str = "", *, switched: bool = False) -> str:
    rule = POLICY[action]
    who = f"this station works as {role}" if switched else f"this is a {role} copy"
    needs = "the organiser's file" if rule.least == ORGANISER else "a desk copy or the organiser's file"
    return f"{who}: {what or rule.what} needs {needs}"


def refused(role: str, action: str, what: str = "", *, switched: bool = False) -> RoleError:
    """The refusal as an error: the English line for the CLI, the role and what it needs for the screens."""
    needs = ORGANISER if POLICY[action].least == ORGANISER else DESK
    return RoleError(refusal(role, action, what, switched=switched), Why.ROLE_REFUSED, role=role, needs=needs,
                     switched="yes" if switched else "no")


def require(store: EventStore, action: str, what: str = "") -> None:
    """Raise RoleError unless this station may do ``action`` (a key of POLICY)."""
    role, switched = _role_of(store)
    if not can(role, action):
        raise refused(role, action, what, switched=switched)


def check_kind(store: EventStore, kind: str) -> None:
    """Called for every journal record a station writes itself (``core.ledger``): may its role author this kind?"""
    rule = KIND_RULES.get(str(kind))
    if rule is None:
        return
    role, switched = _role_of(store)
    if not can(role, rule[0]):
        raise refused(role, rule[0], rule[1], switched=switched)


def command_rules(command: str, args: Any) -> list[tuple[str, str]]:
    """(action, words) a CLI command needs with these arguments: its own, plus those of options it uses."""
    needed = []
    base = COMMAND_RULES.get(command)
    if base is None:  # a command nobody classified is refused on copies (tests keep the table complete)
        needed.append(("switch_role", f"'{command}' (not cleared for copies)"))
    else:
        needed.append(base)
    for key, rule in COMMAND_RULES.items():
        cmd, _, option = key.partition(" --")
        if cmd == command and option and getattr(args, option.replace("-", "_"), None):
            needed.append(rule)
    return needed


def check_command(store: EventStore, command: str, args: Any) -> None:
    """Raise RoleError unless this station may run ``command`` with ``args`` (see ``cli.common``)."""
    role, switched = _role_of(store)
    for action, words in command_rules(command, args):
        if not can(role, action):
            raise refused(role, action, words, switched=switched)


# --- guards inside the data --------------------------------------------------------------------------------
def guard_sql(name: str, fields: tuple[str, ...], journal_keys: tuple[str, ...],
              spare_kinds: tuple[str, ...] = ()) -> list[str]:
    """Triggers that blank ``fields`` of any attendee row written later and strip ``journal_keys`` from the
    data of any journal record inserted later (records merged from a station that still has them), except
    records of ``spare_kinds``."""
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
        + (f"WHEN NEW.kind NOT IN ({', '.join(repr(k) for k in spare_kinds)}) " if spare_kinds else "")
        + f"BEGIN UPDATE journal SET data = {stripped} WHERE record_id = NEW.record_id; END",
    ]


def strip_keys(value: Any, keys: frozenset[str]) -> Any:
    """``value`` (journal data) without ``keys`` at any depth."""
    if isinstance(value, dict):
        return {k: strip_keys(v, keys) for k, v in value.items() if k not in keys}
    if isinstance(value, list):
        return [strip_keys(v, keys) for v in value]
    return value


def strip_journal(conn: sqlite3.Connection, keys: frozenset[str], spare_kinds: tuple[str, ...] = ()) -> int:
    """Remove ``keys`` from the data of every journal record but those of ``spare_kinds``; returns how many
    records changed."""

    changed = []
    spared = f" WHERE kind NOT IN ({','.join('?' * len(spare_kinds))})" if spare_kinds else ""
    for record_id, data in conn.execute(f"SELECT record_id, data FROM journal{spared}", spare_kinds):
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
