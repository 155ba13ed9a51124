"""Print on check-in at the desk: the admitted guest's badge goes to the print queue, and one line under the
result says where it is ("Badge for X: printing on Y", or in red why it was not printed).

The queue runs on its own thread (core ``PrintQueue``), so a slow or broken printer never holds up the next
scan: the desk only ever reads job changes as they arrive.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from ...core.printing import JobState, PrintJob, Problem, SpoolError

OK_STYLE = "font-size: 16px; color: #1d3b1f; padding: 2px 6px;"
FAILED_STYLE = "font-size: 16px; font-weight: 700; color: #ffffff; background: #b3221b; padding: 4px 8px;"


def state_words(state: JobState) -> str:
    words = {
        JobState.QUEUED: QCoreApplication.translate("DeskPrint", "waiting to print"),
        JobState.SPOOLED: QCoreApplication.translate("DeskPrint", "sent to the printer"),
        JobState.PRINTING: QCoreApplication.translate("DeskPrint", "printing"),
        JobState.HELD: QCoreApplication.translate("DeskPrint", "held: the printer is stopped"),
        JobState.DONE: QCoreApplication.translate("DeskPrint", "printed"),
        JobState.FAILED: QCoreApplication.translate("DeskPrint", "not printed"),
        JobState.CANCELLED: QCoreApplication.translate("DeskPrint", "cancelled"),
    }
    return words[state]


# A printer's state reasons that add nothing to "the printer is stopped" (CUPS' default words when paused).
PLAIN_REASONS = frozenset({"paused", "reason unknown", "none"})


def problem_words(problem: Problem | str, detail: str = "") -> str:
    """Why a print job did not print, in the worker's language (the core gives a code and the print system's
    own words as ``detail``, which are added in brackets when they say more)."""
    translate = QCoreApplication.translate  # not "tr": lupdate reads tr("A", "b") as the text "A"
    try:
        problem = Problem(problem)
    except ValueError:
        problem = Problem.ERROR
    words = {
        Problem.NONE: "",
        Problem.NO_PRINTER: translate("DeskPrint", "no badge printer chosen (Badges screen)"),
        Problem.NO_ATTENDEE: translate("DeskPrint", "this guest is not in the event file"),
        Problem.NO_SPOOLER: translate("DeskPrint", "no print system on this computer, or it does not answer (CUPS)"),
        Problem.UNKNOWN_PRINTER: translate("DeskPrint", "this computer does not know the printer"),
        Problem.NOT_ACCEPTING: translate("DeskPrint", "the printer takes no new jobs"),
        Problem.STOPPED: translate("DeskPrint", "the printer is stopped"),
        Problem.REFUSED: translate("DeskPrint", "the print system refused the job"),
        Problem.DROPPED: translate("DeskPrint", "the print system dropped the job"),
        Problem.CANCELLED: "",  # the job's state says it
        Problem.ERROR: translate("DeskPrint", "the badge could not be made"),
    }
    text = words[problem]
    if detail and detail.strip().lower() not in PLAIN_REASONS and text:
        text += f" ({detail.strip()})"
    return text


class BadgePrintLine(QLabel):
    """One line on the desk about the badges this desk printed on check-in (hidden while printing is off)."""

    def __init__(self, ctx: Any) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("deskPrintLine")
        self.setWordWrap(True)
        self.hide()
        self._names: dict[str, str] = {}  # job id -> guest name, for the jobs this desk started
        self._connected = False

    def _service(self) -> Any:
        from ..badges.print_service import PrintService

        service = PrintService.for_context(self.ctx)
        if not self._connected:
            service.job_changed.connect(self._on_job)
            self._connected = True
        return service

    def on_checkin(self, decision: Any) -> PrintJob | None:
        """After every decision shown: queue the badge if this desk prints on check-in and it is due."""
        service = self._service()
        if not service.print_on_checkin:
            self.hide()
            return None
        name = decision.attendee.display_name if decision.attendee else str(decision.attendee_id)
        try:
            job = service.print_checkin(decision)
        except SpoolError as exc:
            self._show_failed(name, problem_words(exc.problem, exc.detail))
            return None
        if job is not None:
            self._names[job.id] = name
            self._show(job)
        return job

    def _on_job(self, job: PrintJob) -> None:
        if job.id in self._names:
            self._show(job)

    def _show(self, job: PrintJob) -> None:
        name = self._names.get(job.id, "")
        if job.state == JobState.FAILED:
            self._show_failed(name, problem_words(job.problem, job.detail) or state_words(job.state), job.printer)
            return
        if job.state == JobState.HELD:  # kept by the spooler: prints when the printer runs again
            text = QCoreApplication.translate("DeskPrint", "⚠ Badge for %1 waits: %2 (%3).")
            self.setStyleSheet(FAILED_STYLE)
            self.setText(text.replace("%1", name).replace("%2", problem_words(job.problem, job.detail)
                                                          or state_words(job.state))
                         .replace("%3", job.printer))
            self.show()
            return
        text = QCoreApplication.translate("DeskPrint", "Badge for %1: %2 (%3)")
        self.setStyleSheet(OK_STYLE)
        self.setText("🖶 " + text.replace("%1", name).replace("%2", state_words(job.state)).replace("%3", job.printer))
        self.show()

    def _show_failed(self, name: str, reason: str, printer: str = "") -> None:
        text = QCoreApplication.translate(
            "DeskPrint", "⚠ Badge for %1 not printed%2: %3. The check-in is saved; reprint on the Badges screen.")
        where = f" ({printer})" if printer else ""
        self.setStyleSheet(FAILED_STYLE)
        self.setText(text.replace("%1", name).replace("%2", where).replace("%3", reason))
        self.show()
