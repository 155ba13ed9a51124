"""German and English words for the printed documents (the core has no Qt, so no Qt translations here)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType

WORDS: Mapping[str, dict[str, str]] = MappingProxyType({
    "report": {"de": "Bericht zur Veranstaltung", "en": "Event report"},
    "generated": {"de": "Stand", "en": "As of"},
    "totals": {"de": "Teilnahme in Zahlen", "en": "Attendance in figures"},
    "expected": {"de": "Erwartet (eingeladen oder vorab angemeldet, nicht storniert)",
                 "en": "Expected (invited or registered in advance, not cancelled)"},
    "expected_short": {"de": "Erwartet", "en": "Expected"},
    "arrived": {"de": "Erschienen", "en": "Arrived"},
    "arrived_all": {"de": "Erschienen (alle Eingelassenen)", "en": "Arrived (everyone admitted)"},
    "arrived_expected": {"de": "persönlich erschienen", "en": "came in person"},
    "no_shows": {"de": "Nicht erschienen", "en": "No-shows"},
    "substituted": {"de": "Vertreten (Vertretung erschienen)", "en": "Substituted (a colleague came)"},
    "walk_ins": {"de": "Spontane Teilnahme (vor Ort registriert)", "en": "Walk-ins (registered on site)"},
    "walk_ins_short": {"de": "Spontan", "en": "Walk-ins"},
    "substitutes_arrived": {"de": "Vertretungen (statt eingeladener Gäste)",
                            "en": "Substitutes (came instead of an invited guest)"},
    "companions_arrived": {"de": "Begleitpersonen (am Schalter registriert)",
                           "en": "Companions (registered at the desk)"},
    "arrival_rate_total": {"de": "Quote (persönlich oder vertreten)", "en": "Show-up rate (in person or by substitute)"},
    "cancelled": {"de": "Storniert", "en": "Cancelled"},
    "cancelled_arrived": {"de": "Storniert, dennoch eingelassen", "en": "Cancelled but admitted"},
    "countries_arrived": {"de": "Herkunftsländer der Teilnehmenden", "en": "Countries of participants"},
    "double_admissions": {"de": "Doppelte Einlässe (an zwei Schaltern)", "en": "Double admissions (at two desks)"},
    "arrival_rate": {"de": "Quote", "en": "Show-up rate"},
    # Breakdown tables: expected = from the list + not arrived; admitted = from the list + walk-ins and others.
    "from_list": {"de": "Von der Liste erschienen", "en": "Arrived from the list"},
    "not_arrived": {"de": "Nicht erschienen", "en": "Not arrived"},
    "others_admitted": {"de": "Spontan und weitere", "en": "Walk-ins and others"},
    "admitted": {"de": "Eingelassen", "en": "Admitted"},
    "sum": {"de": "Summe", "en": "Total"},
    "breakdown_note": {
        "de": "Erwartet = von der Liste erschienen (persönlich oder vertreten) + nicht erschienen. "
              "Eingelassen = von der Liste erschienen + spontan und weitere (vor Ort registriert, Begleitpersonen, "
              "trotz Stornierung eingelassen). „unbekannt“: die Gästeliste enthält für diese Person keinen Wert "
              "in dieser Spalte.",
        "en": "Expected = arrived from the list (in person or by substitute) + not arrived. "
              "Admitted = arrived from the list + walk-ins and others (registered on site, companions, admitted "
              "despite a cancellation). \"unknown\": the guest list has no value in this column for the person."},
    "per_day": {"de": "Erschienen je Tag", "en": "Arrived per day"},
    "curve": {"de": "Ankünfte je 15 Minuten", "en": "Arrivals per 15 minutes"},
    "curve_note": {"de": "Ortszeit des Veranstaltungsorts", "en": "Venue local time"},
    "by_category": {"de": "Nach Kategorie", "en": "By category"},
    "by_country": {"de": "Nach Land", "en": "By country"},
    "by_organisation_type": {"de": "Nach Art der Organisation", "en": "By type of organisation"},
    "desks": {"de": "Einlass je Station", "en": "Admissions per station"},
    "station": {"de": "Station", "en": "Station"},
    "admissions": {"de": "Einlässe", "en": "Admissions"},
    "per_minute_busy": {"de": "Gäste/Min. (aktiv)", "en": "Guests/min (busy)"},
    "per_minute_peak": {"de": "Gäste/Min. (Spitze)", "en": "Guests/min (peak)"},
    "sessions": {"de": "Programmpunkte", "en": "Sessions"},
    "session": {"de": "Programmpunkt", "en": "Session"},
    "room": {"de": "Raum", "en": "Room"},
    "time": {"de": "Zeit", "en": "Time"},
    "registered": {"de": "Angemeldet", "en": "Registered"},
    "entered": {"de": "Eingetreten", "en": "Entered"},
    "capacity": {"de": "Plätze", "en": "Capacity"},
    "no_session_scans": {"de": "An den Saaltüren wurde nicht gescannt.",
                         "en": "No badges were scanned at session doors."},
    "meetings": {"de": "Matchmaking", "en": "Matchmaking"},
    "meetings_booked": {"de": "Gebuchte 1:1-Gespräche", "en": "Booked 1:1 meetings"},
    "meetings_held": {"de": "Stattgefunden (beide Partner anwesend)", "en": "Held (both partners present)"},
    "value": {"de": "Anzahl", "en": "Count"},
    "share": {"de": "Anteil", "en": "Share"},
    "other": {"de": "Weitere", "en": "Others"},
    "unknown": {"de": "unbekannt", "en": "unknown"},
    "page": {"de": "Seite", "en": "Page"},
    # Attendee categories and organisation types (values of the attendee list).
    "guest": {"de": "Gäste", "en": "Guests"},
    "speaker": {"de": "Vortragende", "en": "Speakers"},
    "press": {"de": "Presse", "en": "Press"},
    "staff": {"de": "Team", "en": "Staff"},
    "exhibitor": {"de": "Aussteller", "en": "Exhibitors"},
    "ministry": {"de": "Ministerium", "en": "Ministry"},
    "sme": {"de": "KMU", "en": "SMEs"},
    "large_company": {"de": "Großunternehmen", "en": "Large companies"},
    "research": {"de": "Forschungseinrichtungen", "en": "Research institutions"},
    "public_body": {"de": "Öffentliche Stellen", "en": "Public bodies"},
    "association": {"de": "Verbände und Cluster", "en": "Associations and clusters"},
    # Paper lists.
    "lists": {"de": "Einlassliste (Papier-Notfall)", "en": "Admission list (paper fallback)"},
    "desk": {"de": "Schalter", "en": "Desk"},
    "name": {"de": "Name", "en": "Name"},
    "organisation": {"de": "Organisation", "en": "Organisation"},
    "category": {"de": "Kategorie", "en": "Category"},
    "code": {"de": "Code-Ende", "en": "Code end"},
    "arrived_col": {"de": "Ankunft", "en": "Arrived"},
    "tick": {"de": "Da", "en": "In"},
    "marked_day": {"de": "Markiert: bereits erfasst am", "en": "Marked: arrival already recorded on"},
    "marked_any": {"de": "Markiert: bereits erfasst (an einem beliebigen Tag)",
                   "en": "Marked: arrival already recorded (any day)"},
    "list_hint": {"de": "Ankreuzen, Uhrzeit notieren; später unter „Nachtragen“ erfassen.",
                  "en": "Tick, note the time; enter later via \"Backfill\"."},
    "other_scripts": {"de": "andere Schriften (Α–Ω, А–Я …)", "en": "other scripts (Α–Ω, А–Я …)"},
    "guests": {"de": "Gäste", "en": "guests"},
    "attention": {"de": "Hinweis", "en": "Note"},
    # Column headings of the figures workbook (checkin figures).
    "col_key": {"de": "Kürzel", "en": "Code"},
    "col_day": {"de": "Tag", "en": "Day"},
    "col_arrivals": {"de": "Ankünfte", "en": "Arrivals"},
    "col_cumulative": {"de": "Ankünfte bis dahin", "en": "Arrivals so far"},
    "col_first": {"de": "Erster Einlass", "en": "First admission"},
    "col_last": {"de": "Letzter Einlass", "en": "Last admission"},
    "col_id": {"de": "Nr.", "en": "ID"},
    "col_start": {"de": "Beginn", "en": "Start"},
    "col_end": {"de": "Ende", "en": "End"},
    "col_present": {"de": "Jetzt im Raum", "en": "Inside now"},
    "col_last_name": {"de": "Nachname", "en": "Last name"},
    "col_first_name": {"de": "Vorname", "en": "First name"},
    "col_title": {"de": "Titel", "en": "Title"},
})

# Rows of the totals table, shared by the PDF report and the figures workbook: (figure key, shown as a share
# of the expected guests, indented under the row above). The show-up rate follows the no-shows.
TOTAL_ROWS: tuple[tuple[str, bool, bool], ...] = (
    ("expected", False, False), ("arrived_expected", True, True), ("substituted", True, True),
    ("no_shows", True, True), ("arrived", False, False), ("walk_ins", False, False),
    ("substitutes_arrived", False, False), ("companions_arrived", False, False), ("cancelled", False, False),
    ("cancelled_arrived", False, False), ("countries_arrived", False, False), ("double_admissions", False, False),
)


def total_label(key: str, lang: str) -> str:
    return w("arrived_all" if key == "arrived" else key, lang)

MONTHS = MappingProxyType({
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
})
WEEKDAYS = MappingProxyType({
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
})


def w(key: str, lang: str) -> str:
    """The word for ``key`` in ``lang``; an unknown key (e.g. a new category) is shown as it is."""
    entry = WORDS.get(key)
    if entry is None:
        return key
    return entry.get(lang) or entry["en"]


def long_date(day: date, lang: str, weekday: bool = True) -> str:
    """'Donnerstag, 21. November 2026' / 'Thursday, 21 November 2026' (no locale needed)."""
    text = (f"{day.day}. {MONTHS['de'][day.month - 1]} {day.year}" if lang == "de"
            else f"{day.day} {MONTHS['en'][day.month - 1]} {day.year}")
    return f"{WEEKDAYS[lang][day.weekday()]}, {text}" if weekday else text


def short_date(day: date, lang: str) -> str:
    return day.strftime("%d.%m.%Y") if lang == "de" else day.isoformat()


def check_language(lang: str) -> str:
    if lang not in ("de", "en"):
        raise ValueError(f"language must be de or en, not {lang!r}")
    return lang
