"""A core failure in the user's language: the core raises a code with parameters (``core.failures.Why``), this
module chooses the words (the command line prints the core's English line instead).

One table per screen's context (desk operations, import, event file, stations, badges, matchmaking, exports and
pretix). A failure the core did not classify (a bug, a disk error deep in SQLite) is said in one general sentence
in German; the English line then goes only to the message box's details and the log, for support.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.failures import Why, why_of
from ..core.fileerrors import cause_of_error

Words = tuple[str, str, tuple[str, ...]]  # (context, source text with %1.., parameter names for %1..)

_DESK = "DeskOps"
_IMPORT = "ImportFailures"
_FILE = "EventFileFailures"
_STATIONS = "StationFailures"
_BADGES = "BadgeFailures"
_MEETINGS = "MatchmakingFailures"
_EXPORTS = "ExportFailures"

WORDS: Mapping[Why, Words] = MappingProxyType({
    # desk operations: the dialogs of the Desk screen (walk-in, substitute, companion, correction, items)
    Why.UNKNOWN_FIELDS: (_DESK, QT_TRANSLATE_NOOP("DeskOps", "These fields are not known here: %1"), ("fields",)),
    Why.NAME_NEEDED: (_DESK, QT_TRANSLATE_NOOP("DeskOps", "A name is needed (first or last name)."), ()),
    Why.BAD_EMAIL: (_DESK, QT_TRANSLATE_NOOP("DeskOps", "Not an e-mail address: %1"), ("value",)),
    Why.UNKNOWN_CATEGORY: (_DESK, QT_TRANSLATE_NOOP("DeskOps", "Unknown category: %1"), ("value",)),
    Why.BAD_COUNTRY: (_DESK, QT_TRANSLATE_NOOP("DeskOps", "Country: a two-letter code such as DE, TR, CZ."), ()),
    Why.CANNOT_ISSUE_CODES: (_DESK, QT_TRANSLATE_NOOP(
        "DeskOps", "This copy cannot issue admission codes; register the person at a desk copy."), ()),
    Why.NO_PERSON: (_DESK, QT_TRANSLATE_NOOP("DeskOps", "No guest with number %1 in this event."), ("id",)),
    Why.WRONG_PIN: (_DESK, QT_TRANSLATE_NOOP("DeskOps", "Wrong organiser PIN."), ()),
    Why.INVITATION_ONLY: (_DESK, QT_TRANSLATE_NOOP(
        "DeskOps", "This event is invitation-only: a walk-in needs the organiser PIN."), ()),
    Why.ALREADY_REPLACED: (_DESK, QT_TRANSLATE_NOOP("DeskOps", "%1 was replaced by %2."), ("name", "by")),
    Why.ALREADY_ARRIVED: (_DESK, QT_TRANSLATE_NOOP(
        "DeskOps", "%1 is checked in already today; to let the person who came take over that arrival, "
                   "confirm it."), ("name",)),
    Why.NOT_CORRECTABLE: (_DESK, QT_TRANSLATE_NOOP("DeskOps", "These fields cannot be corrected here: %1"),
                          ("fields",)),
    Why.NOTHING_TO_CHANGE: (_DESK, QT_TRANSLATE_NOOP("DeskOps", "Nothing to change: the values are as before."), ()),
    Why.CATEGORY_EMPTY: (_DESK, QT_TRANSLATE_NOOP("DeskOps", "The category cannot be empty."), ()),
    Why.TIME_WITHOUT_OFFSET: (_DESK, QT_TRANSLATE_NOOP("DeskOps", "The time of a paper arrival needs a time zone."),
                              ()),
    Why.FUTURE_ARRIVAL: (_DESK, QT_TRANSLATE_NOOP("DeskOps", "A paper arrival cannot lie in the future."), ()),
    Why.WHICH_ITEM: (_DESK, QT_TRANSLATE_NOOP("DeskOps", "Which item? (e.g. receiver)"), ()),
    Why.ITEM_HELD: (_DESK, QT_TRANSLATE_NOOP("DeskOps", "%1 holds a %2 already; take it back first."),
                    ("name", "item")),
    Why.ITEM_NOT_HELD: (_DESK, QT_TRANSLATE_NOOP("DeskOps", "%1 holds no %2."), ("name", "item")),
    Why.NO_CHECKIN_RECORD: (_DESK, QT_TRANSLATE_NOOP("DeskOps", "This check-in is not in the event file (any more)."),
                            ()),
    Why.UNKNOWN_POINT: (_DESK, QT_TRANSLATE_NOOP("DeskOps", "Unknown check-in point: %1"), ("point",)),
    # event files, copies and backups (main window, Stations screen, backups)
    Why.NO_EVENT_FILE: (_FILE, QT_TRANSLATE_NOOP("EventFileFailures", "There is no event file %1 (any more)."),
                        ("path",)),
    Why.FOLDER_NOT_FILE: (_FILE, QT_TRANSLATE_NOOP("EventFileFailures", "%1 is a folder, not an event file."),
                          ("path",)),
    Why.NOT_EVENT_FILE: (_FILE, QT_TRANSLATE_NOOP(
        "EventFileFailures", "%1 is not a checkin event file (or it is encrypted and needs its passphrase)."),
                         ("path",)),
    Why.CANNOT_OPEN: (_FILE, QT_TRANSLATE_NOOP("EventFileFailures", "%1 cannot be opened: %2."), ("path", "detail")),
    Why.NEWER_VERSION: (_FILE, QT_TRANSLATE_NOOP(
        "EventFileFailures", "%1 was written by a newer version of checkin; update this program."), ("path",)),
    Why.FILE_EXISTS: (_FILE, QT_TRANSLATE_NOOP("EventFileFailures", "%1 exists already; choose another name."),
                      ("path",)),
    Why.UNKNOWN_TIMEZONE: (_FILE, QT_TRANSLATE_NOOP("EventFileFailures", "Unknown time zone: %1"), ("zone",)),
    Why.TOO_FEW_DAYS: (_FILE, QT_TRANSLATE_NOOP("EventFileFailures", "An event lasts at least one day."), ()),
    Why.BACKUP_FOLDER: (_FILE, QT_TRANSLATE_NOOP("EventFileFailures", "%1 cannot take the backup: %2."),
                        ("path", "detail")),
    Why.BACKUP_NOT_VERIFIED: (_FILE, QT_TRANSLATE_NOOP(
        "EventFileFailures", "The backup at %1 did not verify; try another folder or stick."), ("path",)),
    Why.BACKUP_NOT_WRITTEN: (_FILE, QT_TRANSLATE_NOOP("EventFileFailures", "The backup could not be written to %1: %2."),
                             ("path", "detail")),
    Why.WEAK_PIN_FOR_COPY: (_FILE, QT_TRANSLATE_NOOP(
        "EventFileFailures", "The PIN is too weak to go out in a desk copy (anyone with the laptop's file could "
                             "guess it). Set a longer PIN first."), ()),
    Why.NOT_MASTER: (_FILE, QT_TRANSLATE_NOOP(
        "EventFileFailures", "Only the organiser's file (it holds the event key) can do this."), ()),
    Why.BAD_STATION_NAME: (_FILE, QT_TRANSLATE_NOOP(
        "EventFileFailures", "Station name %1: use letters, digits, '.', '_' or '-'."), ("name",)),
    Why.STATION_NAME_TAKEN: (_FILE, QT_TRANSLATE_NOOP("EventFileFailures", "The station name %1 is taken; choose another."),
                             ("name",)),
    Why.UNKNOWN_STATION: (_FILE, QT_TRANSLATE_NOOP("EventFileFailures", "No certified station is called %1."),
                          ("name",)),
    Why.SIGNS_AS_OTHER_STATION: (_FILE, QT_TRANSLATE_NOOP(
        "EventFileFailures", "This copy signs as station %1; records under the name %2 would be refused by every "
                             "other station."), ("station", "name")),
    # stations and sync
    Why.PAIRING_OTHER_EVENT: (_STATIONS, QT_TRANSLATE_NOOP(
        "StationFailures", "This pairing code belongs to another event: open the desk copy of that event."), ()),
    Why.NOT_PAIRING_CODE: (_STATIONS, QT_TRANSLATE_NOOP(
        "StationFailures", "Not a pairing code: 12 letters and digits like ABCD-ABCD-ABCD, or the pairing QR code."),
                           ()),
    Why.NO_STATION_FOUND: (_STATIONS, QT_TRANSLATE_NOOP(
        "StationFailures", "No station of this event was found on the network: give its address."), ()),
    Why.PAIRING_NO_ANSWER: (_STATIONS, QT_TRANSLATE_NOOP(
        "StationFailures", "No station answered the pairing code (%1)."), ("detail",)),
    Why.SECRET_DAMAGED: (_STATIONS, QT_TRANSLATE_NOOP("StationFailures", "The sync secret in this event file is damaged."),
                         ()),
    Why.NO_SYNC_SECRET: (_STATIONS, QT_TRANSLATE_NOOP(
        "StationFailures", "This copy holds no sync secret: pair it with a station, or make a new desk copy from "
                           "the organiser's file."), ()),
    Why.ADDRESS_EMPTY: (_STATIONS, QT_TRANSLATE_NOOP("StationFailures", "No address given."), ()),
    Why.ADDRESS_SCHEME: (_STATIONS, QT_TRANSLATE_NOOP(
        "StationFailures", "Stations talk plain HTTP with encrypted bodies: use http://, not %1://."), ("scheme",)),
    Why.ADDRESS_NO_HOST: (_STATIONS, QT_TRANSLATE_NOOP("StationFailures", "The address names no computer."), ()),
    Why.NO_FREE_PORT: (_STATIONS, QT_TRANSLATE_NOOP("StationFailures", "No free network port for the sync service."),
                       ()),
    # badge layouts
    Why.LAYOUT_INVALID: (_BADGES, QT_TRANSLATE_NOOP("BadgeFailures", "This layout is not usable (%1)."), ("detail",)),
    Why.LAYOUT_ELEMENT_NO_SIZE: (_BADGES, QT_TRANSLATE_NOOP(
        "BadgeFailures", "The element %1 has no size: give it a width and a height."), ("element",)),
    Why.LAYOUT_UNKNOWN: (_BADGES, QT_TRANSLATE_NOOP("BadgeFailures", "There is no layout called %1."), ("name",)),
    Why.LAYOUT_SHEET_OVERFLOW: (_BADGES, QT_TRANSLATE_NOOP(
        "BadgeFailures", "Layout %1: %2 × %3 badges do not fit on the sheet."), ("name", "cols", "rows")),
    Why.LAYOUT_UNREADABLE: (_BADGES, QT_TRANSLATE_NOOP("BadgeFailures", "The layout file %1 cannot be read."),
                            ("path",)),
    # matchmaking
    Why.BAD_MARK: (_MEETINGS, QT_TRANSLATE_NOOP("MatchmakingFailures", "A meeting cannot be marked %1."), ("state",)),
    Why.NO_MEETING: (_MEETINGS, QT_TRANSLATE_NOOP("MatchmakingFailures", "There is no meeting %1 in this event."),
                     ("id",)),
    Why.NO_MEETING_NOW: (_MEETINGS, QT_TRANSLATE_NOOP("MatchmakingFailures", "Guest %1 has no meeting now."), ("id",)),
    Why.NO_SLOT: (_MEETINGS, QT_TRANSLATE_NOOP("MatchmakingFailures", "There is no matchmaking slot at %1."),
                  ("slot",)),
    Why.NOT_CHECKED_IN: (_MEETINGS, QT_TRANSLATE_NOOP("MatchmakingFailures", "%1 has not checked in on %2."),
                         ("name", "day")),
    Why.HAS_PRESENT_PARTNER: (_MEETINGS, QT_TRANSLATE_NOOP(
        "MatchmakingFailures", "%1 already has a meeting with a partner who is here at %2."), ("name", "time")),
    Why.CANNOT_BOOK: (_MEETINGS, QT_TRANSLATE_NOOP(
        "MatchmakingFailures", "%1 cannot be booked at %2: not checked in today, already meeting this guest, or not "
                               "free in that slot."), ("name", "time")),
    # exports and pretix (Sync back screen, dashboard exports)
    Why.EXPORT_BAD_NAME: (_EXPORTS, QT_TRANSLATE_NOOP("ExportFailures", "%1: the file name must end in .xlsx or .csv."),
                          ("name",)),
    Why.EXPORT_NO_FOLDER: (_EXPORTS, QT_TRANSLATE_NOOP("ExportFailures", "The folder %1 does not exist."), ("path",)),
    Why.EXPORT_NOT_WRITTEN: (_EXPORTS, QT_TRANSLATE_NOOP("ExportFailures", "The export could not be written (%1)."),
                             ("detail",)),
    Why.PRETIX_NO_ADDRESS: (_EXPORTS, QT_TRANSLATE_NOOP(
        "ExportFailures", "No pretix address given (e.g. https://pretix.eu)."), ()),
    Why.PRETIX_BAD_ADDRESS: (_EXPORTS, QT_TRANSLATE_NOOP("ExportFailures", "Not a web address: %1"), ("url",)),
    Why.PRETIX_NO_TOKEN: (_EXPORTS, QT_TRANSLATE_NOOP("ExportFailures", "Give an API token (or a device token)."), ()),
    Why.PRETIX_NO_ORGANIZER: (_EXPORTS, QT_TRANSLATE_NOOP(
        "ExportFailures", "Give the organizer's short name (slug)."), ()),
    Why.PRETIX_FAILED: (_EXPORTS, QT_TRANSLATE_NOOP("ExportFailures", "pretix answered %1: %2"), ("status", "detail")),
    Why.PRETIX_UNREACHABLE: (_EXPORTS, QT_TRANSLATE_NOOP(
        "ExportFailures", "pretix cannot be reached (%1): check the network and the address."), ("detail",)),
    Why.PRETIX_ACCESS: (_EXPORTS, QT_TRANSLATE_NOOP(
        "ExportFailures", "pretix refused access (%1): check the token and its permissions."), ("status",)),
    Why.PRETIX_NOT_FOUND: (_EXPORTS, QT_TRANSLATE_NOOP(
        "ExportFailures", "pretix does not know %1: check organizer, event and list."), ("what",)),
    Why.PRETIX_UNEXPECTED: (_EXPORTS, QT_TRANSLATE_NOOP("ExportFailures", "pretix gave an unexpected answer for %1."),
                            ("what",)),
    Why.PRETIX_NO_LIST: (_EXPORTS, QT_TRANSLATE_NOOP(
        "ExportFailures", "No check-in list known: fetch from pretix first, or create a check-in list in pretix."),
                         ()),
    Why.PRETIX_LIST_MISSING: (_EXPORTS, QT_TRANSLATE_NOOP(
        "ExportFailures", "The check-in list %1 does not exist in the pretix event %2."), ("list", "event")),
    # importing a list (the import wizard)
    Why.IMPORT_NO_FILE: (_IMPORT, QT_TRANSLATE_NOOP("ImportFailures", "The file does not exist (any more): %1"),
                         ("path",)),
    Why.IMPORT_FOLDER: (_IMPORT, QT_TRANSLATE_NOOP("ImportFailures", "This is a folder, not a file: %1"), ("path",)),
    Why.IMPORT_EMPTY: (_IMPORT, QT_TRANSLATE_NOOP("ImportFailures", "The file %1 is empty."), ("name",)),
    Why.IMPORT_TOO_LARGE: (_IMPORT, QT_TRANSLATE_NOOP(
        "ImportFailures", "The file %1 is too large for an attendee list (%2 MB)."), ("name", "mb")),
    Why.IMPORT_TOO_MANY_CELLS: (_IMPORT, QT_TRANSLATE_NOOP(
        "ImportFailures", "The file %1 has %2 cells, more than an attendee list."), ("name", "cells")),
    Why.IMPORT_LINK_OUTSIDE: (_IMPORT, QT_TRANSLATE_NOOP(
        "ImportFailures", "%1 is a link to a file outside its folder: refused. Copy the file itself."), ("name",)),
    Why.IMPORT_PDF: (_IMPORT, QT_TRANSLATE_NOOP(
        "ImportFailures", "%1 is a PDF, not a table; please save the list as CSV or Excel."), ("name",)),
    Why.IMPORT_BROKEN_WORKBOOK: (_IMPORT, QT_TRANSLATE_NOOP(
        "ImportFailures", "%1 is damaged or not really a workbook."), ("name",)),
    Why.IMPORT_BINARY: (_IMPORT, QT_TRANSLATE_NOOP(
        "ImportFailures", "This is not a table; please save the list as CSV or Excel."), ()),
    Why.IMPORT_NOT_TEXT: (_IMPORT, QT_TRANSLATE_NOOP("ImportFailures", "The file's text is damaged (%1)."),
                          ("encoding",)),
    Why.IMPORT_ENCODING: (_IMPORT, QT_TRANSLATE_NOOP("ImportFailures", "The file cannot be read in the encoding %1."),
                          ("encoding",)),
    Why.IMPORT_NOT_CSV: (_IMPORT, QT_TRANSLATE_NOOP("ImportFailures", "The file is not a readable table."), ()),
    Why.IMPORT_NO_TABLE: (_IMPORT, QT_TRANSLATE_NOOP("ImportFailures", "The file holds no table (every sheet is empty)."),
                          ()),
    Why.IMPORT_NO_SHEET: (_IMPORT, QT_TRANSLATE_NOOP("ImportFailures", "The workbook has no sheet %1."), ("sheet",)),
    Why.IMPORT_SHEET_UNREADABLE: (_IMPORT, QT_TRANSLATE_NOOP(
        "ImportFailures", "The sheet %1 cannot be read (damaged)."), ("sheet",)),
    Why.IMPORT_HUGE_SHEET: (_IMPORT, QT_TRANSLATE_NOOP(
        "ImportFailures", "%1 declares a sheet far larger than an attendee list; save the list alone, or as CSV."),
                            ("name",)),
    Why.IMPORT_LONG_LINE: (_IMPORT, QT_TRANSLATE_NOOP(
        "ImportFailures", "%1: line %2 is far longer than in an attendee list."), ("name", "line")),
    Why.IMPORT_TOO_SLOW: (_IMPORT, QT_TRANSLATE_NOOP(
        "ImportFailures", "%1 took more than %2 s to read: split it, or save it as CSV."), ("name", "seconds")),
    Why.IMPORT_TOO_MUCH_MEMORY: (_IMPORT, QT_TRANSLATE_NOOP(
        "ImportFailures", "%1 needs more than %2 MB to read, so it was not read (a damaged or inflated file)."),
                                 ("name", "mb")),
    Why.IMPORT_MAPPING_UNREADABLE: (_IMPORT, QT_TRANSLATE_NOOP("ImportFailures", "This file is not a saved mapping."),
                                    ()),
    Why.IMPORT_MAPPING_FIELD: (_IMPORT, QT_TRANSLATE_NOOP(
        "ImportFailures", "The saved mapping uses %1, which this list cannot take (column %2)."), ("field", "column")),
    Why.IMPORT_UNREADABLE: (_IMPORT, QT_TRANSLATE_NOOP(
        "ImportFailures", "%1 cannot be read as a table; please save the list as CSV or Excel."), ("name",)),
})

# The few words ``core.fileerrors`` finds for a place (disk full, read-only stick), said inside other messages.
DETAILS: Mapping[str, str] = MappingProxyType({
    "the disk is full": QT_TRANSLATE_NOOP("FileProblems", "the disk is full"),
    "the disk quota is used up": QT_TRANSLATE_NOOP("FileProblems", "the disk quota is used up"),
    "the drive is read-only": QT_TRANSLATE_NOOP("FileProblems", "the drive is read-only"),
    "no permission": QT_TRANSLATE_NOOP("FileProblems", "no permission"),
    "no permission to read the file": QT_TRANSLATE_NOOP("FileProblems", "no permission to read the file"),
    "the file or its folder is read-only (no permission to write)": QT_TRANSLATE_NOOP(
        "FileProblems", "the file or its folder is read-only (no permission to write)"),
    "the file is read-only": QT_TRANSLATE_NOOP("FileProblems", "the file is read-only"),
    # The system's own words (strerror) that a backup or export passes on when nothing above applies.
    "File exists": QT_TRANSLATE_NOOP("FileProblems", "a file of that name is in the way"),
    "Not a directory": QT_TRANSLATE_NOOP("FileProblems", "a file is in the way where a folder should be"),
    "No such file or directory": QT_TRANSLATE_NOOP("FileProblems", "the folder does not exist"),
    "Permission denied": QT_TRANSLATE_NOOP("FileProblems", "no permission"),
    "Is a directory": QT_TRANSLATE_NOOP("FileProblems", "this is a folder"),
})


def _role(role: str) -> str:
    translate = QCoreApplication.translate  # not "tr": lupdate reads tr("A", "b") as the text "A"
    names = {"organiser": translate("RoleFailures", "organiser"), "desk": translate("RoleFailures", "desk"),
             "helper": translate("RoleFailures", "helper"), "kiosk": translate("RoleFailures", "kiosk")}
    return names.get(role, role)


def _role_refusal(params: Mapping[str, str]) -> str:
    translate = QCoreApplication.translate
    if params.get("switched") == "yes":
        who = translate("RoleFailures", "This station works as %1 now")
    else:
        who = translate("RoleFailures", "This is a %1 copy of the event")
    if params.get("needs") == "desk":
        needs = translate("RoleFailures", "%1: this needs a desk copy or the organiser's file.")
    else:
        needs = translate("RoleFailures", "%1: only the organiser's file may do this.")
    return needs.replace("%1", who.replace("%1", _role(params.get("role", ""))))


def _detail(text: str) -> str:
    """A detail the core passed on: the place's problem in the user's words, else as the system said it."""
    key = text.strip()
    return QCoreApplication.translate("FileProblems", DETAILS[key]) if key in DETAILS else key


def words_for(why: Why, params: Mapping[str, str]) -> str:
    """The sentence for ``why`` with its parameters, in the installed language."""
    if why == Why.ROLE_REFUSED:
        return _role_refusal(params)
    context, source, names = WORDS[why]
    text = QCoreApplication.translate(context, source)
    for n, name in enumerate(names, start=1):
        value = params.get(name, "")
        text = text.replace(f"%{n}", _detail(value) if name == "detail" else value)
    return text


def english_line(error: BaseException | str) -> str:
    """The core's own one line (for the details of a message box and the log)."""
    text = str(error) if not isinstance(error, str) else error
    return (text.splitlines() or [""])[0] or (type(error).__name__ if not isinstance(error, str) else "")


def failure_words(error: BaseException | str) -> str:
    """What to tell the user about ``error``, in the installed language.

    A coded failure gets its sentence; the print system's problems keep theirs (``desk.badge_line``); anything
    else gets a general sentence (in English the core's line itself, which helps more than a general one)."""
    if isinstance(error, BaseException):
        why = why_of(error)
        if why is not None and (why == Why.ROLE_REFUSED or why in WORDS):
            return words_for(why, getattr(error, "params", {}))
        place = cause_of_error(error) if isinstance(error, OSError) else None
        if place:  # a full disk or a read-only stick under an export or a backup: the system's own code
            return QCoreApplication.translate("FileProblems", "The file %1 cannot be written: %2.").replace(
                "%1", str(error.filename or "")).replace("%2", _detail(place))
        problem = getattr(error, "problem", None)
        if problem is not None:  # core.printing.SpoolError: coded by ``Problem``
            from .desk.badge_line import problem_words

            said = problem_words(problem, getattr(error, "detail", ""))
            if said:
                return said
    return QCoreApplication.translate("Failures", "%1").replace("%1", english_line(error))


def is_unexplained(error: BaseException | str) -> bool:
    """True if the user only got the general sentence (the English line then belongs in the details)."""
    if not isinstance(error, BaseException):
        return True
    coded = why_of(error) is not None or getattr(error, "problem", None) is not None
    return not coded and not (isinstance(error, OSError) and cause_of_error(error))
