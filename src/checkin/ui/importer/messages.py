"""The import report's texts in the user's language and in a registration office's words.

The core writes its report in English (the command line prints it as it is); the wizard shows each message
through the pattern it was written from, translated, with the field names in the same words as the Columns tab.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ImportMessages"

# Fields named inside messages, as the core words them -> the target whose label the Columns tab shows.
_FIELDS = {"first name": "first_name", "last name": "last_name", "organisation": "organisation",
           "salutation": "salutation", "title": "title", "position": "position", "email": "email",
           "phone": "phone", "country": "country", "language": "language", "category": "category",
           "status": "status", "desk note": "desk_note", "external id": "external_id", "code": "code",
           "organisation type": "organisation_type"}

_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"no name", QT_TRANSLATE_NOOP("ImportMessages", "no name: the row has neither first nor family name")),
    (r"invalid email address '(.*)'", QT_TRANSLATE_NOOP("ImportMessages", "the e-mail address %1 is not valid")),
    (r"unknown status '(.*)'; imported as registered",
     QT_TRANSLATE_NOOP("ImportMessages", "unknown status %1: imported as registered")),
    (r"line break or control character in (.+): replaced by a space",
     QT_TRANSLATE_NOOP("ImportMessages", "line break or invisible character in %1: replaced by a space")),
    (r"control character removed from (.+)",
     QT_TRANSLATE_NOOP("ImportMessages", "invisible character removed from %1")),
    (r"(.+) is absurdly long \((\d+) characters\)",
     QT_TRANSLATE_NOOP("ImportMessages", "%1 is unusually long (%2 characters): please check")),
    (r"(.+) looks like a spreadsheet formula; stored as text",
     QT_TRANSLATE_NOOP("ImportMessages", "%1 looks like a spreadsheet formula; kept as plain text")),
    (r"phone number '(.*)' was shortened by a spreadsheet: digits are missing",
     QT_TRANSLATE_NOOP("ImportMessages", "the phone number %1 was shortened by a spreadsheet program: digits are "
                                         "missing")),
    (r"an invisible NUL character was removed",
     QT_TRANSLATE_NOOP("ImportMessages", "an invisible character (NUL) was removed")),
    (r"some characters of this row are in another encoding than the rest of the file: check the spelling of its "
     r"names",
     QT_TRANSLATE_NOOP("ImportMessages", "this row has characters the rest of the file does not use; "
                                         "please check the spelling of its names")),
    (r"same e-mail address as row (\d+), but another person: both imported",
     QT_TRANSLATE_NOOP("ImportMessages", "same e-mail address as row %1, but another person: both imported")),
    (r"same person as row (\d+) \(same registration number\); the newer row \d+ is imported",
     QT_TRANSLATE_NOOP("ImportMessages", "same registration number as row %1: the newer row %1 is imported")),
    (r"same person as row (\d+) \(same e-mail address\); the newer row \d+ is imported",
     QT_TRANSLATE_NOOP("ImportMessages", "same e-mail address as row %1: the newer answer in row %1 is imported")),
    (r"same person as row (\d+) \(every detail the same\); the newer row \d+ is imported",
     QT_TRANSLATE_NOOP("ImportMessages", "the same person as row %1 (every detail the same): row %1 is imported")),
    (r"possible namesake, rows (\d+) and (\d+): both imported",
     QT_TRANSLATE_NOOP("ImportMessages", "possible namesake (rows %1 and %2): both imported")),
    (r"possible namesake of a guest already in the event \(no\. (\d+)\): imported as another person",
     QT_TRANSLATE_NOOP("ImportMessages", "a guest of the same name is already in the event (no. %1): "
                                         "imported as another person")),
    (r"(.+): the venue's correction '(.*)' stays; the list says '(.*)'",
     QT_TRANSLATE_NOOP("ImportMessages", "%1: the correction made at the venue (%2) stays; the list says %3")),
    (r"no column for the family name: .*",
     QT_TRANSLATE_NOOP("ImportMessages", "The list has no column for the family name: every family name stays "
                                         "empty. Choose the column on the Columns tab.")),
    (r"no column for the first name: .*",
     QT_TRANSLATE_NOOP("ImportMessages", "The list has no column for the first name: every first name stays "
                                         "empty. Choose the column on the Columns tab.")),
    (r"(\d+) people have the name and organisation of someone else on the list; .*",
     QT_TRANSLATE_NOOP("ImportMessages", "%1 people share name and organisation with someone else on the list; "
                                         "their e-mail or registration number differs, so all are imported.")),
    (r"(\d+) new people have the name and organisation of a guest already in the event; .*",
     QT_TRANSLATE_NOOP("ImportMessages", "%1 new people share name and organisation with a guest already in the "
                                         "event; their e-mail or registration number differs, so all are imported.")),
    # The programme lists (rooms, sessions, assignments, meetings).
    (r"no room name", QT_TRANSLATE_NOOP("ImportMessages", "no room name")),
    (r"duplicate of row (\d+) \(same room\)", QT_TRANSLATE_NOOP("ImportMessages", "the same room as row %1")),
    (r"room '(.*)' was not known; added it",
     QT_TRANSLATE_NOOP("ImportMessages", "room %1 was not known yet; it has been added")),
    (r"no start time", QT_TRANSLATE_NOOP("ImportMessages", "no start time")),
    (r"no end time", QT_TRANSLATE_NOOP("ImportMessages", "no end time")),
    (r"not a date: '(.*)'", QT_TRANSLATE_NOOP("ImportMessages", "%1 is not a date")),
    (r"not a time: '(.*)'", QT_TRANSLATE_NOOP("ImportMessages", "%1 is not a time")),
    (r"'(.*)' has no date", QT_TRANSLATE_NOOP("ImportMessages", "%1 has no date")),
    (r"ends before it starts", QT_TRANSLATE_NOOP("ImportMessages", "ends before it starts")),
    (r"no title", QT_TRANSLATE_NOOP("ImportMessages", "no title")),
    (r"no attendee matches (.*)", QT_TRANSLATE_NOOP("ImportMessages", "no guest matches %1")),
    (r"no person given", QT_TRANSLATE_NOOP("ImportMessages", "no person given")),
    (r"no single session matches '(.*)'",
     QT_TRANSLATE_NOOP("ImportMessages", "no session (or more than one) matches %1")),
    (r"no session given", QT_TRANSLATE_NOOP("ImportMessages", "no session given")),
    (r"no table number", QT_TRANSLATE_NOOP("ImportMessages", "no table number")),
    (r"a meeting needs two different participants",
     QT_TRANSLATE_NOOP("ImportMessages", "a meeting needs two different participants")),
    (r"a participant has another meeting at this time \(row (\d+)\)",
     QT_TRANSLATE_NOOP("ImportMessages", "a participant has another meeting at this time (row %1)")),
    (r"mapping file .* cannot be read: .*",
     QT_TRANSLATE_NOOP("ImportMessages", "the saved mapping cannot be read")),
    (r"mapping file .* must be a JSON object .*",
     QT_TRANSLATE_NOOP("ImportMessages", "this file is not a saved mapping")),
    (r"mapping: '(.*)' is not a field for \w+ \(column '(.*)'\)",
     QT_TRANSLATE_NOOP("ImportMessages", "the saved mapping uses %1, which this list cannot take (column %2)")),
    (r"no sheet named '(.*)'", QT_TRANSLATE_NOOP("ImportMessages", "the workbook has no sheet %1")),
    (r"sheet '(.*)' in .* cannot be read \(.*\)",
     QT_TRANSLATE_NOOP("ImportMessages", "the sheet %1 cannot be read (damaged)")),
    (r"the file starts like .* text but is not valid .*",
     QT_TRANSLATE_NOOP("ImportMessages", "the file's text is damaged")),
    (r"the file cannot be read as (\S+): .*",
     QT_TRANSLATE_NOOP("ImportMessages", "the file cannot be read in the encoding %1")),
    (r"the file is not a readable CSV table: .*",
     QT_TRANSLATE_NOOP("ImportMessages", "the file is not a readable table")),
    (r".* is a folder, not a file", QT_TRANSLATE_NOOP("ImportMessages", "this is a folder, not a file")),
    (r".* is too large for an attendee list \((\d+) MB\)",
     QT_TRANSLATE_NOOP("ImportMessages", "the file is too large for an attendee list (%1 MB)")),
    (r"no such file: .*", QT_TRANSLATE_NOOP("ImportMessages", "the file does not exist (any more)")),
    (r".* is empty", QT_TRANSLATE_NOOP("ImportMessages", "the file is empty")),
    (r"this is not a text table \(binary data\).*",
     QT_TRANSLATE_NOOP("ImportMessages", "this is not a table; please save the list as CSV or Excel")),
    (r".* is a PDF, not a table.*",
     QT_TRANSLATE_NOOP("ImportMessages", "this is a PDF, not a table; please save the list as CSV or Excel")),
    (r".* holds no table.*", QT_TRANSLATE_NOOP("ImportMessages", "the file holds no table (every sheet is empty)")),
    (r".* cannot be read as an? \w+ workbook.*",
     QT_TRANSLATE_NOOP("ImportMessages", "the workbook is damaged or not really a workbook")),
    (r".* is not a valid \w+ file \(damaged or renamed\)",
     QT_TRANSLATE_NOOP("ImportMessages", "the workbook is damaged or not really a workbook")),
)
_COMPILED = tuple((re.compile(pattern + r"\Z", re.S), template) for pattern, template in _PATTERNS)


def _field(text: str) -> str:
    from .view import field_label  # the Columns tab's words for the fields

    target = _FIELDS.get(text)
    return field_label(target) if target else text


def translate(message: str) -> str:
    """``message`` in the UI language; a message without a known pattern is shown as it is."""
    for pattern, template in _COMPILED:
        m = pattern.match(message)
        if m:
            text = QCoreApplication.translate(CONTEXT, template)
            for n, value in enumerate(m.groups(), start=1):
                text = text.replace(f"%{n}", _field(value))
            return text
    return message
