"""Questions in the voices of the thirteenth round: the program called by a description of it rather than
its name, and staff asked about by their manager."""
from __future__ import annotations

import pytest

from lssc_bot.answer import answer
from lssc_bot.understanding.index import index_for, program_named
from lssc_bot.understanding.normalise import without_context


@pytest.mark.parametrize(("question", "entry"), [
    ("what's the price of the ALA library assistant certificate", "fees"),
    ("who do i email about the support staff credential from ALA", "contact"),
    ("how do I apply for the ALA para certificate", "how-to-apply"),
    ("how long is the paraprofessional certificate from ALA good for", "certification-validity"),
])
def test_the_program_described_rather_than_named_is_the_program(knowledge, question, entry):
    """Someone who has not learned the name says what it is: a certificate for library support staff,
    from ALA. The description's words ("assistant", "para") are not what is asked about."""
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", entry), (question, reply.kind, reply.topic, reply.suggestions)


@pytest.mark.parametrize("text", [
    "the google IT support cert",  # one word of the description is another certificate's
    "my school para certification",
    "a library tech program",  # may be the LTA degree
    "the ALA certification for librarians",
])
def test_another_certificate_is_not_read_as_the_program(text):
    assert program_named(text, "LSSC") == text


def test_both_signals_read_the_description_as_the_program(knowledge):
    index = index_for(knowledge)
    assert index.tokens("the ALA paraprofessional cert") == index.tokens("the lssc")
    assert index.respelled("that support staff thing, worth it?") == "that LSSC, worth it?"
    assert program_named("is the para cert from the ALA any good", "LSSC") == "is the LSSC any good"


@pytest.mark.parametrize(("question", "entry"), [
    ("HR here. We are writing a policy to sponsor our employees for LSSC. What education do applicants need?",
     "education-requirement"),
    ("we run a small rural library. is the certification only for public libraries?", "who-is-it-for"),
])
def test_a_manager_telling_about_their_library_is_answered(knowledge, question, entry):
    """A manager or HR tells about themselves by their role or in the plural ("HR here", "we run a small
    library") before asking for their staff: that is the asker's story, not what is asked."""
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", entry), (question, reply.kind, reply.topic, reply.suggestions)


@pytest.mark.parametrize(("text", "kept"), [
    ("HR here. We're writing a policy. What education do applicants need?", "what education do applicants need"),
    ("As a branch manager, how many hours does a certified staffer need to renew?",
     "how many hours does a certified staffer need to renew"),
    ("asking on behalf of my director: what does the library get out of it?", "what does the library get out of it"),
    ("Several of my clerks got certified in 2021. What do they need to do to keep it?", "what do they need to do to keep it"),
])
def test_the_story_of_someone_asking_for_others_is_context(text, kept):
    shorter = without_context(text)
    assert shorter is not None and shorter[0] == kept


def test_a_role_that_says_what_is_asked_is_not_dropped():
    """ "As a non-member" is what the fee depends on, not who asks."""
    assert without_context("as a non-member, how much is it?") is None


@pytest.mark.parametrize(("question", "entry"), [
    ("how do i renwe my certification", "renewal-requirements"),
    ("can i get a refnud", "refund"),
])
def test_two_letters_typed_the_wrong_way_round_are_one_typo(knowledge, question, entry):
    """A swap of two letters in a short word ("renwe", "refnud") is as much one typo as a letter left out, and
    is read as the word meant."""
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", entry), (question, reply.kind, reply.topic, reply.suggestions)


def test_a_swap_is_corrected_only_into_a_word_the_faq_uses(knowledge):
    index = index_for(knowledge)
    assert index.tokens("takign applicatoins") == index.tokens("taking applications")
    assert index.tokens("untied")[0] == "untied"  # "united" is no word of the FAQ's


def test_how_much_comes_back_is_the_refund_with_its_figure(knowledge):
    """ "How much do I get back" asks for the refund, and its answer quotes the fee that comes back."""
    reply = answer(knowledge, "how much do I get back if they say I'm ineligible")
    assert (reply.kind, reply.topic) == ("faq", "refund") and "$350" in reply.text


@pytest.mark.parametrize("question", [
    "how do I renew my CPR certification? it runs out in march",
    "thinking of switching careers, how do i renew my CCRN certification",
])
def test_another_credential_by_name_is_not_answered_as_the_programs(knowledge, question):
    """Renewing a CPR or CCRN certification is not renewing LSSC, though the sentence model reads the two
    alike: a credential named by a name the FAQ does not know is not the FAQ's."""
    assert answer(knowledge, question).kind != "faq"


def test_a_word_of_english_is_not_read_as_another_word(knowledge):
    """ "county" is not "country", "employee" not "employer": only a word that is no word of English is
    read as the FAQ's nearest one ("libary"); a word of English may only change its form ("keeps")."""
    index = index_for(knowledge)
    assert index.tokens("our county library")[1] == "county"
    assert index.tokens("employee")[0] != index.tokens("employer")[0]
    assert index.tokens("libary keeps")[0] == index.tokens("library")[0]


def test_at_least_is_not_what_is_asked(knowledge):
    reply = answer(knowledge, "if they turn me down do i at least get my fee back")
    assert (reply.kind, reply.topic) == ("faq", "refund")
