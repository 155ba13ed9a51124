"""Helper processes that never outlive the app and never take more than their share.

``die_with_parent`` is called first thing in every helper process (import readers, code-signing workers): on
Linux the kernel kills the helper when the process that started it dies (``PR_SET_PDEATHSIG``), and a daemon
thread checks the parent's pid twice a second as well (other systems, and the case where the starting thread,
not the process, ended). A killed import therefore never leaves workers holding the event file.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time


def die_with_parent(parent_pid: int) -> None:
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent_pid:  # the parent died before we got here
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="checkin-parent-watch", daemon=True).start()


def start_method() -> str:
    """"fork" while this process runs one thread (cheap, and safe), else "spawn". Counted by the system, not by
    ``threading``: Qt's threads (the app's DB worker, its render threads) are invisible to ``threading``, and a
    forked copy of a Qt app is neither safe nor small."""
    try:
        single = len(os.listdir("/proc/self/task")) == 1
    except OSError:
        single = threading.active_count() == 1 and "PySide6" not in sys.modules
    return "fork" if single and hasattr(os, "fork") else "spawn"


def limit_memory(max_bytes: int) -> None:
    """Cap this process's address space: an allocation past it fails (MemoryError, or an abort in native code)
    instead of growing until the machine swaps."""
    try:
        import resource
    except ImportError:  # Windows: the parent's wall-clock limit still applies
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = max_bytes if hard == resource.RLIM_INFINITY else min(max_bytes, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
