"""Locate shipped resources (fonts, layouts, sounds, translations) in a checkout, a wheel or a bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """`checkin/resources` inside an installed wheel or PyInstaller bundle, else the checkout's `resources/`."""
    here = Path(__file__).resolve().parent.parent  # .../checkin
    for candidate in (
        here / "resources",  # wheel (hatch force-include) and PyInstaller (datas -> checkin/resources)
        Path(getattr(sys, "_MEIPASS", "")) / "checkin" / "resources",
        here.parent.parent / "resources",  # source checkout: src/checkin -> repo root
    ):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("checkin resources not found")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
