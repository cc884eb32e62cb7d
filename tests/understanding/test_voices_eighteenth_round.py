"""Questions in the voices of the eighteenth round (replies in a thread, asking for someone else, anxious
over-explaining, fragments, one-line checklists, dictation, second-language English, sarcasm, old facts,
career plans), each as a class of saying things, in other words than the sets'."""
from __future__ import annotations

import pytest

from lssc_bot.answer import answer
from lssc_bot.understanding.asked import asks_to_write
from lssc_bot.understanding.glossary import in_english
from lssc_bot.understanding.index import index_for, spelled_out
from lssc_bot.understanding.normalise import tells_claim, without_context, without_filler


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


@pytest.mark.parametrize(("typed", "read"), [
    ("what is the el ess ess see program", "what is the lssc program"),  # letters said by their names
    ("do i need an em el eye ess", "do i need an mlis"),
    ("is the c el ess ess worth it", "is the clss worth it"),
    ("why is a l a a p a a separate organization", "why is alaapa a separate organization"),  # two names, one "a"
    ("the choices for the l s s c i keep forgetting", "the choices for the lssc i keep forgetting"),
    ("i see a b c", "i see abc"),  # a name that is a word, with no name that is not: the word
    ("I see you", "I see you"),
    ("is it plan a or b", "is it plan a or b"),
])
def test_a_dictated_abbreviation_is_read_by_its_letters_names_and_as_the_names_the_faq_knows(knowledge, typed, read):
    """Dictation writes a letter as its name ("el", "ess", "see") and runs two abbreviations together; letter by
    letter each was an unknown word."""
    assert spelled_out(typed, index_for(knowledge).known) == read


def test_dictated_letters_are_not_read_as_spanish():
    """"a la" (ALA) and "el" (L) are Spanish words too: two of them made a message Spanish, and "el ess ess see"
    became "the ess ess see"."""
    typed = "when did a la a p a start taking applications for the el ess ess see program"
    assert in_english(typed) == typed
    assert in_english("ya terminé Foundations y Technology, ¿qué me falta?").endswith("what is left?")


@pytest.mark.parametrize(("question", "entry"), [
    ("when did a la a p a start taking applications for the el ess ess see program like what was the very first day",
     "history-launch"),
    ("how much does the el ess ess see cost", "fees"),
    ("what electives are there for the el ess ess see", "electives"),
])
def test_a_question_dictated_with_letters_names_finds_its_entry(knowledge, question, entry):
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", entry), (reply.kind, reply.topic, reply.suggestions)


@pytest.mark.parametrize(("typed", "read"), [
    ("Oi gente, terminei Technology e dois electives. O que falta pra mim?",
     "oi gente, i finished technology and two electives. what is left for me?"),
    ("Planuję LSSC: trzy kursy po $225. Ile to razem?", "i am planning lssc: three courses at $225. each what is the total?"),
    ("Kya main LSSC ke liye apply kar sakta hoon bina degree ke?", "can i lssc for apply can without degree ?"),
    ("hồi trước bao nhiêu phần trăm phải met để pass?", "back then what percent have to met to pass?"),
])
def test_numbers_and_question_words_of_portuguese_polish_hindi_and_vietnamese_are_said_in_english(typed, read):
    assert in_english(typed) == read


@pytest.mark.parametrize("typed", [
    "the main branch is closed, se ya later",  # "main", "se", "ya" are Hindi words too, but say nothing alone
    "is a tempo of one course a month ok",
    "what is the PO box for the lssc office",
])
def test_english_spelled_like_their_words_stays_english(typed):
    assert in_english(typed) == typed


@pytest.mark.parametrize(("question", "entry"), [
    ("Chào mọi người, hồi trước portfolio phải bao nhiêu phần trăm competencies met để pass? asking about the old rule",
     "portfolio-grading"),
    ("Namaste! Kya main LSSC ke liye apply kar sakta hoon from outside the US?", "international-applicants"),
])
def test_a_question_in_a_mixed_language_finds_its_entry(knowledge, question, entry):
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", entry), (reply.kind, reply.topic, reply.suggestions)


def test_a_portuguese_deadline_question_is_worked_out(knowledge):
    reply = answer(knowledge, "Oi! Enrolei no LSSC em junho de 2022 e ainda faltam dois sets. Ainda tenho tempo pra "
                              "terminar ou o prazo já passou?")
    assert reply.kind == "rules" and reply.topic == "deadline", (reply.kind, reply.topic)


@pytest.mark.parametrize(("typed", "kept"), [
    ("a new hire asked me whether she needs a degree for LSSC", "she needs a degree for lssc"),
    ("new hire on my team asks: how long do i have to finish the sets?", "how long do i have to finish the sets"),
    ("my daughter works at a library and she wants to know if she can apply without a college degree",
     "she can apply without a college degree"),
    ("my new hire's question is how many electives she needs", "how many electives she needs"),
])
def test_who_asks_a_reported_question_is_context(typed, kept):
    """A question asked for someone else is often reported, not quoted: who asks is context, as the asker's own story."""
    assert without_context(typed)[0] == kept


@pytest.mark.parametrize("typed", [
    "what if my boss asks me to pay for it",  # a question of its own about someone asking
    "she asked",
])
def test_a_question_about_someone_asking_is_not_a_reported_one(typed):
    assert without_context(typed) is None


@pytest.mark.parametrize(("question", "entry"), [
    ("a new hire asked me whether she needs a degree for LSSC", "education-requirement"),
    ("my daughter works at a library and she wants to know if she can apply without a college degree",
     "education-requirement"),
    ("my new hire's question is how many electives she needs", "how-many-sets"),
])
def test_a_reported_question_finds_its_entry(knowledge, question, entry):
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", entry), (reply.kind, reply.topic, reply.suggestions)


@pytest.mark.parametrize(("question", "entry"), [
    ("following up on what jen said about renewal, how many contact hours do i need?", "contact-hours"),
    ("building on tasha's point, is there any financial help for the fee?", "financial-help"),
    ("responding to what sam said about deadlines, how long do I have to finish?", "completion-deadline"),
])
def test_a_replys_pointer_back_into_the_thread_is_context(knowledge, question, entry):
    """"following up on what X said about Y, ...": the pointer names a person and what the thread was about, and the
    question after it says what is asked; the pointer's words sank it."""
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", entry), (reply.kind, reply.topic, reply.suggestions)


def test_a_pointer_back_is_only_a_pointer_with_what_it_points_at():
    assert without_context("going back to school, is lssc worth it?") is None


@pytest.mark.parametrize("question", [
    "lol can you draft an email to my director asking her to pay for my LSSC fee",
    "could u write me a cover letter that mentions my CLSS",
    "can you help me write a post for our staff newsletter about lssc",
    "pls write me a short bio for the library website, I just got certified",
])
def test_asked_to_write_something_the_bot_says_what_it_does(knowledge, question):
    """The FAQ answers questions and writes nothing: the request's words (a fee, a raise, the website) matched an
    entry as if asked about."""
    assert asks_to_write(question)
    assert answer(knowledge, question).kind == "fallback"


@pytest.mark.parametrize("question", [
    "could you write down the steps to apply for lssc",
    "how do I write up my portfolio evidence",
    "can you tell me the fee for non members",
])
def test_a_question_about_writing_is_no_request_to_write(question):
    assert not asks_to_write(question)


@pytest.mark.parametrize(("typed", "kept"), [
    ("I thought you had 5 years to finish, is that still right?", "you had 5 years to finish"),
    ("my coworker swears you have to join ALA before you can apply for LSSC. true??",
     "you have to join ala before you can apply for lssc"),
    ("we were told you need an MLS to apply", "you need an mls to apply"),
])
def test_who_told_a_claim_and_the_check_after_it_are_context(typed, kept):
    """The claim a message checks is what it asks about; "I thought", "my coworker swears" and "true??" are words no
    entry uses, each weighed as the FAQ's rarest word."""
    assert without_context(typed)[0] == kept


@pytest.mark.parametrize("typed", ["what did the author say the downsides were?", "what if my boss said no",
                                   "My director mentioned it at our staff meeting. how long do I have?"])
def test_a_question_about_what_someone_said_tells_no_claim(typed):
    assert not tells_claim(typed)


@pytest.mark.parametrize(("question", "entry"), [
    ("I thought you had 5 years to finish, is that still right?", "completion-deadline"),
    ("My coworker says LSSC is only for public library people, so since I work in a school library I can't do it?",
     "who-is-it-for"),
    ("someone said the fee is $400 now, is that actually true?", "fees"),
])
def test_a_claim_told_to_the_asker_finds_the_entry_that_checks_it(knowledge, question, entry):
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", entry), (reply.kind, reply.topic, reply.suggestions)


def test_a_claim_read_without_who_told_it_is_never_the_lexical_matchers_alone(knowledge):
    """"lssc shut down a few years ago" shares "a few years ago" with how old a course may be: read alone, the claim is
    a guess the sentence model must agree with (it reads the program's status)."""
    reply = answer(knowledge, "someone told me LSSC shut down a few years ago, is that true?")
    assert reply.topic != "course-age-limit" and "program-status" in (reply.topic, *(s.topic for s in reply.suggestions))
