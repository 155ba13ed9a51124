"""Bulk code signing during imports: byte-identical to ``codes.issue_code``, for every new person without a
ticket code, whichever rows carry codes."""

from __future__ import annotations

import os
from pathlib import Path

from checkin.core import codes
from checkin.core.importing import import_file
from checkin.core.importing.signing import b32_many, sign_ids
from checkin.core.store import EventStore


def test_batch_base32_equals_codes_b32() -> None:
    for size in range(1, 80):
        blobs = [os.urandom(size) for _ in range(4)]
        assert b32_many(blobs) == [codes._b32(b) for b in blobs]
    mixed = [b"a", b"abcdef", b"\x00" * 74]
    assert b32_many(mixed) == [codes._b32(b) for b in mixed]


def test_sign_ids_equals_issue_code(tmp_path: Path) -> None:
    store = EventStore.create(tmp_path / "ev.checkin", title="T", days=1)
    codes.ensure_event_keys(store)
    import base64

    private = base64.b64decode(store.get_meta("private_key"))
    public = base64.b64decode(store.get_meta("public_key"))
    ids = [0, 1, 2, 77, 50_000, 2 ** 40 - 1]
    assert sign_ids(private, public, ids) == [codes.issue_code(store, i) for i in ids]
    assert all(codes.verify_code(store, c).status == "valid" for c in sign_ids(private, public, ids[1:4]))


def test_rows_with_and_without_ticket_codes_all_get_codes(tmp_path: Path) -> None:
    store = EventStore.create(tmp_path / "ev.checkin", title="T", days=1)
    codes.ensure_event_keys(store)
    src = tmp_path / "list.csv"
    # The rows with ticket secrets come first: the people without one get the later ids.
    rows = [f"Vorname{i};Nachname{i};Org;SECRET{i}" for i in range(3)]
    rows += [f"Vorname{i};Nachname{i};Org;" for i in range(3, 8)]
    src.write_text("Vorname;Nachname;Firma;Barcode\n" + "\n".join(rows) + "\n", encoding="utf-8")
    report = import_file(store, src)
    assert report.inserted == 8
    people = sorted(store.iter_attendees(), key=lambda a: a.id)
    assert [a.code for a in people[:3]] == ["SECRET0", "SECRET1", "SECRET2"]
    for a in people[3:]:
        assert a.code == codes.issue_code(store, a.id)


def test_without_pynacl_cryptography_signs_the_same(tmp_path: Path, monkeypatch) -> None:
    import base64
    import sys

    store = EventStore.create(tmp_path / "ev.checkin", title="T", days=1)
    codes.ensure_event_keys(store)
    private = base64.b64decode(store.get_meta("private_key"))
    public = base64.b64decode(store.get_meta("public_key"))
    fast = sign_ids(private, public, [3, 4])
    monkeypatch.setitem(sys.modules, "nacl.bindings", None)  # import fails: the OpenSSL fallback
    assert sign_ids(private, public, [3, 4]) == fast == [codes.issue_code(store, 3), codes.issue_code(store, 4)]
