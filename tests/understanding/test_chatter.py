"""Chatty messages: filler stripping, dropping clauses about the asker, and what stays fallback."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from lssc_bot.answer import answer
from lssc_bot.understanding.normalise import _FILLER_PATTERNS, strip_filler, without_context, words


def test_greetings_preambles_and_sign_offs_are_dropped():
    assert strip_filler(words("Hey y'all, first time poster! quick question: how long is it good for? thx!!")) == \
        ["how", "long", "is", "it", "good", "for"]
    assert strip_filler(words("sorry if this has been asked before, does it expire? Any advice is appreciated")) == \
        ["does", "it", "expire"]
    assert strip_filler(words("hello everyone, hope you all are doing well. what does it cost? thank you so much")) == \
        ["what", "does", "it", "cost"]


def test_more_preambles_are_dropped():
    for text in ("random question but does it expire", "hoping someone here can help me with this. does it expire",
                 "not sure if this is the right place but does it expire", "just curious, does it expire?",
                 "apologies if this was asked already, does it expire", "question for you all: does it expire",
                 "does it expire? any ideas? thanks for reading"):
        assert strip_filler(words(text)) == ["does", "it", "expire"], text


def test_words_that_only_look_like_filler_stay():
    assert strip_filler(words("is there financial help")) == ["is", "there", "financial", "help"]
    assert strip_filler(words("history of the program")) == ["history", "of", "the", "program"]
    assert strip_filler(words("who do I ask a question")) == ["who", "do", "i", "ask", "a", "question"]


def test_clauses_about_the_asker_are_dropped():
    assert without_context("I'm a clerk at a tiny branch in Maine, can I take the courses online?") == \
        ("can i take the courses online", "i'm a clerk at a tiny branch in maine")
    kept, dropped = without_context("My boss brought it up last week. Is there a deadline to finish?")
    assert kept == "is there a deadline to finish" and dropped.startswith("my boss")


def test_a_run_on_keeps_the_part_after_the_last_joining_word():
    kept, _ = without_context("so I've worked the desk for ages and how do I sign up")
    assert kept == "how do i sign up"


def test_nothing_is_dropped_without_a_clause_about_the_asker():
    assert without_context("how much is it") is None
    assert without_context("the printer jammed again, who do I call?") is None  # not about the asker
    assert without_context("I am new here") is None  # the only clause is never dropped whole


def test_chatty_in_scope_questions_are_answered(knowledge):
    reply = answer(knowledge, "hi everyone!! I work part time at a small town library and I was wondering "
                              "how much the certification costs? tia")
    assert reply.kind == "faq" and reply.topic == "fees"
    reply = answer(knowledge, "Good morning! My supervisor suggested it. Can I take the courses online? thanks!")
    assert reply.kind == "faq" and reply.topic == "online-courses"


def test_chatty_off_topic_messages_still_fall_back(knowledge):
    for text in ("hey all, I'm a page at a big city branch and the book drop keeps jamming, any ideas? thanks!",
                 "quick question: our copier is out of toner again, who orders it? tia",
                 "Hi friends! My manager wants a new display for the lobby. What themes work in March?"):
        assert answer(knowledge, text).kind == "fallback", text


def test_stripping_many_phrasings_at_once_equals_one_by_one() -> None:
    from lssc_bot.understanding.normalise import phrasing_words, strip_filler, words

    texts = ["hi all quick question how much is it", "thanks in advance", "", "renewal hours?", "tia lol"]
    assert phrasing_words(texts) == [strip_filler(words(t)) for t in texts]


def test_a_sign_off_is_never_taken_for_the_question(knowledge):
    # the last "so" is the sign-off's: "much" alone would be the fee entry
    opening = "I'm a library assistant at a small rural branch in Ohio and"
    for text, entry in ((f"{opening} international applicants Thanks so much!", "international-applicants"),
                        (f"{opening} course costs Thanks so much!", "total-cost")):
        reply = answer(knowledge, text)
        assert reply.kind == "faq" and reply.topic == entry, text


_PLAIN_FILLER = re.compile(r"(?<![a-z0-9$])(?:" + "|".join(_FILLER_PATTERNS) + r")(?![a-z0-9$])")
#: the literal words of the filler patterns, so that random token lists often contain real filler
_FRAGMENTS = sorted({f.strip() for f in re.split(r"[()|?:*+]+", "|".join(_FILLER_PATTERNS)) if f.strip()})


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.sampled_from(["fee", "1", "$", "-", "x-hi", "é"])),
                         max_size=8).map(lambda parts: " ".join(parts).split()), max_size=4))
def test_filler_regex_matches_what_its_plain_form_matches(token_lists) -> None:
    from lssc_bot.understanding.normalise import phrasing_words, strip_filler, words
    assert [strip_filler(tokens) for tokens in token_lists] == [
        _PLAIN_FILLER.sub(" ", " ".join(tokens)).split() for tokens in token_lists]
    texts = [" ".join(tokens) for tokens in token_lists]  # and in one pass over many phrasings
    assert phrasing_words(texts) == [_PLAIN_FILLER.sub(" ", " ".join(words(t))).split() for t in texts]


def test_filler_alternatives_are_written_out_only_where_the_match_stays_the_same() -> None:
    from lssc_bot.understanding.normalise import _by_first_letter, _leading_literal
    assert _leading_literal("(?:a|b c)d") == ["ad", "b cd"]
    assert _leading_literal("(?:(?:a|b) |)c") == ["a c", "b c", "c"]
    assert _leading_literal("(?:ab)+c") == ["(?:ab)+c"]  # a repeated group is not written out
    assert _by_first_letter(["ab", "c", "ad"]) == "a(?:b|d)|c(?:)"
    assert _by_first_letter(["ab", "[a-c]x", "ad"]) == "ab|[a-c]x|ad"  # not all begin with a letter: as they are
    assert _by_first_letter(["a?b", "ac"]) == "a?b|ac"


def test_the_so_of_thanks_so_much_does_not_join_clauses():
    kept, _ = without_context("I'm a clerk in Ohio and do international applicants pay more thanks so much")
    assert kept == "do international applicants pay more thanks so much"


def test_chat_shorthand_reads_as_the_words_it_stands_for():
    assert strip_filler(words("random q but does it expire")) == ["does", "it", "expire"]
