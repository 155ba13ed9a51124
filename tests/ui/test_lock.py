"""The lock screen: on Ctrl+L and after idle time, nothing personal shown, unlock with the role's PIN."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from checkin.core import pins

pytestmark = pytest.mark.gui


@pytest.fixture
def shell(open_app, demo_path):
    from checkin.core.store import EventStore

    with EventStore.open(demo_path) as store:
        pins.set_pin(store, "4711")
        pins.set_role_pin(store, "desk", "2468")
    return open_app(demo_path)


def _visible_texts(widget) -> str:
    parts = [w.text() for w in widget.findChildren(QLabel) if w.isVisible()]
    parts += [w.text() for w in widget.findChildren(QLineEdit) if w.isVisible()]
    return " ".join(parts)


def test_ctrl_l_locks_and_shows_nothing_personal(shell, qtbot):
    w = shell.window
    lock = w.lock
    qtbot.keyClick(w, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.locked and lock.overlay.isVisible()
    assert not w.centralWidget().isEnabled() and not w.menuBar().isEnabled()
    assert lock.overlay.geometry() == w.rect()
    shown = _visible_texts(lock.overlay)
    assert "Locked" in shown
    for a in shell.ctx.store.iter_attendees():
        assert a.last_name not in shown
    assert "Clusterkonferenz" not in shown


def test_unlock_with_role_pin_and_slow_down(shell, qtbot):
    lock = shell.window.lock
    lock.lock()
    assert not lock.try_unlock("0000").ok and lock.locked
    assert "Wrong PIN" in lock.overlay.message.text()
    lock.try_unlock("1111")
    third = lock.try_unlock("2222")
    assert third.wait > 0 and not lock.overlay.pin.isEnabled()  # slowed down: input blocked for a while
    blocked = lock.try_unlock("4711")  # even the right PIN waits
    assert not blocked.ok and lock.locked
    state = shell.ctx.store.get_meta(pins.ATTEMPTS_KEY)
    shell.ctx.store.set_meta(pins.ATTEMPTS_KEY, {**state, "next_at": None})  # as if the wait had passed
    lock.overlay.set_waiting(0)  # what the countdown does when the wait is over
    qtbot.keyClicks(lock.overlay.pin, "4711")
    qtbot.keyClick(lock.overlay.pin, Qt.Key.Key_Return)
    assert not lock.locked and not lock.overlay.isVisible() and shell.window.centralWidget().isEnabled()


def test_desk_pin_unlocks_desk_role(shell, qtbot):
    shell.ctx.act_as("desk")
    lock = shell.window.lock
    lock.lock()
    assert "Desk" in lock.overlay.hint.text()
    assert lock.try_unlock("2468").ok and not lock.locked


def test_locks_after_idle_time(shell, qtbot):
    lock = shell.window.lock
    lock.set_idle_minutes(0.002)  # ~120 ms
    qtbot.waitUntil(lambda: lock.locked, timeout=5000)
    lock.set_idle_minutes(0)
    assert lock.try_unlock("4711").ok
    assert not lock.idle.isActive()
