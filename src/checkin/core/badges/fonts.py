"""Fonts for badges: the bundled Noto Sans first, system fallbacks for what it lacks, and glyph reports.

A name is split into runs, each drawn with the first font that has all its glyphs, so "Ορέστης" stays in
Noto Sans and a CJK name falls back to e.g. Droid Sans Fallback. A character no font has is reported
before printing (never printed as an empty box unnoticed). Right-to-left text is detected and put in visual
order; joined and reordering scripts (Arabic, Devanagari ...) are shaped by HarfBuzz (``shaping``), and where
``uharfbuzz`` is missing that is reported, as the letters then print unjoined.
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from .. import pdffonts
from . import bidi
from .textfont import ShapedTextFont, harfbuzz_available

# Tried in order for characters the bundled font lacks. TrueType outlines only (reportlab cannot embed CFF).
_FALLBACK_CANDIDATES: tuple[tuple[str, str, str], ...] = (
    # (name, regular, bold)
    ("DejaVuSans", "dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    ("NotoSansHebrew", "noto/NotoSansHebrew-Regular.ttf", "noto/NotoSansHebrew-Bold.ttf"),
    ("NotoSansArabic", "noto/NotoSansArabic-Regular.ttf", "noto/NotoSansArabic-Bold.ttf"),
    ("NotoSansArmenian", "noto/NotoSansArmenian-Regular.ttf", "noto/NotoSansArmenian-Bold.ttf"),
    ("NotoSansGeorgian", "noto/NotoSansGeorgian-Regular.ttf", "noto/NotoSansGeorgian-Bold.ttf"),
    ("NotoSansThai", "noto/NotoSansThai-Regular.ttf", "noto/NotoSansThai-Bold.ttf"),
    ("NotoSansDevanagari", "noto/NotoSansDevanagari-Regular.ttf", "noto/NotoSansDevanagari-Bold.ttf"),
    ("DroidSansFallback", "droid/DroidSansFallbackFull.ttf", "droid/DroidSansFallbackFull.ttf"),
    ("ArialUnicode", "Arial Unicode.ttf", "Arial Unicode.ttf"),  # macOS
    ("MicrosoftYaHei", "msyh.ttf", "msyhbd.ttf"),  # Windows
    # More scripts that need shaping (Debian's fonts-noto-core); last, so a CJK name never loads them.
    *((f"NotoSans{script}", f"noto/NotoSans{script}-Regular.ttf", f"noto/NotoSans{script}-Bold.ttf") for script in (
        "Bengali", "Gurmukhi", "Gujarati", "Oriya", "Tamil", "Telugu", "Kannada", "Malayalam", "Sinhala", "Lao",
        "Myanmar", "Khmer", "Thaana", "Syriac")),
)


def _font_dirs() -> list[Path]:
    dirs = [Path(d) for d in os.environ.get("CHECKIN_FONT_DIRS", "").split(os.pathsep) if d]
    if sys.platform == "darwin":
        dirs += [Path("/System/Library/Fonts/Supplemental"), Path("/Library/Fonts"), Path.home() / "Library/Fonts"]
    elif sys.platform == "win32":
        dirs += [Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts"]
    else:
        dirs += [Path("/usr/share/fonts/truetype"), Path("/usr/local/share/fonts"), Path.home() / ".fonts",
                 Path.home() / ".local/share/fonts"]
    return dirs


@dataclass(frozen=True)
class FontFace:
    name: str  # reportlab name (regular)
    bold: str  # reportlab name (bold)
    path: str

    def font(self, bold: bool) -> str:
        return self.bold if bold else self.name


@cache
def primary() -> FontFace:
    regular, bold = pdffonts.register()
    return FontFace(regular, bold, "bundled")


@cache
def _fallbacks() -> tuple[tuple[str, str, str], ...]:
    """(name, regular path, bold path) of fallback fonts present on this system (not yet loaded)."""
    found = []
    dirs = _font_dirs()
    for name, regular, bold in _FALLBACK_CANDIDATES:
        for d in dirs:
            reg, bol = d / regular, d / bold
            if reg.is_file():
                found.append((name, str(reg), str(bol if bol.is_file() else reg)))
                break
    return tuple(found)


@cache
def _load(name: str, regular: str, bold: str) -> FontFace:
    from reportlab.pdfbase import pdfmetrics

    pdfmetrics.registerFont(ShapedTextFont(name, regular))
    bold_name = name
    if bold != regular:
        bold_name = f"{name}-Bold"
        pdfmetrics.registerFont(ShapedTextFont(bold_name, bold))
    return FontFace(name, bold_name, regular)


@cache
def _charset(font_name: str) -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


def _ignorable(ch: str) -> bool:
    # Spaces, joiners and marks are drawn with whatever font surrounds them.
    return ch in " \u00a0\u200b\u200c\u200d\u200e\u200f\n" or unicodedata.category(ch) in ("Cc", "Cf")


def covers(face: FontFace, ch: str) -> bool:
    return ord(ch) in _charset(face.name)


def font_covers(font_name: str, text: str) -> bool:
    """Has the registered font ``font_name`` a glyph for every letter of ``text`` (spaces, marks aside)?"""
    charset = _charset(font_name)
    return all(ord(ch) in charset for ch in text if not _ignorable(ch))


def face_for(ch: str) -> FontFace | None:
    """The first font (bundled, then system fallbacks, loaded lazily) that has a glyph for ``ch``."""
    return _face_for(ch)


@cache
def _face_for(ch: str) -> FontFace | None:
    if covers(primary(), ch):
        return primary()
    for name, regular, bold in _fallbacks():
        try:
            face = _load(name, regular, bold)
        except Exception:  # an unreadable system font is skipped, not fatal
            continue
        if covers(face, ch):
            return face
    return None


@lru_cache(maxsize=65536)
def runs(text: str, bold: bool) -> list[tuple[str, str]]:
    """Split ``text`` into (font name, chunk) runs; characters no font has stay with the bundled font."""
    base = primary()
    out: list[tuple[str, str]] = []
    current = base.font(bold)
    buf: list[str] = []
    for ch in text:
        if ch.isascii() or _ignorable(ch):
            font = current if buf else base.font(bold)
            if ch.isascii() and not _ignorable(ch):
                font = base.font(bold)
        else:
            face = face_for(ch)
            font = (face or base).font(bold)
        if font != current and buf:
            out.append((current, "".join(buf)))
            buf = []
        current = font
        buf.append(ch)
    if buf:
        out.append((current, "".join(buf)))
    return out


# --- script checks ----------------------------------------------------------------------------------
@lru_cache(maxsize=65536)
def is_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


# Blocks whose letters join, reorder or stack marks: what a shaper changes. Unpointed Hebrew and the scripts
# the bundled font draws as they are (Latin, Greek, Cyrillic) are not here, nor is CJK.
_COMPLEX = (
    (0x0591, 0x05C7),  # Hebrew points and cantillation marks
    (0x0600, 0x08FF),  # Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, Arabic supplements
    (0x0900, 0x0DFF),  # Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala
    (0x0E00, 0x0FFF),  # Thai, Lao, Tibetan
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0xA8E0, 0xA8FF),  # Devanagari extended
    (0xFB1D, 0xFB4F),  # Hebrew presentation forms
    (0xFB50, 0xFDFF),  # Arabic presentation forms A
    (0xFE70, 0xFEFF),  # Arabic presentation forms B
)

_COMPLEX_CHARS = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _COMPLEX) + "]")


@lru_cache(maxsize=65536)
def needs_shaping(text: str) -> bool:
    """Scripts whose letters join, reorder or stack marks (Arabic, Syriac, N'Ko, Indic, Thai ...)."""
    return not text.isascii() and _COMPLEX_CHARS.search(text) is not None


@lru_cache(maxsize=65536)
def visual_order(text: str) -> str:
    """``text`` as drawn left to right, letters unshaped: right-to-left runs reversed (``bidi``)."""
    if not is_rtl(text):
        return text
    return "".join(bidi.reverse(t) if rtl else t for t, rtl in bidi.visual_runs(text))


@dataclass(frozen=True)
class GlyphIssue:
    attendee_id: int | None
    field: str
    text: str
    problem: str  # missing_glyph / fallback_font / rtl / needs_shaping
    detail: str

    def to_json(self) -> dict[str, object]:
        return {"attendee_id": self.attendee_id, "field": self.field, "text": self.text,
                "problem": self.problem, "detail": self.detail}


def check_text(text: str, *, attendee_id: int | None = None, field: str = "") -> list[GlyphIssue]:
    return [GlyphIssue(attendee_id, field, text, problem, detail) for problem, detail in _check(text)]


@lru_cache(maxsize=65536)
def _check(text: str) -> tuple[tuple[str, str], ...]:
    if text.isascii():
        return ()
    issues: list[GlyphIssue] = []
    attendee_id, field = None, ""
    missing: list[str] = []
    fallbacks: set[str] = set()
    for ch in set(text):
        if ch.isascii() or _ignorable(ch):
            continue
        face = face_for(ch)
        if face is None:
            missing.append(ch)
        elif face is not primary():
            fallbacks.add(face.name)
    if missing:
        detail = ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, '?')}" for c in sorted(missing))
        issues.append(GlyphIssue(attendee_id, field, text, "missing_glyph", detail))
    if fallbacks:
        issues.append(GlyphIssue(attendee_id, field, text, "fallback_font", ", ".join(sorted(fallbacks))))
    if needs_shaping(text) and not harfbuzz_available():
        issues.append(GlyphIssue(attendee_id, field, text, "needs_shaping",
                                 "joined script: letters print unjoined (uharfbuzz missing); check the badge by eye"))
    elif is_rtl(text):
        issues.append(GlyphIssue(attendee_id, field, text, "rtl", "right-to-left: printed in visual order"))
    return tuple((i.problem, i.detail) for i in issues)
