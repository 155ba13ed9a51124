"""The real reason a file could not be opened or written: disk full, read-only media, missing permission.

SQLite reports most of these as "unable to open database file" or a bare I/O error; a desk worker needs to hear
"the stick is read-only" or "the disk is full", not "not a checkin event file".
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path
from types import MappingProxyType

_BY_ERRNO = MappingProxyType({errno.ENOSPC: "the disk is full", errno.EDQUOT: "the disk quota is used up",
             errno.EROFS: "the drive is read-only", errno.EACCES: "no permission", errno.EPERM: "no permission"})


def read_only_media(path: str | Path) -> bool:
    """True if the folder of ``path`` is on a read-only mount (a locked SD card, a CD, a read-only share)."""
    try:
        return bool(os.statvfs(Path(path).resolve().parent).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # AttributeError: no statvfs (Windows)
        return False


def cause_of_error(exc: BaseException) -> str | None:
    """What the error itself says about the place (errno, SQLite's "disk is full"), without looking at any path."""
    if isinstance(exc, OSError) and exc.errno in _BY_ERRNO:
        return _BY_ERRNO[exc.errno]
    if "database or disk is full" in str(exc).lower():
        return "the disk is full"
    return None


def cause(path: str | Path, exc: BaseException | None = None) -> str | None:
    """A few words on why ``path`` cannot be opened or written, or None if nothing about the place explains it."""
    text = str(exc or "").lower()
    if exc is not None and (said := cause_of_error(exc)):
        return said
    path = Path(path)
    folder = path.resolve().parent
    if read_only_media(path):
        return "the drive is read-only"
    try:
        if os.statvfs(folder).f_bavail == 0:
            return "the disk is full"
    except (OSError, AttributeError):
        pass
    if path.exists() and not os.access(path, os.R_OK):
        return "no permission to read the file"
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return "the file or its folder is read-only (no permission to write)"
    if isinstance(exc, sqlite3.Error) and "readonly" in text:
        return "the file is read-only"
    return None


def link_outside(path: str | Path) -> bool:
    """True if ``path`` is a symbolic link to a file outside its own folder: a file handed over on a stick or in
    a shared folder may be a link to a private file of this machine (/etc/shadow), and is refused."""
    path = Path(path)
    return path.is_symlink() and path.resolve().parent != path.parent.resolve()
