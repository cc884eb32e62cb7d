"""Misspelt cue words are put right before the Reading reads them; other words stay themselves."""
import pytest

from lssc_bot.understanding.spelling import respelled

from .asking import says


@pytest.mark.parametrize(("typed", "meant"), [
    ("i am not an ala membeer", "i am not an ala member"),
    ("my membrship ran out", "my membership ran out"),
    ("what is the deadlne", "what is the deadline"),
    ("am i eligble", "am i eligible"),
])
def test_a_slip_in_a_cue_word_is_put_right(typed, meant) -> None:
    assert respelled(typed) == meant


@pytest.mark.parametrize("typed", [
    "me and my coworkers", "the friends of the library", "four minutes", "i remember my supervisor",
    "my diplomat cousin", "the weekend schedule",
])
def test_other_words_and_other_forms_stay(typed) -> None:
    assert respelled(typed) == typed


@pytest.mark.parametrize(("question", "expected"), [
    ("how much do I owe if I'm not a memeber?", "$350"),
    ("my employer pays my ala membrship. so what's my lssc fee?", "$325"),
])
def test_a_fee_asked_with_a_slip(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="fee")


def test_an_english_word_is_no_slip_of_a_cue_word() -> None:
    # "talking" is one of the tokenizer's whole words (`index.english_words`), "membrship" is not
    assert respelled("passed the talking to coworkers one") == "passed the talking to coworkers one"
    assert respelled("my membrship") == "my membership"


@pytest.mark.parametrize(("heard", "meant"), [
    ("when is my dead line", "when is my deadline"),
    ("am i eligible for the certify cation", "am i eligible for the certification"),
    ("20 hours a weak for 80 weaks", "20 hours a week for 80 weeks"),
    ("i in rolled in may", "i enrolled in may"),
    # words that only look like a cue word cut in two stay apart
    ("every one of the sets", "every one of the sets"),
    ("the work place", "the work place"),
])
def test_words_cut_in_two_or_misheard(heard, meant) -> None:
    assert respelled(heard) == meant
