"""Badge layouts as data: a page or label size and elements positioned in millimetres.

A layout is plain JSON (``resources/layouts/*.json`` for shipped ones, the event file for the organiser's own).
Coordinates are millimetres from the badge's top-left corner, as a designer thinks of them; the renderer
converts to PDF points. A layout may place its badge n-up on a sheet (``sheet``) or fold it with the
personal programme on the back (``fold``).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from copy import deepcopy
from dataclasses import MISSING, asdict, dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..failures import Failure, Why
from ..resources import resource

ELEMENT_TYPES = ("text", "band", "qr", "image", "box")
ALIGNS = ("left", "center", "right")

DEFAULT_COLORS = MappingProxyType({
    "guest": "#1F5FA8", "speaker": "#C0392B", "press": "#7D3C98", "staff": "#1E8449",
    "exhibitor": "#D35400", "ministry": "#1C2833",
})
# Bilingual because the colour alone must not be the only cue (colour-blind guests and staff).
DEFAULT_CATEGORY_LABELS = MappingProxyType({
    "guest": "Gast · Guest", "speaker": "Referent/in · Speaker", "press": "Presse · Press",
    "staff": "Team · Staff", "exhibitor": "Aussteller/in · Exhibitor", "ministry": "Ministerium · Ministry",
})


class LayoutError(Failure, ValueError):
    """A layout file or object is not usable; the message is one line for the user."""

    def __init__(self, message: str, why: Why = Why.LAYOUT_INVALID, **params: object) -> None:
        super().__init__(message, why, **params)  # most layout faults come from hand-edited JSON: one code


@dataclass
class Element:
    type: str
    x: float
    y: float
    w: float
    h: float
    id: str = ""
    text: str = ""  # template: "{title} {first_name} {last_name}", fixed text, or "{category_label}"
    font_size: float = 12.0
    min_font_size: float = 7.0
    bold: bool = False
    color: str = "#000000"
    fill: str = ""  # background (box) or, for a band, a fixed colour instead of the category's
    align: str = "center"
    valign: str = "middle"
    max_lines: int = 1
    keep_together: list[str] = field(default_factory=lambda: ["last_name"])  # fields never broken inside
    rotate: int = 0  # degrees, multiples of 90, about the element's box
    src: str = ""  # image file: a name in resources/layouts/ or an absolute path
    line_height: float = 1.15

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v != _ELEMENT_DEFAULTS.get(k)}

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Element:
        unknown = set(obj) - set(cls.__dataclass_fields__)
        if unknown:
            raise LayoutError(f"unknown element setting(s): {', '.join(sorted(unknown))}")
        try:
            el = cls(**obj)
        except TypeError as exc:
            raise LayoutError(f"element needs type, x, y, w, h ({exc})") from None
        if el.type not in ELEMENT_TYPES:
            raise LayoutError(f"unknown element type {el.type!r} (use one of {', '.join(ELEMENT_TYPES)})")
        if el.align not in ALIGNS:
            raise LayoutError(f"unknown alignment {el.align!r}")
        if el.rotate % 90:
            raise LayoutError("element rotation must be a multiple of 90 degrees")
        if el.w <= 0 or el.h <= 0:
            raise LayoutError(f"element {el.id or el.type} has no size", Why.LAYOUT_ELEMENT_NO_SIZE,
                              element=el.id or el.type)
        return el


_ELEMENT_DEFAULTS: Mapping[str, Any] = MappingProxyType({
    k: (f.default if f.default is not MISSING else f.default_factory())  # type: ignore[misc]
    for k, f in Element.__dataclass_fields__.items() if k not in ("type", "x", "y", "w", "h")
})


@dataclass
class Sheet:
    page: tuple[float, float]  # mm
    cols: int
    rows: int
    margin: tuple[float, float] | None = None  # left, top; None centres the grid
    gap: tuple[float, float] = (0.0, 0.0)
    cut_marks: bool = True


@dataclass
class Layout:
    name: str
    title: str
    width: float  # badge size in mm, as designed (before page rotation)
    height: float
    elements: list[Element]
    rotate: int = 0  # the design is turned by this many degrees onto the page (label printers feed narrow)
    sheet: Sheet | None = None
    fold: bool = False  # page holds front and (upside-down) back with the personal programme
    colors: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_COLORS))
    category_labels: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_CATEGORY_LABELS))
    printer_hint: str = ""  # "label" for continuous label printers, "sheet", "card"
    source: str = "shipped"  # shipped / event

    # --- geometry --------------------------------------------------------------------------------
    @property
    def badge_page(self) -> tuple[float, float]:
        """Size of one badge on the medium (swapped when the design is turned by 90/270 degrees)."""
        if self.rotate % 180:
            return (self.height, self.width)
        return (self.width, self.height)

    @property
    def page_size(self) -> tuple[float, float]:
        """The PDF page size in mm (what the printer's media must be)."""
        if self.sheet is not None:
            return self.sheet.page
        w, h = self.badge_page
        return (w, h * 2) if self.fold else (w, h)

    @property
    def per_page(self) -> int:
        return self.sheet.cols * self.sheet.rows if self.sheet else 1

    def element(self, element_id: str) -> Element | None:
        return next((e for e in self.elements if e.id == element_id), None)

    # --- JSON --------------------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name, "title": self.title, "size_mm": [self.width, self.height],
            "elements": [e.to_json() for e in self.elements],
        }
        if self.rotate:
            out["rotate"] = self.rotate
        if self.sheet:
            s = self.sheet
            out["sheet"] = {"page_mm": list(s.page), "cols": s.cols, "rows": s.rows, "gap_mm": list(s.gap),
                            "cut_marks": s.cut_marks}
            if s.margin is not None:
                out["sheet"]["margin_mm"] = list(s.margin)
        if self.fold:
            out["fold"] = True
        if self.colors != DEFAULT_COLORS:
            out["colors"] = self.colors
        if self.category_labels != DEFAULT_CATEGORY_LABELS:
            out["category_labels"] = self.category_labels
        if self.printer_hint:
            out["printer_hint"] = self.printer_hint
        return out

    def summary(self) -> dict[str, Any]:
        """What `checkin layouts --json` shows."""
        w, h = self.page_size
        return {"name": self.name, "title": self.title, "source": self.source,
                "badge_mm": [self.width, self.height], "page_mm": [round(w, 2), round(h, 2)],
                "per_page": self.per_page, "fold": self.fold, "rotate": self.rotate,
                "kind": self.printer_hint or ("sheet" if self.sheet else "single")}

    @classmethod
    def from_json(cls, obj: dict[str, Any], *, source: str = "shipped") -> Layout:
        obj = deepcopy(obj)
        base_name = obj.pop("base", None)
        if base_name:  # a sheet or variant re-using another layout's design
            base = shipped_layouts_raw().get(base_name)
            if base is None:
                raise LayoutError(f"layout {obj.get('name')!r} is based on unknown layout {base_name!r}")
            merged = deepcopy(base)
            merged.pop("sheet", None)
            merged.pop("fold", None)
            merged.update(obj)
            obj = merged
        try:
            name = str(obj["name"])
            width, height = (float(v) for v in obj["size_mm"])
            elements = [Element.from_json(e) for e in obj.get("elements", [])]
        except LayoutError:
            raise
        except (KeyError, TypeError, ValueError) as exc:
            raise LayoutError(f"layout needs name, size_mm [w, h] and elements ({exc})") from None
        if not name or width <= 0 or height <= 0:
            raise LayoutError("layout needs a name and a positive size")
        sheet = None
        if obj.get("sheet"):
            s = obj["sheet"]
            margin = s.get("margin_mm")
            sheet = Sheet(page=tuple(float(v) for v in s["page_mm"]), cols=int(s["cols"]), rows=int(s["rows"]),
                          margin=tuple(float(v) for v in margin) if margin else None,
                          gap=tuple(float(v) for v in s.get("gap_mm", (0, 0))),
                          cut_marks=bool(s.get("cut_marks", True)))
        rotate = int(obj.get("rotate", 0)) % 360
        if rotate % 90:
            raise LayoutError("layout rotation must be a multiple of 90 degrees")
        layout = cls(
            name=name, title=str(obj.get("title", name)), width=width, height=height, elements=elements,
            rotate=rotate, sheet=sheet, fold=bool(obj.get("fold", False)),
            colors={**DEFAULT_COLORS, **obj.get("colors", {})},
            category_labels={**DEFAULT_CATEGORY_LABELS, **obj.get("category_labels", {})},
            printer_hint=str(obj.get("printer_hint", "")), source=source,
        )
        layout.validate()
        return layout

    def validate(self) -> None:
        if self.sheet:
            bw, bh = self.badge_page
            s = self.sheet
            need_w = s.cols * bw + (s.cols - 1) * s.gap[0]
            need_h = s.rows * bh + (s.rows - 1) * s.gap[1]
            if need_w > s.page[0] + 0.01 or need_h > s.page[1] + 0.01:
                raise LayoutError(f"layout {self.name}: {s.cols}x{s.rows} badges do not fit on the sheet",
                                  Why.LAYOUT_SHEET_OVERFLOW, name=self.name, cols=s.cols, rows=s.rows)

    def copy(self, name: str | None = None, title: str | None = None) -> Layout:
        new = Layout.from_json(self.to_json(), source=self.source)
        if name:
            new.name = name
        if title:
            new.title = title
        return new


def layouts_dir() -> Path:
    return resource("layouts")


@functools.cache  # the shipped files do not change while the program runs
def shipped_layouts_raw() -> dict[str, dict[str, Any]]:
    raw = {}
    for path in sorted(layouts_dir().glob("*.json")):
        obj = json.loads(path.read_text(encoding="utf-8"))
        raw[obj["name"]] = obj
    return raw


def shipped_layouts() -> dict[str, Layout]:
    return {name: Layout.from_json(obj) for name, obj in shipped_layouts_raw().items()}


def load_layout_file(path: str | Path) -> Layout:
    try:
        obj = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise LayoutError(f"cannot read layout {path}: {exc}", Why.LAYOUT_UNREADABLE, path=path) from None
    return Layout.from_json(obj, source="file")
