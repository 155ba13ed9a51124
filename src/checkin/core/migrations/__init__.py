"""Forward schema migrations, one module per version: ``vNNN_name.py`` with ``VERSION`` and ``apply(conn)``.

Versions need not be contiguous; they are applied in order to every file whose ``PRAGMA user_version``
is lower. Each issue/feature that needs tables adds its own module, so features never edit each other's SQL.
"""

from __future__ import annotations

import importlib
import pkgutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass


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


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply every pending migration, each in its own transaction. Returns the versions applied."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    applied = []
    for migration in all_migrations():
        if migration.version <= current:
            continue
        with conn:
            conn.execute("BEGIN IMMEDIATE")
            migration.apply(conn)
            conn.execute(f"PRAGMA user_version = {int(migration.version)}")
        applied.append(migration.version)
    return applied
