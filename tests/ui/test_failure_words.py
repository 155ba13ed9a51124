"""No English line from the core reaches a German user: failures a desk worker or organiser really runs into,
driven on the real screens of the German app, show German words chosen from the core's failure code, never the
line the command line prints. And every failure code the core has is said in both languages."""

from __future__ import annotations

import errno
import importlib.util
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from checkin.core import pins
from checkin.core.deskops import set_invitation_only
from checkin.core.failures import Why
from checkin.ui.failure_words import WORDS, failure_words, words_for

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", autouse=True)
def compiled_catalogues():
    """The .qm files are build output (not committed): compile them as a fresh clone would."""
    spec = importlib.util.spec_from_file_location("build_translations", ROOT / "packaging" / "build_translations.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    assert module.main() == 0


# --- the user's paths into a core failure -----------------------------------------------------------------
def _walkin(app, qtbot, _tmp: Path, *, first: str = "", last: str = "", email: str = "", pin: str = "") -> str:
    desk = app.window.screen("desk")
    assert desk.actions_bar.trigger("deskops_walkin")
    dialog = desk.deskops_dialog
    dialog.first.setText(first)
    dialog.last.setText(last)
    dialog.email.setText(email)
    if pin:
        dialog.pin.setText(pin)
    dialog.accept()
    assert dialog.isVisible()  # refused: the dialog stays open with the reason, nothing is lost
    text = dialog.error.text()
    dialog.reject()
    return text


def walkin_without_name(app, qtbot, tmp: Path) -> str:
    return _walkin(app, qtbot, tmp, email="gast@example.org")


def walkin_with_bad_email(app, qtbot, tmp: Path) -> str:
    return _walkin(app, qtbot, tmp, first="Jana", last="Nováková", email="jana(at)example.cz")


def walkin_with_wrong_pin(app, qtbot, tmp: Path) -> str:
    pins.set_pin(app.ctx.store, "2468")
    set_invitation_only(app.ctx.store, True)
    return _walkin(app, qtbot, tmp, first="Jana", last="Nováková", pin="1111")


def _import(app, qtbot, path: Path) -> str:
    app.window.show_screen("import")
    wizard = app.window.screen("import")
    wizard.load_file(path)
    qtbot.waitUntil(lambda: "importiert werden" in wizard.summary.text(), timeout=30_000)
    return wizard.summary.text()


def import_of_a_pdf(app, qtbot, tmp: Path) -> str:
    path = tmp / "gaesteliste.pdf"
    path.write_bytes(b"%PDF-1.4\n" + b"0" * 600)
    return _import(app, qtbot, path)


def import_of_an_empty_file(app, qtbot, tmp: Path) -> str:
    path = tmp / "leer.csv"
    path.write_bytes(b"")
    return _import(app, qtbot, path)


def station_address_with_https(app, qtbot, _tmp: Path) -> str:
    app.window.show_screen("stations")
    screen = app.window.screen("stations")
    screen.address.setText("https://192.168.1.20:8765")
    screen.add_address()
    return screen.message.text()


def pairing_code_mistyped(app, qtbot, _tmp: Path) -> str:
    app.window.show_screen("stations")
    screen = app.window.screen("stations")
    screen.join_code.setText("ABCD-EF")
    screen.join()  # runs on the DB worker: the failure comes back through ui.ops
    qtbot.waitUntil(lambda: screen.message.text().startswith("Beitritt nicht möglich"), timeout=10_000)
    return screen.message.text()


def export_to_a_missing_folder(app, qtbot, tmp: Path) -> str:
    app.window.show_screen("syncback")
    screen = app.window.screen("syncback")
    screen.export_to(str(tmp / "fehlt" / "anwesenheit.xlsx"))
    qtbot.waitUntil(lambda: not screen._busy, timeout=15_000)
    # The screen's line, and the export's status kept in the event file (read back, said in German too).
    qtbot.waitUntil(lambda: screen.table.item(0, 2) is not None and screen.table.item(0, 2).text().startswith("✗"),
                    timeout=5_000)
    return f"{screen.message.text()} | {screen.table.item(0, 2).text()}"


def pretix_pull_with_a_wrong_address(app, qtbot, _tmp: Path) -> str:
    app.window.show_screen("syncback")
    screen = app.window.screen("syncback")
    screen.url.setText("http://127.0.0.1:9")  # nothing listens there: refused at once
    screen.organizer.setText("verband")
    screen.event.setText("jahrestagung")
    screen.token.setText("geheim")
    screen.pull_button.click()
    qtbot.waitUntil(lambda: not screen._busy, timeout=30_000)
    return screen.message.text()


# (how the user gets there, the core's English line, what the German user must read; {tmp}: the test's folder)
CASES: list[tuple[Callable[..., str], str, str]] = [
    (walkin_without_name, "a name is needed", "Ein Name wird gebraucht (Vor- oder Nachname)."),
    (walkin_with_bad_email, "not an email address", "Keine E-Mail-Adresse: jana(at)example.cz"),
    (walkin_with_wrong_pin, "wrong organiser PIN", "Falsche Veranstalter-PIN."),
    (import_of_a_pdf, "is a PDF, not a table",
     "Diese Datei kann nicht importiert werden: gaesteliste.pdf ist ein PDF, keine Tabelle; bitte die Liste als "
     "CSV oder Excel speichern."),
    (import_of_an_empty_file, "leer.csv is empty", "Diese Datei kann nicht importiert werden: Die Datei leer.csv ist leer."),
    (station_address_with_https, "stations talk plain HTTP",
     "Keine Stationsadresse: Stationen sprechen einfaches HTTP mit verschlüsseltem Inhalt: bitte http:// statt "
     "https:// verwenden."),
    (pairing_code_mistyped, "not a pairing code",
     "Beitritt nicht möglich: Kein Kopplungscode: 12 Buchstaben und Ziffern wie ABCD-ABCD-ABCD, oder der "
     "Kopplungs-QR-Code."),
    (export_to_a_missing_folder, "does not exist",
     "Fehlgeschlagen: Den Ordner {tmp}/fehlt gibt es nicht. | ✗ Den Ordner {tmp}/fehlt gibt es nicht."),
    (pretix_pull_with_a_wrong_address, "cannot reach pretix",
     "Fehlgeschlagen: pretix ist nicht erreichbar: bitte Netzwerk und Adresse prüfen."),
]


@pytest.mark.parametrize(("drive", "english", "german"), CASES, ids=[c[0].__name__ for c in CASES])
def test_a_german_user_reads_the_core_failure_in_german(open_app, demo_path, qtbot, tmp_path, drive, english,
                                                         german):
    app = open_app(demo_path, language="de", screen="desk")
    shown = drive(app, qtbot, tmp_path)
    assert shown == german.replace("{tmp}", str(tmp_path))
    assert english.lower() not in shown.lower()


def test_the_english_desk_keeps_its_english_words(open_app, demo_path, qtbot, tmp_path):
    app = open_app(demo_path, language="en", screen="desk")
    assert walkin_with_bad_email(app, qtbot, tmp_path) == "Not an e-mail address: jana(at)example.cz"


def _sample(why: Why) -> dict[str, str]:
    names = WORDS[why][2] if why in WORDS else ()
    return {name: f"<{name}>" for name in names} | {"role": "helper", "needs": "organiser", "switched": "no"}


def test_every_failure_code_has_words_in_both_languages(open_app, demo_path):
    english = {why: words_for(why, _sample(why)) for why in Why}
    app = open_app(demo_path, language="de")
    assert app.ctx.language == "de"
    untranslated = []
    for why in Why:
        german = words_for(why, _sample(why))
        if not german or german == english[why]:
            untranslated.append(f"{why}: {german!r}")
    assert not untranslated, "\n".join(untranslated)
    # A failure the core did not classify still reaches a German user in German (the English line goes only
    # to the details of the message box and to the log, for support).
    unclassified = failure_words(RuntimeError("sqlite3.OperationalError: disk I/O error"))
    assert "disk I/O" not in unclassified and "Fehler" in unclassified
    assert QCoreApplication.translate("Failures", "%1") != "%1"
    # A full stick under an export: the system's error code, said in German.
    full = OSError(errno.ENOSPC, "No space left on device", "/media/stick/anwesenheit.xlsx")
    assert failure_words(full) == ("Die Datei /media/stick/anwesenheit.xlsx lässt sich nicht schreiben: der "
                                   "Datenträger ist voll.")


def test_an_unclassified_failure_is_german_with_the_english_line_for_support(open_app, demo_path, qtbot):
    from PySide6.QtWidgets import QMessageBox

    from checkin.ui.ops import QueryOp

    app = open_app(demo_path, language="de", screen="attendees")
    # A failure no core code describes (here SQLite's own complaint), through the default of the ops layer.
    QueryOp(app.ctx, app.window.screen("attendees"),
            lambda store: store.attendee_ids("no_such_column")).run_in_background()

    def boxes() -> list[QMessageBox]:
        return [b for b in app.window.findChildren(QMessageBox, "opFailure") if b.isVisible()]

    qtbot.waitUntil(lambda: bool(boxes()), timeout=10_000)
    box = boxes()[0]
    assert box.text().startswith("Ein unerwarteter Fehler ist aufgetreten") and "no_such_column" not in box.text()
    assert "no_such_column" in box.detailedText()  # behind "Details", for whoever supports the desk
    assert "no_such_column" not in app.window.statusBar().currentMessage()
