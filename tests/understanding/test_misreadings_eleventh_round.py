"""Misreadings found in the eleventh round's public sets (tables pasted as text, letters signed with
contact details, changing schedules, "how short am I?"), each as a class of saying things."""
import pytest

from lssc_bot.answer import answer

from .asking import CT, FLS, TECH, leaves, says


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a table's rows, each with its status in a cell after the set
    ("set | status\nFoundations | passed\nTechnology | in progress\nReference | passed\nwhat's left?", [CT, TECH], 2),
    ("| competency set | where I am |\n|---|---|\n| Comm & Teamwork | done |\n| Youth Services | planned |\n"
     "| Access Services | done |\nwhat remains", [FLS, TECH], 2),
    ("Cataloging,done\nTech,not started\nFoundations,done\nwhat do I still need", [CT, TECH], 2),
    # ...pasted on one line, and the question after the last row's cells
    ("| set | status | |---|---| | Tech | done | | Youth Services | on hold | | Comm & Teamwork | done | what's left?",
     [FLS], 3),
    ("my sheet: set,state ; Foundations,complete ; Access Services,signed up ; Cataloging,complete ; what now", [CT, TECH], 2),
])
def test_a_table_pasted_as_text(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize("question", [
    # a header names the unit of the amounts under it
    "where,hrs/wk,weeks\nhigh school library,15,36\ncity library,10,52\nenough for LSSC?",
    "| where | hrs/wk | weeks | |---|---|---| | high school library | 15 | 36 | | city library | 10 | 52 | enough for LSSC?",
])
def test_a_table_of_amounts_under_their_units(knowledge, context, question) -> None:
    says(knowledge, context, question, "1,060", topic="eligibility")


def test_numbers_of_a_signature_are_not_asked_about(knowledge, context) -> None:
    reply = says(knowledge, context, "Good afternoon, I volunteer 10 hours per week and have for 2 years. Do I qualify?\n"
                 "Kind regards,\nDana Wu\n1180 Birch Ave, Apt 3, Fresno CA 93701\n(559) 555-0199", r"1,040", r"780")
    assert reply.kind == "rules" and "could not tell" not in reply.text


@pytest.mark.parametrize(("question", "expected"), [
    # each rate for its own time, one of them called full time
    ("15 hrs/wk for 40 weeks, then full time at 35 hrs/wk for the last 20 weeks. can I apply?", r"1,300"),
    # days a week with the length of each shift after them
    ("4 days a week, 5-hour shifts, for the past 2 years. enough?", r"2,080"),
])
def test_schedules_in_more_shapes(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="eligibility")


@pytest.mark.parametrize("question", [
    "12 hours a week for 2 years now, how short am I?",
    "12 hrs/wk for 2 years. is that 1,820?",
    "I have 1,248 hours. How many more do I need?",
])
def test_how_short_and_the_requirement_said_back(knowledge, context, question) -> None:
    says(knowledge, context, question, r"572", topic="eligibility")


def test_how_many_more_of_a_renewal_sized_amount_is_not_the_experience(knowledge, context) -> None:
    # 20 hours could be a renewal's contact hours: not read as 1,800 hours short of the experience
    assert answer(knowledge, "I have 20 hours. How many more do I need?", context).topic != "eligibility"


def test_would_i_still_be_short_asks_what_is_left(knowledge, context) -> None:
    leaves(knowledge, context, "Done: Foundations, Tech, Youth. If I pass Access this spring would I still be short anything?",
           [CT], 1)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # lines sent in a burst, pasted on one line, with a correction among them
    ("hi / done with tech / and access / sorry i mean cataloging not access / what's left", [FLS, CT], 2),
    # an item's value left blank is not done; a date beside an item is when it was done
    ("Foundations: 2023-04 / Technology: - / Youth Services: 2024-09 / Reference: n/a / what is left", [CT, TECH], 2),
    # second-language English: "is now study" is under way
    ("she complete Technology and Youth Services, she is now study Foundations. What she still need?", [FLS, CT], 2),
    # credit for a set, had or brought, is the set done
    ("Our new clerk transferred in with credit for Foundations and Access Services. What is left for her?", [CT, TECH], 2),
])
def test_bursts_blanks_and_credit(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected"), [
    # a yes or no under its column's header
    ("name,ALA member?\nRosa,yes\nTim,no\nJules,yes\ntotal fees for the three?", "$1,000"),
    # a membership's number is no second member
    ("ALA member: yes / member number: 00123 / what's my fee?", "$325"),
])
def test_memberships_in_tables_and_records(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="fee")


@pytest.mark.parametrize(("question", "expected"), [
    # a membership left unsaid, denied or held, is the one just said
    ("my new hire is an ALA member, I'm not. we both apply: total?", "$675"),
    ("my coworker and I will apply. she isn't an ALA member but I am. total for us?", "$675"),
])
def test_an_elided_membership(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="fee")


@pytest.mark.parametrize(("question", "expected"), [
    # the certification got, in second-language English, and a quarter's month said in brackets
    ("I get my certification in Q2 2025 (May). When it expire?", "May 2029"),
    # someone else's certification, asked about as theirs
    ("my mentor earned her CLSS in March 2024. when does her cert expire?", "March 2028"),
])
def test_certified_in_more_words(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="renewal")


def test_an_acceptance_letters_date_is_no_certification(knowledge, context) -> None:
    says(knowledge, context, "My acceptance letter is dated 12 May 2025. What's the last year I can finish the sets in?",
         "2029", topic="deadline")


@pytest.mark.parametrize(("question", "expected"), [
    # a figure alone puts right the figure nearest it, though the story goes on with an amount of its own
    ("I work 30 hrs a week - sorry, 32, forgot my Sunday shift - and have for 40 weeks. enough?", "1,280"),
    # lines of a burst after an amount, and hours a week said as "do 15 a week"
    ("paid hrs: 700 / volunteer hrs: 400 / all in the last 2 years / eligible?", "1,100"),
    ("hi / i have 800 hrs / i do 15 a week now / how many weeks till eligible", "68 weeks"),
    # "2,000+ hours" is at least 2,000
    ("I have 1,500+ hours at the library since 2023. can I apply?", "1,500"),
])
def test_amounts_in_bursts_and_corrections(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="eligibility")


def test_a_weekly_rate_with_its_kind_of_work_said_between(knowledge, context) -> None:
    says(knowledge, context, "I have 1,200 paid hours. If I add 8 volunteer hours a week for the next 40 weeks, am I there?",
         "1,520", topic="eligibility")


def test_a_price_with_cents_is_no_count_of_people(knowledge, context) -> None:
    reply = says(knowledge, context, "me and my coworker (both ALA members) want to apply; lunch was $12.50. total fee?",
                 topic="fee")
    assert "$650" in reply.text


@pytest.mark.parametrize(("question", "expected"), [
    # a total with the time it was worked in, and a rate from now on: the rate is not worked over that time
    ("I have 1,300 hours logged (all since 2024) and now I'm doing 26 hrs a week. how many weeks till eligible?", "20 weeks"),
    ("900 hours since 2022. From next month I'm at 30 hrs/wk. How many weeks until I can apply?", "31 weeks"),
    # the asker's own jobs, a page and then a clerk, are not someone else's
    ("I was a clerk at 20 hours a week for 40 weeks, then a page at 10 hours a week for the last 30 weeks. enough?", "1,100"),
    # a burst: days a week, then the length of each shift on the next line
    ("hi / 4 days a week / 6 hr shifts / 50 weeks so far / enough for lssc?", "1,200"),
])
def test_totals_rates_and_jobs(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="eligibility")


def test_counts_of_members_put_right(knowledge, context) -> None:
    says(knowledge, context, "5 of us applying, 2 are ALA members, sorry, 3 members and 2 non-members. total?", "$1,675",
         topic="fee")


def test_the_askers_own_list_beside_a_question_for_someone_else(knowledge, context) -> None:
    leaves(knowledge, context, "my new hire finished Foundations and Cataloging. I did Tech, Youth and Reference myself "
           "in 2022. what does my new hire still need?", [CT, TECH], 2)


def test_one_person_asked_about_in_a_list_of_several_sets(knowledge, context) -> None:
    leaves(knowledge, context, "Team update: Rosa (Tech, Youth Services), Amir (Foundations, Comm & Teamwork, Reference), "
           "Lee (nothing yet). What does Amir still need?", [TECH], 2)


@pytest.mark.parametrize(("question", "expected", "topic"), [
    ("Staff hours: Nia 2,100 hrs, Omar 1,640 hrs, Tess 900 hrs. Is Omar eligible?", "180", "eligibility"),
    ("Certification dates: Jo certified 2023-03-15, Sam 2024-09-01, Kit 2022-05-20. When does Sam's certification expire?",
     "September 1, 2028", "renewal"),
])
def test_one_person_asked_about_in_a_list_of_figures(knowledge, context, question, expected, topic) -> None:
    says(knowledge, context, question, expected, topic=topic)


@pytest.mark.parametrize(("question", "expected"), [
    # counts of what a library serves, a share of full time and a route in an address are asked about by no one
    ("I help at storytime (~60 kids every week!) and volunteer 12 hours a week, for 2 years now. eligible?", "1,248"),
    ("I have a 0.75 FTE job (30 hours per week) for the last 70 weeks. Do I meet the requirement?", "2,100"),
    ("Do I qualify? 25 hrs/wk for 60 weeks. Thanks, Al Reyes, 12 Route 9, PO Box 40, Troy NY", "1,500"),
    # a table whose first cells are longer than a word or two
    ("| where | hrs/wk | weeks | / | friends of the library book sale (volunteer) | 5 | 52 | / | city library circ desk | "
     "20 | 52 | / enough?", "1,300"),
    # a figure said again more loosely in brackets is the same time
    ("I work 20 hours a week and have for 52 weeks (like a year). enough?", "1,040"),
])
def test_more_numbers_no_one_asks_about(knowledge, context, question, expected) -> None:
    reply = says(knowledge, context, question, expected, topic="eligibility")
    assert "could not tell" not in reply.text


@pytest.mark.parametrize(("question", "required", "electives"), [
    ("My boss is doing LSSC too. She passed Foundations, Tech and Youth. What has she got left?", [CT], 2),
    ("Would I be done if I take Reference next spring? I have Foundations, Tech, Comm & Teamwork and Access.", [], 1),
    ("I finished Technology and Cataloging. What is still ahead of me?", [FLS, CT], 2),
    ("I complete Foundations and Youth Services. Which sets I must still do?", [CT, TECH], 2),
])
def test_whats_left_in_more_words(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected"), [
    ("Both of us are applying and neither is an ALA member. total?", "$700"),
    ("Our branch (5 staff, 2 desks) has two people applying; neither is an ALA member. What's the total?", "$700"),
])
def test_neither_and_a_group_in_an_aside(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="fee")


def test_contact_hours_held_said_as_where_i_am(knowledge, context) -> None:
    says(knowledge, context, "I'm at 26 contact hours, 4 of them tech. what's left for my renewal?", "6 more",
         topic="contact-hours")


def test_a_weekday_every_week_with_its_clock_hours(knowledge, context) -> None:
    says(knowledge, context, "I shelve every Sunday 12-4 and work Mon/Wed 9-3, for the past 60 weeks. enough for LSSC?",
         "960", topic="eligibility")


@pytest.mark.parametrize(("question", "expected"), [
    # the same time said in two units is said once
    ("I've done 12 months at 25 hrs/wk (52 weeks). Eligible?", "1,300"),
    # two times in two units add up
    ("I worked 1 year and 6 months at 20 hrs/wk. enough?", "1,560"),
])
def test_a_time_said_twice_or_two_times(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="eligibility")


def test_the_plan_supposed_done(knowledge, context) -> None:
    leaves(knowledge, context, "done: Foundations, Youth. planned: Tech in the fall, Reference next spring. "
           "if all goes to plan, what will be left?", [CT], 1)
    # ...and not without the supposition
    leaves(knowledge, context, "done: Foundations, Youth. planned: Tech in the fall, Reference next spring. what's left?",
           [CT, TECH], 2)


@pytest.mark.parametrize(("question", "expected"), [
    # a named period with its length in brackets counts that long
    ("In the 2025-26 school year (34 weeks) I worked 20 hrs/wk, and in summer 2025 (8 weeks) 30 hrs/wk. enough?", "920"),
    # the count of people a list goes on to name is no amount
    ("Our 2 new hires: Lu 1,700 hrs, Max 2,000 hrs. Who is eligible?", "Lu"),
])
def test_named_periods_and_counted_people(knowledge, context, question, expected) -> None:
    reply = says(knowledge, context, question, expected, topic="eligibility")
    assert "could not tell" not in reply.text


def test_technology_hours_said_of_which(knowledge, context) -> None:
    says(knowledge, context, "Certified May 2023; I have 30 contact hours, 2 of which were on technology. what do I need?",
         "2 on technology: 2 more tech hours needed", topic="contact-hours")


@pytest.mark.parametrize(("question", "expected"), [
    # members counted by the association's name alone
    ("for my 6 pages (4 ALA, 2 not) what's the total LSSC fee?", "$2,000"),
    # people who came to something are no group applying
    ("we had 90 people at the author talk, wild. anyway I'm not an ALA member, what's my fee?", "$350"),
    # ...but staff at a branch who want to apply are
    ("4 people at our branch want to do LSSC, none of us are ALA members. total?", "$1,400"),
])
def test_members_counted_and_crowds_not(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="fee")


def test_without_shortened_is_without(knowledge, context) -> None:
    reply = says(knowledge, context, "w/o a diploma or GED, but 2,100 hrs at the library. can I apply?", topic="eligibility")
    assert reply.text.startswith("Not eligible yet")


def test_hr_the_office_is_no_hours() -> None:
    from lssc_bot.understanding.normalise import clean
    assert clean("Our HR person asked. I work 8 HR shifts") == "our human resources person asked . i work 8 hr shifts"


@pytest.mark.parametrize(("question", "expected", "topic"), [
    # misspelt on a phone: "moths", "eligable"
    ("volunteer 10 hours a week for 24 moths, am i eligable", "1,040", "eligibility"),
    # asked for someone else in more shapes
    ("my trainee has worked 30 hours a week for 40 weeks. can she enroll yet?", "1,200", "eligibility"),
    ("My boss got her CLSS in 2020. Should she be renewing?", "2024", "renewal"),
])
def test_misspelt_and_asked_for_someone(knowledge, context, question, expected, topic) -> None:
    says(knowledge, context, question, expected, topic=topic)
