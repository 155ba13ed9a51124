"""The single database worker: long jobs run on one thread with its own connection; results come back by signal.

Modelled on Anki's taskman: callers pass ``fn(store)`` and ``on_done(result)``; nothing touches a widget
off the GUI thread. Screens use it through ``ui.ops`` (QueryOp / EventOp), which shows failures to the user.
"""

from __future__ import annotations

import itertools
import sys
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..core.session import EventSession
from ..core.store import EventStore


class _Worker(QObject):
    finished = Signal(int, object, object)  # job id, result, (exception, traceback text) or None

    def __init__(self) -> None:
        super().__init__()
        self._store: EventStore | None = None
        self._session: EventSession | None = None

    @Slot(object)
    def set_session(self, session: EventSession | None) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
        self._session = session

    @Slot(int, object)
    def run(self, job_id: int, fn: Callable[[EventStore | None], Any]) -> None:
        try:
            if self._store is None and self._session is not None:
                self._store = self._session.open_store()  # the worker's own connection, the session's role
            result, error = fn(self._store), None
        except Exception as exc:  # reported to the caller, never swallowed
            # The exception itself goes back: its code (core.failures) lets the screen say it in its language.
            result, error = None, (exc, traceback.format_exc())
        self.finished.emit(job_id, result, error)


class TaskRunner(QObject):
    _submit = Signal(int, object)
    _set_session = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("checkin-db-worker")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._set_session.connect(self._worker.set_session)
        self._worker.finished.connect(self._on_finished)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Callable[[Any], None] | None, Callable[[Exception], None] | None]] = {}
        self._thread.start()

    def set_event(self, session: EventSession | None) -> None:
        self._set_session.emit(session)

    def run(self, fn: Callable[[EventStore], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[Exception], None] | None = None) -> int:
        job = next(self._ids)
        self._callbacks[job] = (on_done, on_error)
        self._submit.emit(job, fn)
        return job

    def pending(self) -> int:
        return len(self._callbacks)

    @Slot(int, object, object)
    def _on_finished(self, job: int, result: Any, error: tuple[Exception, str] | None) -> None:
        on_done, on_error = self._callbacks.pop(job, (None, None))
        if error is not None:
            exc, trace = error
            line = str(exc) or type(exc).__name__
            print(f"checkin: background job failed: {line}\n{trace}", file=sys.stderr)  # for support
            if on_error is not None:
                on_error(exc)
        elif on_done is not None:
            on_done(result)

    def shutdown(self) -> None:
        self._set_session.emit(None)
        self._thread.quit()
        self._thread.wait(5000)
