"""AppContext: what every screen gets — the open event, the DB worker, settings and change notices."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

from ..core.file_watch import data_version
from ..core.journal_changes import journal_mark, kinds_since
from ..core.session import EventSession
from ..core.session import open_event as open_session
from ..core.store import EventStore
from .changes import OUTSIDE_JOURNAL, Change, ChangeNotice, changes_for_kinds
from .tasks import TaskRunner


class _Subscription(QObject):
    """One screen's interest in some changes; a child of the screen, so it ends with it (Qt then drops the
    connection, and a closed screen is never called)."""

    def __init__(self, kinds: Change, slot: Callable[..., object], receiver: QObject, with_notice: bool) -> None:
        super().__init__(receiver)
        self.kinds = kinds
        self._slot = slot
        self._wants_notice = with_notice

    @Slot(object)
    def deliver(self, notice: ChangeNotice) -> None:
        if notice.concerns(self.kinds):
            self._slot(notice) if self._wants_notice else self._slot()


MAX_RECENT = 8


class AppContext(QObject):
    changes = Signal(object)  # ChangeNotice: what changed (here, in another process, or merged from a station)
    event_opened = Signal()  # another event file was opened
    language_changed = Signal(str)
    closing = Signal()  # shutdown begins: background threads (the station's sync service) stop now

    def __init__(self, settings: QSettings, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.language = language
        self.tasks = TaskRunner(self)
        self.session: EventSession | None = None  # the open event: its passphrase and acting role live there
        self.store: EventStore | None = None  # the session's GUI-thread connection
        self.path: Path | None = None
        self.sync_runner: QObject | None = None  # this station's sync service (ui/stations/runner.py)
        self._data_version = 0
        self._journal_mark = 0  # the journal row up to which change notices were sent
        self._reading_journal = False
        self._read_again = ""  # origin of a journal read asked for while one runs
        # Another process (`checkin serve`, a script, a second window) may write the same file: poll
        # SQLite's data_version, which changes only when *another* connection commits.
        self._watch = QTimer(self)
        self._watch.setInterval(500)
        self._watch.timeout.connect(self._poll_external)

    # --- event -----------------------------------------------------------------------------------------
    def open_event(self, path: str | Path, *, key: str | None = None) -> None:
        """Open an event file (raises StoreError with a one-line message on failure); ``key``: the passphrase of
        an encrypted copy (None: CHECKIN_PASSPHRASE, if set)."""
        # Usually instant; the first open after a big command-line import writes its codes and search index
        # (a few seconds for 50,000 people), so the pointer shows that the window is busy.
        if key is None and self.session is not None and self.session.path == Path(path).resolve():
            # The same file again: its passphrase is known ("" = plain), so the file's header is not read while
            # this process holds connections on it (closing any descriptor would drop their locks).
            key = self.session.key or ""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            session = open_session(path, key=key)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if self.session is not None:
            self.session.close()
        self.session, self.store = session, session.store
        self.path = session.path
        self.tasks.set_event(session)
        self._data_version = self._version()
        self._journal_mark = journal_mark(session.store)
        self._remember_recent(self.path)
        self.settings.setValue("last_event", str(self.path))
        self._watch.start()
        self.event_opened.emit()
        self.changes.emit(ChangeNotice(Change.ALL, "open"))

    @property
    def role(self) -> str:
        """The role this station acts in (the copy's, or the one switched to with the lock's role switch)."""
        return self.session.acting_role if self.session else "organiser"

    @property
    def active_role(self) -> str | None:
        """The role switched to at this station (None: as the copy allows)."""
        return self.session.role if self.session else None

    def act_as(self, role: str | None) -> None:
        if self.session is not None:
            self.session.act_as(role)

    def open_store(self) -> EventStore:
        """Another connection to the open event, for a background thread (same passphrase and role)."""
        if self.session is None:
            raise RuntimeError("no event is open")
        return self.session.open_store()

    # --- change notices --------------------------------------------------------------------------------
    def subscribe(self, kinds: Change, slot: Callable[..., object], receiver: QObject | None = None, *,
                  with_notice: bool = False) -> None:
        """Call ``slot()`` (``slot(notice)`` with ``with_notice``) when something in ``kinds`` changed.
        ``receiver`` (default: the object the slot is a method of) ends the subscription when it is deleted."""
        owner = receiver if receiver is not None else getattr(slot, "__self__", None)
        if not isinstance(owner, QObject):
            raise TypeError("subscribe needs a QObject receiver that outlives the subscription")
        self.changes.connect(_Subscription(kinds, slot, owner, with_notice).deliver)

    def notify(self, what: Change, origin: str = "here") -> None:
        """Tell the screens what an operation of this window changed."""
        if self.store is not None:
            # Our own writes (on the worker's connection) are not news for the outside watch.
            self._data_version = self._version()
            self._journal_mark = max(self._journal_mark, journal_mark(self.store))
        self.changes.emit(ChangeNotice(what, origin))

    def merged_from_station(self) -> None:
        """Records from another station were merged (by the sync service's connection): say which kinds."""
        self._read_journal("merge")

    def _version(self) -> int:
        return data_version(self.store) if self.store else 0

    def _poll_external(self) -> None:
        if self.store is None:
            return
        version = self._version()
        if version != self._data_version:
            self._data_version = version
            self._read_journal("outside")

    def _read_journal(self, origin: str) -> None:
        """What the new journal records change, read on the worker (a merge may bring thousands)."""
        if self._reading_journal:
            self._read_again = self._read_again or origin
            return
        self._reading_journal = True
        mark, path = self._journal_mark, self.path
        self.tasks.run(lambda store: kinds_since(store, mark), lambda found: self._journal_read(found, origin, path),
                       lambda _error: self._journal_read((frozenset(), mark), origin, path, failed=True))

    def _journal_read(self, found: tuple[frozenset[str], int], origin: str, path: Path | None,
                      failed: bool = False) -> None:
        self._reading_journal = False
        if path != self.path:  # another event was opened meanwhile: its own notice went out then
            found, failed = (frozenset(), self._journal_mark), False
        kinds, mark = found
        self._journal_mark = max(self._journal_mark, mark)
        if failed:
            what = Change.ALL  # cannot tell: every screen re-reads, as before change notices
        elif kinds:
            what = changes_for_kinds(kinds)
        else:  # the other connection wrote outside the journal (the sync service's peers, settings...)
            what = OUTSIDE_JOURNAL if origin == "outside" else Change(0)
        if what:
            self.changes.emit(ChangeNotice(what, origin))
        again, self._read_again = self._read_again, ""
        if again:
            self._read_journal(again)

    # --- recent files ----------------------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self.settings.value("recent_files", []) or []
        if isinstance(value, str):
            value = [value]
        return [v for v in value if Path(v).exists()]

    def _remember_recent(self, path: Path) -> None:
        recent = [str(path)] + [p for p in self.recent_files() if p != str(path)]
        self.settings.setValue("recent_files", recent[:MAX_RECENT])

    def shutdown(self) -> None:
        self.closing.emit()
        self._watch.stop()
        self.tasks.shutdown()
        if self.session is not None:
            self.session.close()
            self.session = self.store = None
