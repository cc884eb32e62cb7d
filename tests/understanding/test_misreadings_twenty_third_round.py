"""Misreadings found in the twenty-third round, each as a class of saying things, in other words than the sets'."""
import pytest

from .asking import CT, FLS, TECH, ask, leaves, says


@pytest.mark.parametrize(("question", "month"), [
    # a holiday dates its month
    ("I sent my LSSC application in the day after Memorial Day 2024. when do my 4 years run out?", "May 2028"),
    ("enrolled over the 4th of July weekend in 2025, deadline?", "July 2029"),
    # ...and a month counted on from the date before it is that month
    ("the library hired me in January 2024 and I enrolled in LSSC two months later. finish-by date?", "March 2028"),
    ("got my acceptance email in May 2025... actually I applied the month before that. when is my deadline?",
     "April 2029"),
])
def test_holidays_and_months_counted_on_are_dates(knowledge, context, question, month) -> None:
    says(knowledge, context, question, month, topic="deadline")


@pytest.mark.parametrize(("question", "counted", "not_counted"), [
    # a guess counted again exactly leaves the count
    ("I have maybe 25 renewal hours... let me add them up: one 2-credit quarter course and a 3-hour tech workshop. "
     "how many more do I need?", "23 contact hours", "25"),
    ("roughly 2 conference days, well, exactly: one conference day plus a morning session that ran 2 hours. renewal "
     "hours so far?", "8 contact hours", "12"),
])
def test_a_guess_counted_again_is_the_count(knowledge, context, question, counted, not_counted) -> None:
    reply = says(knowledge, context, question, counted)
    assert f"{not_counted} contact hours" not in reply.text


def test_a_figure_said_exactly_after_a_guess_is_still_the_correction(knowledge, context) -> None:
    says(knowledge, context, "it was around 30 hrs a week, actually exactly 30, for 40 weeks at the branch. eligible?",
         "1,200 hours", topic="eligibility")


@pytest.mark.parametrize(("question", "total"), [
    # dollars are never an amount of time, whatever follows them: "$1,100 this year"
    ("my phone bill is $90 this month and daycare went up to $1,200 this year. I'm not an ALA member and my one course "
     "is $150. what will LSSC cost me in total?", "$500"),
    # a price said again exactly in brackets is the one price
    ("two of us, neither in ALA, each taking one course at about $200 ($200 exactly). total cost?", "$1,100"),
])
def test_other_money_and_prices_said_again(knowledge, context, question, total) -> None:
    says(knowledge, context, question, total, topic="fee")


def test_a_budget_left_over_is_money_not_sets(knowledge, context) -> None:
    reply = says(knowledge, context, "budget is $1,500. two staff, none of them ALA members, each needs 1 course at $300. "
                 "how much is left after all that?", "$200 to spare", topic="fee")
    assert "Required sets" not in reply.text


@pytest.mark.parametrize(("question", "required", "electives"), [
    # the set another is done instead of is not done
    ("Foundations and Youth Services are done. If I take Tech next rather than C&T, what's left after Tech?", [CT], 2),
    # a supposition about someone else supposes for them
    ("my mentee has C&T, Foundations and Reference. if he passes Cataloging this term, what will he have left?",
     [TECH], 1),
    # a table's "done?" column answers each row
    ("set,done? foundations,y tech,n comm,y youth,y -- what's left?", [TECH], 2),
    # a status said of one set with "is" is that set's alone
    ("finished youth + foundations + c&t, and tech is still in progress. what's left?", [TECH], 2),
    # the program, however typed, is no person asked for
    ("done: Foundatons, Technolgy, Comunication and Teamwork. whats left for lscc?", [], 3),
])
def test_what_is_left_read_by_mechanism(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "counted"), [
    # an age said with its verb dropped ("he's 17:") counts nothing
    ("for my daughter, she's 18: she's been a library page 12 hrs a week for the past 2 years and has a diploma. "
     "eligible?", "1,248 hours"),
    # a mixed fraction is its number
    ("I've been at the school library 1 1/2 years at 20 hours a week, GED in hand. enough?", "1,560 hours"),
    # work started at a date and going on since runs to now (the last 5 years of it)
    ("I started at the library (June 2019) at 8 hrs a week and I've been there ever since. diploma yes. eligible?",
     "2,080 hours"),
])
def test_eligibility_read_by_mechanism(knowledge, context, question, counted) -> None:
    reply = says(knowledge, context, question, counted, topic="eligibility")
    assert not reply.text.startswith("I could not tell"), reply.text


@pytest.mark.parametrize("question", [
    # a fee asked is the fee, whatever work is said beside it
    "I work 30 hours a week at the branch. What will LSSC cost me, application fee included, as a non-member?",
    # a promotion asked about is the FAQ's, whatever years are said beside it
    "eight years on the reference desk vs LSSC: would the cert guarantee a promotion?",
])
def test_work_said_beside_another_question_is_no_eligibility_check(knowledge, context, question) -> None:
    assert ask(knowledge, context, question).topic != "eligibility"


def test_count_and_length_glued_together(knowledge, context) -> None:
    says(knowledge, context, "renewal log: 2x3h tech workshops and 1x90min webinar. how many more hours?",
         "7.5 contact hours")


def test_shorthand_enrolled_and_deadline(knowledge, context) -> None:
    says(knowledge, context, "enr 2025-06; dl?", "June 2029", topic="deadline")


@pytest.mark.parametrize(("question", "expected"), [
    # a course's price paid by the month for so many months is the price
    ("paying my Technology course off at $60 a month for 5 months, not an ALA member. total with the LSSC fee?", "$650"),
    # the same courses said again for the next person are that person's, said once
    ("quote for two: Sam (ALA member, 2 courses at $150) and Jo (not a member, same 2 courses at $150)", "$1,275"),
    # ...and each person's own total is given beside the group's
    ("quote for two: Sam (ALA member, 2 courses at $150) and Jo (not a member, same 2 courses at $150)",
     "ALA member $625"),
    # an amount asked whether it covers the costs is what they are held against, and so is the same sum said before
    ("HR will reimburse up to $800. I'm an ALA member with two courses at $200 each. will $800 cover the courses and the LSSC fee?",
     "$75 to spare"),
    # joining said as what will happen prices the member fee
    ("my coworker will join ALA before she applies and takes 2 courses at $100. what's her total?", "$525"),
    # a count glued after what it counts
    ("mbr x2, non-mbr x1, no courses. total fees?", "$1,000"),
])
def test_fee_read_by_mechanism(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="fee")


@pytest.mark.parametrize(("question", "expected"), [
    # a course of so many weeks that met so long each week is that many sessions
    ("renewal: an 8-week webinar series that met 60 minutes once a week on cybersecurity. how many hours so far?",
     "8 contact hours"),
    # items labelled with their count after them
    ("quarter credits (technology): 2 ; conference days: 1 ; renewal hours so far?", "26 contact hours"),
])
def test_renewal_read_by_mechanism(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected)


@pytest.mark.parametrize(("question", "counted"), [
    # a stint said to recur each summer is counted for each summer
    ("I work at the library 8 weeks each summer at 40 hrs/week, the last 4 summers. GED. eligible?", "1,280 hours"),
    # work that is no library's, named by what is done, is not counted
    ("library aide 20 hrs a week for 2 years, and I also coach swim 10 hrs a week. diploma. eligible?", "2,080 hours"),
    # the time ago said before the start
    ("Two years ago I started at the county library, 18 hrs a week. GED. can I apply?", "1,872 hours"),
])
def test_more_eligibility_read_by_mechanism(knowledge, context, question, counted) -> None:
    says(knowledge, context, question, counted, topic="eligibility")


@pytest.mark.parametrize(("question", "required", "electives"), [
    # an edit marked after the message was sent puts right the set it names
    ("done: foundations, tech, reference. *edit: not reference, it was cataloging, wrong tab. what's left?", [CT], 2),
    # what goes on after a correction is said apart from what it corrects
    ("I have 3 electives (youth, access, reference) plus C&T - sorry, I meant 2 electives, I dropped reference. "
     "what's left?", [FLS, TECH], 1),
    # an emoji that marks no status ends what was said before it
    ("finished foundations and youth 🎉 tech is still going ⏳ what's left?", [CT, TECH], 2),
    # sets chosen between, or asked which to take next, are not done
    ("done: foundations, tech. torn between youth and cataloging for my next class. what's left now?", [CT], 3),
    ("have C&T, tech and reference. should I take youth or access next? what's left?", [FLS], 2),
    # "F" in a shorthand list is foundations, and "supv" supervision
    ("F + C&T done; supv & mgmt done. left?", [TECH], 2),
    # how far along the asker says they are is no set's status
    ("I'm almost halfway, I think: foundations and reference are done. what's left?", [CT, TECH], 2),
    # someone else's list, nothing started
    ("my new hire hasn't started any courses yet. what's on her list?", [FLS, CT, TECH], 3),
])
def test_what_is_left_read_by_mechanism_second(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected"), [
    # one group priced both ways
    ("if all 6 of our staff are ALA members vs if none are, what's the difference in application fees?", "$150"),
    # a price said again with "call it"
    ("each course is around $180, call it $180, I need 2 courses and I'm not an ALA member. total?", "$710"),
    # "$X in courses each" is the courses' price
    ("two of us (both ALA members) with $250 in courses each. total?", "$1,150"),
    # an amount of another time is not this one's
    ("our budget is $2,000 this year (last year it was $1,200). 3 non-members, no courses. what's left?", "$950"),
])
def test_fee_read_by_mechanism_second(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="fee")


def test_the_fee_returned_is_the_fee_paid(knowledge, context) -> None:
    says(knowledge, context, "I paid as a non-member of ALA and then found out I'm not eligible. how much do I get back?",
         "$350", topic="fee")


@pytest.mark.parametrize(("question", "expected"), [
    # an amount with two words before its unit is its own, not the label's
    ("renewal hours so far: 3 regional conference days and a 2-hour tech webinar. how many do I have?", "20 contact hours"),
    # a count said again exactly in brackets is the count
    ("did 12ish one-hour webinars (12 exactly), 4 of them on tech. renewal hours so far?", "12 contact hours"),
    # a 9-to-5 day with a lunch hour
    ("renewal: a 9-to-4 workshop on weeding with a 1-hour lunch and 2 conference days. hours?", "18 contact hours"),
])
def test_renewal_read_by_mechanism_second(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected)


@pytest.mark.parametrize(("question", "expected"), [
    # the certification named with its date is when it was earned
    ("cert 2024-03-01. expiry + grace?", "March 1, 2028"),
    # pay periods ago are two weeks each
    ("I enrolled 13 pay periods ago. deadline?", "June 2030"),
])
def test_dates_read_by_mechanism(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected)


def test_an_age_said_with_at_counts_nothing(knowledge, context) -> None:
    reply = says(knowledge, context, "I went back to school at 40 after years in retail, and for the last 2 years I've "
                 "worked 20 hrs a week at the library. diploma. eligible?", "2,080 hours", topic="eligibility")
    assert not reply.text.startswith("I could not tell"), reply.text


@pytest.mark.parametrize(("question", "counted"), [
    # time unpaid inside a stint comes off it
    ("for the last 2 years I've been at the library 30 hrs a week, minus 4 weeks unpaid in the summer. GED. eligible?",
     "3,000 hours"),
    # dollars said with "now" are no hours held
    ("my car payment is $1,400 now, ugh. 15 hrs a week at the library for 2 years, diploma. eligible?", "1,560 hours"),
])
def test_eligibility_read_by_mechanism_third(knowledge, context, question, counted) -> None:
    says(knowledge, context, question, counted, topic="eligibility")


@pytest.mark.parametrize(("question", "first", "second"), [
    # choices of one kind with a few words between, each worked out on its own
    ("18 renewal hours so far. should I do a 2-credit quarter course or attend 3 conference days? total each way?",
     "38 of the 32", "36 of the 32"),
    ("1,000 library hours so far and a diploma. keep 10 hrs/week at the branch, or move to 25 hrs/week at the college? "
     "how long until I can apply each way?", "82 weeks", "33 weeks"),
    # choices labelled as options
    ("900 hours so far, diploma. option 1: 15 hrs/week for 6 more months. option 2: 30 hrs/week for 4 more months. "
     "which gets me eligible?", "1,290 hours", "1,420 hours"),
])
def test_choices_are_worked_out_each_on_its_own(knowledge, context, question, first, second) -> None:
    reply = ask(knowledge, context, question)
    assert reply.kind == "rules" and first in reply.text and second in reply.text, reply.text


def test_what_a_job_mostly_is_is_no_set_done(knowledge, context) -> None:
    leaves(knowledge, context, "I work at the branch circ desk, mostly reference. I finished foundations and C&T last "
           "year. what's left?", [TECH], 3)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a set asked about and answered at once
    ("Foundations done. Tech? Not yet. Youth? yes. Access? nope. what's left?", [CT, TECH], 2),
])
def test_a_set_asked_and_answered(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected"), [
    # the share on technology said in brackets after hours of sessions is hours
    ("certified 2024, did 12 hrs of webinars (2 tech). renewal hours still needed?", "2 on technology"),
    # shorthand units after a number
    ("certified 2024, 30 CH so far, 5 of them tech. how many more?", "30 of the 32"),
])
def test_renewal_shorthand(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected)


def test_years_as_y(knowledge, context) -> None:
    says(knowledge, context, "elig? 10h/wk x 3y at the library, diploma", "1,560 hours", topic="eligibility")


@pytest.mark.parametrize(("question", "counted"), [
    # a start said in any words, with no end said, runs to now
    ("I've been at the library since the spring semester of 2025, 24 hrs a week. diploma. eligible?", "2,184 hours"),
    ("I started at the county library in June 2025, 20 hrs/wk. GED. eligible?", "1,560 hours"),
    # ...and with an end said, to that end
    ("I started at the county library in June 2025 and left in December 2025, 20 hrs/wk. GED. eligible?", "520 hours"),
    # a sum that is the requirement to the hour is enough
    ("since august 2024 I've done 15 hrs a week at the library. diploma. eligible?", "meets the 1,820-hour"),
])
def test_when_work_began_and_whether_it_goes_on(knowledge, context, question, counted) -> None:
    says(knowledge, context, question, counted, topic="eligibility")


def test_the_fee_said_paid_by_its_amount(knowledge, context) -> None:
    says(knowledge, context, "I already paid $350 (not a member). 3 courses left at $200 each. what's left to pay?",
         "**$600** still to pay", topic="fee")


def test_ages_listed_count_nothing(knowledge, context) -> None:
    reply = says(knowledge, context, "3 kids (ages 5, 8 and 12) and 20 hrs a week at the library for the last 2 years. "
                 "diploma. eligible?", "2,080 hours", topic="eligibility")
    assert not reply.text.startswith("I could not tell"), reply.text


@pytest.mark.parametrize(("question", "expected"), [
    # the hours held count toward a rate asked for
    ("I have 1,200 hours. how many hours a week would I need to hit 1,820 in 6 months?", "about **24 hours a week**"),
    # ...and the requirement aimed at is not held
    ("how many hrs a week to get 1820 hours in 2 years?", "about **18 hours a week**"),
])
def test_a_rate_asked_for(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="eligibility")


def test_the_rest_asked_for(knowledge, context) -> None:
    leaves(knowledge, context, "did foundations and youth, send me the rest list pls", [CT, TECH], 2)


def test_a_table_row_per_person_with_their_courses(knowledge, context) -> None:
    says(knowledge, context, "Name | Member | Courses ; Ana | Y | 3 @ $100 ; Bo | N | 2 @ $150 -- group total?",
         "$1,275", topic="fee")


def test_a_share_paid_for_each_person(knowledge, context) -> None:
    says(knowledge, context, "the county covers $100 for each of our 4 non-member staff. what's left for us to pay?",
         "**$1,000** is left to pay", topic="fee")


def test_sessions_with_their_length_in_brackets(knowledge, context) -> None:
    says(knowledge, context, "renewal: three evening (2 hr) workshops and a 1-credit quarter course. hours?",
         "16 contact hours")


def test_months_worked_each_year(knowledge, context) -> None:
    says(knowledge, context, "school library clerk, 9 months a year at 20 hrs/wk, for 3 years. diploma. eligible?",
         "2,340 hours", topic="eligibility")


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a transcript's grades: a letter passed, F failed, W withdrawn, IP under way
    ("course | grade ; foundations | B ; technology | W ; c&t | A- ; access | IP -- what's left?", [TECH], 3),
    ("foundations - A ; tech - F ; youth - B+ -- remaining?", [CT, TECH], 2),
])
def test_grades_say_what_is_done(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


def test_a_chain_store_is_no_library(knowledge, context) -> None:
    says(knowledge, context, "job, hrs/wk, months ; county library, 12, 24 ; Walmart, 25, 24 -- GED. eligible?",
         "1,248 hours", topic="eligibility")


@pytest.mark.parametrize(("question", "counted"), [
    # a working day's lunch break is no work
    ("I work 9 am to 3 pm with a 1 hour lunch, four days a week at the library, for 2 years. GED. eligible?", "2,080 hours"),
    ("library clerk, 8 hours a day minus a 30 minute lunch, 2 days a week, for 3 years. diploma. eligible?", "2,340 hours"),
])
def test_a_lunch_break_is_no_work(knowledge, context, question, counted) -> None:
    says(knowledge, context, question, counted, topic="eligibility")
