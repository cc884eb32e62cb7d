"""Questions in the voices of the twentieth round (thread replies, chat slang, employers asking about staff and hires,
one-line fragments, other fields' words for training, skeptics, wrong beliefs to correct), each as a class of saying
things, in other words than the sets'."""
from __future__ import annotations

import pytest

from lssc_bot.answer import answer
from lssc_bot.understanding.index import index_for
from lssc_bot.understanding.match import elsewhere_topics
from lssc_bot.understanding.retrieval import plain


@pytest.mark.parametrize(("typed", "read"), [
    ("^ this, but is there a grace period?", "is there a grace period?"),
    ("^^ same. how long is it valid", "how long is it valid"),
    ("+1 also what does it cost", "what does it cost"),
    ("replying to Kim - and what about the fee", "what about the fee"),
    ("Replying to dana.r: which sets are required", "which sets are required"),
    # what the reply is about stays: it is not a name
    ("replying to the bot's answer: what's left?", "replying to the bot's answer: what's left?"),
    ("^ same as Lee's question", "same as Lee's question"),
    ("+1", "+1"),  # nothing else: the message is kept as typed
])
def test_a_thread_replys_lead_is_not_read_as_part_of_the_question(typed, read):
    assert plain(typed) == read



def test_a_mention_before_two_questions_does_not_stay_with_the_first(knowledge):
    """Split as cleaned text, "@kim" was "@ kim", no mention, and the name sank the first question."""
    reply = answer(knowledge, "@kim two things: how long is CLSS valid, and how early can I send in the renewal?")
    assert reply.kind == "faq"
    assert "4 years" in reply.text and "12 months" in reply.text


def test_chat_interjections_are_dropped_but_words_that_start_like_them_are_not():
    assert plain("ngl is volunteering enough for lssc fr") == "is volunteering enough for lssc"
    assert plain("lowkey, is it worth it") == "is it worth it"
    assert plain("French fries from the fridge") == "French fries from the fridge"


@pytest.mark.parametrize(("question", "entry"), [
    ("lowkey is the lssc fee refundable", "refund"),
    ("smh do i really have to renew every 4 years", "certification-validity"),
])
def test_a_slangy_question_finds_its_entry(knowledge, question, entry):
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", entry), (reply.kind, reply.topic, reply.suggestions)


def test_a_topic_word_about_something_the_faq_does_not_know_is_not_its_topic(knowledge):
    index = index_for(knowledge)
    assert set(elsewhere_topics(index, index.tokens("can i get a refund on my parking permit"))) == {"refund"}
    assert not elsewhere_topics(index, index.tokens("can i get a refund on my application fee"))
    assert not elsewhere_topics(index, index.tokens("is there a refund of the $350"))


@pytest.mark.parametrize("question", [
    "can i get a refund on my parking permit",
    "how do i get a refund for my conference hotel reservation?",
])
def test_a_refund_of_something_else_is_not_the_lssc_refund(knowledge, question):
    """The refund entry says the LSSC fee is returned to an applicant who does not qualify: wrong for a hotel."""
    reply = answer(knowledge, question)
    assert reply.topic != "refund" and reply.kind == "fallback", (reply.kind, reply.topic)


@pytest.mark.parametrize("question", [
    "can I get a refund for the application fee if I'm not eligible",
    "is there a refund of the application fee for people who are rejected",
])
def test_a_refund_of_the_fee_is_still_the_refund_entry(knowledge, question):
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", "refund"), (reply.kind, reply.topic, reply.suggestions)


@pytest.mark.parametrize(("question", "entry", "said"), [
    # a thread reply: the lead's words ("replying", a name, "wondering") were words no entry uses, each weighed as the
    # FAQ's rarest
    ("replying to Ana - and what if they turn my application down, is the fee kept?", "refund", "returned"),
    ("+1 also wondering how long CLSS stays valid", "certification-validity", "4 years"),
    ("^ this, but what's the renewal fee?", "renewal-fee", "Not found"),
    # an employer or HR asking
    ("as a library director, what does a CLSS credential tell me about a job applicant?", "worth-it",
     "specific knowledge and skills"),
    ("how can we confirm a new hire really holds CLSS?", "contact", "lssc@ala.org"),
    ("which of the modules are compulsory and which optional?", "required-sets", "Communication and Teamwork"),
    # a fragment or another field's word: "conf" is read as conference (faq.yaml's synonyms); a renewal fee is not the
    # application fee
    ("conf day hours renewal?", "contact-hours", "conference"),
    ("renewal fee how much?", "renewal-fee", "Not found"),
    ("do CEUs count for renewing my CLSS?", "contact-hours", "contact hour"),
    # a skeptic, or a wrong belief the entry corrects
    ("isn't CPLA just the level after LSSC?", "cpla", "different programs"),
    ("is paying both the college and ALA kind of clunky?", "downsides", "clunky"),
    ("are there hidden costs after the $350?", "total-cost", "course"),
])
def test_a_question_in_the_rounds_voices_finds_the_entry_that_answers_it(knowledge, question, entry, said):
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", entry), (reply.kind, reply.topic, reply.suggestions)
    assert said in reply.text
