"""Questions in the voices of the twenty-first round (claims to check, a claim's verb echoed back, letters with a
salutation and a signature, another thing of the asker's behind one of the FAQ's verbs, comparisons with an MLIS, old
wording to confirm), each as a class of saying things, in other words than the sets'."""
from __future__ import annotations

import pytest

from lssc_bot.answer import answer
from lssc_bot.understanding.asked import asked_part, only_checks
from lssc_bot.understanding.normalise import strip_filler, tells_claim, without_context, words
from lssc_bot.understanding.retrieval import plain


def _finds(knowledge, question, entry):
    """The reply, which must be the FAQ's entry `entry`."""
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", entry), (reply.kind, reply.topic, reply.suggestions)
    return reply


@pytest.mark.parametrize("check", ["is it?", "Does it??", "or will they?", "isn't it?", "is that true?", "right?"])
def test_an_echoed_verb_only_checks_the_claim_before_it(check):
    assert only_checks(check)


@pytest.mark.parametrize("asked", ["how long is it?", "what is it?", "is it online?", "does it cost more for members?"])
def test_a_question_with_words_of_its_own_is_not_an_echo(asked):
    assert not only_checks(asked)


def test_an_echo_is_not_read_as_asking_about_the_program():
    """Read with "it" as the program, "is it?" was "is LSSC?", the what-is-LSSC entry."""
    assert asked_part("my supervisor claims lssc is shutting down. is it?", "LSSC") is None
    kept, dropped = without_context("my supervisor claims lssc is shutting down. is it?") or ("", "")
    assert kept == "lssc is shutting down" and dropped.split() == ["my", "supervisor", "claims", "is", "it"]


@pytest.mark.parametrize(("question", "entry", "said"), [
    ("a coworker keeps saying LSSC is being shut down soon. is it?", "program-status", "Unconfirmed"),
    ("our trainer told us the sets got overhauled in 2021. did they?", "competency-revisions", "not found"),
])
def test_a_claim_checked_by_an_echo_finds_the_entry_on_the_claim(knowledge, question, entry, said):
    assert said in _finds(knowledge, question, entry).text


def test_a_bare_heard_opens_a_claim_but_heard_of_does_not():
    assert tells_claim("heard they dropped the portfolio option, right?")
    assert not tells_claim("heard of lssc but no idea what it is")
    assert not tells_claim("heard back from ala yet?")


@pytest.mark.parametrize(("typed", "read"), [
    ("Dear moderators, How long is the certification valid? Kind regards, Tomasz", "How long is the certification valid?"),
    ("Hello Ms. Okafor, what does it cost? Thank you, Jo Ann", "what does it cost?"),
    ("Good evening all: is there a grace period? Cheers, Bea", "is there a grace period?"),
    ("is it worth it? thanks Sam", "is it worth it?"),
    # not a salutation: a greeting then the asker's own words, or a name inside the question
    ("hey so I'm confused, what is it", "hey so I'm confused, what is it"),
    ("dear lord I have 3 sets left, what now", "dear lord I have 3 sets left, what now"),
    ("which is best, Foundations or Technology first?", "which is best, Foundations or Technology first?"),
])
def test_a_letters_salutation_and_signature_are_not_read(typed, read):
    assert plain(typed) == read


@pytest.mark.parametrize(("question", "entry", "said"), [
    ("Dear LSSC team, Does volunteering at a church library count toward the hours? With thanks, Abebe",
     "library-experience", "Volunteer hours count"),
    # an old rule to confirm: the entry says the wording changed
    ("do the 1,820 hours have to come from a public or academic library?", "library-experience", "any type of library"),
    ("my goal is to be a librarian one day, is lssc a good first step?", "mls-stepping-stone",
     "ALA-accredited master's"),
    ("which set is the smallest one?", "competency-set-contents", "Cataloging and Classification"),
    ("would a class I finished before it got approved still count for lssc?", "course-age-limit", "2 years"),
    # both sides asked at once: the entry that weighs them, which names the drawbacks too
    ("advantages and disadvantages of getting CLSS?", "worth-it", "drawbacks"),
    ("what are the upsides and downsides of the certification?", "worth-it", "drawbacks"),
    ("good and bad of lssc in that article?", "worth-it", "drawbacks"),
    ("any cons to doing lssc?", "downsides", "clunky"),  # one side alone is still its entry
    # a draft area people still read about (the 2008 drafts), and an address's date read as the news's
    ("was there ever a technical services competency set?", "competency-revisions", "Technical Services"),
    # when applications opened is the launch, not how many applied in the first year
    ("what year did applications for lssc first open up?", "history-launch", "Executive Board"),
])
def test_a_question_in_the_rounds_voices_finds_the_entry_that_answers_it(knowledge, question, entry, said):
    assert said in _finds(knowledge, question, entry).text


@pytest.mark.parametrize("question", [
    "how do I renew my food handler permit and what's the fee?",
    "can I transfer my parking pass when I change branches?",
    # a topic's verb with the asker's own thing after it is still the topic ("move my household"): not this rule's
])
def test_another_thing_of_the_askers_behind_the_faqs_verb_is_not_the_faqs(knowledge, question):
    """"Renew", "cost" and "transfer" are the FAQ's words; what is renewed or moved is not its certification."""
    reply = answer(knowledge, question)
    assert reply.kind == "fallback", (reply.kind, reply.topic, reply.suggestions)


@pytest.mark.parametrize(("question", "entry"), [
    ("what does it cost to renew my certification?", "renewal-fee"),
    ("HR is mapping my upskilling plan: which LSSC modules are mandatory?", "required-sets"),
])
def test_the_faqs_own_things_after_a_possessive_still_find_their_entry(knowledge, question, entry):
    _finds(knowledge, question, entry)


# --- second pass (branch faq-21b): a formal letter's request formulas, "eli5", and a letter's plain words

@pytest.mark.parametrize("typed", [
    "I write to ascertain the fee",
    "I should like to know the fee",
    "I wish to determine the fee",
    "I should be most grateful if you would inform me of the fee",
    "eli5 the fee",
    "explain like I'm five the fee",
])
def test_a_formal_or_plain_answer_request_formula_is_not_read(typed):
    """The register's verbs of asking ("ascertain", "determine", "inform me of") are words no entry uses."""
    assert strip_filler(words(typed)) == ["the", "fee"]


def test_a_wish_that_is_not_a_request_is_still_read():
    assert strip_filler(words("I wish I had finished sooner")) == ["i", "wish", "i", "had", "finished", "sooner"]


@pytest.mark.parametrize(("question", "entry"), [
    ("I write to enquire about the duration of the certification once earned.", "certification-validity"),
    ("I wish to ascertain the deadline for completing all sets after enrolment.", "completion-deadline"),
    ("I should like to know whether ALA membership is required to apply.", "ala-membership"),
    # a letter's "on behalf of" names who it is written for, as "asking on behalf of my director" did
    ("On behalf of our library system, what does LSSC cost per person?", "fees"),
    ("explain like im 5 what a competency set is", "competency-set-contents"),
    # "must-do" and "must-have" are what people call the required sets
    ("which competency sets are must-dos?", "required-sets"),
    ("what are the must-have sets for lssc", "required-sets"),
])
def test_a_letter_or_a_plain_request_finds_the_entry_that_answers_it(knowledge, question, entry):
    _finds(knowledge, question, entry)


@pytest.mark.parametrize(("question", "entry"), [
    # the year the portfolio route closed, asked as what changed then
    ("did anything change in 2019?", "portfolio"),
    ("eli5 what changed with lssc in 2019", "portfolio"),
    # someone else's last set, told as context, then how to actually get the certification
    ("my sister just finished her last set!! what does she do now to actually get certified", "after-finishing"),
])
def test_a_years_change_and_the_step_after_the_last_set_find_their_entries(knowledge, question, entry):
    _finds(knowledge, question, entry)


def test_how_to_get_certified_at_all_is_still_applying(knowledge):
    _finds(knowledge, "what is the process to get certified", "how-to-apply")
