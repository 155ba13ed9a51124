"""Header matching (German, English, registration-system exports), header-row and sheet detection."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from ..textfold import fold
from . import header_words as W

EXTRA = "extra"  # kept as an extra field under its header
IGNORE = "ignore"
FULL_NAME = "full_name"  # split into title / first / last
PARTICIPANT = "participant"  # meetings: several columns allowed
PARTICLE = "name_particle"  # Dutch "tussenvoegsel": put in front of the family name
SECOND_LAST = "second_last_name"  # Spanish "segundo apellido": put after the family name

_PERSON_ID = ("id", "externalid", "externeid", "registrationid", "registrierungsid", "anmeldeid", "anmeldenummer",
              "registrationnumber", "regno", "regnr", "teilnehmerid", "teilnehmernummer", "attendeeid", "attendee",
              "attendeenumber", "participantid", "positionid", "ordercode", "order", "ordernumber", "orderno",
              "bestellnummer", "bestellung", "buchungsnummer",
              # German offices abbreviate "Nummer": "Anmelde-Nr.", "Teilnehmer-Nr.", "Buchungs-Nr."
              "anmeldenr", "anmeldungsnr", "anmeldungsnummer", "registrierungsnr", "registrierungsnummer",
              "teilnehmernr", "bestellnr", "buchungsnr")
_EMAIL = ("email", "emailadresse", "emailaddress", "mail", "mailadresse", "attendeeemail", "emailattendee")
_FULL = ("name", "attendeename", "fullname", "vollstandigername", "teilnehmer", "teilnehmername", "nameteilnehmer",
         "nameofattendee", "participant", "participantname", "person", "namedesteilnehmers")
_FIRST = ("vorname", "firstname", "givenname", "givennames", "forename", "prenom", "vornamen", "attendeefirstname",
          "namegivenname")
_LAST = ("nachname", "lastname", "surname", "familyname", "familienname", "zuname", "attendeelastname",
         "namefamilyname")
_CAPACITY = ("kapazitat", "capacity", "platze", "plaetze", "seats", "sitzplatze", "maxteilnehmer", "maxparticipants")
_ROOM = ("raum", "room", "ort", "location", "saal", "hall", "raumname", "roomname")
_DATE = ("datum", "date", "tag", "day")
_START = ("beginn", "start", "von", "from", "starttime", "startzeit", "uhrzeitvon", "anfang", "begin", "zeit", "time",
          "uhrzeit")
_END = ("ende", "end", "bis", "to", "endtime", "endzeit", "uhrzeitbis")

ALIASES: Mapping[str, dict[str, list[str]]] = MappingProxyType({
    "attendees": {
        "external_id": [*_PERSON_ID, *W.EXTERNAL_ID],
        "salutation": ["anrede", "salutation", "prefix", "mrms", "formofaddress", "greeting", *W.SALUTATION],
        "title": ["titel", "title", "akademischertitel", "academictitle", "akademischergrad", "grad", "degree", *W.TITLE],
        "first_name": [*_FIRST, *W.FIRST_NAME],
        "last_name": [*_LAST, *W.LAST_NAME],
        FULL_NAME: [*_FULL, *W.FULL_NAME, *W.AMBIGUOUS_NAME],
        PARTICLE: W.PARTICLE,
        SECOND_LAST: W.SECOND_LAST,
        "organisation": ["firma", "institution", "organisation", "organization", "company", "affiliation",
                         "unternehmen", "einrichtung", "arbeitgeber", "behorde", "organisationname", "companyname",
                         "organisationsname", "employer", "institut", "firmainstitution", "organisationfirma", *W.ORGANISATION],
        "organisation_type": ["organisationstyp", "organisationtype", "organizationtype", "artderorganisation",
                              "typderorganisation", "einrichtungsart", "orgtype", "institutiontype", "companytype",
                              "sector", "sektor", "organisationsart"],
        "position": ["funktion", "position", "jobtitle", "job", "role", "rolle", "tatigkeit", "berufsbezeichnung",
                     "positionfunktion", "beruf", *W.POSITION],
        "email": [*_EMAIL, *W.EMAIL],
        "phone": ["telefon", "phone", "tel", "telephone", "mobile", "handy", "phonenumber", "telefonnummer", "mobil",
                  "mobilnummer", "mobilephone", *W.PHONE],
        "country": ["land", "country", "staat", "herkunftsland", "countrycode", "landercode", "nationality",
                    "nationalitat", *W.COUNTRY],
        "language": ["sprache", "language", "lang", "korrespondenzsprache", "preferredlanguage", *W.LANGUAGE],
        "category": ["kategorie", "teilnehmergruppe", "tickettype", "product", "produkt", "ticket", "ticketart",
                     "category", "teilnehmerkategorie", "gruppe", "group", "tickettyp", "participanttype",
                     "teilnehmertyp", "registrationtype", *W.CATEGORY],
        "status": ["status", "registrationstate", "anmeldestatus", "registrationstatus", "orderstatus",
                   "bestellstatus", *W.STATUS],
        "desk_note": ["bemerkung", "bemerkungen", "comment", "comments", "kommentar", "notes", "note", "hinweis",
                      "anmerkung", "anmerkungen", "remarks", "notiz", *W.NOTE],
        "code": ["secret", "ticketsecret", "barcode", "ticketcode", "qrcode", "code", "ticketbarcode", "einlasscode",
                 "barcodenumber", *W.CODE],
        "attention": ["requiresspecialattention", "besondereaufmerksamkeit", "attention", "vip"],
    },
    "rooms": {
        "id": ["id", "raumid", "roomid", "nr", "nummer", "no"],
        "name": [*_ROOM, "name", "bezeichnung"],
        "building": ["gebaude", "building", "haus"],
        "floor": ["etage", "stock", "floor", "ebene", "geschoss", "level", "stockwerk"],
        "directions": ["wegbeschreibung", "directions", "weg", "lage", "beschreibung", "description", "hinweis"],
        "capacity": _CAPACITY,
    },
    "sessions": {
        "id": ["id", "sessionid", "nr", "nummer", "programmid", "no"],
        "title_de": ["titel", "titelde", "titeldeutsch", "titlede", "thema", "veranstaltung", "programmpunkt",
                     "sitzung", "titelgerman"],
        "title_en": ["title", "titleen", "titelen", "titelenglisch", "englishtitle", "titleenglish", "topic",
                     "session"],
        "date": _DATE,
        "start": _START,
        "end": _END,
        "room": _ROOM,
        "capacity": _CAPACITY,
        "kind": ["art", "typ", "kind", "type", "format", "sessiontype", "kategorie", "category"],
    },
    "assignments": {
        "session": ["session", "sessionid", "veranstaltung", "programmpunkt", "forum", "workshop", "sitzung", "titel",
                    "title", "fachforum"],
        "external_id": _PERSON_ID,
        "email": _EMAIL,
        FULL_NAME: _FULL,
        "first_name": _FIRST,
        "last_name": _LAST,
        "role": ["rolle", "role", "funktion"],
    },
    "meetings": {
        "id": ["id", "meetingid", "terminid", "nr", "nummer"],
        "date": _DATE,
        "start": [*_START, "slot", "zeitfenster"],
        "end": _END,
        "table_no": ["tisch", "table", "tischnummer", "tablenumber", "tableno", "tischnr", "tablenr"],
        "room": _ROOM,
        PARTICIPANT: ["teilnehmer1", "teilnehmer2", "person1", "person2", "participant1", "participant2",
                      "participanta", "participantb", "teilnehmera", "teilnehmerb", "persona", "personb",
                      "participants", "teilnehmer", "personen", "teilnehmende", "gesprachspartner", "partner"],
    },
})
KINDS = tuple(ALIASES)
MULTI = frozenset({PARTICIPANT})


_NOT_WORD = re.compile(r"[\W_]+")
# Bilingual or annotated headers: "Full name / Vor- und Nachname", "Institution/Firma", "E-Mail (dienstlich)".
_PARTS = re.compile(r"\s*(?:/|\||\(|\)|\n|:|\s-\s)\s*")


def norm(header: str) -> str:
    """Letters and digits only, folded: "E-Mail-Adresse" -> "emailadresse", "Επώνυμο" -> "επωνυμο"."""
    return _NOT_WORD.sub("", fold(header))


@cache
def _index(kind: str) -> dict[str, tuple[str, int]]:
    table: dict[str, tuple[str, int]] = {}
    for target, aliases in ALIASES[kind].items():
        for rank, alias in enumerate(aliases):
            table.setdefault(norm(alias), (target, rank))
    return table


@cache
def _ambiguous() -> frozenset[str]:
    return frozenset(norm(h) for h in W.AMBIGUOUS_NAME)


_FAMILY_FIRST = frozenset({"nev", "teljesnev", "resztvevoneve", "nevezetteknev"})  # Hungarian: Kovács Zsófia


def family_name_first(header: str) -> bool:
    """A whole-name column whose header says the family name comes first (Hungarian "Név", "Teljes név")."""
    return norm(header) in _FAMILY_FIRST


def ambiguous_name(header: str) -> bool:
    """"Name", "Nom", "Nome" ...: the whole name alone, a part of it next to the other part."""
    return norm(header) in _ambiguous()


def match_header(kind: str, header: str) -> tuple[str, int] | None:
    key = norm(header)
    if not key:
        return None
    index = _index(kind)
    hit = index.get(key)
    if hit is None and kind == "meetings" and re.fullmatch(r"(teilnehmer|participant|person|partner)\d+", key):
        return (PARTICIPANT, 0)
    if hit is None:
        # One of its parts, the most specific (last) first: "Attendee name: Given name", "E-Mail (dienstlich)";
        # ranked behind a whole-header match.
        for part in reversed(_PARTS.split(header)):
            found = index.get(norm(part)) if part.strip() else None
            if found is not None:
                return (found[0], found[1] + 1000)
    if hit is None and kind == "attendees":
        hit = _question_words(index, header)
    return hit


_WORDS = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def _question_words(index: dict[str, tuple[str, int]], header: str) -> tuple[str, int] | None:
    """A form question as header ("Ihre E-Mail-Adresse", "What is your first name?", "Name der Organisation"):
    the field its words name, when they name exactly one (a bare "Name" gives way to a more specific word)."""
    words = _WORDS.findall(header)
    if not 1 < len(words) <= 12:
        return None
    found: dict[str, int] = {}
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            hit = index.get(norm("".join(words[start:start + size])))
            if hit is not None:
                found.setdefault(hit[0], hit[1])
    if len(found) > 1:
        found.pop(FULL_NAME, None)
    if len(found) > 1 and {"first_name", "last_name"} <= set(found):
        return None  # "Vorname und Nachname" and the like: the whole name
    return (next(iter(found.items()))[0], next(iter(found.values())) + 2000) if len(found) == 1 else None


# Columns checkin's own export adds (derived from the journal): re-importing that export must not turn
# arrivals or badge counts into attendee data.
_DERIVED = re.compile(r"checkinid|walkin|replaces|badgesprinted|sessionsattended|(arrival|desk)\d{8}[a-z]*"
                      r"|checkinnr|ohneanmeldung|vertritt|gedrucktenamensschilder|besuchteprogrammpunkte"
                      r"|(ankunft|schalter)\d{8}[a-z]*")
CHECKIN_ID = "checkin_id"  # the app's own attendee number, in its attendance export
# norm("Checkin ID") / norm("Checkin-Nr."): the first column of checkin's attendance export (utf8 / excel-de)
OWN_EXPORT_MARKS = frozenset({"checkinid", "checkinnr"})
OWN_PREFIX = "import: "  # the export's name for an original column whose header clashes with its own
_DERIVED_PAIR = re.compile(r".+ \((original|corrected|korrigiert)\)")


def derived_column(header: str) -> bool:
    return bool(_DERIVED.fullmatch(norm(header)) or _DERIVED_PAIR.fullmatch(header.strip()))


def own_export(kind: str, headers: list[str]) -> bool:
    """checkin's own attendance export (``exports``), coming back."""
    return kind == "attendees" and any(norm(h) in OWN_EXPORT_MARKS for h in headers)


def _own_export_mapping(headers: list[str]) -> list[str]:
    """The export's own columns are the data; the original list's columns it carries (a "Kategorie" beside
    its "Category") go back to the extra fields they came from, and what the venue added is left out."""
    from ..exports import BASE_FIELDS
    from ..field_words import FIELD_LABELS

    own = {norm(label): name for name in BASE_FIELDS if name != "id" for label in FIELD_LABELS[name]}
    out = []
    for header in headers:
        key = norm(header)
        if key in OWN_EXPORT_MARKS:
            out.append(CHECKIN_ID)
        elif key in own:
            out.append(own.pop(key))
        else:
            out.append(EXTRA if header.strip() and not derived_column(header) else IGNORE)
    return out


def auto_mapping(kind: str, headers: list[str]) -> list[str]:
    """A target per column: a field, ``full_name``, ``extra`` or ``ignore`` (empty header, no use)."""
    if own_export(kind, headers):
        return _own_export_mapping(headers)
    best: dict[str, tuple[int, int]] = {}  # target -> (rank, column)
    hits: list[tuple[str, int] | None] = [match_header(kind, h) for h in headers]
    for col, hit in enumerate(hits):
        if hit is None or hit[0] in MULTI:
            continue
        target, rank = hit
        if target not in best or rank < best[target][0]:
            best[target] = (rank, col)
    out = []
    for col, hit in enumerate(hits):
        if hit is not None and (hit[0] in MULTI or best.get(hit[0], (0, -1))[1] == col):
            out.append(hit[0])
        else:
            out.append(EXTRA if headers[col].strip() and not derived_column(headers[col]) else IGNORE)
    _settle_names(headers, out)
    if "first_name" in out and "last_name" in out and FULL_NAME in out and best[FULL_NAME][0] >= 1000:
        out[out.index(FULL_NAME)] = EXTRA  # "Name of the accompanying person" beside the guest's own name
    if kind == "attendees" and "title" in out and "position" not in out and \
            {"confirmationnumber", "confirmation"} & {norm(h) for h in headers}:
        out[out.index("title")] = "position"  # cvent's "Title" is the job title ("Editor"), not "Dr."
    if kind == "attendees" and "external_id" in out:
        # Microsoft Forms numbers the answers "ID" 1, 2, 3 ...: a resubmission gets a new one, so it is no person id.
        col = out.index("external_id")
        if norm(headers[col]) == "id" and _FORM_TIMES & {norm(h) for h in headers}:
            out[col] = EXTRA
    return out


_FORM_TIMES = frozenset({"completiontime", "starttime", "fertigstellungszeit", "startzeit", "heuredefin",
                         "heurededebut", "oradicompletamento", "oradiinizio", "horadefinalizacion", "horadeinicio",
                         "tijdvanvoltooiing", "begintijd", "czasukonczenia", "czasrozpoczecia"})


def _settle_names(headers: list[str], out: list[str]) -> None:
    """"Name" next to "Vorname" (or "Nom" next to "Prénom") is the family name, "Nome" next to "Cognome" the first
    name; on its own it is the whole name. Beside both parts it is kept as it is (Microsoft Forms' "Name" is the
    account that answered, not the guest)."""
    for col, target in enumerate(out):
        if target != FULL_NAME or not ambiguous_name(headers[col]):
            continue
        if "first_name" in out and "last_name" not in out:
            out[col] = "last_name"
        elif "last_name" in out and "first_name" not in out:
            out[col] = "first_name"
        elif "first_name" in out and "last_name" in out:
            out[col] = EXTRA


def targets(kind: str) -> list[str]:
    return list(ALIASES[kind]) + ([CHECKIN_ID] if kind == "attendees" else []) + [EXTRA, IGNORE]


def header_score(kind: str, row: Iterable[str]) -> int:
    found = {hit[0] for cell in row if cell and (hit := match_header(kind, cell)) is not None}
    return len(found)


@dataclass(frozen=True)
class HeaderGuess:
    index: int  # position of the header row in table.rows
    score: int


def find_header(kind: str, rows: list[list[str]], scan: int = 30) -> HeaderGuess:
    """The header row: the best-matching of the first rows; title rows and blank rows above are skipped."""
    best = HeaderGuess(-1, 0)
    for i, row in enumerate(rows[:scan]):
        score = header_score(kind, row)
        if score > best.score:
            best = HeaderGuess(i, score)
    if best.score >= 2 or (best.score == 1 and len([c for c in rows[best.index] if c.strip()]) == 1):
        return best
    for i, row in enumerate(rows[:scan]):  # nothing recognised: the first row with at least two cells
        if sum(1 for c in row if c.strip()) >= 2:
            return HeaderGuess(i, best.score if i == best.index else 0)
    return HeaderGuess(0 if rows else -1, 0)
