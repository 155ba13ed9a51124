"""Names on badges: shrink, then wrap at most to two lines, never inside a family name, never cut or re-cased."""

from __future__ import annotations

import io
import json

from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from checkin.core import ledger
from checkin.core.badges import catalog, document, fonts
from checkin.core.badges.layout import Element, Layout, LayoutError
from checkin.core.badges.render import BadgeData
from checkin.core.badges.text import break_points, expand, fit, plain

NAME = "{title} {first_name} {last_name}"


def _fit(first: str, last: str, width_pt: float, title: str = "", size: float = 30, min_size: float = 18):
    pieces = expand(NAME, {"title": title, "first_name": first, "last_name": last}, ["last_name"])
    text = plain(pieces)
    return text, fit(text, break_points(pieces), box_w=width_pt, box_h=100, size=size, min_size=min_size,
                     max_lines=2, bold=True)


def test_short_name_stays_on_one_line_at_full_size():
    text, f = _fit("Jürgen", "Müller", 400)
    assert f.lines == ("Jürgen Müller",) and f.size == 30


def test_long_name_shrinks_first_then_wraps_between_first_and_family_name():
    _, f = _fit("Grzegorz", "Brzęczyszczykiewicz", 400)
    assert f.lines == ("Grzegorz Brzęczyszczykiewicz",) and 18 <= f.size < 30  # shrink is enough
    _, f = _fit("Grzegorz", "Brzęczyszczykiewicz", 250)
    assert f.lines == ("Grzegorz", "Brzęczyszczykiewicz")


def test_family_names_with_particles_and_hyphens_are_never_broken():
    _, f = _fit("Pieter", "van der Berg", 120)
    assert f.lines == ("Pieter", "van der Berg")
    _, f = _fit("Sigrún", "Kierkegaard-Østergaard", 150)
    assert f.lines == ("Sigrún", "Kierkegaard-Østergaard")
    _, f = _fit("Günter", "Großmann", 120, title="Prof. Dr.")
    assert "Großmann" in f.lines and all(ln == "Großmann" or "Großmann" not in ln or ln.endswith("Großmann")
                                         for ln in f.lines)


def test_never_cut_even_when_the_box_is_far_too_small():
    text, f = _fit("Grzegorz", "Brzęczyszczykiewicz", 30)
    assert " ".join(f.lines) == text and f.below_minimum and f.size < 18


def test_template_tidies_only_its_own_spaces_never_the_values():
    pieces = expand(NAME, {"title": "", "first_name": "Anna  Maria", "last_name": "de la Cruz"}, ["last_name"])
    assert plain(pieces) == "Anna  Maria de la Cruz"  # the double space is the list's, kept
    assert plain(expand(NAME, {"title": "Dr.", "first_name": "", "last_name": "Ødegård"}, [])) == "Dr. Ødegård"


@settings(max_examples=150, deadline=None)
@given(first=st.text(st.sampled_from("abcdeÆØÅßşğıΑΒΓ -"), min_size=1, max_size=20).filter(str.strip),
       last=st.text(st.sampled_from("abcdeÆØÅßşğıΑΒΓ -'"), min_size=1, max_size=30).filter(str.strip),
       width=st.floats(20, 400))
def test_fit_keeps_every_character_and_the_family_name_whole(first, last, width):
    text, f = _fit(first, last, width)
    assert len(f.lines) <= 2
    joined = " ".join(f.lines)
    assert joined == text or "\n".join(f.lines) == text
    assert any(last in line for line in f.lines)  # the family name sits whole on one line


def test_glyph_check_reports_fallbacks_rtl_shaping_and_missing():
    assert fonts.check_text("Ορέστης Παπαδόπουλος Şükrü Žaneta Олександр") == []  # bundled Noto covers these
    cjk = fonts.check_text("王小明")
    if fonts.face_for("王") is not None:
        assert [i.problem for i in cjk] == ["fallback_font"]
    else:
        assert cjk[0].problem == "missing_glyph"
    hebrew = {i.problem for i in fonts.check_text("דוד לוי")}
    assert "rtl" in hebrew
    # Arabic is shaped (joined) now: only its direction is worth a look; without uharfbuzz it would print
    # unjoined, and that is what the check would say.
    assert {i.problem for i in fonts.check_text("محمد علي")} & {"rtl", "needs_shaping"} == {"rtl"}
    missing = fonts.check_text("A\U000F0001")  # a private-use character no font has
    assert missing[0].problem == "missing_glyph" and "U+F0001" in missing[0].detail


def test_rtl_names_are_put_in_visual_order():
    assert fonts.visual_order("דוד לוי") == "יול דוד"
    assert fonts.visual_order("Dr. דוד") == "Dr. דוד"[:4] + "דוד"[::-1]
    assert fonts.visual_order("Ορέστης") == "Ορέστης"


def _one_badge_pdf(values: dict, code: str = "") -> tuple[str, list]:
    layout = Layout.from_json({"name": "t", "size_mm": [90, 55], "elements": [
        {"type": "text", "text": NAME, "x": 5, "y": 5, "w": 80, "h": 20, "font_size": 20, "max_lines": 2}]})
    pdf, result = document.render_bytes(layout, [BadgeData(1, values, code)])
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    return text, result.issues_json()


def test_fallback_font_name_stays_text_in_the_pdf():
    text, issues = _one_badge_pdf({"first_name": "Wei", "last_name": "王"})
    if fonts.face_for("王") is None:
        assert issues[0]["problem"] == "missing_glyph"
    else:
        assert "王" in text and issues[0]["problem"] == "fallback_font"


def test_layout_json_validation_has_one_line_errors():
    for bad, word in [({"name": "x"}, "size_mm"), ({"name": "x", "size_mm": [10, 10], "elements": [{"type": "blob",
                      "x": 0, "y": 0, "w": 1, "h": 1}]}, "blob"),
                      ({"name": "x", "size_mm": [10, 10], "elements": [{"type": "text", "x": 0, "y": 0, "w": 1,
                        "h": 1, "colour": "red"}]}, "colour")]:
        try:
            Layout.from_json(bad)
        except LayoutError as exc:
            assert word in str(exc) and "\n" not in str(exc)
        else:
            raise AssertionError(f"accepted {bad}")


def test_layout_round_trips_through_json():
    for name, layout in catalog.all_layouts().items():
        again = Layout.from_json(json.loads(json.dumps(layout.to_json())))
        assert again.page_size == layout.page_size and len(again.elements) == len(layout.elements), name
    el = Element.from_json({"type": "qr", "x": 1, "y": 2, "w": 3, "h": 3})
    assert el.to_json() == {"type": "qr", "x": 1, "y": 2, "w": 3, "h": 3}


def test_event_layouts_travel_in_the_journal_and_merge_in_any_order(demo_store, tmp_path):
    from checkin.core.store import EventStore

    base = catalog.get_layout(demo_store, "a6-portrait")
    mine = base.copy("our-a6", "Our A6")
    mine.elements[0].x = 9.5
    rec1 = catalog.save_layout(demo_store, mine)
    mine2 = mine.copy()
    mine2.elements[0].x = 12.0
    rec2 = catalog.save_layout(demo_store, mine2)
    rec3 = catalog.set_default_layout(demo_store, "our-a6")
    assert catalog.get_layout(demo_store).name == "our-a6"
    assert catalog.get_layout(demo_store, "our-a6").elements[0].x == 12.0
    assert catalog.get_layout(demo_store, "our-a6").source == "event"
    # Another station receives the records newest first: same outcome.
    other_path = tmp_path / "other.checkin"
    demo_store.backup(other_path)
    other = EventStore.open(other_path)
    other.conn.execute("DELETE FROM badge_layouts")
    other.conn.execute("DELETE FROM journal WHERE kind = 'layout'")
    ledger.merge(other, [rec3, rec2])
    ledger.merge(other, [rec1])
    assert catalog.get_layout(other).elements[0].x == 12.0
    other.close()


def test_cli_layouts_badges_and_errors(cli, demo_path, tmp_path):
    proc = cli("layouts", "--json")
    assert proc.returncode == 0, proc.stderr
    names = {r["name"] for r in json.loads(proc.stdout)}
    assert {"a6-portrait", "label-62mm", "sheet-a4-4xa6", "fold-a6-programme"} <= names
    out = tmp_path / "speakers.pdf"
    proc = cli("badges", str(demo_path), "--out", str(out), "--category", "speaker", "--layout", "card-90x55",
               "--json")
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    assert summary["badges"] > 0 and summary["page_mm"] == [90.0, 55.0]
    assert len(PdfReader(str(out)).pages) == summary["pages"]
    bad = cli("badges", str(demo_path), "--out", str(out), "--layout", "nope")
    assert bad.returncode != 0 and "nope" in bad.stderr and "Traceback" not in bad.stderr
    bad = cli("badges", str(demo_path), "--out", str(out), "--attendee", "999999")
    assert bad.returncode != 0 and "999999" in bad.stderr
    layout_file = tmp_path / "mine.json"
    layout_file.write_text(json.dumps({"name": "mine", "size_mm": [80, 50], "elements": [
        {"type": "text", "text": "{first_name} {last_name}", "x": 2, "y": 2, "w": 76, "h": 20}]}))
    proc = cli("layouts", str(demo_path), "--add", str(layout_file), "--default", "mine", "--json")
    assert proc.returncode == 0, proc.stderr
    rows = {r["name"]: r for r in json.loads(proc.stdout)}
    assert rows["mine"]["default"] and rows["mine"]["source"] == "event"
    proc = cli("badges", str(demo_path), "--out", str(out), "--attendee", "1", "--json")
    assert json.loads(proc.stdout)["layout"] == "mine"


def test_cli_badges_refuses_a_non_pdf_file_name(cli, demo_path, tmp_path):
    """`--out badges.png` wrote a PDF under a PNG name (an image viewer then fails to open it)."""
    out = tmp_path / "badges.png"
    bad = cli("badges", str(demo_path), "--out", str(out), "--attendee", "1")
    assert bad.returncode == 2 and ".pdf" in bad.stderr and "Traceback" not in bad.stderr
    assert not out.exists()
