"""Who is who in a list: the one identity rule of the import.

Two rows (or a row and a person already in the event) are the same person only when

1. they share an external id (or ticket code), or
2. they share an e-mail address, unless their external ids differ or their names do not agree up to a typo
   ("info@firma.de" for Thomas Müller and Thomas Schmidt: two people, with a warning), or
3. neither has an external id nor an e-mail, and every identifying field (``IDENTIFYING``) is the same
   (against the event, a detail only one side knows does not disagree: a phone column the earlier list lacked).

Everything else is two people. Namesakes (same name and organisation, different e-mail or id) are both imported,
with a "possible namesake" warning. Within one file the newest row of a person wins: by the list's timestamp
column (Google Forms "Timestamp", Microsoft Forms "Completion time" ...) where there is one, else the later row;
what it leaves empty comes from the older rows, which are reported by number.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..textfold import casefold_all
from .names import names_unrelated, valid_email
from .people import Listed
from .report import ImportReport
from .timestamps import sort_keys as timestamp_keys

# Compared (case-insensitively, spaces collapsed) when neither row has an external id or an e-mail.
IDENTIFYING = ("title", "first_name", "last_name", "organisation", "position", "phone", "country")


def _squash(values: Sequence[str]) -> list[str]:
    folded = casefold_all(values)
    return [" ".join(v.split()) if ("  " in v or v[:1].isspace() or v[-1:].isspace() or "\t" in v) else v
            for v in folded]


@dataclass
class Keys:
    """Per listed person: what identity goes by (folded, "" where the row has none)."""

    exts: list[str]  # external id, else ticket code
    emails: list[str]
    firsts: list[str]
    lasts: list[str]
    orgs: list[str]
    listed: Listed
    fields: tuple[str, ...] = IDENTIFYING  # compared beyond the names and organisation (see ``identifying``)
    _rest: list[list[str]] | None = None

    @classmethod
    def of(cls, listed: Listed, fields: tuple[str, ...] = IDENTIFYING) -> Keys:
        exts = [e or c or "" for e, c in zip(listed.column("external_id", None), listed.column("code", ""),
                                             strict=True)]
        # Only an address identifies: Microsoft Forms writes "anonymous" where nobody signed in.
        emails = [e if not e or ("@" in e and valid_email(e)) else "" for e in casefold_all(listed.column("email", ""))]
        return cls(exts, emails, _squash(listed.column("first_name", "")),
                   _squash(listed.column("last_name", "")), _squash(listed.column("organisation", "")), listed,
                   fields)

    def name(self, i: int) -> tuple[str, str, str]:
        return (self.firsts[i], self.lasts[i], self.orgs[i])

    def identifying(self, i: int) -> tuple[str, ...]:
        if self._rest is None:  # only rows without id and e-mail need it: built on first use
            self._rest = [_squash([str(v) for v in self.listed.column(f, "")]) for f in self.fields
                          if f not in ("first_name", "last_name", "organisation")]
        return (*self.name(i), *(column[i] for column in self._rest))


def all_distinct(keys: Keys) -> bool:
    """No two rows can be the same person (the usual first import, and the 50,000-row one)."""
    exts = [e for e in keys.exts if e]
    emails = [e for e in keys.emails if e]
    if len(set(exts)) != len(exts) or len(set(emails)) != len(emails):
        return False
    anonymous = [i for i, (e, m) in enumerate(zip(keys.exts, keys.emails, strict=True)) if not e and not m]
    return len({keys.identifying(i) for i in anonymous}) == len(anonymous)


NAMESAKE_WARNINGS = 100  # more namesakes than this (a big list of common names) become one note on the list


def warn_namesakes(keys: Keys, rows: Sequence[int], report: ImportReport) -> None:
    """A warning on each later row whose name and organisation an earlier imported row has; a list with very many
    namesakes gets one note instead, so the report still shows the rows that need a look."""
    listed = keys.listed
    names = list(zip(keys.firsts, keys.lasts, keys.orgs, strict=True))
    if len({names[i] for i in rows}) == len(rows):
        return
    first: dict[tuple[str, str, str], int] = {}
    pairs = []
    for i in rows:
        earlier = first.setdefault(names[i], i)
        if earlier != i:
            pairs.append((earlier, i))
    if len(pairs) > NAMESAKE_WARNINGS:
        report.notices.append(f"{len(pairs)} people have the name and organisation of someone else on the list; "
                              "as their e-mail or registration number differs, all of them are imported")
        return
    for earlier, i in pairs:
        report.warn(listed.numbers[i], f"possible namesake, rows {listed.numbers[earlier]} and "
                                       f"{listed.numbers[i]}: both imported", listed.sheets[i])


def newest_per_person(keys: Keys, stamps: list[str] | None, report: ImportReport) -> list[int]:
    """Rows to import, in list order: one per person, the newest (see the module doc); the others are reported."""
    listed = keys.listed
    n = len(listed)
    group = list(range(n))
    by_ext: dict[str, int] = {}
    by_email: dict[str, int] = {}
    by_ident: dict[tuple[str, ...], int] = {}
    for i in range(n):
        ext, email = keys.exts[i], keys.emails[i]
        g = by_ext.get(ext) if ext else None
        if g is None and email and email in by_email:
            other = by_email[email]
            other_ext = keys.exts[other]
            if (ext and other_ext and ext != other_ext) or names_unrelated(keys.name(i), keys.name(other)):
                report.warn(listed.numbers[i], f"same e-mail address as row {listed.numbers[other]}, but another "
                                               "person: both imported", listed.sheets[i])
            else:
                g = group[other]
        if g is None and not ext and not email:
            g = by_ident.setdefault(keys.identifying(i), i)
        if g is None:
            g = i
        group[i] = g
        if ext:
            by_ext.setdefault(ext, g)
        if email:
            by_email.setdefault(email, i)
    members: dict[int, list[int]] = {}
    for i, g in enumerate(group):
        members.setdefault(g, []).append(i)
    order = timestamp_keys(stamps) if stamps else None
    keep: list[int] = []
    for rows in members.values():
        if len(rows) == 1:
            keep.append(rows[0])
            continue
        # The newest answer: the latest timestamp, the later row on a tie or without one.
        winner = max(rows, key=lambda r: (order[r], r)) if order else rows[-1]
        keep.append(winner)
        older = sorted((r for r in rows if r != winner), key=lambda r: (order[r], r) if order else r, reverse=True)
        _fill_blanks(listed, winner, older)
        why = _why(keys, rows[0], winner)
        for r in rows:
            if r != winner:
                report.skip(listed.numbers[r], f"same person as row {listed.numbers[winner]} ({why}); "
                                               f"the newer row {listed.numbers[winner]} is imported",
                            listed.sheets[r])
    keep.sort()
    return keep


def _fill_blanks(listed: Listed, winner: int, older: list[int]) -> None:
    """The newer row updates the older: its values win, and what it leaves empty (a phone number given only the
    first time) comes from the newest older row that has it."""
    for column in [*listed.cols.values(), *(values for _header, values in listed.extras)]:
        if column[winner].__class__ is str and column[winner]:
            continue
        for r in older:
            value = column[r]
            if value.__class__ is str and value:
                column[winner] = value
                break


def _why(keys: Keys, a: int, b: int) -> str:
    if keys.exts[a] and keys.exts[a] == keys.exts[b]:
        return "same registration number"
    if keys.emails[a] and keys.emails[a] == keys.emails[b]:
        return "same e-mail address"
    return "every detail the same"
