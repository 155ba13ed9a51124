"""UI operations: how screens read and write the event without freezing the window.

``QueryOp`` reads, ``EventOp`` writes. Both run their function on the one DB worker (``ctx.tasks``, its own
connection), then call ``success(result)`` on the GUI thread. A failure is shown to the user by default (a
message box over the screen and a line in the status bar, in the window's language; the worker prints the
traceback to stderr for support) unless the screen passes its own ``failure`` handler. A screen closed while
its op ran gets no callback (the change notice still goes out). An ``EventOp`` then tells every
screen what it changed (``ctx.notify(Change...)``); each screen subscribes only to the changes that concern it
(``ctx.subscribe``), so a check-in does not make the Badges screen re-read its layouts.

    QueryOp(ctx, self, lambda store: compute_figures(store, lang), self.show_figures).run_in_background()
    EventOp(ctx, self, lambda store: save_layout(store, lay), changes=Change.BADGES).run_in_background()

The rule for the GUI thread (``ctx.store`` is the GUI thread's own connection):
- allowed there: point reads (one guest, one page of 200 table rows, a setting, a count over an index) and
  one-guest decisions at the desk or door, which must answer within the scan (a check-in, an undo, one
  correction): they touch a handful of rows and the worker's queue could hold them behind a long job;
- everything that reads or writes in proportion to the number of guests or records (lists, summaries,
  exports, imports, backups, the sync-back and audit views, the badges' people list) goes through an op;
- no SQL under ``ui/``: screens call functions of ``checkin.core`` (a test enforces it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from ..core.store import EventStore
from .changes import Change
from .failure_words import english_line, failure_words, is_unexplained

T = TypeVar("T")

STATUS_SECONDS = 15


def show_error(parent: QWidget | None, message: str, detail: str = "") -> QMessageBox:
    """Tell the user an operation failed: a message box that does not block the window (the desk keeps
    scanning behind it) and the same line in the main window's status bar. ``detail``: the core's English line
    when the message could not say what happened (for support, behind the box's "Show Details" button)."""
    owner = parent if parent is not None and parent.isVisible() else QApplication.activeWindow()
    window = owner.window() if owner is not None else None
    if isinstance(window, QMainWindow):
        line = QCoreApplication.translate("Ops", "Failed: %1").replace("%1", message)
        window.statusBar().showMessage(line, STATUS_SECONDS * 1000)
    if owner is not None:  # a refresh failing on every check-in must not stack up a box per scan
        for shown in owner.findChildren(QMessageBox, "opFailure"):
            if shown.isVisible() and shown.text() == message:
                return shown
    title = QCoreApplication.translate("Ops", "Could not finish")
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, owner)
    box.setObjectName("opFailure")
    if detail and detail != message:
        box.setDetailedText(detail)
    box.setInformativeText(QCoreApplication.translate(
        "Ops", "Nothing was lost. Try again, or note the message for the organiser."))
    box.open()
    return box


class QueryOp(Generic[T]):
    """Read on the DB worker; ``success`` gets the result on the GUI thread."""

    def __init__(self, ctx: Any, parent: QWidget | None, op: Callable[[EventStore], T],
                 success: Callable[[T], None] | None = None) -> None:
        self._ctx, self._parent, self._op, self._success = ctx, parent, op, success
        self._failure: Callable[[str], None] | None = None

    def failure(self, handler: Callable[[str], None]) -> QueryOp[T]:
        """Handle the failure here instead of the default message (e.g. a red line the screen shows); the
        handler gets the failure in the user's words (``ui.failure_words``), never the core's English line."""
        self._failure = handler
        return self

    def run_in_background(self) -> int:
        return self._ctx.tasks.run(self._op, self._done, self._failed)

    def _screen_gone(self) -> bool:
        """The screen was closed while the op ran (a role switch rebuilds the screens): nobody to answer."""
        return self._parent is not None and not shiboken6.isValid(self._parent)

    def _done(self, result: T) -> None:
        if self._success is not None and not self._screen_gone():
            self._success(result)

    def _failed(self, error: Exception) -> None:  # the worker printed the traceback to stderr
        message = failure_words(error) or QCoreApplication.translate("Ops", "Unknown error")
        if self._failure is not None and not self._screen_gone():
            self._failure(message)
        else:
            parent = None if self._screen_gone() else self._parent
            show_error(parent, message, english_line(error) if is_unexplained(error) else "")


class EventOp(QueryOp[T]):
    """Write on the DB worker; on success every screen concerned by ``changes`` refreshes, then ``success``."""

    def __init__(self, ctx: Any, parent: QWidget | None, op: Callable[[EventStore], T], *, changes: Change,
                 success: Callable[[T], None] | None = None) -> None:
        super().__init__(ctx, parent, op, success)
        self._changes = changes

    def _done(self, result: T) -> None:
        self._ctx.notify(self._changes)
        super()._done(result)
