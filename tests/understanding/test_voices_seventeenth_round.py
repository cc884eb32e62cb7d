"""Questions in the voices of the seventeenth round (hypotheticals, forwarded memos, emoji, formal letters, text-speak,
claims quoted to be checked), each as a class of saying things, in other words than the sets'."""
from __future__ import annotations

import pytest

from lssc_bot.answer import answer
from lssc_bot.understanding.normalise import strip_filler, words


@pytest.mark.parametrize("said", [
    "hypothetically", "hypothetically speaking", "just hypothetically", "theoretically", "let's say", "lets say",
])
def test_the_word_that_marks_a_hypothetical_is_filler(said):
    """"hypothetically if I ...": the case it sets up is the question's, the marker is not, and alone it weighed as
    much as the FAQ's rarest word."""
    assert strip_filler(words(f"{said} if i fail a course can i retake it")) == words("if i fail a course can i retake it")


def test_say_as_a_verb_stays():
    assert "say" in strip_filler(words("what does ala-apa say about raises"))


@pytest.mark.parametrize("question", [
    "if I moved to another state halfway through, would my lssc progress still count?",
    "if i'm still two sets short when my time is up, can i get more time?",
])
@pytest.mark.parametrize("marker", ["hypothetically", "Hypothetically speaking,", "let's say"])
def test_a_hypothetical_gets_the_reply_the_question_gets_without_its_marker(knowledge, question, marker):
    plain, marked = answer(knowledge, question), answer(knowledge, f"{marker} {question}")
    assert (marked.kind, marked.topic, marked.suggestions) == (plain.kind, plain.topic, plain.suggestions)
    assert marked.kind != "fallback"


@pytest.mark.parametrize(("question", "facts"), [
    # the answer's figures that no phrasing asked for: applicants in the program's first months, candidates in 2012
    ("how many people signed up for lssc in its first year?", ("105",)),
    ("how many candidates did lssc have at the end of 2012?", ("318",)),
])
def test_a_figure_of_the_numbers_entry_is_found_by_what_it_counts(knowledge, question, facts):
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", "numbers-certified"), (question, reply.kind, reply.topic, reply.suggestions)
    assert all(f in reply.text for f in facts)


def test_the_financial_help_answer_dates_the_misleading_news_address(knowledge):
    """The sheet's conflict 10: an ALA news address with "2023/03" in it is the June 12, 2012 release."""
    text = next(e.answer for e in knowledge.entries if e.id == "financial-help")
    assert "2023/03" in text and "June 12, 2012" in text


@pytest.mark.parametrize("question", [
    "is lssc technically a license? our HR manual says licensed staff",
    "certification, accreditation, licensure: which one is LSSC?",
])
def test_what_kind_of_credential_it_is_is_said_with_why_it_is_no_licence(knowledge, question):
    """A licence is mandatory, a certification voluntary: the answer says LSSC is a voluntary certification in one
    plain sentence (the word "voluntarily" was only in the definition, the kind in bold apart from "is a")."""
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", "certification-vs-accreditation"), (reply.kind, reply.suggestions)
    assert "is a voluntary certification" in reply.text and "mandatory" in reply.text


@pytest.mark.parametrize(("typed", "read"), [
    ("r the electives hard", "are the electives hard"),
    ("does it cost xtra b4 i start", "does it cost extra before i start"),
    ("do i hv 2 pay again", "do i have 2 pay again"),
    ("is tht incl in the fee", "is that including in the fee"),
    ("hw long is it gud for", "how long is it good for"),
])
def test_text_speak_is_read_as_the_words_it_stands_for(knowledge, typed, read):
    from lssc_bot.understanding.index import index_for
    index = index_for(knowledge)
    assert index.tokens(typed) == index.tokens(read)


def test_text_speak_is_not_read_so_by_the_calculators():
    """"r" is Thursday in a schedule ("m/w/r"), for the calculators' reading of work hours."""
    assert "r" in words("i work m/w/r")


@pytest.mark.parametrize(("question", "entry"), [
    ("wat electives r there", "electives"),
    ("is the course fee xtra or incl in what i pay ala", "total-cost"),
    # "still a thing" is "still exists" (twenty-second round): the portfolio entry, which says it ended and that sets are
    # now done through courses or an LTA program (before, the ways-to-complete entry, which says so too)
    ("is the portfolio still a thing or r classes the only way now", "portfolio"),
])
def test_a_question_in_text_speak_is_answered(knowledge, question, entry):
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", entry), (question, reply.kind, reply.topic, reply.suggestions)


@pytest.mark.parametrize("question", [
    "did an older version of lssc exist?",
    "was there an older version of the lss cert, something out west?",
])
def test_an_older_version_of_the_program_is_the_western_council_certificate(knowledge, question):
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", "western-council"), (question, reply.kind, reply.topic, reply.suggestions)


def test_a_phrasing_added_to_an_entry_can_cost_it_a_topic_term(knowledge):
    """Why "is it for the whole library or for each person" is not a phrasing of voluntary-and-portable: "move" is
    its topic term in 6 of its 24 phrasings (`index.TOPIC_SHARE`, a quarter), one more phrasing without it takes
    the term away, and "if I move from ohio to oregon ... does this cert even follow me" fell to a did-you-mean."""
    from lssc_bot.understanding.index import index_for
    index = index_for(knowledge)
    assert "move" in index.topic_terms[index.entry_ids.index("voluntary-and-portable")]


@pytest.mark.parametrize(("question", "entry"), [
    ("Our cataloger got her LSSC back in 2021 and she lost track of dates after the flood in the basement. What's the "
     "grace period if she misses it? She color-codes everything so this is unusual.", "renewal-window"),
    ("Our cataloger got her LSSC in 2021 and she's freaking out because she lost track of dates. When is she allowed "
     "to renew? She's the type who color-codes her calendar so this is unusual.", "renewal-window"),
])
def test_a_story_that_names_the_program_sets_up_a_question_that_does_not(knowledge, question, entry):
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", entry), (question, reply.kind, reply.topic, reply.suggestions)


@pytest.mark.parametrize("question", [
    "lssc came up at our staff meeting lol. anyway how do i unjam the copier?",
    "I'm halfway through LSSC. our wifi keeps dropping, who do I call?",
    "been doing lssc for a year. what's a good ILS to learn?",
])
def test_a_story_that_names_the_program_does_not_make_another_question_about_it(knowledge, question):
    assert answer(knowledge, question).kind != "faq"


@pytest.mark.parametrize(("typed", "read"), [
    ("you've done the required ones right", "you done the required ones right"),
    ("tl;dr do i need an mls", "do i need an mls"),
    ("yeah so is it valid everywhere huh", "so is it valid everywhere"),
])
def test_contractions_left_whole_and_interjections_weigh_as_function_words(knowledge, typed, read):
    from lssc_bot.understanding.index import index_for
    from lssc_bot.understanding.normalise import STOPWORDS
    index = index_for(knowledge)
    content = [t for t in index.tokens(typed) if t not in STOPWORDS]
    assert content == [t for t in index.tokens(read) if t not in STOPWORDS]


def test_asked_for_the_website_and_the_email_together_the_answer_gives_both(knowledge):
    """Both are contacts; the website entry, which wins a message asking for the two, gave only the address."""
    reply = answer(knowledge, "ok I'm the one stuck coordinating LSSC for our branch. what's its website and email?")
    assert reply.kind == "faq" and "ala-apa.org/lssc" in reply.text and "lssc@ala.org" in reply.text, reply.text


@pytest.mark.parametrize(("question", "facts"), [
    # the neighbour that wins a comparison with the MLIS says what a librarian's job asks for
    ("lssc or an mlis, which would get me hired as an actual librarian?", ("accredited",)),
    # a wrong premise about a degree: the stepping-stone entry says LSSC itself needs none
    ("someone told me you need an MLS before you can start LSSC, so I'm out until grad school?", ("high school",)),
])
def test_a_neighbouring_entry_says_the_fact_a_comparison_or_premise_needs(knowledge, question, facts):
    reply = answer(knowledge, question)
    assert reply.kind == "faq" and all(f in reply.text for f in facts), (reply.kind, reply.topic, reply.text[:200])


def test_the_accreditation_answer_says_where_ala_accredits(knowledge):
    text = next(e.answer for e in knowledge.entries if e.id == "certification-vs-accreditation")
    assert "Puerto Rico" in text


@pytest.mark.parametrize(("entry", "facts"), [
    # a neighbour of who-may-apply questions: any kind of library, any country
    ("voluntary-and-portable", ("any type of library", "outside the U.S.")),
    # a neighbour of when-did-it-start questions: since when it has taken applications
    ("program-status", ("January 25, 2010",)),
    # a neighbour of which-colleges and what-counts questions: colleges named, approved courses otherwise
    ("lta-recognition", ("College of DuPage", "LSSC-approved courses")),
])
def test_an_answer_says_what_its_neighbours_questions_ask(knowledge, entry, facts):
    from lssc_bot.answer import entry_answer
    text = entry_answer(knowledge, entry, "?").text
    assert all(f in text for f in facts), text
