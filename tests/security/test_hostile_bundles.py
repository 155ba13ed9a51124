"""Bundles made with the event's secret but hostile inside: each costs one line and a bounded amount of memory."""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from checkin.core.store import EventStore
from checkin.core.sync.bundles import MAGIC
from checkin.core.sync.secret import ensure_secret, event_keys

from .measure import run_measured, run_python_measured

pytestmark = pytest.mark.timeout(120)


def _seal(path: Path, keys, compressed: bytes) -> Path:
    header = MAGIC + keys.key_id + os.urandom(12)
    path.write_bytes(header + ChaCha20Poly1305(keys.bundle).encrypt(header[16:28], compressed, header))
    return path


_IMPORT_EACH = """
import json, sys
from checkin.core.store import EventStore
from checkin.core.sync.bundles import BundleError, import_bundle
reasons = []
with EventStore.open(sys.argv[1]) as store:
    for path in sys.argv[2:]:
        try:
            import_bundle(store, path)
            reasons.append("")
        except BundleError as exc:
            reasons.append(str(exc))
print(json.dumps(reasons))
"""


def _bomb(inflated: int) -> bytes:
    z = zlib.compressobj(9)
    chunk = bytes(16 * 1024 * 1024)
    parts = [z.compress(chunk) for _ in range(inflated // len(chunk))]
    return b"".join(parts) + z.flush()


def test_hostile_bundles_are_refused_in_one_line(demo_path: Path, tmp_path: Path) -> None:
    with EventStore.open(demo_path) as store:
        ensure_secret(store)
        keys = event_keys(store, create=False)
        before = store.conn.execute("SELECT COUNT(*) FROM journal").fetchone()[0]

    def doc(records: object) -> bytes:
        return json.dumps({"format": "checkin-bundle", "version": 1, "event_id": keys.event_id,
                           "station": "x", "created": "2026-01-01T00:00:00", "records": records}).encode()

    rec = {"record_id": "r1", "station_id": "x", "operator": "", "seq": 1, "lamport": 1,
           "wall_time": "2026-01-01T00:00:00+00:00", "kind": "checkin", "attendee_id": 1, "data": {}}
    hostile = {
        "bomb": _bomb(256 * 1024 * 1024),  # 250 KB that inflate to 256 MB (the limit is 64 MB)
        "list": zlib.compress(b"[1, 2, 3]"),
        "deep": zlib.compress(b"[" * 100_000 + b"]" * 100_000),
        "huge int": zlib.compress(doc([{**rec, "seq": 10**300}])),
        "float id": zlib.compress(doc([{**rec, "attendee_id": 1e400}]).replace(b"Infinity", b"1e400")),
        "wrong types": zlib.compress(doc({"a": 1})),
        "record list": zlib.compress(doc([[1, 2, 3]])),
        "many values": zlib.compress(doc([]).replace(b"[]", b"[" + b"0," * 3_500_000 + b"0]"), 1),
        # The largest within the bounds: 3 million distinct short texts, then 47 MB of text outside Latin-1.
        "most values": zlib.compress(doc([]).replace(b"[]", b"[" + b",".join(
            b'"%x"' % i for i in range(2_900_000)) + b"]"), 1),
        "wide text": zlib.compress(doc([]).replace(b"[]", b'["' + "\U0001f600".encode() * 11_500_000 + b'"]'), 1),
    }
    assert len(hostile["bomb"]) < 1024 * 1024
    paths = [_seal(tmp_path / f"{name.replace(' ', '-')}.ckbundle", keys, blob) for name, blob in hostile.items()]
    # As a user meets one: the command says one line.
    out = run_measured("bundle", "import", str(demo_path), str(paths[0]))
    assert out.one_line_refusal() and "inflates to more than 48 MB" in out.stderr, out.stderr
    # All of them in one process (start-up once): each refused with a one-line reason, the worst under 500 MB.
    out = run_python_measured(_IMPORT_EACH, str(demo_path), *map(str, paths))
    reasons = json.loads(out.stdout)
    print(f"peak {out.peak_mb:.0f} MB", *reasons, sep="\n")
    assert out.returncode == 0 and len(reasons) == len(paths), out.stderr
    for name, reason in zip(hostile, reasons, strict=True):
        assert reason and "\n" not in reason and ("station bundle" in reason or "malformed records" in reason), \
            (name, reason)
    assert out.peak_mb < 500, out.peak_mb
    elsewhere = tmp_path / "private"
    elsewhere.mkdir()
    _seal(elsewhere / "real.ckbundle", keys, zlib.compress(doc([])))
    (tmp_path / "stick").mkdir()
    (tmp_path / "stick" / "desk2.ckbundle").symlink_to(elsewhere / "real.ckbundle")
    out = run_measured("bundle", "import", str(demo_path), str(tmp_path / "stick" / "desk2.ckbundle"))
    assert out.one_line_refusal() and "link to a file outside its folder" in out.stderr
    with EventStore.open(demo_path) as store:
        assert store.conn.execute("SELECT COUNT(*) FROM journal").fetchone()[0] == before
