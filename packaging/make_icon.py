"""Draw the application icon (resources/icons/checkin.png) and derive .ico/.icns for the bundles."""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]


def draw(size: int = 512) -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((16, 16, size - 16, size - 16), radius=96, fill=(21, 101, 192, 255))
    # A stylised QR finder pattern and a check mark: "scan, then admitted".
    d.rectangle((80, 80, 220, 220), outline=(255, 255, 255, 255), width=22)
    d.rectangle((122, 122, 178, 178), fill=(255, 255, 255, 255))
    d.line((170, 330, 250, 410, 430, 190), fill=(76, 217, 100, 255), width=56, joint="curve")
    return img


def main() -> int:
    out = ROOT / "resources" / "icons" / "checkin.png"
    if not out.exists():
        draw().save(out)
    build = ROOT / "build" / "icons"
    build.mkdir(parents=True, exist_ok=True)
    img = Image.open(out)
    img.save(build / "checkin.ico", sizes=[(16, 16), (32, 32), (48, 48), (256, 256)])
    img.save(build / "checkin.icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
