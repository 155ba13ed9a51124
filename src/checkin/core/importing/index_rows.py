"""The search index rows of many imported people at once (an import writes them, or the next open of the event
finishes them: ``deferred``)."""

from __future__ import annotations

from typing import Any

from ..textfold import index_texts


def search_rows(cols: dict[str, list[Any]]) -> list[tuple[int, str, str, str]]:
    """The search index's rows (``textfold.names_index`` etc.), each column folded in one go."""
    n = len(cols["id"])
    blank = [""] * n
    names = index_texts([f"{t} {f} {ln}" for t, f, ln in zip(
        cols.get("title", blank), cols.get("first_name", blank), cols.get("last_name", blank), strict=True)])
    orgs = index_texts(cols.get("organisation", blank))
    emails = index_texts(cols.get("email", blank))
    return list(zip(cols["id"], names, orgs, emails, strict=True))
