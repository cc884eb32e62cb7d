"""Questions in the voices of the eighteenth round (replies in a thread, asking for someone else, anxious
over-explaining, fragments, one-line checklists, dictation, second-language English, sarcasm, old facts,
career plans), each as a class of saying things, in other words than the sets'."""
from __future__ import annotations

import pytest

from lssc_bot.answer import answer
from lssc_bot.understanding.normalise import without_context, without_filler


def test_without_filler_keeps_the_sentence_and_clause_breaks():
    """The second reading of a story (without its filler) keeps where sentences end: read as one run of words, a
    story's clause ran on to the message's last "and"."""
    said = without_filler("Hi all, sorry if this was asked before. my boss wants us to offer a course. what does "
                          "it cost to approve one, and for how long?")
    assert without_context(said) == ("what does it cost to approve one and for how long",
                                     "my boss wants us to offer a course")


def test_a_greeting_without_punctuation_still_hides_nothing():
    said = without_filler("hey folks I've been in tech services for a while now and do i qualify")
    assert without_context(said) == ("do i qualify", "i have been in tech services for a while now and ")


@pytest.mark.parametrize("question", [
    "my director wants our regional cooperative to offer an LSSC-approved course. what does ALA-APA charge to approve "
    "a course, and for how long?",
    "Our branch is thinking about running an LSSC-approved workshop ourselves. what's the fee to get it approved, "
    "and for how long does the approval last?",
])
def test_a_story_before_a_two_part_question_is_not_read_as_its_last_words(knowledge, question):
    """"... and for how long?" alone is the time to finish the program; the whole question is course approval."""
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", "offering-courses"), (reply.kind, reply.topic, reply.suggestions)
