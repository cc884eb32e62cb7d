"""FAQ retrieval, eleventh round: how the gate and the sentence model read a message, in new words."""
from __future__ import annotations

import pytest

from lssc_bot.answer import answer
from lssc_bot.understanding.asked import asked_sentences
from lssc_bot.understanding.gate import GateModel, agrees, decide
from lssc_bot.understanding.retrieval import Candidate, Retrieval

#: a gate that trusts the blended score and the lead over the runner-up; the lexical matcher is never
#: sure alone, so every answer here is the model's
PLAIN = GateModel(lexical_share=0.5, mean=(0.5, 0, 0, 0.1, 0, 0, 0, 0), scale=(0.1, 1, 1, 0.05, 1, 1, 1, 1),
                  coefficients=(1.0, 0, 0, 2.0, 0, 0, 0, 0), intercept=0.0, answer=0.8, clarify=0.3, unasked=0.95,
                  lexical_answer=1.1)


def retrieval(*scores: tuple[str, float, float]) -> Retrieval:
    candidates = tuple(Candidate(*s) for s in scores)
    return Retrieval(candidates, max(candidates, key=lambda c: c.lexical).entry,
                     max(candidates, key=lambda c: c.semantic).entry)


def test_a_lexical_near_tie_is_settled_by_the_sentence_model():
    """The lexical matcher cannot tell two entries a hundredth apart (under its own `lexical_margin`):
    when the sentence model puts one of them first and the model is confident, that one is the answer,
    not a did-you-mean between them."""
    tie = retrieval(("a", 0.55, 0.60), ("b", 0.54, 0.90), ("c", 0.20, 0.20))
    assert agrees(tie, "b", PLAIN)
    decision = decide(tie, PLAIN)
    assert decision.kind == "faq" and decision.topics == ("b",)


def test_a_real_lexical_lead_is_not_overruled_by_the_sentence_model_alone():
    """Five hundredths ahead is the lexical matcher's own preference: the signals disagree, and both are
    offered."""
    ahead = retrieval(("a", 0.59, 0.60), ("b", 0.54, 0.90), ("c", 0.20, 0.20))
    assert not agrees(ahead, "b", PLAIN)
    decision = decide(ahead, PLAIN)
    assert decision.kind == "clarify" and {"a", "b"} <= set(decision.topics)


@pytest.mark.parametrize("message", [
    "a friend of mine says the whole fee gets refunded if you drop out. is that true?",
    "my supervisor claims nobody needs to renew anymore. true??",
    "the lady who trained me said portfolios are back. is that right?",
])
def test_a_claim_checked_in_a_sentence_of_its_own_is_read_whole(message):
    """ "is that true?" alone is close to no entry: the claim before it is what is asked."""
    assert asked_sentences(message) is None


@pytest.mark.parametrize(("message", "asks"), [
    ("we just got a new director. is the renewal fee the same for everyone?", "is the renewal fee the same for everyone?"),
    ("> the fee went up last year   is that right?", None),  # a quote is read whole too
])
def test_a_question_after_a_story_is_still_read_apart_from_it(message, asks):
    split = asked_sentences(message)
    assert (split[0] if split else None) == asks


def test_a_claim_the_sentence_model_recognises_is_offered_though_its_check_says_nothing(knowledge):
    """Below the lexical floor the sentence model's did-you-mean must meet what is asked; a claim and
    then "is that true?" asks about the claim, so the entry it is about is offered, not "I don't know"."""
    reply = answer(knowledge, "a friend told me the competency sets were all rewritten a few years back. is that true?")
    assert reply.kind in ("faq", "clarify")
    assert "competency-revisions" in ({reply.topic} if reply.kind == "faq" else {s.topic for s in reply.suggestions})


@pytest.mark.parametrize(("question", "entry"), [
    ("how long has lssc been a thing", "history-launch"),
    ("must you belong to ala to enroll", "ala-membership"),
    ("can only people in the us do it", "international-applicants"),
    ("will i be promoted automatically when i get my clss", "raise-or-promotion"),
    ("does getting certified mean an automatic promotion", "raise-or-promotion"),
])
def test_everyday_ways_of_asking_that_had_no_phrasing_like_them_are_answered(knowledge, question, entry):
    """faq.yaml alternates added this round: how long the program has been around, joining ALA before
    applying, a US-only program, an automatic promotion (which the after-finishing entry's "do i get
    certified automatically" used to take)."""
    reply = answer(knowledge, question)
    assert reply.kind == "faq" and reply.topic == entry
