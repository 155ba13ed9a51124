"""AppContext: what every screen gets — the open event, the DB worker, settings and change signals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

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
        self.store: EventStore | None = None
        self.path: Path | None = None
        self.active_role: str | None = None  # issue 13: role switched to at this station (None: the copy's)
        self._data_version = 0
        # Another process (`checkin serve`, a script, a second window) may write the same file: poll
        # SQLite's data_version, which changes only when *another* connection commits.
        self._watch = QTimer(self)
        self._watch.setInterval(500)
        self._watch.timeout.connect(self._poll_external)

    # --- event -----------------------------------------------------------------------------------------
    def open_event(self, path: str | Path) -> None:
        """Open an event file (raises StoreError with a one-line message on failure)."""
        # Usually instant; the first open after a big command-line import writes its codes and search index
        # (a few seconds for 50,000 people), so the pointer shows that the window is busy.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            store = EventStore.open(path)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if self.store is not None:
            self.store.close()
        self.store = store
        self.active_role = None
        self.path = Path(path).resolve()
        self.tasks.set_event(self.path)
        self._data_version = self._version()
        self._remember_recent(self.path)
        self.settings.setValue("last_event", str(self.path))
        self._watch.start()
        self.event_opened.emit()
        self.changed.emit()

    @property
    def role(self) -> str:
        if self.active_role:
            return self.active_role
        return self.store.get_meta("role", "organiser") if self.store else "organiser"

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
        if self.store is not None:
            self.store.close()
            self.store = None
