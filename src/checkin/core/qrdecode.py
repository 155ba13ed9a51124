"""Find the QR codes in an image (a file, or a camera frame as an array): distinct payloads, QR only.

Passes, cheapest first, stopping at the first that finds something (measured on the generated hard-frame
corpus in ``benchmarks/scenarios/decode.py``, 1280x720, one core):
1. zxing-cpp over the whole frame (local-average binarizer, inverted codes and downscaling included):
   ~7 ms, and it reads ~50% more of the hard frames than a raw pyzbar call (which takes ~55 ms on noisy frames
   and never reads light-on-dark codes).
2. zxing-cpp with global-histogram and fixed-threshold binarizers (~1-2 ms each): dim, flat frames.
3. Regions zxing found but could not decode (checksum errors), cropped, upscaled and read again by zxing and
   by pyzbar (plain and inverted): small, blurred codes.
4. The whole frame upscaled 2x (~50 ms): codes too small for the detectors. Only when ``thorough`` (default),
   so a live camera loop can skip it on frames without any code.
Still images (``decode_file``) also get pyzbar over the whole picture, plain and inverted.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np


def _zx() -> Any:
    import zxingcpp

    return zxingcpp


@functools.cache  # looked up once: zxingcpp is imported on first decode
def _qr_format() -> Any:
    return _zx().BarcodeFormat.QRCode


def to_gray(image: Any) -> np.ndarray:
    """A 2-D uint8 array from a PIL image or an array (gray, RGB, RGBA or BGR: channel order barely matters)."""
    if not isinstance(image, np.ndarray):
        image = np.asarray(image.convert("L"))
    if image.ndim == 3:
        channels = image[..., :3].astype(np.uint16)
        image = ((channels[..., 0] + 2 * channels[..., 1] + channels[..., 2]) >> 2).astype(np.uint8)
    if image.dtype != np.uint8:
        image = np.clip(image, 0, 255).astype(np.uint8)
    return np.ascontiguousarray(image)


def _zxing(gray: np.ndarray, *, errors: bool = False, **options: Any) -> tuple[list[str], list[Any]]:
    found, failed = [], []
    for result in _zx().read_barcodes(gray, formats=_qr_format(), return_errors=errors, **options):
        if result.valid:
            found.append(result.text)
        else:
            failed.append(result.position)
    return found, failed


def _zbar(gray: np.ndarray) -> list[str]:
    from pyzbar.pyzbar import ZBarSymbol, decode

    return [r.data.decode("utf-8", "replace") for r in decode(gray, symbols=[ZBarSymbol.QRCODE])]


def _upscale(gray: np.ndarray, factor: int) -> np.ndarray:
    from PIL import Image

    h, w = gray.shape
    return np.asarray(Image.fromarray(gray).resize((w * factor, h * factor), Image.BILINEAR))


def _crops(gray: np.ndarray, positions: Iterable[Any]) -> list[np.ndarray]:
    out = []
    h, w = gray.shape
    for pos in positions:
        corners = (pos.top_left, pos.top_right, pos.bottom_right, pos.bottom_left)
        xs, ys = [c.x for c in corners], [c.y for c in corners]
        margin = int(0.25 * max(max(xs) - min(xs), max(ys) - min(ys))) + 8
        x0, x1 = max(0, min(xs) - margin), min(w, max(xs) + margin)
        y0, y1 = max(0, min(ys) - margin), min(h, max(ys) + margin)
        if x1 - x0 >= 16 and y1 - y0 >= 16 and (x1 - x0) * (y1 - y0) < 0.25 * w * h:
            out.append(np.ascontiguousarray(gray[y0:y1, x0:x1]))
    return out[:4]


def _distinct(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def decode_frame(image: Any, *, thorough: bool = True) -> list[str]:
    """Distinct QR payloads in one frame (array or PIL image), in the order found."""
    gray = to_gray(image)
    found, failed = _zxing(gray, errors=True)
    if found:
        return _distinct(found)
    zx = _zx()
    for binarizer in (zx.Binarizer.GlobalHistogram, zx.Binarizer.FixedThreshold):
        found, _ = _zxing(gray, binarizer=binarizer)
        if found:
            return _distinct(found)
    for crop in _crops(gray, failed):
        for factor in (2, 3):
            big = _upscale(crop, factor)
            found = _zxing(big)[0] or _zbar(big) or _zbar(255 - big)
            if found:
                return _distinct(found)
    if thorough and gray.shape[0] * gray.shape[1] <= 1920 * 1080:
        found = _zxing(_upscale(gray, 2), try_downscale=False)[0]
    return _distinct(found)


def decode_file(path: str | Path) -> list[str]:
    """Distinct QR payloads in an image file; still images get every pass, pyzbar included."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(path) as img:
            img = ImageOps.exif_transpose(img)  # phone photos: honour the camera's orientation tag
            if getattr(img, "mode", "") in ("RGBA", "LA", "P"):
                # transparent areas (PNG codes) read as white paper, not black
                background = Image.new("RGBA", img.size, "white")
                background.alpha_composite(img.convert("RGBA"))
                img = background
            gray = to_gray(img)
    except (UnidentifiedImageError, OSError) as exc:
        raise ValueError(f"cannot read image {path}: {exc}") from None
    found = decode_frame(gray)
    found += _zbar(gray) + _zbar(255 - gray)
    return _distinct(found)
