"""Audit: who did what at which station and when, straight from the journal (organisers only).

Details hold no personal data (the purge's list of personal keys is left out): an audit export names
stations, operators (staff), kinds, times and attendee ids, never a guest's name, email or note.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .journal import COLUMNS, Record
from .purge import JOURNAL_KEYS
from .roles import strip_keys

if TYPE_CHECKING:
    from .store import EventStore

CONTENTS = ("journal records: time (UTC and venue local), station, operator, kind, attendee id, details "
            "without personal data (no names, emails, phone numbers or notes)")
CSV_COLUMNS = ("time_utc", "time_local", "station", "operator", "kind", "attendee_id", "details", "record_id")


@dataclass(frozen=True, slots=True)
class AuditRow:
    record_id: str
    at: str  # UTC ISO
    local: str  # venue local ISO
    station: str
    operator: str
    kind: str
    attendee_id: int | None
    details: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {"record_id": self.record_id, "time_utc": self.at, "time_local": self.local, "station": self.station,
                "operator": self.operator, "kind": self.kind, "attendee_id": self.attendee_id,
                "details": self.details}


@dataclass(frozen=True)
class AuditFilter:
    station: str | None = None
    operator: str | None = None
    kind: str | None = None
    since: datetime | None = None
    until: datetime | None = None


def _utc(at: datetime) -> str:
    from datetime import UTC

    return at.astimezone(UTC).isoformat()


def rows(store: EventStore, flt: AuditFilter | None = None, *, limit: int | None = None) -> Iterator[AuditRow]:
    """Journal records matching ``flt``, newest first (wall time as the station's clock said)."""
    flt = flt or AuditFilter()
    sql = f"SELECT {COLUMNS} FROM journal WHERE 1=1"
    args: list[Any] = []
    for column, value in (("station_id", flt.station), ("operator", flt.operator), ("kind", flt.kind)):
        if value is not None:
            sql += f" AND {column} = ?"
            args.append(value)
    # Compare as instants: wall_time strings may carry different offsets.
    if flt.since is not None:
        sql += " AND julianday(wall_time) >= julianday(?)"
        args.append(_utc(flt.since))
    if flt.until is not None:
        sql += " AND julianday(wall_time) < julianday(?)"
        args.append(_utc(flt.until))
    sql += " ORDER BY julianday(wall_time) DESC, station_id, seq DESC"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    tz = store.tz
    for row in store.conn.execute(sql, args):
        rec = Record.from_row(row)
        local = datetime.fromisoformat(rec.wall_time).astimezone(tz).isoformat(timespec="seconds")
        yield AuditRow(rec.record_id, rec.wall_time, local, rec.station_id, rec.operator, rec.kind,
                       rec.attendee_id, strip_keys(rec.data, JOURNAL_KEYS))


def choices(store: EventStore) -> dict[str, list[str]]:
    """Distinct stations, operators and kinds (for filter menus)."""
    out = {}
    for key, column in (("stations", "station_id"), ("operators", "operator"), ("kinds", "kind")):
        out[key] = [r[0] for r in store.conn.execute(f"SELECT DISTINCT {column} FROM journal ORDER BY 1")]
    return out


def write_csv(path: str | Path, audit_rows: list[AuditRow], dialect: str = "excel-de") -> Path:
    """The audit as CSV through the one spreadsheet writer: excel-de is UTF-8 with a BOM and ';' (umlauts read
    right on double-click), cells starting like a formula stay text, control characters show as U+FFFD."""
    from . import sheets

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # time_local as a real date-time (venue time, no offset: spreadsheets have no time zones)
    rows = [[r.at, datetime.fromisoformat(r.local).replace(tzinfo=None), r.station, r.operator, r.kind, r.attendee_id,
             json.dumps(r.details, ensure_ascii=False, sort_keys=True), r.record_id] for r in audit_rows]
    sheets.write_csv(sheets.Sheet("audit", list(CSV_COLUMNS), rows), path, dialect)
    return path
