"""Text on badges: templates over attendee fields, shrink-to-fit, then a two-line wrap that never breaks a
family name ("van der Berg", "Kierkegaard-Østergaard") and never re-cases or cuts a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from . import shaping

_FIELD = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Piece:
    text: str
    breakable: bool  # may a line break at a space inside this piece?


def expand(template: str, values: dict[str, Any], keep_together: list[str] | tuple[str, ...] = ()) -> list[Piece]:
    """Fill a template. Empty fields disappear with the spaces around them; only template text is tidied,
    never the values (names are sacred)."""
    pieces: list[Piece] = []
    pos = 0
    for m in _FIELD.finditer(template):
        if m.start() > pos:
            pieces.append(Piece(template[pos:m.start()], True))
        value = values.get(m.group(1), "")
        value = "" if value is None else str(value)
        pieces.append(Piece(value, m.group(1) not in keep_together) if value else Piece("", True))
        pos = m.end()
    if pos < len(template):
        pieces.append(Piece(template[pos:], True))
    # Tidy literal whitespace next to empty fields: "{title} {first_name}" with no title -> "first_name".
    out: list[Piece] = []
    for piece in pieces:
        if not piece.text:
            continue
        if out and piece.breakable and out[-1].breakable and _is_literal_space(piece) and _is_literal_space(out[-1]):
            continue
        out.append(piece)
    while out and _is_literal_space(out[0]):
        out.pop(0)
    while out and _is_literal_space(out[-1]):
        out.pop()
    return out


def _is_literal_space(piece: Piece) -> bool:
    return piece.breakable and piece.text.strip(" ") == "" and "\n" not in piece.text


def plain(pieces: list[Piece]) -> str:
    return "".join(p.text for p in pieces)


def break_points(pieces: list[Piece]) -> list[int]:
    """Character offsets of spaces where a line may break (not inside keep-together fields)."""
    points = []
    offset = 0
    for piece in pieces:
        if piece.breakable:
            for i, ch in enumerate(piece.text):
                if ch == " ":
                    points.append(offset + i)
        offset += len(piece.text)
    return points


def width_1pt(text: str, bold: bool) -> float:
    """Width in points of ``text`` (logical order, as stored) at 1 pt, as drawn: font runs, shaping."""
    return shaping.width_1pt(text, bold)


@dataclass(frozen=True)
class Fitted:
    lines: tuple[str, ...]
    size: float  # points
    below_minimum: bool = False  # had to go under the element's min_font_size to avoid cutting text


def fit(text: str, breaks: list[int], *, box_w: float, box_h: float, size: float, min_size: float,
        max_lines: int, bold: bool, line_height: float = 1.15) -> Fitted:
    """Largest size at which ``text`` fits ``box_w`` x ``box_h`` (points): first one line (shrinking down to
    ``min_size``), then the best-balanced two-line break. Never cuts: below the minimum it keeps shrinking."""
    explicit = text.split("\n")
    if len(explicit) > 1:  # fixed text with its own lines (e.g. bilingual)
        widest = max(width_1pt(t, bold) for t in explicit) or 1.0
        s = min(size, box_w / widest, box_h / (len(explicit) * line_height))
        return Fitted(tuple(explicit), s, s < min_size)
    w1 = width_1pt(text, bold) or 1.0
    one = min(size, box_w / w1, box_h / line_height)
    if one >= min_size or max_lines < 2 or not breaks:
        return Fitted((text,), one, one < min_size)
    best: tuple[float, int] | None = None
    for b in breaks:
        a, c = text[:b], text[b + 1:]
        if not a.strip() or not c.strip():
            continue
        widest = max(width_1pt(a, bold), width_1pt(c, bold)) or 1.0
        s = min(size, box_w / widest, box_h / (2 * line_height))
        if best is None or s > best[0]:
            best = (s, b)
    if best is None or best[0] <= one:
        return Fitted((text,), one, one < min_size)
    s, b = best
    return Fitted((text[:b], text[b + 1:]), s, s < min_size)
