"""Misreadings found in the thirteenth round's public sets (prices per kind of set, tables lined up with spaces,
one set picked out of a group), each as a class of saying things, in other words than the sets'."""
import pytest

from .asking import CT, FLS, TECH, leaves, says


@pytest.mark.parametrize(("question", "required", "electives"), [
    # one set picked out of the required ones is that set, not all three
    ("Did Comm & Teamwork, and I'm taking Tech now, the final core one. what's left?", [FLS, TECH], 3),
    ("done with Foundations and Comm. Technology, the last required one, starts in January. what's left?", [TECH], 3),
    # ...while the group itself is still the group
    ("the core ones are all done plus youth services. what's left?", [], 2),
    # a word listed after a set by "&" or "+" is another item, not the set's job ("the reference team")
    ("comm & team + cataloging done, tech in progress. what's left?", [FLS, TECH], 2),
])
def test_one_set_out_of_a_group_and_items_listed_by_marks(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected"), [
    # a price for each kind of set: each set still to do at its kind's price
    ("not an ALA member, nothing done yet. the college wants $300 per course for required sets and $200 per elective."
     " total cost?", ["3 × $300 + 3 × $200", "$1,850"]),
    ("I'm an ALA member with Foundations done. Required courses are $250 each, electives run $180. what's the total?",
     ["2 × $250 + 3 × $180", "$1,365"]),
    # the number of courses said as "N of them" is the count, not one per set
    ("courses are $150 each and I still need 2 of them; I already have ALA membership. how much all in?",
     ["2 courses × $150", "$625"]),
])
def test_course_prices_in_more_shapes(knowledge, context, question, expected) -> None:
    reply = says(knowledge, context, question, *expected, topic="fee")
    assert "one approved course per set" not in reply.text or "per set" in question


@pytest.mark.parametrize(("question", "expected"), [
    # columns lined up with spaces in a pasted block are a table: a yes or no under a header says the header
    ("``` / who     ALA member / Dee     no / Sam     yes / Lou     no / ``` / total for the three of us?",
     ["1 ALA member × $325", "2 non-members × $350", "$1,025"]),
])
def test_a_table_lined_up_with_spaces(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="fee")


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a correction's "no" takes back a word, not the sets: "oops no, ..." then the right list
    ("passed Foundations, Comm and Access - oh no, not Access, I withdrew from it. what's left?", [TECH], 3),
    # a set whose name holds "and" keeps the status said after it
    ("Tech done, Supervision and Management on hold till spring. remaining?", [FLS, CT], 3),
    # a tracker pasted on one line with bars only: the header says how many cells make a row
    ("Course | Status | Foundations | passed | Tech | passed | Youth Services | in progress | what now?", [CT], 3),
    # asked about someone named, beside the asker's own sets: hers are the ones that count
    ("my aide Rosa has Foundations, Comm & Teamwork and Reference; I only have Tech myself. what is Rosa missing?",
     [TECH], 2),
    # "I'll have that": the set under way in the condition before it
    ("if my Youth Services course wraps up in May I'll have that and Foundations. what would be left then?",
     [CT, TECH], 2),
])
def test_corrections_trackers_and_someone_named(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected"), [
    # a figure corrected after it was said is the new figure
    ("certified 3/14/2024, sorry I mean 2023 not 2024. when does it expire?", ["March 14, 2027"]),
])
def test_a_figure_corrected(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="renewal")


@pytest.mark.parametrize(("question", "expected"), [
    # a span from the start of one month to the end of another is whole months
    ("volunteered 20 hrs a week from the beginning of June 2025 to the end of May 2026. eligible?", "1,040 hours"),
    # a weekday said in the plural is every week
    ("Sundays only, 6 hours, for a year and a half. how short am I?", "468 hours"),
    # "how much hour": the hours asked, in plain words
    ("how much hour more i need? i have 900 hour", "920 more hours"),
])
def test_hours_in_this_round_s_shapes(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="eligibility")


@pytest.mark.parametrize(("question", "expected"), [
    # a statement about everyone, run on without a stop, is about everyone
    ("what would me and my 3 coworkers pay to apply none of us are ala members", "$1,400"),
    # courses done and the few still to pay for, with their price
    ("ALA member, finished 3 approved courses and only need 3 more at $200 each. what's left to pay with the fee?",
     "$925"),
])
def test_fees_run_on_and_counted(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="fee")


@pytest.mark.parametrize(("question", "expected"), [
    # a price said for every course at once
    ("our library system sells a 6-course LSSC package for $950. I'm an ALA member. total cost?", ["$950", "$1,275"]),
    # a kind of set's price with where it is sold said between
    ("required courses through the state library are $150 each, electives are $100. not a member, nothing done. total?",
     ["3 × $150 + 3 × $100", "$1,100"]),
    # a share paid by someone else of the courses, not of the fee
    ("my branch reimburses half the tuition but not the application fee. courses run $200 each, I need all six, "
     "and I'm not an ALA member. what do I pay myself?", ["$950"]),
    # people counted in a run-on, then said of
    ("what is the fee for four of us two of us are ala members and two are not", ["$1,350"]),
    # a bar table's last cell with the question after a dash
    ("Name | ALA? / Ines | yes / Oli | no -- total LSSC fees?", ["$675"]),
])
def test_fees_in_this_round_s_shapes(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="fee")


@pytest.mark.parametrize(("question", "expected"), [
    # a range of weekdays is the days between, "to" is no Tuesday
    ("I do 3 hours a day, tuesday to saturday, and have for 52 weeks. how many hours is that?", "780 hours"),
    # two months of one year
    ("16 hrs a week from February to July 2026, anything else? am i eligible", "416 hours"),
])
def test_days_and_months_said_as_ranges(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="eligibility")


def test_an_equivalent_under_never_is_not_held(knowledge, context) -> None:
    reply = says(knowledge, context, "3,000 library hours but I never got my diploma or got a GED either. eligible?",
                 topic="eligibility")
    assert reply.text.startswith("Not eligible"), reply.text


def test_a_program_that_runs_out_of_a_library_is_no_renewal(knowledge, context) -> None:
    says(knowledge, context, "how many hours do I still need to apply? I have 1,500 hours at the reading program that "
         "runs out of our branch", "320 more hours", topic="eligibility")


def test_contact_hours_held_for_renewal(knowledge, context) -> None:
    says(knowledge, context, "we have 40 contact hours for renewal and 2 of them are on technology. ok?",
         "2 more hours", topic="contact-hours")


def test_after_that_one_finishes(knowledge, context) -> None:
    leaves(knowledge, context, "finished foundations and tech. youth services starts in march. what is left after that "
           "one is done?", [CT], 2)


def test_what_is_left_asked_beside_a_renewal_question(knowledge, context) -> None:
    reply = says(knowledge, context, "do renewals cost anything? and I've done Foundations and Youth Services, what's "
                 "left for me?", topic="remaining")
    assert reply.details is not None and sorted(reply.details.remaining_required) == sorted([CT, TECH])


def test_counted_questions_each_answered_and_asking_to_enroll_is_no_enrolling(knowledge, context) -> None:
    reply = says(knowledge, context, "two things: first, do I need a degree to enroll? second, I finished Tech and "
                 "Reference in 2024, what am I missing?", topic="remaining")
    assert "Finish by" not in reply.text, reply.text  # finishing sets in 2024 is no enrolling in 2024
    assert "degree" in reply.text.lower(), reply.text  # the first question is answered beside


@pytest.mark.parametrize(("question", "expected"), [
    # where the asker stands, with work said and no set
    ("paid page 10 hrs/wk for 104 weeks. where do I stand?", "1,040 hours"),
    # "a different one" is another library, not a place that is not one
    ("I logged 1,500 hours at a library back in 2016, and 900 hours since 2024 at another one. eligible?", "900 hours"),
])
def test_hours_where_the_asker_stands(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="eligibility")


@pytest.mark.parametrize(("question", "expected"), [
    # a row of a log: the kind of course, a bracket, then its credits
    ("CE so far: Quarter class (Cataloging) | 2 credits / Tech webinar | 3 hrs. total?", "Added up: 20 + 3 = 23"),
    # a course said by its weeks and its hours each week
    ("did a 6-week evening class on library tech meeting 3 hrs a week for renewal. how many contact hours is that?",
     "That is 18 of the 32"),
])
def test_renewal_education_in_this_round_s_shapes(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="contact-hours")


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a story typed without stops goes on after a circumstance: "... when my son was born and then ..."
    ("i did tech in 2023 and then i had to pause reference when we moved and then this spring i finished foundations "
     "so what is left", [CT], 3),
    # the words for a kind of set, misspelt
    ("got all the requred ones done plus 2 electivs. what's left", [], 1),
])
def test_run_on_stories_and_misspelt_kinds(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


def test_no_library_work_said_outright_counts_none(knowledge, context) -> None:
    reply = says(knowledge, context, "I've managed a bookstore for 9 years but never worked in a library. can I apply "
                 "for LSSC?", "0 hours", topic="eligibility")
    assert reply.text.startswith("Not eligible"), reply.text
    # a library job to come is still counted from now
    says(knowledge, context, "never worked in a library yet, but I start 20 hrs/week at the library in January. how "
         "many weeks until I'm eligible?", "91 weeks", topic="eligibility")


def test_a_job_switched_to_some_time_ago(knowledge, context) -> None:
    says(knowledge, context, "moved to a full-time library clerk position 14 months ago at 35 hrs/week. eligible?",
         "2,123 hours", topic="eligibility")


def test_people_named_one_by_one_after_their_group(knowledge, context) -> None:
    says(knowledge, context, "Two of our pages are applying. Only Sam is an ALA member; Jo never joined. total fees?",
         "$675", topic="fee")


def test_a_membership_question_beside_a_fee_after_a_dash(knowledge, context) -> None:
    reply = says(knowledge, context, "quick ones - is ALA membership required for LSSC? and what would the member "
                 "discount save me", topic="fee")
    assert "isn't required" in reply.text, reply.text


@pytest.mark.parametrize(("question", "required", "electives"), [
    # cells pasted on one line, every second one a status
    ("Foundations\tpassed\tTechnology\tin progress\tAccess Services\tdone\tYouth Services\tdone  what remains?",
     [CT, TECH], 1),
    # rows parted by arrows
    ("set | status → Tech | done → Foundations | done → Reference | withdrawn. left?", [CT], 3),
])
def test_trackers_pasted_in_other_shapes(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected"), [
    # the second kind's price said without its verb, and "including certification" names no other one
    ("required courses cost $250 each and electives $150 each. ALA member. all in, including certification?",
     ["3 × $250 + 3 × $150", "$1,525"]),
    # people counted by a family word
    ("me and my 2 cousins want to apply. only I am in ALA. total fees?", ["$1,025"]),
])
def test_fees_with_words_left_out(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="fee")


@pytest.mark.parametrize(("question", "expected", "topic"), [
    # a new figure alone corrects the last one written the same way
    ("got my certificate on the 9th of April 2024 - no wait, 2023. when does my window open?", "April 9, 2026",
     "renewal"),
    ("enrolled 2/1/2024, sorry, 3/1/2024. when's the deadline?", "March 2028", "deadline"),
    ("I volunteer 12 hrs a week - wait no, it's 15 - and have for 100 weeks. eligible?", "1,500 hours", "eligibility"),
])
def test_a_figure_corrected_by_the_new_one_alone(knowledge, context, question, expected, topic) -> None:
    says(knowledge, context, question, expected, topic=topic)


def test_the_asker_s_own_sum_again_is_no_correction(knowledge, context) -> None:
    says(knowledge, context, "I have 20 renewal hours, but one was a 30-minute webinar, so actually 19? how many more?",
         "13 more contact hours to go", topic="contact-hours")


@pytest.mark.parametrize(("question", "expected"), [
    # all of the fee paid by someone else: the courses are what is left to pay
    ("our district covers the LSSC fee; I pay for the courses myself, 6 at $100. I'm not an ALA member. my cost?",
     "you pay **$600**"),
    # the courses paid by someone else, their price unsaid: the fee is the asker's own
    ("my library covers the courses. I'm an ALA member. what do I pay?", "**$325**"),
])
def test_a_whole_fee_or_the_courses_paid_by_someone_else(knowledge, context, question, expected) -> None:
    reply = says(knowledge, context, question, expected, topic="fee")
    assert "you pay **$0**" not in reply.text, reply.text


def test_a_figure_corrected_with_its_unit(knowledge, context) -> None:
    # the old figure is the one said with the same unit, not the nearest number
    says(knowledge, context, "I volunteer 3 days a week, 5 hours a day - oh sorry, 4 hours a day - for 60 weeks. "
         "eligible?", "720 hours", topic="eligibility")


def test_the_asker_s_aside_ends_with_its_bracket(knowledge, context) -> None:
    leaves(knowledge, context, "my trainee Mo (I finished mine back in 2020) has done Foundations and Access. What's "
           "left for Mo?", [CT, TECH], 2)


def test_weeks_until_someone_else_qualifies(knowledge, context) -> None:
    says(knowledge, context, "Manager here. My page has 1,000 hours and works 10 hrs/week. How many weeks before he is "
         "eligible?", "82 weeks", topic="eligibility")


def test_a_terse_question_in_the_asker_s_word_order(knowledge, context) -> None:
    # "what more i need": what is left; "now i take X": X under way
    leaves(knowledge, context, "i done comm and teamwork. now i take reference. what more i need?", [FLS, TECH], 3)
