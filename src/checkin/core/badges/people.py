"""Who the Badges screen shows and prints: preview people (the hardest cases first), categories, the bulk
print selection and the names no installed font can print. Plain reads, run on the UI's DB worker."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..textfold import fold
from . import fonts

PREVIEW_LIMIT = 500  # a drop-down, not a list of everyone: the search in Attendees finds the rest


@dataclass(frozen=True)
class PreviewPeople:
    longest_name: int | None  # whoever makes the layout overflow should be seen before printing
    longest_organisation: int | None
    people: tuple[tuple[int, str, str], ...]  # (id, first name, last name) by family name


def categories(store: Any) -> list[str]:
    return [r[0] for r in store.conn.execute("SELECT DISTINCT category FROM attendees ORDER BY category")]


def preview_people(store: Any, limit: int = PREVIEW_LIMIT) -> PreviewPeople:
    longest = store.conn.execute(
        "SELECT id FROM attendees WHERE status != 'cancelled' "
        "ORDER BY length(title) + length(first_name) + length(last_name) DESC, id LIMIT 1").fetchone()
    longest_org = store.conn.execute(
        "SELECT id FROM attendees WHERE status != 'cancelled' ORDER BY length(organisation) DESC, id LIMIT 1"
    ).fetchone()
    people = tuple(store.conn.execute(
        "SELECT id, first_name, last_name FROM attendees WHERE status != 'cancelled' "
        "ORDER BY last_name, first_name LIMIT ?", (limit,)))
    return PreviewPeople(longest[0] if longest else None, longest_org[0] if longest_org else None, people)


def bulk_selection(store: Any, category: str, only_unprinted: bool, surname_from: str, surname_to: str) -> list[int]:
    """Ids to print, by family name: ``surname_to`` is inclusive as a prefix (A to C includes "Curie")."""
    from ..printing import print_counts

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


def glyph_problems(store: Any) -> list[tuple[str, str, str]]:
    """(name, problem code, detail) per guest whose name or organisation no installed font prints as written;
    the UI puts the code into the worker's language."""
    problems = []
    for aid, first, last, org in store.conn.execute(
            "SELECT id, first_name, last_name, organisation FROM attendees WHERE status != 'cancelled'"):
        for issue in fonts.check_text(f"{first} {last} {org}", attendee_id=aid):
            if issue.problem != "fallback_font":
                problems.append((f"{first} {last}", issue.problem, issue.detail))
    return problems
