"""Misreadings found in the twenty-second round, each as a class of saying things, in other words than the sets'."""
import pytest

from .asking import ACCESS, CT, FLS, TECH, ask, leaves, says


@pytest.mark.parametrize(("question", "counted"), [
    # part of the time said is said to be leave: it comes off, in the unit of the time it is part of
    ("I work 24 hrs/wk at the library, been there 99 weeks total but 12 of those were maternity leave. eligible?",
     "2,088 hours"),
    ("20 hrs a week at the library for 3 years but 6 months of that was leave. eligible?", "2,600 hours"),
    ("at the branch library 15 hrs/wk for 150 weeks, was out on medical leave for 10 of them. enough hours?", "2,100 hours"),
    ("I was at the library 2 years at 20/wk, I was off 2 months of that. eligible?", "1,907 hours"),
    # ...and when the leave was is the leave's, not a stint of work
    ("since march 2023 I've worked 22 hrs/wk at the branch except a 10-week parental leave last year. can I apply?",
     "4,070 hours"),
])
def test_leave_inside_the_time_worked_comes_off(knowledge, context, question, counted) -> None:
    says(knowledge, context, question, counted, topic="eligibility")


def test_someone_compared_with_is_not_the_asker(knowledge, context) -> None:
    # "the same week as my coworker, who did 50 hours": her hours, not the asker's
    reply = says(knowledge, context, "Certified June 2023 (same week as my coworker Elena, who did like 50 hours "
                 "already lol). My stuff: ALA Annual for 3 days, a 2-hour tech webinar, a 1 semester credit course. What's my "
                 "total and do I meet it?",
                 "35 of the 32", topic="contact-hours")
    assert "50" not in reply.text


@pytest.mark.parametrize(("question", "required", "electives"), [
    # the last ones asked for by where they come are what is left
    ("4 of 6 finished: Foundations, Communication & Teamwork, Reference, Youth Services. Which are my last two?",
     [TECH], 1),
    ("5/6 complete: Foundations, C&T, Technology, Cataloging, Supervision. what's the final piece?", [], 1),
    # everything but one set, then the sets it means listed: the list is what is done
    ("everything except tech — foundations, comm & teamwork, youth services, access services and cataloging are "
     "done. is tech the only thing missing?", [TECH], 0),
    ("all done but C&T: foundations, tech, reference, access. what's left", [CT], 1),
    # a question after a dash is no part of the list before it
    ("foundations and c&t done so 2 of 6 — do I just need tech and one more elective?", [TECH], 3),
    # the exception to a negated group is done
    ("no required ones done, only youth services and reference. how far off am i", [FLS, CT, TECH], 1),
    ("haven't touched the core sets, just access services so far. what's left?", [FLS, CT, TECH], 2),
])
def test_what_is_left_said_by_counts_exceptions_and_dashes(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


def test_access_named_in_an_exception_to_nothing_done(knowledge, context) -> None:
    details = leaves(knowledge, context, "none of the required sets yet, only access services. what's left?",
                     [FLS, CT, TECH], 2)
    assert details.electives_completed == (ACCESS,)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # "once" supposes what it names finished, whenever that is to be
    ("once I finish tech next month what's left? I already have foundations and youth services", [CT], 2),
    ("after I finish C&T this spring, what will be left? foundations and access are done", [TECH], 2),
])
def test_a_set_supposed_finished_later_counts(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected"), [
    # work supposed to go on for a time to come is a projection, not hours already worked
    ("I've got 1,500 library hours and my diploma. If I keep volunteering 20 hrs a week for the next 6 months will I "
     "have enough then?", ("1,500 hours so far", "2,020 hours", "eligible then")),
    ("library aide, 16 hrs a week for the past year, diploma. if I keep the same schedule for one more year will I be "
     "eligible?", ("832 hours so far", "1,664 hours", "156 hours short")),
    # ...but a time to come with its own rate is still counted as said
    ("after another 52 weeks at 15 hrs/wk on top of my 8 hrs/wk for 4 years, would I be eligible then?", ("2,444 hours",)),
    # a past stint "for another 30 weeks" is no time to come
    ("since spring 2024: 32 hr/wk for 26 weeks, then 12 weeks unpaid leave, then 32 hr/wk for another 30 weeks. "
     "enough for the 1,820?", ("1,792 hours",)),
])
def test_work_supposed_to_go_on(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="eligibility")


@pytest.mark.parametrize(("question", "counted"), [
    # dates in numbers bound a stint as month names do
    ("Worked at the library from 2023-01-01 to 2024-12-31 at 17 hrs/week, nothing since. eligible?", "1,768 hours"),
    ("at the branch library 01/2023 to 12/2024, 17 hrs a week. enough?", "1,768 hours"),
    # coming back to work some time ago is when the stint began
    ("I worked at a library from 2014 to 2019, stayed home with my kids after that, and came back part time at 20 "
     "hrs/week a year ago. Do I qualify?", "1,040 hours"),
    # leave said inside one stint of several comes out of that stint
    ("Started as a sub at the school library 10 hrs a week for 6 months, then got a 35 hr/week position that I've had "
     "for 1 year now, minus 6 weeks of medical leave. eligible?", "1,870 hours"),
    ("zero library hours so far, I only work retail, but I have a diploma. how many hours would I need to be eligible?",
     "0 hours"),
])
def test_stints_dated_in_numbers_begun_again_or_with_leave(knowledge, context, question, counted) -> None:
    says(knowledge, context, question, counted, topic="eligibility")


@pytest.mark.parametrize(("question", "expected"), [
    # a log's numbered items are apart, a conference's numbered days are a day each, a session timed before its hours
    ("my tracker: 1) 3D printer training 9:00-12:30 (tech) 2) customer service webinar 50 min 3) state conference "
     "day 1 4) state conference day 2 5) supervision workshop 9-5, 1 hr lunch not counted. renewal hours?",
     ("22.5 of the 32", "3.5 on technology")),
    # marks before each item of a renewal log: the one under way and the cancelled one are not counted
    ("renewal check ✅ tech webinar 2h ✅ conference 2 days ⏳ online course 1 quarter credit (in progress) ✅ workshop "
     "3h ❌ library law seminar (cancelled). how many hours do I have?", ("17 of the 32", "2 on technology")),
    # a course on a technology by its name
    ("renewal so far: a 10 hour Intro to SQL course and a 3 hour weeding workshop. how many more?",
     ("13 of the 32", "10 on technology")),
    # hours said first are held
    ("27 renewal hours, 3 of them tech. how many more do I need?", ("27 of the 32", "3 on technology")),
])
def test_renewal_logs(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="contact-hours")


@pytest.mark.parametrize(("question", "expected"), [
    # prices said in pairs, as dictation writes them
    ("so im not in ala and i need the technology course which is one ninety nine and foundations which is two fifty "
     "what would everything cost me all together", ("$799",)),
    # half a group, and the other half
    ("I manage 10 staff. Half of them belong to ALA, the other half only to our state chapter. LSSC cost for all 10?",
     ("$3,375",)),
    # enrollments counted are people
    ("writing a purchase order for 2 LSSC enrollments, neither is an ALA member. how much?", ("$700",)),
    # a membership that lapsed is said as a fact, "if" or not
    ("What does one person pay for LSSC if she's an ALA member but her membership lapsed last year?", ("$350",)),
    # a budget named by its line, and said again when asking what is left of it
    ("We have a $1,000 staff development line. I'm not in ALA. If I pay the LSSC fee and one $250 course, how much of "
     "the $1,000 is left?", ("$400",)),
])
def test_fees_said_by_voice_halves_orders_and_budget_lines(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="fee")


def test_enrolling_when_applying_is_waited_for(knowledge, context) -> None:
    says(knowledge, context, "thinking of waiting to apply until after the holidays, like February 2027. what would "
         "my finish-by date be then?", "February 2031", topic="deadline")


@pytest.mark.parametrize(("question", "required", "electives"), [
    # what is left asked as the rest, the ones counted to go, or anything besides one
    ("2 down, 4 to go: I've got C&T and reference. what are the 4?", [FLS, TECH], 2),
    ("only 1 of 6 so far (the cataloging course) whats the rest", [FLS, CT, TECH], 2),
    ("✓ Foundations ✓ C&T ✓ Technology ✓ Collection Management ✓ Access Services ⏳ Reference (finishing in Jan) — do "
     "I need anything besides reference?", [], 1),
    # the one left, asked back alone, is not done
    ("everything except tech is done - foundations, comm & teamwork, plus youth, cataloging and access. so just tech?",
     [TECH], 0),
    # a supposition in other words
    ("Supposing I complete Reference and Information Services by March, what would remain? Right now I'm finished "
     "with Technology only.", [FLS, CT], 2),
    # an exception in a bracket ends with it
    ("done 2 of the 3 required (not tech) and 1 elective (youth). what's left", [TECH], 2),
    # a word before a year is no person's name: the sets after it are the asker's
    ("I take the 42 bus every day. back in 2019 I ran like 200 storytimes. anyway I've finished Youth Services and "
     "Foundations, and I'm halfway through Technology. what do I still need?", [CT, TECH], 2),
])
def test_what_is_left_asked_as_the_rest_and_in_stories(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "counted"), [
    # a daily rate with the days a week said nearest it, stint by stint
    ("Prison library clerk: 6 hours a day, 4 days a week for 1 year (2024-2025), then a 3-month break, then back at 6 "
     "hrs/day 3 days a week for the last 6 months. GED. Eligible yet?", "1,716 hours"),
    # the time said once of a library job and another job is the library job's too
    ("I work 20 hrs/wk at the library and 15 hrs/wk at Target, for the last 2 years. eligible?", "2,080 hours"),
    ("Two jobs: 20 hrs/week at the middle school library and 20 hrs/week at a grocery store, both for the last year. "
     "Do I qualify?", "1,040 hours"),
    # hours every weekend are a weekly rate
    ("I volunteer 5 hrs every weekend at the library and work 30 hrs/wk at a bank, been doing both for 3 years. "
     "eligible?", "780 hours"),
    # keeping a rate up for a time said as a length is a projection too
    ("If I keep doing 18 hrs a week at the library for the next year, on top of the 900 hours I already have, will I "
     "have enough?", "1,836 hours"),
])
def test_rates_by_day_shared_times_and_keeping_on(knowledge, context, question, counted) -> None:
    says(knowledge, context, question, counted, topic="eligibility")


@pytest.mark.parametrize("question", [
    # numbers of a story that count other things, or ages, or a bus, are no figure the calculation misses
    "long post sorry. my kids are 8 and 11, I drive 35 minutes each way, our branch has 3 floors. I've worked the circ "
    "desk 25 hours a week for the last 18 months. I have my diploma. Am I eligible for LSSC?",
    "so I'm 52, three kids (12, 15 and 19), and for the past 2 years I've worked 22 hours a week at branch 31 of our "
    "county library. Can I apply for LSSC?",
])
def test_stray_numbers_of_a_story_are_not_asked_back(knowledge, context, question) -> None:
    reply = says(knowledge, context, question, topic="eligibility")
    assert "could not tell" not in reply.text


@pytest.mark.parametrize("question", [
    # ...but a shorthand or a misspelt unit still is
    "i work 4 tens at circ, started 40 weeks ago, GED yes. eligible yet?",
    "i work 25hrs/wk for 18 monthss at a public lib, enuf hours to apply?",
])
def test_unknown_shorthand_is_still_asked_back(knowledge, context, question) -> None:
    assert "could not tell" in ask(knowledge, context, question).text


@pytest.mark.parametrize(("question", "expected"), [
    ("grant line for staff certification is $2,500. 5 non-members want to enroll. does it cover the fees?", ("$750",)),
    ("our library got a $500 donation for staff development. I'm not an ALA member. how much of the $500 is left after "
     "the application fee?", ("$150",)),
    ("how much do i pay for lssc if im an ala member and my friend isnt whats the total for both of us", ("$675",)),
    ("2 kids in daycare ($1,100 a month!!), my car payment is $289. I'm an ALA member. found a Foundations course for $199. "
     "fee plus that course?", ("$524",)),
])
def test_fees_beside_budgets_and_living_costs(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="fee")


def test_activities_registered_for_are_not_counted(knowledge, context) -> None:
    says(knowledge, context, "my CE log: 'Intro to Python for libraries' 2 quarter credits; ALA Annual 3 days "
         "(registered, not gone yet); copyright webinar 60 min. total toward renewal?", "21 of the 32",
         topic="contact-hours")


@pytest.mark.parametrize(("question", "expected"), [
    # money kept back from a budget is not spent on fees; a budget line's code counts no one
    ("Our budget line is $3,000. We want to keep $200 for course materials and send as many non-members as possible. "
     "How many?", ("**8**", "$200 kept back")),
    ("Our budget line 4410-22 has $500 left for FY27. Non-member applying, the Technology course is $180. Does the $500 "
     "cover the ALA fee plus the course?", ("$30 short",)),
])
def test_budgets_kept_back_and_coded(knowledge, context, question, expected) -> None:
    reply = says(knowledge, context, question, *expected, topic="fee")
    assert "22 non-members" not in reply.text


def test_other_work_keeps_its_own_time(knowledge, context) -> None:
    # the library stint has its own time: the bookstore's is not lent to it
    says(knowledge, context, "I worked at a bookstore for 5 years and started at the library 26 weeks ago at 20 hours "
         "a week. Am I eligible for LSSC?", "520 hours", topic="eligibility")


def test_a_score_of_nothing_done_leaves_everything(knowledge, context) -> None:
    leaves(knowledge, context, "I'm at 0/6 lol. what do I need to take?", [FLS, CT, TECH], 3)


@pytest.mark.parametrize(("question", "expected", "topic"), [
    # a quoted question of an amount, answered with the number alone: the number is of what was asked, and the
    # quote's "you" is the asker
    ("> how many renewal hours do you have logged? 27 total, 3 of them tech. how many more of each do I need?",
     ("27 of the 32", "3 on technology"), "contact-hours"),
    ("> how many hours a week do you work? 20. been at the library 2 years. eligible?", ("2,080 hours",), "eligibility"),
])
def test_a_number_answering_a_quoted_question(knowledge, context, question, expected, topic) -> None:
    says(knowledge, context, question, *expected, topic=topic)


@pytest.mark.parametrize(("question", "expected"), [
    # hours said beside old work and a date within the window are the recent work's...
    ("worked full time at a library 2016/03/01 to 30.06.2020, nothing since except 300h volunteering in 2025. "
     "eligible?", "300 hours"),
    ("I was a full-time library clerk from 2010 to 2016 and since Jan 2024 I've volunteered about 500 hours total. "
     "eligible?", "500 hours"),
    # ...but hours dated only in the old work are the old work's
    ("Hypothetically, if I had 1,820 hours but all of them were from 2019 and 2020, could I apply now?",
     "outside the 5-year window"),
])
def test_hours_beside_old_work(knowledge, context, question, expected) -> None:
    assert "Not eligible yet" in says(knowledge, context, question, expected, topic="eligibility").text


@pytest.mark.parametrize(("question", "required", "electives"), [
    # what is left said with "=", in a claim to check
    ("ok so I've got foundations + tech + youth services + collection mgmt, 4 down so 2 left = comm & teamwork and one "
     "more elective, right?", [CT], 1),
    # an exception said first, before a negated group, is done, and the group leaves it done
    ("Besides Supervision and Management, none of my electives are done; on the core side I have both Foundations and "
     "Comm/Teamwork but not the tech one. what's left?", [TECH], 2),
    ("apart from youth services, nothing done yet. what's left?", [FLS, CT, TECH], 2),
])
def test_what_is_left_said_with_equals_and_exceptions_first(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


def test_a_pair_is_two(knowledge, context) -> None:
    says(knowledge, context, "a pair of 90-min webinars on makerspace 3D printers (tech) and a half-day workshop 9 to 1 "
         "on supervising volunteers. how far am I from 32?", "7 of the 32", "3 on technology", topic="contact-hours")


def test_marks_before_each_item_of_a_work_checklist(knowledge, context) -> None:
    says(knowledge, context, "eligibility check pls ✔ high school diploma ✔ volunteer at branch: 6 hrs/wk x 52 wks ✔ "
         "paid shelver: 15 hrs/wk x 78 wks — do I qualify for LSSC and what's my hour count?", "1,482 hours",
         topic="eligibility")


@pytest.mark.parametrize(("question", "counted"), [
    # "for" dictated for "four" before hours said as a rate
    ("i volunteer for hours every saturday at the library for a year and a half now plus i have my ged is that enough "
     "hours", "312 hours"),
    ("ive been volunteering for hours a week at the library for a year and a half no wait more like a year is that "
     "enough", "208 hours"),
    # ...but not before a number
    ("I worked there for 20 hours a week for 2 years. eligible?", "2,080 hours"),
])
def test_four_dictated_as_for(knowledge, context, question, counted) -> None:
    says(knowledge, context, question, counted, topic="eligibility")


@pytest.mark.parametrize(("question", "expected"), [
    # joining ALA supposed with "say": the asker is not a member now
    ("say I join ALA before applying, how much do I save on the LSSC fee?", ("$25 less",)),
    # questions numbered in brackets, and a price for each of several courses
    ("I'm not in ALA. (1) what's my enrollment fee, and (2) if my community college charges $180 for each of the three "
     "courses I still need, what's my total?", ("$350", "$890")),
])
def test_fee_supposed_joining_and_numbered_questions(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="fee")


def test_a_question_after_a_checklist_is_no_item(knowledge, context) -> None:
    # marks after each set: "the required ones" in the question after the list names no activity
    leaves(knowledge, context, "Updated my list lol: Supervision & Management ✓ Adult Readers' Advisory ✓ Access Services "
           "✓ Reference ✓ Foundations ⏳ Comm & Teamwork ❌ Technology ❌. Do my extra electives cover any of the required "
           "ones or what do I still need?", [FLS, CT, TECH], 0)
