"""A calculation that could not place every number of the message asks back instead of stating a
figure as sure: the person sees the working from the rest and which number was left out."""
import pytest

from lssc_bot.answer import speaks_unasked
from lssc_bot.render.discord import render_answer
from lssc_bot.render.text import render_text

from .asking import ask, says


@pytest.mark.parametrize(("question", "number", "topic"), [
    ("went to 2 webinars (90 min each) and 1 conference day, plus 14 more sessions. renewal total?", "14",
     "contact-hours"),
    ("library aide on pay grade 7, 20 hrs/wk for 2 years. enough hours?", "7", "eligibility"),
])
def test_a_number_without_a_role_is_asked_back_not_answered_as_sure(knowledge, context, question, number, topic) -> None:
    reply = ask(knowledge, context, question)
    assert reply.kind == "clarify" and reply.topic == topic, reply.text
    assert f"could not tell what the {number} in your message" in reply.text
    assert "ask again" in reply.text and not reply.suggestions and reply.details is None
    assert not speaks_unasked(reply)  # never posted unasked in a listening channel


def test_the_check_back_reads_as_a_question_in_the_console_and_in_discord(knowledge, context) -> None:
    reply = ask(knowledge, context, "went to 2 webinars (90 min each) and 1 conference day, plus 14 more sessions. total?")
    assert "type a number" not in render_text(reply)  # no choices to pick from
    assert render_answer(reply, knowledge.program).embed["footer"]["text"] == "Check the figures I used"


@pytest.mark.parametrize(("question", "expected"), [
    # a phone number, a range, the requirement said back, list items, a membership number, school years
    ("call me at 555-201-3344. I work 25 hrs/wk at the library, 2 years now. eligible?", "2,600"),
    ("I log 15-20 hrs/wk at the library, been 3 years. eligible?", "1,820"),
    ("i have 28 contact hours so far, am I at 32 yet?", "4 more"),
    ("1) 2 day state conference 2) 3 hr tech workshop. total hours for renewal?", "15 contact hours"),
    ("ala member (member no. 7654321), applying alone. what's my fee?", "$325"),
    ("library page, 20 hrs/wk, 36 weeks a year, for the 2024-25 and 2025-26 school years. enough?", "1,440"),
    # a share of full time beside the full-time week: 60% of 40 hours a week
    ("I'm at 60% of full time (full time = 40 hrs/wk) for 2 years at the library. enough hours?", "2,496"),
])
def test_numbers_with_a_role_leave_the_answer_sure(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected)

