"""Keyboard-layout repair with the real US / German / French maps, as a mismatched scanner types them."""

from __future__ import annotations

import itertools

import pytest

from checkin.core import codes
from checkin.core.codes import CodeStatus
from checkin.core.keyboard_layouts import (
    DE,
    FR,
    HOSTS,
    LAYOUTS,
    US,
    repair_candidates,
    type_through,
    unmangle,
)
from checkin.core.store import EventStore

# Every scanner setting on every host, Windows and Linux (their Caps Lock differs on AZERTY and QWERTZ).
COMBOS = [(a, b, caps) for a, b in itertools.product(LAYOUTS, HOSTS) for caps in (False, True)]


def test_real_maps_spot_checks() -> None:
    # the keys every desk worker has met: Y/Z swap, A/Q and Z/W swap, the AZERTY number row, M beside L
    assert type_through("YZ", "us", "de") == "ZY"
    assert type_through("AQZWM", "us", "fr") == "QAWZ?"
    assert type_through("234567", "us", "fr") == "é\"'(-è"
    assert type_through("234567", "us", "fr", caps=True) == "234567"  # Windows: Caps Lock types digits
    assert type_through("A2", "us", "de", caps=True) == "a2"
    assert type_through("@", "us", "de") == '"'
    assert type_through("1", "fr", "us") == "!"
    assert DE.produce("AD06", False) == "z" and US.produce("AD06", False) == "y"
    assert FR.produce("AC10", True) == "M" and US.produce("AC10", False) == ";"
    assert unmangle("é\"'(-è", "us", "fr") == "234567"
    assert unmangle("ÉÈ", "us", "fr-linux", caps=True) == "27"  # Linux (xkb): Caps Lock gives capital accents
    assert type_through("1234567890", "us", "fr-linux", caps=True) == "&É\"'(-È_ÇÀ"  # & " ' ( - _ stay
    assert unmangle("&É\"'(-È_ÇÀ", "us", "fr-linux", caps=True) == "1234567890"
    assert type_through("-", "us", "de-linux", caps=True) == "ẞ" and type_through("-", "us", "de", caps=True) == "ß"


def _mangled_codes(store: EventStore) -> list[tuple[int, str]]:
    # attendees whose codes contain the characters layouts disagree on (Y, Z, A, Q, W, M, digits)
    picked = []
    for a in store.iter_attendees():
        if all(ch in a.code for ch in "YZAQWM2"):
            picked.append((a.id, a.code))
        if len(picked) == 3:
            break
    assert picked
    return picked


@pytest.mark.parametrize(("scanner", "host", "caps"), COMBOS)
def test_mangled_scanner_input_resolves(demo_store: EventStore, scanner: str, host: str, caps: bool) -> None:
    for attendee_id, code in _mangled_codes(demo_store):
        typed = type_through(code, scanner, host, caps=caps)
        if scanner != host.partition("-")[0] or caps:
            assert typed != code  # the test really exercises a mangled string
        check = codes.resolve(demo_store, typed)
        assert (check.status, check.attendee_id, check.text) == (CodeStatus.VALID, attendee_id, code)


@pytest.mark.parametrize(("scanner", "host", "caps"), COMBOS)
def test_mangled_forgery_stays_rejected(demo_store: EventStore, scanner: str, host: str, caps: bool) -> None:
    _, code = _mangled_codes(demo_store)[0]
    forged = code[:50] + ("B" if code[50] != "B" else "C") + code[51:]
    assert codes.resolve(demo_store, type_through(forged, scanner, host, caps=caps)).status == CodeStatus.INVALID


def test_mangled_station_code_resolves(demo_store: EventStore) -> None:
    code = codes.issue_station_code(demo_store, 12, generation=3)  # master: event-signed v2
    for scanner, host, caps in COMBOS:
        assert codes.resolve(demo_store, type_through(code, scanner, host, caps=caps)).attendee_id == 12


def test_candidates_start_with_text_as_typed() -> None:
    cands = repair_candidates("QH'R?")
    assert cands[0] == "QH'R?" and "AH4RM" in cands and len(cands) == len(set(cands))
