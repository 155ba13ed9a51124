"""The German UI shows no English: every screen, the desk's dialogs and its menus are walked in German, and
any visible text that is an English source string of a catalogue (shown untranslated), or an English refusal,
fails the test."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from .scanner_helpers import scanner_types

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
# Words of the core's English refusals and the print queue's states that must never reach a German screen.
ENGLISH = re.compile(r"\b(is needed|nothing to change|the values|not an email|done|queued|spooled|failed|"
                     r"cancelled|wrong organiser|take it back|holds no|needs_shaping|missing_glyph|right-to-left)\b", re.I)


def _english_sources() -> set[str]:
    out = set()
    for ts in TS_DIR.glob("*_de.ts"):
        for message in ET.parse(ts).getroot().iter("message"):
            source, tr = message.findtext("source") or "", message.find("translation")
            if tr is not None and (tr.text or "") != source and re.search("[A-Za-z]{3}", source):
                out.add(source)
    return out


def visible_texts(root: QWidget) -> list[str]:
    out: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisible():
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append(w.text())
        if isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        if isinstance(w, QGroupBox):
            out.append(w.title())
        if isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, (QTableView, QTreeView)) and w.model() is not None:  # column headings
            model = w.model()
            out += [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                    for c in range(model.columnCount(QModelIndex()))]
        out += [a.text() for a in w.actions() if a.isVisible() and a.text()]
    return [t for t in out if t and t.strip()]


def untranslated(texts: list[str], english: set[str]) -> list[str]:
    bad = []
    for text in texts:
        plain = text.replace("&", "")
        if text in english or plain in english or ENGLISH.search(plain):
            bad.append(text)
        else:
            bad += [text for part in re.split(r"  \(|\n", text) if part in english]
    return bad


def _failing_printer(app) -> None:
    """Print on check-in to a printer this computer does not know: the job fails (CUPS: unknown printer; no CUPS:
    no print system), and the desk and the Badges screen's job list must say why in German."""
    app.settings.setValue("badges/printer", "kein-solcher-drucker")
    app.settings.setValue("badges/print_on_checkin", "true")


def test_every_screen_and_desk_dialog_is_german(open_app, demo_path, qtbot):
    english = _english_sources()
    app = open_app(demo_path, language="de", before_open=_failing_printer)
    window = app.window
    found: dict[str, list[str]] = {}
    for row, spec in enumerate(window._specs):
        if window.nav.item(row).isHidden():
            continue
        window.show_screen(spec.key)
        qtbot.wait(100)
        found[spec.key] = untranslated(visible_texts(window), english)

    window.show_screen("desk")
    desk = window._built["desk"]
    store = app.ctx.store
    from checkin.ui.deskops import actions as ops

    def dialog_texts(name: str, dialog) -> None:
        qtbot.waitUntil(lambda: dialog.isVisible())
        found[name] = untranslated(visible_texts(dialog), english)
        dialog.reject()

    walkin = ops.open_walkin(desk)
    walkin.accept()  # no name: the refusal shows in the dialog
    dialog_texts("walk-in", walkin)
    scanner_types(store.attendee(2).code, gap_ms=10)
    qtbot.waitUntil(lambda: desk.panel.state == "admitted")
    qtbot.waitUntil(lambda: "nicht gedruckt" in desk.print_line.text(), timeout=30000)  # the job failed
    found["desk result"] = untranslated(visible_texts(desk), english)
    correction = ops.open_correction(desk)
    correction.accept()  # nothing changed: refused with a reason
    dialog_texts("correction", correction)
    menu = ops.guest_menu(desk)
    found["guest menu"] = untranslated([a.text() for a in menu.actions()], english)
    dialog_texts("companion", ops.open_companion(desk))
    dialog_texts("hand-out", ops.open_handout(desk))
    dialog_texts("paper list", ops.open_backfill(desk))
    desk.scanner_setup()
    setup = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "ScannerSetupDialog"
                 and w.isVisible())
    dialog_texts("scanner set-up", setup)
    undo = desk.undo_last()
    dialog_texts("undo", undo)
    cancelled = store.conn.execute("SELECT id FROM attendees WHERE status = 'cancelled' LIMIT 1").fetchone()[0]
    desk.handle_code(store.attendee(cancelled).code)
    found["desk refusal"] = untranslated(visible_texts(desk), english)
    desk.admit_anyway()
    dialog_texts("admit anyway", desk._override_dialog)
    window.show_screen("badges")
    badges = window._built["badges"]
    qtbot.waitUntil(lambda: bool(badges.glyphs.text()))  # the glyph check runs in the background
    found["badges glyph check"] = untranslated([badges.glyphs.text()], english)
    panel = badges.printing
    assert panel.printer.currentText() == "kein-solcher-drucker"  # a missing printer stays chosen, not swapped
    jobs = panel.jobs
    qtbot.waitUntil(lambda: jobs.rowCount() > 0 and bool(jobs.item(0, 3).text()))
    cells = [jobs.item(r, c).text() for r in range(jobs.rowCount()) for c in (2, 3)]
    found["print jobs"] = untranslated(cells, english) + [t for t in cells if re.search(r"\b(lp|Error)\b", t)]
    bad = {k: v for k, v in found.items() if v}
    assert not bad, bad
