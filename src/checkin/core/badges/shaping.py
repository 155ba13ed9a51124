"""One line of text as it is drawn: font runs in visual order, complex scripts shaped by HarfBuzz.

Every PDF the app writes (badges, certificates, lists, letters, agendas, the report) lays out its text here.
Arabic letters join and run right to left, Devanagari forms its conjuncts and puts its vowel signs where they
belong, Thai stacks its marks: reportlab's ``shapeStr`` runs HarfBuzz (``uharfbuzz``) over each run of such a
script and returns the glyphs in visual order with their positions. Everything else (Latin, Greek, Cyrillic,
CJK, unpointed Hebrew) never goes near the shaper, so its output is exactly what it was, and bulk badge runs
of Latin names cost nothing extra. Without ``uharfbuzz`` the text is drawn as before (letters unjoined), and
the glyph check says so.

Right-to-left text goes through ``bidi`` (the line's direction from its first letter, numbers and
punctuation placed as the Unicode bidi algorithm places them), then each run is shaped or, for scripts that
need no shaping (Hebrew), reversed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from . import bidi, fonts
from .textfont import ShapedTextFont, harfbuzz_available

needs_shaping = fonts.needs_shaping


def can_shape() -> bool:
    return harfbuzz_available()


@dataclass(frozen=True)
class Line:
    """One line ready to draw: (font name, chunk) runs left to right; a shaped chunk is a reportlab
    ``ShapedStr`` (glyph code points plus HarfBuzz positions), drawn by ``TextObject.textOut``."""

    runs: tuple[tuple[str, str], ...]
    width: float  # points at 1 pt font size
    typed: str = ""  # the line as typed, when shaping changed its glyphs (reported to text extraction)

    def draw(self, c: Any, x: float, y: float, size: float) -> None:
        """Draw the line on a reportlab canvas with its left end at ``x`` and its baseline at ``y``."""
        t = c.beginText(x, y)
        for font, chunk in self.runs:
            t.setFont(font, size)
            t.textOut(chunk)
        if not self.typed:
            c.drawText(t)
            return
        # Shaped glyphs stand for clusters of letters, in visual order (a Devanagari reph is drawn after the
        # letter it is typed before): an ActualText span gives copy-paste, search and pdftotext the typed line.
        c.addLiteral(f"/Span <</ActualText <FEFF{self.typed.encode('utf-16-be').hex().upper()}>>> BDC")
        c.drawText(t)
        c.addLiteral("EMC")

    def glyph_text(self) -> str:
        """The drawn glyphs as characters, left to right (what a Paragraph can set: no fine positioning)."""
        return "".join(str(chunk) for _font, chunk in self.runs)


@lru_cache(maxsize=65536)
def width_1pt(text: str, bold: bool = False) -> float:
    """Width of ``line(text, bold)`` at 1 pt; text that needs no shaping is measured without laying out a
    line (shrink-to-fit measures every possible line break of every name)."""
    if needs_shaping(text) or fonts.is_rtl(text):
        return line(text, bold).width
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(stringWidth(chunk, font, 1.0) for font, chunk in fonts.runs(text, bold))


@lru_cache(maxsize=65536)
def line(text: str, bold: bool = False) -> Line:
    """Lay out one line of logical-order ``text`` (as stored) for drawing."""
    if not needs_shaping(text) and not fonts.is_rtl(text):
        runs = tuple(fonts.runs(text, bold))
        return Line(runs, sum(_width(font, chunk) for font, chunk in runs))
    out: list[tuple[str, str]] = []
    for segment, rtl in bidi.visual_runs(text):
        runs = fonts.runs(segment, bold)
        for font, chunk in (reversed(runs) if rtl else runs):
            out.append((font, _shaped(font, chunk, rtl)))
    # Right-to-left lines get no ActualText: readers (pdftotext) put the glyphs' letters back into logical
    # order themselves and would turn a typed line around once more.
    typed = text if any(hasattr(chunk, "__shapeData__") for _f, chunk in out) and not fonts.is_rtl(text) else ""
    return Line(tuple(out), sum(_width(font, chunk) for font, chunk in out), typed)


def _shaped(font_name: str, chunk: str, rtl: bool) -> str:
    """``chunk`` in visual order: shaped when its script needs it and the font has all its letters (a box
    for a missing letter is not worth shaping); otherwise reversed when right to left."""
    if needs_shaping(chunk) and can_shape() and fonts.font_covers(font_name, chunk):
        return _shape(font_name, chunk)
    return bidi.reverse(chunk) if rtl else chunk


def _shape(font_name: str, chunk: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import shapeStr

    font = pdfmetrics.getFont(font_name)
    if not isinstance(font, ShapedTextFont):
        return shapeStr(chunk, font_name, 10)
    with font.shaping_lock:
        # Positions come back in 1/1000 em, so one shaping serves every font size.
        shaped = shapeStr(chunk, font_name, 10)
        _record_actual_text(font, chunk, shaped)
    return shaped


def _record_actual_text(font: ShapedTextFont, chunk: str, shaped: str) -> None:
    """Tell the font, cluster by cluster, which letters its glyphs stand for (the PDF's text layer)."""
    data = getattr(shaped, "__shapeData__", None)
    if not data:
        return
    starts = sorted({d.cluster for d in data})
    ends = {s: (starts[i + 1] if i + 1 < len(starts) else len(chunk)) for i, s in enumerate(starts)}
    glyphs: dict[int, str] = {}
    for ch, d in zip(shaped, data, strict=True):
        glyphs[d.cluster] = glyphs.get(d.cluster, "") + ch
    for start, drawn in glyphs.items():
        letters = chunk[start:ends[start]]
        if drawn != letters:
            font.learn(letters, drawn)


def _width(font: str, chunk: str) -> float:
    data = getattr(chunk, "__shapeData__", None)
    if data is not None:
        return sum(d.x_advance for d in data) / 1000
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(chunk, font, 1.0)
