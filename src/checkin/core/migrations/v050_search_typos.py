"""Desk search: a SymSpell-style deletion table for one-typo tolerance, kept up to date lazily.

Triggers on ``attendees`` (plain SQL, so they work in every connection, whatever wrote the change) count
changes; ``checkin.core.search`` brings the term and deletion tables up to date before searching when the
count moved. The FTS5 vocabulary table lists the indexed terms, so the diff never re-folds attendees.
"""

import sqlite3

VERSION = 50

SQL = """
CREATE VIRTUAL TABLE IF NOT EXISTS attendee_fts_vocab USING fts5vocab(attendee_fts, 'row');
CREATE TABLE IF NOT EXISTS search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS search_deletes (
    del TEXT NOT NULL,
    term TEXT NOT NULL,
    PRIMARY KEY (del, term)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS search_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    changes INTEGER NOT NULL,
    synced INTEGER NOT NULL
);
INSERT OR IGNORE INTO search_state (id, changes, synced) VALUES (1, 1, 0);
CREATE TRIGGER IF NOT EXISTS search_attendee_insert AFTER INSERT ON attendees
BEGIN UPDATE search_state SET changes = changes + 1 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS search_attendee_update
AFTER UPDATE OF title, first_name, last_name, organisation, email ON attendees
BEGIN UPDATE search_state SET changes = changes + 1 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS search_attendee_delete AFTER DELETE ON attendees
BEGIN UPDATE search_state SET changes = changes + 1 WHERE id = 1; END
"""


def apply(conn: sqlite3.Connection) -> None:
    for statement in SQL.split(";\n"):
        if statement.strip():
            conn.execute(statement)
    from checkin.core.search import sync_terms_in_transaction

    sync_terms_in_transaction(conn)
