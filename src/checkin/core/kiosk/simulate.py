"""``checkin kiosk-sim``: guests walk through the kiosk flow headless, badges through the real print queue.

Times each guest from the scan (or typed name) to the badge job accepted by the spooler: the software's share
of a kiosk guest (benchmark ``kiosk_guest_ms``). Without a printer the badges go to PDF files in a folder
through the same queue (``FolderSpooler``), so the path measured is the same but for ``lp``.
"""

from __future__ import annotations

import random
import shutil
import statistics
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..printing import JobState, PrinterSettingsStore, PrinterStatus, PrintQueue, Spooler, SpoolError
from ..store import EventStore
from .flow import Kiosk, Step, screen_json
from .settings import KioskSettings


class FolderSpooler:
    """A spooler that files each job's PDF in a folder (kiosk-sim without a printer, tests, benchmarks)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self._n = 0

    def submit(self, pdf: Path, printer: str, media_mm: tuple[float, float], copies: int, title: str) -> str:
        self._n += 1
        shutil.copy(pdf, self.folder / f"{title}.pdf")
        return f"{printer}-{self._n}"

    def job_state(self, spool_id: str, printer: str) -> JobState:
        return JobState.DONE

    def job_states(self, jobs: Sequence[tuple[str, str]]) -> dict[str, JobState]:
        return {j: JobState.DONE for j, _ in jobs}

    def printer_status(self, name: str) -> PrinterStatus:
        return PrinterStatus(name, True, True, True)

    def printers(self) -> list[str]:
        return ["folder"]

    def cancel(self, spool_id: str) -> None:
        pass


@dataclass
class GuestRun:
    attendee_id: int
    step: str
    reason: str | None
    ms: float  # identify -> job accepted by the spooler (or -> desk screen)
    job: str = ""


@dataclass
class SimReport:
    guests: list[GuestRun] = field(default_factory=list)
    printer: str | None = None

    def to_json(self) -> dict[str, Any]:
        printed = [g.ms for g in self.guests if g.step == Step.DONE]
        return {
            "guests": len(self.guests), "printed": len(printed),
            "sent_to_desk": dict(Counter(g.reason for g in self.guests if g.step == Step.DESK)),
            "printer": self.printer,
            "ms": {"median": round(statistics.median(printed), 1) if printed else None,
                   "max": round(max(printed), 1) if printed else None},
            "results": [{"attendee_id": g.attendee_id, "step": g.step, "reason": g.reason, "ms": round(g.ms, 1),
                         "job": g.job} for g in self.guests],
        }


def pick_guests(store: Any, count: int, seed: int) -> list[int]:
    """``count`` people from the list in a repeatable order (companions come with someone, not alone)."""
    ids = [r[0] for r in store.conn.execute("SELECT id FROM attendees WHERE companion_of IS NULL ORDER BY id")]
    random.Random(seed).shuffle(ids)
    return ids[:count]


def run(store: Any, event_path: Path, attendee_ids: Sequence[int], *, printer: str | None,
        spooler: Spooler | None = None, by_name: bool = False, station: str | None = None,
        timeout: float = 30) -> SimReport:
    """Each guest scans their invitation (or types name + e-mail letters), confirms, and takes the badge."""
    settings = KioskSettings.load(store)
    kiosk = Kiosk(store, station=station, settings=settings)
    queue = PrintQueue(event_path, spooler=spooler, settings=PrinterSettingsStore(event_path.parent / "printers.json"),
                       operator="kiosk",  # the print thread's own connection, with this event's passphrase
                       open_store=lambda: EventStore.open(event_path, key=store.key))
    report = SimReport(printer=printer)
    target = printer or "folder"
    try:
        for aid in attendee_ids:
            a = store.attendee(aid)
            if a is None:
                raise SpoolError(f"no attendee with id {aid}")
            kiosk.reset()
            t0 = time.perf_counter()
            if by_name:
                screen = kiosk.find(f"{a.first_name} {a.last_name}", a.email[: settings.confirm_letters])
            else:
                screen = kiosk.scan(a.code)
            job_id = ""
            if screen.step == Step.PREVIEW:
                screen = kiosk.confirm()
            if screen.step == Step.PRINTING and screen.attendee is not None and not printer_ready(queue, target):
                screen = kiosk.printed(False)
            if screen.step == Step.PRINTING and screen.attendee is not None:
                job = queue.enqueue([screen.attendee.id], target)
                job = queue.wait(job.id, {JobState.SPOOLED, JobState.PRINTING, JobState.DONE, JobState.HELD,
                                          JobState.FAILED}, timeout=timeout)
                job_id = job.spool_id or job.message
                screen = kiosk.printed(job.state not in (JobState.FAILED, JobState.HELD))
            ms = (time.perf_counter() - t0) * 1000
            shown = screen_json(screen)
            report.guests.append(GuestRun(aid, shown["step"], shown["reason"], ms, job_id))
    finally:
        queue.close()
    return report


def printer_ready(queue: PrintQueue, printer: str) -> bool:
    """A stopped or refusing printer would hold the badge: the guest goes to the desk instead of waiting."""
    try:
        return queue.printer_status(printer).ok
    except SpoolError:
        return False
