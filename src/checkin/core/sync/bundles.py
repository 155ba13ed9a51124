"""Station bundles: a desk's journal on a USB stick, for desks that never share a network.

File format (``*.ckbundle``)::

    offset size  field
    0      8     magic b"CKBNDL01"
    8      8     key id (from the event's sync secret; tells "another event or secret" without decrypting)
    16     12    nonce (random)
    28     ...   ChaCha20-Poly1305 (key = HKDF(sync secret, "station bundle")) over zlib(JSON), AAD = bytes 0-27

``CKBNDL02`` (issue 25): the same, sealed with HKDF(staff secret, "staff bundle"): a full bundle that desk copies
and the organiser open and helper copies (which lack the staff secret) cannot.

The JSON is ``{"format": "checkin-bundle", "version": 1, "event_id", "station", "created", "for", "proof",
"records": [...]}`` with every journal record (walk-ins and corrections are journal records too, so what a check-in refers to
travels with it). Importing merges by record id: twice is the same as once, and the order of bundles never
changes derived arrivals (earliest admission wins; later ones become double admissions).

Issue 25: a bundle made ``for`` a helper holds no e-mails, phones, desk notes or extra fields. ``proof`` is the
writing station's signature over the records (``trust``): the importing station merges what the proven role
may write and keeps the rest aside, exactly as from a live peer; a bundle without a proof counts as a helper's.
"""

from __future__ import annotations

import hashlib
import json
import os
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from . import trust
from .exchange import records_from_json
from .limits import JsonBudget, Malformed, inflate, inflated_size, parse_json
from .peers import utcnow
from .secret import SyncError, event_keys

if TYPE_CHECKING:
    from ..store import EventStore, MergeResult

MAGIC = b"CKBNDL01"
MAGIC_STAFF = b"CKBNDL02"  # issue 25: sealed with the staff key (desks and the organiser only)
HEADER = 28
MAX_BUNDLE = 64 * 1024 * 1024  # on the stick; a 50,000-guest day's journal is a few MB
# What a bundle may inflate to and hold: 48 MB of JSON is ~200,000 records, several times a big event's journal;
# the worst file within these bounds parses in under 500 MB (tests/security/test_hostile_bundles.py).
BUNDLE_BUDGET = JsonBudget(inflated=48 * 1024 * 1024, items=3_000_000, containers=600_000)
MAX_RECORDS = 300_000


class BundleError(SyncError):
    """A bundle that cannot be used (foreign, altered, damaged)."""


def _digest(records: list) -> bytes:
    return hashlib.sha256(json.dumps(records, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
                          .encode("utf-8")).digest()


def export_bundle(store: EventStore, out: str | Path, *, for_role: str = "desk") -> tuple[Path, int]:
    """Write every journal record of this copy, encrypted; returns (path, number of records).

    ``for_role="helper"``: the records as a helper may hold them (no contact data, notes, extra fields).
    """
    from ..roles import HELPER

    keys = event_keys(store)
    records = [r.to_json() for r in store.journal.records()]
    if for_role == HELPER:
        records = [{**r, "data": trust.for_role(r["data"], HELPER)} for r in records]
    proof = keys.identity.prove(trust.bundle_transcript(keys.event_id, store.station_id, _digest(records))) \
        if keys.identity else None
    doc = {"format": "checkin-bundle", "version": 1, "event_id": keys.event_id, "station": store.station_id,
           "created": utcnow().isoformat(timespec="seconds"), "for": for_role, "proof": proof, "records": records}
    staff = for_role != HELPER and keys.staff_bundle is not None  # a full bundle: closed to helper copies
    header = (MAGIC_STAFF if staff else MAGIC) + keys.key_id + os.urandom(12)
    plain = zlib.compress(json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)
    blob = header + ChaCha20Poly1305(keys.staff_bundle if staff else keys.bundle).encrypt(header[16:28], plain,
                                                                                             header)
    out = Path(out)
    tmp = out.with_name(out.name + ".part")
    tmp.write_bytes(blob)
    os.replace(tmp, out)  # never a half-written bundle on the stick
    return out, len(records)


def read_bundle(store: EventStore, path: str | Path) -> dict:
    keys = event_keys(store, create=False)
    path = Path(path)
    from ..fileerrors import link_outside

    if link_outside(path):
        raise BundleError(f"{path.name} is a link to a file outside its folder: refused (copy the file itself)")
    try:
        size = path.stat().st_size
        if size > MAX_BUNDLE:
            raise BundleError(f"{path.name} is too large to be a station bundle")
        blob = path.read_bytes()
    except OSError as exc:
        raise BundleError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(blob) < HEADER + 16 or blob[:8] not in (MAGIC, MAGIC_STAFF):
        raise BundleError(f"{path.name} is not a checkin station bundle")
    if blob[8:16] != keys.key_id:
        raise BundleError(f"{path.name} belongs to another event (or another sync secret): refused")
    key = keys.bundle
    if blob[:8] == MAGIC_STAFF:
        if keys.staff_bundle is None:
            raise BundleError(f"{path.name} is a full bundle for desks and the organiser; this copy cannot open "
                              "it (ask for one made with --for helper)")
        key = keys.staff_bundle
    try:
        plain = ChaCha20Poly1305(key).decrypt(blob[16:28], blob[HEADER:], blob[:HEADER])
    except InvalidTag:
        raise BundleError(f"{path.name} has been altered or damaged: refused") from None
    try:
        # Measured before it is kept: a bomb costs CPU time, never the memory it would inflate to.
        if inflated_size(plain, BUNDLE_BUDGET.inflated) > BUNDLE_BUDGET.inflated:
            raise Malformed(f"inflates to more than {BUNDLE_BUDGET.inflated // (1024 * 1024)} MB")
        doc = parse_json(inflate(plain, BUNDLE_BUDGET.inflated), BUNDLE_BUDGET)
    except Malformed as exc:
        raise BundleError(f"{path.name} is not a usable station bundle: {exc}") from None
    if not isinstance(doc, dict) or doc.get("format") != "checkin-bundle":
        raise BundleError(f"{path.name} is not a usable station bundle: unexpected content")
    if doc.get("event_id") != keys.event_id:
        raise BundleError(f"{path.name} belongs to another event: refused")
    records = doc.get("records")
    if not isinstance(records, list) or len(records) > MAX_RECORDS:
        raise BundleError(f"{path.name} is not a usable station bundle: records must be a list of at most "
                          f"{MAX_RECORDS:,}")
    return doc


def import_bundle(store: EventStore, path: str | Path) -> tuple[MergeResult, trust.Screening]:
    """Merge a bundle: what its writer's proven role may write goes in, the rest is kept aside (``trust``)."""
    from ..roles import HELPER
    from .exchange import merge_from

    doc = read_bundle(store, path)
    raw = doc.get("records") or []
    try:
        records = records_from_json(raw)
    except Malformed as exc:
        raise BundleError(f"{Path(path).name} holds malformed records ({exc}): refused") from None
    except (KeyError, ValueError, TypeError):
        raise BundleError(f"{Path(path).name} holds malformed records: refused") from None
    station = str(doc.get("station") or "")
    identity = event_keys(store, create=False).identity
    role = identity.check(doc.get("proof"), trust.bundle_transcript(str(doc["event_id"]), station, _digest(raw)),
                          station) if identity else HELPER
    return merge_from(store, records, role, station)
