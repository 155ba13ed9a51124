"""File names for one guest's document (letter, certificate): the id and the name, transliterated to ASCII.

A mail tool, a zip file or a Windows share may mangle other characters, so "清华 王" becomes
"00004-Wang-QingHua.pdf" rather than "00004-guest.pdf"; the document itself spells the name as stored.
"""

from __future__ import annotations

import re

from .textfold import ascii_spelling

_NOT_SAFE = re.compile(r"[^A-Za-z0-9]+")
# Greek "ου" is "ou" in every romanisation a Greek guest uses (ELOT 743, the passport): letter by letter it
# came out "Papadopoylos" beside the desk's "papadopoulos".
_GREEK_OU = re.compile(r"([οόΟΌ])([υύΥΎ])")


def _ou(match: re.Match[str]) -> str:
    o, u = match.groups()
    return ("O" if o in "ΟΌ" else "o") + ("U" if u in "ΥΎ" else "u")


def ascii_name(text: str) -> str:
    """``text`` transliterated to ASCII (anyascii: Pinyin, Hepburn, Arabic, Hebrew, Greek, Cyrillic …)."""
    return ascii_spelling(_GREEK_OU.sub(_ou, text))


def guest_file_name(attendee_id: int, last_name: str, first_name: str, suffix: str = ".pdf") -> str:
    stem = _NOT_SAFE.sub("-", ascii_name(f"{last_name or ''} {first_name or ''}")).strip("-")[:60].strip("-")
    return f"{attendee_id:05d}-{stem or 'guest'}{suffix}"
