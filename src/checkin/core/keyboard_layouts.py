"""Real character maps of the keyboard layouts a desk meets (US, German QWERTZ, French AZERTY).

A keyboard-wedge scanner does not send characters: it sends key presses for the characters it decoded,
chosen by the layout the *scanner* is configured for. The laptop turns those key presses back into
characters with *its* layout (and its Caps Lock state). If the two layouts differ, "Y" arrives as "Z" on a
German laptop and "2" arrives as "é" on a French one. We undo that for a whole string at once: map each
character back to the key (and shift state) that produced it on the host layout, then read that key on the
scanner's layout. Which assumption was right is decided by the caller (a code whose signature verifies).

Keys are named by their ISO/xkb position (AE01 = the "1" key, AD01 = the top-left letter key, ...).
Each key has (unshifted, shifted) characters; "" marks a key that produces nothing printable (dead keys).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType

# Rows in xkb order; each string lists the keys' characters as "unshifted shifted" pairs.
_ROW_KEYS = MappingProxyType({
    "TLDE": ["TLDE"],
    "AE": [f"AE{i:02d}" for i in range(1, 13)],
    "AD": [f"AD{i:02d}" for i in range(1, 13)],
    "AC": [f"AC{i:02d}" for i in range(1, 12)],
    "BKSL": ["BKSL"],
    "LSGT": ["LSGT"],
    "AB": [f"AB{i:02d}" for i in range(1, 11)],
})


def _pairs(keys: list[str], spec: str) -> dict[str, tuple[str, str]]:
    pairs = spec.split(" ")
    if len(pairs) != len(keys):
        raise ValueError(f"layout row has {len(pairs)} keys, expected {len(keys)}: {spec}")
    # "·" stands for a dead key (no character until the next key press).
    return {k: (p[0].replace("·", ""), p[1].replace("·", "")) for k, p in zip(keys, pairs, strict=True)}


@dataclass(frozen=True)
class Layout:
    name: str
    keys: dict[str, tuple[str, str]]
    # Keys on which Caps Lock acts like Shift (letters; on French Windows also the number row).
    caps_keys: frozenset[str]
    # What Caps Lock makes of other unshifted characters (Linux/xkb: "é" -> "É", German "ß" -> "ẞ").
    caps_upper: dict[str, str] = field(default_factory=dict)

    def type_char(self, ch: str) -> tuple[str, bool]:
        """The key and shift state that type ``ch`` on this layout."""
        for key, (lower, _upper) in self.keys.items():
            if lower == ch:
                return key, False
        for key, (_lower, upper) in self.keys.items():
            if upper == ch:
                return key, True
        raise KeyError(f"{ch!r} cannot be typed on the {self.name} layout")

    def produce(self, key: str, shift: bool, caps: bool = False) -> str:
        """The character this layout gives for a key press."""
        level = shift ^ (caps and key in self.caps_keys)
        ch = self.keys[key][int(level)]
        if caps and not shift and key not in self.caps_keys:
            ch = self.caps_upper.get(ch, ch)
        return ch


def _letters(keys: dict[str, tuple[str, str]]) -> frozenset[str]:
    return frozenset(k for k, (lo, up) in keys.items() if lo.isalpha() and up == lo.upper() and lo != up)


def _layout(name: str, rows: dict[str, str], *, caps_extra: tuple[str, ...] = (),
            caps_upper: dict[str, str] | None = None) -> Layout:
    keys: dict[str, tuple[str, str]] = {}
    for row, spec in rows.items():
        keys.update(_pairs(_ROW_KEYS[row], spec))
    return Layout(name, keys, _letters(keys) | frozenset(caps_extra), dict(caps_upper or {}))


US = _layout("us", {
    "TLDE": "`~",
    "AE": "1! 2@ 3# 4$ 5% 6^ 7& 8* 9( 0) -_ =+",
    "AD": "qQ wW eE rR tT yY uU iI oO pP [{ ]}",
    "AC": "aA sS dD fF gG hH jJ kK lL ;: '\"",
    "BKSL": "\\|",
    "LSGT": "\\|",  # the extra key of ISO keyboards sold with US layout
    "AB": "zZ xX cC vV bB nN mM ,< .> /?",
})

DE = _layout("de", {
    "TLDE": "·°",  # ^ is a dead key
    "AE": "1! 2\" 3§ 4$ 5% 6& 7/ 8( 9) 0= ß? ··",  # ´ and ` are dead keys
    "AD": "qQ wW eE rR tT zZ uU iI oO pP üÜ +*",
    "AC": "aA sS dD fF gG hH jJ kK lL öÖ äÄ",
    "BKSL": "#'",
    "LSGT": "<>",
    "AB": "yY xX cC vV bB nN mM ,; .: -_",
})

_FR_ROWS = MappingProxyType({
    "TLDE": "²·",
    "AE": "&1 é2 \"3 '4 (5 -6 è7 _8 ç9 à0 )° =+",
    "AD": "aA zZ eE rR tT yY uU iI oO pP ·· $£",  # ^ and ¨ are dead keys
    "AC": "qQ sS dD fF gG hH jJ kK lL mM ù%",
    "BKSL": "*µ",
    "LSGT": "<>",
    "AB": "wW xX cC vV bB nN ,? ;. :/ !§",
})
# Windows: Caps Lock on the French number row types the digits.
FR = _layout("fr", _FR_ROWS, caps_extra=tuple(f"AE{i:02d}" for i in range(1, 11)))
# Linux (xkb): Caps Lock leaves & " ' ( - _ ) as they are and gives capital accented letters É È Ç À Ù.
FR_LINUX = _layout("fr-linux", _FR_ROWS, caps_upper={"é": "É", "è": "È", "ç": "Ç", "à": "À", "ù": "Ù"})
# Linux (xkb): Caps Lock on the German ß key gives the capital ẞ (Windows keeps ß).
DE_LINUX = Layout("de-linux", DE.keys, DE.caps_keys, {"ß": "ẞ"})

# The layouts a scanner can be set to; the hosts add how Linux treats Caps Lock where it differs.
LAYOUTS: Mapping[str, Layout] = MappingProxyType({"us": US, "de": DE, "fr": FR})
HOSTS: Mapping[str, Layout] = MappingProxyType({**LAYOUTS, "de-linux": DE_LINUX, "fr-linux": FR_LINUX})


def base_layout(host: str) -> str:
    """The key map a host layout shares with a scanner setting ("fr-linux" -> "fr")."""
    return host.partition("-")[0]


def type_through(text: str, scanner: Layout | str, host: Layout | str, *, caps: bool = False) -> str:
    """What arrives on a ``host`` laptop when a scanner configured for ``scanner`` types ``text``."""
    scanner = HOSTS[scanner] if isinstance(scanner, str) else scanner
    host = HOSTS[host] if isinstance(host, str) else host
    out = []
    for ch in text:
        key, shift = scanner.type_char(ch)
        out.append(host.produce(key, shift, caps))
    return "".join(out)


@cache
def _reverse(host_name: str, caps: bool) -> dict[str, tuple[str, bool]]:
    """Host character -> (key, shift pressed) under a Caps Lock state (unshifted presses win ties)."""
    host = HOSTS[host_name]
    rev: dict[str, tuple[str, bool]] = {}
    for shift in (False, True):
        for key in host.keys:
            ch = host.produce(key, shift, caps)
            if ch:
                rev.setdefault(ch, (key, shift))
    return rev


def unmangle(text: str, scanner: str, host: str, *, caps: bool = False) -> str | None:
    """Undo ``type_through``: what the scanner meant, assuming these layouts; None if impossible."""
    rev = _reverse(host, caps)
    keys = LAYOUTS[scanner].keys
    out = []
    for ch in text:
        hit = rev.get(ch)
        if hit is None:
            return None
        meant = keys.get(hit[0], ("", ""))[int(hit[1])]
        if not meant:
            return None
        out.append(meant)
    return "".join(out)


# Pairs worth trying at a desk: (scanner layout, host layout), Linux and Windows hosts alike.
PAIRS: tuple[tuple[str, str], ...] = tuple((a, b) for a in LAYOUTS for b in HOSTS if base_layout(b) != a)


def iter_candidates(text: str) -> Iterator[str]:
    """The text as typed first, then every distinct whole-string repair (layout pairs, Caps Lock on/off).

    Lazy: a code that verifies as typed (the common case) costs no repair work.
    """
    seen = {text}
    yield text

    def variants() -> Iterator[str | None]:
        yield text.swapcase()  # same layout, Caps Lock on (letters only)
        for name in HOSTS:  # same layout, Caps Lock on (French Windows: also the number row; Linux: É, ẞ)
            yield unmangle(text, base_layout(name), name, caps=True)
        for scanner, host in PAIRS:
            for caps in (False, True):
                yield unmangle(text, scanner, host, caps=caps)

    for cand in variants():
        if cand and cand not in seen:
            seen.add(cand)
            yield cand


def repair_candidates(text: str) -> list[str]:
    return list(iter_candidates(text))
