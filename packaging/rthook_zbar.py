"""Runtime hook: make pyzbar load the libzbar shipped inside the bundle, not one from the system."""

import ctypes.util
import os
import sys

_bundle = getattr(sys, "_MEIPASS", None)
_original = ctypes.util.find_library


def _find_library(name: str):  # type: ignore[no-untyped-def]
    if name == "zbar" and _bundle:
        for candidate in ("libzbar.so.0", "libzbar.0.dylib", "libzbar-64.dll"):
            path = os.path.join(_bundle, candidate)
            if os.path.exists(path):
                return path
    return _original(name)


ctypes.util.find_library = _find_library
