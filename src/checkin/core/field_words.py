"""Field and value names as a reader of an export or a printed list knows them, in German and English.

Shared by the exports, the printed lists and the importer (which reads an export of ours back); a module of its
own so that the reports and the exports can both use it without importing each other.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

# Correction columns: "<field> (original)" and "<field> (corrected)", the field under the name a user knows.
# excel-de writes German headings, utf8 English ones. These headings are a contract (documented in
# docs/attendance-export.md; the importer skips them when an export comes back): do not rename them.
FIELD_LABELS: Mapping[str, tuple[str, str]] = MappingProxyType({  # field -> (German, English)
    "id": ("Checkin-Nr.", "Checkin ID"),
    "external_id": ("Externe ID", "External ID"), "salutation": ("Anrede", "Salutation"),
    "title": ("Titel", "Title"), "first_name": ("Vorname", "First name"), "last_name": ("Nachname", "Last name"),
    "organisation": ("Organisation", "Organisation"),
    "organisation_type": ("Art der Organisation", "Organisation type"), "position": ("Funktion", "Position"),
    "email": ("E-Mail", "Email"), "phone": ("Telefon", "Phone"), "country": ("Land", "Country"),
    "language": ("Sprache", "Language"), "category": ("Kategorie", "Category"), "status": ("Status", "Status"),
    "registered_for": ("Angemeldet für", "Registered for"), "attention": ("Besonders beachten", "Attention"),
    "desk_note": ("Hinweis für den Schalter", "Desk note"), "companion_of": ("Begleitung von", "Companion of"),
    "code": ("Code", "Code"), "walk_in": ("Ohne Anmeldung", "Walk-in"), "replaces": ("Vertritt", "Replaces"),
    "arrival": ("Ankunft", "Arrival"), "desk": ("Schalter", "Desk"),
    "badges_printed": ("Gedruckte Namensschilder", "Badges printed"),
    "sessions_attended": ("Besuchte Programmpunkte", "Sessions attended"),
})
# Values shown in words, not as the internal codes the database keeps (the importer reads both back).
VALUE_LABELS: Mapping[str, dict[str, tuple[str, str]]] = MappingProxyType({
    "category": {"guest": ("Gast", "Guest"), "speaker": ("Vortragende", "Speaker"), "press": ("Presse", "Press"),
                 "staff": ("Team", "Staff"), "exhibitor": ("Aussteller", "Exhibitor"),
                 "ministry": ("Ministerium", "Ministry")},
    "organisation_type": {"sme": ("KMU", "SME"), "large_company": ("Großunternehmen", "Large company"),
                          "research": ("Forschung", "Research"), "public_body": ("Behörde", "Public body"),
                          "association": ("Verband", "Association"), "other": ("Sonstige", "Other")},
    "status": {"invited": ("eingeladen", "invited"), "registered": ("angemeldet", "registered"),
               "cancelled": ("storniert", "cancelled")},
})
YES = MappingProxyType({"de": "ja", "en": "yes"})
CORRECTION_SUFFIX = MappingProxyType({"de": ("original", "korrigiert"), "en": ("original", "corrected")})


def label(key: str, lang: str) -> str:
    names = FIELD_LABELS.get(key)
    return (names[0] if lang == "de" else names[1]) if names else key


def shown_value(field_name: str, value: Any, lang: str) -> Any:
    """A stored value as a reader sees it: category, status and organisation type in words."""
    names = VALUE_LABELS.get(field_name, {}).get(value) if isinstance(value, str) else None
    return (names[0] if lang == "de" else names[1]) if names else value


def correction_headers(field_name: str, lang: str) -> tuple[str, str]:
    """The two headings of a corrected field, e.g. ("Nachname (original)", "Nachname (korrigiert)")."""
    names = FIELD_LABELS.get(field_name)
    label = (names[0] if lang == "de" else names[1]) if names else field_name
    original, corrected = CORRECTION_SUFFIX[lang]
    return f"{label} ({original})", f"{label} ({corrected})"


