"""Keyboard-wedge scanners: an application-wide event filter that tells a scan from typing.

A scanner "types" its code as a burst of keys a few milliseconds apart (8-35 ms), usually ending in Enter or
Tab; people type about 100 ms apart. The filter holds printable keys back while a burst might be starting;
if it turns out to be typing (a gap longer than the threshold, or too short), the held keys are replayed to
the widget they were meant for, in order, so nothing typed is lost. A recognised burst is emitted once as
``scanned`` and never reaches the focused widget, whatever has the focus.
"""

from __future__ import annotations

import json
import statistics
import time
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

SUFFIX_KEYS = {Qt.Key.Key_Return: "enter", Qt.Key.Key_Enter: "enter", Qt.Key.Key_Tab: "tab"}
SETTLE_MS = 250  # silence after a fast run of keys before it counts as ended by a pause
TAIL_S = 0.3  # keys this soon after a scan, at scanner speed, are the rest of a scan split by a pause
FRAGMENT_GAP_MS = 25.0  # four or more keys never more than this apart: no person types that fast
STALL_MS = 50  # a pause timer firing this much late: the event loop was busy, and keys may be queued behind it
_MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr,
                  Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock}


@dataclass
class ScannerProfile:
    """What the set-up step learned about this desk's scanner (kept in QSettings)."""

    max_gap_ms: float = 65.0  # a longer gap ends a burst
    median_gap_ms: float = 45.0  # a scan's typical gap must be below this (people type ~100 ms apart)
    min_length: int = 6
    suffix: str = "any"  # "enter", "tab", "none" (pause) or "any" (not set up yet)
    layout: str = ""  # e.g. "de" / "fr" when the scanner types through a mismatched keyboard layout
    char_map: dict[str, str] = field(default_factory=dict)  # typed -> meant, learned from the test code

    def save(self, settings: QSettings) -> None:
        settings.setValue("scanner/profile", json.dumps(self.__dict__, ensure_ascii=False))

    @classmethod
    def load(cls, settings: QSettings | None) -> ScannerProfile:
        raw = settings.value("scanner/profile", "") if settings is not None else ""
        try:
            data = json.loads(str(raw)) if raw else {}
            return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})
        except (ValueError, TypeError):
            return cls()

    def repair(self, text: str) -> str:
        return "".join(self.char_map.get(ch, ch) for ch in text) if self.char_map else text


@dataclass(frozen=True)
class Burst:
    """One recognised scan, raw: for the set-up step and diagnostics."""

    text: str  # as typed (before repair)
    gaps_ms: tuple[float, ...]
    suffix: str  # "enter", "tab" or "none" (ended by a pause)


@dataclass
class _Held:
    target: QWidget
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    t: float


class WedgeFilter(QObject):
    scanned = Signal(str)  # the code, once per burst, after the learned layout repair
    burst = Signal(object)  # Burst, raw (the set-up dialog listens here)
    fragment = Signal(str)  # a piece of a scan (split by a pause, or misread): dropped, never typed anywhere

    def __init__(self, profile: ScannerProfile | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.profile = profile or ScannerProfile()
        self.enabled = True
        self.capture_only = False  # set-up: report bursts, but do not hand them to screens as scans
        self._held: list[_Held] = []
        self._swallowed_releases: set[int] = set()
        self._replaying = False
        self._last: tuple[QWidget, int, str, float] | None = None  # to skip the same event seen by a parent
        self._suffix_guard_until = 0.0  # a CR after a pause-ended scan, or the LF of CR LF, is swallowed
        self._last_scan_end = 0.0  # when the last scan's last key came (to recognise its split-off tail)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_pause)
        self._armed = (0.0, 0)  # when (monotonic s) and for how long (ms) the pause timer was last started
        self._stall_grace = False  # the pause may still wait once for keys queued behind a busy event loop

    # --- filter ----------------------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        etype = event.type()
        if etype not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) or self._replaying or not self.enabled:
            return False
        if not isinstance(obj, QWidget):
            return False  # the QWindow sees the event before the widget: decide once, at the widget
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if etype == QEvent.Type.KeyRelease:
            if key in self._swallowed_releases:
                self._swallowed_releases.discard(key)
                return True
            return False
        now = self._now(event)
        if self._last is not None and self._is_propagation(obj, event, now):
            return False
        self._last = (obj, key, event.text(), now)
        if key in _MODIFIER_KEYS or event.isAutoRepeat():
            return False
        mods = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        text = event.text()
        if key in SUFFIX_KEYS:
            return self._on_suffix(SUFFIX_KEYS[Qt.Key(key)], key, now)
        if mods or not text or not text.isprintable():
            self._flush()
            return False
        if self._held and (now - self._held[-1].t) * 1000 > self.profile.max_gap_ms:
            self._decide("none")  # the event loop was late to fire the pause timer
        self._held.append(_Held(obj, key, event.modifiers(), text, now))
        self._swallowed_releases.add(key)
        # One held key is decided quickly (a person waits for it); a fast run of keys is a scan in the
        # making, so wait longer for the rest of it in case the event loop delivers it late.
        fast = len(self._held) >= 2 and statistics.median(self._gaps()) <= self.profile.median_gap_ms
        interval = SETTLE_MS if fast else max(1, int(self.profile.max_gap_ms))
        self._armed, self._stall_grace = (time.monotonic(), interval), True
        self._timer.start(interval)
        return True

    @staticmethod
    def _now(event: QKeyEvent) -> float:
        # The window system stamps each key when it happened, so a busy GUI thread that delivers a burst late
        # does not stretch (or squeeze) the gaps; synthetic events without a stamp fall back to our clock.
        stamp = event.timestamp()
        return stamp / 1000.0 if stamp else time.monotonic()

    def _is_propagation(self, obj: QObject, event: QKeyEvent, now: float) -> bool:
        prev, key, text, t = self._last  # type: ignore[misc]
        if not shiboken6.isValid(prev) or key != event.key() or text != event.text() or now - t > 0.002:
            return False
        w = prev.parentWidget() if isinstance(prev, QWidget) else None
        while w is not None:
            if w is obj:
                return True
            w = w.parentWidget()
        return False

    # --- deciding --------------------------------------------------------------------------------------
    def _looks_like_scan(self) -> bool:
        if len(self._held) < self.profile.min_length:
            return False
        gaps = self._gaps()
        return max(gaps) <= self.profile.max_gap_ms and statistics.median(gaps) <= self.profile.median_gap_ms

    def _gaps(self) -> list[float]:
        return [(b.t - a.t) * 1000 for a, b in zip(self._held, self._held[1:], strict=False)] or [0.0]

    def _on_suffix(self, suffix: str, key: int, now: float) -> bool:
        if not self._held:
            if now < self._suffix_guard_until:
                self._suffix_guard_until = 0.0
                self._swallowed_releases.add(key)
                return True
            return False
        if (now - self._held[-1].t) * 1000 <= self.profile.max_gap_ms and self._decide(suffix):
            self._swallowed_releases.add(key)
            self._suffix_guard_until = now + self.profile.max_gap_ms / 1000
            return True
        if self._flush():  # the end of a split scan: its Enter must not confirm or search anything either
            self._swallowed_releases.add(key)
            return True
        return False  # typing, then Enter: the widget gets the replayed text, then its Enter

    def _on_pause(self) -> None:
        started, interval = self._armed
        if self._held and self._stall_grace and (time.monotonic() - started) * 1000 - interval > STALL_MS:
            # The GUI thread was busy past the pause (a slow laptop under load): the scanner's next keys may be
            # waiting behind it, and a pause that never happened must not cut the scan. Wait once more; the keys'
            # time stamps then tell a real pause (decided as before) from a late event loop.
            self._stall_grace = False
            self._timer.start(interval)
            return
        if self._held:
            last = self._held[-1].t
            if self._decide("none"):
                # A scanner that sends its Enter late would otherwise add a stray Enter to the focused widget.
                self._suffix_guard_until = last + (SETTLE_MS + self.profile.max_gap_ms) / 1000

    def _decide(self, suffix: str) -> bool:
        """Emit the held keys as a scan, or replay them as typing. True if it was a scan."""
        self._timer.stop()
        if not self._looks_like_scan():
            self._flush()
            return False
        raw = "".join(h.text for h in self._held)
        gaps = tuple(self._gaps())
        self._last_scan_end = self._held[-1].t
        self._held = []
        self.burst.emit(Burst(raw, gaps, suffix))
        if not self.capture_only:
            self.scanned.emit(self.profile.repair(raw))
        return True

    def _is_fragment(self) -> bool:
        """Held keys that are no scan, yet came at scanner speed: a person cannot have typed them."""
        if len(self._held) < 2:
            return False
        gaps = self._gaps()
        if self._held[0].t - self._last_scan_end <= TAIL_S and statistics.median(gaps) <= self.profile.median_gap_ms:
            return True
        return len(self._held) >= 4 and max(gaps) <= min(FRAGMENT_GAP_MS, self.profile.max_gap_ms)

    def _flush(self) -> bool:
        """Give held keys back to their widgets, in order (it was a person typing). A fragment of a scan is
        dropped and reported instead (True), so it never lands in the search box or a form."""
        self._timer.stop()
        if self._is_fragment():
            text = "".join(h.text for h in self._held)
            self._last_scan_end = self._held[-1].t
            self._held = []
            if not self.capture_only:
                self.fragment.emit(text)
            return True
        held, self._held = self._held, []
        if not held:
            return False
        self._replaying = True
        try:
            for h in held:
                self._swallowed_releases.discard(h.key)
                if not shiboken6.isValid(h.target):
                    continue  # the widget closed while its keys were held: nobody to type into
                for etype in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    ev = QKeyEvent(etype, h.key, h.modifiers, h.text)
                    QCoreApplication.sendEvent(h.target, ev)
        finally:
            self._replaying = False
        return False

    def pending(self) -> bool:
        return bool(self._held)


def installed(app: QApplication | None = None) -> WedgeFilter | None:
    """The application's wedge filter, if one was installed (a child of the QApplication: it lives and dies
    with the application, not in a module variable)."""
    app = app or QApplication.instance()
    if app is None:
        return None
    return next((c for c in app.children() if isinstance(c, WedgeFilter)), None)


def install(settings: QSettings | None = None) -> WedgeFilter:
    """The application's one wedge filter (installed on first use; screens connect to ``scanned``)."""
    from ..pyside_none import make_none_immortal

    make_none_immortal()  # the desk runs for hours: see pyside_none.py
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("no QApplication")
    wedge = installed(app)
    if wedge is None:
        wedge = WedgeFilter(ScannerProfile.load(settings), app)
        app.installEventFilter(wedge)
    else:
        app.installEventFilter(wedge)  # again: someone may have removed it (Qt keeps one entry per filter)
        if settings is not None:
            wedge.profile = ScannerProfile.load(settings)
    return wedge


def uninstall(app: QApplication | None = None) -> None:
    """Remove the application's wedge filter (tests start each window without one)."""
    app = app or QApplication.instance()
    wedge = installed(app)
    if app is not None and wedge is not None:
        app.removeEventFilter(wedge)
        wedge.setParent(None)
        wedge.deleteLater()
