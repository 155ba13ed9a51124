"""Checking rasterised badge output: where a name sits in the source PDF, and whether the printed pixels show it."""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

from PIL import Image, ImageChops, ImageFilter, ImageStat

DPI = 100


def word_boxes(pdf: Path, page: int) -> list[tuple[str, float, float, float, float]]:
    """(word, x0, y0, x1, y1) in points from the top-left, as pdftotext sees the page (1-based)."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          capture_output=True, text=True, check=True, timeout=60).stdout
    pat = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    return [(w, float(a), float(b), float(c), float(d)) for a, b, c, d, w in re.findall(pat, html)]


def name_box(pdf: Path, page: int, last_name: str) -> tuple[float, float, float, float]:
    """The box of the family name's words on the source PDF page (points)."""
    parts = last_name.split()
    boxes = [b for b in word_boxes(pdf, page) if any(b[0].startswith(p) or p.startswith(b[0]) for p in parts)]
    assert boxes, f"{last_name!r} not found as text in {pdf}"
    return (min(b[1] for b in boxes), min(b[2] for b in boxes), max(b[3] for b in boxes), max(b[4] for b in boxes))


def rasterise(pdf: Path, page: int, dpi: int = DPI) -> Image.Image:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-f", str(page), "-l", str(page), str(pdf),
                        f"{tmp}/p"], check=True, timeout=120)
        f = next(Path(tmp).glob("p-*.pgm"))
        with Image.open(f) as im:
            return im.copy()


def name_visible(source: Path, printed: Path, page: int, last_name: str) -> tuple[float, float]:
    """(share of dark pixels, mean difference to the source) in the family name's box of the printed page.

    Both pages are rendered with pdftoppm at the same resolution and blurred a little, so a shift of a pixel
    or two from the spooler's rounding to whole points does not count; a missing or misplaced name does.
    """
    x0, y0, x1, y1 = (v / 72 * DPI for v in name_box(source, page, last_name))
    box = (int(x0), int(y0), int(x1) + 1, int(y1) + 1)
    ref = rasterise(source, page).crop(box).filter(ImageFilter.GaussianBlur(2))
    out = rasterise(printed, page).crop(box).filter(ImageFilter.GaussianBlur(2))
    dark = sum(out.point(lambda v: 255 if v < 128 else 0).histogram()[255:]) / (out.width * out.height)
    diff = ImageStat.Stat(ImageChops.difference(ref, out)).mean[0]
    return dark, diff
