"""Misreadings found in the twentieth round, each as a class of saying things, in other words than the sets'."""
import pytest

from .asking import CT, FLS, TECH, ask, leaves, says


@pytest.mark.parametrize(("question", "required", "electives"), [
    # several people's lists, the asker's item labelled "me -", a numbered list "1) name: ...", and the question asked
    # as a request ("figure out ...") rather than with a question mark
    ("team: me - Foundations, Youth | Dee - Tech, C&T, Access, Cataloging | Bo - nothing yet. how close am I?", [CT, TECH], 2),
    ("1) Lena: Foundations, Tech 2) Marco: Youth Services, Access 3) Rae: C&T. work out what Marco has left", [FLS, CT, TECH], 1),
    ("Ana: Tech, Reference ;; me: Foundations, Collection Mgmt ;; Jo: all six. tell me what I still need", [CT, TECH], 2),
])
def test_one_person_of_a_list_asked_about(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected"), [
    # a span of unmarked clock hours followed by what it times is that many hours, less a break said inside it
    ("renewal: a 9 to 3 workshop on weeding, minus an hour for lunch, and 2 tech webinars of 2 hours. total?",
     ("9 contact hours",)),
    ("one 8:30-4:30 training day on supervision with a 30 min unpaid break, plus 1 semester credit. renewal hours?",
     ("22.5 contact hours",)),
    # ...but a lunch-and-learn or a lunch webinar is an activity of its own
    ("three 1-hour lunch-and-learns on e-books (tech) and a 2 hour lunch webinar. how many renewal hours?",
     ("5 contact hours",)),
])
def test_a_day_by_the_clock_and_its_break(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="contact-hours")


def test_shifts_by_the_clock_count_their_hours(knowledge, context) -> None:
    says(knowledge, context, "I worked 10 to 4 shifts twice a week at the county library for 2 years. eligible?",
         "1,248 hours", topic="eligibility")


@pytest.mark.parametrize(("question", "expected", "topic"), [
    # the asker's own arithmetic is worked out again, never taken on trust: bare sums restate what is said in words,
    # a sum with a unit is the amount (its right result), a result after "=" says again the amount before it
    ("I did 30 hrs/wk at the branch for all 52 weeks last year, so 30x52 = 1500 right? diploma yes. eligible?",
     ("1,560 hours",), "eligibility"),
    ("renewal: 6 + 5 + 8 = 20 contact hours so far, 3 of those tech. how many more?", ("19 of the 32", "13 more"),
     "contact-hours"),
    ("1 semester credit = 10 hrs I think, plus 2 conference days = 12. renewal total?", ("27 contact hours",),
     "contact-hours"),
    ("40 wks x 20 hrs = 900 hrs at the school library since 2025. eligible?", ("800 hours",), "eligibility"),
    ("I'm not an ALA member, so $350 + 4 courses at $100 = 350 + 400 = 700? total", ("$750",), "fee"),
])
def test_the_askers_own_arithmetic(knowledge, context, question, expected, topic) -> None:
    says(knowledge, context, question, *expected, topic=topic)


@pytest.mark.parametrize(("question", "expected"), [
    # hours each time, and how often in a week: "3 hours twice a week", "twice a week, 4 hours each time"
    ("I volunteer 3 hours twice a week at the library, for 4 years now. eligible?", ("1,248 hours",)),
    ("I shelve books three times a week, 5 hours each time, for the past 2 years. enough hours?", ("1,560 hours",)),
    ("8 hour shifts 2x a week at the college library since December 2023. can I apply?", ("2,496 hours",)),
    # an amount said roughly: "thirty-ish hours a week"
    ("thirty-ish hours a week at the public library for a year and a half. eligible?", ("2,340 hours",)),
])
def test_hours_by_how_often(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="eligibility")


@pytest.mark.parametrize(("question", "expected"), [
    # some of an activity's sessions on technology, counted in a bracket or a later sentence
    ("ten hour-long webinars (two on tech) and 1 conference day. where am I for renewal?", ("16 contact hours", "2 on technology")),
    ("4 workshops of 2 hours each; only tech one was one of the workshops. renewal hours?", ("8 contact hours", "2 on technology")),
    ("a couple of conference days and a dozen 1-hour webinars, 3 of them on cybersecurity. renewal?",
     ("24 contact hours", "3 on technology")),
    # ...and all of them when the item says so
    ("5 one-hour tech webinars and a 3 hour workshop on storytime. renewal total?", ("8 contact hours", "5 on technology")),
])
def test_sessions_some_of_them_on_technology(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="contact-hours")


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a supervisor asking for a staff member named once and then called "she" or "he"
    ("my evening page Tomas has done Foundations and Youth Services. he wants to know what's left before he's certified",
     [CT, TECH], 2),
    # a status asked for, or asked again after a reply the asker corrects, with no question word
    ("progress check: ✅ Foundations ✅ Technology ❌ Communication and Teamwork ✅ Access Services", [CT], 2),
    ("no, you misread me. I did Cataloging, not Collection Management. Done: Foundations, Cataloging, Tech.", [CT], 2),
    # sets held now ("right now I only have ..."), beside one supposed finished
    ("if I finish Technology in the spring, what's left? right now I only have Foundations and Reference.", [CT], 2),
    # all of a group but one, the one left out in brackets
    ("all of the required sets but one (not Technology), plus two electives: Access and Youth. what's left?", [TECH], 1),
])
def test_who_and_what_a_status_is_said_of(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected", "topic"), [
    # numbers that name or count something else: an age, a certificate number, an address, a ticket's price
    ("I'm 52 (born 1974), 20 hrs a week at branch #4 for 2 years. eligible?", ("2,080 hours",), "eligibility"),
    ("cert #LSSC-2231: renewal log is 2 semester credits and a 1 hour tech webinar. total?", ("31 contact hours",),
     "contact-hours"),
    ("paid a $30 parking fine at the conference, ugh. I'm an ALA member though, what's my LSSC fee?", ("$325",), "fee"),
    # a renewal's hours held by the one asked for
    ("my coworker has logged 20 contact hours, 5 on tech. how many more does she need to renew?", ("12 more",),
     "contact-hours"),
])
def test_numbers_that_are_not_the_figures_and_hours_held_by_another(knowledge, context, question, expected, topic) -> None:
    says(knowledge, context, question, *expected, topic=topic)


def test_a_membership_that_ran_out_is_no_certification_running_out(knowledge, context) -> None:
    says(knowledge, context, "my aide Lou had ALA but it ran out in 2024, now he is only in the state association. fee for him?",
         "$350", topic="fee")


@pytest.mark.parametrize(("question", "expected"), [
    # a month said by a holiday or a season's semester, or by its month in brackets after the season
    ("enrolled the week after Thanksgiving 2023, by when do I have to be done?", ("November 2027",)),
    ("I enrolled three Christmases ago. when's my deadline?", ("December 2027",)),
    ("signed up spring semester 2024. final deadline?", ("March 2028",)),
    ("enrolled fall term 2023 (October, I'm pretty sure). deadline?", ("October 2027",)),
    # applying when is enrolling, and "the 4 years" running out are the program's years, not a certification's
    ("if I wait and apply in fall 2027, when would my 4 years run out?", ("September 2031",)),
])
def test_months_said_by_holiday_season_or_plan(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="deadline")


@pytest.mark.parametrize(("question", "expected"), [
    # a share of full time with its own hours in brackets
    ("I'm half-time (20 hrs) at the branch library, been there two years. eligible?", ("2,080 hours",)),
    # years (summers) of so many weeks each
    ("30 hrs a week for three summers of 10 weeks each at the public library. enough hours?", ("900 hours",)),
    # hours every other week, a year said whole, and a stint said by when it began and when it ended
    ("all of 2024 I volunteered at the library, 12 hrs every other week. eligible?", ("312 hours",)),
    ("I got hired at the county library in June 2023 at 30 hrs/wk and quit in June 2024. can I apply?", ("1,560 hours",)),
    # ...and the story of several stints, each dated, each counted on its own
    ("March 2022 I got hired at the college library, 40/wk, but left in February 2023. then all of 2024 I volunteered "
     "at the public library, 6 hrs every other week. eligible?", ("2,236 hours",)),
])
def test_stints_said_as_stories(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="eligibility")


def test_a_supervisor_saying_something_is_not_named_by_it(knowledge, context) -> None:
    leaves(knowledge, context, "my supervisor says since I finished Youth, Access and Cataloging I'm done. I haven't done any "
           "required ones. is she right?", [FLS, CT, TECH], 0)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # every set said with emphasis or its full name, but some
    ("I have done every single competency set except Communication and Teamwork and Youth Services. what's left?", [CT], 0),
    # "not just" adds, and "not quite" said to a reply negates nothing
    ("nope, not quite: Cataloging is finished as well, not just Foundations and Technology. redo what's left", [CT], 2),
])
def test_sets_said_by_emphasis_and_in_reply(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected", "topic"), [
    # a year before an amount in a dated log is no count of it
    ("certified 2024. log: fall 2025 a 2-credit semester course, 2026 two 3-hr workshops on cataloging. renewal hours?",
     ("36 contact hours",), "contact-hours"),
    # the asker's own conversion in brackets is replaced by the rule's
    ("renewal: 2 conference days (16 hrs), and a 1-credit quarter course. how many hours?", ("22 contact hours",),
     "contact-hours"),
    # hours of one amount, some of them on technology
    ("renewal so far: 20 hrs of workshops (6 of them tech) and 1 conference day. where am I?", ("26 contact hours",
     "6 on technology"), "contact-hours"),
    # a time said from today with its date in brackets: the date
    ("I got my CLSS last spring (April 2025). when does it expire?", ("April 2029",), "renewal"),
])
def test_dated_logs_and_restated_amounts(knowledge, context, question, expected, topic) -> None:
    says(knowledge, context, question, *expected, topic=topic)


@pytest.mark.parametrize(("question", "expected", "topic"), [
    # ALA-APA, which runs the program, is no membership of the people asked about
    ("budgeting for two pages: Lee is an ALA member, Kai is not. total ALA-APA application fees for both?", ("$675",), "fee"),
    # hours held by someone named, asked for them
    ("Marta has logged 25 contact hours toward renewal, 2 on tech. how many more does she need?", ("7 more",), "contact-hours"),
])
def test_fees_and_hours_of_the_people_asked_about(knowledge, context, question, expected, topic) -> None:
    says(knowledge, context, question, *expected, topic=topic)


def test_money_left_in_a_budget_asks_no_sets_left(knowledge, context) -> None:
    reply = ask(knowledge, context, "our training budget has $600 left. the Technology course is $200. will it cover the "
                "ALA fee and the course for a non-member?")
    assert reply.topic != "remaining", reply.text


@pytest.mark.parametrize(("question", "expected"), [
    # "a couple hundred" is 200, and "N and a half hours" N.5
    ("15 hrs a week at the library for 2 years, plus a couple hundred volunteer hours at the jail library. eligible?",
     ("1,760 hours",)),
    ("I work twelve and a half hours a week at the public library, for 3 years now. eligible?", ("1,950 hours",)),
])
def test_round_and_half_amounts(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="eligibility")


def test_neither_of_two_people_is_a_member(knowledge, context) -> None:
    says(knowledge, context, "neither me nor my sister are ALA members, we're only in the state association. we both "
         "want to apply. total?", "$700", topic="fee")
