"""Reading badge PDFs back: page sizes, text, and QR codes decoded from a real rasterisation."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

PT_PER_MM = 72 / 25.4


def page_sizes_mm(pdf: Path) -> list[tuple[float, float]]:
    reader = PdfReader(str(pdf))
    return [(float(p.mediabox.width) / PT_PER_MM, float(p.mediabox.height) / PT_PER_MM) for p in reader.pages]


def page_texts(pdf: Path) -> list[str]:
    reader = PdfReader(str(pdf))
    return [" ".join((p.extract_text() or "").split()) for p in reader.pages]


def decode_qr_pages(pdf: Path, dpi: int = 150, per_page: int | None = None) -> list[list[str]]:
    """Rasterise with pdftoppm (grey) and decode every QR code on every page with zbar and ZXing (a code
    counts as readable when either of the two common open-source readers reads it)."""
    import zxingcpp
    from pyzbar.pyzbar import ZBarSymbol, decode

    out: list[list[str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", str(pdf), f"{tmp}/p"], check=True, timeout=300)
        files = sorted(Path(tmp).glob("p-*.pgm"), key=lambda f: int(f.stem.split("-")[-1]))
        for f in files:
            with Image.open(f) as im:
                found = {r.text for r in zxingcpp.read_barcodes(im, formats=zxingcpp.BarcodeFormat.QRCode)}
                if per_page is None or len(found) < per_page:
                    found |= {d.data.decode("ascii") for d in decode(im, symbols=[ZBarSymbol.QRCODE])}
                out.append(sorted(found))
    return out
