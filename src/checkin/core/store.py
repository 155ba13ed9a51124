"""EventStore: one SQLite file per event (``*.checkin``), opened through sqlite-utils.

The store owns one connection; it is bound to the thread that opened it (the GUI uses one DB worker).
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from . import migrations, sqlcipher
from .attendee_rows import nfc as _nfc
from .attendee_rows import reindex_search, set_attendee_fields
from .failures import Failure, Why
from .fileerrors import cause, cause_of_error, read_only_media
from .journal import COLUMNS, Arrival, Journal, Kind, Record, add_checkins, derive_arrivals
from .model import ATTENDEE_FIELDS, Attendee, Event
from .textfold import sort_key, tokens
from .transactions import write_transaction

MAGIC = "checkin-event"


class StoreError(Failure):
    """An event file cannot be used; the message is one line for the user."""


@dataclass(frozen=True)
class MergeResult:
    new_records: int
    already_known: int
    double_admissions: int


def _immutable(path: Path) -> str:
    """``&immutable=1`` for a file on read-only media: SQLite then reads it without the -shm file it cannot
    create there. Only when no -wal file holds changes (they would be ignored): then the plain error stands."""
    wal = Path(f"{path}-wal")
    if read_only_media(path) and (not wal.exists() or wal.stat().st_size == 0):
        return "&immutable=1"
    return ""


class ActingSession(Protocol):
    """What a store knows of the session that opened it (``core.session.EventSession``)."""

    role: str | None  # the role this station acts in (None: as its copy allows)


class EventStore:
    def __init__(self, conn: sqlite3.Connection, path: Path, *, readonly: bool = False) -> None:
        self.conn = conn
        self.path = path
        self.readonly = readonly
        self.key: str | None = None  # the passphrase of an encrypted desk copy (its backups stay encrypted)
        self._db: Any = None
        self.session: ActingSession | None = None  # set by core.session.open_event (the GUI's role switch)
        self.journal = Journal(conn, self.get_meta("station_id", "master"), self.get_meta("operator", ""))

    @property
    def db(self) -> Any:
        """The sqlite-utils view of the same connection (imported lazily: `checkin info` starts fast)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    # --- opening -------------------------------------------------------------------------------------
    @staticmethod
    def _connect(path: Path, readonly: bool, key: str | None = None) -> sqlite3.Connection:
        if key:  # issue 13: an encrypted desk copy (SQLCipher, imported only for such files)
            conn = sqlcipher.connect(path, key, readonly=readonly)
        elif readonly:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro{_immutable(path)}", uri=True,
                                   isolation_level=None, check_same_thread=False)
        else:
            conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10)
        conn.execute("PRAGMA busy_timeout = 10000")  # GUI, `checkin serve` and scripts may share a file
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            # FULL: a journal record is on disk before the desk shows green (a power cut loses nothing).
            conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        return conn

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False, key: str | None = None) -> EventStore:
        """One connection to an event file, its schema brought up to date (``key``: the passphrase of an
        encrypted copy). Opening an event for work is ``core.session.open_event``: it also finds the key, binds
        the file to this installation and finishes a deferred import; this is the bare connection."""
        path = Path(path)
        if not path.exists():
            raise StoreError(f"no such event file: {path}", Why.NO_EVENT_FILE, path=path)
        if path.is_dir():
            raise StoreError(f"{path} is a folder, not an event file", Why.FOLDER_NOT_FILE, path=path)
        # No open()/close() of the file here: closing any descriptor of it drops every POSIX lock this process
        # holds on it, SQLite's included (GUI + sync service in one process -> corrupted file). SQLite itself
        # rejects other files below ("file is not a database").
        if path.stat().st_size < 512:
            raise StoreError(f"{path} is not a checkin event file", Why.NOT_EVENT_FILE, path=path)
        try:
            conn = cls._connect(path, readonly, key)
            ok = conn.execute(
                "SELECT value FROM meta WHERE key = 'format'"
            ).fetchone()
        except sqlite3.DatabaseError as exc:
            why = cause(path, exc) if isinstance(exc, sqlite3.OperationalError) else None
            if why:  # issue 24: a full disk or a read-only stick is not "not an event file"
                raise StoreError(f"cannot open {path}: {why}", Why.CANNOT_OPEN, path=path, detail=why) from None
            hint = "" if key else " or is encrypted (give its passphrase: CHECKIN_PASSPHRASE)"  # issue 13
            raise StoreError(f"{path} is not a checkin event file{hint} ({exc})", Why.NOT_EVENT_FILE, path=path) from None
        if not ok or json.loads(ok[0]) != MAGIC:
            conn.close()
            raise StoreError(f"{path} is not a checkin event file", Why.NOT_EVENT_FILE, path=path)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > migrations.latest_version():
            conn.close()
            raise StoreError(f"{path} was written by a newer version of checkin (schema {version})", Why.NEWER_VERSION,
                             path=path, version=version)
        if not readonly:
            migrations.migrate(conn)
        store = cls(conn, path, readonly=readonly)
        store.key = key
        return store

    @property
    def schema_current(self) -> bool:
        """The file's schema is this version's (a read-only open of an older file is not migrated)."""
        return bool(self.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version())

    @classmethod
    def create(
        cls, path: str | Path, *, title: str, start: date | None = None, days: int = 1,
        timezone: str = "Europe/Berlin", venue: str = "", languages: Sequence[str] = ("de", "en"),
        event_id: str | None = None,
    ) -> EventStore:
        path = Path(path)
        if path.exists():
            raise StoreError(f"{path} exists already; choose another name", Why.FILE_EXISTS, path=path)
        try:
            ZoneInfo(timezone)
        except Exception:
            raise StoreError(f"unknown time zone: {timezone}", Why.UNKNOWN_TIMEZONE, zone=timezone) from None
        if days < 1:
            raise StoreError("an event lasts at least one day", Why.TOO_FEW_DAYS)
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = cls._connect(path, readonly=False)
        migrations.migrate(conn)
        start = start or date.today()
        from datetime import timedelta

        meta = {
            "format": MAGIC, "event_id": event_id or uuid.uuid4().hex, "title": _nfc(title), "venue": _nfc(venue),
            "timezone": timezone, "start": start.isoformat(), "end": (start + timedelta(days=days - 1)).isoformat(),
            "languages": list(languages), "station_id": "master", "role": "organiser",
        }
        with write_transaction(conn):
            conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)",
                             [(k, json.dumps(v, ensure_ascii=False)) for k, v in meta.items()])
        return cls(conn, path)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- metadata ------------------------------------------------------------------------------------
    def get_meta(self, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_meta(self, key: str, value: Any) -> None:
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value, ensure_ascii=False)),
        )

    @property
    def event(self) -> Event:
        start, end = self.get_meta("start"), self.get_meta("end")
        return Event(
            id=self.get_meta("event_id"), title=self.get_meta("title", ""), venue=self.get_meta("venue", ""),
            timezone=self.get_meta("timezone", "Europe/Berlin"),
            start=date.fromisoformat(start) if start else None, end=date.fromisoformat(end) if end else None,
            languages=self.get_meta("languages", ["de", "en"]),
        )

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.get_meta("timezone", "Europe/Berlin"))

    def local_day(self, at: datetime) -> str:
        """The event day of an instant, cut in the venue's time zone."""
        return at.astimezone(self.tz).date().isoformat()

    # --- attendees -----------------------------------------------------------------------------------
    def add_attendees(self, attendees: Iterable[Attendee]) -> int:
        """Insert or replace attendees (bulk, in the caller's transaction if one is open)."""
        rows = []
        for a in attendees:
            row = {k: _nfc(v) for k, v in a.to_row().items()}
            rows.append(row)
        if not rows:
            return 0
        for row in rows:
            row["sort_key"] = sort_key(row["last_name"], row["first_name"])
        cols = [*ATTENDEE_FIELDS, "sort_key"]
        placeholders = ", ".join("?" for _ in cols)
        with write_transaction(self.conn):
            self.conn.executemany(
                f"INSERT OR REPLACE INTO attendees ({', '.join(cols)}) VALUES ({placeholders})",
                [tuple(r[c] for c in cols) for r in rows],
            )
            self._reindex(rows)
        return len(rows)

    def _reindex(self, rows: Iterable[dict[str, Any]]) -> None:
        reindex_search(self.conn, rows)

    def set_attendee_fields(self, attendee_id: int, fields: dict[str, Any]) -> None:
        set_attendee_fields(self.conn, attendee_id, fields)

    def attendee(self, attendee_id: int) -> Attendee | None:
        cur = self.conn.execute(f"SELECT {', '.join(ATTENDEE_FIELDS)} FROM attendees WHERE id = ?", (attendee_id,))
        row = cur.fetchone()
        return Attendee.from_row(dict(zip(ATTENDEE_FIELDS, row, strict=True))) if row else None

    def attendees_by_ids(self, ids: Sequence[int]) -> list[Attendee]:
        if not ids:
            return []
        out: dict[int, Attendee] = {}
        for chunk_start in range(0, len(ids), 500):
            chunk = list(ids[chunk_start:chunk_start + 500])
            sql = f"SELECT {', '.join(ATTENDEE_FIELDS)} FROM attendees WHERE id IN ({','.join('?' * len(chunk))})"
            for row in self.conn.execute(sql, chunk):
                a = Attendee.from_row(dict(zip(ATTENDEE_FIELDS, row, strict=True)))
                out[a.id] = a
        return [out[i] for i in ids if i in out]

    def attendee_by_code(self, code: str) -> Attendee | None:
        row = self.conn.execute("SELECT id FROM attendees WHERE code = ? LIMIT 1", (code,)).fetchone()
        return self.attendee(row[0]) if row else None

    def iter_attendees(self, order: str = "sort_key, id") -> Iterator[Attendee]:
        for row in self.conn.execute(f"SELECT {', '.join(ATTENDEE_FIELDS)} FROM attendees ORDER BY {order}"):
            yield Attendee.from_row(dict(zip(ATTENDEE_FIELDS, row, strict=True)))

    def attendee_ids(self, order: str = "sort_key, id", query: str | None = None) -> list[int]:
        """Every attendee id in ``order``; with ``query`` only those the full-text search finds (one SQL
        statement: filtering 100,000 attendees by one letter stays well under a second)."""
        if not query:
            return [r[0] for r in self.conn.execute(f"SELECT id FROM attendees ORDER BY {order}")]
        match = self._match_expression(query)
        if match is None:
            return []
        sql = (f"SELECT id FROM attendees WHERE id IN (SELECT rowid FROM attendee_fts WHERE attendee_fts MATCH ?) "
               f"ORDER BY {order}")
        return [r[0] for r in self.conn.execute(sql, (match,))]

    def count_attendees(self, *, include_cancelled: bool = True) -> int:
        sql = "SELECT COUNT(*) FROM attendees"
        if not include_cancelled:
            sql += " WHERE status != 'cancelled'"
        return self.conn.execute(sql).fetchone()[0]

    # Ids from here up are per-station blocks for walk-ins (see core/desk_ids.py): the organiser's
    # imports and pulls stay below, so they never collide with a desk's offline walk-ins.
    STATION_ID_BASE = 10_000_000_000

    def next_attendee_id(self) -> int:
        return self.conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM attendees WHERE id < ?",
                                 (self.STATION_ID_BASE,)).fetchone()[0]

    # --- search ------------------------------------------------------------------------------------------
    @staticmethod
    def _match_expression(query: str) -> str | None:
        words = tokens(query)
        return " ".join(f'"{w}"*' for w in words) if words else None

    def search(self, query: str, limit: int = 50) -> list[int]:
        """Attendee ids matching every word of ``query`` as a prefix, ignoring case and diacritics."""
        match = self._match_expression(query)
        if match is None:
            return []
        sql = ("SELECT rowid FROM attendee_fts WHERE attendee_fts MATCH ? "
               "ORDER BY bm25(attendee_fts, 10.0, 3.0, 1.0) LIMIT ?")
        return [r[0] for r in self.conn.execute(sql, (match, limit))]

    # --- journal -------------------------------------------------------------------------------------
    @property
    def station_id(self) -> str:
        return self.journal.station_id

    def fold_arrivals(self, rec: Record) -> None:
        """Arrivals after one check-in or undo record of this station (other kinds change none)."""
        target = self._arrival_target(rec)
        if target is not None:
            self.recompute_arrivals(target)

    def _arrival_target(self, rec: Record) -> int | None:
        """The attendee whose arrivals a check-in or undo record changes (None for other kinds)."""
        if rec.kind not in (Kind.CHECKIN, Kind.UNDO):
            return None
        if rec.kind == Kind.UNDO and rec.attendee_id is None:
            undone = self.journal.get(str(rec.data.get("undoes", "")))
            return undone.attendee_id if undone else None
        return rec.attendee_id

    def fold_new_arrivals(self, new: list[Record]) -> None:
        """Arrivals after records merged from other stations (inside the merge's transaction), once per attendee.

        Check-ins nobody undid only add admissions: folded into arrivals without re-reading the journal.
        """
        redo = self._undo_targets(new)
        self._add_arrivals([r for r in new if r.kind == Kind.CHECKIN and r.attendee_id not in redo])
        self.recompute_arrivals_many(sorted(redo))

    def count_double_admissions(self, attendee_ids: set[int | None]) -> int:
        """How many arrivals of these attendees count more than one admission."""
        ids = [i for i in attendee_ids if i is not None]
        if not ids:
            return 0
        marks = ",".join("?" * len(ids))
        return self.conn.execute(
            f"SELECT COUNT(*) FROM arrivals WHERE admissions > 1 AND attendee_id IN ({marks})", ids).fetchone()[0]

    def _undo_targets(self, new: list[Record]) -> set[int]:
        """Attendees whose arrivals an undo among ``new`` changes, or whose new check-in is undone already."""
        targets = {t for r in new if r.kind == Kind.UNDO and (t := self._arrival_target(r)) is not None}
        ids = {r.record_id: r.attendee_id for r in new if r.kind == Kind.CHECKIN}
        if ids:
            for (undoes,) in self.conn.execute("SELECT json_extract(data, '$.undoes') FROM journal WHERE kind = 'undo'"):
                if undoes in ids and ids[undoes] is not None:
                    targets.add(ids[undoes])
        return targets

    def _add_arrivals(self, checkins: list[Record]) -> None:
        attendees = sorted({r.attendee_id for r in checkins if r.attendee_id is not None})
        old = {}
        for start in range(0, len(attendees), 500):
            chunk = attendees[start:start + 500]
            for row in self.conn.execute(
                    "SELECT attendee_id, day, point, record_id, at, station_id, admissions FROM arrivals "
                    f"WHERE attendee_id IN ({','.join('?' * len(chunk))})", chunk):
                old[row[:3]] = row
        self.conn.executemany("INSERT OR REPLACE INTO arrivals VALUES (?, ?, ?, ?, ?, ?, ?)", add_checkins(old, checkins))

    def recompute_arrivals(self, attendee_id: int) -> None:
        self.recompute_arrivals_many([attendee_id])

    def recompute_arrivals_many(self, attendee_ids: Sequence[int]) -> None:
        """Fold the journal again for these attendees, a few queries per 500 (a sync brings thousands)."""
        for start in range(0, len(attendee_ids), 500):
            chunk = list(attendee_ids[start:start + 500])
            marks = ",".join("?" * len(chunk))
            recs = [Record.from_row(r) for r in self.conn.execute(
                f"SELECT {COLUMNS} FROM journal WHERE kind = 'checkin' AND attendee_id IN ({marks})", chunk)]
            ids = [r.record_id for r in recs]
            undos = []
            for at in range(0, len(ids), 500):
                part = ids[at:at + 500]
                undos += [Record.from_row(r) for r in self.conn.execute(
                    f"SELECT {COLUMNS} FROM journal WHERE kind = 'undo' "
                    f"AND json_extract(data, '$.undoes') IN ({','.join('?' * len(part))})", part)]
            self.conn.execute(f"DELETE FROM arrivals WHERE attendee_id IN ({marks})", chunk)
            self._write_arrivals(derive_arrivals([*recs, *undos]).values())

    def rebuild_arrivals(self) -> None:
        with write_transaction(self.conn):
            self.conn.execute("DELETE FROM arrivals")
            self._write_arrivals(derive_arrivals(
                self.journal.records(kind=Kind.CHECKIN) + self.journal.records(kind=Kind.UNDO)).values())

    def _write_arrivals(self, arrivals: Iterable[Arrival]) -> None:
        self.conn.executemany(
            "INSERT INTO arrivals VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(a.attendee_id, a.day, a.point, a.record_id, a.at, a.station_id, a.admissions) for a in arrivals])

    def arrivals_of(self, attendee_id: int, point: str | None = None) -> list[Arrival]:
        sql = "SELECT attendee_id, day, point, record_id, at, station_id, admissions FROM arrivals WHERE attendee_id = ?"
        args: list[Any] = [attendee_id]
        if point is not None:
            sql += " AND point = ?"
            args.append(point)
        return [Arrival(*row) for row in self.conn.execute(sql + " ORDER BY at", args)]

    def first_arrival(self, attendee_id: int, point: str = "main") -> Arrival | None:
        found = self.arrivals_of(attendee_id, point)
        return found[0] if found else None

    def first_arrivals(self, point: str = "main") -> dict[int, str]:
        """attendee id -> UTC time of the first arrival at ``point`` (any day)."""
        return dict(self.conn.execute(
            "SELECT attendee_id, MIN(at) FROM arrivals WHERE point = ? GROUP BY attendee_id", (point,)
        ))

    def count_arrived(self, day: str | None = None, point: str = "main") -> int:
        sql = "SELECT COUNT(DISTINCT attendee_id) FROM arrivals WHERE point = ?"
        args: list[Any] = [point]
        if day:
            sql += " AND day = ?"
            args.append(day)
        return self.conn.execute(sql, args).fetchone()[0]

    def double_admissions(self) -> list[Arrival]:
        rows = self.conn.execute(
            "SELECT attendee_id, day, point, record_id, at, station_id, admissions FROM arrivals "
            "WHERE admissions > 1 ORDER BY at")
        return [Arrival(*row) for row in rows]

    # --- programme counts ----------------------------------------------------------------------------
    def count(self, table: str) -> int:
        if table not in {"rooms", "sessions", "meetings", "journal", "attendees", "session_assignments"}:
            raise ValueError(table)
        return self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]

    # --- backup --------------------------------------------------------------------------------------
    def _backup_target(self, part: Path) -> sqlite3.Connection:
        """An empty database to back up into: SQLCipher with the same passphrase for an encrypted copy (the
        backup API copies pages, so a backup of an encrypted file is never in clear), else plain SQLite."""
        if self.key:
            return sqlcipher.connect(part, self.key, create=True)
        return sqlite3.connect(str(part))

    def backup(self, out: str | Path) -> Path:
        """A consistent copy while the event is open (SQLite's online backup API, WAL included).

        ``out`` is a file (``*.checkin``) or a folder such as a USB stick (made if missing); in a folder the
        copy gets a dated name, so each day's backup lands beside the last one instead of failing.
        """
        out = Path(out)
        if out.is_dir() or out.suffix != ".checkin":
            try:
                out.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot use {out} for the backup: {exc.strerror or exc}", Why.BACKUP_FOLDER, path=out,
                                 detail=cause_of_error(exc) or exc.strerror or exc) from None
            stamp = datetime.now(self.tz).strftime("%Y-%m-%d_%H%M%S")
            base, n = out / f"{self.path.stem}-backup-{stamp}", 1
            out = base.with_suffix(".checkin")
            while out.exists():  # two backups in one second: both kept
                n += 1
                out = base.with_name(f"{base.name}-{n}.checkin")
        if out.exists():
            raise StoreError(f"{out} exists already; choose another name", Why.FILE_EXISTS, path=out)
        part = out.with_name(out.name + ".part")
        try:
            target = self._backup_target(part)
            try:
                self.conn.backup(target)
                target.execute("PRAGMA journal_mode = WAL")
                if target.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    raise StoreError(f"the backup at {out} did not verify; try another folder or stick",
                                     Why.BACKUP_NOT_VERIFIED, path=out)
            finally:
                target.close()
            part.replace(out)  # never a half-written backup under the final name
        except sqlite3.Error as exc:
            part.unlink(missing_ok=True)
            raise StoreError(f"cannot write the backup to {out}: {exc}", Why.BACKUP_NOT_WRITTEN, path=out,
                             detail=cause_of_error(exc) or exc) from None
        except OSError as exc:
            part.unlink(missing_ok=True)
            raise StoreError(f"cannot write the backup to {out}: {exc.strerror or exc}", Why.BACKUP_NOT_WRITTEN, path=out,
                             detail=cause_of_error(exc) or exc.strerror or exc) from None
        return out
