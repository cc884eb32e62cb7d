"""Misreadings found in the fourteenth round (work as a share of full time, ...), each as a class of saying
things, in other words than the sets'."""
import pytest

from .asking import CT, FLS, TECH, ask, leaves, says


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


def test_a_full_time_week_said_with_its_article_and_place(knowledge, context) -> None:
    says(knowledge, context, "I'm half time - full time is a 38-hour week here - and I've banked 1,250 hrs. weeks until I "
         "qualify?", "19 hours a week", "30 weeks", topic="eligibility")


@pytest.mark.parametrize(("question", "required", "electives"), [
    # "but" after a group says its exception, not a contrast: "every required set but Comm"
    ("got every core set but Technology done, and Access Services too. what now?", [TECH], 2),
    ("finished all of the required ones but Foundations, plus Reference. what's left?", [FLS], 2),
    # ...while "but" after a list of named sets is still a contrast
    ("Foundations and Tech are done but I haven't started Comm. remaining?", [CT], 3),
])
def test_a_group_but_one_set(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


def test_the_time_the_program_allows_asks_for_the_deadline(knowledge, context) -> None:
    says(knowledge, context, "Hello, I enrolled in LSSC in March 2021. Am I still inside the timeframe to finish my "
         "sets? Thanks, Ruth", "2025", "passed", topic="deadline")


@pytest.mark.parametrize(("question", "expected"), [
    # several people's hours by label; the question names one of them: theirs, not the asker's or a sum
    ("me: 700 volunteer hrs. my clerk Dmitri: 1,950 hours. Does Dmitri meet the hours requirement?", ["1,950", "eligible"]),
    ("Our pages: Lena has 1,400 hours, Omar has 2,200 hours. How many more hours does Lena need?", ["420"]),
    # the asker's own figures said first without a label, then someone else's under one
    ("I do 12 hrs a week at the desk. my coworker Ines: 25 hrs/wk for 1 year. can Ines apply yet?", ["1,300", "520"]),
    ("Ines: 25 hrs/wk for 1 year, me: 1,900 hours. am I eligible?", ["1,900", "eligible"]),
])
def test_one_person_of_several_asked_about_by_name(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="eligibility")


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a transcript's dot leaders part a set from its grade
    ("from the registrar: FOUNDATIONS OF LIBRARY SERVICES ..... PASS / TECHNOLOGY ..... IN PROGRESS / REFERENCE AND INFORMATION "
     "SERVICES ..... PASS. what's outstanding?", [CT, TECH], 2),
    # a timeline's words for withdrawing, finishing and starting later
    ("Backed out of Cataloging last spring, Youth Services wrapped in June, and Tech kicks off next month. What's left?",
     [FLS, CT, TECH], 2),
])
def test_transcripts_and_timelines(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected", "topic"), [
    # a schedule said as weeks of so many hours is a weekly rate
    ("sitting at 1,600 hrs and I'm on 35 hour weeks now. how many more weeks?", ["7 weeks"], "eligibility"),
    # a duration with a word before "the past" is still that duration
    ("volunteered 15 hrs/wk for roughly the past year. how many more hours to qualify?", ["1,040"], "eligibility"),
    # "half a dozen" is six, not twelve
    ("went to half a dozen conference days over my cert period. contact hours?", ["36 contact hours"], "contact-hours"),
    # more than enough says by how much
    ("3 semester credits and a conference day this cycle - how far past 32 am I?", ["51", "19 more than needed"],
     "contact-hours"),
])
def test_rates_durations_and_counts_in_more_words(knowledge, context, question, expected, topic) -> None:
    says(knowledge, context, question, *expected, topic=topic)


@pytest.mark.parametrize(("question", "expected"), [
    # "all six courses cost $X each" is six courses at $X, not one bundle
    ("every one of the 6 courses runs $175 each at the college; I'm not an ALA member. total with the fee?",
     ["6 courses × $175", "$1,400"]),
    # a count of courses with "are $X each" is that many at $X
    ("ALA member. Foundations $200, Tech $200, Comm $200, and my last three electives are $150 each. what's the "
     "total with the fee?", ["3 × $150", "$1,375"]),
])
def test_course_counts_with_each(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="fee")


@pytest.mark.parametrize(("question", "expected", "topic"), [
    # a date of each person's; the question asks about the one named or pointed to
    ("I enrolled March 2020 and my aide Tomas enrolled in October 2023. When is Tomas's deadline?", ["2027"], "deadline"),
    ("I was certified in 2022; my supervisor was certified in March 2024. When does my supervisor's certification "
     "expire?", ["2028"], "renewal"),
])
def test_someone_elses_date_beside_mine(knowledge, context, question, expected, topic) -> None:
    says(knowledge, context, question, *expected, topic=topic)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # names with accents are names: the question about one of two people is about that one
    ("Renée and Joaquín share a login. Joaquín: Foundations, Tech, Youth Services. Renée: Comm & Teamwork. "
     "What does Joaquín have left?", [CT], 2),
    # a set's word used as a verb is no set ("unable to access the portal")
    ("I've been unable to access the portal all week, but I did finish Tech and Reference. What's left?", [FLS, CT], 2),
    # the one required set still to do says the other required ones are done
    ("The only core one I still need is Foundations, and I have Cataloging done. what else?", [FLS], 2),
])
def test_names_verbs_and_the_only_one_left(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


def test_the_only_elective_left_does_not_finish_the_others(knowledge, context) -> None:
    reply = ask(knowledge, context, "Foundations, Comm and Tech are done. The only elective I have left to do is Youth "
                "Services. What's left?")
    completed = next(line for line in reply.text.splitlines() if line.startswith("Completed:"))
    assert "Access Services" not in completed and "Cataloging" not in completed


@pytest.mark.parametrize(("question", "expected"), [
    # hours a record states between two ISO dates
    ("timesheet export: 'Hours worked (2023-06-01 to 2026-11-30): 1,905'. am I eligible?", ["1,905", "eligible"]),
    # an amount under the label of its kind of work, hours said elsewhere in the message
    ("no paid hours yet; volunteer: 1,650 at the school library. enough?", ["1,650", "170"]),
    # a total banked "there in the N years before" is when it was worked, not the duration of the rate said
    ("I've been on 20 hrs/wk at the branch for 10 weeks, and I'd logged 1,400 volunteer hours there in the three years "
     "before that. eligible?", ["1,600", "220"]),
])
def test_totals_in_more_shapes(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="eligibility")


@pytest.mark.parametrize(("question", "expected"), [
    # half of a group whose size is said with it; "the rest" are the others of that size, not one more person
    ("half of our team of 6 have ALA membership and the rest don't. what's the LSSC total if everyone applies?",
     ["3 ALA members", "3 non-members", "$2,025"]),
    # some of the staff counted apart from the whole: the whole is the larger number
    ("2 of our staff of 5 are ALA members, the others aren't. fees if all 5 apply?",
     ["2 ALA members", "3 non-members", "$1,700"]),
])
def test_part_of_a_group_and_the_rest(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="fee")


@pytest.mark.parametrize(("question", "expected", "topic"), [
    # a count of shifts named by their day, with each one's length: "one 6-hour Sunday a week"
    ("1,500 hrs banked; I now pick up one 6-hour Sunday a week. how many Sundays till 1,820?", ["54 weeks"],
     "eligibility"),
    # hours on technology are renewal hours, though renewal goes unnamed
    ("I have 33 hours logged, only 3 of them tech. am I good?", ["at least 4", "1 more"], "contact-hours"),
])
def test_day_shifts_and_technology_hours(knowledge, context, question, expected, topic) -> None:
    says(knowledge, context, question, *expected, topic=topic)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # "halfway" said of the asker is progress through the program, not the status of the sets listed after it
    ("I'm over halfway now: Foundations, Tech, Comm and Teamwork and Reference are all done. what's left?", [], 2),
    # ...while halfway through a set is still that set under way
    ("I'm halfway through Comm and Teamwork; Foundations and Tech are done. remaining?", [CT], 3),
    # a count of electives after a comma is another item, not part of the exception
    ("all the required but Technology, and 1 elective (Access). what's left?", [TECH], 2),
])
def test_progress_said_of_the_asker_and_exceptions(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected"), [
    # an activity said by its days and its hours each day; the days are no conference days
    ("did a 2-day cataloging institute, 5 hours a day, and a 1-hour tech webinar. renewal total?", ["11 contact hours"]),
    ("a 3-day summer academy (6 hours each day) on tech. how many contact hours is that?", ["18 of the 32"]),
])
def test_multi_day_activities(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="contact-hours")


def test_an_elective_counted_by_its_place(knowledge, context) -> None:
    leaves(knowledge, context, "Just passed Reference - my third elective! The required ones are all done too. "
           "anything left?", [], 0)


@pytest.mark.parametrize(("question", "expected"), [
    # the asker's own membership beside a group of their staff they enroll: the staff, not the asker, apply
    ("I'm an ALA member myself. I'm enrolling three of my circulation staff, one of whom is also a member. "
     "Total LSSC fees?", ["1 ALA member", "2 non-members", "$1,025"]),
])
def test_a_manager_enrolling_staff(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="fee")


def test_a_list_of_statements_before_one_question_answers_that_question(knowledge, context) -> None:
    # the boxes are facts, not questions of their own: no what's-left of the first box alone beside the deadline
    reply = says(knowledge, context, "[x] Tech [x] Youth Services [ ] Foundations [x] Cataloging — enrolled May 2023. "
                 "deadline?", "2027", topic="deadline")
    assert "Completed: Technology.\n" not in reply.text


def test_a_manager_comparing_one_non_member_with_two_members(knowledge, context) -> None:
    reply = says(knowledge, context, "I'm not an ALA member but my two aides are. how much more do I pay than each of "
                 "them?", "$25", topic="fee")
    assert "$300" not in reply.text  # the groups' sums are not the difference


def test_credits_said_after_their_kind_of_class(knowledge, context) -> None:
    says(knowledge, context, "renewal log: semester-credit class 2 credits; tech webinar 90 min. total contact hours?",
         "31.5", topic="contact-hours")


@pytest.mark.parametrize(("question", "required", "electives"), [
    # electives counted in what a what-if supposes done
    ("Foundations and Tech are done. If I get through Comm in the spring and 2 electives over the summer, what would "
     "still be left?", [], 1),
    ("I have Foundations, Comm, Tech and Cataloging. if I knock out two more electives next term, what's left then?", [],
     0),
    # ...but an elective named with its place is that one, not one more ("as a fourth elective")
    ("I have all the required plus Youth, Access and Reference. If I add Cataloging as a fourth elective, what's left?",
     [], 0),
    # "currently:" heads a list whose items say their own status
    ("Currently: Foundations + Technology done, Youth in progress. what's left?", [CT], 3),
])
def test_what_ifs_with_counted_electives(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


def test_full_time_said_with_its_hours(knowledge, context) -> None:
    says(knowledge, context, "at 1,100 hours now; if I switch to full time (36 hrs) next month, how many weeks after "
         "that until I'm eligible?", "36 hours a week", "20 weeks", topic="eligibility")


def test_chat_shorthand_for_now(knowledge, context) -> None:
    # "rn" is "right now": the set said with it is under way, not done
    leaves(knowledge, context, "ok so foundations + comm done, doing tech rn lol. whats left", [TECH], 3)


def test_a_county_is_no_question_of_what_counts(knowledge, context) -> None:
    # a story of work before a question about the program asks about the program, not eligibility
    reply = ask(knowledge, context, "I shelve books at a county branch two days a week and my supervisor mentioned "
                "LSSC. what is it, in a nutshell?")
    assert reply.topic != "eligibility" and "support staff" in reply.text.lower()


def test_a_total_held_now_and_when_it_was_worked(knowledge, context) -> None:
    says(knowledge, context, "I have 1,600 hours at the moment (all from the past 18 months) and do 10 hours a week. "
         "how many weeks till I can apply?", "22 weeks", topic="eligibility")
