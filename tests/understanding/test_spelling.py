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
