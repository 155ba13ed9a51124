"""AppContext: what every screen gets — the open event, the DB worker, settings and change signals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from ..core.session import EventSession
from ..core.session import open_event as open_session
from ..core.store import EventStore
from .tasks import TaskRunner

MAX_RECENT = 8


class AppContext(QObject):
    changed = Signal()  # the event's data changed (here, in another process, or merged from a station)
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
        self._remember_recent(self.path)
        self.settings.setValue("last_event", str(self.path))
        self._watch.start()
        self.event_opened.emit()
        self.changed.emit()

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

    def notify_changed(self) -> None:
        self._data_version = self._version()
        self.changed.emit()

    def _version(self) -> int:
        return self.store.conn.execute("PRAGMA data_version").fetchone()[0] if self.store else 0

    def _poll_external(self) -> None:
        if self.store is None:
            return
        version = self._version()
        if version != self._data_version:
            self._data_version = version
            self.changed.emit()

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
