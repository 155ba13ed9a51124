"""The desk operations' refusals in the worker's language: the core says why in one English line (as the
command line prints it); the dialogs show these lines translated, so a German desk never reads English."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("DeskOps", "...") calls


def _patterns() -> list[tuple[re.Pattern[str], str]]:
    return [
        (re.compile(r"a name is needed"), translate("DeskOps", "A name is needed (first or last name).")),
        (re.compile(r"nothing to change"), translate("DeskOps", "Nothing to change: the values are as before.")),
        (re.compile(r"not an email address: '(.*)'"), translate("DeskOps", "Not an e-mail address: %1")),
        (re.compile(r"category cannot be empty"), translate("DeskOps", "The category cannot be empty.")),
        (re.compile(r"wrong organiser PIN"), translate("DeskOps", "Wrong organiser PIN.")),
        (re.compile(r"invitation-only: a walk-in needs the organiser PIN"),
         translate("DeskOps", "This event is invitation-only: a walk-in needs the organiser PIN.")),
        (re.compile(r"^(.*) holds a (.*) already; take it back first"),
         translate("DeskOps", "%1 holds a %2 already; take it back first.")),
        (re.compile(r"^(.*) holds no (.*)$"), translate("DeskOps", "%1 holds no %2.")),
        (re.compile(r"which item\?"), translate("DeskOps", "Which item? (e.g. receiver)")),
        (re.compile(r"cannot lie in the future"), translate("DeskOps", "A paper arrival cannot lie in the future.")),
        (re.compile(r"^(.*) was replaced already by (.*) \(id"), translate("DeskOps", "%1 was replaced by %2.")),
        (re.compile(r"country: a two-letter code"),
         translate("DeskOps", "Country: a two-letter code such as DE, TR, CZ.")),
        (re.compile(r"unknown category '(.*)'"), translate("DeskOps", "Unknown category: %1")),
    ]


def say(exc: Exception | str) -> str:
    """The refusal, translated where the desk knows it; otherwise the core's own line."""
    text = str(exc)
    for pattern, words in _patterns():
        found = pattern.search(text)
        if found:
            for n, group in enumerate(found.groups(), start=1):
                words = words.replace(f"%{n}", group)
            return words
    return text
