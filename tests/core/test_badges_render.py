"""Every shipped layout rendered for the demo event and read back: exact page size, names as text, QR codes."""

from __future__ import annotations

import io
import subprocess

import pytest
from pypdf import PdfReader

from checkin.core.badges import catalog, document
from checkin.core.badges.layout import shipped_layouts

from .badge_helpers import decode_qr_pages, page_sizes_mm, page_texts

HARD = ("Brzęczyszczykiewicz", "Kierkegaard-Østergaard", "Παπαδόπουλος", "van der Berg", "Quennet-Thielen",
        "Çelik", "Šťastná", "Großmann", "Işık", "Đurić", "Ødegård", "Wiśniewski")

EXPECTED_SIZES = {
    "a6-portrait": (105, 148), "a6-landscape": (148, 105), "a7-portrait": (74, 105), "a7-landscape": (105, 74),
    "card-90x55": (90, 55), "card-id1": (85.6, 54), "card-54x90": (54, 90), "card-60x90": (60, 90),
    "card-50x80": (50, 80), "label-4x3in": (101.6, 76.2), "label-62mm": (62, 100),
    "sheet-a4-4xa6": (210, 297), "sheet-a4-8xa7": (210, 297), "sheet-a4-2x5-90x55": (210, 297),
    "sheet-a4-54x90": (210, 297), "sheet-a4-60x90": (210, 297), "sheet-a4-50x80": (210, 297),
    "fold-a6-programme": (148, 210),
}
PER_PAGE = {"sheet-a4-4xa6": 4, "sheet-a4-8xa7": 8, "sheet-a4-2x5-90x55": 10, "sheet-a4-54x90": 9,
            "sheet-a4-60x90": 9, "sheet-a4-50x80": 9}


@pytest.fixture(scope="module")
def hard_people(demo_template):
    from checkin.core.store import EventStore

    store = EventStore.open(demo_template, readonly=True)
    ids = []
    for last in HARD:
        row = store.conn.execute("SELECT id FROM attendees WHERE last_name = ? ORDER BY id LIMIT 1", (last,)).fetchone()
        assert row, last
        ids.append(row[0])
    ids += [r[0] for r in store.conn.execute("SELECT id FROM attendees WHERE id > 100 ORDER BY id LIMIT 8")]
    people = store.attendees_by_ids(ids)
    yield store, people
    store.close()


def test_every_format_of_the_issue_is_shipped():
    assert set(EXPECTED_SIZES) <= set(shipped_layouts())


@pytest.mark.parametrize("name", sorted(EXPECTED_SIZES))
def test_layout_renders_exact_size_text_and_codes(name, hard_people, tmp_path):
    store, people = hard_people
    layout = catalog.get_layout(store, name)
    out = tmp_path / f"{name}.pdf"
    result = document.make_pdf(store, out, layout, people)
    per_page = PER_PAGE.get(name, 1)
    assert result.badges == len(people)
    assert result.pages == -(-len(people) // per_page)

    w, h = EXPECTED_SIZES[name]
    sizes = page_sizes_mm(out)
    assert len(sizes) == result.pages
    for pw, ph in sizes:
        assert abs(pw - w) < 0.1 and abs(ph - h) < 0.1, (pw, ph)

    text = " ".join(page_texts(out))
    for a in people:
        for part in (a.first_name, a.last_name):
            assert part in text, f"{part!r} missing from {name}"

    decoded = decode_qr_pages(out, dpi=200 if min(w, h) < 80 else 150)
    expected = [sorted(a.code for a in people[i:i + per_page]) for i in range(0, len(people), per_page)]
    assert decoded == expected


def test_default_layout_for_everyone_not_cancelled(demo_store, tmp_path):
    people = document.select_attendees(demo_store)
    assert people and all(a.status != "cancelled" for a in people)
    assert len(people) < demo_store.count_attendees()  # the demo has cancellations, and they get no badge
    out = tmp_path / "all.pdf"
    result = document.make_pdf(demo_store, out, catalog.get_layout(demo_store), people)
    assert result.pages == len(people)
    # pdftotext (poppler) for the 600-page run: pypdf reads the per-layout PDFs above.
    texts = [" ".join(t.split()) for t in subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True, check=True).stdout.split("\f")]
    for a, text in zip(people, texts, strict=False):
        assert a.first_name in text and a.last_name in text, (a.id, text)


def test_every_attendee_code_decodes_on_a4_sheets(demo_store, tmp_path):
    people = document.select_attendees(demo_store)
    layout = catalog.get_layout(demo_store, "sheet-a4-2x5-90x55")
    out = tmp_path / "sheets.pdf"
    document.make_pdf(demo_store, out, layout, people)
    decoded = [code for page in decode_qr_pages(out, dpi=200, per_page=10) for code in page]
    assert sorted(decoded) == sorted(a.code for a in people)


def test_fold_back_shows_personal_programme(demo_store, tmp_path):
    row = demo_store.conn.execute(
        "SELECT p.attendee_id, m.table_no FROM meeting_participants p JOIN meetings m ON m.id = p.meeting_id "
        "JOIN session_assignments s ON s.attendee_id = p.attendee_id LIMIT 1").fetchone()
    aid, table = row
    a = demo_store.attendee(aid)
    out = tmp_path / "fold.pdf"
    document.make_pdf(demo_store, out, catalog.get_layout(demo_store, "fold-a6-programme"), [a])
    text = page_texts(out)[0]
    assert "Your programme" in text
    assert f"Tisch/Table {table}" in text
    forum = demo_store.conn.execute(
        "SELECT s.title_de, s.title_en, r.name FROM session_assignments a JOIN sessions s ON s.id = a.session_id "
        "JOIN rooms r ON r.id = s.room_id WHERE a.attendee_id = ? LIMIT 1", (aid,)).fetchone()
    assert (forum[0] if a.language == "de" else forum[1]) in text and forum[2] in text


def test_cut_marks_on_sheets_but_not_on_single_badges(demo_store):
    layout = catalog.get_layout(demo_store, "sheet-a4-2x5-90x55")
    pdf, _ = document.render_bytes(layout, document.badges_for(demo_store, demo_store.attendees_by_ids([1]), layout))
    single = catalog.get_layout(demo_store, "card-90x55")
    pdf1, _ = document.render_bytes(single, document.badges_for(demo_store, demo_store.attendees_by_ids([1]), single))
    assert _ops(pdf).count(" l S") >= 8  # hairlines along the cuts
    assert " l S" not in _ops(pdf1)


def test_offset_calibration_moves_the_page_content(demo_store):
    layout = catalog.get_layout(demo_store, "a6-portrait")
    badges = document.badges_for(demo_store, demo_store.attendees_by_ids([1]), layout)
    plain, _ = document.render_bytes(layout, badges)
    shifted, _ = document.render_bytes(layout, badges, offset_mm=(2.0, 1.5))
    assert "5.669291 -4.251969 cm" in _ops(shifted) and "5.669291 -4.251969 cm" not in _ops(plain)


def _ops(pdf: bytes) -> str:
    return PdfReader(io.BytesIO(pdf)).pages[0].get_contents().get_data().decode("latin-1")
