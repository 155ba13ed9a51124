"""Printing badges: a background queue over the system spooler that never blocks the desk.

Linux and macOS: the PDF goes to CUPS with ``lp`` at the layout's exact media size and 100 % scale
(``-o media=Custom.WxHmm -o fit-to-page=false -o scaling=100 -o print-scaling=none``); job and printer state
come from ``lpstat``. Windows has no spooler that takes PDF: there the "qt" backend rasterises each page at the
printer's resolution with QtPdf and prints it through QPrinter at the layout's exact page size. It needs Qt, so
it lives in ``checkin.ui.badges.raster_print`` and its callers hand it in (``default_spooler(qt=...)``); this
core stays Qt-free. The backend is chosen by ``backend_name``: ``CHECKIN_PRINT_BACKEND`` (``cups`` or ``qt``), else the
desk's setting, else ``qt`` on Windows and ``cups`` elsewhere.

Every job handed to the spooler is a ``badge_print`` journal record per attendee (counted; "already printed"
shows before a reprint), except test prints (``PrintJob.test``), which are paper only. Print on check-in, for
the desk, the kiosk and ``checkin scan --print`` alike: ``badge_due_on_checkin(decision)`` says whether an
admission wants the badge (first arrival), ``enqueue_checkin_badge`` queues it, ``print_checkin_badge_now``
prints it on the caller's thread. A stopped printer keeps its jobs (state HELD); a refused job is FAILED and can be
retried or sent to another printer.
"""

from __future__ import annotations

import json
import os
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any, Protocol

from . import ledger
from .journal import Kind
from .store import EventStore

_ENV = MappingProxyType({**os.environ, "LANG": "C", "LC_ALL": "C"})  # lp/lpstat messages are parsed


class Problem(StrEnum):
    """Why a job did not print, as a code: the GUI says it in the worker's language (``ui.desk.badge_line``),
    the command line prints the English ``message``. ``detail`` carries the print system's own words, if any."""

    NONE = ""
    NO_PRINTER = "no_printer"  # this desk has no badge printer chosen
    NO_ATTENDEE = "no_attendee"
    NO_SPOOLER = "no_spooler"  # no print system here (CUPS missing) or it does not answer
    UNKNOWN_PRINTER = "unknown_printer"
    NOT_ACCEPTING = "not_accepting"  # the printer's queue rejects new jobs
    STOPPED = "stopped"  # the printer is stopped or paused: held jobs print when it runs again
    REFUSED = "refused"  # the spooler refused the job (detail: its words)
    DROPPED = "dropped"  # the spooler dropped the job without printing it
    CANCELLED = "cancelled"
    ERROR = "error"  # anything else (detail: the error)


class SpoolError(Exception):
    """The spooler refused a job or cannot be reached; one line for the user (``problem`` says why as a code)."""

    def __init__(self, message: str, problem: Problem = Problem.REFUSED, detail: str = "") -> None:
        super().__init__(message)
        self.problem = problem
        self.detail = detail


def _lp_refusal(text: str, returncode: int) -> SpoolError:
    """lp's refusal (LANG=C) as a problem code: the common ones need no CUPS words on a German screen."""
    line = _first_line(text) or f"lp failed ({returncode})"
    low = line.lower()
    if "does not exist" in low:
        return SpoolError(line, Problem.UNKNOWN_PRINTER)
    if "not accepting" in low:
        return SpoolError(line, Problem.NOT_ACCEPTING)
    if "scheduler not responding" in low or "unable to connect" in low:
        return SpoolError(line, Problem.NO_SPOOLER)
    return SpoolError(line, Problem.REFUSED, re.sub(r"^lp:\s*(Error\s*-\s*)?", "", line))


class JobState(StrEnum):
    QUEUED = "queued"  # in our queue, not yet rendered
    SPOOLED = "spooled"  # accepted by the spooler, waiting
    PRINTING = "printing"
    HELD = "held"  # accepted, but the printer is stopped/paused: resumes when it runs again
    DONE = "done"
    FAILED = "failed"  # refused or aborted: retry or send to another printer
    CANCELLED = "cancelled"


ACTIVE = frozenset({JobState.QUEUED, JobState.SPOOLED, JobState.PRINTING, JobState.HELD})


@dataclass
class PrintJob:
    id: str
    attendee_ids: list[int]
    printer: str
    layout: str | None = None
    copies: int | None = None
    state: JobState = JobState.QUEUED
    message: str = ""
    spool_id: str = ""
    attempts: int = 0
    pages: int = 0
    created: float = field(default_factory=time.time)
    spooled_at: float | None = None
    problem: Problem = Problem.NONE  # why it did not print (or waits), for the GUI's words; see ``message``
    detail: str = ""  # the print system's own words about it (a printer's state reason, lp's refusal)
    test: bool = False  # a test or calibration print: paper only, no guest's badge counts as printed

    @property
    def title(self) -> str:
        """The spooler's job title (cups-pdf names its output file after it)."""
        return f"checkin-{self.id}"

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["state"] = self.state.value
        out["problem"] = self.problem.value
        return out


@dataclass
class PrinterStatus:
    name: str
    exists: bool
    enabled: bool = False
    accepting: bool = False
    busy: bool = False
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.exists and self.enabled and self.accepting

    def describe(self) -> str:
        if not self.exists:
            return "unknown printer"
        if not self.enabled:
            return "stopped" + (f": {self.reason}" if self.reason else "")
        if not self.accepting:
            return "not accepting jobs" + (f": {self.reason}" if self.reason else "")
        return "printing" if self.busy else "ready"

    @property
    def problem(self) -> Problem:
        if not self.exists:
            return Problem.UNKNOWN_PRINTER
        if not self.enabled:
            return Problem.STOPPED
        return Problem.NONE if self.accepting else Problem.NOT_ACCEPTING


class Spooler(Protocol):
    def submit(self, pdf: Path, printer: str, media_mm: tuple[float, float], copies: int, title: str) -> str: ...
    def job_state(self, spool_id: str, printer: str) -> JobState: ...
    def job_states(self, jobs: Sequence[tuple[str, str]]) -> dict[str, JobState]: ...
    def printer_status(self, name: str) -> PrinterStatus: ...
    def printers(self) -> list[str]: ...
    def cancel(self, spool_id: str) -> None: ...


def _run(args: list[str], timeout: float = 15) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(args, capture_output=True, text=True, env=_ENV, timeout=timeout)
    except FileNotFoundError:
        raise SpoolError(f"{args[0]} not found: is CUPS installed?", Problem.NO_SPOOLER) from None
    except subprocess.TimeoutExpired:
        raise SpoolError(f"{args[0]} did not answer within {timeout:.0f} s: is the CUPS scheduler running?",
                         Problem.NO_SPOOLER) from None


def _first_line(text: str) -> str:
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    return lines[0] if lines else ""


class CupsSpooler:
    """CUPS through its command-line clients (present wherever CUPS is: Linux, macOS)."""

    def submit(self, pdf: Path, printer: str, media_mm: tuple[float, float], copies: int, title: str) -> str:
        w, h = media_mm
        args = ["lp", "-d", printer, "-n", str(max(1, copies)), "-t", title,
                "-o", f"media=Custom.{w:g}x{h:g}mm", "-o", "fit-to-page=false", "-o", "scaling=100",
                "-o", "print-scaling=none", str(pdf)]
        proc = _run(args)
        if proc.returncode != 0:
            raise _lp_refusal(proc.stderr, proc.returncode)
        m = re.search(r"request id is (\S+)", proc.stdout)
        if not m:
            raise SpoolError(f"lp gave no job id: {_first_line(proc.stdout)}")
        return m.group(1)

    def _ids(self, which: str, printer: str) -> set[str]:
        proc = _run(["lpstat", "-W", which, "-o", *([printer] if printer else [])])
        return {line.split()[0] for line in proc.stdout.splitlines() if line.strip()}

    def job_states(self, jobs: Sequence[tuple[str, str]]) -> dict[str, JobState]:
        """States of many (spool id, printer) jobs with three lpstat calls, however many jobs wait."""
        if not jobs:
            return {}
        pending = self._ids("not-completed", "")
        completed = self._ids("completed", "") if any(j not in pending for j, _ in jobs) else set()
        statuses = {p: self.printer_status(p) for p in {p for j, p in jobs if j in pending}}
        out = {}
        for spool_id, printer in jobs:
            if spool_id in pending:
                st = statuses[printer]
                out[spool_id] = JobState.HELD if not st.enabled else (
                    JobState.PRINTING if st.busy else JobState.SPOOLED)
            else:
                out[spool_id] = JobState.DONE if spool_id in completed else JobState.FAILED
        return out

    def job_state(self, spool_id: str, printer: str) -> JobState:
        if spool_id in self._ids("not-completed", printer):
            status = self.printer_status(printer)
            if not status.enabled:
                return JobState.HELD
            return JobState.PRINTING if status.busy else JobState.SPOOLED
        if spool_id in self._ids("completed", printer):
            return JobState.DONE
        return JobState.FAILED  # gone without completing (cancelled elsewhere, purged)

    def printer_status(self, name: str) -> PrinterStatus:
        proc = _run(["lpstat", "-p", name, "-a", name])
        out = proc.stdout
        if proc.returncode != 0 or f"printer {name} " not in out:
            return PrinterStatus(name, exists=False, reason=_first_line(proc.stderr))
        enabled = "disabled" not in out.split(f"printer {name} ", 1)[1].splitlines()[0]
        accepting = re.search(rf"^{re.escape(name)} accepting requests", out, re.M) is not None
        busy = "now printing" in out
        reason = ""
        for line in out.splitlines()[1:]:
            if line.startswith(("\t", " ")) and line.strip() and "accepting" not in line:
                reason = line.strip()
                break
        return PrinterStatus(name, True, enabled, accepting, busy, reason)

    def printers(self) -> list[str]:
        proc = _run(["lpstat", "-e"])
        return [line.strip() for line in proc.stdout.splitlines() if line.strip()]

    def cancel(self, spool_id: str) -> None:
        _run(["cancel", spool_id])


BACKENDS = ("cups", "qt")
def backend_name(setting: str | None = None) -> str:
    """The print backend: env CHECKIN_PRINT_BACKEND, else the desk's setting, else qt on Windows, cups elsewhere."""
    for choice in (os.environ.get("CHECKIN_PRINT_BACKEND"), setting):
        if choice and choice.strip():
            name = choice.strip().lower()
            if name not in BACKENDS:
                raise SpoolError(f"unknown print backend {choice!r} (use {' or '.join(BACKENDS)})")
            return name
    return "qt" if sys.platform == "win32" else "cups"


def default_spooler(backend: str | None = None, *, qt: Callable[[], Spooler] | None = None) -> Spooler:
    """The spooler of ``backend`` (default: ``backend_name()``); ``qt``: the GUI layer's raster spooler
    (``checkin.ui.badges.raster_print.QtRasterSpooler``), which this Qt-free core cannot import."""
    name = backend or backend_name()
    if name == "qt" and qt is not None:
        return qt()
    if name == "qt":
        raise SpoolError("the qt print backend needs the GUI layer (checkin.ui.badges.raster_print)",
                         Problem.NO_SPOOLER)
    if shutil.which("lp") and shutil.which("lpstat"):
        return CupsSpooler()
    raise SpoolError("no CUPS here (lp/lpstat not found); use the qt print backend (CHECKIN_PRINT_BACKEND=qt)",
                     Problem.NO_SPOOLER)


# --- per-printer settings -----------------------------------------------------------------------------
@dataclass
class PrinterSettings:
    copies: int = 1
    offset_mm: tuple[float, float] = (0.0, 0.0)  # calibration: right/down shift of everything printed
    layout: str | None = None  # the layout this printer's media fits (e.g. a label printer)


class PrinterSettingsStore:
    """Remembered per printer on this computer (a JSON file in the user's config folder)."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            base = os.environ.get("CHECKIN_CONFIG_DIR")
            if base:
                path = Path(base) / "printers.json"
            else:
                import platformdirs

                path = Path(platformdirs.user_config_dir("checkin")) / "printers.json"
        self.path = path
        self._lock = threading.Lock()

    def _load(self) -> dict[str, Any]:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def get(self, printer: str) -> PrinterSettings:
        raw = self._load().get(printer) or {}
        return PrinterSettings(copies=int(raw.get("copies", 1)),
                               offset_mm=tuple(float(v) for v in raw.get("offset_mm", (0, 0))),  # type: ignore[arg-type]
                               layout=raw.get("layout"))

    def set(self, printer: str, settings: PrinterSettings) -> None:
        with self._lock:
            data = self._load()
            data[printer] = {"copies": settings.copies, "offset_mm": list(settings.offset_mm),
                             "layout": settings.layout}
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
            tmp.replace(self.path)


# --- one submission ------------------------------------------------------------------------------------
def spool_dir() -> Path:
    d = Path(tempfile.gettempdir()) / "checkin-print"
    d.mkdir(exist_ok=True)
    return d


def submit_badges(store: Any, job: PrintJob, spooler: Spooler, settings: PrinterSettingsStore | None = None,
                  *, operator: str | None = None) -> PrintJob:
    """Render the job's badges and hand them to the spooler; on acceptance write one badge_print record per
    attendee. Raises SpoolError (job unchanged) when the spooler refuses. Runs on the caller's thread."""
    from .badges import catalog, document

    prefs = (settings or PrinterSettingsStore()).get(job.printer)
    layout = catalog.get_layout(store, job.layout or prefs.layout)
    copies = job.copies or prefs.copies
    people = store.attendees_by_ids(job.attendee_ids)
    if not people:
        raise SpoolError("no such attendee", Problem.NO_ATTENDEE)
    pdf = spool_dir() / f"{job.id}-{job.attempts + 1}.pdf"
    result = document.make_pdf(store, pdf, layout, people, offset_mm=prefs.offset_mm, title=f"checkin {job.id}")
    spool_id = spooler.submit(pdf, job.printer, layout.page_size, copies, job.title)
    now = time.time()
    for a in people if not job.test else ():
        ledger.record(store, Kind.BADGE_PRINT, a.id, {"layout": layout.name, "printer": job.printer, "copies": copies,
                                              "job": spool_id}, operator=operator)
    return replace(job, layout=layout.name, copies=copies, spool_id=spool_id, state=JobState.SPOOLED,
                   attempts=job.attempts + 1, pages=result.pages, spooled_at=now, message="",
                   problem=Problem.NONE, detail="")


def print_counts(store: Any, attendee_ids: Sequence[int] | None = None) -> dict[int, int]:
    """How often each attendee's badge went to a printer (from the journal, all stations)."""
    sql = "SELECT attendee_id, COUNT(*) FROM journal WHERE kind = 'badge_print' AND attendee_id IS NOT NULL"
    args: list[Any] = []
    if attendee_ids is not None:
        ids = list(attendee_ids)
        if not ids:
            return {}
        sql += f" AND attendee_id IN ({','.join('?' * len(ids))})"
        args = ids
    return dict(store.conn.execute(sql + " GROUP BY attendee_id", args).fetchall())


def badge_due_on_checkin(decision: Any) -> bool:
    """A check-in that should print the guest's badge: admitted (scan, search, override, walk-in, substitute,
    companion) and the guest's first arrival at the event; returning guests keep yesterday's badge."""
    from .desk import Flag

    return bool(decision.admitted and Flag.BADGE_WANTED in decision.flags and decision.attendee_id is not None)


def enqueue_checkin_badge(queue: PrintQueue, decision: Any, printer: str, *,
                          layout: str | None = None) -> PrintJob | None:
    """Print on check-in (desk and kiosk): put the admitted guest's badge in ``queue`` if it is due.

    Returns at once (the queue renders and spools on its own thread; failures arrive as a FAILED job through
    ``on_change``), or None when no badge is due. An empty ``printer`` raises SpoolError: say so at the desk.
    """
    if not badge_due_on_checkin(decision):
        return None
    if not printer:
        raise SpoolError("no badge printer chosen", Problem.NO_PRINTER)
    return queue.enqueue([int(decision.attendee_id)], printer, layout=layout)


def print_checkin_badge_now(store: Any, decision: Any, printer: str, *, spooler: Spooler | None = None,
                            settings: PrinterSettingsStore | None = None) -> PrintJob | None:
    """``enqueue_checkin_badge`` without a queue, for the command line: render and spool on this thread.
    None when no badge is due; SpoolError (one line) when it cannot be printed; the check-in stays either way."""
    if not badge_due_on_checkin(decision):
        return None
    if not printer:
        raise SpoolError("no badge printer chosen", Problem.NO_PRINTER)
    job = PrintJob(uuid.uuid4().hex[:12], [int(decision.attendee_id)], printer)
    return submit_badges(store, job, spooler or default_spooler(), settings)


# --- the background queue ------------------------------------------------------------------------------
class PrintQueue:
    """Print jobs on a worker thread with its own connection to the event file: ``enqueue`` returns at once.

    ``on_change(job)`` is called from the worker thread whenever a job's state changes (the Qt adapter
    turns it into a signal).
    """

    def __init__(self, event_path: str | Path, *, spooler: Spooler | None = None,
                 settings: PrinterSettingsStore | None = None, on_change: Callable[[PrintJob], None] | None = None,
                 poll_interval: float = 0.5, operator: str | None = None,
                 open_store: Callable[[], Any] | None = None) -> None:
        self.event_path = Path(event_path)
        # The worker's connection: from the event's session in the GUI (its passphrase and acting role).
        self.open_store = open_store or (lambda: EventStore.open(self.event_path))
        self.spooler = spooler or default_spooler()
        self.settings = settings or PrinterSettingsStore()
        self.on_change = on_change
        self.poll_interval = poll_interval
        self.operator = operator
        self._jobs: dict[str, PrintJob] = {}
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._commands: queue.Queue[tuple[str, str, Any]] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="checkin-print", daemon=True)
        self._stop = False
        self._thread.start()

    # --- caller side (any thread, never blocks on the printer) ------------------------------------------
    def enqueue(self, attendee_ids: Sequence[int], printer: str, *, layout: str | None = None,
                copies: int | None = None, test: bool = False) -> PrintJob:
        job = PrintJob(uuid.uuid4().hex[:12], list(attendee_ids), printer, layout, copies, test=test)
        self._set(job)
        self._commands.put(("submit", job.id, None))
        return job

    def retry(self, job_id: str, printer: str | None = None) -> PrintJob:
        """Send a failed or stuck job again, to the same or another printer (cancelling the stuck copy)."""
        with self._lock:
            job = self._jobs[job_id]
        if job.spool_id and job.state in (JobState.SPOOLED, JobState.HELD, JobState.PRINTING):
            self._commands.put(("cancel_spool", job.id, job.spool_id))
        new = replace(job, printer=printer or job.printer, state=JobState.QUEUED, message="", spool_id="",
                      problem=Problem.NONE, detail="")
        self._set(new)
        self._commands.put(("submit", job.id, None))
        return new

    def redirect(self, job_id: str, printer: str) -> PrintJob:
        return self.retry(job_id, printer)

    def cancel(self, job_id: str) -> None:
        with self._lock:
            job = self._jobs[job_id]
        if job.spool_id and job.state in ACTIVE:
            self._commands.put(("cancel_spool", job.id, job.spool_id))
        self._set(replace(job, state=JobState.CANCELLED, message="cancelled", problem=Problem.CANCELLED))

    def jobs(self) -> list[PrintJob]:
        with self._lock:
            return sorted(self._jobs.values(), key=lambda j: j.created)

    def job(self, job_id: str) -> PrintJob:
        with self._lock:
            return self._jobs[job_id]

    def wait(self, job_id: str, states: set[JobState] | frozenset[JobState], timeout: float = 30) -> PrintJob:
        deadline = time.monotonic() + timeout
        with self._changed:
            while self._jobs[job_id].state not in states:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"job {job_id} still {self._jobs[job_id].state}")
                self._changed.wait(left)
            return self._jobs[job_id]

    def printer_status(self, name: str) -> PrinterStatus:
        return self.spooler.printer_status(name)

    def close(self, timeout: float = 5) -> None:
        self._stop = True
        self._commands.put(("stop", "", None))
        self._thread.join(timeout)

    # --- worker side ------------------------------------------------------------------------------------
    def _set(self, job: PrintJob) -> None:
        with self._changed:
            old = self._jobs.get(job.id)
            if old is not None and old.state == JobState.CANCELLED and job.state != JobState.QUEUED:
                return  # cancelled while it was being sent: keep it cancelled
            self._jobs[job.id] = job
            self._changed.notify_all()
        if self.on_change is not None and (old is None or (old.state, old.message, old.problem) !=
                                           (job.state, job.message, job.problem)):
            try:
                self.on_change(job)
            except Exception:  # a broken listener must not stop the printing
                pass

    def _run(self) -> None:
        store = None
        next_poll = time.monotonic() + self.poll_interval
        try:
            while not self._stop:
                try:
                    cmd, job_id, arg = self._commands.get(timeout=max(0.0, next_poll - time.monotonic()))
                except queue.Empty:
                    self._poll()
                    next_poll = time.monotonic() + self.poll_interval
                    continue
                if cmd == "stop":
                    break
                if cmd == "cancel_spool":
                    try:
                        self.spooler.cancel(arg)
                    except SpoolError:
                        pass
                    continue
                if store is None:
                    store = self.open_store()
                self._submit(store, job_id)
        finally:
            if store is not None:
                store.close()

    def _submit(self, store: Any, job_id: str) -> None:
        job = self.job(job_id)
        if job.state != JobState.QUEUED:
            return
        try:
            self._set(submit_badges(store, job, self.spooler, self.settings, operator=self.operator))
        except SpoolError as exc:
            self._set(replace(job, state=JobState.FAILED, message=str(exc), problem=exc.problem, detail=exc.detail,
                              attempts=job.attempts + 1))
        except Exception as exc:  # the desk must see the reason, not a dead queue
            message = str(exc) or type(exc).__name__
            self._set(replace(job, state=JobState.FAILED, message=message, problem=Problem.ERROR, detail=message,
                              attempts=job.attempts + 1))

    def _poll(self) -> None:
        waiting = [j for j in self.jobs()
                   if j.state in (JobState.SPOOLED, JobState.PRINTING, JobState.HELD) and j.spool_id]
        try:
            states = self.spooler.job_states([(j.spool_id, j.printer) for j in waiting])
        except SpoolError as exc:
            for job in waiting:
                self._set(replace(job, message=str(exc), problem=exc.problem, detail=exc.detail))
            return
        described: dict[str, PrinterStatus] = {}
        for job in waiting:
            state = states[job.spool_id]
            message, problem, detail = "", Problem.NONE, ""
            if state == JobState.HELD:  # say why: "stopped: Paused", "stopped: media jam" ...
                if job.printer not in described:
                    described[job.printer] = self.spooler.printer_status(job.printer)
                status = described[job.printer]
                message, problem, detail = status.describe(), status.problem or Problem.STOPPED, status.reason
            elif state == JobState.FAILED:
                message, problem = "the spooler dropped the job", Problem.DROPPED
            if state != job.state or message != job.message or problem != job.problem:
                self._set(replace(job, state=state, message=message, problem=problem, detail=detail))
