"""One text path for every PDF the app writes (letters, certificates, lists, report, agenda).

Badges already solved fonts: the bundled Noto Sans first, system fallbacks (CJK, Arabic, Hebrew, Devanagari,
Thai ...) per run of characters, joined scripts shaped and right-to-left put in visual order
(``badges.shaping``), and a glyph report before printing (``badges.fonts``). This module puts that same path
behind the three ways documents draw text: straight onto a canvas, wrapped to a width, and inside reportlab
Paragraphs (as markup with one ``<font>`` tag per run; there a shaped run is set as its glyphs, in visual
order, without HarfBuzz's fine mark positions, which Paragraph cannot carry). It
also starts every canvas in the bundled font, so no PDF names a non-embedded base font (reportlab otherwise
writes Helvetica into each page's preamble, which a print shop's preflight flags).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from . import pdffonts
from .badges import fonts, shaping

# Control characters cannot be drawn; they are shown as the replacement sign rather than vanishing silently.
REPLACEMENT = "\ufffd"


def printable(text: Any) -> str:
    """The text as it can be drawn: None becomes "", control characters (a stray BEL) become a visible sign."""
    if text is None:
        return ""
    s = str(text)
    if s.isascii() and s.isprintable():
        return s
    return "".join(REPLACEMENT if unicodedata.category(ch) == "Cc" and ch not in "\n" else ch for ch in s)


def canvas(path: str | Path, pagesize: tuple[float, float], **kwargs: Any) -> Any:
    """A reportlab canvas whose initial font is the embedded bundled font (never Helvetica)."""
    from reportlab.pdfgen.canvas import Canvas

    regular, _bold = pdffonts.register()
    return Canvas(str(path), pagesize=pagesize, pageCompression=1, initialFontName=regular, **kwargs)


def doc_options() -> dict[str, Any]:
    """Keyword arguments for a platypus ``SimpleDocTemplate``: its pages start in the bundled font too."""
    regular, _bold = pdffonts.register()
    return {"initialFontName": regular, "pageCompression": 1}


def runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """(font name, chunk) runs of one line in visual order, shaped where the script needs it."""
    return list(shaping.line(printable(text), bold).runs)


def width(text: str, size: float, bold: bool = False) -> float:
    return shaping.width_1pt(printable(text), bold) * size


def draw(c: Any, x: float, y: float, text: Any, size: float, *, bold: bool = False, align: str = "left") -> float:
    """Draw one line at baseline ``y``; ``align`` left/right/centre relative to ``x``. Returns its width."""
    line = shaping.line(printable(text), bold)
    w = line.width * size
    if align == "right":
        x -= w
    elif align == "centre":
        x -= w / 2
    line.draw(c, x, y, size)
    return w


def wrap(text: Any, size: float, max_width: float, *, bold: bool = False) -> list[str]:
    """Greedy word wrap by measured width; a word longer than the line is cut between characters (a
    2,000-character name wraps over many lines instead of running off the page)."""
    lines: list[str] = []
    for paragraph in printable(text).split("\n"):
        line = ""
        for word in paragraph.split(" "):
            trial = f"{line} {word}" if line else word
            if width(trial, size, bold) <= max_width:
                line = trial
                continue
            if line:
                lines.append(line)
            line = ""
            while width(word, size, bold) > max_width and len(word) > 1:
                cut = _fitting_prefix(word, size, max_width, bold)
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


def _fitting_prefix(word: str, size: float, max_width: float, bold: bool) -> int:
    lo, hi = 1, len(word)
    while lo < hi:  # the longest prefix that fits, by bisection (long words are rare and long)
        mid = (lo + hi + 1) // 2
        if width(word[:mid], size, bold) <= max_width:
            lo = mid
        else:
            hi = mid - 1
    return lo


def markup(text: Any, bold: bool = False) -> str:
    """Paragraph markup for plain text: escaped (a name is never markup), one ``<font>`` per font run."""
    return "".join(f'<font face="{font}">{escape(str(chunk))}</font>' for font, chunk in runs(text, bold))


def fitted_paragraph(html: str, style: Any, width: float, max_height: float) -> Any:
    """A Paragraph of ``html`` that is at most ``max_height`` tall in ``width``: a very long value (a
    2,000-character name) is set smaller rather than making a table row taller than a page (LayoutError).
    Long words are split at the cell edge (reportlab's splitLongWords), so nothing runs out of the cell."""
    from reportlab.platypus import Paragraph

    para = Paragraph(html, style)
    if len(html) < 400:  # a usual name or organisation: a few lines at most, no need to measure
        return para
    size, leading = style.fontSize, style.leading
    while para.wrap(width, 100000)[1] > max_height and size > 2.5:
        size, leading = size * 0.8, leading * 0.8
        para = Paragraph(html, style.clone(f"{style.name}-{size:.1f}", fontSize=size, leading=leading))
    return para


@dataclass
class GlyphReport:
    """Glyph problems of the names a document prints, collected before it is handed on."""

    issues: list[fonts.GlyphIssue] = field(default_factory=list)

    def check(self, text: Any, *, attendee_id: int | None = None, field_name: str = "") -> None:
        self.issues.extend(fonts.check_text(printable(text), attendee_id=attendee_id, field=field_name))

    def check_all(self, values: Iterable[tuple[int | None, str, Any]]) -> None:
        for aid, name, value in values:
            self.check(value, attendee_id=aid, field_name=name)

    def missing(self) -> list[fonts.GlyphIssue]:
        """Characters no installed font has: these print as empty boxes and need a font or a fix."""
        return [i for i in self.issues if i.problem == "missing_glyph"]

    def unique(self) -> list[fonts.GlyphIssue]:
        seen: set[tuple[int | None, str, str, str]] = set()
        out = []
        for i in self.issues:
            key = (i.attendee_id, i.field, i.problem, i.text)
            if key not in seen:
                seen.add(key)
                out.append(i)
        return out

    def warnings(self) -> list[str]:
        """One line per guest, field and problem, worded as the badge command words them."""
        return [f"attendee {i.attendee_id} {i.field}: {i.problem} ({i.detail}): {i.text}" for i in self.unique()]

    def to_json(self) -> list[dict[str, object]]:
        return [i.to_json() for i in self.unique()]
