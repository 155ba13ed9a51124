"""CSV / TSV / TXT: encoding and delimiter detection.

Office exports arrive as UTF-8 (with or without BOM), UTF-16 with BOM (Excel "Unicode text"), or in the code
page of the office's Windows: 1252 (Western Europe), 1250 (Central Europe), 1257 (Baltic), 1254 (Turkish), 1253
(Greek). Code pages decode almost any byte, so the choice is made by how plausible the decoded words are, and
how many column names of the header row it makes readable ("Soyadı", "Επώνυμο", "Uzvārds"); when two readings
are about as plausible and differ, both are offered.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections import Counter
from functools import cache

from ..failures import Why
from .table import EncodingCandidate, ImportFailed, Table

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
EIGHT_BIT = ("cp1252", "cp1250", "cp1257", "cp1254", "cp1253")

_GREEK = frozenset("αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊϋΐΰς")
# Letters with diacritics by language; a word whose special letters all fit one language is plausible.
_ALPHABETS = (*(set(a) for a in (
    "äöüß", "àâæçéèêëîïôœùûüÿ", "áéíñóúü", "áâãàçéêíóôõú", "àèéìíòóù", "áðéíóúýþæö", "æøåé", "åäöé",
    "ąćęłńóśźż", "áčďéěíňóřšťúůýž", "áäčďéíĺľňóôŕšťúýž", "áéíóöőúüű", "ăâîșțşţ", "čćđšž",
    "çğıöşüâîû", "āčēģīķļņšūž", "ąčęėįšųūž", "äõöüšž",
)), _GREEK)
_WORD = re.compile(r"\S+")
_CELL = re.compile(r"[;,\t|]")
HEADER_BONUS = 3.0  # per column name a reading makes recognisable


def _word_score(word: str) -> float:
    specials = {c for c in word.lower() if ord(c) > 127}
    if not specials:
        return 0.0
    score = 0.0
    for ch in specials:
        cat = unicodedata.category(ch)
        # "£ukasz", "³": a symbol glued to letters is a mis-decoded letter ("İ" lowers to i + a combining dot).
        if cat[0] not in "LM" and any(c.isalpha() for c in word):
            score -= 3.0
    letters = {c for c in specials if c.isalpha()}
    if letters:
        if letters <= _GREEK and any("a" <= c <= "z" for c in word.lower()):
            return score - 2.0  # "Hιlθne": Greek letters inside a Latin word
        score += 1.0 if any(letters <= alphabet for alphabet in _ALPHABETS) else -1.0
    return score


@cache
def _spelled_headers() -> frozenset[str]:
    """Column names as the offices spell them, accents and all ("soyadı", "uzvārds"), lower case."""
    from . import header_words

    words = [w for value in vars(header_words).values() if isinstance(value, list) for w in value]
    return frozenset(" ".join(w.casefold().split()) for w in words if isinstance(w, str) and not w.isascii())


def _header_hits(text: str, lines: int = 30) -> int:
    """Column names with letters beyond ASCII, spelled exactly, that this reading of the first lines gives."""
    known = _spelled_headers()
    found = 0
    for line in text.splitlines()[:lines]:
        found = max(found, sum(1 for cell in _CELL.split(line) if not cell.isascii()
                               and " ".join(cell.strip().strip('"').casefold().split()) in known))
    return found


def plausibility(text: str) -> float:
    # Each distinct word scored once: a list repeats its names, organisations and countries thousands of times.
    words = Counter(w for w in text.split() if not w.isascii())
    return sum(_word_score(w) * n for w, n in words.items())


def _is_binary(data: bytes) -> bool:
    """Not a table at all: control bytes everywhere. A stray NUL or two in a row is that row's fault."""
    sample = data[:65536]
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(8, len(sample) * 0.01)


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) / 2
    if odd > half * 0.6 and even < half * 0.1:
        return "utf-16-le"
    if even > half * 0.6 and odd < half * 0.1:
        return "utf-16-be"
    return None


def decode(data: bytes) -> tuple[str, str, list[EncodingCandidate]]:
    """Text, chosen encoding, candidates (more than one: ambiguous, best first)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name).lstrip("\ufeff"), name, []
            except UnicodeDecodeError:
                # Excel's UTF-8 with a row pasted from an older list: that row is flagged, the rest reads.
                mixed = _mostly_utf8(data[len(bom):]) if name == "utf-8-sig" else None
                if mixed is None:
                    raise ImportFailed(f"the file starts like {name} text but is not valid {name}", Why.IMPORT_NOT_TEXT,
                                       encoding=name) from None
                return mixed, name, []
    guessed16 = _utf16_without_bom(data)
    if guessed16:
        try:
            return data.decode(guessed16), guessed16, []
        except UnicodeDecodeError:
            pass
    if _is_binary(data):
        raise ImportFailed("this is not a text table (binary data); use CSV, TXT, XLSX or ODS", Why.IMPORT_BINARY)
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    mixed = _mostly_utf8(data)
    if mixed is not None:
        return mixed, "utf-8", []
    decoded: dict[str, str] = {}
    for name in EIGHT_BIT:
        try:
            decoded[name] = data.decode(name)
        except UnicodeDecodeError:
            continue  # bytes undefined in this code page (e.g. 0x9D "ť" in cp1250) rule it out
    if not decoded:
        # A byte no code page defines, in a row or two: those rows are read as well as they can be and flagged.
        name = max(EIGHT_BIT, key=lambda n: plausibility(data.decode(n, errors="replace")))
        return _marked_lines(data, name), name, []
    # Code pages that read this file alike are one reading (the first named stands for it).
    readings: dict[str, str] = {}
    for name, text in decoded.items():
        if text not in readings.values():
            readings[name] = text
    decoded = readings
    if len(decoded) == 1:
        name = next(iter(decoded))
        return decoded[name], name, []
    scores = {name: plausibility(text) + HEADER_BONUS * _header_hits(text) for name, text in decoded.items()}
    ranked = sorted(decoded, key=lambda n: (-scores[n], EIGHT_BIT.index(n)))
    best, second = ranked[0], ranked[1]
    margin = max(2.0, abs(scores[second]) * 0.5)
    # Clearly better: one answer. Otherwise the readings about as good are offered (the wizard asks, the CLI
    # names its choice).
    if scores[best] - scores[second] >= margin:
        return decoded[best], best, []
    close = [n for n in ranked if scores[best] - scores[n] < margin]
    samples = _differences(decoded, close)
    return decoded[best], best, [EncodingCandidate(n, scores[n], samples[n]) for n in close]


def _mostly_utf8(data: bytes) -> str | None:
    """A UTF-8 file with a few lines that are not UTF-8: those lines read in the likelier code page, each marked
    with ``UNDECODABLE`` at its end (the reader reports and removes it); None when most lines are not UTF-8."""
    lines = data.split(b"\n")
    bad: list[int] = []
    for i, line in enumerate(lines):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad.append(i)
    # UTF-8 letters elsewhere (improbable in code-page text) and the odd lines a minority of the non-ASCII ones.
    utf8_lines = sum(1 for line in lines if not line.isascii()) - len(bad)
    if utf8_lines < 1 or len(bad) > utf8_lines:
        return None
    out = []
    for i, line in enumerate(lines):
        if i in bad:
            readings = {name: line.decode(name, errors="replace") for name in EIGHT_BIT}
            best = max(EIGHT_BIT, key=lambda n: (plausibility(readings[n]), -EIGHT_BIT.index(n)))
            # At the end (before a CR): after a closing quote the reader adds it to the last cell.
            text = readings[best]
            out.append(text[:-1] + UNDECODABLE + "\r" if text.endswith("\r") else text + UNDECODABLE)
        else:
            out.append(line.decode("utf-8"))
    return "\n".join(out)


def _marked_lines(data: bytes, encoding: str) -> str:
    """``data`` in ``encoding``, each line with bytes it does not define read with U+FFFD and marked."""
    out = []
    for line in data.split(b"\n"):
        try:
            out.append(line.decode(encoding))
        except UnicodeDecodeError:
            text = line.decode(encoding, errors="replace")
            out.append(text[:-1] + UNDECODABLE + "\r" if text.endswith("\r") else text + UNDECODABLE)
    return "\n".join(out)


# Marks a line that was not valid UTF-8 (a private-use character no list holds).
UNDECODABLE = "\U000f0000"


def _differences(decoded: dict[str, str], ranked: list[str], limit: int = 3) -> dict[str, str]:
    words = {n: _WORD.findall(decoded[n]) for n in ranked}
    base = words[ranked[0]]
    out: dict[str, list[str]] = {n: [] for n in ranked}
    for i, _word in enumerate(base):
        variants = {n: words[n][i] if i < len(words[n]) else "" for n in ranked}
        if len(set(variants.values())) > 1:
            for n in ranked:
                out[n].append(variants[n].strip('";,'))
            if len(out[ranked[0]]) >= limit:
                break
    return {n: ", ".join(v) for n, v in out.items()}


def detect_delimiter(text: str, suffix: str = "") -> str:
    sample = text[:65536]
    lines = [ln for ln in sample.splitlines()[:50] if ln.strip()]
    if not lines:
        return ","
    best, best_score = ",", -1.0
    for delim in ("\t", ";", ",", "|"):
        try:
            rows = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=delim))
        except csv.Error:
            continue
        widths = [len(r) for r in rows if any(c.strip() for c in r)]
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        if common < 2:
            continue
        score = widths.count(common) / len(widths) * 10 + min(common, 30) * 0.1
        if delim == "\t" and suffix in (".tsv", ".tab", ".txt"):
            score += 0.5
        if score > best_score:
            best, best_score = delim, score
    return best


def read_text_table(data: bytes, name: str = "", *, encoding: str | None = None) -> Table:
    """Parse a delimited text file. ``encoding`` forces a choice (e.g. the user picked a candidate)."""
    if encoding:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise ImportFailed(f"the file cannot be read as {encoding}: {exc}", Why.IMPORT_ENCODING, encoding=encoding) from None
        text = text.lstrip("\ufeff")
        candidates: list[EncodingCandidate] = []
    else:
        text, encoding, candidates = decode(data)
    suffix = name[name.rfind("."):].lower() if "." in name else ""
    delimiter = detect_delimiter(text, suffix)
    nfc_ok = unicodedata.is_normalized
    nfc = unicodedata.normalize
    composed = text.isascii() or nfc_ok("NFC", text)  # one look at the whole text spares one per row
    faulty = "\x00" in text or UNDECODABLE in text
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(text) + 1))  # an over-long cell is its row's problem, not the file's
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
        # macOS exports decomposed letters; the store keeps the composed form (NFC).
        rows = list(reader) if composed else [
            [c if c.isascii() or nfc_ok("NFC", c) else nfc("NFC", c) for c in row] for row in reader]
    except csv.Error as exc:
        raise ImportFailed(f"the file is not a readable CSV table: {exc}", Why.IMPORT_NOT_CSV) from None
    finally:
        csv.field_size_limit(limit)
    numbers = list(range(1, len(rows) + 1))  # a record is one row, however many lines its quoted fields span
    notes = _row_faults(rows) if faulty else {}
    return Table(rows=rows, row_numbers=numbers, source=name, format="csv", encoding=encoding,
                 encoding_candidates=candidates, delimiter=delimiter, row_notes=notes)


def _row_faults(rows: list[list[str]]) -> dict[int, list[str]]:
    """Removes NUL bytes and the not-UTF-8 marks from the cells; row number -> what was found."""
    notes: dict[int, list[str]] = {}
    for number, row in enumerate(rows, start=1):
        for i, cell in enumerate(row):
            if "\x00" in cell:
                row[i] = cell = cell.replace("\x00", "")
                notes.setdefault(number, []).append("an invisible NUL character was removed")
            if UNDECODABLE in cell:
                row[i] = cell.replace(UNDECODABLE, "")
                notes.setdefault(number, []).append(
                    "some characters of this row are in another encoding than the rest of the file: check the "
                    "spelling of its names")
    return {k: list(dict.fromkeys(v)) for k, v in notes.items()}
