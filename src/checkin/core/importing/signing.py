"""Signed codes for many new attendees at once.

One ``codes.issue_code`` costs ~80 us here (Ed25519 ~55 us, Base32 in pure Python ~18 us), i.e. 4 s for
50,000 people: more than the whole import budget. Here the header is built once per batch, Base32 runs over
the whole batch in numpy, and large batches are signed in worker processes while the importer keeps parsing
and preparing rows; the output is byte-identical to ``codes.issue_code``.
"""

from __future__ import annotations

import base64
import multiprocessing
import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from typing import TYPE_CHECKING

from .. import codes
from ..childproc import die_with_parent, start_method

if TYPE_CHECKING:
    from ..store import EventStore

PARALLEL_FROM = 3000  # below this, process start-up costs more than it saves
WORKERS = 2
_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _signer(private_raw: bytes) -> Callable[[bytes], bytes]:
    # libsodium (PyNaCl) signs in ~28 us, OpenSSL through cryptography in ~55 us here; Ed25519 signatures are
    # deterministic, so both give the same bytes.
    try:
        from nacl.bindings import crypto_sign, crypto_sign_seed_keypair
    except ImportError:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return Ed25519PrivateKey.from_private_bytes(private_raw).sign
    secret = crypto_sign_seed_keypair(private_raw)[1]
    return lambda message: crypto_sign(message, secret)[:64]


def b32_many(blobs: Sequence[bytes]) -> list[str]:
    """``codes._b32`` (Base32, no padding) of many byte strings of one length, vectorised."""
    if not blobs:
        return []
    import numpy as np

    size = len(blobs[0])
    if any(len(b) != size for b in blobs):
        return [codes._b32(b) for b in blobs]
    width = -(-size // 5) * 5  # whole 40-bit groups; the zero bits added are what b32encode pads with too
    data = np.zeros((len(blobs), width), dtype=np.uint8)
    data[:, :size] = np.frombuffer(b"".join(blobs), dtype=np.uint8).reshape(len(blobs), size)
    bits = np.unpackbits(data, axis=1).reshape(len(blobs), width * 8 // 5, 5)
    digits = bits @ np.array([16, 8, 4, 2, 1], dtype=np.uint8)
    nchars = -(-size * 8 // 5)
    text = np.frombuffer(_B32, dtype=np.uint8)[digits[:, :nchars]].tobytes().decode("ascii")
    return [text[i:i + nchars] for i in range(0, len(text), nchars)]


def sign_ids(private_raw: bytes, public_raw: bytes, ids: Sequence[int]) -> list[str]:
    """``codes.make_code`` for each id, in order."""
    prefix = bytes([codes.VERSION]) + codes.event_tag(public_raw)
    sign = _signer(private_raw)
    blobs = []
    for attendee_id in ids:
        if not 0 <= attendee_id < 2 ** 40:
            raise ValueError(f"attendee id out of range: {attendee_id}")
        header = prefix + attendee_id.to_bytes(5, "big")
        blobs.append(header + sign(header))
    return b32_many(blobs)


class CodeBatch:
    """Codes for the given ids, signed in the background; ``codes(ids)`` waits for them."""

    def __init__(self, store: EventStore, ids: Sequence[int]) -> None:
        private_b64 = store.get_meta("private_key")
        self.available = bool(private_b64) and bool(store.get_meta("public_key"))
        self._chunks: list[tuple[Sequence[int], Future[list[str]] | list[str]]] = []
        self._pool: Executor | None = None
        if not self.available or not ids:
            return
        private_raw = base64.b64decode(private_b64)
        public_raw = base64.b64decode(store.get_meta("public_key"))
        # A frozen app (PyInstaller) would start itself again for each worker unless main() calls
        # multiprocessing.freeze_support(): sign in-process there.
        if len(ids) < PARALLEL_FROM or getattr(sys, "frozen", False):
            self._chunks.append((ids, sign_ids(private_raw, public_raw, ids)))
            return
        # fork is cheap and safe while the process has one thread (CLI); with threads (GUI) spawn is the safe one.
        method = start_method()  # counts Qt's threads too: the app must never fork itself
        # Workers die with this process: a killed import must not leave them holding the event file.
        self._pool = ProcessPoolExecutor(WORKERS, mp_context=multiprocessing.get_context(method),
                                         initializer=die_with_parent, initargs=(os.getpid(),))
        step = -(-len(ids) // (WORKERS * 2))
        for start in range(0, len(ids), step):
            part = ids[start:start + step]
            self._chunks.append((part, self._pool.submit(sign_ids, private_raw, public_raw, part)))

    def codes(self, ids: list[int]) -> list[str]:
        """Codes for ``ids`` (each one the batch was made for), in order."""
        by_id: dict[int, str] = {}
        for part, chunk in self._chunks:
            by_id.update(zip(part, chunk.result() if isinstance(chunk, Future) else chunk, strict=True))
        try:
            return [by_id[attendee_id] for attendee_id in ids]
        except KeyError as exc:
            raise ValueError(f"id {exc.args[0]} outside the signed batch") from None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
