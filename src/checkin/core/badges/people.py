"""Who the Badges screen shows: preview people (the hardest cases first), categories and the names no installed
font can print (the bulk print selection is in ``core.print_selection``). Plain reads, run on the UI's DB
worker."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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
