"""The checks' building blocks: the phrasing comparison, one text at a time or all at once."""
from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from lssc_bot.knowledge.validate import comparable, comparables


def comparable_as_specified(text: str) -> str:
    """NFKC, case folded, punctuation as spaces, runs of whitespace as one space."""
    return " ".join(re.sub(r"[^\w\s]", " ", unicodedata.normalize("NFKC", text).casefold()).split())


#: ASCII punctuation and whitespace (the separator \x1f among it), and what NFKC or case folding changes
tricky = st.sampled_from(list(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x00!?'\"-_.,{}()@#") +
                         ["É", "ß", "Σ", "ς", "İ", "ﬁ", "①", "Ｆ", "\u0301", "\u00a0", "\u2003", "\u200b", "한", "\u1100\u1161", "’"])
texts = st.one_of(st.text(max_size=30), st.lists(st.one_of(tricky, st.text(alphabet="aZ09", max_size=3)), max_size=12).map("".join))


@given(texts)
@settings(max_examples=300)
def test_comparable_is_as_specified(text: str) -> None:
    assert comparable(text) == comparable_as_specified(text)


@given(st.lists(texts, max_size=8))
@settings(max_examples=300)
def test_all_at_once_is_one_at_a_time(batch: list[str]) -> None:
    assert comparables(batch) == [comparable(text) for text in batch]


@given(st.lists(st.text(alphabet=st.characters(max_codepoint=127), max_size=20), min_size=1, max_size=8))
def test_all_at_once_for_ascii(batch: list[str]) -> None:
    assert comparables(batch) == [comparable_as_specified(text) for text in batch]


def test_examples() -> None:
    assert comparables(["  How MUCH does it cost?!  ", "", "a\x1fb", "Résumé"]) == ["how much does it cost", "", "a b", "résumé"]
    assert comparables(["Cost?", "COST", "c-o-s-t"]) == ["cost", "cost", "c o s t"]
    assert comparables([]) == []
