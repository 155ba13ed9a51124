"""Helpers for bulk work (imports of tens of thousands of rows)."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: a bulk load allocates hundreds of thousands of lists, tuples and
    dicts and frees almost none, so the collector would walk them again and again (a third of a 50,000-row
    import's time here). Reference counting still frees everything; the collector resumes afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class Memo(dict):
    """``memo[value]`` is ``fn(value)``, computed once per distinct value: a guest list repeats its countries,
    categories, titles and first names thousands of times."""

    def __init__(self, fn: Callable[[Any], Any]) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, key: Any) -> Any:
        value = self[key] = self.fn(key)
        return value
