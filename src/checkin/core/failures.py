"""Why a core operation failed, as a stable code with parameters: the screens choose the words (German or
English), the command line prints the English line the exception carries.

Every domain error (``DeskOpsError``, ``StoreError``, ``SyncError``, ``ImportFailed`` ...) is a ``Failure``;
``raise DeskOpsError("a name is needed", Why.NAME_NEEDED)`` keeps ``str(exc)`` as before for the CLI and
scripts, and gives the UI ``exc.why`` and ``exc.params`` (text values, the same a user typed or sees). A
failure raised without a code still works; the UI then shows a general sentence instead of English.
"""

from __future__ import annotations

from enum import StrEnum


class Why(StrEnum):
    """Stable codes (they may appear in JSON; never rename one, add new ones)."""

    # desk operations (walk-ins, substitutes, companions, corrections, paper arrivals, loaned items)
    UNKNOWN_FIELDS = "unknown_fields"  # fields
    NAME_NEEDED = "name_needed"
    BAD_EMAIL = "bad_email"  # value
    UNKNOWN_CATEGORY = "unknown_category"  # value
    BAD_COUNTRY = "bad_country"  # value
    CANNOT_ISSUE_CODES = "cannot_issue_codes"
    NO_PERSON = "no_person"  # id
    WRONG_PIN = "wrong_pin"
    INVITATION_ONLY = "invitation_only"
    ALREADY_REPLACED = "already_replaced"  # name, by
    ALREADY_ARRIVED = "already_arrived"  # name
    NOT_CORRECTABLE = "not_correctable"  # fields
    NOTHING_TO_CHANGE = "nothing_to_change"
    CATEGORY_EMPTY = "category_empty"
    TIME_WITHOUT_OFFSET = "time_without_offset"
    FUTURE_ARRIVAL = "future_arrival"
    WHICH_ITEM = "which_item"
    ITEM_HELD = "item_held"  # name, item
    ITEM_NOT_HELD = "item_not_held"  # name, item
    NO_CHECKIN_RECORD = "no_checkin_record"  # id
    UNKNOWN_POINT = "unknown_point"  # point
    # roles
    ROLE_REFUSED = "role_refused"  # role, needs ("organiser" or "desk"), switched ("yes"/"no")
    # event files, copies, backups
    NO_EVENT_FILE = "no_event_file"  # path
    FOLDER_NOT_FILE = "folder_not_file"  # path
    NOT_EVENT_FILE = "not_event_file"  # path
    CANNOT_OPEN = "cannot_open"  # path, detail
    NEWER_VERSION = "newer_version"  # path, version
    FILE_EXISTS = "file_exists"  # path
    UNKNOWN_TIMEZONE = "unknown_timezone"  # zone
    TOO_FEW_DAYS = "too_few_days"
    BACKUP_FOLDER = "backup_folder"  # path, detail
    BACKUP_NOT_VERIFIED = "backup_not_verified"  # path
    BACKUP_NOT_WRITTEN = "backup_not_written"  # path, detail
    WEAK_PIN_FOR_COPY = "weak_pin_for_copy"
    NOT_MASTER = "not_master"
    BAD_STATION_NAME = "bad_station_name"  # name
    STATION_NAME_TAKEN = "station_name_taken"  # name
    UNKNOWN_STATION = "unknown_station"  # name
    SIGNS_AS_OTHER_STATION = "signs_as_other_station"  # station, name
    # stations and sync
    PAIRING_OTHER_EVENT = "pairing_other_event"
    NOT_PAIRING_CODE = "not_pairing_code"
    NO_STATION_FOUND = "no_station_found"
    PAIRING_NO_ANSWER = "pairing_no_answer"  # detail
    SECRET_DAMAGED = "secret_damaged"
    ADDRESS_EMPTY = "address_empty"
    ADDRESS_SCHEME = "address_scheme"  # scheme
    ADDRESS_NO_HOST = "address_no_host"
    NO_FREE_PORT = "no_free_port"
    NO_SYNC_SECRET = "no_sync_secret"
    # badge layouts
    LAYOUT_INVALID = "layout_invalid"  # detail
    LAYOUT_ELEMENT_NO_SIZE = "layout_element_no_size"  # element
    LAYOUT_UNKNOWN = "layout_unknown"  # name
    LAYOUT_SHEET_OVERFLOW = "layout_sheet_overflow"  # name, cols, rows
    LAYOUT_UNREADABLE = "layout_unreadable"  # path
    # matchmaking
    BAD_MARK = "bad_mark"  # state
    NO_MEETING = "no_meeting"  # id
    NO_MEETING_NOW = "no_meeting_now"  # id
    NO_SLOT = "no_slot"  # slot
    NOT_CHECKED_IN = "not_checked_in"  # name, day
    HAS_PRESENT_PARTNER = "has_present_partner"  # name, time
    CANNOT_BOOK = "cannot_book"  # name, time
    # exports and pretix
    EXPORT_BAD_NAME = "export_bad_name"  # name
    EXPORT_NO_FOLDER = "export_no_folder"  # path
    EXPORT_NOT_WRITTEN = "export_not_written"  # detail
    PRETIX_NO_ADDRESS = "pretix_no_address"
    PRETIX_BAD_ADDRESS = "pretix_bad_address"  # url
    PRETIX_NO_TOKEN = "pretix_no_token"
    PRETIX_NO_ORGANIZER = "pretix_no_organizer"
    PRETIX_FAILED = "pretix_failed"  # status, detail (pretix's own words, may be empty)
    PRETIX_UNREACHABLE = "pretix_unreachable"  # detail (the network's words)
    PRETIX_ACCESS = "pretix_access"  # status
    PRETIX_NOT_FOUND = "pretix_not_found"  # what
    PRETIX_UNEXPECTED = "pretix_unexpected"  # what
    PRETIX_NO_LIST = "pretix_no_list"
    PRETIX_LIST_MISSING = "pretix_list_missing"  # list, event
    # importing a list
    IMPORT_NO_FILE = "import_no_file"  # path
    IMPORT_FOLDER = "import_folder"  # path
    IMPORT_EMPTY = "import_empty"  # name
    IMPORT_TOO_LARGE = "import_too_large"  # name, mb
    IMPORT_TOO_MANY_CELLS = "import_too_many_cells"  # name, cells
    IMPORT_LINK_OUTSIDE = "import_link_outside"  # name
    IMPORT_PDF = "import_pdf"  # name
    IMPORT_BROKEN_WORKBOOK = "import_broken_workbook"  # name
    IMPORT_BINARY = "import_binary"
    IMPORT_NOT_TEXT = "import_not_text"  # encoding
    IMPORT_ENCODING = "import_encoding"  # encoding
    IMPORT_NOT_CSV = "import_not_csv"
    IMPORT_NO_TABLE = "import_no_table"  # name
    IMPORT_NO_SHEET = "import_no_sheet"  # sheet
    IMPORT_SHEET_UNREADABLE = "import_sheet_unreadable"  # sheet
    IMPORT_HUGE_SHEET = "import_huge_sheet"  # name
    IMPORT_LONG_LINE = "import_long_line"  # name, line
    IMPORT_TOO_SLOW = "import_too_slow"  # name, seconds
    IMPORT_TOO_MUCH_MEMORY = "import_too_much_memory"  # name, mb
    IMPORT_MAPPING_UNREADABLE = "import_mapping_unreadable"
    IMPORT_MAPPING_FIELD = "import_mapping_field"  # field, column
    IMPORT_UNREADABLE = "import_unreadable"  # name


class Failure(Exception):
    """A core failure: ``str()`` is one English line (the CLI prints it); ``why`` and ``params`` let a screen
    say the same in the user's language."""

    def __init__(self, message: str = "", why: Why | None = None, **params: object) -> None:
        super().__init__(message)
        self.why = why
        self.params = {key: str(value) for key, value in params.items()}


def why_of(error: BaseException) -> Why | None:
    """The code of ``error`` (None for an error the core did not classify)."""
    why = getattr(error, "why", None)
    return why if isinstance(why, Why) else None
