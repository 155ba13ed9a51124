"""The kiosk window: full screen, no menus, one guest at a time; only the desk or organiser PIN leaves it.

Every decision is the core's (``core.kiosk.Kiosk``); this window turns steps into pages, prints through the
station's print queue (``PrintService``) and resets after "take your badge", after "go to the desk" and after
an idle timeout on any step, clearing everything the last guest typed or saw.
"""

from __future__ import annotations

import io
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPixmap
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ...core.kiosk import Kiosk, KioskSettings, Screen, Step, can_leave
from ...core.kiosk.flow import value_of
from ...core.printing import JobState, PrintJob
from ..changes import Change
from . import texts as T
from .pages import NamePage, PinPage, PreviewPage, StartPage, button, centred, label, style_sheet

if TYPE_CHECKING:
    from ..context import AppContext

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.Wheel}
PRINT_TIMEOUT_MS = 20_000  # no answer from the print queue: the printer counts as failed


class KioskWindow(QWidget):
    left = Signal()  # staff left kiosk mode with the PIN
    step_shown = Signal(str)  # for tests and the screenshot script

    def __init__(self, ctx: AppContext, *, language: str = "en", printer: str | None = None,
                 settings: KioskSettings | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        assert ctx.store is not None
        self.ctx = ctx
        self.setObjectName("kiosk")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a scanner's keys land here on the start page
        self.setWindowTitle("checkin kiosk")
        self.default_language = language if language in T.LANGUAGES else "en"
        self.texts = T.KioskTexts(self.default_language)
        self.kiosk = Kiosk(ctx.store, settings=settings)
        self.printer_name = printer
        self.job: PrintJob | None = None
        self._may_close = False
        self._unit = 0
        self._back_to: QWidget | None = None

        self.start = StartPage()
        self.name = NamePage()
        self.preview = PreviewPage()
        self.printing_title = label("kioskPrinting", "title")
        self.done_title, self.done_hint = label("kioskDoneTitle", "title"), label("kioskDoneHint", "hint")
        self.desk_title, self.desk_hint = label("kioskDeskTitle", "title"), label("kioskDeskHint", "hint")
        self.printing = centred(self.printing_title)
        self.done = centred(self.done_title, self.done_hint)
        self.desk = centred(self.desk_title, self.desk_hint)
        self.finish_done = button("kioskFinishDone")
        self.finish_desk = button("kioskFinishDesk")
        self.done.layout().addWidget(self.finish_done, 0, Qt.AlignmentFlag.AlignHCenter)
        self.desk.layout().addWidget(self.finish_desk, 0, Qt.AlignmentFlag.AlignHCenter)
        self.pin = PinPage()
        self.pages = QStackedWidget()
        for page in (self.start, self.name, self.preview, self.printing, self.done, self.desk, self.pin):
            self.pages.addWidget(page)

        self.lang_buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        for lang, text in (("de", "Deutsch"), ("en", "English")):  # each in its own language
            b = button(f"kioskLang_{lang}")
            b.setText(text)
            b.setProperty("lang", True)
            b.clicked.connect(lambda _=False, lg=lang: self.set_language(lg))
            top.addWidget(b)
            self.lang_buttons[lang] = b
        top.addStretch(1)
        self.staff = button("kioskStaff")
        self.staff.setProperty("staff", True)
        top.addWidget(self.staff)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(40, 24, 40, 40)
        lay.addLayout(top)
        lay.addWidget(self.pages, 1)

        self.start.by_name.clicked.connect(self._to_name)
        self.name.find.clicked.connect(self._find)
        self.name.confirm.returnPressed.connect(self._find)
        self.name.name.returnPressed.connect(self.name.confirm.setFocus)
        self.name.back.clicked.connect(self.reset)
        self.preview.apply.clicked.connect(self._apply_corrections)
        self.preview.print.clicked.connect(self.confirm)
        self.preview.not_me.clicked.connect(self.reset)
        self.finish_done.clicked.connect(self.reset)
        self.finish_desk.clicked.connect(self.reset)
        self.staff.clicked.connect(self._ask_pin)
        self.pin.leave.clicked.connect(self._try_leave)
        self.pin.pin.returnPressed.connect(self._try_leave)
        self.pin.cancel.clicked.connect(self._cancel_pin)

        self.after = QTimer(self)  # "take your badge" / "go to the desk" -> start
        self.after.setSingleShot(True)
        self.after.timeout.connect(self.reset)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(max(1, int(self.kiosk.settings.idle_seconds * 1000)))
        self.idle.timeout.connect(self._on_idle)
        self.print_timeout = QTimer(self)
        self.print_timeout.setSingleShot(True)
        self.print_timeout.setInterval(PRINT_TIMEOUT_MS)
        self.print_timeout.timeout.connect(lambda: self._printed(False))
        self._pin_wait = 0
        self._pin_countdown = QTimer(self)
        self._pin_countdown.setInterval(1000)
        self._pin_countdown.timeout.connect(self._pin_tick)

        from ..scanner import wedge

        self.wedge = wedge.install(ctx.settings)
        self.wedge.scanned.connect(self._on_scanned)
        from ..badges.print_service import PrintService

        self.service = PrintService.for_context(ctx)
        self.service.job_changed.connect(self._on_job)
        QApplication.instance().installEventFilter(self)  # any touch restarts the idle timer (Qt drops it with us)
        self.camera = None  # the camera pipeline, when a camera (or a video file standing in) runs
        self.reset()
        QTimer.singleShot(0, self, self._warm_up)

    # --- the camera: a guest may show the code to the camera instead of the scanner -----------------------
    def start_camera(self, video_file: str | None = None) -> bool:
        """The default camera (or a video file standing in for it); False when there is none."""
        from ..scanner.camera import CameraScanner

        if self.camera is None:
            self.camera = CameraScanner(self)
            self.camera.scanned.connect(self._on_scanned)
            self.camera.preview.connect(self._show_camera)
            self.camera.error.connect(lambda _text: self.stop_camera())  # the USB scanner still works
        if video_file:
            self.camera.play_file(video_file)
            started = True
        else:
            started = self.camera.start_camera()
        self.start.camera.setVisible(started)
        return started

    def stop_camera(self) -> None:
        if self.camera is not None:
            self.camera.stop()
        self.start.camera.hide()

    def _show_camera(self, image) -> None:  # noqa: ANN001
        if self.pages.currentWidget() is self.start:
            self.start.camera.setPixmap(QPixmap.fromImage(image))

    def _warm_up(self) -> None:
        """Load fonts, the badge renderer and QtPdf before the first guest (about a second, once)."""
        from ...core.badges import catalog, document
        from ...core.badges.render import BadgeData
        from ..badges.designer import render_page

        if self.ctx.store is not None:
            pdf, _ = document.render_bytes(catalog.get_layout(self.ctx.store, None), [BadgeData(None, {}, "")])
            render_page(pdf, QSize(100, 140))

    # --- what the guest does ----------------------------------------------------------------------------
    def _on_scanned(self, text: str) -> None:
        if self.isVisible() and self.pages.currentWidget() in (self.start, self.name):
            self.submit_code(text)

    def submit_code(self, text: str) -> None:
        """A code from the scanner (or a camera): the invitation says who it is."""
        if self.kiosk.screen.step != Step.START:
            return
        self.show_screen(self.kiosk.scan(text))

    def _to_name(self) -> None:
        self.name.name.clear()
        self.name.confirm.clear()
        self.name.message.clear()
        self.pages.setCurrentWidget(self.name)
        self.name.name.setFocus()
        self.step_shown.emit("name")

    def _find(self) -> None:
        screen = self.kiosk.find(self.name.name.text(), self.name.confirm.text())
        if screen.step == Step.START:  # nobody matched: say so, keep the name, let them retype the letters
            self.name.confirm.clear()
            self.name.message.setText(self.texts.t(T.NOT_FOUND))
            self.name.confirm.setFocus()
            self.step_shown.emit("not_found")
            return
        self.show_screen(screen)

    def _apply_corrections(self) -> None:
        before = dict(self.kiosk.screen.corrections)
        for name, edit in self.preview.fields.items():
            self.kiosk.correct(name, edit.text())
        if self.kiosk.screen.corrections != before:  # the preview shows what will print
            self._render_badge()

    def confirm(self) -> None:
        """The guest confirmed the preview: check in (with their corrections), then print."""
        if self.kiosk.screen.step != Step.PREVIEW:
            return
        self._apply_corrections()
        screen = self.kiosk.confirm()
        self.ctx.notify(Change.ARRIVALS | Change.ATTENDEES)  # the check-in and the guest's own corrections
        self.show_screen(screen)
        if screen.step == Step.PRINTING:
            self._print(screen)

    # --- printing ---------------------------------------------------------------------------------------
    @property
    def printer(self) -> str:
        return self.printer_name or self.service.printer

    def _print(self, screen: Screen) -> None:
        assert screen.attendee is not None
        status = self.service.printer_status(self.printer) if self.printer else None
        if status is None or not status.ok:  # stopped, refusing or missing: the desk prints it
            self._printed(False)
            return
        self.job = self.service.enqueue(screen.attendee.id, self.printer)
        if self.job is None:
            self._printed(False)
            return
        self.print_timeout.start()

    def _on_job(self, job: PrintJob) -> None:
        if self.job is None or job.id != self.job.id or self.kiosk.screen.step != Step.PRINTING:
            return
        if job.state in (JobState.SPOOLED, JobState.PRINTING, JobState.DONE):
            self._printed(True)
        elif job.state in (JobState.FAILED, JobState.HELD, JobState.CANCELLED):
            self._printed(False)

    def _printed(self, ok: bool) -> None:
        self.print_timeout.stop()
        if self.kiosk.screen.step != Step.PRINTING:
            return
        if not ok and self.job is not None:
            self.service.cancel(self.job.id)  # the desk prints it; no second badge later from here
        self.job = None
        screen = self.kiosk.printed(ok)
        self.ctx.notify(Change.BADGES | Change.ARRIVALS)  # printed, or referred to the desk (its banner)
        self.show_screen(screen)

    # --- pages ------------------------------------------------------------------------------------------
    def show_screen(self, screen: Screen) -> None:
        self.texts.language = screen.language or self.texts.language
        page = {Step.START: self.start, Step.PREVIEW: self.preview, Step.PRINTING: self.printing,
                Step.DONE: self.done, Step.DESK: self.desk}[screen.step]
        if screen.step == Step.PREVIEW:
            a = screen.attendee
            assert a is not None
            self.preview.set_fields(self.kiosk.settings.editable,
                                    {f: value_of(a, f) for f in self.kiosk.settings.editable})
            self._render_badge()
        self.after.stop()
        if screen.step == Step.DONE:
            self.after.start(int(self.kiosk.settings.done_seconds * 1000))
        elif screen.step == Step.DESK:
            self.after.start(int(self.kiosk.settings.desk_seconds * 1000))
        self.retranslate()
        self.pages.setCurrentWidget(page)
        self.idle.start()
        self.step_shown.emit(screen.step.value)

    def _render_badge(self) -> None:
        """The badge exactly as it will print: the same layout and renderer as the print queue."""
        a = self.kiosk.screen.attendee
        store = self.ctx.store
        if a is None or store is None:
            self.preview.badge.clear()
            return
        from ...core.badges import catalog, document
        from ..badges.designer import render_page

        prefs = self.service.printer_settings(self.printer) if self.printer else None
        layout = catalog.get_layout(store, prefs.layout if prefs else None)
        buf = io.BytesIO()
        document.make_pdf(store, buf, layout, [a])
        w, h = layout.page_size
        room = self.pages.size()
        height = max(200, int(room.height() * 0.72))  # under the title, above the buttons
        width = max(150, min(int(room.width() * 0.55), int(height * w / h)))
        height = int(width * h / w)
        image = render_page(buf.getvalue(), QSize(width, height))
        self.preview.badge.setPixmap(QPixmap.fromImage(image))

    def reset(self) -> None:
        """Back to the start: nothing of the last guest stays on any page."""
        self.after.stop()
        self.print_timeout.stop()
        self.job = None
        self.kiosk.reset()
        for edit in (self.name.name, self.name.confirm, self.pin.pin):
            edit.clear()
        self.name.message.clear()
        self.pin.message.clear()
        self.preview.set_fields((), {})
        self.preview.badge.clear()
        self.texts.language = self.default_language
        self.retranslate()
        self.pages.setCurrentWidget(self.start)
        self.setFocus()
        self.idle.start()
        self.step_shown.emit("start")

    def _on_idle(self) -> None:
        if self.kiosk.screen.step == Step.PRINTING:  # the print queue answers (or times out) first
            self.idle.start()
            return
        if self.pages.currentWidget() is not self.start or self.texts.language != self.default_language:
            self.reset()

    def set_language(self, language: str) -> None:
        self.texts.language = language
        self.retranslate()
        if self.pages.currentWidget() is self.preview:
            self._render_badge()

    # --- leaving: the PIN --------------------------------------------------------------------------------
    def _ask_pin(self) -> None:
        if self.pages.currentWidget() is self.pin:
            return
        self.reset()  # staff take over: the guest's data goes first
        self.pages.setCurrentWidget(self.pin)
        self.pin.pin.setFocus()
        self.step_shown.emit("pin")

    def _cancel_pin(self) -> None:
        self.reset()

    def _try_leave(self) -> None:
        store = self.ctx.store
        if store is None or self._pin_wait > 0:
            return
        check = can_leave(store, self.pin.pin.text())
        self.pin.pin.clear()
        if check.ok:
            self.leave()
            return
        self._pin_wait = math.ceil(check.wait)
        self._pin_tick(start=True)

    def _pin_tick(self, start: bool = False) -> None:
        if not start:
            self._pin_wait -= 1
        if self._pin_wait > 0:
            self.pin.message.setText(self.texts.t(T.WAIT_PIN).replace("%1", str(self._pin_wait)))
            self._pin_countdown.start()
        else:
            self._pin_countdown.stop()
            self.pin.message.setText(self.texts.t(T.WRONG_PIN) if start else "")
        self.pin.leave.setEnabled(self._pin_wait <= 0)

    def leave(self) -> None:
        """Only after the PIN: close the kiosk (the launcher shows the staff window again)."""
        self.reset()
        self._may_close = True
        self.close()
        self.left.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close:  # Alt+F4, the window manager, a stray close(): still a kiosk
            event.ignore()
            return
        self.wedge.scanned.disconnect(self._on_scanned)
        self.service.job_changed.disconnect(self._on_job)
        if self.camera is not None:
            self.camera.shutdown()
        QApplication.instance().removeEventFilter(self)
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            return  # no way out by keyboard
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        try:
            if event.type() in _ACTIVITY and self.isVisible():
                self.idle.start()
        except RuntimeError:  # being torn down
            pass
        return False

    # --- words and looks ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        t = self.texts.t
        self.start.title.setText(t(T.WELCOME))
        self.start.hint.setText(t(T.SCAN_HINT))
        self.start.by_name.setText(t(T.NO_CODE))
        self.name.title.setText(t(T.NAME_TITLE))
        self.name.name_label.setText(t(T.NAME_LABEL))
        self.name.confirm_label.setText(t(T.CONFIRM_LABEL).replace("%1", str(self.kiosk.settings.confirm_letters)))
        self.name.find.setText(t(T.FIND))
        self.name.back.setText(t(T.BACK))
        if self.name.message.text():
            self.name.message.setText(t(T.NOT_FOUND))
        self.preview.title.setText(t(T.PREVIEW_TITLE))
        self.preview.hint.setText(t(T.PREVIEW_HINT) if self.preview.fields else "")
        for name, lab in self.preview.field_labels.items():  # an unknown import column keeps its own name
            lab.setText(t(T.FIELD_LABELS[name]) if name in T.FIELD_LABELS else name.removeprefix("extra:"))
        self.preview.apply.setText(t(T.APPLY))
        self.preview.print.setText(t(T.PRINT))
        self.preview.not_me.setText(t(T.NOT_ME))
        self.printing_title.setText(t(T.PRINTING))
        self.done_title.setText(t(T.DONE_TITLE))
        self.done_hint.setText(t(T.DONE_HINT))
        self.desk_title.setText(t(T.DESK_TITLE))
        self.desk_hint.setText(t(T.DESK_HINT))
        self.finish_done.setText(t(T.FINISH))
        self.finish_desk.setText(t(T.FINISH))
        self.staff.setText(t(T.STAFF))
        self.pin.title.setText(t(T.PIN_TITLE))
        self.pin.hint.setText(t(T.PIN_HINT))
        self.pin.leave.setText(t(T.LEAVE))
        self.pin.cancel.setText(t(T.CANCEL))
        for lang, b in self.lang_buttons.items():
            if b.property("current") != (lang == self.texts.language):
                b.setProperty("current", lang == self.texts.language)
                b.style().unpolish(b)  # a property selector needs a re-polish, not a new style sheet
                b.style().polish(b)

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        self.activateWindow()
        if self.pages.currentWidget() is self.start:
            self.setFocus()

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        self._restyle()

    def _restyle(self) -> None:
        """Type and buttons sized to the screen: readable from a step back, fingers hit them."""
        u = max(14, self.height() // 40)  # 27 px at 1080, 19 px at 768
        if u == self._unit:
            return  # setting a style sheet costs ~60 ms: only when the screen size changes
        self._unit = u
        self.setStyleSheet(style_sheet(u))
