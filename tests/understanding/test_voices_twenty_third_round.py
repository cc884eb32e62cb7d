"""Questions in the voices of the twenty-third round (dictation, myths and negative framing, outsiders asking about
staff, a choice between two claims), each as a class of saying things, in other words than the sets'."""
from __future__ import annotations

import pytest

from lssc_bot.answer import answer
from lssc_bot.understanding.index import spelled_out


def _finds(knowledge, question, entry):
    """The reply, which must be the FAQ's entry `entry`."""
    reply = answer(knowledge, question)
    assert (reply.kind, reply.topic) == ("faq", entry), (reply.kind, reply.topic, reply.suggestions)
    return reply


@pytest.mark.parametrize(("typed", "read"), [
    # every letter dictated, "i" among them, spells a word the FAQ knows: it is that word, not "i" and the rest
    ("was it the i m l s that paid", "was it the imls that paid"),
    # ...while an "a" or "I" before letters that spell a word alone stays a word
    ("is a g e d enough", "is a ged enough"),
    ("a l a", "ala"),
])
def test_letters_dictated_with_a_leading_i_or_a_are_one_word_when_they_spell_one(knowledge, typed, read):
    from lssc_bot.understanding.index import index_for
    assert spelled_out(typed, index_for(knowledge).known) == read


def test_a_funder_dictated_letter_by_letter_is_the_funding_entry(knowledge):
    _finds(knowledge, "was the money for l s s c from the i m l s or somewhere else", "imls-funding")


@pytest.mark.parametrize("asked", ["Which is it?", "so which one is right??", "who's right here?", "which one is correct?"])
def test_a_choice_between_claims_said_before_it_only_checks_them(asked):
    """"Which is it?" names nothing itself: the claims before it are what is asked about (`asked.only_checks`), so the
    sentence model's did-you-mean is held to the whole message, not to the three words that name nothing."""
    from lssc_bot.understanding.asked import checked, only_checks
    assert only_checks(asked)
    assert checked(f"my lead says the sets take 2 years and my friend says 4. {asked}") == (
        "my lead says the sets take 2 years and my friend says 4")


def test_two_claims_then_which_is_right_offers_what_they_are_about(knowledge):
    reply = answer(knowledge, "my trainer told me there are 4 required sets, but the handout lists 3. which one is right?")
    assert reply.kind == "clarify" and "how-many-sets" in [s.topic for s in reply.suggestions], (reply.kind, reply.topic)


@pytest.mark.parametrize(("message", "question", "who"), [
    ("Grant writer drafting a proposal: who funded LSSC originally?", "who funded lssc originally",
     "grant writer drafting a proposal"),
    ("Career changer: is lssc worth it?", "is lssc worth it", "career changer"),
    ("Reporter again - how old is lssc?", "how old is lssc", "reporter again"),
    ("HR generalist updating our job descriptions: what title?", "what title",
     "human resources generalist updating our job descriptions"),
])
def test_an_outsiders_label_for_themselves_is_context(message, question, who):
    """Who asks (HR, a journalist, a trustee, a career changer), alone or with what they are doing, is not what they
    ask: its words are none of the FAQ's and weighed as its rarest."""
    from lssc_bot.understanding.normalise import without_context
    assert without_context(message) == (question, who)


@pytest.mark.parametrize(("question", "entry"), [
    ("Grant writer drafting a proposal: who funded LSSC originally?", "imls-funding"),
    ("recruiter working on a posting: what credential title does a person who holds lssc get?", "clss-designation"),
])
def test_outsiders_questions_are_answered_past_their_label(knowledge, question, entry):
    _finds(knowledge, question, entry)


@pytest.mark.parametrize("question", [
    "does the library have to pay her more once she's certified?",
    "our director asked: must we pay staff more when they earn the CLSS?",
])
def test_an_employer_asked_to_pay_someone_more_is_the_raise_entry(knowledge, question):
    assert "guarantee" in _finds(knowledge, question, "raise-or-promotion").text


@pytest.mark.parametrize("question", [
    "where does ala-apa's power to certify come from",
    "what gives ALA APA the right to hand out certifications",
])
def test_where_ala_apas_authority_to_certify_comes_from_is_who_runs_lssc(knowledge, question):
    """The who-runs entry says why ALA-APA exists: ALA, a 501(c)(3), could not certify individuals."""
    assert "could not certify individuals" in _finds(knowledge, question, "who-runs-lssc").text


def test_the_renewal_window_says_how_often_renewal_comes_round(knowledge):
    """Whether renewal is ever needed ("you DON'T have to renew once certified, it's for life?") reaches the renewal
    window as often as the validity entry: its answer says the four years too, not only the months before expiry."""
    text = _finds(knowledge, "how early am I allowed to send in my renewal?", "renewal-window").text
    assert "valid for **4 years**" in text and "12 months before" in text


@pytest.mark.parametrize("question", [
    "so nobody gets to pay less than the full fee?",
    "can't i pay anything less than 350 for the application",
])
def test_paying_less_than_the_full_fee_asked_in_the_negative_is_the_member_price(knowledge, question):
    assert "$325" in answer(knowledge, question).text


@pytest.mark.parametrize("question", [
    "did ALA phase out the lssc program?",
    "someone said they pulled the plug on lssc last year",
    "is it true they stopped offering lssc?",
])
def test_the_program_ended_by_someone_is_whether_it_still_runs(knowledge, question):
    assert "Unconfirmed" in _finds(knowledge, question, "program-status").text


@pytest.mark.parametrize("question", [
    "when should i renew my ala membership so it doesn't lapse",
    "does ALA membership include a discount on conference registration?",
    "how to renew ALA membership as a student",
])
def test_alas_membership_as_a_thing_of_its_own_is_never_answered_with_the_membership_entry(knowledge, question):
    """Its dues, renewing it, what it comes with: the FAQ's membership entry says what the program asks of members, so
    it is offered as a did-you-mean, never posted as the answer."""
    reply = answer(knowledge, question)
    assert reply.kind in ("clarify", "fallback"), (reply.kind, reply.topic)


@pytest.mark.parametrize("question", [
    "is ALA membership required for lssc?",
    "do i need to be an ala member to get the lower lssc fee",
    "does my state chapter membership get me the LSSC discount?",
])
def test_the_membership_the_program_asks_about_is_still_the_membership_entry(knowledge, question):
    _finds(knowledge, question, "ala-membership")


@pytest.mark.parametrize(("text", "own"), [
    ("ala student membership dues", True),
    ("how do i renew my ala membership", True),
    ("does ala membership come with ebooks", True),
    ("members get a discount on booklist", True),
    ("members get a discount on the application fee", False),
    ("i renewed my ala membership yesterday, what do i pay", False),
    ("does my state association membership get me a discount", False),
])
def test_what_is_alas_membership_business(text, own):
    from lssc_bot.understanding.match import about_ala_membership
    assert about_ala_membership(text) is own


@pytest.mark.parametrize("question", [
    "our branch wants to write an IMLS grant for a seed library, when is the deadline?",
    "is the LSTA subgrant open for applications yet this year",
])
def test_a_grant_the_library_would_apply_for_is_never_answered_with_the_funding_entry(knowledge, question):
    reply = answer(knowledge, question)
    assert reply.kind in ("clarify", "fallback"), (reply.kind, reply.topic)


@pytest.mark.parametrize(("question", "entry"), [
    ("was the lssc program built with grant money?", "imls-funding"),
    ("can I apply for a grant to pay the lssc fee?", "financial-help"),
])
def test_the_grant_behind_the_program_and_help_with_its_fee_are_still_answered(knowledge, question, entry):
    _finds(knowledge, question, entry)


def test_what_the_program_is_good_for_offers_its_worth_first(knowledge):
    """What it is good for is its worth; how long it is good for stays its validity."""
    reply = answer(knowledge, "what's lssc good for besides a line on my resume")
    assert reply.kind == "clarify" and reply.suggestions[0].topic == "worth-it", (reply.kind, reply.topic)
    _finds(knowledge, "how long is it good for once i have it", "certification-validity")


@pytest.mark.parametrize(("typed", "read"), [
    ("is the comptia a+ cert worth it", "is the comptia aplus cert worth it"),
    ("network+ or security+ first?", "networkplus or securityplus first?"),
    ("3 required + 3 electives", "3 required + 3 electives"),
    ("c++ course", "c++ course"),
])
def test_a_names_level_mark_is_part_of_the_name(typed, read):
    from lssc_bot.understanding.index import leveled
    assert leveled(typed) == read


@pytest.mark.parametrize("question", [
    "thinking about the comptia a+ cert, worth it for a library tech job?",
    "is the Network+ certification worth getting for library IT",
])
def test_another_credentials_worth_with_a_level_mark_is_not_the_programs(knowledge, question):
    reply = answer(knowledge, question)
    assert reply.kind in ("clarify", "fallback"), (reply.kind, reply.topic)


@pytest.mark.parametrize("question", [
    "is PMP worth it for a library manager",
    "is the CompTIA A+ worth it for a systems librarian? my manager keeps asking",
])
def test_the_worth_of_a_thing_named_by_a_name_the_faq_does_not_know_is_not_the_programs(knowledge, question):
    reply = answer(knowledge, question)
    assert reply.kind in ("clarify", "fallback"), (reply.kind, reply.topic)


def test_the_programs_worth_is_still_answered(knowledge):
    _finds(knowledge, "is getting the lssc certification worth it", "worth-it")
