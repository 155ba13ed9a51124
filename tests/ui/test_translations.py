"""Every user-visible string in the GUI has a German translation (lupdate over all UI sources)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


def test_committed_catalogues_are_complete():
    catalogues = sorted(TS_DIR.glob("*_de.ts"))
    assert len(catalogues) >= 5
    missing = []
    for ts in catalogues:
        for (context, source), message in _messages(ts).items():
            tr = message.find("translation")
            done = tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete") and (
                (tr.text or "").strip() or any((n.text or "").strip() for n in tr.iter("numerusform")))
            if not done:
                missing.append(f"{ts.name}: {context}: {source!r}")
    assert not missing, "\n".join(missing[:40])


def test_every_ui_string_is_in_a_catalogue(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = [str(p) for p in sorted((ROOT / "src" / "checkin" / "ui").rglob("*.py"))]
    scratch = tmp_path / "all_de.ts"
    subprocess.run([str(lupdate), *sources, "-ts", str(scratch)], check=True, capture_output=True, timeout=120)
    wanted = set(_messages(scratch))
    known: set[tuple[str, str]] = set()
    for ts in TS_DIR.glob("*_de.ts"):
        known |= set(_messages(ts))
    missing = sorted(wanted - known)
    assert not missing, "\n".join(f"{c}: {s!r}" for c, s in missing[:60])
