"""Splitting a full name into salutation, academic title, first and family name, without re-casing anything.

"Prof. Dr. Günter Großmann" -> title "Prof. Dr.", first "Günter", last "Großmann";
"Pieter van der Berg" -> last "van der Berg"; "Schütte, Georg" -> last "Schütte", first "Georg".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..textfold import fold

_SALUTATIONS = frozenset({"herr", "frau", "hr.", "fr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.",
                "monsieur", "madame", "m.", "mme", "mme.", "señor", "señora", "sig.", "sig.ra", "pan", "pani"})
# Academic and professional titles, compared without case and trailing dot.
_TITLES = frozenset({"dr", "prof", "professor", "professorin", "priv.-doz", "pd", "dipl.-ing", "dipl.-kfm", "dipl.-kffr",
           "dipl.-inf", "dipl.-phys", "dipl.-chem", "dipl.-volksw", "dr.-ing", "dr.-ing.", "dr. med", "med", "rer",
           "nat", "rer.nat", "rer. nat", "phil", "jur", "oec", "h.c", "mult", "mag", "ing", "ir", "drs", "doc",
           "doz", "hon.-prof", "apl", "em", "sir", "dame", "univ.-prof", "ao.univ.-prof", "dr.med", "dr.rer.nat",
           "dr.phil", "dr.h.c", "dr.-ing.habil", "habil", "ass.-prof", "assoc", "mr.", "doc.", "ing.", "mgr", "bc",
           "phdr", "rndr", "judr", "mudr", "ph.d", "dott", "dott.ssa", "ing.-paed", "eng", "lic"})
_SUFFIX_TITLES = frozenset({"phd", "ph.d", "ph.d.", "mba", "msc", "m.sc", "m.sc.", "bsc", "b.sc", "b.sc.", "ma", "m.a.", "ba",
                  "b.a.", "llm", "ll.m.", "mdb", "mdl", "mep", "jr", "jr.", "sr", "sr.", "csc", "csc.", "dsc", "dsc."})
# Particles that belong to the family name.
_PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "dei", "degli", "di", "da", "das", "do", "dos", "du",
              "des", "la", "le", "lo", "zu", "zur", "zum", "ten", "ter", "te", "bin", "ibn", "bint", "al", "el",
              "af", "av", "d'", "mac", "mc", "ó", "ní", "nic", "ua", "st.", "san", "santa", "vom", "y", "e"})


@dataclass(frozen=True)
class NameParts:
    salutation: str = ""
    title: str = ""
    first_name: str = ""
    last_name: str = ""


def _key(token: str) -> str:
    return token.lower().rstrip(",")


def is_title(token: str) -> bool:
    key = _key(token)
    return key in _TITLES or key.rstrip(".") in _TITLES or (
        key.endswith(".") and key.rstrip(".").replace(".", "").replace("-", "") in {"drmed", "drrernat", "drphil",
                                                                                 "drhc", "drjur", "dring"})


def is_salutation(token: str) -> bool:
    return _key(token) in _SALUTATIONS


def split_title_value(value: str) -> tuple[str, str]:
    """A "Titel"/"Title" column (Indico puts Mr/Ms/Dr there): (salutation, academic title)."""
    tokens = value.split()
    if tokens and all(is_salutation(t) for t in tokens):
        return value.strip(), ""
    return "", value.strip()


def split_full_name(text: str, *, family_first: bool = False) -> NameParts:
    """``family_first``: the name order of a Hungarian list ("Kovács Zsófia": family name Kovács)."""
    # Split only on whitespace between words: each word stays exactly as written.
    text = text.strip()
    if not text:
        return NameParts()
    salutation: list[str] = []
    titles: list[str] = []
    suffixes: list[str] = []
    if "," in text:
        head, _, tail = text.partition(",")
        tail_tokens = tail.split()
        if tail_tokens and all(_key(t).rstrip(".") in {s.rstrip(".") for s in _SUFFIX_TITLES} for t in tail_tokens):
            suffixes = tail_tokens
            text = head.strip()
        else:
            # "Schütte, Georg" / "Schütte, Dr. Georg": family name first.
            rest = tail.split()
            sal = [rest.pop(0) for _ in range(len(rest)) if rest and is_salutation(rest[0])]
            tit = [rest.pop(0) for _ in range(len(rest)) if rest and is_title(rest[0])]
            return NameParts(" ".join(sal), " ".join(tit), " ".join(rest), head.strip())
    tokens = text.split()
    while tokens and len(tokens) > 1 and is_salutation(tokens[0]):
        salutation.append(tokens.pop(0))
    while tokens and len(tokens) > 1 and is_title(tokens[0]):
        titles.append(tokens.pop(0))
    while len(tokens) > 1 and _key(tokens[-1]) in _SUFFIX_TITLES:
        suffixes.insert(0, tokens.pop())
    title = " ".join(titles + suffixes)
    if len(tokens) == 1:
        return NameParts(" ".join(salutation), title, "", tokens[0])
    if family_first:
        return NameParts(" ".join(salutation), title, " ".join(tokens[1:]), tokens[0])
    # The family name starts at the first particle after the first given name, else it is the last word.
    start = len(tokens) - 1
    for i in range(1, len(tokens) - 1):
        if _key(tokens[i]) in _PARTICLES or tokens[i].lower().startswith(("d'", "d’")):
            start = i
            break
    return NameParts(" ".join(salutation), title, " ".join(tokens[:start]), " ".join(tokens[start:]))


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


def valid_email(text: str) -> bool:
    return bool(_EMAIL.match(text)) and ".." not in text


def names_unrelated(a: tuple[str, str, str], b: tuple[str, str, str]) -> bool:
    """Two people sharing an address ("info@firma.de" for Thomas Müller and Thomas Schmidt), not one person
    correcting a typo ("Mueller" -> "Müller") or adding a first name: the names must agree up to a slip."""
    fa, la, fb, lb = fold(a[0]), fold(a[1]), fold(b[0]), fold(b[1])
    if la == lb or _close(la, lb):
        return not (fa == fb or not fa or not fb or fa.startswith(fb) or fb.startswith(fa) or _close(fa, fb))
    return True


def _close(a: str, b: str, slips: int = 2) -> bool:
    """At most ``slips`` letters inserted, removed or changed (and both long enough for that to mean a typo)."""
    if abs(len(a) - len(b)) > slips or min(len(a), len(b)) <= slips:
        return a == b
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        row = [i]
        for j, cb in enumerate(b, start=1):
            row.append(min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = row
    return previous[-1] <= slips
