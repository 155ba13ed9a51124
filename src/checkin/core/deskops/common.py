"""Shared pieces of the desk operations: the error type, results, writing records in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .. import ledger
from ..failures import Failure
from ..journal import Record
from ..transactions import write_transaction

if TYPE_CHECKING:
    from ..desk import Decision
    from ..model import Attendee
    from ..store import EventStore


class DeskOpsError(Failure):
    """A desk operation that cannot be carried out; the message is one line for the user."""


@dataclass(frozen=True)
class OpResult:
    """What a desk operation wrote: the person concerned, the record, and the check-in if one was made."""

    attendee: Attendee
    record: Record
    decision: Decision | None = None


def write(store: EventStore, kind: str, data_for: Callable[[int | None], tuple[int | None, dict[str, Any]]], *,
          station: str | None = None, operator: str | None = None, at: datetime | None = None) -> Record:
    """Append and apply one record in one durable transaction.

    ``data_for(None)`` runs under the write lock and returns (attendee id, data): a new person's id is
    allocated there, so two processes on the same file never hand out the same id.
    """
    with write_transaction(store.conn):
        attendee_id, data = data_for(None)
        return ledger.record(store, kind, attendee_id, data, at=at, station_id=station, operator=operator)


def clean(value: Any) -> str:
    """Outer whitespace only: names are sacred (no re-casing, nothing trimmed inside)."""
    return str(value or "").strip()
