"""Hostile list files cost one line and under 500 MB, and never the app: they are read in a capped helper."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

import pytest

from checkin.core import importing
from checkin.core.importing import ImportFailed
from checkin.core.store import EventStore

from .measure import run_measured

pytestmark = pytest.mark.timeout(120)


def _two_cell_workbook(path: Path, *, declared: bool = True) -> Path:
    """A 5 KB XLSX with cells at A1 and XFD1048576: a dense reader allocates 17 billion cells (512 GiB).
    ``declared=False`` leaves out the sheet's size tag, so only the reader finds out (and aborts)."""
    import re

    from openpyxl import Workbook

    wb = Workbook()
    wb.active["A1"] = "Name"
    wb.active["XFD1048576"] = "x"
    wb.save(path)
    if not declared:
        plain = path.with_suffix(".declared.xlsx")
        path.rename(plain)
        with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
            for item in src.infolist():
                data = src.read(item.filename)
                if item.filename.startswith("xl/worksheets/"):
                    data = re.sub(rb"<dimension [^>]*/>", b"", data)
                out.writestr(item, data)
        plain.unlink()
    return path


def _inflating_workbook(path: Path, inflated: int = 640 * 1024 * 1024) -> Path:
    """A valid XLSX whose sheet holds one cell of ``inflated`` bytes of text (under 1 MB on disk)."""
    from openpyxl import Workbook

    plain = path.with_suffix(".plain.xlsx")
    wb = Workbook()
    wb.active["A1"] = "Name"
    wb.save(plain)
    sheet = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:
        for item in src.infolist():
            if item.filename != sheet:
                out.writestr(item, src.read(item.filename))
        with out.open(sheet, "w", force_zip64=True) as fh:
            fh.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
                     b'2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row>'
                     b'<row r="2"><c r="A2" t="inlineStr"><is><t>')
            chunk = b"a" * (16 * 1024 * 1024)
            for _ in range(inflated // len(chunk)):
                fh.write(chunk)
            fh.write(b"</t></is></c></row></sheetData></worksheet>")
    plain.unlink()
    return path


def test_hostile_list_files_are_refused_in_one_line(demo_path: Path, tmp_path: Path) -> None:
    long_line = tmp_path / "one-line.csv"
    long_line.write_bytes(b"Name;Vorname\n" + b"a" * (5 * 1024 * 1024) + b"\n")
    too_big = tmp_path / "huge.csv"
    with open(too_big, "wb") as fh:
        fh.truncate(190 * 1024 * 1024)  # sparse: 190 MB on paper, nothing on the disk
    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "secret.csv").write_text("Name;Vorname\nroot-password-hash;x\n")
    folder = tmp_path / "stick"
    folder.mkdir()
    link = folder / "list.csv"
    link.symlink_to(outside / "secret.csv")
    files = {
        "two cells": _two_cell_workbook(tmp_path / "two-cells.xlsx"),
        "two cells, size not declared": _two_cell_workbook(tmp_path / "undeclared.xlsx", declared=False),
        "inflating": _inflating_workbook(tmp_path / "inflating.xlsx"),
        "long line": long_line,
        "190 MB": too_big,
        "link": link,
    }
    assert files["two cells"].stat().st_size < 6000 and files["inflating"].stat().st_size < 8 * 1024 * 1024
    with EventStore.open(demo_path) as store:
        before = store.conn.execute("SELECT COUNT(*) FROM attendees").fetchone()[0]
    for name, path in files.items():
        out = run_measured("import", str(demo_path), str(path))
        print(name, f"{out.peak_mb:.0f} MB", out.stderr.strip())
        assert out.one_line_refusal() and out.returncode == 2, (name, out.stderr)
        assert out.peak_mb < 500, (name, out.peak_mb)
        assert "root-password-hash" not in out.stdout + out.stderr
        assert name != "two cells" or "declares a sheet of 1,048,576 rows by 16,384 columns" in out.stderr
    with EventStore.open(demo_path) as store:
        assert store.conn.execute("SELECT COUNT(*) FROM attendees").fetchone()[0] == before


def test_the_desk_app_survives_a_workbook_that_aborts_its_reader(tmp_path: Path) -> None:
    """The GUI prepares imports on a worker thread of its own process: the reader's abort stays in the helper."""
    path = _two_cell_workbook(tmp_path / "two-cells.xlsx", declared=False)
    fine = tmp_path / "fine.csv"
    fine.write_text("Vorname;Nachname\nŁukasz;Wiśniewski\n", encoding="utf-8")
    errors: list[str] = []
    read: list[int] = []

    def prepare() -> None:
        read.append(len(importing.prepare(fine, "attendees").rows))  # the helper works in this mode
        try:
            importing.prepare(path, "attendees")
        except ImportFailed as exc:
            errors.append(str(exc))

    worker = threading.Thread(target=prepare)  # a second thread: the helper is spawned, as in the app
    worker.start()
    worker.join(60)
    assert read == [1]
    assert len(errors) == 1 and "two-cells.xlsx" in errors[0] and "\n" not in errors[0]
