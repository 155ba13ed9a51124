"""Header matching (German, English, registration-system exports), header-row and sheet detection."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..textfold import fold

EXTRA = "extra"  # kept as an extra field under its header
IGNORE = "ignore"
FULL_NAME = "full_name"  # split into title / first / last
PARTICIPANT = "participant"  # meetings: several columns allowed

_PERSON_ID = ["id", "externalid", "externeid", "registrationid", "registrierungsid", "anmeldeid", "anmeldenummer",
              "registrationnumber", "regno", "regnr", "teilnehmerid", "teilnehmernummer", "attendeeid", "attendee",
              "attendeenumber", "participantid", "positionid", "ordercode", "order", "ordernumber", "orderno",
              "bestellnummer", "bestellung", "buchungsnummer",
              # German offices abbreviate "Nummer": "Anmelde-Nr.", "Teilnehmer-Nr.", "Buchungs-Nr."
              "anmeldenr", "anmeldungsnr", "anmeldungsnummer", "registrierungsnr", "registrierungsnummer",
              "teilnehmernr", "bestellnr", "buchungsnr"]
_EMAIL = ["email", "emailadresse", "emailaddress", "mail", "mailadresse", "attendeeemail", "emailattendee"]
_FULL = ["name", "attendeename", "fullname", "vollstandigername", "teilnehmer", "teilnehmername", "nameteilnehmer",
         "nameofattendee", "participant", "participantname", "person", "namedesteilnehmers"]
_FIRST = ["vorname", "firstname", "givenname", "givennames", "forename", "prenom", "vornamen", "attendeefirstname",
          "namegivenname"]
_LAST = ["nachname", "lastname", "surname", "familyname", "familienname", "zuname", "attendeelastname",
         "namefamilyname"]
_CAPACITY = ["kapazitat", "capacity", "platze", "plaetze", "seats", "sitzplatze", "maxteilnehmer", "maxparticipants"]
_ROOM = ["raum", "room", "ort", "location", "saal", "hall", "raumname", "roomname"]
_DATE = ["datum", "date", "tag", "day"]
_START = ["beginn", "start", "von", "from", "starttime", "startzeit", "uhrzeitvon", "anfang", "begin", "zeit", "time",
          "uhrzeit"]
_END = ["ende", "end", "bis", "to", "endtime", "endzeit", "uhrzeitbis"]

ALIASES: dict[str, dict[str, list[str]]] = {
    "attendees": {
        "external_id": _PERSON_ID,
        "salutation": ["anrede", "salutation", "prefix", "mrms", "formofaddress", "greeting"],
        "title": ["titel", "title", "akademischertitel", "academictitle", "akademischergrad", "grad", "degree"],
        "first_name": _FIRST,
        "last_name": _LAST,
        FULL_NAME: _FULL,
        "organisation": ["firma", "institution", "organisation", "organization", "company", "affiliation",
                         "unternehmen", "einrichtung", "arbeitgeber", "behorde", "organisationname", "companyname",
                         "organisationsname", "employer", "institut", "firmainstitution", "organisationfirma"],
        "organisation_type": ["organisationstyp", "organisationtype", "organizationtype", "artderorganisation",
                              "typderorganisation", "einrichtungsart", "orgtype", "institutiontype", "companytype",
                              "sector", "sektor", "organisationsart"],
        "position": ["funktion", "position", "jobtitle", "job", "role", "rolle", "tatigkeit", "berufsbezeichnung",
                     "positionfunktion", "beruf"],
        "email": _EMAIL,
        "phone": ["telefon", "phone", "tel", "telephone", "mobile", "handy", "phonenumber", "telefonnummer", "mobil",
                  "mobilnummer", "mobilephone"],
        "country": ["land", "country", "staat", "herkunftsland", "countrycode", "landercode", "nationality",
                    "nationalitat"],
        "language": ["sprache", "language", "lang", "korrespondenzsprache", "preferredlanguage"],
        "category": ["kategorie", "teilnehmergruppe", "tickettype", "product", "produkt", "ticket", "ticketart",
                     "category", "teilnehmerkategorie", "gruppe", "group", "tickettyp", "participanttype",
                     "teilnehmertyp", "registrationtype"],
        "status": ["status", "registrationstate", "anmeldestatus", "registrationstatus", "orderstatus",
                   "bestellstatus"],
        "desk_note": ["bemerkung", "bemerkungen", "comment", "comments", "kommentar", "notes", "note", "hinweis",
                      "anmerkung", "anmerkungen", "remarks", "notiz"],
        "code": ["secret", "ticketsecret", "barcode", "ticketcode", "qrcode", "code", "ticketbarcode", "einlasscode",
                 "barcodenumber"],
        "attention": ["requiresspecialattention", "besondereaufmerksamkeit", "attention", "vip"],
    },
    "rooms": {
        "id": ["id", "raumid", "roomid", "nr", "nummer", "no"],
        "name": _ROOM + ["name", "bezeichnung"],
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
        "start": _START + ["slot", "zeitfenster"],
        "end": _END,
        "table_no": ["tisch", "table", "tischnummer", "tablenumber", "tableno", "tischnr", "tablenr"],
        "room": _ROOM,
        PARTICIPANT: ["teilnehmer1", "teilnehmer2", "person1", "person2", "participant1", "participant2",
                      "participanta", "participantb", "teilnehmera", "teilnehmerb", "persona", "personb",
                      "participants", "teilnehmer", "personen", "teilnehmende", "gesprachspartner", "partner"],
    },
}
KINDS = tuple(ALIASES)
MULTI = {PARTICIPANT}


def norm(header: str) -> str:
    return re.sub(r"[^0-9a-z]", "", fold(header))


_INDEX: dict[str, dict[str, tuple[str, int]]] = {}


def _index(kind: str) -> dict[str, tuple[str, int]]:
    if kind not in _INDEX:
        table: dict[str, tuple[str, int]] = {}
        for target, aliases in ALIASES[kind].items():
            for rank, alias in enumerate(aliases):
                table.setdefault(alias, (target, rank))
        _INDEX[kind] = table
    return _INDEX[kind]


def match_header(kind: str, header: str) -> tuple[str, int] | None:
    key = norm(header)
    if not key:
        return None
    hit = _index(kind).get(key)
    if hit is None and kind == "meetings" and re.fullmatch(r"(teilnehmer|participant|person|partner)\d+", key):
        return (PARTICIPANT, 0)
    return hit


# Columns checkin's own export adds (derived from the journal): re-importing that export must not turn
# arrivals or badge counts into attendee data.
_DERIVED = re.compile(r"checkinid|walkin|replaces|badgesprinted|sessionsattended|(arrival|desk)\d{8}[a-z]*"
                      r"|checkinnr|ohneanmeldung|vertritt|gedrucktenamensschilder|besuchteprogrammpunkte"
                      r"|(ankunft|schalter)\d{8}[a-z]*")
_DERIVED_PAIR = re.compile(r".+ \((original|corrected|korrigiert)\)")


def derived_column(header: str) -> bool:
    return bool(_DERIVED.fullmatch(norm(header)) or _DERIVED_PAIR.fullmatch(header.strip()))


def auto_mapping(kind: str, headers: list[str]) -> list[str]:
    """A target per column: a field, ``full_name``, ``extra`` or ``ignore`` (empty header, no use)."""
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
    # "Name" next to "Vorname" is the family name, on its own it is the full name.
    if FULL_NAME in out and "first_name" in out and "last_name" not in out:
        out[out.index(FULL_NAME)] = "last_name"
    return out


def targets(kind: str) -> list[str]:
    return list(ALIASES[kind]) + [EXTRA, IGNORE]


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
