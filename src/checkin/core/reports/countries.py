"""Country names (German / English) for ISO 3166-1 alpha-2 codes seen at European events; others stay codes."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

_NAMES: Mapping[str, tuple[str, str]] = MappingProxyType({
    "AL": ("Albanien", "Albania"), "AM": ("Armenien", "Armenia"), "AT": ("Österreich", "Austria"),
    "AU": ("Australien", "Australia"), "BA": ("Bosnien und Herzegowina", "Bosnia and Herzegovina"),
    "BE": ("Belgien", "Belgium"), "BG": ("Bulgarien", "Bulgaria"), "BR": ("Brasilien", "Brazil"),
    "CA": ("Kanada", "Canada"), "CH": ("Schweiz", "Switzerland"), "CN": ("China", "China"),
    "CY": ("Zypern", "Cyprus"), "CZ": ("Tschechien", "Czechia"), "DE": ("Deutschland", "Germany"),
    "DK": ("Dänemark", "Denmark"), "EE": ("Estland", "Estonia"), "EG": ("Ägypten", "Egypt"), "ES": ("Spanien", "Spain"),
    "FI": ("Finnland", "Finland"), "FR": ("Frankreich", "France"), "GB": ("Vereinigtes Königreich", "United Kingdom"),
    "GE": ("Georgien", "Georgia"), "GR": ("Griechenland", "Greece"), "HR": ("Kroatien", "Croatia"),
    "HU": ("Ungarn", "Hungary"), "IE": ("Irland", "Ireland"), "IL": ("Israel", "Israel"), "IN": ("Indien", "India"),
    "IS": ("Island", "Iceland"), "IT": ("Italien", "Italy"), "JP": ("Japan", "Japan"),
    "KR": ("Südkorea", "South Korea"), "LI": ("Liechtenstein", "Liechtenstein"), "LT": ("Litauen", "Lithuania"),
    "LU": ("Luxemburg", "Luxembourg"), "LV": ("Lettland", "Latvia"), "MD": ("Moldau", "Moldova"),
    "ME": ("Montenegro", "Montenegro"), "MK": ("Nordmazedonien", "North Macedonia"), "MT": ("Malta", "Malta"),
    "NL": ("Niederlande", "Netherlands"), "NO": ("Norwegen", "Norway"), "PL": ("Polen", "Poland"),
    "PT": ("Portugal", "Portugal"), "RO": ("Rumänien", "Romania"), "RS": ("Serbien", "Serbia"),
    "SE": ("Schweden", "Sweden"), "SI": ("Slowenien", "Slovenia"), "SK": ("Slowakei", "Slovakia"),
    "TR": ("Türkei", "Türkiye"), "UA": ("Ukraine", "Ukraine"), "US": ("Vereinigte Staaten", "United States"),
    "XK": ("Kosovo", "Kosovo"),
})


def country_name(code: str, lang: str) -> str:
    names = _NAMES.get(code.upper())
    if names is None:
        return code
    return names[0] if lang == "de" else names[1]
