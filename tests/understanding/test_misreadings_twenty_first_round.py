"""Misreadings found in the twenty-first round, each as a class of saying things, in other words than the sets'."""
import pytest

from .asking import CT, FLS, TECH, ask, leaves, says


@pytest.mark.parametrize(("question", "expected"), [
    # a calendar year is never a number of years, months or weeks worked, however it is followed
    ("in 2025 - 16 hrs a week all year at the county library, am I eligible?", ("832 hours", "988 more")),
    ("2024: 20 hrs/wk the whole year at the branch library. enough?", ("1,040 hours", "780 more")),
    ("2023 - 30/wk at the branch library, whole year. eligible?", ("1,560 hours", "260 more")),
    # ...and a year worked all through, said after it, is its twelve months
    ("during 2024 I volunteered 25 hours a week at the library year round, enough?", ("1,300 hours", "520 more")),
])
def test_a_year_said_whole_is_its_months_not_years_of_work(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="eligibility")


@pytest.mark.parametrize(("question", "required", "electives"), [
    # how many are still to do, said as a heading, heads the sets after it: they are not done
    ("Done: Foundations, Technology. 2 left: Comm & Teamwork and Youth Services. what else do I need?", [CT], 3),
    ("finished -> foundations, tech / to go -> communication and teamwork / electives: youth services done. what's left",
     [CT], 2),
    ("still to go: technology. completed: foundations, C&T, access, cataloging. how many more?", [TECH], 1),
    # planning asked about heads nothing: the sets after it keep the status said of them
    ("I need help planning: with Foundations, Technology and Youth already done, what's left?", [CT], 2),
    ("planning question - finished foundations and tech and access, what's left?", [CT], 2),
])
def test_headings_of_what_is_left_and_of_planning(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "counted"), [
    # work at a place that is no library is not counted, alone or beside library work
    ("worked 20 hrs a week at a bookstore for 2 years, am I eligible?", "0 hours"),
    ("I was a barista 30 hrs a week for 3 years, then 10 hrs/wk at the library for a year. eligible?", "520 hours"),
    ("5 years in retail at 40 hrs a week, can I apply for lssc?", "0 hours"),
])
def test_work_at_a_place_that_is_not_a_library(knowledge, context, question, counted) -> None:
    reply = says(knowledge, context, question, counted, "Not counted: the work you name at a place that is not a library",
                 topic="eligibility")
    assert "Not eligible" in reply.text


def test_library_work_is_still_counted_whatever_its_desk(knowledge, context) -> None:
    reply = says(knowledge, context, "I've worked at the circulation desk 25 hrs a week for 2 years, eligible?",
                 "2,600 hours", topic="eligibility")
    assert "Not counted" not in reply.text


@pytest.mark.parametrize(("question", "expected"), [
    # two people said as one subject: what is said of them is said of both
    ("my coworker and I are not ALA members, what will we each pay?", ("$700",)),
    ("me and my boss are ALA members, what's the total for us?", ("$650",)),
    ("neither my coworker nor I are ALA members, total for both of us?", ("$700",)),
])
def test_two_people_said_as_one_subject(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="fee")


@pytest.mark.parametrize("question", [
    # money for something of the asker's own life, said before what it is, is no course price
    "my car payment is $275 a month lol, how much is the LSSC for a non member?",
    "rent is $1200 so money is tight, what's the lssc cost if I'm not in ALA?",
])
def test_money_for_something_else_said_as_its_price(knowledge, context, question) -> None:
    reply = says(knowledge, context, question, "$350", topic="fee")
    assert "Total" not in reply.text


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a third person introduced by who they are to the person asked about: their sets are theirs
    ("for my clerk Ana - her coworker Tom already did Cataloging; Ana has done Foundations and Tech. what does Ana "
     "still need?", [CT], 3),
    ("My page Lia finished Foundations and Youth; her friend Mo did Tech and Access. What's left for Lia?", [CT, TECH], 2),
])
def test_another_persons_sets_in_a_message_about_someone(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


def test_a_course_priced_by_its_set_is_still_a_course(knowledge, context) -> None:
    reply = ask(knowledge, context, "foundations is $150 and tech is $175, plus the fee as a member, total?")
    assert reply.topic == "fee" and "$650" in reply.text, reply.text


@pytest.mark.parametrize(("question", "expected"), [
    # a timeline of months: each entry lasts until the next one's month, and the last goes on from its own
    ("Jun 2023 - started as a shelver, 10 hrs/wk / Jun 2025 - left for a non-library job / Dec 2025 - back at the "
     "library, 15 hrs/wk, to date. I have my diploma. Am I eligible?", ("1,820 hours",)),
    ("Dec 2023: started volunteering at the prison library, 6 hrs/wk / Dec 2024: hired part time there, 20 hrs/wk, "
     "stopped volunteering / still there now. Enough hours? I have my GED", ("2,392 hours",)),
    ("Mar 2022: page at the county library 12 hrs/wk; Sept 2024: promoted to clerk, 30 hrs/wk; still there. eligible?",
     ("12 hours a week × 130 weeks",)),
])
def test_a_timeline_of_months(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="eligibility")


def test_the_new_year_opens_its_january(knowledge, context) -> None:
    reply = says(knowledge, context, "I applied right after new year 2022, when was my cutoff for finishing?",
                 "January 2026", topic="deadline")
    assert "passed" in reply.text


@pytest.mark.parametrize(("question", "required", "electives"), [
    # the asker saying they have not yet done what they just named, naming nothing themself
    ("Paid $289 for Foundations and $310 for Tech, both passed; the Access Services course is $275 and I haven't "
     "signed up yet. which sets do I still need?", [CT], 3),
    ("did foundations and tech. reference is next on my list and i have not started it. what's left?", [CT], 3),
    # the asker's own sum of what is left, said as "only need"
    ("so with Technology, Foundations and Youth done I only need Comm & Teamwork and two more electives, right?", [CT], 2),
])
def test_what_the_asker_says_is_still_to_do(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected"), [
    # an activity under a heading of what is still to come is not counted, its technology hours neither
    ("Done: a 1-semester-credit course, one day at the state conference. Planned: 2-day tech summit in March. how many "
     "renewal hours do I have?", ("21 of the 32",)),
    ("planned: a 3 hr tech webinar. done: two 2 hour workshops, 1.5 hr tech class. renewal hours?",
     ("5.5 of the 32", "1.5 on technology")),
    # an activity done every week for so many weeks is that many sessions
    ("a 1-hour online tech class every week for 6 weeks and one conference day. renewal hours so far?", ("12 of the 32",)),
    ("two 1 hour webinars weekly for 3 weeks, how many renewal hours?", ("6 of the 32",)),
    # hours labelled without a colon, and a part of them on technology
    ("renewal hrs so far 14 none of it tech how many more", ("14 of the 32", "4 more tech")),
    ("renewal hrs so far 14, 2 tech. how many more", ("14 of the 32", "2 on technology")),
])
def test_renewal_activities_done_planned_and_repeated(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="contact-hours")


@pytest.mark.parametrize(("question", "required", "electives"), [
    # the rest said done and then named is a heading of the sets it names, and a plan said of what is finished is no
    # plan still to come
    ("3 left: Technology, Youth and Cataloging. Everything else on my plan is done: Foundations, Comm & Teamwork, "
     "Access. what's left?", [TECH], 2),
    ("two to go: tech and reference. the rest are finished, that was foundations, C&T and access. anything else?",
     [TECH], 2),
])
def test_the_rest_said_done_then_named(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected"), [
    # a job or a place named bare, as a table's row or a label, is no library work; nor is a label saying so
    ("Job | Hrs/wk | When / Library page | 12 | all of 2023 / Grocery cashier | 25 | 2024 to now / eligible? diploma yes",
     ("624 hours",)),
    ("Paid library work: 20 hrs/wk for 1 year. Non-library: 30 hrs/wk at a call center. Volunteer library work: 4 hrs/wk "
     "for 2 years. eligible?", ("1,456 hours",)),
    # "no library work" said of one stint leaves the others' library work counted
    ("2022 - at the library at 15/wk, whole year. 2023 - 30/wk, whole year. 2024 to now - college, no library work. "
     "eligible?", ("2,340 hours",)),
    # ...but a library only hoped for is no library work: "never worked in a library" still leaves none
    ("nine years as a nurse, never worked or volunteered in a library, but I want a public library job. can I apply?",
     ("0 hours",)),
    # a place said to be someone's is where the asker works: the time after it is still the asker's
    ("I volunteer 35 hours a month at my daughter's school library and have done so for 4 years. eligible?",
     ("1,680 hours",)),
])
def test_library_work_said_in_tables_labels_and_possessives(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="eligibility")


def test_a_window_that_closes_asks_the_deadline(knowledge, context) -> None:
    says(knowledge, context, "Feb 2023 - applied for LSSC. 2024 - finished two sets. When does my 4 year window close?",
         "February 2027", topic="deadline")


def test_a_unit_said_in_a_labels_words(knowledge, context) -> None:
    says(knowledge, context, "renewal log in minutes: 120 (tech), 90 (tech), 240 (supervision). total hours?",
         "7.5 of the 32", topic="contact-hours")


@pytest.mark.parametrize(("question", "expected"), [
    # money for something else, listed after another such amount, is no course either
    ("branch 9, my phone bill is $80 and gas $60 lol. ALA member, courses are $90 + $110. total with the fee?",
     ("$200", "$525")),
    # the program's fee named after its amount is no course in a sum of courses
    ("not a member. 4 courses at $120 = $400 + $350 application fee = $750 total right?", ("$480", "$830")),
    # so many courses at the one price said under a label
    ("state association member only, not ALA. courses: 4 at $125 each. total with the lssc fee?", ("$500", "$850")),
])
def test_money_listed_named_and_counted(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="fee")


def test_how_often_is_no_length_of_work(knowledge, context) -> None:
    says(knowledge, context, "I get 40 hours per pay period (we're paid every two weeks) at the library, for the last 2 "
         "years. eligible?", "2,080 hours", topic="eligibility")


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a third person, someone of the person asked about, has their own sets up to the next subject...
    ("mentoring our new page Rosa. she hasn't taken any LSSC courses yet, but her coworker Ben already did foundations "
     "and technology. what would Rosa need?", [FLS, CT, TECH], 3),
    ("my clerk Ana did foundations; her coworker did cataloging and access, and she did tech. what does Ana need?",
     [CT], 3),
    # ...but what they say of the one asked is hers
    ("my clerk Ana did foundations and tech; her supervisor says she did youth too. what does Ana need?", [CT], 2),
])
def test_a_third_persons_sets_in_a_message_for_someone(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected"), [
    # the asker's work and one other person's, each told in statements of their own, asked about together
    ("My husband and I both volunteer at the county library. He does 10 hrs/week since Dec 2023; I've done 25 hrs/week "
     "for 18 months. Are we both eligible?", ("**You**: 1,950 hours", "**Your husband**: 1,560 hours")),
    ("my coworker and I want to apply. I've worked 12 hrs/wk at the branch for 3 years; she works 40 hrs/wk and started "
     "a year ago. which of us qualifies?", ("**You**: 1,872 hours", "2,080 hours")),
])
def test_two_peoples_work_told_apart(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="eligibility")


def test_weeks_off_each_summer_are_off_every_year(knowledge, context) -> None:
    says(knowledge, context, "20 hrs/wk at the school library for 3 years, 8 weeks off every summer. eligible?",
         "2,640 hours", topic="eligibility")


def test_a_count_of_sessions_after_a_years_dash(knowledge, context) -> None:
    says(knowledge, context, "renewal log: 2025 - two conference days. 2026 - 4 webinars, 1 hour each. how many hours?",
         "16 of the 32", topic="contact-hours")


def test_so_many_courses_said_as_a_product_after_their_price(knowledge, context) -> None:
    says(knowledge, context, "not an ALA member. $150 per course x 4 + the ALA fee, total?", "$600", "$950", topic="fee")


def test_alas_own_dues_are_no_lssc_fee(knowledge, context) -> None:
    reply = ask(knowledge, context, "when is my ALA membership renewal due, and can I pay the dues monthly?")
    assert reply.kind == "fallback", reply.text


def test_does_that_work_asks_whether_the_hours_are_enough(knowledge, context) -> None:
    says(knowledge, context, "I have a GED and 1,900 hrs at a hospital library. does that work?", "1,900 hours",
         "eligible", topic="eligibility")


def test_hours_said_not_to_be_held_are_not_held(knowledge, context) -> None:
    reply = ask(knowledge, context, "I'm finishing an LTA degree with an agreement but don't have my 1,820 library "
                "hours yet. what happens then?")
    assert "provisional" in reply.text and "Yes, that is enough" not in reply.text, reply.text


def test_a_diploma_not_held_until_later_is_not_held(knowledge, context) -> None:
    says(knowledge, context, "I won't get my GED until June, but I've volunteered 30 hrs a week at the library for 2 "
         "years. can I apply now?", "Not eligible yet: you also need a high school diploma", topic="eligibility")


def test_a_bookstore_named_as_a_label_is_no_library(knowledge, context) -> None:
    says(knowledge, context, "library: 15 hrs/wk for the last 2 yrs. bookstore: 25 hrs/wk for 4 yrs. eligible?",
         "1,560 hours", "Not counted", topic="eligibility")
