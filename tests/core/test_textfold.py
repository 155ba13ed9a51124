"""Search-index text: the column-at-a-time form an import uses is the same text as one at a time."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from checkin.core.textfold import index_text, index_texts, names_index, sort_key, sort_keys, tokens

NAMES = ["Dr. Gábor Tőkés", "İzmir Üniversitesi", "Max-Planck-Institut für Photonik, Außenstelle 1", "",
         "a.b@uni-zürich.example", "Ορέστης Παπαδόπουλος", "Line\nbreak", "O'Connor", "ŁÓDŹ", "naïve café", "   ",
         "Žaneta Šťastná", "Brzęczyszczykiewicz", "Ñúñez", "Ø", "Æsir"]


def test_a_column_at_a_time_is_the_same_text() -> None:
    assert index_texts(NAMES) == [index_text(t) for t in NAMES]
    assert index_texts([]) == []


@given(st.lists(st.text(alphabet=st.sampled_from("aAäÄöüßİıłŁ'’ -.@\nçÇεΕ0é\u0301ǅ"), max_size=12), max_size=8))
def test_same_text_for_any_list(texts: list[str]) -> None:
    assert index_texts(texts) == [index_text(t) for t in texts]


def test_turkish_dotted_capital_i_is_one_word() -> None:
    # casefold() turns "İ" into "i" plus a combining dot; the word must not fall apart at it.
    assert index_text("İzmir İlker") == "izmir ilker"
    assert tokens("İzmir") == ["izmir"]


def test_names_and_sort_key() -> None:
    assert names_index("Prof. Dr.", "Şükrü", "Çelik") == "prof dr sukru suekrue celik"
    assert sort_key("Brändli", "Anna") < sort_key("Brzęczyszczykiewicz", "Grzegorz")


@given(st.lists(st.text(alphabet=st.sampled_from("aZ09_-.@ '\n\t"), max_size=12), max_size=8))
def test_same_text_for_any_ascii_list(texts: list[str]) -> None:
    assert index_texts(texts) == [index_text(t) for t in texts]


@given(st.lists(st.tuples(st.text(alphabet=st.sampled_from("aÄłŁİ́ -'"), max_size=6),
                          st.text(alphabet=st.sampled_from("bÖøß -"), max_size=6)), max_size=8))
def test_sort_keys_of_a_column_are_each_ones_sort_key(pairs: list[tuple[str, str]]) -> None:
    lasts, firsts = [p[0] for p in pairs], [p[1] for p in pairs]
    assert sort_keys(lasts, firsts) == [sort_key(last, first) for last, first in pairs]
