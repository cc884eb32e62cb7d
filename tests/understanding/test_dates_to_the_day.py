"""A whole date said (day and all) gives renewal dates to the day, and today is placed against them to the day."""
from datetime import date

import pytest

from lssc_bot.understanding.dates import month_years

from .asking import says


@pytest.mark.parametrize(("question", "expected"), [
    ("got my clss 2024-02-29, when does it run out?", "February 29, 2028"),
    ("certified on the 12th of april 2024, when can i start renewing?", "April 12, 2027"),
    ("my cert expires 9/30/2027. when does the grace period end?", "November 30, 2027"),
    ("my cert expires 12/31/2027, when does the grace period end?", "February 29, 2028"),  # no 31st in February
    ("certified jan 31 2023, when's the renewal window open?", "January 31, 2026"),
])
def test_renewal_dates_fall_on_the_day_said(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="renewal")


def test_a_grace_period_that_ended_days_ago_is_over(knowledge, context) -> None:
    # today is December 1, 2026 in these tests: a grace period to November 20 is over, one to December 20 is not
    says(knowledge, context, "my clss expired on 9/20/2026, can i still renew?", "ended on November 20, 2026")
    says(knowledge, context, "my clss expired on 10/20/2026, can i still renew?", "grace period until December 20, 2026")


def test_a_month_alone_keeps_months(knowledge, context) -> None:
    says(knowledge, context, "certified in may 2023, when does it expire?", "**May 2027**")


@pytest.mark.parametrize(("question", "expected"), [
    # the first number cannot be a month, so the day comes first
    ("i got certified 23/04/2024, when does it expire?", "April 23, 2028"),
    ("certification date 30.06.2023. renewal window opens when?", "June 30, 2026"),
    # the same date said again in words settles which number is the day
    ("certified 05/03/2024 (5th march), when does it expire?", "March 5, 2028"),
    ("certified 02/11/2023, that is 2nd november, when can i renew?", "November 2, 2026"),
])
def test_a_day_first_date_is_read_day_first_when_it_must_be_or_says_so(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="renewal")


def test_an_ambiguous_numeric_date_stays_month_first(knowledge, context) -> None:
    says(knowledge, context, "certified 05/03/2024, when does it expire?", "May 3, 2028", topic="renewal")


@pytest.mark.parametrize(("question", "expected"), [
    # year first, as dates are written in much of the world, with slashes or dots as well as dashes
    ("certified 2023/09/20, when can I renew?", "September 20, 2026"),
    ("certified 2023.09.20, when does it expire?", "September 20, 2027"),
])
def test_a_year_first_date_is_read_whole(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="renewal")


def test_a_year_first_enrollment_date_that_has_passed_says_so(knowledge, context) -> None:
    says(knowledge, context, "enrolled 2022/07/01 - is there still time to finish?", "has passed", topic="deadline")


def test_a_school_year_with_a_slash_is_no_date(knowledge, context) -> None:
    # "2023/24" names a school year, not December 2023 or the 24th of anything
    assert [when.month for _, when in month_years("the 2023/24 school year", date(2026, 12, 1))] == [None]
