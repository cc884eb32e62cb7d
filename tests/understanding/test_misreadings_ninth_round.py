"""Misreadings found in the ninth round's public sets, each as a class of saying things."""
import pytest

from .asking import CT, FLS, TECH, ask, leaves, says


@pytest.mark.parametrize(("question", "expected"), [
    # a week's shifts, each with its length, are the hours a week
    ("3 shifts a week, 6 hrs each, for 2 years (104 weeks), diploma yes. am i eligible?", "1,872 hours"),
    ("I do 2 x 5h shifts weekly, been 52 weeks. eligible?", "520 hours"),
    # shifts said one after another, then said to be every week's, all add up
    ("two 4-hour desk shifts plus a 7-hour day every week for the past 18 months - eligible?", "1,170 hours"),
    # every other week is half the hours each week
    ("every other Saturday 8h plus a 4-hour Tuesday shift every week, for 156 weeks. do i have the hours?",
     "1,248 hours"),
    # shifts never said to be weekly are still their total
    ("230 eight hour shifts as a volunteer, am i eligible?", "1,840 hours"),
])
def test_shifts_make_hours_a_week(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="eligibility")


@pytest.mark.parametrize(("question", "expected"), [
    # a school year's length in weeks is how many weeks each year of the work had
    ("school library para, 36-week school year, 30 h/wk, the last 2 school years. eligible?", "2,160 hours"),
    ("our school year is 38 weeks, I work 20 hrs/wk, 2 years now, am i eligible?", "1,520 hours"),
])
def test_a_school_year_has_its_own_weeks(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="eligibility")


def test_hours_after_a_number_of_weeks_are_each_week_s(knowledge, context) -> None:
    says(knowledge, context, "I volunteered 12 weeks at 30 hours, am I eligible?", "360 hours", topic="eligibility")


@pytest.mark.parametrize(("question", "required", "electives"), [
    # struck through is done; what stands between struck items is not
    ("~~Foundations~~ ~~Tech~~ Comm & teamwork, Access ~~Readers advisory~~ ... what's left for me", [CT], 2),
    ("~~foundations~~ ~~comm and teamwork~~ ~~tech~~ ~~youth~~ what's left?", [], 2),
    # a dash after the last boxed item starts the question: it says nothing of that item
    ("[x] tech [x] ref [ ] foundations [ ] comm [x] youth services -- remaining?", [FLS, CT], 1),
    # a short name for a set, as staff write it
    ("sup & mgmt, ref and access all done, plus foundations. what's left?", [CT, TECH], 0),
])
def test_lists_marked_up_as_people_mark_them(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected"), [
    # "the" before an amount usually aims at it ("short of the 1,820 hours"); "... I already have" after it holds it
    ("if I keep volunteering 10h/wk on top of the 1,650 hrs I already have, how many weeks until I can apply?",
     "17 weeks"),
    # an amount just after its unit's label is that many, even one that could be a year
    ("diploma: yes | hours: 1,900 paid (last 3 yrs) | eligible?", "1,900 hours meets"),
    # ...but a year labelling the amount after it stays a year
    ("hours: 2024 - 900, 2025 - 1,000. eligible?", "1,900 hours meets"),
])
def test_amounts_held_and_labelled(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="eligibility")


@pytest.mark.parametrize(("question", "expected"), [
    # a count said after what it counts, as in a log
    ("renewal log: conf day x2 | semester credit x1 | tech webinar 1h x4 -- total hrs & how many left?",
     "31 of the 32"),
    ("I did webinars: 1 hour x 5, 2 hours x 3. Total contact hours?", "11 of the 32"),
    # "so many so far" after a session said once
    ("every other month I do a 3h workshop, 8 so far. how many renewal hours do I have?", "24 of the 32"),
])
def test_counts_said_after_what_they_count(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="contact-hours")


def test_a_count_of_days_with_their_hours_is_no_count_after(knowledge, context) -> None:
    says(knowledge, context, "I've logged 95 volunteer days x 8 hours plus 1,000 paid hours. Eligible?", "1,760 hours",
         topic="eligibility")


def test_an_employer_reimbursing_the_fee_asks_what_it_comes_to(knowledge, context) -> None:
    says(knowledge, context, "our school district reimburses the fee for 4 aides, none of us are ALA members. how much "
         "total?", "$1,400", topic="fee")


def test_money_back_from_ala_is_still_the_refund_question(knowledge, context) -> None:
    reply = ask(knowledge, context, "will ALA reimburse the fee if I'm not eligible? I'm not a member")
    assert (reply.kind, reply.topic) == ("faq", "refund"), reply.text


@pytest.mark.parametrize(("question", "expected"), [
    # a count times a price
    ("ALA member: yes | courses: 6 x $120 | total cost incl. the LSSC fee?", "$1,045"),
    # each course named with its price, and a group of the rest at one price
    ("what's my total out of pocket? not an ALA member. courses: Foundations $150, Comm $150, Tech $175, plus 3 "
     "electives at $150 each", "$1,275"),
])
def test_course_prices_listed_as_people_list_them(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="fee")


@pytest.mark.parametrize(("question", "required", "electives"), [
    # "nothing" as one label's value says nothing of the sets before it
    ("fall: Supervision done, spring: Tech done, summer: nothing. what do I still need", [FLS, CT], 2),
    # a set the asker is in now is under way
    ("background: comm & teamwork done, foundations done. electives: readers advisory done, cat done. tech i'm in "
     "now. what's left?", [TECH], 1),
    # where the asker works, with words between "work" and "at", is no set done
    ("I work 4 tens at circ so I only have fridays for coursework. done: Foundations, Ref. what's left", [CT, TECH], 2),
    # ...but what work paid for is done
    ("my old job paid for foundations and tech, and my work paid for reference. what's left?", [CT], 2),
])
def test_statuses_and_places(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


def test_paying_either_way_compares_the_same_people_both_ways(knowledge, context) -> None:
    says(knowledge, context, "which is cheaper for two of us, members or not? what's the total each way",
         "2 ALA members × $325 = $650", "2 non-members × $350 = $700", topic="fee")


@pytest.mark.parametrize(("question", "expected"), [
    # so many weeks at so many hours is a stint that ended, times the seasons it was worked
    ("summer reading program only, 10 weeks at 25h, the last 3 summers. can I apply for LSSC?", "750 hours"),
    ("2 summers of summer reading (10 wks at 25h) + 1 school year (36 wks at 30h) in the last 3 yrs. how many hours "
     "short am i?", "1,580 hours"),
    ("1 school year of 40 weeks at 20h/wk plus volunteering 2 summers, 10 weeks each at 15h. eligible?", "1,100 hours"),
    # a span of years is a stint of its own: work before the window is left out, the rest is counted
    ("worked full time at a public library 2010-2015, then school library the last 2 school years, 36 weeks at 15h. "
     "eligible now?", "1,080 hours"),
])
def test_seasonal_work(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="eligibility")


@pytest.mark.parametrize(("question", "expected"), [
    # shifts said every other week are half as many a week
    ("I work 3 twelve-hour shifts every other week at the library, for the past 2 years. eligible?", "1,872 hours"),
    # the length of each shift in brackets, or said before the shifts and their count a week
    ("I work 2 evening shifts (4 hrs each) and every other Saturday (8 hrs), for 104 weeks. eligible?", "1,248 hours"),
    ("working 6-hour shifts, 3 a week, for 18 months. enough hours?", "1,404 hours"),
    # days of the week named as a range or a list are that many days a week
    ("I'm at the desk Mon-Fri 4 hrs a day, 40 weeks a year for the last 2 years. do I qualify?", "1,600 hours"),
    ("M/W/F 6-hr shifts plus every other Sunday 4h, for the last 2 years (104 wks). eligible?", "2,080 hours"),
    # "each day" after the length is the day's, not another shift
    ("i volunteer 2 days a week, 4 hrs each day, been doing it 3 years. am i there yet for the hours", "1,248 hours"),
])
def test_weekly_schedules(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="eligibility")


def test_asked_for_someone_else_the_asker_s_own_sets_are_left_out(knowledge, context) -> None:
    # "I've done comm and youth": both are the asker's, not the daughter's
    leaves(knowledge, context, "asking for my daughter: she did foundations and tech, I've done comm and youth. what "
           "does she have left?", [CT], 3)


def test_asked_for_someone_else_their_enrollment_month_is_the_one(knowledge, context) -> None:
    says(knowledge, context, "my friend enrolled 14 March 2023 and I enrolled last month. when's her deadline?",
         "**March 2027**", topic="deadline")


@pytest.mark.parametrize(("question", "expected"), [
    # a shift's clock hours beside the days it falls on
    ("my shifts are 10-2 on tuesdays and thursdays, for the past 3 years (156 weeks). eligible?", "1,248 hours"),
    ("worked Saturdays 9-5 for 2 years (104 weeks). do I have enough hours?", "832 hours"),
    ("tues/thurs 1pm-5pm and sundays 12 to 4pm, 104 weeks now. eligible?", "1,248 hours"),
    # so many days at so many hours, for so many school years
    ("I work school year only, 180 days at 6 hrs a day, for 2 school years. eligible?", "2,160 hours"),
])
def test_shifts_by_the_clock_and_days_by_the_school_year(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="eligibility")


@pytest.mark.parametrize(("question", "expected"), [
    # a bare number corrected by another before the same word
    ("about 1,500 paid hours, plus 200 volunteer. wait, more like 300 volunteer. am I eligible?", "1,800 hours"),
    # the right figure said first, then the wrong one it replaces
    ("correction: it's 25 hrs a week, not 20, for the last 18 months. eligible?", "1,950 hours"),
    # a time corrected in another unit of time, and "it's actually" opens a correction
    ("I said 2 years earlier but it's actually 18 months at 30 hrs/wk. eligible?", "2,340 hours"),
])
def test_corrections_in_more_ways(knowledge, context, question, expected) -> None:
    reply = says(knowledge, context, question, expected, topic="eligibility")
    assert "could not tell" not in reply.text


def test_asked_for_someone_else_only_their_hours_count(knowledge, context) -> None:
    says(knowledge, context, "my daughter works 15 hrs a week at the library and has for 2 years; I have 3,000 hours "
         "myself. is she eligible?", "1,560 hours", topic="eligibility")


def test_asked_for_someone_else_their_renewal_hours_count(knowledge, context) -> None:
    says(knowledge, context, "renewal q for my colleague: certified 12 Aug 2023, 20 hours so far, 2 of them tech. what "
         "does she still need?", "20 of the 32", topic="contact-hours")


def test_work_by_the_week_without_its_unit_is_hours(knowledge, context) -> None:
    says(knowledge, context, "asking for my coworker: she's got 1,200 hours and works 20 a week. how long until she "
         "can apply?", "at 20 hours a week", topic="eligibility")


def test_tech_hours_beside_no_other_hours_are_an_activity(knowledge, context) -> None:
    says(knowledge, context, "I have 3 conference days and 6 tech hours logged. how many more renewal hours do I need?",
         "24 of the 32", topic="contact-hours")


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a set said by mistake and taken back
    ("wait, I said cataloging but I meant collection management. so: foundations, comm, collection mgmt done. what's "
     "left", [TECH], 2),
    # a set that is next is still to come
    ("finished Reference and Information Services — wait no, I mean I finished Technology, Reference is next. Plus "
     "Foundations from last year. what's left?", [CT], 3),
])
def test_sets_taken_back_and_sets_next(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected"), [
    # "the other 3 only belong to ...": a count before what they belong to
    ("5 of us, 2 are ALA members, the other 3 only belong to our state library association. total fee?", "$1,700"),
    # someone paying for the members says nothing of who is one
    ("we're 2 ALA members and 3 non-members; the library covers the members. what do the non-members pay in total?",
     "3 non-members × $350 = $1,050"),
])
def test_memberships_said_around_other_things(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="fee")


@pytest.mark.parametrize(("question", "expected"), [
    ("I've worked 3 nights a week (5 hrs a night) at the library for the last 2 years. eligible?", "1,560 hours"),
    ("I work 7:30-3:30 M-F at the library, 38 weeks now. enough?", "1,520 hours"),
])
def test_nights_and_a_working_week_by_the_clock(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="eligibility")


@pytest.mark.parametrize(("question", "required", "electives"), [
    # "I've managed X" got it done; "I manage the X" is a place
    ("between my two jobs I've still managed foundations, tech and readers' advisory. what's left?", [CT], 2),
    # every set but some
    ("i have done every set except tech and youth. what do i still need?", [TECH], 0),
    # the options for the last ones ask what is left
    ("done: 4/6 — foundations, tech, comm, ref. what are my options for the last two?", [], 2),
])
def test_more_ways_of_saying_what_is_done_and_asking_what_is_left(knowledge, context, question, required,
                                                                   electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected"), [
    # "since" a date said in numbers, day first where it must be
    ("volunteer since 15.09.2023, 10 hours a week. how many hours have I got?", "1,690 hours"),
    # a total from before the window is left out, a bare amount after it is hours too
    ("I have 1,000 hours from my old job in 2019 and 900 since 2023. eligible?", "900 hours is not enough"),
    # work "ending" in a year ended then
    ("GED 2010, library work: 2 years full time ending 2020. eligible?", "ended in 2020"),
])
def test_work_placed_in_time(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="eligibility")


def test_hours_since_certifying_are_for_renewing_and_a_share_of_them_names_no_set(knowledge, context) -> None:
    # "incl. 4 tech": four of the hours were on technology; it is no set done, and "incl." ends no sentence
    says(knowledge, context, "certified 1 April 2023; I've done 16 hours so far incl. 4 tech. how many more and by when?",
         "16 of the 32", "April 1, 2027", topic="contact-hours")


def test_sets_of_someone_in_a_relative_clause_are_theirs(knowledge, context) -> None:
    leaves(knowledge, context, "replying to sam who has all 3 required: I only have foundations and cataloging. what's "
           "left?", [CT, TECH], 2)


def test_a_claim_of_being_done_asked_back_is_what_s_left(knowledge, context) -> None:
    leaves(knowledge, context, "my coworker says I'm done since I did foundations, comm, tech, youth and ref. am I?",
           [], 1)


@pytest.mark.parametrize("question", [
    "my certification: 10 May 2022. when does my grace period end?",
    # someone's certification, asked about them: no other kind of certification
    "my partner's certification: 10 May 2022. when does her grace period end?",
])
def test_a_certification_date_under_its_label(knowledge, context, question) -> None:
    says(knowledge, context, question, "July 10, 2026", topic="renewal")
