"""Misreadings found in the seventeenth round, each as a class of saying things, in other words than the sets'."""
import pytest

from .asking import CT, FLS, TECH, leaves, says, verdict


@pytest.mark.parametrize(("question", "expected"), [
    # a group's fee set against what a supposition would make it: the same people, paid the other way
    ("5 of us want to apply. what's the gap in fees between all of us being ALA members and none of us being members?",
     "$125"),
    ("if four of us sign up and every one of us joins ALA first, how much do we save compared to nobody joining?", "$100"),
    ("what would the 6 of us save by joining ALA vs paying the regular non-member fee?", "$150"),
    ("what do I save becoming an ALA member before I apply?", "$25 less"),
])
def test_a_group_fee_against_the_supposed_one(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="fee")


@pytest.mark.parametrize(("question", "expected"), [
    # seasons listed by their years, with the weeks said of each of them
    ("I only work summers: summer 2023, 2024 and 2025, 10 weeks each at 30 hrs/wk. enough hours?", "900 hours"),
    ("school year aide 2024-25 and 2025-26, 34 weeks each, 25 hrs a week. eligible?", "1,700 hours"),
])
def test_seasons_listed_by_their_years(knowledge, context, question, expected) -> None:
    reply = says(knowledge, context, question, topic="eligibility")
    assert verdict(reply).startswith(expected), reply.text


def test_the_pace_of_a_return_to_work(knowledge, context) -> None:
    # the rate a person goes back to is the pace of the time to go, not more work done
    reply = says(knowledge, context, "I did 40 weeks at 30 hrs/wk in 2025, then went on leave. I go back at 20 hrs/wk "
                 "next month - how many weeks after that until I have the hours?", "1,200 hours", "31 weeks",
                 topic="eligibility")
    assert "20 hours a week" in reply.text, reply.text


@pytest.mark.parametrize(("question", "required", "electives"), [
    # the required sets but some, said by what the others are not
    ("the two required ones that are not Technology are done, plus Reference. what's left?", [TECH], 2),
    ("both non-foundations required sets finished, no electives. remaining?", [FLS], 3),
    ("3 of the 3 required? no, 2 of the 3 required (all but comm) and Youth Services. what do I need?", [CT], 2),
])
def test_the_required_sets_but_some(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # the planned sets pointed back at in a supposition are supposed done
    ("Foundations done. Tech in the spring, Access Services in the summer. if both go well, what's left then?", [CT], 2),
    ("finished comm. signed up for Youth Services and Reference this fall; once I pass both of them what remains?",
     [FLS, TECH], 1),
])
def test_planned_sets_supposed_done_by_pointing_back(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # what befell a set said after it, pointing back at it, is its status
    ("started Cataloging in the spring and withdrew from it in May. Foundations is done. what's left?", [CT, TECH], 3),
    ("I did Reference last year but failed it, and passed Technology. what else?", [FLS, CT], 3),
])
def test_a_status_said_of_it_after_the_set(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a person's own words, forwarded, are theirs when the question is for them
    ("fwd from Lina: 'I finished Technology and Youth Services, and I am taking Foundations now.' what does she still need?",
     [FLS, CT], 2),
    # a report with no one else in it is about the person reported on
    ("Staff member T. Nguyen reports completed sets: Foundations, Access Services. Requests outstanding requirements.",
     [CT, TECH], 2),
])
def test_someone_elses_words_reported(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected", "topic"), [
    # text-speak: "4" for "for", "hr wk" for hours a week
    ("how many hrs 4 renewal if i did 5 webinars 2 hrs each", "10 contact hours", "contact-hours"),
    ("vol 12hr wk for 78 wks eligible?", "936 hours", "eligibility"),
    # a year opening an entry of a dated log is no count of sessions
    ("renewal log: 2024 workshop 3 hrs ; 2025 webinar 2 hrs (tech). total?", "5 contact hours", "contact-hours"),
])
def test_shorthand_and_dated_logs(knowledge, context, question, expected, topic) -> None:
    says(knowledge, context, question, expected, topic=topic)


def test_a_share_of_the_fee_keeps_its_cents(knowledge, context) -> None:
    says(knowledge, context, "I'm an ALA member and my branch pays half the LSSC fee. what's my share?", "$162.50",
         topic="fee")


def test_renewal_hours_still_needed_say_their_unit(knowledge, context) -> None:
    says(knowledge, context, "for renewal I have a 2 day conference and one 3-hour workshop. how many more?",
         "15 of the 32", "17 more contact hours to go", topic="contact-hours")


@pytest.mark.parametrize(("question", "required", "electives"), [
    # items each answered yes or no, run on without stops
    ("fls yes, c&t nope, technology yep, youth services yep. left?", [CT], 2),
    ("comm yes tech no foundations yes reference yes what do i still need", [TECH], 2),
])
def test_items_answered_yes_or_no(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected"), [
    # a sentence summing up what was said is no more work
    ("20 hrs/wk for 60 weeks, sorry I mean 18 hrs/wk. so 18 hrs/wk for 60 weeks. enough?", "1,080 hours"),
    # what a span came to is its exact length
    ("volunteered on and off over the last 3 years, which comes to 70 weeks at 8 hrs/wk. eligible?", "560 hours"),
])
def test_amounts_said_again(knowledge, context, question, expected) -> None:
    reply = says(knowledge, context, question, topic="eligibility")
    assert verdict(reply).startswith(expected), reply.text


def test_some_of_a_group_by_its_size(knowledge, context) -> None:
    # "two of those three" are some of the group of three said before
    says(knowledge, context, "fees for our 4 aides: 1 is an ALA member, 3 are not, and two of those three are in our "
         "state association. total?", "$1,375", topic="fee")


@pytest.mark.parametrize(("question", "expected", "topic"), [
    # a header and one row pasted on a line, the header's words joined by underscores
    ("name,hours_per_week,weeks_worked ; me,20,80 -- enough for lssc?", "1,600 hours", "eligibility"),
    # a cell of three digits after a comma is a cell, not a thousands group
    ("date,activity,minutes ; 1/5,workshop,120 ; 2/6,conference session,240 -- renewal hours?", "6 contact hours",
     "contact-hours"),
    # a membership column's words, and a column of prices
    ("person,membership status ; Ava,current ; Bo,expired ; Cy,none -- total lssc fees?", "$1,025", "fee"),
    ("item,price ; lssc fee (ALA member),? ; Reference course,210 ; Youth Services course,190 -- total?", "$725", "fee"),
])
def test_tables_pasted_with_their_header(knowledge, context, question, expected, topic) -> None:
    says(knowledge, context, question, expected, topic=topic)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # the electives by another name
    ("Foundations, Tech and one of the optional sets are done. what's left?", [CT], 2),
    # "if I pass both" points back at the sets planned
    ("I have Comm done; Tech this spring and Cataloging in the summer. if I pass both, what's left?", [FLS], 2),
])
def test_more_ways_of_naming_sets(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected"), [
    # a bare price of each class, with no dollar sign
    ("non member. lssc fee plus 3 classes 150 each?", "$800"),
    # a set's own price is one course's, not each of the sets still to do
    ("ALA member. what's the total with the Technology course at $210?", "$535"),
    # a membership that runs out later is current when the fee is paid
    ("my ALA membership runs out next month and I'm paying the fee today. how much?", "$325"),
    # the asker paying is no one else paying for them
    ("I'm paying the LSSC fee myself this week and I'm not an ALA member. how much?", "$350"),
    # what a supposed membership makes the total with the courses
    ("if I join ALA first, what's my total with 2 courses at $200 each?", "$725"),
])
def test_fees_with_courses_and_memberships_in_time(knowledge, context, question, expected) -> None:
    reply = says(knowledge, context, question, expected, topic="fee")
    assert "paid for you" not in reply.text, reply.text


@pytest.mark.parametrize(("question", "expected"), [
    # the weeks of each school year, times the school years counted
    ("20 hrs a week in the school year (34 weeks each), for the past 2 school years. enough?", "1,360 hours"),
    # two lengths of time added before one rate
    ("1 year and 8 weeks at 25 hrs/wk so far. eligible?", "1,500 hours"),
    # a job named by a person's title is the asker's job, not another person
    ("I volunteer 5 hrs/wk for the past 2 years, and for the last year I've had a clerk position too, 20 hrs/wk. "
     "eligible?", "1,560 hours"),
    # a figure put right after a pause
    ("about 1,000 hours... hmm, more like 1,200 actually. at 20 hrs/wk how many weeks until I qualify?", "1,200 hours"),
])
def test_more_shapes_of_work_said(knowledge, context, question, expected) -> None:
    reply = says(knowledge, context, question, topic="eligibility")
    assert verdict(reply).startswith(expected), reply.text


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a set said done, then put right as not finished
    ("I have Comm and Tech and -- hang on, Comm isn't finished, the last module is due monday. what's left?",
     [FLS, CT], 3),
    # a count put right in words
    ("finished two electives -- no, three, I forgot Reference -- and Foundations. left?", [CT, TECH], 0),
    # a set wondered about, then denied
    ("passed Youth Services and Access -- or was it Reference? no, Access. what's left?", [FLS, CT, TECH], 1),
])
def test_sets_put_right(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected", "topic"), [
    # two people said together, the question about the other one: only what is said of them counts
    ("Marco and I both volunteer. I do 10 hrs/wk for 100 weeks; Marco does 30 hrs/wk for 70 weeks. is Marco eligible?",
     "2,100 hours", "eligibility"),
    ("me and Rosa got certified in different years -- me in 2022, her in March 2024. when is Rosa's renewal due?",
     "March 2028", "renewal"),
])
def test_one_of_two_people_asked_about(knowledge, context, question, expected, topic) -> None:
    says(knowledge, context, question, expected, topic=topic)


@pytest.mark.parametrize(("question", "required", "electives"), [
    ("Ana (my mentor) and I started together. My sets: Foundations and Tech. Ana's sets: Comm and Reference. "
     "What does Ana still need?", [FLS, TECH], 2),
    # ...or about the asker, said apart from the other
    ("my friend Lee and I study together. He finished Foundations and Comm; I finished Youth Services with him. "
     "what do I (not him) still need?", [FLS, CT, TECH], 2),
])
def test_one_of_two_people_what_is_left(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


def test_days_of_a_month_in_a_log_count_nothing(knowledge, context) -> None:
    reply = says(knowledge, context, "Apr 3 - workshop 2 hrs ; May 10-12 state conference 3 days -- renewal hours so far?",
                 "20 contact hours", topic="contact-hours")
    assert "could not tell" not in reply.text, reply.text


def test_an_application_sent_in_a_coming_month_is_the_enrollment(knowledge, context) -> None:
    says(knowledge, context, "if I submit my application this coming March, by when do I have to finish?", "March 2031",
         topic="deadline")


@pytest.mark.parametrize(("question", "expected"), [
    # a quote that holds what the question after it is about
    ("> > my manager wrote: > > we need a number for 3 staff, all ALA members. > > -- what is the total?", "$975"),
])
def test_a_quote_holding_the_figures_asked_about(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="fee")


def test_education_counted_with_an_am_i_ok(knowledge, context) -> None:
    # "am I ok" of conference days and webinars, with no time worked, asks about renewal hours
    says(knowledge, context, "3 conference days and two 2-hour tech webinars. total, and am I ok on tech?",
         "22 contact hours", topic="contact-hours")


def test_a_sets_name_shortened_with_periods(knowledge, context) -> None:
    leaves(knowledge, context, "Found. of Lib. Svcs - done ; Tech - done ; Ref - done. what's left?", [CT], 2)


def test_a_set_not_finished_after_all_in_someone_elses_account(knowledge, context) -> None:
    # asked for someone else, what they say went wrong with a set is theirs too
    leaves(knowledge, context, "my trainee Bo has Tech and Comm done, and she thinks she passed Foundations but the final "
           "exam is not graded yet. what does Bo still need?", [FLS], 3)


@pytest.mark.parametrize(("question", "required", "electives"), [
    ("all 3 reqd done + Access. left?", [], 2),
    ("I've finished every one of the required sets and one elective. how many more?", [], 2),
    ("the only required set I still need is the last one, Technology, and I have a pair of electives. left?", [TECH], 1),
    ("Foundations done. Tech, Access and Reference are planned for 2027. once all three of them are done, what's left?",
     [CT], 1),
])
def test_groups_counts_and_places_of_sets(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


def test_numbers_that_name_things_count_nothing(knowledge, context) -> None:
    reply = says(knowledge, context, "case 4471: staff member worked 30 hrs/wk for 70 weeks. eligible?", "2,100 hours",
                 topic="eligibility")
    assert "could not tell" not in reply.text, reply.text


def test_minutes_written_as_m_in_a_log(knowledge, context) -> None:
    says(knowledge, context, "renewal log: 3/2025 webinar 45m; 5/2025 workshop 2h; 2026 course 1 semester credit. total?",
         "17 contact hours", topic="contact-hours")


@pytest.mark.parametrize(("question", "expected"), [
    # items joined by "+": only the one that says so is on technology
    ("renewal: 2 webinars 90 min each + 1 tech workshop 2hrs + state conf 1 day. how many more?", "2 on technology"),
    # a log whose items are set off by semicolons: the commas inside an item do not end it
    ("notes: Mar - 'Data privacy' (tech), 2 hrs; May - storytime training, 3 hrs; Oct - conference, 2 days. missing?",
     "2 on technology"),
    # a column that says no is not on technology
    ("item | hours | tech? ; webinar | 2 h | no ; workshop | 3 h | yes ; renewal total, and tech ok?", "3 on technology"),
])
def test_which_items_are_on_technology(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="contact-hours")


def test_the_pace_of_the_last_stint_that_goes_on(knowledge, context) -> None:
    # of rates each for its own time, the last one goes on when said so, and is the pace of the time to go
    says(knowledge, context, "10 hrs/wk for 52 weeks, then 30 hrs/wk for the last 30 weeks. how many more weeks until "
         "I'm eligible?", "1,420 hours", "at 30 hours a week", topic="eligibility")
