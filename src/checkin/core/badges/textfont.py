"""A TrueType font whose text layer reads back as the letters that were typed, also after shaping.

Shaping draws glyphs that have no character of their own: an Arabic letter in its joined form (reached
through a presentation-form code point) or a Devanagari conjunct (reportlab gives it a private-use code
point). By default the PDF's ToUnicode table maps each glyph to that code point, so copying "محمد" from the
PDF, searching it or running ``pdftotext`` gives presentation forms or private-use noise. Shaping records,
per glyph, the letters it stands for (``actual_text``); when the font is written into a PDF those letters
replace the code points in the ToUnicode table.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import cache
from typing import Any

from reportlab.pdfbase.ttfonts import TTFont

_BFCHAR = re.compile(r"^<([0-9A-F]{2})> <([0-9A-F]{4,})>$")


@cache
def harfbuzz_available() -> bool:
    """True when reportlab can shape text (the ``uharfbuzz`` package is importable)."""
    from reportlab.pdfbase import ttfonts

    return ttfonts.uharfbuzz is not None


_PRESENTATION = ((0xFB00, 0xFDFF), (0xFE70, 0xFEFF))
_PRIVATE_USE = (0xE000, 0xF8FF)


class ShapedTextFont(TTFont):
    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        # code point of a drawn glyph -> the letters it shows (only where they differ from the code point)
        self.actual_text: dict[int, str] = {}
        # clusters whose private-use glyphs are not all known yet: (letters, glyph characters)
        self._pending: set[tuple[str, str]] = set()
        # Shaping gives glyphs without a character the next free private-use code point in this font's tables:
        # two threads (the print queue, the designer's preview) must not hand out the same one.
        self.shaping_lock = threading.Lock()

    def learn(self, letters: str, glyphs: str) -> None:
        """One shaped cluster: ``letters`` as typed were drawn as ``glyphs`` (their code points here).

        A presentation form stands for its compatibility letters (a joined Meem is a Meem; Lam-Alef is Lam,
        Alef). A private-use glyph (a conjunct, a reph, a vowel sign's variant) stands for the letters of its
        cluster that the cluster's other glyphs do not show; with two unknown glyphs in one cluster ("प्रि":
        the conjunct and the vowel sign) that waits until another cluster has told one of them."""
        for ch in glyphs:
            cp = ord(ch)
            if cp not in self.actual_text and any(lo <= cp <= hi for lo, hi in _PRESENTATION):
                self.actual_text[cp] = unicodedata.normalize("NFKC", ch)
        if any(_PRIVATE_USE[0] <= ord(ch) <= _PRIVATE_USE[1] for ch in glyphs):
            self._pending.add((letters, glyphs))
            self._resolve()

    def _resolve(self) -> None:
        progress = True
        while progress:
            progress = False
            for letters, glyphs in list(self._pending):
                unknown = [ch for ch in glyphs if self._private(ch) and ord(ch) not in self.actual_text]
                if len(unknown) > 1:
                    continue
                self._pending.discard((letters, glyphs))
                if not unknown:
                    continue
                rest = list(letters)
                for ch in glyphs:
                    for letter in self.actual_text.get(ord(ch), ch) if ch not in unknown else "":
                        if letter in rest:
                            rest.remove(letter)
                if rest:
                    self.actual_text[ord(unknown[0])] = "".join(rest)
                    progress = True

    @staticmethod
    def _private(ch: str) -> bool:
        return _PRIVATE_USE[0] <= ord(ch) <= _PRIVATE_USE[1]

    def addObjects(self, doc: Any) -> None:
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        names = [self.getSubsetInternalName(n, doc)[1:] for n in range(len(subsets))]
        super().addObjects(doc)
        if not self.actual_text:
            return
        # Found through reportlab's own names for the objects; if a reportlab release renames them, the text
        # layer falls back to the code points (the print is the same).
        fonts = getattr(doc.idToObject.get("BasicFonts"), "dict", {})
        for name, subset in zip(names, subsets, strict=True):
            if not any(u in self.actual_text for u in subset):
                continue
            ref = getattr(fonts.get(name), "ToUnicode", None)
            stream = doc.idToObject.get(getattr(ref, "name", None))
            if stream is not None:
                stream.content = "\n".join(self._map_line(line, subset) for line in stream.content.split("\n"))

    def _map_line(self, line: str, subset: list[int]) -> str:
        m = _BFCHAR.match(line)
        if not m:
            return line
        code = int(m.group(1), 16)
        text = self.actual_text.get(subset[code]) if code < len(subset) else None
        return f"<{m.group(1)}> <{text.encode('utf-16-be').hex().upper()}>" if text else line
