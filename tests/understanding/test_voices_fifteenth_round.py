"""Questions in the voices of the fifteenth round: a story about where the asker works or what they hold, then
whether the program is for them, which the sentence model reads by the story and the words by the question."""
from __future__ import annotations

import pytest

from lssc_bot.answer import answer
from lssc_bot.understanding import gate


@pytest.mark.parametrize(("question", "entry"), [
    ("already got a masters in history but i shelve books for a living now. is lssc even meant for someone like me?",
     "who-is-it-for"),
])
def test_a_story_then_whether_the_program_is_for_the_asker_is_answered(knowledge, question, entry):
    """The model is very sure of the entry the question's words name, though the sentence model alone reads
    the story's words as another ("masters", "history"): the reply is that entry, not a did-you-mean asking the
    person to pick what the bot already knew."""
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", entry), (question, reply.kind, reply.topic, reply.suggestions)


@pytest.mark.parametrize("question", [
    "is the PMP certification worth getting",
    "how do I renew my CPR certification",
    "our copier is out of toner again, who do I call?",
])
def test_a_very_sure_model_still_leaves_other_things_alone(knowledge, question):
    """Answering apart needs the lexical matcher's own first entry and no other credential named."""
    assert answer(knowledge, question).kind != "faq"


def test_the_shipped_gate_has_a_bar_for_answering_apart():
    assert gate.DEFAULT.answer < gate.DEFAULT.answer_apart < 1.0
