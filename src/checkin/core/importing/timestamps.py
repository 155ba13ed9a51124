"""The "when was this answered" column of form and shop exports, read as sortable times.

Google Forms writes "Timestamp" (German "Zeitstempel", French "Horodateur" ...) as "3/5/2024 10:15:32" or
"05.03.2024 10:15:32" depending on the sheet's locale, Microsoft Forms "Completion time", pretix and Eventbrite an
order date, workbooks an ISO date-time. A column's day/month order is decided once for the whole column.
"""

from __future__ import annotations

import re
from types import MappingProxyType

from .headers import norm

# Most specific first: a form export with both start and completion time is ordered by completion.
TIMESTAMP_HEADERS = (
    "timestamp", "zeitstempel", "horodateur", "horodatage", "marcatemporal", "marcadetiempo",
    "informazionicronologiche", "indicatoretemporale", "carimbodedatahora", "tijdstempel", "sygnaturaczasowa",
    "casovaznacka", "casovapeciatka", "idobelyeg", "marcajdetimp", "vremenskaoznaka", "casovniziq", "zamandamgasi",
    "tidsstempel", "tidsstampel", "aikaleima", "ajatempel", "laikaspiedogs", "laikozyma", "timastimpill",
    "completiontime", "fertigstellungszeit", "endzeit", "heuredefin", "oradicompletamento", "horadefinalizacion",
    "horadeconclusao", "tijdvanvoltooiing", "czasukonczenia", "submittedat", "submissiondate", "submitted",
    "lastmodified", "zuletztgeandert", "registrationdate", "registrationtime", "anmeldedatum", "anmeldezeit",
    "orderdate", "bestelldatum", "datecreated", "createdat", "created", "starttime", "startzeit",
)
_RANK = MappingProxyType({h: i for i, h in enumerate(TIMESTAMP_HEADERS)})

_DATE_TIME = re.compile(
    r"\s*(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})\.?(?:[ T,]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:[.,]\d+)?"
    r"\s*([AaPp]\.?[Mm]\.?)?)?")


def timestamp_column(headers: list[str]) -> int | None:
    """The column that says when each row was answered, or None."""
    ranked = [(_RANK[key], i) for i, h in enumerate(headers) if (key := norm(h)) in _RANK]
    return min(ranked)[1] if ranked else None


def sort_keys(values: list[str]) -> list[tuple[int, ...]]:
    """A key per value that sorts by time; a value that is not a date-time sorts first (oldest)."""
    parts = [_DATE_TIME.match(v) for v in values]
    # Day first unless the column shows otherwise: a first number over 12 is a day, a second over 12 a month
    # first (US "3/25/2024"); otherwise slashes are the US form, dots and dashes the European one.
    found = [m for m in parts if m and len(m.group(1)) <= 2]
    month_first = any(int(m.group(2)) > 12 for m in found)
    if not month_first and not any(int(m.group(1)) > 12 for m in found):
        month_first = bool(found) and all("/" in m.group(0) for m in found)
    day_first = not month_first
    out: list[tuple[int, ...]] = []
    for m in parts:
        if m is None:
            out.append((0,))
            continue
        a, b, c = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if len(m.group(1)) == 4:
            year, month, day = a, b, c
        else:
            year, month, day = (c, b, a) if day_first else (c, a, b)
            if year < 100:
                year += 2000
        hour, minute, second = int(m.group(4) or 0), int(m.group(5) or 0), int(m.group(6) or 0)
        meridiem = (m.group(7) or "").lower().replace(".", "")
        if meridiem == "pm" and hour < 12:
            hour += 12
        elif meridiem == "am" and hour == 12:
            hour = 0
        out.append((1, year, month, day, hour, minute, second))
    return out
