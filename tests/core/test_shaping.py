"""Arabic prints joined and right to left, Devanagari with its conjuncts, on badges and documents.

The real commands write the PDFs; poppler rasterises them; the printed name is compared with the same words
set by an independent shaper (Pillow's libraqm layout: FriBidi + HarfBuzz, in the same font file) and with
the same words set without shaping (letters unjoined, as printed before). The print must match the shaped
setting and not the unshaped one, so the test fails as soon as shaping is unplugged. Text extraction must
still give the names as typed (copy-paste, search, pdftotext).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFont, features
from reportlab.pdfbase import pdfmetrics

from checkin.core import ledger
from checkin.core.badges import fonts, shaping
from checkin.core.journal import Kind

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("pdftoppm"),
                                reason="poppler-utils (pdftotext, pdftoppm) not installed")

ARABIC = ("عبد الله", "الحسيني")
HINDI = ("अंकित", "शर्मा")
DPI = 200
MM = DPI / 25.4


@pytest.fixture
def guests(demo_store) -> dict[str, int]:
    """An Arabic and a Hindi guest, both arrived on day one (so they get certificates)."""
    day1 = demo_store.event.days()[0].isoformat()
    out = {}
    for (script, (first, last)), aid in zip({"arabic": ARABIC, "hindi": HINDI}.items(),
                                            demo_store.attendee_ids()[30:32], strict=True):
        demo_store.set_attendee_fields(aid, {"first_name": first, "last_name": last, "title": "",
                                             "organisation": "", "status": "registered"})
        ledger.record(demo_store, Kind.CHECKIN, aid, {"day": day1, "point": "main", "source": "scan"},
                      at=datetime.fromisoformat(f"{day1}T09:00:00+01:00"), station_id="desk-1")
        out[script] = aid
    return out


# --- pictures -------------------------------------------------------------------------------------------
def _page(pdf: Path, page: int, tmp: Path) -> Image.Image:
    stem = tmp / f"{pdf.stem}-{page}"
    subprocess.run(["pdftoppm", "-gray", "-r", str(DPI), "-f", str(page), "-l", str(page), "-singlefile", "-png",
                    str(pdf), str(stem)], check=True)
    return Image.open(f"{stem}.png").convert("L")


def _ink(img: Image.Image) -> Image.Image:
    """The image cut to its dark pixels (the printed words, without the margins around them)."""
    box = ImageChops.invert(img).point(lambda v: 255 if v > 100 else 0).getbbox()
    assert box, "no ink at all"
    return img.crop(box)


def _without_trailing_comma(img: Image.Image) -> Image.Image:
    """Cut off a comma after the word ("Family, First" on the paper list): the rightmost blob of ink if it
    sits low (a comma; a tall alef or a headline stays)."""
    w, h = img.size
    dark = [any(img.getpixel((x, y)) < 100 for y in range(h)) for x in range(w)]
    x = w
    while x > 0 and dark[x - 1]:
        x -= 1
    if x == 0 or x == w:
        return img
    blob = _ink(img.crop((x, 0, w, h)))
    top = next(y for y in range(h) if any(img.getpixel((c, y)) < 100 for c in range(x, w)))
    return _ink(img.crop((0, 0, x, h))) if top > h * 0.45 and blob.size[1] < h * 0.5 else img


def _set(text: str, font_name: str, engine: ImageFont.Layout) -> Image.Image:
    """``text`` set by Pillow in the PDF font's file: RAQM shapes (bidi + HarfBuzz), BASIC draws the code
    points one after the other, left to right (unjoined: the old output)."""
    font = ImageFont.truetype(pdfmetrics.getFont(font_name).face.filename, 120, layout_engine=engine)
    img = Image.new("L", (2400, 400), 255)
    ImageDraw.Draw(img).text((40, 100), text, font=font, fill=0)
    return _ink(img)


def _distance(printed: Image.Image, reference: Image.Image) -> float:
    """Mean difference (0 = same, 1 = inverse) of the two word images brought to the printed one's size."""
    ref = reference.resize(printed.size, Image.Resampling.LANCZOS)
    hist = ImageChops.difference(printed, ref).histogram()
    return sum(i * n for i, n in enumerate(hist)) / (255 * printed.size[0] * printed.size[1])


def _assert_shaped(printed: Image.Image, text: str, bold: bool, where: str) -> None:
    assert features.check("raqm"), "Pillow without libraqm (needs libfribidi0): no reference shaper"
    font_name = fonts.runs(text, bold)[0][0]
    printed = _without_trailing_comma(_ink(printed))
    shaped = _set(text, font_name, ImageFont.Layout.RAQM)
    unshaped = _set(fonts.visual_order(text), font_name, ImageFont.Layout.BASIC)
    d_shaped, d_unshaped = _distance(printed, shaped), _distance(printed, unshaped)
    ratio = printed.size[0] / printed.size[1]
    assert abs(ratio - shaped.size[0] / shaped.size[1]) < 0.06 * ratio, (where, text, "width differs")
    assert d_shaped < 0.1 and d_shaped < 0.5 * d_unshaped, (where, text, d_shaped, d_unshaped)


def _word_boxes(pdf: Path) -> list[tuple[int, float, float, float, float, str]]:
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    out, page = [], 0
    for line in html.splitlines():
        page += "<page " in line
        m = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if m:
            out.append((page, *map(float, m.groups()[:4]), m.group(5)))
    return out


def _word_crop(pdf: Path, words: tuple[str, ...], tmp: Path) -> tuple[Image.Image, str]:
    """The rendered area of the first box pdftotext reports for one of ``words`` (a right-to-left word comes
    in visual order; a line with ActualText as one box), and which of them it is."""
    boxes = _word_boxes(pdf)
    # A matching box holds the same letters: in logical or visual order (a right-to-left word, or Indic set
    # in a Paragraph, where the text layer follows the glyphs: a vowel sign before its consonant).
    hits = [(w, t) for w in boxes for t in words if sorted(w[5].strip(",")) == sorted(t)]
    assert hits, f"{pdf.name}: none of {words} in {[w[5] for w in boxes][:80]}"
    (page, x0, y0, x1, y1, _), text = hits[0]
    k = DPI / 72
    box = (int(x0 * k) - 2, int(y0 * k) - 2, int(x1 * k) + 3, int(y1 * k) + 3)
    return _page(pdf, page, tmp).crop(box), text


def _text(pdf: Path) -> str:
    raw = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return "".join(ch for ch in raw if ch not in "\u200e\u200f\u202a\u202b\u202c")


# --- the tests ------------------------------------------------------------------------------------------
def test_line_layout_shapes_only_complex_scripts():
    latin = shaping.line("Jürgen Weiß-Østergaard", True)
    assert not any(hasattr(chunk, "__shapeData__") for _f, chunk in latin.runs) and not latin.typed
    arabic = shaping.line("عبد الله الحسيني", False)
    glyphs = arabic.glyph_text()
    # Joined forms (presentation forms of the font's cmap), and right to left: the line's leftmost glyph is
    # the last letter of "الحسيني" (Yeh in its final form), its rightmost the first of "عبد" (Ain, initial).
    assert any(0xFE70 <= ord(ch) <= 0xFEFF for ch in glyphs)
    assert glyphs[0] == "\ufef2" and glyphs[-1] == "\ufecb", [hex(ord(c)) for c in glyphs]
    hindi = shaping.line("अंकित शर्मा", False)
    assert hindi.typed == "अंकित शर्मा"  # ActualText: extraction reads the typed line
    font = hindi.runs[0][0]  # the conjunct and the reph take less room than the letters side by side
    assert hindi.width < pdfmetrics.stringWidth("अंकित शर्मा", font, 1.0) * 0.95
    assert fonts.check_text("عبد الله") and not [i for i in fonts.check_text("عبد الله")
                                                  if i.problem == "needs_shaping"]
    # Other shaped scripts find a font too (Debian's fonts-noto-core): no empty boxes, no "missing_glyph".
    for name in ("সৌমিত্র", "தமிழ்செல்வன்", "ශ්‍රී", "ਸਿੰਘ", "ខ្មែរ"):
        assert not [i for i in fonts.check_text(name) if i.problem == "missing_glyph"], name
        assert any(hasattr(chunk, "__shapeData__") for _f, chunk in shaping.line(name).runs), name


def test_badge_prints_arabic_joined_right_to_left_and_hindi_conjuncts(demo_path: Path, guests, cli,
                                                                    tmp_path: Path) -> None:
    for script, (first, last) in {"arabic": ARABIC, "hindi": HINDI}.items():
        out = tmp_path / f"badge-{script}.pdf"
        proc = cli("badges", str(demo_path), "--out", str(out), "--layout", "a6-portrait",
                   "--attendee", str(guests[script]))
        assert proc.returncode == 0, proc.stderr
        # The name element of a6-portrait: x 6.3 mm, y 22.2 mm, 92.4 x 35.5 mm; one line at this length.
        name_box = _page(out, 1, tmp_path).crop((int(6.3 * MM), int(22.2 * MM), int(98.7 * MM), int(57.7 * MM)))
        _assert_shaped(name_box, f"{first} {last}", True, f"badge {script}")
        assert f"{first} {last}" in _text(out)


def test_certificate_and_paper_list_print_shaped_names(demo_path: Path, guests, cli, tmp_path: Path) -> None:
    cert = tmp_path / "certificates.pdf"
    ids = ["--attendee", *(str(g) for g in guests.values())]
    proc = cli("certificates", str(demo_path), "--out", str(cert), *ids)
    assert proc.returncode == 0, proc.stderr
    paper = tmp_path / "list.pdf"
    proc = cli("lists", str(demo_path), "--out", str(paper))
    assert proc.returncode == 0, proc.stderr
    for pdf in (cert, paper):
        text = _text(pdf)
        for first, last in (ARABIC, HINDI):
            if pdf == cert or (first, last) == ARABIC:  # a Paragraph has no ActualText: Hindi reads in glyph order
                assert first in text and last in text, (pdf.name, first, last)
            # The family name (bold on the paper list), or the name line of the certificate (bold).
            crop, shown = _word_crop(pdf, (last, f"{first} {last}"), tmp_path)
            _assert_shaped(crop, shown, True, pdf.name)


def test_right_to_left_runs_follow_the_bidi_algorithm():
    from checkin.core.badges import bidi

    # The comma after an Arabic family name in an English salutation stays at the end of the line.
    assert bidi.visual_runs("Dear Ms الحسيني,") == (("Dear Ms ", False), ("الحسيني", True), (",", False))
    runs = shaping.line("Dear Ms الحسيني,").runs
    assert runs[0][1] == "Dear Ms " and runs[-1][1] == "," and hasattr(runs[1][1], "__shapeData__")
    # A right-to-left line: Latin words and numbers inside it read left to right, in their place.
    assert bidi.visual_runs("مكتب 12") == (("12", False), ("مكتب ", True))
    assert bidi.visual_runs("محمد (Cairo)") == ((")", True), ("Cairo", False), ("محمد (", True))
    assert bidi.reverse("דוד (") == ") דוד"  # unshaped right-to-left runs: reversed, brackets mirrored
    assert bidi.visual_runs("Jürgen Weiß") == (("Jürgen Weiß", False),)
    drawn = "".join(bidi.reverse(t) if rtl else t for t, rtl in bidi.visual_runs("Dr. דוד לוי"))
    assert drawn == "Dr. " + "דוד לוי"[::-1]  # plain Hebrew names print as they always did
