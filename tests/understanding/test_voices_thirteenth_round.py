"""Questions in the voices of the thirteenth round: the program called by a description of it rather than
its name, and staff asked about by their manager."""
from __future__ import annotations

import pytest

from lssc_bot.answer import answer
from lssc_bot.understanding.index import index_for, program_named


@pytest.mark.parametrize(("question", "entry"), [
    ("what's the price of the ALA library assistant certificate", "fees"),
    ("who do i email about the support staff credential from ALA", "contact"),
    ("how do I apply for the ALA para certificate", "how-to-apply"),
])
def test_the_program_described_rather_than_named_is_the_program(knowledge, question, entry):
    """Someone who has not learned the name says what it is: a certificate for library support staff,
    from ALA. The description's words ("assistant", "para") are not what is asked about."""
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", entry), (question, reply.kind, reply.topic, reply.suggestions)


@pytest.mark.parametrize("text", [
    "the google IT support cert",  # one word of the description is another certificate's
    "my school para certification",
    "a library tech program",  # may be the LTA degree
    "the ALA certification for librarians",
])
def test_another_certificate_is_not_read_as_the_program(text):
    assert program_named(text, "LSSC") == text


def test_both_signals_read_the_description_as_the_program(knowledge):
    index = index_for(knowledge)
    assert index.tokens("the ALA paraprofessional cert") == index.tokens("the lssc")
    assert index.respelled("that support staff thing, worth it?") == "that LSSC, worth it?"
