"""Columns recognised by what they hold, where the header says nothing (an unknown word, or no header row at all):
e-mail addresses, countries, phone numbers, and names."""

from __future__ import annotations

import re

from . import values as V
from .headers import EXTRA, FULL_NAME
from .names import valid_email

SAMPLE = 200  # values looked at per column
SHARE = 0.8  # of the non-empty values that must fit
_PHONE = re.compile(r"^\+?[\d\s()/.\-]{6,}$")
_WORD = re.compile(r"^[^\W\d_]+(?:[.'’\-][^\W\d_]*)*\.?$")


def _fits(values: list[str], test) -> bool:
    filled = [v for v in values if v]
    return bool(filled) and sum(1 for v in filled if test(v)) >= SHARE * len(filled)


def _phone(value: str) -> bool:
    # An international or trunk prefix: a bare run of digits is as likely a member or order number.
    return bool(_PHONE.match(value)) and value[:1] in "+0(" and sum(c.isdigit() for c in value) >= 7


def _words(value: str, low: int, high: int) -> bool:
    parts = value.split()
    return low <= len(parts) <= high and all(_WORD.match(p) for p in parts)


def looks_like_data(row: list[str]) -> bool:
    """A first row holding an e-mail address is a person, not a header."""
    return any(valid_email(c.strip()) for c in row)


def recognise(headers: list[str], targets: list[str], rows: list[list[str]]) -> list[str]:
    """``targets`` with the unmapped (``extra``) columns that plainly hold e-mails, countries, phone numbers or
    names mapped to them; a field already mapped elsewhere is left alone."""
    out = list(targets)
    columns = {i: [r[i].strip() for r in rows[:SAMPLE] if i < len(r)] for i, t in enumerate(out) if t == EXTRA}
    checks = (("email", valid_email), ("country", lambda v: V.country(v) is not None), ("phone", _phone))
    for field, test in checks:
        if field in out:
            continue
        for i, values in columns.items():
            if out[i] == EXTRA and _fits(values, test):
                out[i] = field
                break
    if not {"first_name", "last_name", FULL_NAME} & set(out):
        free = [i for i in columns if out[i] == EXTRA]
        singles = [i for i in free if _fits(columns[i], lambda v: _words(v, 1, 1))]
        pair = next(((a, b) for a, b in zip(singles, singles[1:], strict=False) if b == a + 1), None)
        full = next((i for i in free if _fits(columns[i], lambda v: _words(v, 2, 5))), None)
        if pair is not None and (full is None or pair[0] < full):
            out[pair[0]], out[pair[1]] = "first_name", "last_name"
        elif full is not None:
            out[full] = FULL_NAME
    return out
