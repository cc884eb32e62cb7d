"""Questions in the voices of the nineteenth round (confusion stated rather than asked, other words for the
parts, comparisons with other credentials, long polite messages, blunt imperatives), each as a class of saying
things, in other words than the sets'."""
from __future__ import annotations

import pytest

from lssc_bot.answer import answer


@pytest.mark.parametrize("question", [
    "after I pass a set, could they ever make me take it again?",
    "do i have to redo a set if i take a long break",
    "my state license makes me retest every few years. once a competency set is done, do i ever have to redo it?",
    "Good morning! Sorry to bother you. I finished my first set last spring. Will I ever need to go back and "
    "redo it, or is it done for good?",
])
def test_whether_a_finished_set_must_be_redone_is_its_own_question(knowledge, question):
    """The requirements page says a completed set is never returned to. The FAQ said so only inside "What is a
    competency set?", whose two redo phrasings split these between it, completing a set and finishing: did-you-means."""
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", "redo-a-set"), (reply.kind, reply.topic, reply.suggestions)
    assert "never have to return" in reply.text


@pytest.mark.parametrize(("question", "topic"), [
    ("what's inside a competency set", "competency-set-contents"),  # what a set is stays with its entry
    ("how do you finish a set", "ways-to-complete-a-set"),
    ("what do i do after finishing all my sets", "after-finishing"),
])
def test_the_neighbours_of_the_redo_entry_keep_their_questions(knowledge, question, topic):
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", topic), (reply.kind, reply.topic, reply.suggestions)


@pytest.mark.parametrize("question", [
    "does an approved course have to be for credit, or can a workshop count?",
    "can an approved course be a workshop instead of a credit class?",
])
def test_an_approved_course_need_not_be_for_college_credit(knowledge, question):
    """Fact sheet §9 (for-course-providers page): approved courses can be workshops or institutes, not necessarily
    for college credit. The approved-course answer did not say it, and a person who knows credentials that take only
    college-credit classes asks exactly that. (Its phrasing says "credit", not "college credit": "college" in it took
    "how does a college get its course approved" from the provider entry.)"""
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", "approved-courses"), (reply.kind, reply.topic, reply.suggestions)
    assert "not necessarily for college credit" in reply.text


@pytest.mark.parametrize("question", [
    "is lssc mandatory or optional for library staff",
    "is it mandatory or optional? my supervisor keeps hinting",
])
def test_mandatory_or_optional_about_the_program_is_whether_it_is_voluntary(knowledge, question):
    """"is foundations required or optional" is about a set; the same words about the program ("it", "lssc") ask
    whether LSSC is voluntary."""
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", "voluntary-and-portable"), (reply.kind, reply.topic, reply.suggestions)
