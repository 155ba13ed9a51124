"""Bounds on what a message or bundle may expand to, and strict types for what it says.

Whoever holds the sync secret may still be a broken or hostile station: every payload is inflated within a
byte limit, counted before it is parsed (items and containers, so a small text cannot become a huge tree),
parsed with nesting depth bounded by Python's recursion guard, and then checked field by field. Every failure
is a ``Malformed`` (a ``ValueError``): one line to the sender, never a dropped connection or a traceback.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from typing import Any

MAX_INT = 2**53  # sequence numbers, clocks, ids: anything larger is not one of ours
MAX_TEXT = 256  # station names, record ids, kinds, operators


class Malformed(ValueError):
    """A payload that is too large, too deep, or of the wrong shape."""


@dataclass(frozen=True)
class JsonBudget:
    inflated: int  # bytes of JSON text after decompression
    items: int  # values (counted from ',' and ':' before parsing; strings that hold them only count high)
    containers: int  # lists and objects ('[' and '{')


def inflate(data: bytes, limit: int) -> bytes:
    """zlib-inflate at most ``limit`` bytes; more is refused without ever holding it."""
    try:
        d = zlib.decompressobj()
        out = d.decompress(data, limit)
        if d.unconsumed_tail or (not d.eof and d.decompress(b"", 1)):
            raise Malformed(f"inflates to more than {limit // (1024 * 1024)} MB")
    except zlib.error as exc:
        raise Malformed(f"damaged compression ({exc})") from None
    return out


def inflated_size(data: bytes, limit: int, chunk: int = 1024 * 1024) -> int:
    """What ``data`` inflates to, measured a chunk at a time (memory: one chunk), stopping past ``limit``."""
    d = zlib.decompressobj()
    size, rest = 0, data
    try:
        while True:
            size += len(d.decompress(rest, chunk))
            if size > limit:
                return size
            rest = d.unconsumed_tail
            if not rest:
                size += len(d.flush())
                return size
    except zlib.error as exc:
        raise Malformed(f"damaged compression ({exc})") from None


def parse_json(raw: bytes, budget: JsonBudget) -> Any:
    if len(raw) > budget.inflated:
        raise Malformed(f"more than {budget.inflated // (1024 * 1024)} MB of data")
    if raw.count(b",") + raw.count(b":") > budget.items:
        raise Malformed(f"more than {budget.items:,} values")
    if raw.count(b"[") + raw.count(b"{") > budget.containers:
        raise Malformed(f"more than {budget.containers:,} lists or objects")
    try:
        return json.loads(raw)
    except RecursionError:
        raise Malformed("nested too deeply") from None
    except (ValueError, UnicodeDecodeError) as exc:  # includes ints past Python's 4,300-digit limit
        raise Malformed(f"not valid JSON ({str(exc)[:80]})") from None


def integer(value: Any, what: str, lo: int = 0, hi: int = MAX_INT) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise Malformed(f"{what} must be a whole number from {lo} to {hi}")
    return value


def number(value: Any, what: str, lo: float, hi: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not lo <= value <= hi:
        raise Malformed(f"{what} must be a number from {lo:g} to {hi:g}")
    return float(value)


def text(value: Any, what: str, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise Malformed(f"{what} must be text of at most {limit} characters")
    return value


def vector(value: Any, what: str = "vector") -> dict[str, int]:
    """A version vector: station name -> highest sequence number."""
    if value is None:
        return {}
    if not isinstance(value, dict) or len(value) > 10_000:
        raise Malformed(f"{what} must be an object of stations")
    return {text(k, f"{what} station"): integer(v, f"{what} sequence") for k, v in value.items()}


def texts(value: Any, what: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or len(value) > 10_000:
        raise Malformed(f"{what} must be a list")
    return [text(v, what) for v in value]
