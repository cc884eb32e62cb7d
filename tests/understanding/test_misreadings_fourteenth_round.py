"""Misreadings found in the fourteenth round (work as a share of full time, ...), each as a class of saying
things, in other words than the sets'."""
import pytest

from .asking import says


@pytest.mark.parametrize(("question", "expected"), [
    # a share of full time beside the full-time week it is of: that many hours a week, the week itself no work done
    ("I'm on half-time hours at the branch (full-time there is 40 hrs a week) and have been for 2 years. eligible?",
     ["2,080 hours", "eligible"]),
    ("three quarter time, 40 hours = full time, since 18 months ago. how many hours is that?", ["2,340"]),
    ("I'm a 0.6 FTE clerk and our full-time week is 35 hours; I started 1 year ago. can I apply yet?",
     ["1,092", "728"]),
])
def test_work_as_a_share_of_full_time(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="eligibility")


def test_a_share_without_its_full_time_week_is_not_guessed(knowledge, context) -> None:
    # half of a 35-, 37.5- or 40-hour week are different amounts: no figure is made up for it
    reply = says(knowledge, context, "I've been half-time at the library for 3 years. enough hours?")
    assert "2,730" not in reply.text and "3,120" not in reply.text and "5,460" not in reply.text
