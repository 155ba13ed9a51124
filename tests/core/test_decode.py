"""QR decoding of images and frames: the generated hard-frame corpus, inverted codes, several codes, files."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest
from benchmarks.scenarios.decode import corpus, make_frame, raw_zbar, raw_zxing
from PIL import Image

from checkin.core.qrdecode import decode_file, decode_frame


@pytest.fixture(scope="module")
def frames():
    return corpus(60, seed=11)


def test_corpus_decode_rate(frames) -> None:
    decodable = [f for f in frames if f.payload in raw_zbar(f.gray) | raw_zxing(f.gray)]
    assert len(decodable) >= 30  # the corpus is hard but not hopeless
    ours = [f for f in decodable if decode_frame(f.gray) == [f.payload]]
    assert len(ours) >= 0.97 * len(decodable)
    # nothing is invented: every payload found is the one in the frame
    for f in frames:
        assert set(decode_frame(f.gray)) <= {f.payload}


def test_corpus_has_every_hardship(frames) -> None:
    traits = {t for f in frames for t in f.traits}
    assert traits >= {"inverted", "rotated", "perspective", "blur", "low_contrast", "dim", "noise", "jpeg"}


def _code_image(text: str, box: int = 6, invert: bool = False) -> np.ndarray:
    import qrcode

    img = np.asarray(qrcode.make(text, box_size=box, border=4).convert("L"))
    return 255 - img if invert else img


def test_inverted_code_reads(tmp_path: Path) -> None:
    frame = np.full((720, 1280), 30, np.uint8)
    code = _code_image("DARKMODE2026", invert=True)
    frame[100:100 + code.shape[0], 200:200 + code.shape[1]] = code
    assert not raw_zbar(frame)  # zbar alone misses light-on-dark codes
    assert decode_frame(frame) == ["DARKMODE2026"]


def test_several_codes_distinct(tmp_path: Path) -> None:
    frame = np.full((720, 1280), 255, np.uint8)
    for i, text in enumerate(("FIRST", "SECOND", "FIRST")):
        code = _code_image(text)
        frame[50:50 + code.shape[0], 20 + i * 420:20 + i * 420 + code.shape[1]] = code
    assert sorted(decode_frame(frame)) == ["FIRST", "SECOND"]


def test_color_arrays_and_pil() -> None:
    f = make_frame(random.Random(5))
    while not decode_frame(f.gray):
        f = make_frame(random.Random(f.payload))
    rgb = np.dstack([f.gray] * 3)
    assert decode_frame(rgb) == [f.payload]
    assert decode_frame(Image.fromarray(f.gray)) == [f.payload]


def test_no_code() -> None:
    assert decode_frame(np.full((720, 1280), 128, np.uint8)) == []


def test_files_and_cli(cli, tmp_path: Path) -> None:
    jpg, png, empty, broken = tmp_path / "a.jpg", tmp_path / "b.png", tmp_path / "c.png", tmp_path / "d.png"
    Image.fromarray(_code_image("JPEGCODE")).convert("RGB").save(jpg, quality=40)
    rgba = Image.fromarray(_code_image("ALPHA")).convert("RGBA")
    rgba.putalpha(Image.fromarray(np.where(_code_image("ALPHA") < 128, 255, 0).astype(np.uint8)))
    rgba.save(png)  # transparent background: must read as white paper
    Image.new("RGB", (300, 200), "white").save(empty)
    broken.write_bytes(b"not an image")
    assert decode_file(jpg) == ["JPEGCODE"] and decode_file(png) == ["ALPHA"]
    proc = cli("decode", str(jpg), str(png), str(empty), "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == {str(jpg): ["JPEGCODE"], str(png): ["ALPHA"], str(empty): []}
    bad = cli("decode", str(broken), "--json")
    assert bad.returncode != 0 and len(bad.stderr.strip().splitlines()) == 1
    missing = cli("decode", str(tmp_path / "nope.png"))
    assert missing.returncode != 0 and "nope.png" in missing.stderr
