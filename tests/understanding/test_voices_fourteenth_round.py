"""Questions in the voices of the fourteenth round: the program's name typed with a slip, questions written as
a formal letter or framed as a check of what the asker believes, and an exam asked about."""
from __future__ import annotations

import numpy as np
import pytest

from lssc_bot.answer import answer
from lssc_bot.understanding.embeddings import Embeddings
from lssc_bot.understanding.index import index_for
from lssc_bot.understanding.normalise import strip_filler, words


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


@pytest.mark.parametrize(("question", "entry"), [
    ("Dear Program Staff, I would be grateful if you could tell me how many contact hours renewal requires. "
     "Kind regards, M. Ortiz", "renewal-requirements"),
    ("Dear team, I am writing to ask what title I may use after completing the program. Warm regards, S. Park",
     "clss-designation"),
])
def test_a_question_written_as_a_letter_is_answered(knowledge, question, entry):
    """A letter's opening, its request formula and its closing ("Dear ..., I would be grateful if you could
    tell me ... Kind regards") say nothing about what is asked; their words weighed like the question's own
    and left it with "I don't know"."""
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", entry), (question, reply.kind, reply.topic, reply.suggestions)


@pytest.mark.parametrize(("framed", "bare"), [
    ("Dear Sir or Madam, I am writing to ask how long I have. Thank you for your attention to this matter. "
     "Yours faithfully", "how long I have"),
    ("To whom it may concern: could you kindly tell me who runs it? Best regards", "who runs it"),
    ("To make sure I have this right, the fee is the same for everyone?", "the fee is the same for everyone"),
    ("Correct me if I'm wrong but sets never expire", "sets never expire"),
])
def test_a_letters_or_a_checks_framing_is_read_as_filler(framed, bare):
    assert strip_filler(words(framed)) == words(bare)


@pytest.mark.parametrize("text", [
    "how long does it take to confirm my eligibility",  # the question's own words, not a framing
    "can you confirm my application arrived",
    "dear me, what does the fee cover",
])
def test_words_a_framing_uses_are_kept_in_a_question_of_their_own(text):
    assert strip_filler(words(text)) == words(text)


def test_the_sentence_model_also_reads_the_message_without_its_framing():
    """One more vector: the letter without its opening and closing, which the sentence model would
    otherwise average into the question."""
    class Counting:
        dimensions, model_hash = 2, "x"

        def __init__(self) -> None:
            self.texts: list[str] = []

        def encode(self, texts):
            self.texts += texts
            return np.ones((len(texts), 2), dtype=np.float32)

    encoder = Counting()
    Embeddings(encoder).question("Dear Sir or Madam, how long do I have to finish? Yours faithfully", "LSSC")  # type: ignore[arg-type]
    assert "how long do i have to finish" in encoder.texts
    encoder.texts.clear()
    Embeddings(encoder).question("how long do I have to finish", "LSSC")  # type: ignore[arg-type]
    assert encoder.texts == ["how long do I have to finish"]


@pytest.mark.parametrize("question", [
    "is there some kind of final exam for the certification?",
    "do we have to sit a final exam at the end of LSSC",
])
def test_an_exam_at_the_end_is_answered_with_how_sets_are_completed(knowledge, question):
    """No exam is described: each set is completed by an approved course (or an LTA program), which is
    what the entry on completing a set says."""
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", "ways-to-complete-a-set"), (reply.kind, reply.topic)


@pytest.mark.parametrize(("question", "entry"), [
    ("as the director, do I have to give a raise to staff who get certified?", "raise-or-promotion"),
    ("what does the certification show about an applicant?", "worth-it"),
    ("is continuing education needed to keep the certification valid?", "renewal-requirements"),
])
def test_an_employer_asking_from_their_side_is_answered(knowledge, question, entry):
    """Managers and HR ask the same entries' questions from the employer's side: whether they must pay
    certified staff more (no one can promise a raise: the employer decides), what the credential shows
    about a person they might hire, whether it needs continuing education to stay valid."""
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", entry), (question, reply.kind, reply.topic, reply.suggestions)


@pytest.mark.parametrize("message", ["ty all ur the best!!", "you all are the best, thanks", "cheers all, your awesome"])
def test_praise_for_the_helpers_is_thanks_not_a_question(knowledge, message):
    """"ur the best" after thanks is a sign-off: its "best" and "all" are no question's words, and a
    did-you-mean about choosing electives asked a person who was only saying thank you."""
    assert answer(knowledge, message).kind == "fallback"


def test_a_question_after_praise_is_answered(knowledge):
    reply = answer(knowledge, "ur a lifesaver! how long is the grace period for renewal?")
    assert (reply.kind, reply.topic) == ("faq", "renewal-window")


@pytest.mark.parametrize("text", ["which electives are the best for me", "are you the best person to ask about renewal"])
def test_best_in_a_question_is_kept(text):
    assert strip_filler(words(text)) == words(text)


@pytest.mark.parametrize(("framed", "bare"), [
    ("Ciao! how much is the fee for members? grazie mille", "how much is the fee for members"),
    ("Guten Tag, who runs LSSC? Danke", "who runs LSSC"),
    ("bom dia, how long do I have to finish? muito obrigada", "how long do I have to finish"),
])
def test_a_greeting_or_thanks_in_another_language_is_filler(framed, bare):
    """An English learner greets and thanks in their own language around a question in English: those
    words are no question's, and as unknown words they weighed as much as the question's rarest."""
    assert strip_filler(words(framed)) == words(bare)


@pytest.mark.parametrize(("question", "entry"), [
    ("Ciao, which competency sets are obligatory? grazie mille", "required-sets"),  # "obligatory" is "required"
    ("Ciao! who gives the certificate? grazie mille", "who-runs-lssc"),
])
def test_a_question_with_a_greeting_and_thanks_in_another_language_is_answered(knowledge, question, entry):
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", entry), (reply.kind, reply.topic, reply.suggestions)
