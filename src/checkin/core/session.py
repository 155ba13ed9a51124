"""Opening an event: one ``EventSession`` holds the file, its passphrase, the role this station acts in and the
connections opened through it (one per thread: the GUI's, the DB worker's, the print queue's).

Everything a process once kept in module-level tables lives here, on the object of the open event: the
passphrase (given in the window, or CHECKIN_PASSPHRASE looked up once at open) and the acting role (the GUI's
role switch; None: as the copy allows). Every store the session opens answers ``roles.acting_role`` with it.
Opening for work also binds the file to this installation (issue 25) and finishes what a big command-line
import left for the next open (``importing.deferred``), before anybody reads the event.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import encryption, installation, roles
from .store import EventStore, StoreError


@dataclass(eq=False)
class EventSession:
    path: Path
    store: EventStore
    key: str | None = None  # the passphrase of an encrypted copy (None: a plain file)
    readonly: bool = False
    role: str | None = None  # the role this station acts in, switched at the GUI (None: as its copy allows)

    @property
    def acting_role(self) -> str:
        return roles.acting_role(self.store)

    def act_as(self, role: str | None) -> None:
        """Act in ``role`` on this event from now on, in every connection of the session (None: as the copy)."""
        self.role = None if role is None else roles.normalise(role)

    def open_store(self) -> EventStore:
        """Another connection to the event for another thread (the caller closes it), with the session's
        passphrase and acting role."""
        store = EventStore.open(self.path, readonly=self.readonly, key=self.key)
        store.session = self
        return store

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> EventSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_event(path: str | Path, *, readonly: bool = False, key: str | None = None,
               role: str | None = None) -> EventSession:
    """Open an event file for work (StoreError with a one-line message if it cannot be used). ``key``: the
    passphrase of an encrypted copy; None: CHECKIN_PASSPHRASE if the file is encrypted; "": a plain file."""
    path = Path(path)
    if key is None:  # issue 13: CHECKIN_PASSPHRASE, if the file is encrypted (read before any connection)
        key = encryption.key_for(path)
    store = EventStore.open(path, readonly=readonly, key=key)
    session = EventSession(path.resolve(), store, key or None, readonly)
    store.session = session
    session.act_as(role)
    try:
        if not readonly:  # issue 25: a file another computer wrote with becomes a new station here
            installation.bind(store)
        if store.schema_current or not readonly:
            _finish_deferred_import(session)
    except BaseException:
        store.close()
        raise
    return session


def create_event(path: str | Path, **event: Any) -> EventStore:
    """A new event file (see ``EventStore.create``), bound to this installation from the start (issue 25)."""
    store = EventStore.create(path, **event)
    installation.claim(store.conn)
    return store


def _finish_deferred_import(session: EventSession) -> None:
    """Codes and search index a big command-line import left for the next open (importing.deferred):
    written before anybody reads the event; a read-only open writes them through a second connection."""
    from .importing import deferred, staged  # here: `checkin info` and every other command start faster

    store = session.store
    # An import killed while staging its rows leaves them to be undone here (issue 24).
    if not deferred.pending(store) and not store.get_meta(staged.META_KEY):
        return
    if not store.readonly:
        staged.recover(store)
        deferred.finish(store)
        return
    writer = None
    try:
        writer = EventStore.open(session.path, key=session.key)
        staged.recover(writer)
        deferred.finish(writer)
    except (sqlite3.OperationalError, StoreError):  # a file on read-only media: read it as it is
        pass
    finally:
        if writer is not None:
            writer.close()
