"""Shared paragraph and table styles for the report, lists and certificates (one font family: Noto Sans)."""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from .. import pdffonts, pdftext

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


# No table cell may grow taller than this: a row taller than a page cannot be laid out at all.
MAX_CELL_HEIGHT = 180.0


def para(text: Any, style: str = "cell", width: float | None = None) -> Any:
    """A Paragraph of plain text through the shared text path: escaped (a name is never markup), fallback fonts
    for scripts the bundled font lacks, right-to-left in visual order. With ``width`` (a table cell) an
    over-long value is set smaller instead of breaking the layout."""
    from reportlab.platypus import Paragraph

    st = styles()[style]
    html = pdftext.markup(text, bold=st.fontName == pdffonts.BOLD)
    if width is None:
        return Paragraph(html, st)
    return pdftext.fitted_paragraph(html, st, width, MAX_CELL_HEIGHT)


def grid(header_rows: int = 1, numeric_from: int | None = None, total_row: bool = False) -> TableStyle:
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
    if total_row:
        cmds += [("FONT", (0, -1), (-1, -1), bold, 8.5), ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)]
    return TableStyle(cmds)


def table(rows: list[list[Any]], widths: list[float], numeric_from: int | None = None,
          total_row: bool = False) -> Any:
    """A grid table whose header cells wrap (German headings are long) and numbers align right."""
    from reportlab.platypus import Table

    head = [para(text, "head_r" if numeric_from is not None and i >= numeric_from else "cell_bold")
            if isinstance(text, str) else text for i, text in enumerate(rows[0])]
    t = Table([head, *rows[1:]], colWidths=widths, repeatRows=1)
    t.setStyle(grid(numeric_from=numeric_from, total_row=total_row))
    return t
