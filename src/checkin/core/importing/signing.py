"""Signed codes for many new attendees at once.

One Ed25519 signature plus Base32 costs ~60-100 us in Python, i.e. 3-5 s for 50,000 people: more than the
whole import budget. Large batches are signed in worker processes while the importer keeps parsing and
preparing rows; the output is byte-identical to ``codes.issue_code``.
"""

from __future__ import annotations

import base64
import multiprocessing
import sys
import threading
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from typing import TYPE_CHECKING

from .. import codes

if TYPE_CHECKING:
    from ..store import EventStore

PARALLEL_FROM = 3000  # below this, process start-up costs more than it saves
WORKERS = 2


def _sign_range(private_raw: bytes, public_raw: bytes, first: int, count: int) -> list[str]:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.from_private_bytes(private_raw)
    return [codes.make_code(key, public_raw, i) for i in range(first, first + count)]


class CodeBatch:
    """Codes for ids first .. first+count-1, signed in the background; ``get(id)`` waits for its chunk."""

    def __init__(self, store: EventStore, first: int, count: int) -> None:
        private_b64 = store.get_meta("private_key")
        self.available = bool(private_b64) and bool(store.get_meta("public_key"))
        self.first, self.count = first, count
        self._chunks: list[tuple[int, int, Future[list[str]] | list[str]]] = []
        self._pool: Executor | None = None
        if not self.available or count <= 0:
            return
        private_raw = base64.b64decode(private_b64)
        public_raw = base64.b64decode(store.get_meta("public_key"))
        # A frozen app (PyInstaller) would start itself again for each worker unless main() calls
        # multiprocessing.freeze_support(): sign in-process there.
        if count < PARALLEL_FROM or getattr(sys, "frozen", False):
            self._chunks.append((first, count, _sign_range(private_raw, public_raw, first, count)))
            return
        # fork is cheap and safe while the process has one thread (CLI); with threads (GUI) spawn is the safe one.
        method = "fork" if threading.active_count() == 1 else "spawn"
        self._pool = ProcessPoolExecutor(WORKERS, mp_context=multiprocessing.get_context(method))
        step = -(-count // (WORKERS * 2))
        for start in range(first, first + count, step):
            n = min(step, first + count - start)
            self._chunks.append((start, n, self._pool.submit(_sign_range, private_raw, public_raw, start, n)))

    def codes(self, ids: list[int]) -> list[str]:
        """Codes for ``ids`` (each inside the batch's range), in order."""
        resolved: list[tuple[int, int, list[str]]] = []
        for start, n, chunk in self._chunks:
            resolved.append((start, n, chunk.result() if isinstance(chunk, Future) else chunk))
        out = []
        for attendee_id in ids:
            for start, n, values in resolved:
                if start <= attendee_id < start + n:
                    out.append(values[attendee_id - start])
                    break
            else:
                raise ValueError(f"id {attendee_id} outside the signed range")
        return out

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
