"""Questions in the voices of the fourteenth round: the program's name typed with a slip."""
from __future__ import annotations

import pytest

from lssc_bot.answer import answer
from lssc_bot.understanding.index import index_for


@pytest.mark.parametrize(("question", "entry"), [
    ("how much is the LLSC application", "fees"),
    ("who do i email about my LSCS application", "contact"),
    ("how long is my lsscc good for before it runs out", "certification-validity"),
])
def test_the_programs_name_typed_with_one_slip_is_still_its_name(knowledge, question, entry):
    """Its four letters typed with one slip (a letter doubled, swapped or changed) are still the program's
    name: the question is answered as if it were spelt right, not met with "I don't know"."""
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", entry), (question, reply.kind, reply.topic, reply.suggestions)


def test_a_short_word_of_english_is_not_read_as_the_name(knowledge):
    index = index_for(knowledge)
    assert index.respelled("the LSCS fee") == "the lssc fee"
    for text in ("is it less money", "my class", "a loss"):
        assert index.respelled(text) == text
