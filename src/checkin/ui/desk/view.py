"""The check-in desk screen: scan or search, a decision at a glance, next guest. Keyboard only.

Keys: scan anywhere; F2 search; Up/Down + Enter check in the chosen guest; Enter confirms an attention notice;
Esc back to ready; Ctrl+Z undo; F6 check-in point; F7 camera; F8 admit anyway; F9 scanner set-up.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import ledger, pins
from ...core.desk import Counters, Decision, Desk, Flag, Status, counters
from ...core.journal import Kind, utc_now
from ...core.search import Hit, Searcher, TypoIndex
from ..changes import Change
from ..context import AppContext
from ..matchmaking.desk_lines import DeskMeetingLines
from ..ops import QueryOp
from ..scanner import wedge
from .actions import ActionsBar
from .badge_line import BadgePrintLine
from .camerabar import CAMERA, FILE, OFF, CameraChooser
from .dialogs import OverrideDialog, UndoDialog
from .panel import ResultPanel, category_name, headline, state_of
from .scan_notice import ATTENTION, DIALOG, FRAGMENT, ScanNotice
from .sounds import Sounds
from .type_fit import fit_type

SOUND_OF_STATE = {"admitted": "admitted", "attention": "attention", "already": "already", "refused": "refused"}
# what the desk writes: walk-ins, substitutions, corrections, hand-outs, badges handed over (desk operations) ...
DESK_CHANGES = Change.ARRIVALS | Change.ATTENDEES | Change.BADGES
# ... and, at every scan, a check-in or an undo (the list of guests stays as it is)
CHECKIN_CHANGES = Change.ARRIVALS | Change.BADGES


class DeskScreen(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.desk: Desk | None = None
        self.searcher: Searcher | None = None
        self.decision: Decision | None = None
        self.waiting_for_confirmation = False
        self._fit_pending = False
        self._fitted_for: tuple = ()  # what the type was last fitted to (see _refit)
        self.hits: list[Hit] = []
        self.camera = None
        self.last_counters: Counters | None = None
        self._override_dialog: OverrideDialog | None = None
        self._undo_dialog: UndoDialog | None = None
        self.sounds = Sounds(self)
        self.auto_return_s = float(ctx.settings.value("desk/auto_return_s", 6) or 6)

        self.point = QComboBox()
        self.point.setObjectName("pointSelector")
        self.point.setStyleSheet("font-size: 18px; padding: 4px;")
        self.point.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.point.currentIndexChanged.connect(self._on_point_changed)
        self.counter = QLabel()
        self.counter.setObjectName("deskCounter")
        self.counter.setStyleSheet("font-size: 26px; font-weight: 700;")
        self.by_category = QLabel()
        self.by_category.setObjectName("deskCategories")
        self.by_category.setStyleSheet("font-size: 15px; color: #444;")
        self.by_category.setWordWrap(True)
        top = QHBoxLayout()
        point_label = QLabel(self.tr("Check-in point (F6):"))
        point_label.setStyleSheet("font-size: 16px;")
        top.addWidget(point_label)
        top.addWidget(self.point)
        top.addSpacing(24)
        counts = QVBoxLayout()
        counts.addWidget(self.counter)
        counts.addWidget(self.by_category)
        top.addLayout(counts, 1)

        self.panel = ResultPanel()
        self.meeting_lines = DeskMeetingLines()  # issue 23: the guest's meetings today, under the result
        self.panel.layout().insertWidget(self.panel.layout().count() - 1, self.meeting_lines)
        self.search = QLineEdit()
        self.search.setObjectName("deskSearch")
        self.search.setPlaceholderText(self.tr("Name, organisation, e-mail (F2)"))
        self.search.setStyleSheet("font-size: 22px; padding: 8px;")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_text)
        self.search.installEventFilter(self)
        self.results = QListWidget()
        self.results.setObjectName("deskResults")
        self.results.setStyleSheet("QListWidget { font-size: 18px; } QListWidget::item { padding: 6px; }")
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # arrows are routed from the search field
        # A long organisation wraps: scrolled sideways it hid the category and the arrival time at the end.
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.itemActivated.connect(lambda item: self.check_in_selected())
        self.preview = QLabel()
        self.preview.setObjectName("cameraPreview")
        self.preview.setFixedHeight(240)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.hide()
        self.camera_chooser = CameraChooser(self)
        # The badge line sits under the search results, not under the result card: the list gives way to it,
        # so a red badge line and a refused scan at once still fit a 1366x768 laptop without scrolling.
        self.print_line = BadgePrintLine(ctx)
        side = QVBoxLayout()
        side.addWidget(self.search)
        side.addWidget(self.results, 1)
        side.addWidget(self.print_line)
        side.addWidget(self.camera_chooser)
        side.addWidget(self.preview)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setMinimumWidth(380)
        side_box.setMaximumWidth(520)

        self.scan_notice = ScanNotice()
        result = QVBoxLayout()
        result.addWidget(self.scan_notice)
        result.addWidget(self.panel, 1)
        middle = QHBoxLayout()
        middle.addLayout(result, 1)
        middle.addWidget(side_box)
        self.actions_bar = ActionsBar(self)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(middle, 1)
        lay.addWidget(self.actions_bar)

        self._auto = QTimer(self)
        self._auto.setSingleShot(True)
        self._auto.timeout.connect(self.ready)
        self._counter_timer = QTimer(self)
        self._counter_timer.setSingleShot(True)
        self._counter_timer.setInterval(250)
        self._counter_timer.timeout.connect(self.refresh_counters)
        for keys, slot in (("F2", self.focus_search), ("F6", self._focus_point), ("Esc", self._escape)):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

        self.wedge = wedge.install(ctx.settings)
        self.wedge.scanned.connect(self._on_scanned)
        self.wedge.fragment.connect(self._on_fragment)
        ctx.event_opened.connect(self._on_event_opened)
        ctx.subscribe(Change.ARRIVALS | Change.ATTENDEES | Change.SETTINGS, self._counter_timer.start)
        if ctx.store is not None:
            self._on_event_opened()

    # --- event / point ---------------------------------------------------------------------------------
    def _on_event_opened(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        self.desk = Desk(store, operator=str(self.ctx.settings.value("desk/operator", "") or "") or None)
        self.searcher = Searcher(store)
        QueryOp(self.ctx, self, lambda st: TypoIndex(st).ensure_synced()).run_in_background()  # after an import
        saved = str(self.ctx.settings.value("desk/point", "main") or "main")
        self.point.blockSignals(True)
        self.point.clear()
        for p in self.desk.points:
            self.point.addItem(p.label(self.ctx.language), p.name)
        index = max(0, self.point.findData(saved))
        self.point.setCurrentIndex(index)
        self.point.blockSignals(False)
        self._on_point_changed(index)

    def _on_point_changed(self, index: int) -> None:
        if self.desk is None or index < 0:
            return
        self.desk.set_point(self.point.itemData(index))
        self.ctx.settings.setValue("desk/point", self.desk.point.name)
        self.ready()
        self._on_search_text(self.search.text())
        self.refresh_counters()

    def _focus_point(self) -> None:
        self.point.setFocus()
        self.point.showPopup()

    # --- scanning --------------------------------------------------------------------------------------
    def _accepting_scans(self) -> bool:
        return self.isVisible() and self.desk is not None

    def _on_scanned(self, text: str) -> None:
        if self._accepting_scans():
            self.submit_code(text, "scan")

    def _on_fragment(self, text: str) -> None:
        if self._accepting_scans():  # answered like a refused scan: the worker scans again
            self.sounds.play("refused")
            self.scan_notice.refuse("", FRAGMENT, None)

    def submit_code(self, text: str, source: str = "scan") -> Decision | None:
        """A code from the wedge or the camera, answered at once: decided, or refused visibly with a sound
        while the attention screen or a dialog waits (never held back for later, when someone else stands
        at the desk)."""
        popup = QApplication.activePopupWidget()
        if popup is not None:  # the F4 menu: closing it loses nothing, so the scan is decided right away
            popup.close()
        dialog = (QApplication.activeModalWidget() or self._override_dialog or self._undo_dialog
                  or getattr(self, "deskops_dialog", None))
        if self.waiting_for_confirmation or dialog is not None:
            self.refuse_scan(text, ATTENTION if self.waiting_for_confirmation else DIALOG, dialog)
            return None
        return self.handle_code(text, source)

    def refuse_scan(self, text: str, why: str, dialog: QWidget | None = None) -> None:
        who = ""
        if self.ctx.store is not None:
            from ...core.desk import resolve_code

            code = resolve_code(self.ctx.store, text)  # read only: whose code it was, to say so
            person = self.ctx.store.attendee(code.attendee_id) if code.attendee_id is not None else None
            who = person.display_name if person else ""
        self.sounds.play("refused")
        self.scan_notice.refuse(who, why, dialog if isinstance(dialog, QWidget) and dialog.isVisible() else None)

    def handle_code(self, text: str, source: str = "scan") -> Decision | None:
        if self.desk is None:
            return None
        decision = self.desk.scan(text, source=source)
        self.show_decision(decision)
        return decision

    def show_decision(self, d: Decision) -> None:
        assert self.ctx.store is not None
        self.decision = d
        self.scan_notice.hide()
        self.panel.show_decision(d, self.ctx.store.tz)
        self.meeting_lines.show_for(self.ctx.store, d.attendee.id if d.attendee and state_of(d) != "refused" else None,
                                    utc_now())
        self.panel.repaint()  # paint now: the guest is waiting, the counters can wait
        state = state_of(d)
        self.sounds.play(SOUND_OF_STATE[state])
        self._auto.stop()
        self.waiting_for_confirmation = state == "attention"
        if not self.waiting_for_confirmation:
            self._auto.start(int(self.auto_return_s * 1000 * (2 if state == "refused" else 1)))
        self.actions_bar.refresh()
        if d.record_id:
            self.print_line.on_checkin(d)  # returns at once: the badge prints on the queue's thread
            QTimer.singleShot(0, self, lambda: self.after_write(CHECKIN_CHANGES))

    def after_write(self, changes: Change = DESK_CHANGES) -> None:
        self.ctx.notify(changes)
        self._on_search_text(self.search.text())

    def ready(self) -> None:
        """Back to ready-to-scan (auto-return, Esc, after a confirmation)."""
        if self.waiting_for_confirmation:
            return
        self._auto.stop()
        self.decision = None
        label = self.desk.point.label(self.ctx.language) if self.desk else ""
        self.panel.show_ready(label)
        self.meeting_lines.show_for(None, None, utc_now())
        self.actions_bar.refresh()

    def confirm_attention(self) -> None:
        if not self.waiting_for_confirmation or self.ctx.store is None:
            return
        d = self.decision
        if d is not None and d.record_id:
            ledger.record(self.ctx.store, Kind.ATTENTION_ACK, d.attendee_id, {"of": d.record_id, "point": d.point},
                                  station_id=self.desk.station if self.desk else None)
        self.waiting_for_confirmation = False
        self.ready()

    def _escape(self) -> None:
        self.scan_notice.hide()
        if self.search.text():
            self.search.clear()
        elif not self.waiting_for_confirmation:
            self.ready()
        self.focus_search()

    # --- search ----------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_search_text(self, text: str) -> None:
        self.results.clear()
        self.hits = []
        if self.searcher is None or self.desk is None or not text.strip():
            return
        self.hits = self.searcher.search(text, 25, point=self.desk.point.name)
        tz = self.ctx.store.tz if self.ctx.store else None
        for hit in self.hits:
            a = hit.attendee
            line = f"{a.last_name}, {a.first_name}".strip(", ")
            sub = " · ".join(p for p in (a.organisation, category_name(a.category)) if p)
            item = QListWidgetItem()
            if hit.arrived_at:
                at = datetime.fromisoformat(hit.arrived_at).astimezone(tz).strftime("%H:%M")
                arrived = self.tr("arrived %1").replace("%1", at)
                item.setText(f"✔ {line}\n    {sub} · {arrived}")
                item.setForeground(QBrush(QColor("#1f57a8")))
            else:
                item.setText(f"   {line}\n    {sub}")
            if a.status == "cancelled":
                item.setForeground(QBrush(QColor("#b3221b")))
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.results.addItem(item)
        if self.hits:
            self.results.setCurrentRow(0)

    def selected_attendee_id(self) -> int | None:
        item = self.results.currentItem()
        if item is not None:
            return int(item.data(Qt.ItemDataRole.UserRole))
        return self.decision.attendee_id if self.decision else None

    def check_in_selected(self) -> Decision | None:
        item = self.results.currentItem()
        if item is None or self.desk is None:
            return None
        if self.waiting_for_confirmation:
            return None
        decision = self.desk.check_in(int(item.data(Qt.ItemDataRole.UserRole)), source="search")
        self.search.clear()
        self.show_decision(decision)
        return decision

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.search and event.type() == QEvent.Type.ShortcutOverride and not self.search.text():
            # An empty field has no typing to undo: let Ctrl+Z reach the desk's "undo last check-in".
            event.ignore()
            return True
        if obj is self.search and event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            self.hold_result()  # a person's key (scanner bursts never reach the field)
        if obj is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}[key]
                if self.results.count():
                    row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
                    self.results.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.waiting_for_confirmation:
                    self.actions_bar.trigger("confirm")
                elif self.search.text().strip():
                    self.check_in_selected()
                return True
        return super().eventFilter(obj, event)

    def keyPressEvent(self, event) -> None:  # Enter with the focus somewhere else on the screen
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.waiting_for_confirmation:
            self.actions_bar.trigger("confirm")
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_type()

    def event(self, event: QEvent) -> bool:
        # A line came or went (a refused scan, a red badge line): refit once the layout settled, never scroll.
        if event.type() == QEvent.Type.LayoutRequest and not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self._refit)  # dropped if we are closed first
        return super().event(event)

    def _refit(self) -> None:
        self._fit_pending = False
        # Fitting changes font sizes, which requests a layout again: refit only when what is shown or the window
        # changed, or every camera frame (and every fit) would refit.
        shown = (self.window().size(), self.width(),
                 tuple((label.isVisibleTo(self), label.text()) for label in self.findChildren(QLabel)))
        if shown != self._fitted_for:
            self._fit_type()
            self._fitted_for = shown

    def _fit_type(self) -> None:
        fit_type(self, self.panel, (self.panel, self.meeting_lines))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_type()
        # Changed on the Settings screen (or by `checkin settings`) since: take them when the desk shows again.
        self.auto_return_s = float(self.ctx.settings.value("desk/auto_return_s", self.auto_return_s) or 6)
        if self.desk is not None:
            self.desk.operator = str(self.ctx.settings.value("desk/operator", "") or "") or None
        self.focus_search()
        camera_file = getattr(self.ctx, "camera_file", None)  # `checkin gui --camera-file FILE`
        if camera_file and self.camera is None:
            QTimer.singleShot(0, self, lambda: self.start_video_file(camera_file))

    # --- undo / override -------------------------------------------------------------------------------
    def undo_last(self) -> UndoDialog | None:
        """Ctrl+Z: ask, naming the guest, before undoing this station's last check-in."""
        if self.desk is None or self.waiting_for_confirmation or self.ctx.store is None:
            return None
        last = self.desk.last_checkin()
        if last is None:
            self.show_message(self.tr("Nothing to undo"), self.tr("This station has no check-in left to undo."))
            return None
        person = self.ctx.store.attendee(last.attendee_id) if last.attendee_id is not None else None
        who = person.display_name if person else str(last.attendee_id)
        when = datetime.fromisoformat(last.wall_time).astimezone(self.ctx.store.tz).strftime("%H:%M")
        point = next((p.label(self.ctx.language) for p in self.desk.points if p.name == last.data.get("point")),
                     str(last.data.get("point", "")))
        self._auto.stop()  # the result under the question stays while the worker decides
        dialog = UndoDialog(self, who, when, point)
        self._undo_dialog = dialog

        def confirmed() -> None:
            self._undo_dialog = None
            self.focus_search()
            result = self.desk.undo_last(expected=last.record_id) if self.desk else None
            if result is None:
                self.show_message(self.tr("Nothing undone"), self.tr("The last check-in changed meanwhile."))
                return
            self._auto.stop()
            self.decision = None
            self.panel.show_undone(who)
            self.sounds.play("already")
            self._auto.start(int(self.auto_return_s * 1000))
            self.actions_bar.refresh()
            QTimer.singleShot(0, self, lambda: self.after_write(CHECKIN_CHANGES))

        def kept() -> None:
            self._undo_dialog = None
            self.focus_search()
            self._auto.start(int(self.auto_return_s * 1000))

        dialog.accepted.connect(confirmed)
        dialog.rejected.connect(kept)
        dialog.open()
        return dialog

    def hold_result(self) -> None:
        """The worker pressed a key or an action while a result shows: it stays until they act (Esc, the
        next scan, the action's own result), so the auto-return never pulls the guest away under F4."""
        if self.decision is not None:
            self._auto.stop()

    def admit_anyway(self) -> None:
        d = self.decision
        if d is None or not d.overridable or self.desk is None or self.ctx.store is None:
            return
        self._auto.stop()
        who = d.attendee.display_name if d.attendee else self.panel.name.text()
        dialog = OverrideDialog(self, who, headline(d), pins.pin_required(self.ctx.store))
        self._override_dialog = dialog

        def attempt() -> None:
            result = self.desk.admit_anyway(d, dialog.reason.text(), dialog.pin.text() or None)
            if result.status != Status.ADMITTED:
                wrong = Flag.PIN_WRONG in result.flags or Flag.PIN_REQUIRED in result.flags
                dialog.show_error(self.tr("Wrong organiser PIN.") if wrong else self.tr("Not admitted."))
                dialog.pin.clear()
                dialog.open()
                return
            self._override_dialog = None
            self.show_decision(result)

        def cancelled() -> None:
            self._override_dialog = None
            self._auto.start(int(self.auto_return_s * 1000))

        dialog.accepted.connect(attempt)
        dialog.rejected.connect(cancelled)
        dialog.open()

    def show_message(self, title: str, text: str) -> None:
        self._auto.stop()
        self.panel.show_ready()
        self.panel.headline.setText(title)
        self.panel.detail.setText(text)
        self.panel.detail.show()
        self._auto.start(int(self.auto_return_s * 1000))

    # --- counters --------------------------------------------------------------------------------------
    def refresh_counters(self) -> None:
        if self.desk is None:
            return
        point = self.desk.point
        day = self.desk.local_day(utc_now())
        QueryOp(self.ctx, self, lambda st: counters(st, point, day), self._show_counters).run_in_background()

    def _show_counters(self, c: Counters) -> None:
        if self.desk is None or c.point != self.desk.point.name:
            return
        self.last_counters = c
        self.counter.setText(self.tr("Arrived today: %1 / %2").replace("%1", str(c.arrived))
                             .replace("%2", str(c.expected)))
        # A no-break space inside each pair: the line wraps between categories, never "Presse" / "1/9".
        parts = [f"{category_name(cat) or '–'}\u00a0{arr}/{exp}" for cat, (arr, exp) in c.by_category.items()]
        self.by_category.setText("   ".join(parts))

    # --- camera / scanner set-up -----------------------------------------------------------------------
    def camera_scanner(self):
        """The camera pipeline (made on first use; frames come from a camera, a video file or a test)."""
        from ..scanner.camera import CameraScanner

        if self.camera is None:
            self.camera = CameraScanner(self)
            self.camera.scanned.connect(self._on_camera_code)
            self.camera.preview.connect(self._show_preview)
            self.camera.error.connect(self._camera_error)
        return self.camera

    def _camera_error(self, text: str) -> None:
        self.stop_camera()  # e.g. an unplayable file: say so and show "Camera off" rather than a dead preview
        self.show_message(self.tr("Camera"), text)

    def _on_camera_code(self, text: str) -> None:
        if self._accepting_scans():
            self.submit_code(text, "camera")

    def toggle_camera(self, video_file: str | None = None) -> None:
        """F7: off if running, else the last source chosen (a camera or a video file), else the default camera."""
        camera = self.camera_scanner()
        if video_file:
            self.start_video_file(video_file)
        elif camera.running:
            self.stop_camera()
        else:
            kind, _, value = str(self.ctx.settings.value("desk/camera_source", "") or "").partition(":")
            if kind == FILE and Path(value).is_file():
                self.start_video_file(value)
            else:
                self.start_camera_device(value if kind == CAMERA else None)

    def start_camera_device(self, key: str | None = None) -> bool:
        """A camera by its device key (hex id), or the system's default camera."""
        camera = self.camera_scanner()
        device = self.camera_chooser.device(key) if key else None
        self.preview.show()
        if not camera.start_camera(device):
            self.stop_camera()
            return False
        if key:
            self.ctx.settings.setValue("desk/camera_source", f"{CAMERA}:{key}")
        self.camera_chooser.show_source(CAMERA, key or "")
        return True

    def start_video_file(self, path: str | Path) -> None:
        """A video file stands in for the camera (demos, training, tests); it loops until stopped."""
        file = Path(path).resolve()
        self.camera_scanner().play_file(file, loop=True)
        self.preview.show()
        self.ctx.settings.setValue("desk/camera_source", f"{FILE}:{file}")
        self.camera_chooser.show_source(FILE, str(file))

    def stop_camera(self) -> None:
        if self.camera is not None:
            self.camera.stop()
        self.preview.clear()
        self.preview.hide()
        self.camera_chooser.show_source(OFF)

    def _show_preview(self, image: QImage) -> None:
        self.preview.setPixmap(QPixmap.fromImage(image))

    def scanner_setup(self) -> None:
        from ..scanner.setup import ScannerSetupDialog

        ScannerSetupDialog(self, self.ctx.settings, self.wedge).open()

    def closeEvent(self, event) -> None:
        if self.camera is not None:
            self.camera.shutdown()
        super().closeEvent(event)
