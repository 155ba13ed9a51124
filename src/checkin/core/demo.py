"""A realistic demo event, deterministic by seed: an international cluster conference in Berlin, two days."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from . import codes
from . import demo_data as D
from .model import Attendee
from .session import create_event
from .store import EventStore
from .textfold import fold
from .transactions import write_transaction

TZ = "Europe/Berlin"

# People every demo has, so the hard cases are always there to try (badges, search, attention).
FEATURED = (
    # salutation, title, first, last, org, org_type, country, category, attention note
    ("Frau", "Dr.", "Cornelia", "Quennet-Thielen", "Bundesministerium für Bildung und Forschung", "public_body", "DE",
     "ministry", "Staatssekretärin: Protokoll informieren / State Secretary: inform protocol"),
    ("Herr", "", "Şükrü", "Çelik", "İzmir Mikroelektronik A.Ş.", "sme", "TR", "guest", ""),
    ("Frau", "", "Žaneta", "Šťastná", "Brno Photonics s.r.o.", "sme", "CZ", "exhibitor", ""),
    ("Herr", "", "Ορέστης", "Παπαδόπουλος", "Thessaloniki Innovation Cluster", "association", "GR", "speaker", ""),
    ("Herr", "", "Grzegorz", "Brzęczyszczykiewicz", "Ministerium für Wirtschaft, Arbeit und Wohnungsbau Baden-Württemberg",
     "public_body", "PL", "guest", ""),
    ("Herr", "", "Łukasz", "Wiśniewski", "Wrocław Labs Sp. z o.o.", "sme", "PL", "guest", ""),
    ("Frau", "", "Åse", "Ødegård", "Oslo Medtech Cluster", "association", "NO", "guest", ""),
    ("Herr", "Prof. Dr.", "Günter", "Großmann", "Fraunhofer-Institut für Photonik", "research", "DE", "speaker", ""),
    ("Frau", "", "Işıl", "Işık", "Ankara University", "research", "TR", "guest", ""),
    ("Herr", "", "Đorđe", "Đurić", "Zagreb Logistics d.o.o.", "sme", "HR", "guest", ""),
    ("Herr", "Dr.", "Georg", "Schütte", "Bundesministerium für Bildung und Forschung", "public_body", "DE", "ministry", ""),
    ("Frau", "", "Sigrún", "Kierkegaard-Østergaard", "Århus Energy Storage A/S", "large_company", "DK", "exhibitor", ""),
    ("Herr", "", "Pieter", "van der Berg", "Eindhoven Brainport Cluster", "association", "NL", "speaker", ""),
    ("Frau", "", "Axelle", "Lemaire", "Ministère de l'Économie", "public_body", "FR", "ministry",
     "Staatssekretärin Frankreich: Protokoll informieren / French State Secretary: inform protocol"),
    ("Herr", "", "Jürgen", "Müller", "Cluster Mikroelektronik Dresden e.V.", "association", "DE", "guest", ""),
)


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _email(rng: random.Random, first: str, last: str, org: str, attendee_id: int) -> str:
    local = f"{fold(first)}.{fold(last)}".replace(" ", "").replace("'", "")
    if not local.replace(".", "").replace("-", "").isascii():
        local = f"guest{attendee_id}"
    domain = "".join(ch for ch in fold(org.split()[0]) if ch.isascii() and ch.isalnum()) or "example"
    return f"{local}@{domain}.example"


def generate(
    path: str | Path, *, attendees: int = 600, seed: int = 1, start: date | None = None,
) -> EventStore:
    """Write a demo event file and return the open store."""
    if attendees < 1:
        raise ValueError("a demo needs at least one attendee")
    rng = random.Random(seed)
    start = start or datetime.now(ZoneInfo(TZ)).date()  # the venue's today, not the laptop's
    store = create_event(
        path, title="3. Internationale Clusterkonferenz / 3rd International Cluster Conference",
        start=start, days=2, timezone=TZ, venue="bcc Berlin Congress Center, Alexanderstraße 11, 10178 Berlin",
        event_id=f"demo{seed:04d}{rng.getrandbits(64):016x}",
    )
    codes.set_event_keys_from_seed(store, f"checkin-demo-{seed}".encode())
    day1 = start.isoformat()
    store.set_meta("points", [
        {"name": "main", "label_de": "Haupteingang", "label_en": "Main entrance"},
        {"name": "reception", "label_de": "Abendempfang (Clustermitglieder)", "label_en": "Evening reception (members)",
         "days": [day1], "registration_required": True},
        {"name": "matchmaking", "label_de": "Matchmaking-Bereich", "label_en": "Matchmaking area",
         "registration_required": True},
    ])
    store.set_meta("seed", seed)

    from .importing.signing import CodeBatch

    ids = list(range(1, attendees + 1))
    batch = CodeBatch(store, ids)  # a big demo's codes are signed in worker processes while the people are drawn
    try:
        orgs = _organisations(rng, max(20, min(180 * attendees // 600, 5000)))
        people = _people(rng, attendees, orgs)
        _matchmaking_profiles(people, seed)
        for person, code in zip(people, batch.codes(ids), strict=True):
            person.code = code
    finally:
        batch.close()
    store.add_attendees(people)
    with write_transaction(store.conn):  # one commit for the whole programme, not one per row
        _programme(store, rng, start, people)
    return store


def _matchmaking_profiles(people: list[Attendee], seed: int) -> None:
    """Sector (the topic in the organisation's name, else one drawn) and interests, as an import's extra columns.

    A generator of its own, so adding profiles leaves every other demo value as it was for the same seed.
    """
    rng = random.Random(f"matchmaking-profile-{seed}")
    for person in people:
        if "matchmaking" not in person.registered_for:
            continue
        sector = next((t for t in D.TOPICS if t in person.organisation), None) or rng.choice(D.TOPICS)
        interests = rng.sample([t for t in D.TOPICS if t != sector], 2)
        person.extra = {**person.extra, "sector": sector, "interests": "; ".join(interests)}


def _organisations(rng: random.Random, count: int) -> list[tuple[str, str]]:
    seen: dict[str, str] = {}
    # The patterns give a couple of thousand distinct names; a big demo asks for more than exist, so the
    # draws are bounded (a fixed number per wanted name keeps the result deterministic by seed).
    for _draw in range(count * 8):
        if len(seen) >= count:
            break
        kind = _weighted(rng, D.ORG_TYPE_WEIGHTS)
        name = rng.choice(D.ORG_PATTERNS[kind]).format(topic=rng.choice(D.TOPICS), city=rng.choice(D.CITIES))
        seen.setdefault(name, kind)  # a repeat is simply drawn again: no made-up "… Sp. z o.o. İzmir"
        if len(seen) >= len(D.ORG_PATTERNS["public_body"]) and count < 30:
            break
    return list(seen.items())


def _people(rng: random.Random, count: int, orgs: list[tuple[str, str]]) -> list[Attendee]:
    out: list[Attendee] = []
    for i, f in enumerate(FEATURED[:count], start=1):
        sal, title, first, last, org, org_type, country, category, note = f
        out.append(Attendee(
            id=i, external_id=f"REG-{i:05d}", salutation=sal, title=title, first_name=first, last_name=last,
            organisation=org, organisation_type=org_type, country=country, language=D.PEOPLE[country][2],
            category=category, status="registered", registered_for=["main", "reception", "matchmaking"],
            attention=bool(note), desk_note=note, email=_email(rng, first, last, org, i),
            position=_position(rng, sal == "Frau"),
        ))
    countries = list(D.COUNTRY_WEIGHTS)
    weights = [D.COUNTRY_WEIGHTS[c] for c in countries]
    used = {(a.first_name, a.last_name) for a in out}
    categories = {"guest": 70, "speaker": 5, "press": 3, "staff": 4, "exhibitor": 10, "ministry": 8}
    for i in range(len(out) + 1, count + 1):
        country = rng.choices(countries, weights=weights)[0]
        firsts, lasts, lang = D.PEOPLE[country]
        for _attempt in range(12):  # a real list has few namesakes: draw again on a repeat
            first = rng.choice(firsts)
            female = first in D.FEMALE
            last = _family_name(rng.choice(lasts), female)
            if (first, last) not in used:
                break
        used.add((first, last))
        org, org_type = rng.choice(orgs)
        category = _weighted(rng, categories)
        status = rng.choices(("registered", "invited", "cancelled"), weights=(85, 12, 3))[0]
        points = ["main"]
        if rng.random() < 0.4:
            points.append("reception")
        if rng.random() < 0.45:
            points.append("matchmaking")
        note, attention = "", False
        if rng.random() < 0.02:
            note, attention = rng.choice(D.ATTENTION_NOTES), True
        elif rng.random() < 0.03:
            note = "Vegetarisch / vegetarian"
        out.append(Attendee(
            id=i, external_id=f"REG-{i:05d}", salutation="Frau" if female else "Herr",
            title=rng.choice(D.TITLES),
            first_name=first, last_name=last, organisation=org, organisation_type=org_type,
            position=_position(rng, female), email=_email(rng, first, last, org, i), country=country,
            language=lang, category=category, status=status, registered_for=points, attention=attention,
            desk_note=note, phone=f"+49 30 {rng.randint(1000000, 9999999)}" if country == "DE" else "",
        ))
    return out


def _family_name(entry: str, female: bool) -> str:
    male, _, fem = entry.partition("|")
    return (fem or male) if female else male


def _position(rng: random.Random, female: bool) -> str:
    return rng.choice(D.POSITIONS)[1 if female else 0]


def _at(day: date, hh: int, mm: int = 0) -> str:
    return datetime.combine(day, time(hh, mm), ZoneInfo(TZ)).isoformat()


def _programme(store: EventStore, rng: random.Random, start: date, people: list[Attendee]) -> None:
    conn = store.conn
    for rid, (name, building, floor, cap, directions) in enumerate(D.ROOMS, start=1):
        conn.execute("INSERT INTO rooms (id, name, building, floor, directions, capacity) VALUES (?, ?, ?, ?, ?, ?)",
                     (rid, name, building, floor, directions, cap))
    sessions: list[tuple] = []
    forums_by_day: list[list[int]] = []
    sid = 0
    for d in range(2):
        day = start + timedelta(days=d)

        def add(de: str, en: str, h1: int, m1: int, h2: int, m2: int, room: int, kind: str, cap: int | None = None,
                day: date = day) -> int:
            nonlocal sid
            sid += 1
            sessions.append((sid, de, en, _at(day, h1, m1), _at(day, h2, m2), room, cap, kind))
            return sid

        add("Registrierung und Begrüßungskaffee", "Registration and welcome coffee", 8, 0, 9, 0, 6, "break")
        add("Eröffnung und Keynote" if d == 0 else "Plenum: Ergebnisse der Foren",
            "Opening and keynote" if d == 0 else "Plenary: results of the forums", 9, 0, 10, 30, 1, "plenary")
        add("Podiumsdiskussion: Cluster in Europa", "Panel: clusters in Europe", 11, 0, 12, 30, 1, "plenary")
        add("Mittagessen und Ausstellung", "Lunch and exhibition", 12, 30, 13, 30, 6, "break")
        day_forums = []
        for f in range(3):
            de, en = D.FORUM_TOPICS[d * 3 + f]
            day_forums.append(add(f"Fachforum {f + 1}: {de}", f"Expert forum {f + 1}: {en}", 13, 30, 15, 0, 2 + f, "forum"))
        forums_by_day.append(day_forums)
        add("Ausstellung der Cluster", "Cluster exhibition", 9, 0, 17, 0, 6, "exhibition")
        if d == 0:
            add("Matchmaking (1:1-Gespräche)", "Matchmaking (1:1 meetings)", 14, 0, 17, 20, 5, "matchmaking")
            add("Abendempfang (Clustermitglieder)", "Evening reception (cluster members)", 19, 0, 22, 0, 10, "reception")
        else:
            add("Abschluss und Ausblick", "Closing and outlook", 15, 30, 16, 30, 1, "plenary")
    conn.executemany('INSERT INTO sessions (id, title_de, title_en, start, "end", room_id, capacity, kind) '
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", sessions)
    in_meetings = _meetings(conn, rng, start, people)
    # Forums fill up to their room's seats (a realistic list); at benchmark scale there is no cap.
    room_seats = {rid: room[3] for rid, room in enumerate(D.ROOMS, start=1)}
    seats = {session[0]: room_seats.get(session[5]) for session in sessions}
    capped = len(people) <= 1000
    taken: dict[int, int] = {}
    assignments = []
    for person in people:
        if person.status == "cancelled":
            continue
        for d, day_forums in enumerate(forums_by_day):
            if rng.random() >= 0.85 or (d == 0 and person.id in in_meetings):
                continue  # day one: matchmaking participants are at their tables, not in a forum
            choice = rng.choice(day_forums)
            if capped:
                free = [f for f in [choice, *day_forums] if taken.get(f, 0) < int(0.95 * (seats.get(f) or 0))]
                if not free:
                    continue
                choice = free[0]
            taken[choice] = taken.get(choice, 0) + 1
            assignments.append((choice, person.id))
    conn.executemany("INSERT INTO session_assignments (session_id, attendee_id) VALUES (?, ?)", assignments)


def _meetings(conn, rng: random.Random, start: date, people: list[Attendee]) -> set[int]:
    """Book the 1:1 meetings; returns who has at least one."""
    pool = [p.id for p in people if "matchmaking" in p.registered_for and p.status != "cancelled"]
    if len(pool) < 2:
        return set()
    n = len(people)
    target = n if n <= 1000 else max(1000, n // 10)
    slots = 10  # 20-minute slots 14:00-17:20
    tables = max(60, -(-target // slots))
    busy: set[tuple[int, int]] = set()
    meetings, parts = [], []
    mid = 0
    attempts = 0
    load: dict[int, int] = {}
    used: dict[int, int] = {}
    while mid < target and attempts < target * 20:
        attempts += 1
        slot = rng.randrange(slots)
        a, b = rng.sample(pool, 2)
        if (a, slot) in busy or (b, slot) in busy or load.get(a, 0) >= 4 or load.get(b, 0) >= 4:
            continue
        table = used.get(slot, 0) + 1  # tables fill up per slot, so no table is double-booked
        if table > tables:
            continue
        used[slot] = table
        mid += 1
        meetings.append((mid, _slot(start, slot), _slot(start, slot, 20), str(table), 5))
        parts += [(mid, a), (mid, b)]
        busy |= {(a, slot), (b, slot)}
        load[a] = load.get(a, 0) + 1
        load[b] = load.get(b, 0) + 1
    conn.executemany('INSERT INTO meetings (id, start, "end", table_no, room_id) VALUES (?, ?, ?, ?, ?)', meetings)
    conn.executemany("INSERT INTO meeting_participants (meeting_id, attendee_id) VALUES (?, ?)", parts)
    return {attendee for _meeting, attendee in parts}


def _slot(start: date, slot: int, plus: int = 0) -> str:
    minutes = 14 * 60 + slot * 20 + plus
    return _at(start, minutes // 60, minutes % 60)
