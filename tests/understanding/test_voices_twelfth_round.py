"""Questions in the voices of the twelfth round: the program by a loose name, the application fee
told as a story, a second payment doubted, the wait after applying."""
from __future__ import annotations

import pytest

from lssc_bot.answer import answer
from lssc_bot.understanding.index import index_for


def test_the_program_by_a_loose_name_is_read_as_the_program(knowledge):
    """ "The LSS cert" is what some people call it: read so, it is the program the FAQ knows, not a word
    it does not know (which weighs as the rarest word there is)."""
    index = index_for(knowledge)
    assert index.tokens("the lss cert") == index.tokens("the lssc") == ["the", "lssc"]


@pytest.mark.parametrize(("question", "entry"), [
    ("applied, then realised my hours may be short. will i lose what i paid?", "refund"),
    ("i already paid and might not have enough hours, is my money gone", "refund"),
    ("do i pay ala anything more when i actually become certified", "fees"),
    ("mailed my application last week, how long till they tell me if i got in?", "acceptance-time"),
    ("what does the LSS cert cost", "fees"),
])
def test_the_fee_told_as_a_story_and_the_wait_after_applying_find_their_entry(knowledge, question, entry):
    """The fee paid and the hours in doubt is the refund entry's question; a second payment at the end is
    the fee entry's (the only payment to ALA); a letter awaited after applying is the acceptance entry's."""
    reply = answer(knowledge, question)
    assert reply.kind == "faq" and reply.topic == entry


def test_the_refund_answer_says_which_fee_comes_back(knowledge):
    """ "do I get my $350 back?" is answered with the amount asked about, as the fee entry quotes it."""
    reply = answer(knowledge, "if my hours turn out too few, do i get my application fee back?")
    assert reply.topic == "refund" and "$350" in reply.text and "$325" in reply.text
