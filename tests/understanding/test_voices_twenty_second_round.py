"""Questions in the voices of the twenty-second round (short fragments, process order, scepticism, a country named by
its name, "still a thing"), each as a class of saying things, in other words than the sets'."""
from __future__ import annotations

import pytest

from lssc_bot.answer import answer
from lssc_bot.understanding.normalise import STOPWORDS, strip_filler, words


def _finds(knowledge, question, entry):
    """The reply, which must be the FAQ's entry `entry`."""
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", entry), (reply.kind, reply.topic, reply.suggestions)
    return reply


@pytest.mark.parametrize(("question", "entry"), [
    # "still a thing" says the program still exists; its "thing" is not the program's word of "what is this lssc thing"
    ("is the lssc cert still a thing these days?", "program-status"),
    ("honestly is lssc even still a thing", "program-status"),
    # ...and "the same thing as" is still a comparison
    ("is CPLA basically the same thing as LSSC?", "cpla"),
])
def test_still_a_thing_asks_whether_the_program_still_exists(knowledge, question, entry):
    _finds(knowledge, question, entry)


@pytest.mark.parametrize("question", [
    "I am a library assistant in Nepal, can I apply for LSSC from there?",
    "can library staff in the Netherlands apply for LSSC?",
    "does lssc accept people who work in india",
])
def test_a_country_named_by_its_name_is_another_country(knowledge, question):
    assert "outside the U.S." in _finds(knowledge, question, "international-applicants").text


def test_which_comes_first_applying_or_the_courses_is_how_to_apply(knowledge):
    """The how-to-apply entry gives the steps in their order: check, apply, wait, complete, notify."""
    _finds(knowledge, "should i apply first or take the courses first?", "how-to-apply")


@pytest.mark.parametrize(("question", "entry"), [
    # the list of electives to pick from, not how to choose among them
    ("what electives can i pick from?", "electives"),
    ("how should I pick my electives?", "choosing-electives"),
])
def test_picking_from_the_electives_is_their_list(knowledge, question, entry):
    _finds(knowledge, question, entry)


@pytest.mark.parametrize(("typed", "read"), [
    ("hrs of exp needed", ["hrs", "of", "experience", "needed"]),
    ("how many grads and active cands", ["how", "many", "graduates", "and", "active", "candidates"]),
])
def test_chats_shortenings_of_the_faqs_nouns_are_read_whole(typed, read):
    assert words(typed) == read


def test_a_request_to_be_walked_through_is_not_read():
    """How to answer ("walk me through"), not what about: its verb was a word no entry uses."""
    assert strip_filler(words("walk me through the renewal steps")) == ["the", "renewal", "steps"]


@pytest.mark.parametrize(("question", "entry"), [
    ("how much lib exp do i need?", "library-experience"),
    # the whole process from its start ("from scratch", "from square one"), not when the program started
    ("what are the steps to getting certified, from scratch?", "how-to-apply"),
    # who approved the program, said as signing it off
    ("who signed off on the lssc program and when?", "history-launch"),
    ("can I get some extra time to finish my sets?", "extension"),
    ("are lssc courses async?", "online-courses"),
    ("are the courses asynchronous or live?", "online-courses"),
    ("after I pass a set, could I ever have to go back to it?", "redo-a-set"),
])
def test_fragments_and_plain_words_for_the_faqs_things_find_their_entry(knowledge, question, entry):
    _finds(knowledge, question, entry)


@pytest.mark.parametrize(("question", "entry"), [
    # "prov" is provisional, as "cert" is certification
    ("lta grad, no library hours yet. do i get a prov cert?", "provisional-certification"),
    # when renewing may start, asked from the day of certifying: the window, not what to do after the last set
    ("now that I'm certified, when am I able to start my renewal?", "renewal-window"),
    # a manager's view of what the certification says about a hire
    ("as an employer, what does LSSC show me when I'm hiring?", "worth-it"),
])
def test_acronyms_the_renewal_window_and_a_hiring_managers_view_find_their_entry(knowledge, question, entry):
    _finds(knowledge, question, entry)


def test_hedges_and_checks_are_function_words():
    """How sure the asker is ("pretty sure", "honestly", "is it possible", "is that true"), not what they ask about:
    as words no entry uses each weighed as the FAQ's rarest and sank a sceptical or hedged question."""
    assert {"true", "honestly", "pretty", "sure", "possible", "supposed", "legit", "guess"} <= STOPWORDS


@pytest.mark.parametrize(("question", "entry"), [
    ("is it possible to take the classes online?", "online-courses"),
    ("pretty sure the state runs lssc, who actually runs it?", "who-runs-lssc"),
    ("how many hours am i supposed to get for renewal", "renewal-requirements"),
])
def test_a_hedged_question_finds_its_entry(knowledge, question, entry):
    _finds(knowledge, question, entry)


@pytest.mark.parametrize(("question", "entry"), [
    ("do hours at a tribal library count toward the experience?", "library-experience"),
    ("do jail library hrs count?", "library-experience"),
    ("i work at a seminary library, is lssc for people like me?", "who-is-it-for"),
])
def test_a_library_of_a_kind_the_faq_never_names_is_a_special_library(knowledge, question, entry):
    """The kind was a word no entry uses right before "library", which damped the question as another thing's name."""
    _finds(knowledge, question, entry)


@pytest.mark.parametrize(("question", "entry"), [
    ("> you never have to go back to a competency set once you finish it -- is that legit or did my trainer make that up",
     "redo-a-set"),
    ("> you need 8 of the 10 sets now -- somebody posted this on the listserv. is that right?", "how-many-sets"),
])
def test_a_quoted_claim_is_read_without_the_reply_under_it(knowledge, question, entry):
    """The reply's own words ("did my trainer make that up", "saw this on a forum") sank the claim it checks."""
    _finds(knowledge, question, entry)


@pytest.mark.parametrize(("question", "entry"), [
    ("ala mbrship required?", "ala-membership"),
    ("accepted how fast?", "acceptance-time"),
    ("how quickly do you hear back after applying?", "acceptance-time"),
])
def test_fragments_in_shorthand_find_their_entry(knowledge, question, entry):
    _finds(knowledge, question, entry)


def test_shorthand_for_education_and_membership_is_read_whole():
    assert words("min edu and ala mbrship") == ["min", "education", "and", "ala", "membership"]
