"""Folding text for search: case, diacritics and the letters SQLite's unicode61 leaves alone.

Stored names are never folded; only the search index and the query are.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from types import MappingProxyType

# Letters without a Unicode decomposition, so NFKD + dropping marks does not reach them.
_SPECIAL = str.maketrans({
    "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d",
    "ı": "i", "ħ": "h", "Ħ": "h", "ŧ": "t", "Ŧ": "t", "ŋ": "n", "Ŋ": "n", "ĸ": "k",
    "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th", "ß": "ss", "ẞ": "ss",
    "ʼ": "", "’": "", "'": "",
})
# German transliteration, so "mueller" finds "Müller" as well as "muller" does.
_GERMAN = MappingProxyType({"ä": "ae", "ö": "oe", "ü": "ue"})
# Latin spellings of Greek and Cyrillic names, so a desk worker typing "papadopoulos" or "shevchenko" finds
# "Παπαδόπουλος" and "Шевченко". Applied to folded words (accents and case gone; "й" has become "и").
_GREEK_PAIRS = (("ου", "ou"), ("αι", "ai"), ("ει", "ei"), ("οι", "oi"), ("γγ", "ng"), ("γκ", "gk"), ("θ", "th"),
                ("χ", "ch"), ("ψ", "ps"), ("ξ", "x"))
_GREEK = str.maketrans({"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "ι": "i", "κ": "k",
                        "λ": "l", "μ": "m", "ν": "n", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
                        "υ": "y", "φ": "f", "ω": "o"})
_CYRILLIC = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "zh", "з": "z", "и": "i",
    "і": "i", "ї": "yi", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz", "ў": "u",
})
# The German spellings of Cyrillic names that differ ("Schewtschenko", "Chruschtschow", "Jelzin").
_CYRILLIC_GERMAN = str.maketrans({"в": "w", "ж": "sch", "з": "s", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch",
                                  "щ": "schtsch", "ю": "ju", "я": "ja", "є": "je", "ї": "ji"})
# Words: letters and digits, with the combining marks casefold() leaves ("İzmir" -> "i" + U+0307 + "zmir").
_TOKEN = re.compile(r"[^\W_](?:[^\W_]|[\u0300-\u036f])*")
_TOKEN_OR_BREAK = re.compile(r"[^\W_](?:[^\W_]|[\u0300-\u036f])*|\n")
_ASCII_GAPS = re.compile(r"[^a-z0-9\n]+")


def fold(text: str) -> str:
    """Lower-case, strip diacritics and map special letters: "Şükrü Łódź Ορέστης" -> "sukru lodz ορεστης"."""
    if not text:
        return ""
    text = text.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold().translate(_SPECIAL)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(fold(text))


def index_text(text: str) -> str:
    """Folded tokens plus German transliterations where they differ ("müller" -> "muller mueller")."""
    if text.isascii():  # most emails and many organisations: lower-case words, ten times faster
        return " ".join(_TOKEN.findall(text.lower()))
    return " ".join(_index_word(word) for word in _TOKEN.findall(text.casefold()))


def _joined_casefold(texts: Sequence[str]) -> str | None:
    """The texts casefolded as one string, a line break between them; None if a text has its own line break
    (then the caller goes one text at a time)."""
    whole = "\n".join(texts).casefold()
    return whole if texts and whole.count("\n") == len(texts) - 1 else None


def casefold_all(texts: Sequence[str]) -> list[str]:
    """``str.casefold`` of each text, a whole column in one call."""
    whole = _joined_casefold(texts)
    return [t.casefold() for t in texts] if whole is None else whole.split("\n")


def index_texts(texts: Sequence[str]) -> list[str]:
    """``index_text`` of each text, a whole column at a time (an import's 50,000 organisations): one casefold,
    one tokeniser run and one join for the lot, line breaks marking where each text ends."""
    whole = _joined_casefold(texts)
    if whole is None:
        return [index_text(t) for t in texts]
    if whole.isascii():  # e.g. the email column: runs of anything but letters and digits become one space
        return [part.strip() for part in _ASCII_GAPS.sub(" ", whole).split("\n")]
    joined = " ".join(map(_Words().__getitem__, _TOKEN_OR_BREAK.findall(whole)))
    return [part.strip() for part in joined.split("\n")]


class _Words(dict):
    """word -> its index form, for one column: ASCII words are already folded, others go through
    ``_index_word``."""

    def __missing__(self, word: str) -> str:
        value = self[word] = word if word.isascii() else _index_word(word)
        return value


def names_index(title: str, first: str, last: str) -> str:
    """The names column of the search index: the words of title, first and family name (the one definition
    the store and bulk imports share)."""
    return index_text(f"{title} {first} {last}")


def sort_key(last_name: str, first_name: str, folded: Callable[[str], str] = fold) -> str:
    """What the attendee list sorts by: "Brändli" before "Brzęczyszczykiewicz" (an import passes a memoised
    ``fold``)."""
    return f"{folded(last_name)}\x01{folded(first_name)}"


def sort_keys(last_names: Sequence[str], first_names: Sequence[str], folded: Callable[[str], str] = fold) -> list[str]:
    """``sort_key`` of each pair, a column at a time."""
    return list(map("{}\x01{}".format, map(folded, last_names), map(folded, first_names)))


def email_index(email: str) -> str:
    """The email column of the search index: "a.b@x.de" is searchable as "a", "b", "x", "de"."""
    return index_text(email)  # "@" and "." separate words like any other punctuation


def ascii_spelling(text: str) -> str:
    """``text`` spelled in ASCII letters (anyascii: Pinyin, Hepburn, Arabic and Hebrew consonants, Thai, ...);
    without anyascii's tables (a broken install) the folded text, so Latin letters still come through."""
    try:
        from anyascii import anyascii  # imported on first use: most lists never reach it
    except ImportError:
        return fold(text)
    try:
        return anyascii(text)
    except (OSError, LookupError):
        return fold(text)


def _other_script(ch: str) -> bool:
    """A letter of a script with no hand-made Latin spelling here (not Latin, Greek or Cyrillic)."""
    return ch > "ɏ" and not "Ͱ" <= ch <= "ԯ" and ch.isalpha()


def needs_ascii_spelling(text: str) -> bool:
    """Whether ``text`` has letters that only anyascii spells in Latin (a migration re-indexes such rows)."""
    return not text.isascii() and any(map(_other_script, text))


def _han_or_kana(ch: str) -> bool:
    return "぀" <= ch <= "ヿ" or "㐀" <= ch <= "鿿" or "豈" <= ch <= "﫿"


def latin_spellings(folded: str) -> list[str]:
    """Latin transliterations of a folded word in another script: Greek and Cyrillic by English and German
    spelling rules; Chinese, Japanese, Arabic, Hebrew, Thai, Devanagari ... by anyascii, so a desk worker who
    types "wang" or "sakura" finds "王芳" and "さくら" (kanji get their Mandarin reading, Arabic and Hebrew
    their consonants: anyascii spells letters, it does not know names)."""
    out: list[str] = []
    if needs_ascii_spelling(folded):
        out.append(" ".join(_TOKEN.findall(ascii_spelling(folded).lower())))
        if any(map(_han_or_kana, folded)):  # names run together without spaces: each syllable a word too
            out.append(" ".join(t for ch in folded for t in _TOKEN.findall(ascii_spelling(ch).lower())))
    if any("\u0370" <= ch <= "\u03ff" for ch in folded):
        text = folded
        for greek, latin in _GREEK_PAIRS:
            text = text.replace(greek, latin)
        out.append(text.translate(_GREEK))
    if any("\u0400" <= ch <= "\u04ff" for ch in folded):
        out.append(folded.translate(_CYRILLIC))
        out.append(folded.translate(_CYRILLIC_GERMAN).translate(_CYRILLIC))
    return out


@lru_cache(maxsize=100_000)
def _index_word(word: str) -> str:
    # Cached: a guest list repeats the same first names, family names and organisation words.
    folded = fold(word)
    forms = [folded]
    if any(ch in word for ch in _GERMAN):
        forms.append(fold("".join(_GERMAN.get(ch, ch) for ch in word)))
    if not folded.isascii():
        forms += latin_spellings(folded)
    return " ".join(dict.fromkeys(f for f in forms if f))


def deletions(token: str) -> set[str]:
    """All strings one deletion away (SymSpell-style), for one-typo search."""
    return {token[:i] + token[i + 1 :] for i in range(len(token))}
