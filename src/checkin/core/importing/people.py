"""Rows of a mapped table -> attendee field values, with the per-row checks of the validation report."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from . import values as V
from .headers import EXTRA, FULL_NAME, IGNORE
from .names import split_full_name, split_title_value, valid_email
from .report import ImportReport
from .source import Prepared

NAME_FIELDS = ("salutation", "title", "first_name", "last_name", "organisation", "position", "email")
MAX_NAME = 200
MAX_ANY = 2000
_CONTROL_STRICT = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# What Excel/LibreOffice would run as a formula or DDE call if the text were pasted back into a sheet.
_FORMULA = re.compile(r"^(=|@[A-Za-z]|[+\-][A-Za-z_][A-Za-z0-9_.]*[(|!])")
_SUSPECT = re.compile(r"[\x00-\x1f\x7f-\x9f]|(?:^|\uffff)(?:=|@[A-Za-z]|[+\-][A-Za-z_][A-Za-z0-9_.]*[(|!])")
DEFAULT_STATUS = "registered"  # a list from the registration office holds people who registered


@dataclass
class Person:
    row: int
    sheet: str
    fields: dict[str, Any]  # attendee fields the list provides (extra: only the list's own columns)
    label: str = ""  # for messages


@dataclass
class _Plan:
    direct: list[tuple[int, str]] = field(default_factory=list)  # (column, field)
    full: list[int] = field(default_factory=list)
    extra: list[tuple[int, str]] = field(default_factory=list)


def provided_fields(prepared: Prepared) -> set[str]:
    out = {t for t in prepared.mapping if t not in (EXTRA, IGNORE, FULL_NAME)}
    if FULL_NAME in prepared.mapping:
        out |= {"first_name", "last_name"}
    if EXTRA in prepared.mapping or {"category", "organisation_type"} & out:
        out.add("extra")
    if "title" in out:
        out.add("salutation")
    return out


def people(prepared: Prepared, report: ImportReport) -> list[Person]:
    plan = _Plan()
    for col, target in enumerate(prepared.mapping):
        if target == FULL_NAME:
            plan.full.append(col)
        elif target == EXTRA:
            plan.extra.append((col, prepared.headers[col]))
        elif target != IGNORE:
            plan.direct.append((col, target))
    headers = prepared.headers
    out: list[Person] = []
    for row in prepared.rows:
        cells = row.cells
        f: dict[str, Any] = {}
        extra: dict[str, str] = {}
        for col, target in plan.direct:
            f[target] = cells[col].strip()
        for col in plan.full:
            parts = split_full_name(cells[col])
            for key in ("salutation", "title", "first_name", "last_name"):
                value = getattr(parts, key)
                if value and not f.get(key):
                    f[key] = value
                elif key in ("first_name", "last_name"):
                    f.setdefault(key, value)
        for col, header in plan.extra:
            value = cells[col].strip()
            if value:
                extra[header] = value
        _normalise(f, extra, headers, prepared, row.number, row.sheet, report)
        if extra or "extra" in f:
            f["extra"] = extra
        if not f.get("first_name") and not f.get("last_name"):
            report.skip(row.number, "no name", row.sheet)
            continue
        _check(f, row.number, row.sheet, report)
        label = " ".join(p for p in (f.get("first_name"), f.get("last_name")) if p)
        out.append(Person(row.number, row.sheet, f, label))
    return out


def _normalise(f: dict[str, Any], extra: dict[str, str], headers: list[str], prepared: Prepared, row: int,
               sheet: str, report: ImportReport) -> None:
    if "title" in f:
        salutation, title = split_title_value(f["title"])
        f["title"] = title
        if salutation and not f.get("salutation"):
            f["salutation"] = salutation
    if "external_id" in f:
        f["external_id"] = f["external_id"] or None
    email = f.get("email")
    if email and not valid_email(email):
        report.warn(row, f"invalid email address {email!r}", sheet)
    if f.get("country"):
        f["country"] = V.country(f["country"]) or f["country"]
    if "language" in f:
        f["language"] = V.language(f["language"]) or f["language"]
    for key, lookup, default in (("category", V.category, "guest"), ("organisation_type", V.organisation_type, "")):
        if key in f:
            raw = f[key]
            mapped = lookup(raw) if raw else None
            f[key] = mapped or (default if raw or key == "category" else "")
            if raw and (mapped or "").casefold() != raw.casefold():
                # Keep the list's own word (e.g. ticket type "Early bird"), so nothing is lost.
                extra[headers[prepared.mapping.index(key)]] = raw
    if "status" in f:
        raw = f["status"]
        mapped = V.status(raw) if raw else DEFAULT_STATUS
        if mapped is None:
            report.warn(row, f"unknown status {raw!r}; imported as {DEFAULT_STATUS}", sheet)
            mapped = DEFAULT_STATUS
        f["status"] = mapped
    if "attention" in f:
        f["attention"] = V.truthy(f["attention"])


def _check(f: dict[str, Any], row: int, sheet: str, report: ImportReport) -> None:
    texts = [v for v in f.values() if isinstance(v, str) and v] + list((f.get("extra") or {}).values())
    # Fast path (almost every row): no control character, nothing long, no field that looks like a formula. One
    # regex over the joined fields; U+FFFF (a noncharacter) marks field starts, a false alarm only costs time.
    if not _SUSPECT.search("\uffff".join(texts)) and max(map(len, texts), default=0) <= MAX_NAME:
        return
    items = list(f.items()) + [(f"extra:{k}", v) for k, v in (f.get("extra") or {}).items()]
    for key, value in items:
        if not isinstance(value, str) or not value:
            continue
        name_like = key in NAME_FIELDS
        if (_CONTROL_STRICT if name_like else _CONTROL_TEXT).search(value):
            report.warn(row, f"line break or control character in {_label(key)}", sheet)
        if len(value) > (MAX_NAME if name_like else MAX_ANY):
            report.warn(row, f"{_label(key)} is absurdly long ({len(value)} characters)", sheet)
        if value[0] in "=@+-" and _FORMULA.match(value):
            report.warn(row, f"{_label(key)} looks like a spreadsheet formula; stored as text", sheet)


def _label(key: str) -> str:
    return key[6:] if key.startswith("extra:") else key.replace("_", " ")
