"""Encryption at rest for desk copies: SQLCipher (AES-256 pages, HMAC per page) via ``sqlcipher3``.

Why SQLCipher: every page of the database, its WAL and its journals are encrypted before they reach the disk,
so nothing of an attendee is ever in clear on disk, also while the file is open and after a crash; the file
is still one SQLite file with the same SQL (FTS5, JSON), so the store code works unchanged. ``sqlcipher3``
(the ``sqlcipher3-wheels`` distribution) ships wheels with SQLCipher statically linked for Linux, macOS and
Windows, so no compiler or OpenSSL install is needed anywhere. The module is imported only when an encrypted
file is opened or written: plain event files never load it.

Writing an encrypted copy never puts a plain copy on disk: the master is backed up into memory (stdlib
sqlite3), sealed there (private key removed, role edits), and its schema and rows are then written into a new
SQLCipher file.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .sqlcipher import PLAIN_HEADER, EncryptionUnavailable, available, connect, is_encrypted

if TYPE_CHECKING:
    from .store import EventStore

__all__ = ("ENV", "PLAIN_HEADER", "EncryptionUnavailable", "available", "connect", "is_encrypted", "key_for",
           "read_passphrase", "write_encrypted_copy")

ENV = "CHECKIN_PASSPHRASE"


def key_for(path: str | Path) -> str | None:
    """The passphrase CHECKIN_PASSPHRASE gives for ``path``: the variable's value if the file is encrypted, None
    for a plain file (or without the variable: then an encrypted file fails with a clear message). Reads the
    file's header: call it before this process holds a connection on the file (``core.session`` does, once)."""
    env = os.environ.get(ENV)
    if not env or not Path(path).is_file():
        return None
    return env if is_encrypted(path) else None


def read_passphrase(file: str | None) -> str:
    """The passphrase from ``file`` (first line) or from CHECKIN_PASSPHRASE; ValueError if none/too short."""
    if file:
        text = Path(file).read_text(encoding="utf-8").splitlines()
        passphrase = text[0] if text else ""
    else:
        passphrase = os.environ.get(ENV, "")
    if not passphrase:
        raise ValueError(f"no passphrase: give --passphrase-file FILE or set {ENV}")
    if len(passphrase) < 8:
        raise ValueError("the passphrase needs at least 8 characters")
    return passphrase


def _copy_into(src: sqlite3.Connection, dst: Any) -> None:
    """Schema and rows of ``src`` into the empty ``dst`` (different SQLite libraries: no backup API)."""
    objects = src.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                          "ORDER BY rowid").fetchall()
    virtual = [name for kind, name, _t, sql in objects if kind == "table" and sql.upper().startswith("CREATE VIRTUAL")]

    def shadow(name: str) -> bool:  # attendee_fts_data is attendee_fts's; attendee_fts_vocab is a table itself
        return name not in virtual and any(name.startswith(f"{v}_") for v in virtual)

    dst.execute("BEGIN")
    tables = [(n, s) for k, n, _t, s in objects if k == "table" and not shadow(n)]
    for _name, sql in tables:
        dst.execute(sql)
    for name, sql in tables:
        if "fts5vocab" in sql.lower():
            continue  # a view over another FTS table: no rows of its own
        cols = [r[1] for r in src.execute(f'PRAGMA table_xinfo("{name}")') if r[6] == 0]
        if name in virtual:
            cols = ["rowid", *cols]
        col_list = ", ".join(c if c == "rowid" else f'"{c}"' for c in cols)
        marks = ", ".join("?" for _ in cols)
        rows = src.execute(f'SELECT {col_list} FROM "{name}"')
        while batch := rows.fetchmany(2000):
            dst.executemany(f'INSERT INTO "{name}" ({col_list}) VALUES ({marks})', batch)
    for kind, name, _t, sql in objects:
        if kind in ("index", "trigger", "view") and not shadow(name):
            dst.execute(sql)
    dst.execute("COMMIT")
    dst.execute(f"PRAGMA user_version = {int(src.execute('PRAGMA user_version').fetchone()[0])}")


def write_encrypted_copy(store: EventStore, out: Path, seal: Callable[[sqlite3.Connection], None],
                         passphrase: str) -> None:
    """Write the sealed copy of ``store`` to ``out`` encrypted; no page of it is ever written in clear."""
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        store.conn.backup(memory)  # consistent snapshot (WAL included), in RAM only
        seal(memory)
        out.parent.mkdir(parents=True, exist_ok=True)
        target = connect(out, passphrase, create=True)
        try:
            _copy_into(memory, target)
            target.execute("PRAGMA journal_mode = WAL")  # WAL pages are encrypted as well
        finally:
            target.close()
    except BaseException:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{out}{suffix}").unlink(missing_ok=True)
        raise
    finally:
        memory.close()
