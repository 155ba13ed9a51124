"""Regenerate the PNGs in docs/badges/: every shipped layout for the demo event's hardest names.

    .venv/bin/python docs/badges/render_examples.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

HARD = ("Brzęczyszczykiewicz", "Kierkegaard-Østergaard", "Παπαδόπουλος", "van der Berg")
OUT = Path(__file__).resolve().parent


def main() -> int:
    from checkin.core import demo
    from checkin.core.badges import catalog, document

    with tempfile.TemporaryDirectory() as tmp:
        store = demo.generate(Path(tmp) / "demo.checkin", attendees=600, seed=1)
        ids = [store.conn.execute("SELECT id FROM attendees WHERE last_name = ? ORDER BY id LIMIT 1", (n,)).fetchone()[0]
               for n in HARD]
        people = store.attendees_by_ids(ids)
        for name, layout in sorted(catalog.all_layouts(store).items()):
            pdf = Path(tmp) / f"{name}.pdf"
            document.make_pdf(store, pdf, layout, people)
            dpi = 50 if layout.sheet else 110
            subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), f"{tmp}/{name}"], check=True)
            pages = sorted(Path(tmp).glob(f"{name}-*.png"))
            images = [Image.open(p).convert("RGB") for p in pages]
            gap = 12
            strip = Image.new("RGB", (sum(i.width for i in images) + gap * (len(images) + 1),
                                      max(i.height for i in images) + 2 * gap), "#9aa5b1")
            x = gap
            for im in images:
                strip.paste(im, (x, gap))
                x += im.width + gap
            strip.save(OUT / f"{name}.png", optimize=True)
            print(f"{name}.png")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
