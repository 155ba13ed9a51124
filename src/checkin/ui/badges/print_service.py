"""The print queue for Qt screens: the desk prints on check-in, the badges screen prints in bulk.

One ``PrintService`` per open event (``PrintService.for_context(ctx)``) wraps the core ``PrintQueue``: jobs run
on its worker thread, state changes arrive here as the ``job_changed`` signal on the GUI thread. Nothing
here waits for a printer.

Usage from another screen (e.g. the desk)::

    from checkin.ui.badges.print_service import PrintService
    service = PrintService.for_context(ctx)
    job = service.print_checkin(decision)   # None unless printing on check-in is on and the badge is due
    service.job_changed.connect(lambda job: ...)   # job: checkin.core.printing.PrintJob

Backends: "cups" (the PDF goes to ``lp``) or "qt" (``raster_print``: each page rendered with QtPdf at the
printer's resolution and painted 1:1 on a QPrinter at the layout's exact size). "qt" is the default on Windows;
elsewhere choose it with the desk setting ``badges/print_backend`` or env ``CHECKIN_PRINT_BACKEND=qt``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from ...core.printing import (
    PrinterSettings,
    PrinterSettingsStore,
    PrinterStatus,
    PrintJob,
    PrintQueue,
    Problem,
    Spooler,
    SpoolError,
    backend_name,
    badge_due_on_checkin,
    default_spooler,
    enqueue_checkin_badge,
)
from ..changes import Change

_ATTR = "_checkin_print_service"


class PrintService(QObject):
    job_changed = Signal(object)  # PrintJob, on the GUI thread
    _from_worker = Signal(object)

    def __init__(self, ctx: Any, parent: QObject | None = None) -> None:
        super().__init__(parent or ctx)
        self.ctx = ctx
        self.settings_store = PrinterSettingsStore()
        self._queue: PrintQueue | None = None
        self._queue_path = None
        self.error = ""
        self.problem = Problem.NONE  # why there is no print queue, for the GUI's words (``error``: in English)
        # Emitted from the queue's thread; Qt delivers it queued to this object's (the GUI) thread.
        self._from_worker.connect(self._relay)
        ctx.event_opened.connect(self._reset)

    @classmethod
    def for_context(cls, ctx: Any) -> PrintService:
        service = getattr(ctx, _ATTR, None)
        if service is None:
            service = cls(ctx)
            setattr(ctx, _ATTR, service)
        return service

    # --- settings kept per desk (QSettings) ------------------------------------------------------------
    @property
    def printer(self) -> str:
        return str(self.ctx.settings.value("badges/printer", "") or "")

    @printer.setter
    def printer(self, name: str) -> None:
        self.ctx.settings.setValue("badges/printer", name)

    @property
    def print_on_checkin(self) -> bool:
        return str(self.ctx.settings.value("badges/print_on_checkin", "false")).lower() in ("true", "1")

    @print_on_checkin.setter
    def print_on_checkin(self, on: bool) -> None:
        self.ctx.settings.setValue("badges/print_on_checkin", "true" if on else "false")

    @property
    def backend(self) -> str:
        """The print backend in use ("cups" or "qt"); the env variable wins over the desk's setting."""
        try:
            return backend_name(str(self.ctx.settings.value("badges/print_backend", "") or ""))
        except SpoolError:
            return backend_name("")

    @backend.setter
    def backend(self, name: str) -> None:
        self.ctx.settings.setValue("badges/print_backend", name)
        self._reset()  # the next job goes through the new backend

    def _spooler(self) -> Spooler:
        name = backend_name(str(self.ctx.settings.value("badges/print_backend", "") or ""))
        from .raster_print import QtRasterSpooler

        return default_spooler(name, qt=QtRasterSpooler)

    def printer_settings(self, name: str | None = None) -> PrinterSettings:
        return self.settings_store.get(name or self.printer)

    def set_printer_settings(self, settings: PrinterSettings, name: str | None = None) -> None:
        self.settings_store.set(name or self.printer, settings)

    # --- queue -----------------------------------------------------------------------------------------
    @property
    def queue(self) -> PrintQueue | None:
        if self.ctx.path is None:
            return None
        if self._queue is None or self._queue_path != self.ctx.path:
            self._reset()
            try:
                self._queue = PrintQueue(self.ctx.path, spooler=self._spooler(), settings=self.settings_store,
                                         on_change=self._from_worker.emit, open_store=self.ctx.open_store)
                self._queue_path = self.ctx.path
                self.error, self.problem = "", Problem.NONE
            except SpoolError as exc:
                self.error, self.problem = str(exc), exc.problem
                return None
        return self._queue

    @property
    def available(self) -> bool:
        return self.queue is not None

    def printers(self) -> list[str]:
        q = self.queue
        try:
            return q.spooler.printers() if q else []
        except SpoolError as exc:
            self.error, self.problem = str(exc), exc.problem
            return []

    def printer_status(self, name: str | None = None) -> PrinterStatus | None:
        q = self.queue
        name = name or self.printer
        if q is None or not name:
            return None
        try:
            return q.printer_status(name)
        except SpoolError as exc:
            from ..desk.badge_line import problem_words

            return PrinterStatus(name, exists=False, reason=problem_words(exc.problem, exc.detail))

    def enqueue(self, attendee_ids: int | list[int], printer: str | None = None, *, layout: str | None = None,
                copies: int | None = None, test: bool = False) -> PrintJob | None:
        """Queue badges; returns at once (None when no printer is chosen or no spooler exists).
        ``test``: a test print on a guest's data that does not count as that guest's badge."""
        q = self.queue
        printer = printer or self.printer
        if q is None or not printer:
            return None
        ids = [attendee_ids] if isinstance(attendee_ids, int) else list(attendee_ids)
        return q.enqueue(ids, printer, layout=layout, copies=copies, test=test)

    def print_checkin(self, decision: Any) -> PrintJob | None:
        """This desk prints on check-in: queue the admitted guest's badge when it is due (core
        ``enqueue_checkin_badge``). Raises SpoolError with the reason when it is due but cannot be queued."""
        if not self.print_on_checkin or not badge_due_on_checkin(decision):
            return None
        q = self.queue
        if q is None:
            raise SpoolError(self.error or "no print spooler on this computer", self.problem or Problem.NO_SPOOLER)
        return enqueue_checkin_badge(q, decision, self.printer)

    def retry(self, job_id: str, printer: str | None = None) -> None:
        if self._queue is not None:
            self._queue.retry(job_id, printer)

    def cancel(self, job_id: str) -> None:
        if self._queue is not None:
            self._queue.cancel(job_id)

    def printed(self, attendee_id: int) -> int:
        """How often this badge went to a printer (all stations' journal): show it before a reprint."""
        from ...core.printing import print_counts

        return print_counts(self.ctx.store, [attendee_id]).get(attendee_id, 0) if self.ctx.store else 0

    def jobs(self) -> list[PrintJob]:
        return self._queue.jobs() if self._queue is not None else []

    def _relay(self, job: PrintJob) -> None:
        self.job_changed.emit(job)
        self.ctx.notify(Change.BADGES) if job.state == "spooled" else None

    def _reset(self) -> None:
        if self._queue is not None:
            self._queue.close(timeout=2)
            self._queue = None

    def shutdown(self) -> None:
        self._reset()
