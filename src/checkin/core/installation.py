"""One station id per installation (issue 25: no silent loss).

A station numbers its journal records 1, 2, 3 ... under its station id. Two laptops writing under one id (a desk
copy opened on a second machine, a backup restored onto a replacement laptop) would number different records
alike. So an event file remembers the installation that works with it (meta ``installation``, a random id kept
outside every event file, in the user's config folder), and a file opened for writing by another installation
becomes a new station at once: ``<station>.<4 hex digits>``, same role and keys, its own numbers from 1.
A fresh copy (the organiser's ``checkin copy``) carries no installation and is bound by its first record.
(Two twins of a copy that nobody wrote with yet share its station id until one of them is opened on the other
computer after writing; their records with one (station, seq) are then all kept and reported: ``sync.integrity``.)

A laptop may carry a station name (``checkin settings set station-name foyer-3``, issue 19): an event copy new
to this installation then becomes that station as soon as it is opened for writing, so the desk shows and syncs
under its laptop's name from the start. The name goes behind the name the copy was certified with
(``desk-3.foyer-3``; the same name as the copy's keeps it: ``foyer-3``), because a station key vouches only for
its own certified name and the names under it (``sync.provenance``): a laptop name can never pose as another
station. If a record in the file uses it already, ``.<4 hex digits>`` follows. A copy this installation works
with already keeps its id (a rename would split its history); the organiser's own file is never renamed.

``CHECKIN_INSTALLATION_DIR`` moves the id file (tests play a second laptop with it).
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .store import EventStore

META_KEY = "installation"
ROOT_KEY = "station_root"  # the station id a copy was made under (before any new-installation suffix)
FILE_NAME = "installation-id"


def _folder() -> Path:
    folder = os.environ.get("CHECKIN_INSTALLATION_DIR")
    if folder:
        return Path(folder)
    import platformdirs

    return Path(platformdirs.user_config_dir("checkin", appauthor=False))


def installation_id() -> str:
    """This installation's id, created on first use; "" where it cannot be kept (a read-only home): then files
    are not bound at all, rather than becoming a new station at every start."""
    path = _folder() / FILE_NAME
    try:
        text = path.read_text(encoding="ascii").strip()
        if text:
            return text
    except (OSError, UnicodeDecodeError):
        pass
    new = uuid.uuid4().hex
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{FILE_NAME}.{os.getpid()}.tmp")
        tmp.write_text(new + "\n", encoding="ascii")
        try:
            os.link(tmp, path)  # never replaces: of two first starts at once, the first id stays
        except FileExistsError:
            pass
        finally:
            tmp.unlink(missing_ok=True)
        return path.read_text(encoding="ascii").strip()
    except OSError:
        return ""


def laptop_station_name(store: EventStore) -> str:
    """The station name this laptop's desk settings give a station copy ("" for none, or for an organiser's
    file, which stays "master" wherever it is opened)."""
    if not store.get_meta("copy_kind"):
        return ""
    from .desk_settings import DeskSettings, SettingsError

    try:
        return DeskSettings().get("station-name")
    except (OSError, UnicodeDecodeError, SettingsError):  # an unreadable checkin.ini names nothing
        return ""


def _taken_station_ids(store: EventStore) -> set[str]:
    """Station ids the file knows: writers of its records and stations the event key certified."""
    taken = {"master"}
    taken |= {r[0] for r in store.conn.execute("SELECT DISTINCT station_id FROM journal")}
    taken |= {r[0] for r in store.conn.execute("SELECT station_id FROM station_certs")}
    return taken


def new_station_id(store: EventStore, name: str = "") -> str:
    """A station id no record in the file uses, under the copy's certified name (its root): ``<root>.<name>``
    (just ``<root>`` for the root's own name), or that plus ``.<4 hex>`` if taken."""
    taken = _taken_station_ids(store) | {store.station_id}  # the id it leaves may live on in a twin
    root = str(store.get_meta(ROOT_KEY) or store.station_id)
    base = f"{root}.{name}" if name and name != root else root
    if name and base not in taken:
        return base
    while True:
        new = f"{base[:71]}.{secrets.token_hex(2)}"
        if new not in taken and new != store.station_id:
            return new


NAMED = "station_name"  # the ``why`` of a change to this laptop's station name (the GUI words it)
MOVED = "other_computer"  # the ``why`` of a change when another installation opened the file


def become_new_station(store: EventStore, reason: str, name: str = "", why: str = MOVED) -> str:
    """Work under a new station id from now on (same role, same keys); returns it. ``reason`` is for the
    command line, ``why`` a code for the GUI's words."""
    from .journal import iso, utc_now

    old, new = store.station_id, new_station_id(store, name)
    if not store.get_meta(ROOT_KEY):
        store.set_meta(ROOT_KEY, old)
    store.set_meta("station_id", new)
    history = list(store.get_meta("station_history", []) or [])
    history.append({"from": old, "to": new, "at": iso(utc_now()), "reason": reason, "why": why})
    store.set_meta("station_history", history)
    store.journal.station_id = new
    return new


def bind(store: EventStore) -> str | None:
    """A file another installation wrote with becomes a new station here (at open, before any record).

    Returns the new station id, or None. The file and its twin on the other computer may both go on writing,
    so the change happens even if this station has written nothing since. A file no installation wrote with
    yet (a fresh copy) is claimed by its first record (``claim``), so merely opening it changes nothing -
    unless this laptop has a station name: then the copy is claimed and named at once.
    """
    from .transactions import write_transaction

    here = installation_id()
    bound = store.get_meta(META_KEY)
    if not here or bound == here:
        return None
    name = laptop_station_name(store)
    if bound is None and not name:
        return None
    with write_transaction(store.conn):
        now = store.get_meta(META_KEY)
        if now == here:  # another program on this computer just did it: take its id
            store.journal.station_id = str(store.get_meta("station_id", store.station_id))
            return None
        store.set_meta(META_KEY, here)
        if now is None:  # a fresh copy, claimed by a laptop with a station name
            if name == store.station_id:
                return None
            return become_new_station(store, "named by this laptop's station-name setting", name, NAMED)
        return become_new_station(store, "opened on another computer (or a restored backup)", name)


def claim(conn: sqlite3.Connection) -> None:
    """Before this station's first record: bind a fresh copy to this installation (inside the write)."""
    here = installation_id()
    if here:
        conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING",
                     (META_KEY, json.dumps(here)))
