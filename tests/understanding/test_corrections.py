"""A message that corrects itself is read as corrected."""
import pytest

from .asking import says


@pytest.mark.parametrize(("question", "expected", "not_said"), [
    ("enrolled in march 2023, no wait, march 2024. when do I have to be done?", "March 2028", "March 2027"),
    ("i do 25 hrs/wk at the library, scratch that, 15 hrs/wk, for 2 years now. eligible?", "1,560", "2,600"),
    ("worked 35 hrs/wk for a year at the branch, sorry, 30 hrs not 35. enough?", "1,560", "1,820 hours meets"),
    ("got certified 6/1/2022, wait, it was 6/1/2023. when does it expire?", "June 1, 2027", "June 1, 2022"),
])
def test_a_correction_replaces_what_it_corrects(knowledge, context, question, expected, not_said) -> None:
    reply = says(knowledge, context, question, expected)
    assert not_said not in reply.text


def test_an_apology_that_corrects_nothing_changes_nothing(knowledge, context) -> None:
    says(knowledge, context, "sorry if this is a dumb question, i work 20 hrs a week for 2 years, eligible?", "2,080")


@pytest.mark.parametrize(("question", "expected", "not_said"), [
    ("about 25 hours a week, a bit over a year (say 60 weeks). can i apply?", "1,500", "2,800"),
    ("roughly 20 hrs/wk (22 to be exact) for 2 years at the branch, enough to apply?", "2,288", "2,080"),
    ("a bit over 4 hours of tech webinars (5 hours exactly) and 20 hours of other stuff, done with renewal hours?",
     "25 contact hours", "24 contact hours"),
])
def test_a_figure_said_again_in_brackets_is_the_one_counted(knowledge, context, question, expected, not_said) -> None:
    reply = says(knowledge, context, question, expected)
    assert not_said not in reply.text


def test_brackets_that_say_something_else_change_nothing(knowledge, context) -> None:
    says(knowledge, context, "worked 30 hrs a week for 2 years (the first at a school library), can i apply?", "3,120")
