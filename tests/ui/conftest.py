"""GUI fixtures: the real application (composition root) on a real event file, cleaned up after each test."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues() -> None:
    """The German catalogues (.qm) are build output, never committed: compile them once per run as `make setup`
    does. Every GUI test in German needs them, not only the first file that used to build them (the kiosk's and
    the import wizard's tests showed English when run alone or first on a fresh clone)."""
    spec = importlib.util.spec_from_file_location("build_translations", ROOT / "packaging" / "build_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main() == 0


@pytest.fixture
def readable_font(qapp) -> Iterator[None]:
    """The font `checkin gui` uses, not the test run's smaller one (what fits at 11 pt is what users see)."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from checkin.ui.app import use_readable_font

    default = QFont(QApplication.font())
    use_readable_font(qapp)
    yield
    QApplication.setFont(default)


@pytest.fixture
def open_app(qtbot, tmp_path, monkeypatch) -> Callable[..., object]:
    """``open_app(path, language="en", screen=None)``: the app's window shown on ``path`` (settings isolated)."""
    monkeypatch.setenv("CHECKIN_CONFIG_DIR", str(tmp_path / "config"))
    from PySide6.QtWidgets import QApplication

    from checkin.ui.app import Application

    opened: list[Application] = []

    def _open(path: Path, language: str = "en", screen: str | None = None,
              before_open: Callable[[Application], None] | None = None) -> Application:
        app = Application(QApplication.instance(), language)
        if before_open is not None:
            before_open(app)
        app.ctx.open_event(path)
        qtbot.addWidget(app.window)
        app.window.resize(1400, 900)
        app.window.show()
        if screen is not None:
            assert app.window.show_screen(screen)
        opened.append(app)
        return app

    yield _open
    for app in opened:
        app.window.close()  # a language switch makes a new window that qtbot does not know about
        app.window.deleteLater()
        app.ctx.shutdown()


@pytest.fixture
def open_desk(qtbot, demo_path, tmp_path) -> Callable[..., object]:
    """``open_desk(auto_return_s=30)``: the desk screen alone on the demo event, shown, the search box focused
    (settings isolated); its camera and context are shut down after the test."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from checkin.ui.context import AppContext
    from checkin.ui.desk.view import DeskScreen

    opened: list[DeskScreen] = []

    def _open(auto_return_s: float = 30, **values: object) -> DeskScreen:
        """``values``: more settings of this laptop, "__" for "/" (``badges__printer="q"``)."""
        settings = QSettings(str(tmp_path / "checkin.ini"), QSettings.Format.IniFormat)
        settings.setValue("desk/auto_return_s", auto_return_s)
        for key, value in values.items():
            settings.setValue(key.replace("__", "/"), value)
        ctx = AppContext(settings, "en")
        ctx.open_event(demo_path)
        w = DeskScreen(ctx)
        w.resize(1300, 850)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        w.activateWindow()
        w.focus_search()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is w.search)
        opened.append(w)
        return w

    yield _open
    for w in opened:
        if w.camera is not None:
            w.camera.shutdown()
        w.ctx.shutdown()
