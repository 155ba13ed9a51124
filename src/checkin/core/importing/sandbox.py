"""Reading an untrusted list file in a child process with a memory and time limit.

A workbook of two cells can declare a sheet of 17 billion cells; a small zip can inflate to gigabytes; a native
reader may abort the whole process rather than raise. The readers therefore run in a helper process whose
address space is capped (``MEMORY``) and that the app waits for at most ``SECONDS``: whatever the file does,
the app gets back either the tables or one ``ImportFailed`` line, and nothing else in the app is touched.
"""

from __future__ import annotations

import gc
import marshal
import multiprocessing
import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..failures import Why
from .table import ImportFailed, Table

MEMORY = 480 * 1024 * 1024  # address space of the reading process (its resident memory is below that)
SECONDS = 120.0


Reader = Callable[..., list[Table]]  # (path, *, encoding) -> tables; a module-level function (it is pickled)


def _child(conn: Any, parent: int, reader: Reader, path: str, encoding: str | None, memory: int) -> None:
    from ..childproc import die_with_parent, limit_memory

    die_with_parent(parent)
    limit_memory(memory)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)  # a native reader's panic text is not for the user: the parent says what happened
    gc.disable()  # a short-lived process of many small strings: collections only cost time
    try:
        # Rows go back marshalled: ~8x faster than pickling 600,000 cells (the rest of a Table is small).
        result: tuple[str, Any] = ("ok", [(replace(t, rows=[]), marshal.dumps(t.rows))
                                          for t in reader(path, encoding=encoding)])
    except ImportFailed as exc:  # the code travels with the line: the parent's screen says it in its language
        result = ("failed", (str(exc), exc.why, exc.params))
    except MemoryError:
        result = ("memory", "")
    except RecursionError:
        result = ("failed", (f"{Path(path).name} is nested too deeply to be a table", Why.IMPORT_UNREADABLE,
                             {"name": Path(path).name}))
    except Exception as exc:  # a reader's bug on a strange file: still one line for the user
        result = ("failed", (f"{Path(path).name} cannot be read ({type(exc).__name__}: {str(exc)[:120]})",
                             Why.IMPORT_UNREADABLE, {"name": Path(path).name}))
    try:
        conn.send(result)
    except MemoryError:
        conn.send(("memory", ""))
    conn.close()


def read_tables_isolated(path: Path, reader: Reader, *, encoding: str | None = None, memory: int = MEMORY,
                         seconds: float = SECONDS) -> list[Table]:
    """``reader(path, encoding=...)`` in a helper process with a memory and time limit (the file is untrusted)."""
    from ..childproc import start_method

    ctx = multiprocessing.get_context(start_method())  # fork in the command line, spawn in the app
    ours, theirs = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(theirs, os.getpid(), reader, str(path), encoding, memory), daemon=True,
                       name="checkin-import-reader")
    proc.start()
    theirs.close()
    try:
        if not ours.poll(seconds):
            raise ImportFailed(f"{path.name} took more than {seconds:.0f} s to read: it is not an attendee list "
                               "this app can use (split it, or save it as CSV)", Why.IMPORT_TOO_SLOW, name=path.name,
                               seconds=f"{seconds:.0f}")
        try:
            status, value = ours.recv()
        except (EOFError, OSError):
            status, value = "died", ""
    finally:
        ours.close()
        if proc.is_alive():
            proc.kill()
        proc.join(5)
    if status == "ok":
        return [replace(table, rows=marshal.loads(rows)) for table, rows in value]
    if status == "failed":
        message, why, params = value
        raise ImportFailed(message, why, **params)
    raise ImportFailed(f"{path.name} needs more than {memory // (1024 * 1024)} MB to read, so it was not read "
                       "(a damaged or deliberately inflated file)", Why.IMPORT_TOO_MUCH_MEMORY, name=path.name,
                       mb=memory // (1024 * 1024))
