"""Desk search: any part of name, organisation or email, as you type, ignoring case and diacritics,
forgiving one typo ("Mueller", "Muller", "Müler" all find "Müller"), ranked, with today's arrival state.

Ranking: every word as an FTS5 prefix first (bm25, names weigh most); only if that leaves room, words of
4+ letters are widened to the indexed terms one edit away (SymSpell deletion table, migration v050), and
those hits come after the exact ones.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from .journal import utc_now
from .model import Attendee
from .textfold import deletions, tokens
from .transactions import write_transaction

if TYPE_CHECKING:
    from .store import EventStore

MIN_TYPO_LEN = 4  # shorter words have too many neighbours one edit away to be useful
_BM25 = "bm25(attendee_fts, 10.0, 3.0, 1.0)"


@dataclass(frozen=True)
class Hit:
    attendee: Attendee
    match: str  # "prefix" or "typo"
    arrived_at: str | None = None  # UTC time of today's arrival at the point, if the guest is there
    arrived_station: str | None = None


# --- the deletion table --------------------------------------------------------------------------------
def _typo_term(term: str) -> bool:
    return len(term) >= MIN_TYPO_LEN - 1 and not any(ch.isdigit() for ch in term)


def _term_deletes(terms: Iterable[str]) -> list[tuple[str, str]]:
    return [(d, t) for t in terms if _typo_term(t) for d in deletions(t)]


def _has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_state'").fetchone() is not None


def sync_terms_in_transaction(conn: sqlite3.Connection) -> int:
    """Add the indexed terms the deletion table lacks (caller holds the write transaction). Returns how many.

    Terms that vanished stay: a stale candidate only costs one FTS lookup that finds nobody.
    """
    changes = conn.execute("SELECT changes FROM search_state WHERE id = 1").fetchone()[0]
    new = [r[0] for r in conn.execute(
        "SELECT term FROM attendee_fts_vocab WHERE term NOT IN (SELECT term FROM search_terms)")]
    conn.executemany("INSERT OR IGNORE INTO search_terms (term) VALUES (?)", [(t,) for t in new])
    conn.executemany("INSERT OR IGNORE INTO search_deletes (del, term) VALUES (?, ?)", _term_deletes(new))
    conn.execute("UPDATE search_state SET synced = ? WHERE id = 1", (changes,))
    return len(new)


class TypoIndex:
    """Finds indexed terms one edit away; brings the deletion table up to date when attendees changed."""

    def __init__(self, store: EventStore) -> None:
        self.store = store
        self._extra: dict[str, set[str]] = {}  # read-only files: terms not yet in the table, in memory
        self._extra_terms: set[str] = set()
        self._extra_at = -1

    def ensure_synced(self) -> None:
        conn = self.store.conn
        if not _has_tables(conn):
            return
        changes, synced = conn.execute("SELECT changes, synced FROM search_state WHERE id = 1").fetchone()
        if changes == synced:
            return
        if self.store.readonly:
            if self._extra_at != changes:
                self._load_extra(changes)
            return
        with write_transaction(conn):
            sync_terms_in_transaction(conn)

    def _load_extra(self, changes: int) -> None:
        new = [r[0] for r in self.store.conn.execute(
            "SELECT term FROM attendee_fts_vocab WHERE term NOT IN (SELECT term FROM search_terms)")]
        self._extra_terms = set(new)
        self._extra = {}
        for d, t in _term_deletes(new):
            self._extra.setdefault(d, set()).add(t)
        self._extra_at = changes

    def candidates(self, word: str) -> list[str]:
        """Indexed terms within one edit (insert, delete, substitute, swap) of ``word``, without ``word``."""
        conn = self.store.conn
        if len(word) < MIN_TYPO_LEN or not _has_tables(conn):
            return []
        keys = sorted({word, *deletions(word)})
        marks = ",".join("?" * len(keys))
        found = {r[0] for r in conn.execute(f"SELECT term FROM search_deletes WHERE del IN ({marks})", keys)}
        found |= {r[0] for r in conn.execute(f"SELECT term FROM search_terms WHERE term IN ({marks})", keys)}
        for k in keys:
            found |= self._extra.get(k, set())
            if k in self._extra_terms:
                found.add(k)
        found.discard(word)
        return sorted(t for t in found if _one_edit(word, t))


def _one_edit(a: str, b: str) -> bool:
    """Optimal string alignment distance <= 1 (a swap of neighbours counts as one typo)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1:] == b[i + 1:]:
            return True
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]
    if la > lb:
        return a[i + 1:] == b[i:]
    return a[i:] == b[i + 1:]


# --- searching -----------------------------------------------------------------------------------------
class Searcher:
    """Desk search over one store (keep one per store: it caches the typo index state)."""

    def __init__(self, store: EventStore) -> None:
        self.store = store
        self.typos = TypoIndex(store)

    def ids(self, query: str, limit: int = 20) -> list[tuple[int, str]]:
        """Ranked attendee ids with how they matched ("prefix" or "typo")."""
        words = tokens(query)
        if not words or limit <= 0:
            return []
        conn = self.store.conn
        exact = " ".join(f'"{w}"*' for w in words)
        out: list[tuple[int, str]] = [(r[0], "prefix") for r in conn.execute(self._sql(words), (exact, limit))]
        if len(out) >= limit:
            return out
        self.typos.ensure_synced()
        groups, widened = [], False
        for w in words:
            alts = self.typos.candidates(w)
            widened = widened or bool(alts)
            groups.append("(" + " OR ".join([f'"{w}"*', *(f'"{t}"' for t in alts)]) + ")")
        if not widened:
            return out
        seen = {i for i, _ in out}
        for (rowid,) in conn.execute(self._sql(words), (" AND ".join(groups), limit + len(seen))):
            if rowid not in seen:
                out.append((rowid, "typo"))
                if len(out) >= limit:
                    break
        return out

    @staticmethod
    def _sql(words: Sequence[str]) -> str:
        # One or two letters match a large part of 50,000 people: ranking them all costs more than a
        # keystroke may take, and nobody reads past the first screen of an unranked two-letter query.
        order = f"ORDER BY {_BM25}" if sum(len(w) for w in words) >= 3 else ""
        return f"SELECT rowid FROM attendee_fts WHERE attendee_fts MATCH ? {order} LIMIT ?"

    def search(self, query: str, limit: int = 20, *, point: str = "main", day: str | None = None,
               now: datetime | None = None) -> list[Hit]:
        """Ranked hits with today's arrival state at ``point`` (day cut in the venue's time zone)."""
        found = self.ids(query, limit)
        if not found:
            return []
        day = day or self.store.local_day(now or utc_now())
        people = {a.id: a for a in self.store.attendees_by_ids([i for i, _ in found])}
        marks = ",".join("?" * len(people))
        arrived = {r[0]: (r[1], r[2]) for r in self.store.conn.execute(
            f"SELECT attendee_id, at, station_id FROM arrivals WHERE day = ? AND point = ? "
            f"AND attendee_id IN ({marks})", [day, point, *people])}
        hits = []
        for i, how in found:
            if i in people:
                at, station = arrived.get(i, (None, None))
                hits.append(Hit(people[i], how, at, station))
        return hits


def search(store: EventStore, query: str, limit: int = 20, *, point: str = "main",
           day: str | None = None) -> list[Hit]:
    return Searcher(store).search(query, limit, point=point, day=day)
