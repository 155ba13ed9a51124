"""Whom a bulk print takes: by category and family-name range, optionally only those without a printed badge.

Above both ``badges`` and ``printing`` (it needs the print counts), so neither has to import the other."""

from __future__ import annotations

from typing import Any

from .printing import print_counts
from .textfold import fold


def bulk_selection(store: Any, category: str, only_unprinted: bool, surname_from: str, surname_to: str) -> list[int]:
    """Ids to print, by family name: ``surname_to`` is inclusive as a prefix (A to C includes "Curie")."""
    sql = "SELECT id, last_name FROM attendees WHERE status != 'cancelled'"
    args: list[Any] = []
    if category:
        sql += " AND category = ?"
        args.append(category)
    rows = store.conn.execute(sql, args).fetchall()
    lo, hi = fold(surname_from.strip()), fold(surname_to.strip())
    picked = []
    for aid, last in sorted(rows, key=lambda r: (fold(r[1]), r[0])):
        key = fold(last)
        if lo and key < lo:
            continue
        if hi and key[:len(hi)] > hi:
            continue
        picked.append(aid)
    if only_unprinted:
        printed = print_counts(store, picked)
        picked = [i for i in picked if not printed.get(i)]
    return picked
