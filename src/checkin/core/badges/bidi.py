"""Right-to-left and left-to-right runs of one line, in the order they are drawn (left to right).

A compact form of the Unicode bidi algorithm (UAX #9) for the text on badges and documents: names,
organisations, salutations. No embeddings or isolates (names do not carry them); what it does do:
the paragraph direction from the first strong letter, numbers inside right-to-left text kept left to right,
punctuation and spaces taking the direction of the letters around them, else the line's (so "Dear Ms
الحسيني," keeps its comma at the end, and "محمد (Cairo)" its brackets around Cairo), and levels reordered
run by run. The runs keep their logical text: a right-to-left run is reversed when drawn, by HarfBuzz when
it is shaped, else by ``reverse``.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Brackets and quotes drawn mirrored in right-to-left runs (HarfBuzz mirrors the runs it shapes itself).
_MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")


def _types(text: str) -> list[str]:
    """L, R, D (a digit) or N (everything else) per character; a combining mark takes its base's type."""
    out: list[str] = []
    for ch in text:
        b = unicodedata.bidirectional(ch)
        if b in ("R", "AL"):
            out.append("R")
        elif b == "L":
            out.append("L")
        elif b in ("EN", "AN"):
            out.append("D")
        elif b == "NSM" and out:
            out.append(out[-1])
        else:
            out.append("N")
    return out


def _levels(text: str) -> list[int]:
    types = _types(text)
    base = next((t for t in types if t in "LR"), "L")
    # Digits after right-to-left letters (or at the start of a right-to-left line) are a number inside
    # right-to-left text; after left-to-right letters they are simply left to right.
    context = base
    for i, t in enumerate(types):
        if t in "LR":
            context = t
        elif t == "D" and context == "L":
            types[i] = "L"
    # Neutrals between two letters (or numbers, which count as right to left here) of one direction take
    # it; otherwise the line's direction.
    strong = ["R" if t == "D" else t for t in types]
    i = 0
    while i < len(types):
        if types[i] != "N":
            i += 1
            continue
        j = i
        while j < len(types) and types[j] == "N":
            j += 1
        before = strong[i - 1] if i > 0 else base
        after = strong[j] if j < len(types) else base
        for k in range(i, j):
            types[k] = before if before == after else base
        i = j
    if base == "L":
        return [{"L": 0, "R": 1, "D": 2}[t] for t in types]
    return [{"R": 1, "L": 2, "D": 2}[t] for t in types]


@lru_cache(maxsize=65536)
def visual_runs(text: str) -> tuple[tuple[str, bool], ...]:
    """(logical text, right to left?) runs of ``text`` in drawing order, left to right."""
    if not text:
        return ()
    levels = _levels(text)
    runs: list[tuple[str, int]] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or levels[i] != levels[start]:
            runs.append((text[start:i], levels[start]))
            start = i
    # Reverse every stretch of runs at or above each level, from the highest level down to 1.
    for level in range(max(lv for _t, lv in runs), 0, -1):
        i = 0
        while i < len(runs):
            if runs[i][1] < level:
                i += 1
                continue
            j = i
            while j < len(runs) and runs[j][1] >= level:
                j += 1
            runs[i:j] = runs[i:j][::-1]
            i = j
    return tuple((t, lv % 2 == 1) for t, lv in runs)


def reverse(text: str) -> str:
    """A right-to-left run drawn without a shaper: letters reversed, brackets mirrored."""
    return text[::-1].translate(_MIRROR)
