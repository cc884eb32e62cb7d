"""Misreadings found in the nineteenth round, each as a class of saying things, in other words than the sets'."""
import pytest

from .asking import CT, FLS, TECH, leaves, says


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a course described by what it is about, its words joined by "&" or "/", or said after "the one where you ..."
    ("done: the storytime/teens one and the weeding & ordering one. what's left?", [FLS, CT, TECH], 1),
    ("passed the one where we learned MARC records and the intro one. remaining?", [CT, TECH], 2),
    ("i finished the one where you practice answering patron questions. what else do i need?", [FLS, CT, TECH], 2),
    ("got the library-101 one and the one on PCs & software done, what's left", [CT], 3),
    # words said beside a course describe it when the course's own words do not
    ("finished the book one (suggesting novels to grown-ups), what do I still need?", [FLS, CT, TECH], 2),
])
def test_a_course_described_rather_than_named(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # ...but an aside that lists or excepts sets is no description
    ("two of the three required ones (everything except Technology) done, plus one elective. what's left?", [TECH], 2),
    ("I'm a third of the way through the required sets (only Foundations so far). remaining?", [CT, TECH], 3),
    # nor is "one" counting time, nor a sum's "plus"
    ("I've done Foundations, and I worked at the reference desk for one year. what's left?", [CT, TECH], 3),
])
def test_what_is_not_a_description(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected"), [
    # an activity's length said by the clock, 12- or 24-hour, with am/pm, noon, or minutes
    ("renewal so far: a webinar 10:00-11:30 on e-books (tech), a workshop 1pm-4pm, 2 conference days. total?",
     ("16.5 contact hours", "1.5 on technology")),
    ("a tech bootcamp 8:30am-12:30pm and a training 9am to noon. renewal hours?", ("7 contact hours",)),
    ("logged a 13:00-14:00 webinar on databases (tech) and 3 semester credits. enough to renew?", ("46 contact hours",)),
])
def test_an_activity_timed_by_the_clock(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="contact-hours")


@pytest.mark.parametrize(("question", "expected"), [
    # hours by the pay period (two weeks, unless said twice a month), and pay periods counted as time
    ("I'm paid biweekly, 40 hrs each pay period, for the last 2 years. eligible?", ("2,080 hours",)),
    ("my pay periods are 60 hours and I've worked 30 pay periods. enough for LSSC?", ("1,800 hours",)),
    ("30 hours every two weeks since I started 104 weeks ago - am I eligible?", ("1,560 hours",)),
    # a form's fields, value after the name
    ("hrs_per_week=25; weeks_worked=80; diploma=yes; eligible?", ("2,000 hours",)),
    ("hours per week: 16. weeks worked: 100. can I apply?", ("1,600 hours",)),
    # ...but a field named with its own amount is not a length: "in the last 5 years: 1,230"
    ("library hours in the last 5 years: 1,230. eligible?", ("1,230 hours",)),
    # a day's hours times days a week, written with slashes; a day's shift said as its length
    ("6 hrs/day x 3 days/week for 104 weeks. eligible?", ("1,872 hours",)),
    ("saturdays 8 hours and tue/thu 4 hours, for 52 weeks. eligible?", ("832 hours",)),
])
def test_hours_by_pay_period_form_or_schedule(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="eligibility")


@pytest.mark.parametrize(("question", "expected"), [
    # prices listed after the courses they are, over a comma or a question
    ("not an ALA member. my courses, $90, $110 and $150. total with the fee?", ("$700",)),
    ("how much were the classes? $100, $120, $140, I'm an ALA member, what's the total with the application?", ("$685",)),
])
def test_course_prices_listed_after_the_courses(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="fee")


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a set whose final, results or end is still to come is not done yet
    ("passed tech last week; the foundations exam is tomorrow. what's left right now?", [FLS, CT], 3),
    ("Reference results come out next Thursday, Comm was done in May. remaining today?", [FLS, TECH], 3),
    ("foundations wraps up friday, tech done. what's still open?", [FLS, CT], 3),
    # ...and a question about after the term supposes the sets ending this term done
    ("what's left after this term? I have Tech and Comm, and I'm wrapping up Access this term", [FLS], 2),
])
def test_a_set_whose_end_is_still_to_come(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # one set set against another: the other is not done, and the list goes on after the contrast
    ("I did Comm but not Tech, and Youth Services but not Reference. what's left?", [FLS, TECH], 2),
    ("went with Access instead of Cataloging, plus Foundations. what do I need?", [CT, TECH], 2),
    ("took Technology rather than Comm & Teamwork this year. remaining?", [FLS, CT], 3),
])
def test_a_set_set_against_another(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # several people's lists side by side, by "|", "->" or rows, and a question about one of them (marked or not)
    ("Ana: Tech, YS | Raj: Found, Comm, Tech, Access | Lu: nothing. how far is Raj from finishing?", [], 2),
    ("our team -> me: Comm + Cataloging; Pat: Found, Tech, Ref; Kim: none. whats left for me", [FLS, TECH], 2),
    ("Row 1 Omar: Foundations, Youth / Row 2 Ines: Tech, Reference, Access. Ines wants to know what remains for her",
     [FLS, CT], 1),
])
def test_one_person_of_a_table(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected"), [
    # a membership that runs out later, said in the present tense with when, is current now
    ("my ALA membership expires in June and I'm applying this week. fee?", ("$325",)),
    ("ALA membership runs out at the end of the year, paying the application now - how much?", ("$325",)),
    # ...one that ran out is not
    ("my ALA membership ran out in March. what's my application fee?", ("$350",)),
])
def test_a_membership_running_out_later(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="fee")


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a status after "=" as after a label's colon; a trio of the core sets is the three of them
    ("core trio = done. electives = none of them yet. what's left?", [], 3),
    ("Foundations = done, Tech = in progress, Reference = done. remaining?", [CT, TECH], 2),
    # "everything" said on one side of the program is all of that side
    ("on the required side everything is finished except Tech. electives: just Access. what's left?", [TECH], 2),
    ("On the elective side, all done. Core: only Comm. what do I need?", [FLS, TECH], 0),
])
def test_labels_by_equals_and_sides_of_the_program(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected", "topic"), [
    # one course's price said of one's own course, or with the set it is for after it
    ("not an ALA member. my first course is $185. application plus that course?", ("$535",), "fee"),
    ("ALA member; I'll pay $200 for my Foundations course and $150 for Tech. total?", ("$675",), "fee"),
    # ...while a course's price said in general is each course's
    ("if a course is about $200 and I take all 6, plus the member fee, total?", ("$1,525",), "fee"),
    # hours said before their amount a month; a half-day activity with its length said lasts that long
    ("my hours run about 100 a month and I've been there 20 months. eligible?", ("2,000 hours",), "eligibility"),
    ("a half-day workshop 8:30am-12:30pm and 2 conference days. renewal hours?", ("16 contact hours",), "contact-hours"),
    # a form's fields by "=" (not a sum worked out, nor a definition)
    ("ala_member=no; courses=[$100, $120]; total?", ("$570",), "fee"),
    ("2 semester credits = 30 hrs, plus a conference day = 36, enough to renew?", ("36 contact hours",), "contact-hours"),
])
def test_amounts_said_the_way_forms_and_letters_say_them(knowledge, context, question, expected, topic) -> None:
    says(knowledge, context, question, *expected, topic=topic)


def test_the_year_by_which_the_sets_are_due(knowledge, context) -> None:
    says(knowledge, context, "Dear team, I enrolled in March 2024. Please confirm the year by which I must complete "
                             "the remaining sets. Regards, Lee", "2028", topic="deadline")


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a set's name with one word misheard by speech-to-text or autocorrect, the rest of the name word for word
    ("finished fountains of library services and technology. what's left?", [CT], 3),
    ("did commune cation and teamwork plus reverence and information services. remaining?", [FLS, TECH], 2),
    ("done: fun nations of library services, cattle logging and classification. what else?", [CT, TECH], 2),
    # ...but not a word of its own that only shares the rest of a name
    ("I finished Foundations, and I read about the history of library services. what's left?", [CT, TECH], 3),
])
def test_a_set_name_misheard(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


def test_a_long_cue_word_cut_in_two(knowledge, context) -> None:
    # speech-to-text cuts "deadline" in two; "every one of" is not "everyone"
    says(knowledge, context, "enrolled march 2025, when is my dead line", "2029", topic="deadline")
    says(knowledge, context, "finished every one of the required sets and one elective. how many more?", "2 more",
         topic="remaining")


@pytest.mark.parametrize(("question", "expected", "topic"), [
    # words that speech-to-text or autocorrect writes for a cue word that sounds the same, the words around saying which
    ("i in rolled in may 2024, when's my deadline?", ("2028",), "deadline"),
    ("I unrolled in the program in October 2023. what year do I have to finish by?", ("2027",), "deadline"),
    ("volunteering 15 hours a weak for 130 weaks. am I illegible?", ("1,950 hours",), "eligibility"),
    ("30 ours a week for a year, eligible?", ("1,560 hours",), "eligibility"),
    # an English word is no slip of a cue word ("talking" is not "taking"), so a described course stays done
    ("passed the talking-to-coworkers one and tech. what's left?", ("Foundations of Library Services",), "remaining"),
    # a multi-day activity with its hours of sessions each day
    ("a 3-day institute with 5 hours of sessions each day. renewal hours?", ("15 of the 32",), "contact-hours"),
])
def test_soundalikes_and_english_words(knowledge, context, question, expected, topic) -> None:
    says(knowledge, context, question, *expected, topic=topic)


def test_one_of_a_cohort_said_with_only(knowledge, context) -> None:
    leaves(knowledge, context, "cohort: Ann has Foundations+Tech; Bo only Comm; Cy has all 3 core. Bo wants to know what's "
                               "left for him", [FLS, TECH], 3)


@pytest.mark.parametrize(("question", "expected"), [
    # an activity still to come is not counted yet
    ("renewal: 20 hours so far, a 3-hour tech workshop yesterday, and a 2-day conference next week. where am I now?",
     ("23 of the 32",)),
    ("I did 2 semester credits and I'm signed up for a 1-day conference in March. renewal hours now?", ("30 of the 32",)),
])
def test_an_activity_still_to_come(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="contact-hours")
