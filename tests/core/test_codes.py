"""Signed codes: forgeries, other events, truncation, random strings, reissue and revocation, foreign tickets."""

from __future__ import annotations

import base64
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checkin.core import codes, demo, ledger
from checkin.core.codes import CodeStatus
from checkin.core.record_signing import content
from checkin.core.store import EventStore

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


@pytest.fixture(scope="module")
def other_event(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("other") / "other.checkin"
    demo.generate(path, attendees=20, seed=2).close()
    return path


def _raw(code: str) -> bytearray:
    return bytearray(base64.b32decode(code + "=" * (-len(code) % 8)))


def _b32(raw: bytes) -> str:
    return base64.b32encode(bytes(raw)).decode().rstrip("=")


def test_codes_are_short_and_layout_safe(demo_store: EventStore) -> None:
    for attendee in demo_store.iter_attendees():
        assert len(attendee.code) <= 130
        assert re.fullmatch(r"[A-Z2-7]+", attendee.code)
    assert len(codes.issue_station_code(demo_store, 5, generation=9)) <= 130


def test_valid_code_resolves(demo_store: EventStore) -> None:
    a = demo_store.attendee(2)
    check = codes.resolve(demo_store, a.code + "\r\n")
    assert (check.status, check.attendee_id, check.text, check.issuer) == (CodeStatus.VALID, 2, a.code, "event")


@pytest.mark.parametrize("position", [0, 1, 5, 9, 12, 40, 100, -2, -1])
def test_flipped_character_is_rejected(demo_store: EventStore, position: int) -> None:
    code = demo_store.attendee(3).code
    chars = list(code)
    chars[position] = "B" if chars[position] != "B" else "C"
    assert codes.resolve(demo_store, "".join(chars)).status in (CodeStatus.INVALID, CodeStatus.WRONG_EVENT)


def test_last_character_low_bits_are_not_ignored(demo_store: EventStore) -> None:
    # 74 bytes leave 3 unused bits in the last Base32 character: a changed last character must still fail.
    code = demo_store.attendee(3).code
    for ch in ALPHABET:
        if ch != code[-1]:
            assert codes.resolve(demo_store, code[:-1] + ch).status == CodeStatus.INVALID


def test_changed_attendee_number_is_rejected(demo_store: EventStore) -> None:
    raw = _raw(demo_store.attendee(4).code)
    raw[9] ^= 0x01  # attendee 4 -> 5, signature kept
    check = codes.resolve(demo_store, _b32(raw))
    assert check.status == CodeStatus.INVALID and check.attendee_id is None


def test_changed_event_tag_and_other_event(demo_store: EventStore, other_event: Path) -> None:
    raw = _raw(demo_store.attendee(4).code)
    raw[2] ^= 0x40
    assert codes.resolve(demo_store, _b32(raw)).status == CodeStatus.WRONG_EVENT
    with EventStore.open(other_event) as other:
        foreign_code = other.attendee(1).code
    assert codes.resolve(demo_store, foreign_code).status == CodeStatus.WRONG_EVENT


def test_truncated_and_extended_codes_are_rejected(demo_store: EventStore) -> None:
    code = demo_store.attendee(6).code
    for cut in (1, 2, 8, 60, 118):
        assert codes.resolve(demo_store, code[:-cut]).status == CodeStatus.INVALID
    assert codes.resolve(demo_store, code + "A").status == CodeStatus.INVALID
    assert codes.resolve(demo_store, "").status == CodeStatus.INVALID


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(st.text(max_size=200), st.text(alphabet=ALPHABET, min_size=100, max_size=130)))
def test_random_strings_are_rejected(demo_store: EventStore, text: str) -> None:
    assert codes.resolve(demo_store, text).status in (CodeStatus.INVALID, CodeStatus.WRONG_EVENT)


def test_valid_code_of_unknown_attendee_is_valid(demo_store: EventStore) -> None:
    code = codes.issue_code(demo_store, 987654)
    check = codes.resolve(demo_store, code)
    assert (check.status, check.attendee_id) == (CodeStatus.VALID, 987654)
    assert demo_store.attendee(987654) is None


def test_reissue_revokes_old_code_everywhere(demo_store: EventStore, tmp_path: Path) -> None:
    other_path = tmp_path / "other-station.checkin"
    demo_store.backup(other_path)
    old = demo_store.attendee(7).code
    new = codes.reissue_code(demo_store, 7)
    assert new != old and len(new) <= 130
    assert demo_store.attendee(7).code == new
    assert codes.resolve(demo_store, old).status == CodeStatus.REVOKED
    assert codes.resolve(demo_store, old).attendee_id == 7
    assert codes.resolve(demo_store, new).status == CodeStatus.VALID
    rec = demo_store.journal.records(kind="code_reissue")[-1]
    assert content(rec.data) == {"fields": {"code": new}, "revoked": old}
    with EventStore.open(other_path) as other:
        assert codes.resolve(other, old).status == CodeStatus.VALID  # not yet synced
        ledger.merge(other, demo_store.journal.records())
        assert codes.resolve(other, old).status == CodeStatus.REVOKED
        assert codes.resolve(other, new).status == CodeStatus.VALID
    newer = codes.reissue_code(demo_store, 7)
    assert codes.resolve(demo_store, new).status == CodeStatus.REVOKED
    assert codes.resolve(demo_store, newer).status == CodeStatus.VALID


def test_concurrent_reissues_converge(demo_store: EventStore, tmp_path: Path) -> None:
    second = tmp_path / "b.checkin"
    demo_store.backup(second)
    with EventStore.open(second) as b:
        b.conn.execute("UPDATE meta SET value = '\"desk-b\"' WHERE key = 'station_id'")
    original = demo_store.attendee(8).code
    with EventStore.open(second) as b:
        codes.reissue_code(b, 8)
        code_b = codes.reissue_code(b, 8)  # generation 2 on this station, 1 on the other
        code_a = codes.reissue_code(demo_store, 8)
        assert len({original, code_a, code_b}) == 3
        ledger.merge(b, demo_store.journal.records())
        ledger.merge(demo_store, b.journal.records())
        states = []
        for store in (demo_store, b):
            current = store.attendee(8).code
            states.append((current, sorted(r[0] for r in store.conn.execute(
                "SELECT code FROM revoked_codes WHERE attendee_id = 8"))))
        assert states[0] == states[1]
        current, revoked = states[0]
        assert current in (code_a, code_b)
        assert set(revoked) == {original, code_a, code_b} - {current}
        assert codes.resolve(b, current).status == CodeStatus.VALID


def test_foreign_ticket_secret(demo_store: EventStore) -> None:
    demo_store.set_attendee_fields(9, {"code": "x7kq2mpz4hva9rtc"})  # a pretix-style secret
    check = codes.resolve(demo_store, "x7kq2mpz4hva9rtc")
    assert (check.status, check.attendee_id, check.issuer) == (CodeStatus.FOREIGN, 9, "")
    # the same secret through a German scanner on a US laptop (y/z swapped) still finds the guest
    from checkin.core.keyboard_layouts import type_through

    demo_store.set_attendee_fields(10, {"code": "zyzzyva2026"})
    assert codes.resolve(demo_store, type_through("zyzzyva2026", "de", "us")).attendee_id == 10
    assert codes.resolve(demo_store, "x7kq2mpz4hva9rtd").status == CodeStatus.INVALID


def test_foreign_secret_reissue(demo_store: EventStore) -> None:
    demo_store.set_attendee_fields(11, {"code": "EB-4711-0815"})
    new = codes.reissue_code(demo_store, 11)
    assert codes.resolve(demo_store, "EB-4711-0815").status == CodeStatus.REVOKED
    assert codes.resolve(demo_store, new).status == CodeStatus.VALID


def test_verify_code_keeps_v1_api(demo_store: EventStore) -> None:
    a = demo_store.attendee(1)
    assert codes.verify_code(demo_store, a.code).attendee_id == 1


def test_copy_of_file_keeps_working(demo_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.checkin"
    shutil.copy(demo_path, copy)
    with EventStore.open(copy) as store:
        assert codes.resolve(store, store.attendee(1).code).status == CodeStatus.VALID


def test_cli_verify_and_reissue(cli, demo_path: Path) -> None:
    from checkin.core.keyboard_layouts import type_through

    with EventStore.open(demo_path) as store:
        old = store.attendee(13).code
    typed = type_through(old, "us", "de", caps=True)
    proc = cli("verify", str(demo_path), typed, "--json")
    assert proc.returncode == 0, proc.stderr
    out = __import__("json").loads(proc.stdout)
    assert (out["status"], out["attendee_id"], out["code"], out["repaired"]) == ("valid", 13, old, True)
    new = cli("reissue", str(demo_path), "13").stdout.strip()
    assert re.fullmatch(r"[A-Z2-7]{100,130}", new)
    again = cli("verify", str(demo_path), old)
    assert again.returncode == 3 and again.stdout.startswith("revoked")
    assert cli("verify", str(demo_path), "nonsense").returncode == 3
    assert cli("reissue", str(demo_path), "999999").returncode != 0
