"""Questions in the voices of the tenth round: voice dictation without punctuation, English as a
second language, quoted replies, asking for someone else, emoji shorthand."""
from __future__ import annotations

import pytest

from lssc_bot.answer import answer
from lssc_bot.understanding.asked import checked, quoted
from lssc_bot.understanding.index import index_for, spelled_out
from lssc_bot.understanding.semantic import embeddings


@pytest.mark.parametrize(("typed", "read"), [
    ("my only schooling is a g e d", "my only schooling is a ged"),
    ("whats the el s s c", "whats the lssc"),
    ("do i have to join a l a first", "do i have to join ala first"),
    ("is it plan a or b", "is it plan a or b"),  # letters that stand alone, too few to be one word
    ("r u sure", "r u sure"),
])
def test_an_abbreviation_spelled_out_letter_by_letter_is_read_as_one_word(typed, read):
    assert spelled_out(typed) == read


def test_the_sentence_model_reads_a_spelled_out_abbreviation_as_one_word_too(knowledge):
    assert index_for(knowledge).respelled("is a g e d enough for lssc") == "is a ged enough for lssc"


@pytest.mark.parametrize(("question", "entry"), [
    ("my only schooling is a g e d does that count for l s s c", "education-requirement"),
    ("what do the letters c l s s mean after someone's name", "clss-designation"),
    ("does the a la a pa run lssc or is it someone else", "who-runs-lssc"),  # said as words: faq.yaml's synonyms
    ("do i have to be in a la to get the cheaper price", "ala-membership"),
])
def test_a_dictated_abbreviation_finds_its_entry(knowledge, question, entry):
    """Dictation writes "GED" as "g e d": letter by letter each letter was a word the FAQ does not know."""
    reply = answer(knowledge, question)
    assert reply.kind == "faq" and reply.topic == entry


@pytest.mark.parametrize(("message", "claim", "reply"), [
    ("> the fee went up to $400 last spring   is that right?", "the fee went up to $400 last spring", "is that right?"),
    ("> my sup says you have to redo sets after 2 years\ntrue??", "my sup says you have to redo sets after 2 years",
     "true??"),
    ("> renewal is every five years. — wait really", "renewal is every five years.", "wait really"),
])
def test_a_quoted_claim_is_read_apart_from_the_reply_that_checks_it(message, claim, reply):
    assert quoted(message) == (claim, reply)


@pytest.mark.parametrize("message", ["> just pasting what my boss wrote", "so > is that right?", "how much is it?"])
def test_a_message_without_a_quote_and_a_reply_has_no_quoted_claim(message):
    assert quoted(message) is None


def encoded(monkeypatch, message: str) -> list[str]:
    """The texts the sentence model encodes for `message`."""
    source = embeddings()
    seen: list[list[str]] = []
    real = source.encoder.encode
    monkeypatch.setattr(source.encoder, "encode", lambda texts: seen.append(list(texts)) or real(texts))
    source.question(message, "LSSC")
    return seen[-1]


def test_the_sentence_model_reads_a_quoted_claim_on_its_own(monkeypatch):
    """The reply's check ("is that right?") is as much of the message's vector as the claim: the claim
    alone is one more of the message's vectors."""
    assert "you only get two years to finish everything" in encoded(
        monkeypatch, "> you only get two years to finish everything   is that right?")


@pytest.mark.parametrize(("question", "entry"), [
    ("is the lssc fee charged per set", "fees"),
    ("when does the four year clock start ticking", "completion-deadline"),
    ("is there a panel that reviews the lssc standards every so often", "competency-revisions"),
    ("are the sets ever reviewed by a committee", "competency-revisions"),
    ("do employers actually value lssc", "worth-it"),
    ("which community colleges have the lta agreement with ala-apa", "recognition-colleges"),
    ("who's the staff person in charge of lssc over at ala", "contact"),
    ("i'm not from the us, can i sign up too", "international-applicants"),
    ("wait, the community college gets paid AND ala gets paid too?", "total-cost"),  # half complaint
])
def test_everyday_words_find_the_entry_that_answers_them(knowledge, question, entry):
    """People ask in their own words: the clock for the deadline, a committee for the review of the
    standards, per set for the fee, employers for what the certification is worth."""
    reply = answer(knowledge, question)
    assert reply.kind == "faq" and reply.topic == entry


def test_the_fee_answer_says_it_is_one_payment_not_one_per_set(knowledge):
    reply = answer(knowledge, "is the lssc fee charged per set")
    assert "only payment" in reply.text and "not a fee per set" in reply.text


def test_a_question_restated_after_like_is_read_on_its_own(monkeypatch):
    """ "what happens when it's all done, like do you get a title?": the restatement after ", like" is
    the plain question, and the vague first try pulled the sentence's vector away from it."""
    assert "like do you get a title?" in encoded(
        monkeypatch, "been at the desk for years. what happens when it's all done, like do you get a title?")


@pytest.mark.parametrize(("message", "claim"), [
    ("my manager swears the cert is good for life, true?", "my manager swears the cert is good for life"),
    ("a friend told me the fee is only $100 now, thats right isnt it?", "a friend told me the fee is only $100 now"),
    ("saw a post saying portfolios are back. is that real", "saw a post saying portfolios are back"),
    ("the renewal is 40 hours now. true or nah?", "the renewal is 40 hours now"),
])
def test_a_claim_checked_by_a_tag_at_the_end_is_read_without_the_tag(message, claim):
    assert checked(message) == claim


@pytest.mark.parametrize("message", ["my burnout is real", "is it true?", "what is the right set for me to pick first"])
def test_a_message_that_does_not_check_a_claim_has_none(message):
    assert checked(message) is None
