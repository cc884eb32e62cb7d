"""Work said stint by stint, each at its own rate over its own dates, is added up stint by stint (eighth round).

Today is the test context's date; the dates below are chosen so each stint lies inside the 5-year window."""
import pytest

from .asking import ask, says


@pytest.mark.parametrize(("question", "hours"), [
    ("from dec 2022 to dec 2024 i did 20 hrs/wk at the branch, then 5 hrs/wk volunteering since dec 2024. eligible?",
     "2,600"),  # 20 x 104 + 5 x 104: each rate over its own two years, not both over four
    ("i volunteered 10 hrs a week from january 2024 to january 2026 and also worked 8 hrs a week at the branch "
     "from january 2025 to january 2026. can i apply?", "1,456"),
    ("jan 2023 to jan 2024: 15 hrs/wk; jan 2024 to jan 2025: gap; jan 2025 to jan 2026: 15 hrs/wk. am i eligible?",
     "1,560"),  # the gap is no work
    ("jan 2023 - jun 2024 i did 20 hrs/wk, then 10 hrs/wk from jan 2025 to dec 2025. enough hours?",
     "2,080"),  # 20 x 78 + 10 x 52: "jan - jun" and "jan - dec" take in their last month, a year and a half and a year
])
def test_each_stint_counts_its_own_rate_over_its_own_dates(knowledge, context, question, hours) -> None:
    reply = says(knowledge, context, question, hours, topic="eligibility")
    assert "Counted:" in reply.text and "weeks" in reply.text  # the working is shown, to be checked


def test_time_off_inside_the_work_is_taken_out(knowledge, context) -> None:
    reply = says(knowledge, context, "i've worked 16 hrs/wk since december 2023, with a 26-week gap for parental leave "
                 "in 2025. eligible?", "2,080", topic="eligibility")
    assert "416" not in reply.text  # the gap is not the time worked


def test_weeks_off_each_year_are_still_a_share_of_every_year(knowledge, context) -> None:
    says(knowledge, context, "i've volunteered 10 hrs/week at the public library for 3 years (about 2 weeks off each "
         "year). eligible?", "1,500")  # 10 x 50 x 3


def test_a_stint_that_ended_before_the_window_is_said_to_be_left_out(knowledge, context) -> None:
    reply = says(knowledge, context, "worked 40 hrs/wk from may 2012 to may 2016, then 20 hrs/wk from march 2024 to "
                 "march 2026. enough hours?", "2,080", topic="eligibility")
    assert "Not counted" in reply.text


def test_dollars_after_a_question_with_an_h_are_no_hours(knowledge, context) -> None:
    reply = ask(knowledge, context, "how much were your courses? $90, $110, $150. i'm not an ala member, what's my total?")
    assert reply.topic != "eligibility" and "hours" not in reply.text


def test_a_rate_started_some_time_ago_runs_from_then_to_now(knowledge, context) -> None:
    reply = says(knowledge, context, "volunteered 6 hrs/wk for 2 yrs then got hired 20 hrs/wk 8 months ago. eligible yet?",
                 "1,317 hours", "503 hours still needed", "at 20 hours a week", topic="eligibility")  # 6 x 104 + 20 x 34.7,
    # short by whole hours; the rate hired at goes on
    assert "2,704" not in reply.text  # not both rates over both times


def test_old_full_time_work_then_nothing_then_volunteering(knowledge, context) -> None:
    reply = says(knowledge, context, "full-time in a library 2014 to 2018, nothing since until I started volunteering "
                 "11 hrs/wk 3 years ago. eligible now?", "1,716 hours", topic="eligibility")
    assert "Not counted" in reply.text


def test_the_year_of_an_amount_is_no_amount(knowledge, context) -> None:
    reply = says(knowledge, context, "I did 900 hours in 2022 and 700 hours in 2024. am i eligible?", "1,600 hours",
                 topic="eligibility")
    assert "3,622" not in reply.text
