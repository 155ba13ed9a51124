"""Register the bundled Unicode font family with reportlab (Latin Extended, Greek, Cyrillic)."""

from __future__ import annotations

from functools import cache

from .resources import resource

REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"


@cache
def register() -> tuple[str, str]:
    """Register once per process; returns (regular, bold) font names for reportlab canvases."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(REGULAR, str(resource("fonts", "NotoSans-Regular.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "NotoSans-Bold.ttf"))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    return REGULAR, BOLD
