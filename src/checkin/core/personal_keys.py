"""What a purge removes (issue 25 signs records so that they still verify after it): one list, low in the
layers, read by the purge, by record signing and by the audit."""

from __future__ import annotations

# Attendee columns that identify or describe a person; what the report counts stays (category, country,
# organisation type, status, walk-in, substitution, registrations, arrivals).
PERSONAL_FIELDS: tuple[str, ...] = ("salutation", "title", "first_name", "last_name", "organisation", "position",
                                    "email", "phone", "desk_note", "extra", "external_id", "code", "sort_key")
# Keys removed from journal data at any depth (free text may name someone: notes, override reasons).
JOURNAL_KEYS = frozenset({*PERSONAL_FIELDS, "name", "display_name", "full_name", "note", "notes", "reason",
                          "override", "comment", "text", "address", "original_row", "row", "revoked", "secret"})
