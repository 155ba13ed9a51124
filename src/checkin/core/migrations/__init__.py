"""Forward schema migrations, one module per version: ``vNNN_name.py`` with ``VERSION`` and ``apply(conn)``.

Versions need not be contiguous. Each file records which versions it has applied (table ``_migrations``), and
every missing one is applied in order, so a migration numbered below one that already ran still applies;
``PRAGMA user_version`` holds the highest applied version. Each feature that needs tables adds its own
module, so features never edit each other's SQL.
"""

from __future__ import annotations

import importlib
import pkgutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from ..transactions import write_transaction


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[sqlite3.Connection], None]


def all_migrations() -> list[Migration]:
    found = []
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("v"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        found.append(Migration(module.VERSION, info.name, module.apply))
    found.sort(key=lambda m: m.version)
    return found


def latest_version() -> int:
    migrations = all_migrations()
    return migrations[-1].version if migrations else 0


def _applied(conn: sqlite3.Connection) -> set[int]:
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_migrations'").fetchone()
    if has_table:
        return {row[0] for row in conn.execute("SELECT version FROM _migrations")}
    # Files from before the ledger existed: everything up to user_version was applied in order.
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    return {m.version for m in all_migrations() if m.version <= current}


def pending(conn: sqlite3.Connection) -> list[Migration]:
    done = _applied(conn)
    return [m for m in all_migrations() if m.version not in done]


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply every migration this file lacks, each in its own transaction. Returns the versions applied."""
    todo = pending(conn)
    has_ledger = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_migrations'").fetchone() is not None
    if not todo and has_ledger:
        return []
    done = _applied(conn)
    with write_transaction(conn):
        conn.execute("CREATE TABLE IF NOT EXISTS _migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)")
        conn.executemany("INSERT OR IGNORE INTO _migrations VALUES (?, ?)",
                         [(m.version, m.name) for m in all_migrations() if m.version in done])
    applied = []
    for migration in todo:
        with write_transaction(conn):
            migration.apply(conn)
            conn.execute("INSERT INTO _migrations VALUES (?, ?)", (migration.version, migration.name))
            top = conn.execute("SELECT MAX(version) FROM _migrations").fetchone()[0]
            conn.execute(f"PRAGMA user_version = {int(top)}")
        applied.append(migration.version)
    return applied
