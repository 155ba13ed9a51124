"""Runs this station's sync service (checkin.core.sync.service) next to the GUI, in a background QThread.

``ensure_running(ctx)`` is idempotent: the app may call it at start so desks sync before anyone opens the
Stations screen; the screen calls it too. Merged records reach the GUI as change notices (``ctx.merged_from_station()``).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Signal

from ...core.sync.service import DEFAULT_PORT, StationService
from ..context import AppContext
from ..failure_words import failure_words


class _ServiceThread(QThread):
    started_ok = Signal(object)  # the StationService
    failed = Signal(object)  # the core's failure (its code says it in the user's language)
    merged = Signal(int)

    def __init__(self, path: str, port: int, mdns: bool, key: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path, self.port, self.mdns = path, port, mdns
        self.key = key  # the passphrase of an encrypted copy (from the event's session)
        self.stop_event = threading.Event()
        self.service: StationService | None = None

    def run(self) -> None:
        from ...core.failures import Why
        from ...core.sync.secret import SyncError

        service = None
        for port in (self.port, 0):  # the usual port taken (a `checkin serve` here?): any free port
            try:
                service = StationService(self.path, port=port, mdns=self.mdns, key=self.key,
                                         on_merged=lambda r: self.merged.emit(r.new_records))
                break
            except SyncError as exc:
                self.failed.emit(exc)
                return
            except OSError:
                continue
        if service is None:
            self.failed.emit(SyncError("no free network port", Why.NO_FREE_PORT))
            return
        service.start()
        self.service = service
        self.started_ok.emit(service)
        self.stop_event.wait()
        service.stop()


class SyncRunner(QObject):
    state_changed = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.thread: _ServiceThread | None = None
        self.service: StationService | None = None
        self.error = ""
        ctx.event_opened.connect(self.restart)
        ctx.closing.connect(self.stop)  # a running QThread outliving the app aborts the process

    def restart(self) -> None:
        self.stop()
        if self.ctx.path is None:
            return
        value = self.ctx.settings.value("stations/port", DEFAULT_PORT)
        port = DEFAULT_PORT if value in (None, "") else int(value)  # 0: any free port
        mdns = str(self.ctx.settings.value("stations/mdns", "true")).lower() != "false"
        self.error = ""
        key = self.ctx.session.key if self.ctx.session else None
        self.thread = _ServiceThread(str(self.ctx.path), port, mdns, key, self)
        self.thread.started_ok.connect(self._up)
        self.thread.failed.connect(self._failed)
        self.thread.merged.connect(lambda _n: self.ctx.merged_from_station())
        self.thread.start()

    def _up(self, service: StationService) -> None:
        self.service = service
        self.state_changed.emit()

    def _failed(self, error: Exception) -> None:
        self.error = failure_words(error)
        self.service = None
        self.state_changed.emit()

    def stop(self) -> None:
        if self.thread is not None:
            self.thread.stop_event.set()
            self.thread.wait(5000)
            self.thread = None
        self.service = None


def ensure_running(ctx: AppContext) -> SyncRunner:
    runner = ctx.sync_runner
    if not isinstance(runner, SyncRunner):
        runner = SyncRunner(ctx)
        ctx.sync_runner = runner
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(runner.stop)
        runner.restart()
    return runner
