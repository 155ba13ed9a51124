"""This computer's desk settings (printer, print on check-in, language, check-in point ...), for the GUI and
for ``checkin settings list|get|set`` alike, so an admin prepares ten laptops by script.

Both read and write one INI file, ``checkin.ini`` in the user's config folder (``CHECKIN_CONFIG_DIR`` wins):
the GUI through QSettings in IniFormat, this module without Qt. It edits only the lines of the keys it sets
and writes values the way QSettings does (groups as sections, top-level keys under ``[General]``, quotes and
backslash escapes), so every other setting the GUI keeps there stays as it was.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any


class SettingsError(ValueError):
    """An unknown key or a value the setting cannot take; one line for the user."""


def settings_file() -> Path:
    base = os.environ.get("CHECKIN_CONFIG_DIR")
    if base:
        return Path(base) / "checkin.ini"
    import platformdirs

    return Path(platformdirs.user_config_dir("checkin")) / "checkin.ini"


# --- Qt's INI format (the subset QSettings writes for strings) -------------------------------------------
_ESCAPES = MappingProxyType({"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "0": "\0"})


def _unescape(raw: str) -> str:
    """One QSettings INI value as a string (a list written by QSettings comes back joined with ', ')."""
    parts: list[str] = []
    out: list[str] = []
    quoted = False
    i = 0
    while i < len(raw):
        ch = raw[i]
        if ch == '"':
            quoted = not quoted
        elif ch == "\\" and i + 1 < len(raw):
            i += 1
            nxt = raw[i]
            if nxt == "x":
                hexes = re.match(r"[0-9a-fA-F]+", raw[i + 1:])
                if hexes:
                    out.append(chr(int(hexes.group(0), 16)))
                    i += len(hexes.group(0))
            else:
                out.append(_ESCAPES.get(nxt, nxt))
        elif ch == "," and not quoted:
            parts.append("".join(out).strip())
            out = []
        else:
            out.append(ch)
        i += 1
    text = "".join(out)
    parts.append(text if raw.rstrip().endswith('"') else text.strip())
    value = ", ".join(parts)
    return value[1:] if value.startswith("@@") else value


def _escape(value: str) -> str:
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in value):
        raise SettingsError("control characters (tabs, line breaks) are not allowed in a setting")
    text = value.replace("\\", "\\\\").replace('"', '\\"')
    text = "@" + text if text.startswith("@") else text
    if any(ch in value for ch in ";,=") or value != value.strip():
        text = f'"{text}"'
    return text


def _section_and_key(qt_key: str) -> tuple[str, str]:
    group, _, name = qt_key.rpartition("/")
    return (group or "General"), name


class IniFile:
    """Read and edit single string values of a QSettings INI file, leaving all other lines untouched."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _lines(self) -> list[str]:
        try:
            return self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []

    def get(self, qt_key: str) -> str | None:
        section, key = _section_and_key(qt_key)
        current = ""
        for line in self._lines():
            stripped = line.strip()
            if stripped.startswith("[") and stripped.endswith("]"):
                current = stripped[1:-1]
            elif current == section and "=" in line and line.split("=", 1)[0].strip() == key:
                return _unescape(line.split("=", 1)[1].strip())
        return None

    def set(self, qt_key: str, value: str) -> None:
        section, key = _section_and_key(qt_key)
        lines = self._lines()
        new_line = f"{key}={_escape(value)}"
        current, section_end = "", None
        for i, line in enumerate(lines):
            stripped = line.strip()
            if stripped.startswith("[") and stripped.endswith("]"):
                current = stripped[1:-1]
                continue
            if current == section:
                if "=" in line and line.split("=", 1)[0].strip() == key:
                    lines[i] = new_line
                    return self._write(lines)
                if stripped:
                    section_end = i + 1
        if section_end is None:
            header = next((i for i, ln in enumerate(lines) if ln.strip() == f"[{section}]"), None)
            if header is None:
                lines += ([""] if lines and lines[-1].strip() else []) + [f"[{section}]"]
                section_end = len(lines)
            else:
                section_end = header + 1
        lines.insert(section_end, new_line)
        self._write(lines)

    def _write(self, lines: list[str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
        tmp.replace(self.path)  # a GUI reading at the same moment sees the old or the new file, never half


# --- the settings ----------------------------------------------------------------------------------------
_TRUE = frozenset({"true", "1", "yes", "on", "ja", "an"})
_FALSE = frozenset({"false", "0", "no", "off", "nein", "aus"})


def _bool(text: str) -> str:
    low = text.strip().lower()
    if low in _TRUE:
        return "true"
    if low in _FALSE:
        return "false"
    raise SettingsError(f"not on or off: {text!r} (use true or false)")


def _choice(*allowed: str) -> Callable[[str], str]:
    def check(text: str) -> str:
        value = text.strip().lower()
        if value not in allowed:
            raise SettingsError(f"{text!r} is not one of: {', '.join(a or '(empty)' for a in allowed)}")
        return value
    return check


def _number(low: float, high: float) -> Callable[[str], str]:
    def check(text: str) -> str:
        try:
            value = float(text.strip().replace(",", "."))
        except ValueError:
            raise SettingsError(f"not a number: {text!r}") from None
        if not low <= value <= high:
            raise SettingsError(f"{value:g} is out of range ({low:g} to {high:g})")
        return f"{value:g}"
    return check


def _text(text: str) -> str:
    return text.strip()


def _name(text: str) -> str:
    if not text.strip():
        raise SettingsError("a name is needed")
    return text.strip()


_STATION_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,34}$")  # room for the ".1a2b" a taken name gets


def _station_name(text: str) -> str:
    value = text.strip()
    if value and not _STATION_NAME.match(value):
        raise SettingsError(f"station name {value!r}: use letters, digits, '.', '_' or '-' (up to 35)")
    if value.lower() == "master":
        raise SettingsError("'master' is the organiser's file; choose another station name")
    return value


@dataclass(frozen=True)
class Setting:
    key: str  # the command-line name
    qt_key: str  # QSettings key; "scanner/profile:field" is a field of the scanner profile's JSON
    default: str
    check: Callable[[str], str]
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("printer", "badges/printer", "", _text, "badge printer of this desk (CUPS queue or Windows printer)"),
    Setting("print-on-checkin", "badges/print_on_checkin", "false", _bool,
            "print the guest's badge on their first check-in (true/false)"),
    Setting("print-backend", "badges/print_backend", "", _choice("", "cups", "qt"),
            "cups or qt (empty: qt on Windows, cups elsewhere)"),
    Setting("language", "language", "", _choice("de", "en"), "interface language: de or en"),
    Setting("check-in-point", "desk/point", "main", _name, "the check-in point this desk works (e.g. main)"),
    Setting("auto-return", "desk/auto_return_s", "6", _number(2, 120),
            "seconds a result stays before the desk is ready again"),
    Setting("station-name", "desk/station_name", "", _station_name,
            "the station an event copy becomes when first opened on this laptop (empty: the copy's own name)"),
    Setting("operator", "desk/operator", "", _text, "who works this desk (recorded with each check-in)"),
    Setting("scanner-suffix", "scanner/profile:suffix", "any", _choice("any", "enter", "tab", "none"),
            "what ends a scan: enter, tab, none (a pause) or any"),
    Setting("scanner-max-gap-ms", "scanner/profile:max_gap_ms", "65", _number(20, 200),
            "longest pause between a scanner's keys, in milliseconds"),
)
BY_KEY = MappingProxyType({s.key: s for s in SETTINGS})


def setting(key: str) -> Setting:
    if key not in BY_KEY:
        raise SettingsError(f"unknown setting {key!r} (known: {', '.join(BY_KEY)})")
    return BY_KEY[key]


class DeskSettings:
    """The settings of this computer's desk, by their command-line names."""

    def __init__(self, path: Path | None = None) -> None:
        self.ini = IniFile(path or settings_file())

    def _profile(self) -> dict[str, Any]:
        raw = self.ini.get("scanner/profile")
        try:
            data = json.loads(raw) if raw else {}
        except ValueError:
            data = {}
        return data if isinstance(data, dict) else {}

    def get(self, key: str) -> str:
        s = setting(key)
        qt_key, _, field = s.qt_key.partition(":")
        if field:
            value = self._profile().get(field)
            return s.default if value is None else (f"{value:g}" if isinstance(value, float) else str(value))
        value = self.ini.get(qt_key)
        return s.default if value is None else value

    def set(self, key: str, value: str) -> str:
        s = setting(key)
        clean = s.check(value)
        qt_key, _, field = s.qt_key.partition(":")
        if field:
            profile = self._profile()
            profile[field] = float(clean) if field == "max_gap_ms" else clean
            self.ini.set(qt_key, json.dumps(profile, ensure_ascii=False))
        else:
            self.ini.set(qt_key, clean)
        return self.get(key)

    def all(self) -> dict[str, str]:
        return {s.key: self.get(s.key) for s in SETTINGS}
