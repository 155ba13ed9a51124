"""Shared paragraph and table styles for the report, lists and certificates (one font family: Noto Sans)."""

from __future__ import annotations

from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from .. import pdffonts

INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#666666")
RULE = colors.HexColor("#cccccc")
HEAD = colors.HexColor("#e8eef5")


@cache
def styles() -> dict[str, ParagraphStyle]:
    regular, bold = pdffonts.register()
    base = ParagraphStyle("base", fontName=regular, fontSize=9.5, leading=12.5, textColor=INK)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=bold, fontSize=8.5, leading=10.5),
        "head_r": ParagraphStyle("head_r", parent=base, fontName=bold, fontSize=8.5, leading=10.5, alignment=2),
        "h1": ParagraphStyle("h1", parent=base, fontName=bold, fontSize=18, leading=22, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=12.5, leading=16, spaceBefore=10,
                             spaceAfter=5),
        "sub": ParagraphStyle("sub", parent=base, fontSize=10.5, leading=14, textColor=MUTED),
    }


def para(text: Any, style: str = "cell") -> Any:
    """A Paragraph of plain text: guests' names and organisations are escaped, never interpreted as markup."""
    from reportlab.platypus import Paragraph

    return Paragraph(escape(str(text)), styles()[style])


def grid(header_rows: int = 1, numeric_from: int | None = None) -> TableStyle:
    regular, bold = pdffonts.register()
    cmds: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), regular, 8.5),
        ("FONT", (0, 0), (-1, header_rows - 1), bold, 8.5),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if numeric_from is not None:
        cmds.append(("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"))
    return TableStyle(cmds)


def table(rows: list[list[Any]], widths: list[float], numeric_from: int | None = None) -> Any:
    """A grid table whose header cells wrap (German headings are long) and numbers align right."""
    from reportlab.platypus import Table

    head = [para(text, "head_r" if numeric_from is not None and i >= numeric_from else "cell_bold")
            if isinstance(text, str) else text for i, text in enumerate(rows[0])]
    t = Table([head, *rows[1:]], colWidths=widths, repeatRows=1)
    t.setStyle(grid(numeric_from=numeric_from))
    return t
