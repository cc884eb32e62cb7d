"""Questions in the voices of the tenth round: voice dictation without punctuation, English as a
second language, quoted replies, asking for someone else, emoji shorthand."""
from __future__ import annotations

import pytest

from lssc_bot.answer import answer
from lssc_bot.understanding.index import index_for, spelled_out


@pytest.mark.parametrize(("typed", "read"), [
    ("my only schooling is a g e d", "my only schooling is a ged"),
    ("whats the el s s c", "whats the lssc"),
    ("do i have to join a l a first", "do i have to join ala first"),
    ("is it plan a or b", "is it plan a or b"),  # letters that stand alone, too few to be one word
    ("r u sure", "r u sure"),
])
def test_an_abbreviation_spelled_out_letter_by_letter_is_read_as_one_word(typed, read):
    assert spelled_out(typed) == read


@pytest.mark.parametrize(("question", "entry"), [
    ("my only schooling is a g e d does that count for l s s c", "education-requirement"),
    ("what do the letters c l s s mean after someone's name", "clss-designation"),
])
def test_a_dictated_abbreviation_finds_its_entry(knowledge, question, entry):
    """Dictation writes "GED" as "g e d": letter by letter each letter was a word the FAQ does not know."""
    reply = answer(knowledge, question)
    assert reply.kind == "faq" and reply.topic == entry
    assert index_for(knowledge).respelled(question) != question  # the sentence model reads the word too
