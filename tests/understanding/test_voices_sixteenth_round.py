"""Questions in the voices of the sixteenth round (replies inside a conversation, skeptics, statements fishing for
confirmation, managers asking for staff, second-language English), each as a class of saying things, in other
words than the sets'."""
from __future__ import annotations

import pytest

from lssc_bot.answer import answer
from lssc_bot.understanding.normalise import strip_filler, words


@pytest.mark.parametrize("said", [
    "serious q tho", "real question though", "honest question but", "genuine q so", "legit question",
])
def test_a_lead_in_that_names_the_message_a_question_is_filler(said):
    """"serious q tho", like "quick question", says what kind of message follows, not what it asks: its words
    weighed as much as the FAQ's rarest and sank the question after it."""
    assert strip_filler(words(f"{said}, how much is the fee")) == words("how much is the fee")


@pytest.mark.parametrize(("question", "entry"), [
    ("lmao ok genuine q, is the technology set one of the required ones?", "required-sets"),
])
def test_a_reply_in_a_thread_then_a_serious_question_is_answered(knowledge, question, entry):
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", entry), (question, reply.kind, reply.topic, reply.suggestions)


@pytest.mark.parametrize(("question", "entry"), [
    ("how long do you get to finish the six sets, or do they just let you take forever", "completion-deadline"),
    ("do we really need to be ALA members to enroll, or is that just a sales pitch", "ala-membership"),
])
def test_a_question_then_a_scoffing_alternative_after_a_comma_and_or_is_answered(knowledge, question, entry):
    """"..., or is that just a sales pitch": the alternative after ", or" is a sentence of its own for the sentence
    model, as after ", so", ", but" and ", like": its words pulled the question's vector away from its entry."""
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", entry), (question, reply.kind, reply.topic, reply.suggestions)


@pytest.mark.parametrize("question", [
    "should i get the PMP, or is CompTIA A+ the better one for library IT",
    "our printer keeps jamming, or is it the toner, who do i call",
])
def test_an_alternative_after_or_does_not_answer_other_things(knowledge, question):
    assert answer(knowledge, question).kind != "faq"


@pytest.mark.parametrize(("question", "entry", "facts"), [
    # a set asked about as if it were a class: how many there are, and how many to do
    ("what even is a competency set, is it basically one class?", "competency-set-contents", ("10 sets", "6 of them")),
    # a premise about the old portfolio route: it was free (an older, undated page), and it ended in 2019
    ("so portfolios used to cost nothing to submit, right?", "portfolio", ("no fee", "2019")),
    # another ALA-APA certificate taken for LSSC: not it, and LSSC is 6 of its 10 sets
    ("a friend did the ala-apa 18 month certificate thing, is that the same as lssc?", "other-ala-apa-certificates",
     ("not LSSC", "6 of its 10")),
    # a rumoured later revision: the sheet found none, and the answer says it was not found
    ("were the competency sets changed in 2021? someone told me they have new names", "competency-revisions",
     ("not found", "2012")),
])
def test_an_answer_says_what_a_premise_checks(knowledge, question, entry, facts):
    """People fishing for confirmation ask about one fact of an entry; its answer says it in plain words."""
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", entry), (question, reply.kind, reply.topic, reply.suggestions)
    for fact in facts:
        assert fact in reply.text, (fact, reply.text)


@pytest.mark.parametrize("question", [
    "i work at a law firm library. does the support staff cert still apply to me?",
    "I'm at a museum archive, not a public library, so does lssc still apply to me?",
])
def test_whether_the_program_applies_to_the_asker_is_not_whether_it_still_takes_applications(knowledge, question):
    """"Does it still apply to me" asks whether it is meant for the asker, not whether applications are open:
    read as "apply" it was the program-status entry's "can i still apply to lssc"."""
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) != ("faq", "program-status"), (question, reply.kind, reply.topic, reply.suggestions)


@pytest.mark.parametrize(("question", "entry"), [
    ("can i still apply to lssc in 2026", "program-status"),
    ("our little tribal library isn't public or academic, does lssc even apply to us?", "who-is-it-for"),
])
def test_applying_and_being_meant_for_are_told_apart(knowledge, question, entry):
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", entry), (question, reply.kind, reply.topic, reply.suggestions)


@pytest.mark.parametrize(("question", "facts"), [
    ("HR coordinator here. If we send two clerks through LSSC, how much is the application fee and how long do they "
     "get to finish?", ("$350", "4 years")),
    ("Director of a small academic library here. If staff do LSSC as professional development, how many sets is it "
     "and how long do they have to finish?", ("6 of the 10", "4 years")),
])
def test_a_managers_set_up_clause_then_two_questions_gets_both_answers(knowledge, question, facts):
    """The set-up ("if we send two clerks through LSSC,") is glued to the first question when the message splits
    into its questions; the question after the clause is answered alone, and the reply gives both."""
    reply = answer(knowledge, question)
    assert reply.kind == "faq", (question, reply.kind, reply.suggestions)
    for fact in facts:
        assert fact in reply.text, (fact, reply.text)


def test_the_clause_that_asks_is_the_first_after_the_set_up():
    from lssc_bot.understanding.compound import asking_clause
    assert asking_clause("if staff do lssc as professional development , how many sets is it") == "how many sets is it"
    assert asking_clause("as a branch manager , how do i help them , is there a guide") == (
        "how do i help them is there a guide")
    assert asking_clause("how many sets is it") is None
    assert asking_clause("our wifi keeps dropping , the router is old") is None


@pytest.mark.parametrize(("question", "entry"), [
    ("somebody told me we only have like 2 yrs to get through all the sets, that right?", "completion-deadline"),
    ("my sup says you have five years to finish every set, true?", "completion-deadline"),
    ("my coworker thinks the certification runs out after just two years?", "certification-validity"),
])
def test_a_wrong_period_fished_for_gets_the_entry_with_the_right_one(knowledge, question, entry):
    """A claim with the wrong number of years ("only 2 yrs to get through the sets", "runs out after two years")
    is the time-to-finish or the how-long-is-it-valid question; the entries now have such a claim among their
    phrasings, without a number (a number the FAQ uses would weigh in every question with it)."""
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", entry), (question, reply.kind, reply.topic, reply.suggestions)
    assert "4 years" in reply.text


@pytest.mark.parametrize("question", [
    "lssc@org keeps coming back undeliverable, whats the right address",
    "that lssc email bounced on me lol, is there a working one",
])
def test_an_address_that_bounces_gets_the_contacts(knowledge, question):
    """Some ALA releases misprint the address ("lssc@org"); the contact entry says so and gives the right one."""
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", "contact"), (question, reply.kind, reply.topic, reply.suggestions)
    assert "lssc@ala.org" in reply.text


@pytest.mark.parametrize("question", [
    "HR here, what's a fair way to split weekend shifts between our reference and access services staff?",
    "our youth services staff want a four day week, how do I pitch that to the board?",
])
def test_a_set_named_as_a_department_does_not_ask_about_the_set(knowledge, question):
    """A set's name before "staff", "desk", "department", "unit" names the people who work there: a manager's
    question about them is not the electives entry's."""
    assert answer(knowledge, question).kind != "faq"


def test_a_set_named_before_a_department_word_is_read_without_the_name(knowledge):
    from lssc_bot.understanding.index import index_for
    from lssc_bot.understanding.match import course_reading
    index = index_for(knowledge)
    assert course_reading(index, index.tokens("our IT and cataloging staff")) == index.tokens("our IT and staff")
    assert course_reading(index, index.tokens("I supervise our cataloging unit, is cataloging an elective")) == (
        index.tokens("I supervise our unit, is cataloging an elective"))


@pytest.mark.parametrize(("question", "facts"), [
    # a wrong count of required sets fished for, landing on the electives entry: it says there are 3 required
    ("is youth services one of the electives, or is it 4 required sets + 2 electives?", ("3 required sets",)),
    # how a course gets approved, landing on what an approved course is: it gives the provider's fee too
    ("my friend teaches webinars for our consortium, how would she get one approved as an lssc course",
     ("$100", "4 years")),
])
def test_a_neighbouring_entry_still_says_the_fact_asked_for(knowledge, question, facts):
    reply = answer(knowledge, question)
    assert reply.kind == "faq", (question, reply.kind, reply.suggestions)
    for fact in facts:
        assert fact in reply.text, (fact, reply.topic, reply.text)


@pytest.mark.parametrize(("question", "entry"), [
    ("@kim omg yes same. wait is there a grace period if my cert lapses", "renewal-window"),
    ("<@4412> yeah same here, what's the deadline to finish all the sets?", "completion-deadline"),
])
def test_a_reply_to_someone_in_a_conversation_is_answered(knowledge, question, entry):
    """A mention says whom a reply answers and "yes same" agrees with them: neither is a word of the question."""
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", entry), (question, reply.kind, reply.topic, reply.suggestions)


def test_a_mention_is_no_word_but_an_address_stays():
    from lssc_bot.understanding.retrieval import plain
    assert plain("@kim <@!123> <#55> is it free") == "is it free"
    assert "lssc@ala.org" in plain("is lssc@ala.org the right email")
    assert strip_filler(words("is lssc the same as an mls")) == words("is lssc the same as an mls")
