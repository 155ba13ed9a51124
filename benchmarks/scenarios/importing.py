"""Import speed: a 50,000-row German Excel CSV and a 5,000-row XLSX, run as a user runs them (`checkin import`
in a fresh process), against the cheapest honest way to read the same file. The CSV scenario also times the
next open, which signs the codes and writes the search index the import left to it."""

from __future__ import annotations

import csv
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.common import Context, Scenario, cpu_probe, median

HEADER = ["Anrede", "Titel", "Vorname", "Nachname", "Firma", "Funktion", "E-Mail", "Land", "Telefon", "Kategorie",
          "Bemerkung", "Anmelde-Nr."]


def _rows(n: int, seed: int = 5) -> list[list[Any]]:
    from checkin.core import demo_data as D

    rng = random.Random(seed)
    countries = list(D.PEOPLE)
    out = []
    for i in range(n):
        country = rng.choice(countries)
        firsts, lasts, _ = D.PEOPLE[country]
        first, last = rng.choice(firsts), rng.choice(lasts).split("|")[0]  # "male|female" family name forms
        # Each person unique by name + organisation (the importer reports such duplicates and skips them).
        org = rng.choice(D.ORG_PATTERNS["research"]).format(topic=rng.choice(D.TOPICS), city=rng.choice(D.CITIES))
        org = f"{org}, Außenstelle {i + 1}"
        out.append([rng.choice(("Frau", "Herr")), rng.choice(D.TITLES), first, last, org, rng.choice(D.POSITIONS)[0],
                    f"person{i}@example.org", country, f"+49 30 {1000000 + i}", "Gast",
                    "Vegetarisch" if i % 17 == 0 else "", f"REG-{i:06d}"])
    return out


def _event(ctx: Context, name: str) -> Path:
    from checkin.core import codes
    from checkin.core.store import EventStore

    path = ctx.workdir / f"{time.monotonic_ns()}-{name}.checkin"
    store = EventStore.create(path, title="Benchmark")
    codes.ensure_event_keys(store)
    store.close()
    return path


def _timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    took = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:3])} failed: {proc.stderr.strip()[:300]}")
    return took


def _sqlite_utils() -> str:
    found = Path(sys.executable).with_name("sqlite-utils")
    return str(found) if found.exists() else shutil.which("sqlite-utils") or "sqlite-utils"


def import_csv_50k(ctx: Context) -> dict[str, Any]:
    src = ctx.workdir / "list-50k.csv"
    with open(src, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows([HEADER, *_rows(ctx.size(50_000))])
    ours, base, probes, opens = [], [], [], []
    for i in range(ctx.repeats(3)):
        probes.append(cpu_probe())
        event = _event(ctx, f"csv{i}")
        ours.append(_timed([sys.executable, "-m", "checkin", "import", str(event), str(src)]))
        # What the import leaves to the next open (importing.deferred): the 50,000 signed codes and index rows.
        opens.append(_timed([sys.executable, "-m", "checkin", "info", str(event)]))
        db = ctx.workdir / f"plain{i}.db"
        base.append(_timed([_sqlite_utils(), "insert", str(db), "attendees", str(src), "--csv", "--delimiter", ";"]))
    return {"value": median(ours), "unit": "s", "baseline": median(base),
            "note": "checkin import (detects encoding and delimiter, maps, validates, writes the list all or "
                    "nothing, in short transactions) vs sqlite-utils insert --csv; median of 3, fresh process each. The next open "
                    f"(`checkin info`) then signs the 50,000 codes and writes the search index: {median(opens):.2f} s. "
                    f"Machine probe {median(probes):.2f} s (a 5-million-step Python loop; lower is a faster machine)"}


# The commonest German first and family names: a list of 50,000 has thousands of namesakes.
COMMON_FIRST = ["Thomas", "Michael", "Andreas", "Stefan", "Peter", "Christian", "Frank", "Markus", "Sabine",
                "Susanne", "Petra", "Andrea", "Claudia", "Nicole", "Julia", "Anna", "Katharina", "Jürgen", "Jörg",
                "Uwe"]
COMMON_LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
               "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
               "Schwarz", "Zimmermann"]
COMMON_ORG = ["Stadtwerke München", "Universität Hamburg", "Fraunhofer-Institut", "Deutsche Bahn AG",
              "Landratsamt Ebersberg", "Siemens AG", "Max-Planck-Institut", "IHK Köln", "Charité Berlin", "BMBF"]


def import_csv_50k_namesakes(ctx: Context) -> dict[str, Any]:
    rng = random.Random(50)
    src = ctx.workdir / "namesakes-50k.csv"
    rows = [["Herr" if i % 2 else "Frau", rng.choice(COMMON_FIRST), rng.choice(COMMON_LAST), rng.choice(COMMON_ORG),
             f"teilnehmer{i}@example.de"] for i in range(50_000)]
    with open(src, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows([["Anrede", "Vorname", "Nachname", "Institution/Firma", "E-Mail"],
                                                 *rows])
    ours, base, imported = [], [], []
    for i in range(3):
        event = _event(ctx, f"namesakes{i}")
        ours.append(_timed([sys.executable, "-m", "checkin", "import", str(event), str(src)]))
        from checkin.core.store import EventStore

        store = EventStore.open(event)
        imported.append(store.count_attendees())
        store.close()
        db = ctx.workdir / f"plain-namesakes{i}.db"
        base.append(_timed([_sqlite_utils(), "insert", str(db), "attendees", str(src), "--csv", "--delimiter", ";"]))
    if min(imported) != 50_000:
        raise RuntimeError(f"only {min(imported)} of 50,000 people imported")
    return {"value": median(ours), "unit": "s", "baseline": median(base),
            "note": "50,000 rows of 20 x 20 common German names at 10 organisations, each with their own e-mail "
                    "(thousands of namesakes): all 50,000 imported; checkin import in a fresh process vs "
                    "sqlite-utils insert --csv, median of 3"}


def import_xlsx_5k(ctx: Context) -> dict[str, Any]:
    from openpyxl import Workbook, load_workbook

    src = ctx.workdir / "list-5k.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["Teilnehmerliste"])
    ws.append([])
    ws.append(HEADER)
    for row in _rows(ctx.size(5_000), seed=6):
        row[8] = 4930000000 + len(row[6])  # phone as a number, as Excel stores it
        ws.append(row)
    wb.save(src)
    ours, base = [], []
    for i in range(ctx.repeats(3)):
        ours.append(_timed([sys.executable, "-m", "checkin", "import", str(_event(ctx, f"xlsx{i}")), str(src)]))
        t0 = time.perf_counter()
        book = load_workbook(src, read_only=True, data_only=True)
        count = sum(1 for _ in book.active.iter_rows(values_only=True))
        book.close()
        base.append(time.perf_counter() - t0)
        assert count >= ctx.size(5000)
    return {"value": median(ours), "unit": "s", "baseline": median(base),
            "note": "checkin import in a fresh process vs openpyxl read-only iteration in-process; median of 3 "
                    "(5,000 rows: the codes and the search index are left to the next open, as for the CSV)"}


def scenarios() -> list[Scenario]:
    return [Scenario("import_csv_50k", import_csv_50k, quick=True),
            Scenario("import_csv_50k_namesakes", import_csv_50k_namesakes),
            Scenario("import_xlsx_5k", import_xlsx_5k, quick=True)]
