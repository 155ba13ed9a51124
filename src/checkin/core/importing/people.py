"""Rows of a mapped table -> attendee field values, with the per-row checks of the validation report."""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from ..bulk import Memo
from ..field_words import VALUE_LABELS
from . import values as V
from .headers import CHECKIN_ID, EXTRA, FULL_NAME, IGNORE, PARTICLE, SECOND_LAST, family_name_first
from .names import NameParts, split_full_name, split_title_value, valid_email
from .report import ImportReport
from .source import Prepared

NAME_FIELDS = ("salutation", "title", "first_name", "last_name", "organisation", "position", "email")
MAX_NAME = 200
MAX_ANY = 2000
_CONTROL_STRICT = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# What Excel/LibreOffice would run as a formula or DDE call if the text were pasted back into a sheet.
_FORMULA = re.compile(r"^(=|@[A-Za-z]|[+\-][A-Za-z_][A-Za-z0-9_.]*[(|!])")
_FORMULA_STARTS = frozenset("=@+-")
_GUARDED = "=@+-\t\r"  # what an export's protective apostrophe stands before (exports.neutralise)
_SCIENTIFIC = re.compile(r"^\+?\d[.,]\d+E\+\d+$", re.I)  # how Excel shows a long number in a CSV: 4,93012E+11
_NO_ADDRESS = frozenset({"anonymous", "anonym", "anonyme", "anonimo", "anónimo"})
DEFAULT_STATUS = "registered"  # a list from the registration office holds people who registered


_MISSING: Any = object()  # a value no cell can hold: the row does not give this field


@dataclass
class Listed:
    """The list's people (rows without a name left out), a column per field: an import works a column at a
    time, and builds one person's field values only where it needs them (updates, the wizard's preview)."""

    numbers: list[int]  # row number as the user sees it in the source
    sheets: list[str]
    cols: dict[str, list[Any]]  # attendee field -> value per person (_MISSING: this row does not give it)
    extras: list[tuple[str, list[str]]]  # the list's own columns: header -> value per person ("": none)
    # Columns known to hold a value in every row: ``column`` returns them without looking for _MISSING (a scan
    # that compares every cell with it).
    complete: frozenset[str] = frozenset()
    checkin_ids: list[str] | None = None  # the app's own attendee numbers (its attendance export coming back)

    def __len__(self) -> int:
        return len(self.numbers)

    def fields(self, i: int) -> dict[str, Any]:
        """Person i's field values (extra: only the list's own columns)."""
        f = {k: v[i] for k, v in self.cols.items() if v[i] is not _MISSING}
        extra = {h: v[i] for h, v in self.extras if v[i]}
        if extra:
            f["extra"] = extra
        return f

    def column(self, name: str, default: Any) -> list[Any]:
        values = self.cols.get(name)
        if values is None:
            return [default] * len(self.numbers)
        if name in self.complete:
            return values
        return [default if v is _MISSING else v for v in values] if _MISSING in values else values

    def has(self, name: str) -> bool:
        return name in self.cols or (name == "extra" and bool(self.extras))

    def subset(self, keep: list[int]) -> Listed:
        return Listed([self.numbers[i] for i in keep], [self.sheets[i] for i in keep],
                      {k: [v[i] for i in keep] for k, v in self.cols.items()},
                      [(h, [v[i] for i in keep]) for h, v in self.extras], self.complete,
                      None if self.checkin_ids is None else [self.checkin_ids[i] for i in keep])


def provided_fields(prepared: Prepared) -> set[str]:
    out = {t for t in prepared.mapping if t not in (EXTRA, IGNORE, FULL_NAME, PARTICLE, SECOND_LAST, CHECKIN_ID)}
    if FULL_NAME in prepared.mapping:
        out |= {"first_name", "last_name"}
    if PARTICLE in prepared.mapping or SECOND_LAST in prepared.mapping:
        out.add("last_name")
    if EXTRA in prepared.mapping or {"category", "organisation_type"} & out:
        out.add("extra")
    if "title" in out:
        out.add("salutation")
    return out


def people(prepared: Prepared, report: ImportReport) -> Listed:
    """The list's rows as attendee field values, checked. Worked column by column: a list repeats its countries,
    categories and titles, so each distinct value is looked up once, and a whole column is checked in one go."""
    rows = prepared.rows
    headers, mapping = prepared.headers, prepared.mapping
    # Columns: _collect pads every row to the header width (cells past it are empty and unused).
    raw = list(zip(*(r.cells for r in rows), strict=False)) if rows else [()] * len(mapping)
    cols: dict[str, list[Any]] = {}
    for col, target in enumerate(mapping):
        if target not in (FULL_NAME, EXTRA, IGNORE):
            cols[target] = list(map(str.strip, raw[col]))
    _join_family_name(cols, len(rows))
    checkin_ids = cols.pop(CHECKIN_ID, None)
    complete = set(cols)  # every cell stripped text; a full-name column may leave gaps in the name fields
    for col, target in enumerate(mapping):
        if target == FULL_NAME:
            family_first = family_name_first(headers[col])
            _merge_full_names(cols, [split_full_name(v, family_first=family_first) for v in raw[col]], len(rows))
            complete -= {"salutation", "title", "first_name", "last_name"}
    extras = [(headers[col], list(map(str.strip, raw[col]))) for col, target in enumerate(mapping) if target == EXTRA]
    notes: dict[int, list[str]] = {}  # row index -> normalisation warnings
    faults = prepared.table.row_notes
    if faults:
        for i, row in enumerate(rows):
            for message in faults.get(row.number, ()):
                _note(notes, i, message)
    _normalise(cols, extras, headers, mapping, notes, prepared.categories)
    if "category" in cols:
        known = set(V.CATEGORIES)
        counts: dict[str, int] = {}
        for value in cols["category"]:
            if value is not _MISSING and value not in known:
                counts[value] = counts.get(value, 0) + 1
        report.new_categories = counts
    checks = _check(cols, extras)
    listed = Listed([r.number for r in rows], [r.sheet for r in rows], cols, extras, frozenset(complete),
                    checkin_ids)
    # First and family name columns hold text in every row (a full-name split gives "" rather than nothing).
    names = [c for c in (cols.get("first_name"), cols.get("last_name")) if c is not None]
    named = list(map(any, zip(*names, strict=True))) if names else [False] * len(rows)
    unnamed = {i for i, ok in enumerate(named) if not ok} if not all(named) else set()
    for i in sorted(notes.keys() | checks.keys() | unnamed):
        number, sheet = listed.numbers[i], listed.sheets[i]
        for message in notes.get(i, ()):
            report.warn(number, message, sheet)
        if i in unnamed:
            report.skip(number, "no name", sheet)
            continue
        for message in checks.get(i, ()):
            report.warn(number, message, sheet)
    return listed.subset([i for i, ok in enumerate(named) if ok]) if unnamed else listed


# The words our own export writes for a code ("Gast", "Behörde"): read back as that code (issue 20).
_EXPORT_WORDS = MappingProxyType({(key, code): {w.casefold() for w in words} for key, labels in VALUE_LABELS.items()
                 for code, words in labels.items()})


def _join_family_name(cols: dict[str, list[Any]], n: int) -> None:
    """The Dutch particle column goes in front of the family name ("van der" + "Berg" = "van der Berg"), a second
    family name (Spanish "segundo apellido") after it, each joined by one space."""
    particles, seconds = cols.pop(PARTICLE, None), cols.pop(SECOND_LAST, None)
    if particles is None and seconds is None:
        return
    last = cols.get("last_name", [""] * n)
    parts = zip(particles or [""] * n, last, seconds or [""] * n, strict=True)
    cols["last_name"] = [" ".join(p for p in trio if p) for trio in parts]


def _merge_full_names(cols: dict[str, list[Any]], parts: list[NameParts], n: int) -> None:
    """A full-name column fills title and names a separate column left empty (per row, as a person would)."""
    for key in ("salutation", "title", "first_name", "last_name"):
        new = [getattr(p, key) for p in parts]
        old = cols.get(key, [_MISSING] * n)
        # Names are always set (an empty one too, so the row counts as giving it); titles only when present.
        always = key in ("first_name", "last_name")
        cols[key] = [nv if (nv and (ov is _MISSING or not ov)) or (always and ov is _MISSING) else ov
                     for nv, ov in zip(new, old, strict=True)]


def _note(notes: dict[int, list[str]], i: int, message: str) -> None:
    notes.setdefault(i, []).append(message)


def _normalise(cols: dict[str, list[Any]], extras: list[tuple[str, list[str]]], headers: list[str],
               mapping: list[str], notes: dict[int, list[str]], chosen: dict[str, str]) -> None:
    if "title" in cols:
        split = Memo(split_title_value)
        titles = cols["title"]
        salutations = cols.setdefault("salutation", [_MISSING] * len(titles))
        for i, value in enumerate(titles):
            if value is _MISSING:
                continue
            salutation, titles[i] = split[value]
            if salutation and (salutations[i] is _MISSING or not salutations[i]):
                salutations[i] = salutation
    if "external_id" in cols:
        cols["external_id"] = [v if v is _MISSING else (v or None) for v in cols["external_id"]]
    emails = cols.get("email", ())
    for i, email in enumerate(emails):
        if email and email is not _MISSING and not valid_email(email):
            if email.casefold() in _NO_ADDRESS:
                emails[i] = ""  # Microsoft Forms' answer without sign-in: no address, not a wrong one
                continue
            _note(notes, i, f"invalid email address {email!r}")
    for key, lookup in (("country", V.country), ("language", V.language)):
        if key in cols:
            found = Memo(lambda raw, lookup=lookup: (lookup(raw) or raw) if raw else raw)
            cols[key] = [v if v is _MISSING else found[v] for v in cols[key]]
    for key, lookup, default in (("category", V.category, "guest"), ("organisation_type", V.organisation_type, "")):
        if key not in cols:
            continue

        def vocabulary(raw: str, key: str = key, lookup: Any = lookup, default: str = default) -> tuple[str, str]:
            mapped = (chosen.get(raw) if key == "category" else None) or (lookup(raw) if raw else None)
            if key == "category" and raw and not mapped:
                return raw, ""  # a category the event does not know ("VIP") is kept as written
            value = mapped or (default if raw or key == "category" else "")
            # Keep the list's own word (e.g. ticket type "Early bird") as an extra field, so nothing is lost;
            # the words our own export writes for a code ("Gast", "Behörde") are the code, nothing to keep.
            own = raw.casefold() in _EXPORT_WORDS.get((key, mapped or ""), ())
            return value, raw if raw and not own and (mapped or "").casefold() != raw.casefold() else ""

        found = Memo(vocabulary)
        pairs = [("", "") if v is _MISSING else found[v] for v in cols[key]]
        cols[key] = [v if v is _MISSING else p[0] for v, p in zip(cols[key], pairs, strict=True)]
        kept = [p[1] for p in pairs]
        if any(kept):
            extras.append((headers[mapping.index(key)], kept))
    if "status" in cols:
        found = Memo(lambda raw: V.status(raw) if raw else DEFAULT_STATUS)
        statuses = cols["status"]
        for i, raw in enumerate(statuses):
            if raw is _MISSING:
                continue
            mapped = found[raw]
            if mapped is None:
                _note(notes, i, f"unknown status {raw!r}; imported as {DEFAULT_STATUS}")
                mapped = DEFAULT_STATUS
            statuses[i] = mapped
    for i, phone in enumerate(cols.get("phone", ())):
        if phone and phone is not _MISSING and _SCIENTIFIC.match(phone):
            _note(notes, i, f"phone number {phone!r} was shortened by a spreadsheet: digits are missing")
    if "attention" in cols:
        found = Memo(V.truthy)
        cols["attention"] = [v if v is _MISSING else found[v] for v in cols["attention"]]


def _check(cols: dict[str, list[Any]], extras: list[tuple[str, list[str]]]) -> dict[int, list[str]]:
    """row index -> problems: control characters, absurd length, text that looks like a formula."""
    out: dict[int, list[str]] = {}
    for key, column in [*cols.items(), *((f"extra:{h}", v) for h, v in extras)]:
        try:
            texts, joined = column, " ".join(column)
        except TypeError:  # not only text: None (no external id), a flag, or _MISSING
            texts = [v for v in column if v.__class__ is str]
            joined = " ".join(texts)
        name_like = key in NAME_FIELDS
        limit = MAX_NAME if name_like else MAX_ANY
        # A whole column is checked at once (almost every column passes): printable text has no control
        # characters, and a formula starts with one of four characters, at the start or after a space in the
        # joined text (a space inside a value is a false alarm that only costs the row-by-row look).
        control = None if joined.isprintable() else (_CONTROL_STRICT if name_like else _CONTROL_TEXT)
        too_long = max(map(len, texts), default=0) > limit
        formula = joined[:1] in _FORMULA_STARTS or any(" " + c in joined for c in _FORMULA_STARTS)
        guarded = "'" in joined and any("'" + c in joined for c in _GUARDED)
        if control is None and not too_long and not formula and not guarded:
            continue
        for i, value in enumerate(column):
            if value.__class__ is not str or not value:
                continue
            if guarded and value[0] == "'" and value[1:2] in _GUARDED:
                # The apostrophe a spreadsheet export puts before "=..." so it is not run (checkin's attendance
                # export does): a guard, not part of the name.
                column[i] = value = value[1:]
                formula = True
            if control is not None and control.search(value):
                # A badge prints one line per name: a name's line break becomes a space, anything else
                # invisible (NUL, bell, Excel's vertical tab) goes; other text keeps its line breaks.
                if name_like:
                    column[i] = value = " ".join(control.sub(" ", value).split())
                    _note(out, i, f"line break or control character in {_label(key)}: replaced by a space")
                else:
                    column[i] = value = control.sub("", value)
                    _note(out, i, f"control character removed from {_label(key)}")
            if too_long and len(value) > limit:
                _note(out, i, f"{_label(key)} is absurdly long ({len(value)} characters)")
            if formula and value[0] in _FORMULA_STARTS and _FORMULA.match(value):
                _note(out, i, f"{_label(key)} looks like a spreadsheet formula; stored as text")
    return out


def _label(key: str) -> str:
    return key[6:] if key.startswith("extra:") else key.replace("_", " ")
