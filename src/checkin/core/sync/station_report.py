"""What the Stations screen reads about this copy: its version vector and the trust findings."""

from __future__ import annotations

from typing import Any

from ..station_revocation import revocations
from .exchange import version_vector
from .integrity import same_seq
from .trust import refused_records


def our_version_vector(store: Any) -> dict[str, int]:
    return version_vector(store.conn)


def trust_findings(store: Any) -> dict[str, Any]:
    """Records refused from other stations, sequence numbers used twice, station ids this copy gave up, stations
    revoked."""
    return {"refused": refused_records(store.conn), "same_seq": same_seq(store.conn),
            "history": store.get_meta("station_history", []) or [], "revoked": revocations(store)}
