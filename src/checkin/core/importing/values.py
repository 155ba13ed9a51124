"""Turning list values into the model's vocabulary (categories, organisation types, countries, status)."""

from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType

from ..textfold import fold

_CATEGORY = MappingProxyType({
    "speaker": ("speaker", "referent", "referentin", "redner", "rednerin", "sprecher", "vortragende", "keynote",
                "panelist", "moderator", "moderatorin", "moderation", "chair",
                # the word partner offices use: fr, it, es, pt, nl, pl, cs, hu, sv/da/no, fi
                "intervenant", "intervenante", "orateur", "oratrice", "conferencier", "conferenciere", "relatore",
                "relatrice", "oratore", "ponente", "orador", "oradora", "palestrante", "spreker", "prelegent",
                "prelegentka", "recnik", "recnice", "eloado", "talare", "foredragsholder", "foredragsholdar",
                "puhuja"),
    "press": ("press", "presse", "journalist", "journalistin", "media", "medien", "stampa", "prensa", "imprensa",
              "pers", "prasa", "tisk", "sajto", "journaliste", "giornalista", "periodista", "jornalista"),
    "staff": ("staff", "team", "personal", "orga", "organisation team", "helfer", "helper", "crew", "mitarbeiter",
              "personnel", "equipe", "organisateur", "organizzazione", "organizacion", "organizador", "organisatie"),
    "exhibitor": ("exhibitor", "aussteller", "ausstellerin", "exhibition", "ausstellung", "stand", "booth",
                  "exposant", "espositore", "expositor", "standhouder", "wystawca", "vystavovatel", "kiallito",
                  "utstallare", "udstiller", "utstiller"),
    "ministry": ("ministry", "ministerium", "protokoll", "protocol", "delegation", "ministere", "ministero",
                 "ministerio", "ministerie", "ministerstwo", "ministerstvo", "miniszterium"),
    "guest": ("guest", "gast", "teilnehmer", "teilnehmerin", "participant", "attendee", "standard", "regular",
              "general admission", "ticket", "besucher", "visitor", "delegate", "invite", "participante",
              "partecipante", "ospite", "invitado", "convidado", "deelnemer", "uczestnik", "gosc", "ucastnik",
              "resztvevo", "deltagare", "deltager", "osallistuja", "osaleja"),
})
CATEGORIES = tuple(_CATEGORY)  # the event's own categories

_ORG_TYPE = MappingProxyType({
    "sme": ("sme", "kmu", "kleine und mittlere unternehmen", "startup", "start-up", "mittelstand", "kleinunternehmen"),
    "large_company": ("large company", "large_company", "grossunternehmen", "konzern", "corporate", "industry",
                      "industrie", "unternehmen", "company"),
    "research": ("research", "forschung", "hochschule", "universitat", "university", "institut", "institute",
                 "forschungseinrichtung", "wissenschaft", "academia", "science"),
    "public_body": ("public body", "public_body", "behorde", "ministerium", "ministry", "government", "verwaltung",
                    "public administration", "offentliche hand", "public", "authority", "agency"),
    "association": ("association", "verband", "verein", "cluster", "netzwerk", "network", "ev", "e.v.",
                    "initiative", "kammer", "chamber"),
    "other": ("other", "sonstige", "sonstiges", "andere"),
})
_STATUS = MappingProxyType({
    "registered": ("registered", "angemeldet", "paid", "bezahlt", "confirmed", "bestatigt", "complete", "completed",
                   "zugesagt", "accepted", "approved", "active", "ok", "yes", "ja", "p", "n",
                   # Eventbrite "Attendee Status", Indico "Registration state"
                   "attending", "checked in", "unpaid", "inscrit", "iscritto", "inscrito", "ingeschreven"),
    "cancelled": ("cancelled", "canceled", "storniert", "abgesagt", "withdrawn", "declined", "refunded",
                  "erstattet", "c", "e", "rejected", "abgelehnt", "storno", "not attending", "deleted", "expired",
                  "annule", "annullato", "cancelado", "geannuleerd"),
    "invited": ("invited", "eingeladen", "pending", "offen", "unconfirmed", "ausstehend", "waiting", "warteliste",
                "waitlisted", "wait list", "waitlist"),
})
# Countries in German and English (and the local name where lists use it) -> ISO 3166-1 alpha-2.
_COUNTRIES = MappingProxyType({
    "DE": "deutschland germany allemagne brd", "AT": "osterreich austria", "CH": "schweiz switzerland suisse",
    "TR": "turkei turkey turkiye", "PL": "polen poland polska", "CZ": "tschechien,czechia,czech republic,ceska republika",
    "SK": "slowakei slovakia slovensko", "GR": "griechenland greece ellada", "NO": "norwegen norway norge",
    "DK": "danemark denmark danmark", "SE": "schweden sweden sverige", "FI": "finnland finland suomi",
    "IS": "island iceland", "LT": "litauen lithuania lietuva", "LV": "lettland latvia latvija",
    "EE": "estland estonia eesti", "HR": "kroatien croatia hrvatska", "RS": "serbien serbia srbija",
    "SI": "slowenien slovenia slovenija", "HU": "ungarn hungary magyarorszag", "RO": "rumanien romania",
    "BG": "bulgarien bulgaria", "UA": "ukraine ukraina", "FR": "frankreich france", "NL": "niederlande,netherlands,the netherlands,holland,nederland", "BE": "belgien belgium belgique", "ES": "spanien spain espana",
    "PT": "portugal", "IT": "italien italy italia", "IE": "irland ireland eire", "LU": "luxemburg luxembourg",
    "GB": "vereinigtes konigreich,united kingdom,uk,great britain,grossbritannien,england,scotland,wales",
    "US": "usa,vereinigte staaten,united states,united states of america", "CA": "kanada canada",
    "JP": "japan", "CN": "china", "KR": "korea,sudkorea,south korea", "IN": "indien india", "IL": "israel",
    "EG": "agypten,egypt,misr",
    "CY": "zypern cyprus", "MT": "malta", "AL": "albanien albania", "MK": "nordmazedonien,north macedonia",
    "BA": "bosnien und herzegowina,bosnia and herzegovina", "ME": "montenegro", "MD": "moldau moldova",
    "LI": "liechtenstein", "BR": "brasilien brazil", "AU": "australien australia",
})


def _country_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for code, names in _COUNTRIES.items():
        index[code.lower()] = code
        for name in names.replace(",", " ").split() if "," not in names else names.split(","):
            index.setdefault(name, code)
    return index


_COUNTRY_INDEX = MappingProxyType(_country_index())


def _lookup(table: dict[str, tuple[str, ...]], value: str, *, by_word: bool = True) -> str | None:
    key = fold(value).strip()
    if not key:
        return None
    for target, words in table.items():
        if key in words:
            return target
    if not by_word:
        return None
    for target, words in table.items():  # "Speaker Ticket", "Referent/in", "Aussteller (Stand 12)"
        if any(w in key.replace("/", " ").replace("(", " ").split() for w in words if " " not in w):
            return target
    return None


@lru_cache(maxsize=4096)
def category(value: str) -> str | None:
    """The event's category for a word that means it ("Referentin" -> speaker); None for anything else ("VIP",
    "Early bird"): those are kept as written, never guessed from a part of the text."""
    return _lookup(_CATEGORY, value, by_word=False)


@lru_cache(maxsize=4096)
def organisation_type(value: str) -> str | None:
    return _lookup(_ORG_TYPE, value)


@lru_cache(maxsize=4096)
def status(value: str) -> str | None:
    return _lookup(_STATUS, value)


@lru_cache(maxsize=4096)
def country(value: str) -> str | None:
    key = fold(value).strip().rstrip(".")
    if not key:
        return None
    return _COUNTRY_INDEX.get(key) or _COUNTRY_INDEX.get(key.replace("-", " "))


@lru_cache(maxsize=4096)
def language(value: str) -> str | None:
    key = fold(value).strip()
    if key in ("de", "deu", "ger", "deutsch", "german", "d"):
        return "de"
    if key in ("en", "eng", "englisch", "english", "e"):
        return "en"
    return None


def truthy(value: str) -> bool:
    return fold(value).strip() in ("1", "x", "yes", "ja", "true", "wahr", "y", "j", "vip")
