"""SQLCipher connections: the storage side of encrypted desk copies (``core.encryption`` writes them).

``sqlcipher3`` is imported only when an encrypted file is opened or written: plain event files never load it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from .fileerrors import read_only_media

PLAIN_HEADER = b"SQLite format 3\x00"


class EncryptionUnavailable(RuntimeError):
    pass


def _module() -> Any:
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        raise EncryptionUnavailable(
            "encrypted event files need the sqlcipher3 module (pip install sqlcipher3-wheels)") from None
    return dbapi2


def available() -> bool:
    try:
        _module()
    except EncryptionUnavailable:
        return False
    return True


def is_encrypted(path: str | Path) -> bool:
    """True if the file does not start like a plain SQLite database.

    Only call this while this process holds no SQLite connection on the file: closing any descriptor of a
    file drops every POSIX lock the process holds on it (SQLite's included).
    """
    with open(path, "rb") as fh:
        return fh.read(16) != PLAIN_HEADER


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def connect(path: str | Path, passphrase: str, *, readonly: bool = False, create: bool = False) -> Any:
    """A SQLCipher connection (same DB-API as sqlite3); sqlite3.DatabaseError if the passphrase is wrong."""
    dbapi2 = _module()
    path = Path(path)
    if readonly:
        wal = Path(f"{path}-wal")
        fixed = "&immutable=1" if read_only_media(path) and (not wal.exists() or not wal.stat().st_size) else ""
        conn = dbapi2.connect(f"{path.resolve().as_uri()}?mode=ro{fixed}", uri=True, isolation_level=None,
                              check_same_thread=False)
    else:
        conn = dbapi2.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10)
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong passphrase is our one-line error, not a log
    conn.execute(f"PRAGMA key = {_quote(passphrase)}")
    conn.execute("PRAGMA temp_store = MEMORY")  # sorts and temp indexes never spill to a temp file
    if not create:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except dbapi2.DatabaseError as exc:
            conn.close()
            raise sqlite3.DatabaseError(f"wrong passphrase or not an encrypted event file ({exc})") from None
    return conn


