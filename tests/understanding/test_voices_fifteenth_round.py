"""Questions in the voices of the fifteenth round: a story about where the asker works or what they hold, then
whether the program is for them, which the sentence model reads by the story and the words by the question; and
whether an old course named by its set still counts."""
from __future__ import annotations

import pytest

from lssc_bot.answer import answer
from lssc_bot.understanding import gate
from lssc_bot.understanding.index import index_for
from lssc_bot.understanding.match import course_reading


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


@pytest.mark.parametrize("question", [
    "I finished a Supervision and Management course back in 2022 — would it still count toward my sets?",
    "my old Adult Readers Advisory class from a few years ago, can i still use it for lssc?",
    "took an Access Services course a while ago, is it too old for lssc",
])
def test_whether_an_old_course_about_a_set_still_counts_is_answered_with_the_look_back(knowledge, question):
    """A set named as what a course was about ("my Youth Services class") says which course, not what is asked:
    the reply is how old a course may be (the two-year look-back), not the list of electives."""
    reply = answer(knowledge, question)
    assert reply.kind == "faq" and reply.topic in ("course-age-limit", "past-courses-and-workshops"), (
        question, reply.kind, reply.topic, reply.suggestions)
    assert "2 years" in reply.text


def test_a_set_named_before_a_course_word_is_what_the_course_was_about(knowledge):
    index = index_for(knowledge)
    read = course_reading(index, index.tokens("my old Youth Services class and a Cataloging workshop"))
    assert read == index.tokens("my old class and a workshop")
    # a set named on its own, or before another word, is still what is asked about
    for text in ("is youth services an elective", "is the cataloging set required", "took cataloging last year"):
        assert course_reading(index, index.tokens(text)) == index.tokens(text)


def test_a_set_asked_about_is_still_the_electives_question(knowledge):
    reply = answer(knowledge, "is youth services an elective")
    assert (reply.kind, reply.topic) == ("faq", "electives")
