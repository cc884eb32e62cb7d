"""Numbers said in words are read as numbers: amounts, dozens, hundreds, years and days of a month."""
import pytest

from lssc_bot.understanding.normalise import clean

from .asking import says


@pytest.mark.parametrize(("said", "read"), [
    ("twenty-five hours a week", "25 hours a week"),
    ("a dozen of us", "12 of us"),
    ("fifteen hundred hours", "1500 hours"),
    ("since twenty twenty-three", "since 2023"),
    ("on the twenty-first of june", "on 21 june"),
    ("april the third", "april 3"),
    # one to twelve stay words, and "may" stays a verb where it can be one
    ("one of the sets", "one of the sets"),
    ("the first may be the hardest", "the first may be the hardest"),
])
def test_numbers_in_words_are_digits(said, read) -> None:
    assert clean(said) == read


@pytest.mark.parametrize(("question", "expected", "topic"), [
    ("i've volunteered thirty hours a week at the library for a year. eligible?", "1,560", "eligibility"),
    ("how much for fifteen non-members?", "$5,250", "fee"),
    ("enrolled on the tenth of january twenty twenty-five, deadline?", "January 2029", "deadline"),
    ("got certified on the thirtieth of april 2024, when does it expire?", "April 30, 2028", "renewal"),
])
def test_questions_with_numbers_in_words(knowledge, context, question, expected, topic) -> None:
    says(knowledge, context, question, expected, topic=topic)
