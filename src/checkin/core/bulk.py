"""Helpers for bulk work (imports of tens of thousands of rows)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


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
