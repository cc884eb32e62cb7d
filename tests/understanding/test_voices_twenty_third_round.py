"""Questions in the voices of the twenty-third round (dictation, myths and negative framing, outsiders asking about
staff, a choice between two claims), each as a class of saying things, in other words than the sets'."""
from __future__ import annotations

import pytest

from lssc_bot.answer import answer
from lssc_bot.understanding.index import spelled_out


def _finds(knowledge, question, entry):
    """The reply, which must be the FAQ's entry `entry`."""
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", entry), (reply.kind, reply.topic, reply.suggestions)
    return reply


@pytest.mark.parametrize(("typed", "read"), [
    # every letter dictated, "i" among them, spells a word the FAQ knows: it is that word, not "i" and the rest
    ("was it the i m l s that paid", "was it the imls that paid"),
    # ...while an "a" or "I" before letters that spell a word alone stays a word
    ("is a g e d enough", "is a ged enough"),
    ("a l a", "ala"),
])
def test_letters_dictated_with_a_leading_i_or_a_are_one_word_when_they_spell_one(knowledge, typed, read):
    from lssc_bot.understanding.index import index_for
    assert spelled_out(typed, index_for(knowledge).known) == read


def test_a_funder_dictated_letter_by_letter_is_the_funding_entry(knowledge):
    _finds(knowledge, "was the money for l s s c from the i m l s or somewhere else", "imls-funding")
