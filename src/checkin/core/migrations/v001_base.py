"""Base schema: event metadata, attendees, programme, matchmaking, journal, search index."""

import sqlite3

VERSION = 1

SQL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE attendees (
    id INTEGER PRIMARY KEY,
    external_id TEXT,
    salutation TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    organisation_type TEXT NOT NULL DEFAULT '',
    position TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT 'guest',
    status TEXT NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'registered', 'cancelled')),
    registered_for TEXT NOT NULL DEFAULT '[]',
    attention INTEGER NOT NULL DEFAULT 0,
    desk_note TEXT NOT NULL DEFAULT '',
    companion_of INTEGER REFERENCES attendees(id),
    extra TEXT NOT NULL DEFAULT '{}',
    code TEXT NOT NULL DEFAULT '',
    walk_in INTEGER NOT NULL DEFAULT 0,
    replaces INTEGER REFERENCES attendees(id),
    sort_key TEXT NOT NULL DEFAULT ''  -- folded "last first" so "Brändli" sorts before "Brzęczyszczykiewicz"
);
CREATE INDEX attendees_sort_key ON attendees(sort_key, id);
CREATE INDEX attendees_code ON attendees(code);
CREATE INDEX attendees_external ON attendees(external_id);
CREATE INDEX attendees_email ON attendees(email COLLATE NOCASE);

-- Folded (case- and diacritic-free) text per attendee; the FTS index is built over it.
CREATE VIRTUAL TABLE attendee_fts USING fts5(
    names, organisation, email, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);

CREATE TABLE rooms (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    building TEXT NOT NULL DEFAULT '',
    floor TEXT NOT NULL DEFAULT '',
    directions TEXT NOT NULL DEFAULT '',
    capacity INTEGER,
    floor_plan TEXT NOT NULL DEFAULT ''
);

CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    title_de TEXT NOT NULL,
    title_en TEXT NOT NULL,
    start TEXT NOT NULL,
    "end" TEXT NOT NULL,
    room_id INTEGER REFERENCES rooms(id),
    capacity INTEGER,
    kind TEXT NOT NULL DEFAULT 'session'
);
CREATE INDEX sessions_start ON sessions(start);

CREATE TABLE session_assignments (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    attendee_id INTEGER NOT NULL REFERENCES attendees(id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT 'participant',
    PRIMARY KEY (session_id, attendee_id)
);
CREATE INDEX assignments_attendee ON session_assignments(attendee_id);

CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    start TEXT NOT NULL,
    "end" TEXT NOT NULL,
    table_no TEXT NOT NULL,
    room_id INTEGER REFERENCES rooms(id)
);
CREATE INDEX meetings_start ON meetings(start);

CREATE TABLE meeting_participants (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    attendee_id INTEGER NOT NULL REFERENCES attendees(id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, attendee_id)
);
CREATE INDEX participants_attendee ON meeting_participants(attendee_id);

-- The journal: immutable records of everything that happened at the venue.
CREATE TABLE journal (
    record_id TEXT PRIMARY KEY,
    station_id TEXT NOT NULL,
    operator TEXT NOT NULL DEFAULT '',
    seq INTEGER NOT NULL,
    lamport INTEGER NOT NULL,
    wall_time TEXT NOT NULL,
    kind TEXT NOT NULL,
    attendee_id INTEGER,
    data TEXT NOT NULL DEFAULT '{}',
    received_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (station_id, seq)
);
CREATE INDEX journal_attendee ON journal(attendee_id, kind);
CREATE INDEX journal_kind ON journal(kind);
CREATE INDEX journal_lamport ON journal(lamport);

-- Last-writer-wins register per attendee field, so journal changes apply in any order with one outcome.
CREATE TABLE field_versions (
    attendee_id INTEGER NOT NULL,
    field TEXT NOT NULL,
    lamport INTEGER NOT NULL,
    station_id TEXT NOT NULL,
    record_id TEXT NOT NULL,
    PRIMARY KEY (attendee_id, field)
);

-- Derived from the journal (a cache, rebuildable by Journal.rebuild_arrivals): first arrival per
-- attendee, event day and check-in point.
CREATE TABLE arrivals (
    attendee_id INTEGER NOT NULL,
    day TEXT NOT NULL,
    point TEXT NOT NULL,
    record_id TEXT NOT NULL,
    at TEXT NOT NULL,
    station_id TEXT NOT NULL,
    admissions INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (attendee_id, day, point)
);
CREATE INDEX arrivals_at ON arrivals(at);
"""


def apply(conn: sqlite3.Connection) -> None:
    for statement in SQL.split(";\n"):
        if statement.strip():
            conn.execute(statement)
