"""Misreadings found in the twelfth round's public sets (sets described by what they are about, long stories,
figures worked out and asked back), each as a class of saying things, in other words than the sets'."""
import re

import pytest

from lssc_bot.answer import answer

from .asking import CT, FLS, TECH, leaves, says

COLL, RA = "Collection Management", "Adult Readers' Advisory Services"


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a course described by its subject, before "one"/"course"/"class", or after "the one about/on"
    ("finished the computer one and the one about storytime for little kids. what's left?", [FLS, CT], 2),
    ("I've passed the intro one plus that leadership class. what remains?", [CT, TECH], 2),
    ("done: the course on weeding and buying new books, the team one. left?", [FLS, TECH], 2),
    # ...and its status after it is still its own
    ("the basics course is done and the one on suggesting books is still in progress. what do I need?", [CT, TECH], 3),
    # a set named inside a description names it
    ("I did the one about supervising staff and tech. remaining?", [FLS, CT], 2),
])
def test_a_course_described_by_what_it_is_about(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize("question", [
    # "the" points at a course of the program; "a reading class in college" was some other class
    "I took a reading class in college and finished Foundations. what's left?",
    # a description that fits two sets as well names neither
    "I did Foundations and the staff reading one. what's left?",
])
def test_what_is_not_a_description_of_a_set(knowledge, context, question) -> None:
    details = leaves(knowledge, context, question, [CT, TECH], 3)
    assert RA not in details.completed and COLL not in details.completed


@pytest.mark.parametrize(("question", "required", "electives"), [
    # when or why something happened says nothing of the sets: "still", "not" and set words in it are not theirs
    ("I finished Tech while my daughter was still a baby, then Foundations. what's left for me?", [CT], 3),
    ("did Collection Management last spring because our branch was doing a big weeding push. remaining?",
     [FLS, CT, TECH], 2),
    # an aside to the reader negates nothing
    ("Comm & Teamwork took forever (don't judge), and Tech is done too. what's left?", [FLS], 3),
    # ...but the asker's own reason still counts
    ("I passed Foundations because I failed Tech the first time and had time. left?", [CT, TECH], 3),
    # people are not sets: "my kids"
    ("done with Foundations and Tech, my kids are in the youth programs. what's left?", [CT], 3),
])
def test_a_story_around_the_sets(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # what is left, worked out by the asker and asked back
    ("Foundations, Tech, Comm & Teamwork and Reference are done so I only need 2 more?", [], 2),
    ("So far Tech, Youth Services, Reference and Cataloging. That makes four so I'm finished, right?", [FLS, CT], 0),
    # "N more electives" is what is left, not electives done
    ("I've got Foundations, Comm & Teamwork and Tech done, so 3 more electives to go, correct?", [], 3),
])
def test_a_count_worked_out_and_asked_back(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)



@pytest.mark.parametrize(("question", "expected"), [
    # the asker's own arithmetic, said as a result or asked back, is answered with the right figure
    ("my boss is an ALA member and I'm not, so together we pay 700, correct?", r"\$675"),
    ("not a member. so my fee is 350 times 6 sets, which is 2100?", r"\$350"),
    ("ALA member, so 325, plus 4 courses at $150 each = 600, so 925 altogether?", r"\$925"),
    # a group's size said before its parts
    ("team of 7 at our branch: 4 ALA members, 3 non-members. total LSSC fees?", r"\$2,350"),
])
def test_figures_worked_out_by_the_asker(knowledge, context, question, expected) -> None:
    reply = says(knowledge, context, question, topic="fee")
    assert re.search(expected, reply.text) and "could not tell" not in reply.text, reply.text


def test_a_regional_system_is_not_a_membership(knowledge, context) -> None:
    reply = says(knowledge, context, "5 of us from the regional system are applying, 2 are ALA members and 3 are not. "
                 "total?", r"$1,700", topic="fee")
    assert "state" not in reply.text.lower()


@pytest.mark.parametrize(("question", "expected"), [
    # two amounts before the one unit they share, at two jobs
    ("I've got 900 hours already and now work 2 library jobs, 10 + 15 hrs/wk. weeks until I can apply?", r"25 hours a week"),
    ("I have 900 hours. these days I do 10 and 15 hours a week at two libraries. how long till I qualify?", r"25 hours a week"),
    # a total named with its start said before it is that total, not more work on top of it
    ("hours vary week to week but my running total since June 2022 is 1,500 hours. how many more hours till I can apply?", r"320"),
])
def test_hours_in_more_shapes(knowledge, context, question, expected) -> None:
    reply = says(knowledge, context, question, expected, topic="eligibility")
    assert "could not tell" not in reply.text


@pytest.mark.parametrize(("question", "expected"), [
    # the same minutes said again in brackets, and a total added up and asked back, are not more activities
    ("2 quarter credits, plus three 90-minute webinars (that's 270 min = 4.5 hrs), so I'm at 24.5 hours?", r"24.5 of the 32"),
    # sessions of a length counted under their label
    ("semester credits: 1 / 2-hour workshops: 4 / total?", r"23 of the 32"),
])
def test_renewal_hours_said_twice_or_counted_under_a_label(knowledge, context, question, expected) -> None:
    reply = says(knowledge, context, question, expected, topic="contact-hours")
    assert "could not tell" not in reply.text


@pytest.mark.parametrize(("question", "required", "electives"), [
    # struck through where the message says statuses itself: taken back, no longer true
    ("Finished: Tech, ~~Foundations~~ (the provider wasn't approved), Youth Services. what's left?", [FLS, CT], 2),
    ("- Foundations ✅ / - ~~Cataloging ✅~~ withdrew / - Tech ⏳ / what do I still need?", [CT, TECH], 3),
    ("done: ~~⏳ Tech~~ ✅ Tech (passed yesterday!!), ✅ Comm & Teamwork. remaining?", [FLS], 3),
    # ...but a checklist struck item by item, with nothing else said, is crossed off: done
    ("~~Foundations~~ ~~Tech~~ ~~Comm & Teamwork~~ how many more to go", [], 3),
    # shortenings typed in a hurry
    ("done w/ Found., Tech, Comm + 2 elec (Cat, Ref). req'd left?", [], 1),
    # "currently have" is held, not under way; the message's own label is no status heading
    ("Quick question: I currently have Foundations and Reference done. If I pass Tech this term, what's left?", [CT], 2),
    # "no problems" says how it went
    ("passed Foundations and Youth Services with no problems, failed Tech. what's left?", [CT, TECH], 2),
])
def test_lists_with_their_own_words(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected"), [
    ("ALA mbr, 4 crs @ $120 ea. total w/ the fee?", r"\$805"),
    ("1 sem cr + 3 qtr cr = how many renewal hrs?", r"45 of the 32"),
])
def test_shortenings_in_amounts(knowledge, context, question, expected) -> None:
    reply = says(knowledge, context, question)
    assert re.search(expected, reply.text), reply.text


@pytest.mark.parametrize(("question", "expected"), [
    # a year said relative to this one, its month beside it (today is December 2026 in these tests' context)
    ("enrolled in June of the year before last. deadline?", r"June 2028"),
    ("I enrolled last year in April, when's my cutoff for finishing?", r"April 2029"),
    # a share of a year ago
    ("I signed up for LSSC half a year ago. when must I be done?", r"2030"),
])
def test_dates_said_relative_to_this_year(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="deadline")


def test_years_back_from_a_month_said_relative_to_now(knowledge, context) -> None:
    says(knowledge, context, "got my CLSS 3 years ago this past May. when does it run out?", r"May 2027",
         topic="renewal")


def test_a_share_of_a_year_worked(knowledge, context) -> None:
    says(knowledge, context, "worked half a year at 30 hours a week. am I eligible?", r"780", topic="eligibility")


@pytest.mark.parametrize(("question", "expected"), [
    # leave said after the weeks it was taken out of
    ("40 weeks at 30 hrs/wk, but I was on medical leave for 4 of those weeks. enough hours?", r"1,080"),
    # the same rate said again in the question is the pace asked at, not more work
    ("I've done 50 weeks at 30 hrs/wk. how many more weeks at 30/wk until I qualify?", r"11 weeks"),
])
def test_time_off_and_the_pace_asked_at(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="eligibility")


@pytest.mark.parametrize(("question", "expected"), [
    # a sum the asker worked out, with its dollar sign, asked back
    ("I'm an ALA member and my sister isn't, so the two of us would owe $650 total, right?", r"\$675"),
    # groups counted in words up to twelve
    ("eleven of us are applying, all non-members. total fee?", r"\$3,850"),
    # course prices said after the courses, further back in the sentence
    ("not an ALA member. the four courses I still need from our state library are $100, $100, $125 and $125. total with "
     "the fee?", r"\$800"),
    # courses already paid for are not still to pay
    ("non-member. already paid for 3 courses at $200 each, 3 more at $200 to go. what's left to pay with the fee?",
     r"\$950"),
])
def test_fees_in_more_shapes(knowledge, context, question, expected) -> None:
    reply = says(knowledge, context, question, topic="fee")
    assert re.search(expected, reply.text), reply.text


def test_nobody_having_paid_is_not_a_fee_paid(knowledge, context) -> None:
    reply = says(knowledge, context, "neither of us has paid the application fee yet; I'm an ALA member, she's not. "
                 "how much in total?", r"$675", topic="fee")
    assert "paid already" not in reply.text


def test_a_bulleted_list_of_people_is_cut_to_the_one_asked_about(knowledge, context) -> None:
    leaves(knowledge, context, "our team: / - Lee: Foundations, Tech / - Ana: Foundations, Comm & Teamwork, Tech, Reference "
           "/ - Bo: Youth Services / what does Ana still need?", [], 2)


def test_one_of_several_enrollments_named_in_the_question(knowledge, context) -> None:
    says(knowledge, context, "we enrolled at different times: Kai in March 2023, me in May 2024 and Noor in August 2025. "
         "what's Noor's deadline?", r"August 2029", topic="deadline")


def test_a_bracket_names_what_the_clause_before_says(knowledge, context) -> None:
    leaves(knowledge, context, "leaving out the one I withdrew from (cataloging), I've finished Foundations and Youth "
           "Services. what's left?", [CT, TECH], 2)


@pytest.mark.parametrize(("question", "expected"), [
    # an item of a list not done yet counts no hours
    ("renewal so far: / - ✅ 1 semester credit course / - ⏳ 2 conference days (in March) / how many hours now?",
     r"15 of the 32"),
    # no hours on technology: the technology minimum can be more than what is left in all
    ("I'm at 31 contact hours, zero on tech. how many more?", r"at least \*\*4 more hours"),
])
def test_renewal_items_not_done_and_no_technology(knowledge, context, question, expected) -> None:
    reply = says(knowledge, context, question, topic="contact-hours")
    assert re.search(expected, reply.text), reply.text


def test_a_quoted_tally_added_to_holds(knowledge, context) -> None:
    leaves(knowledge, context, "> with Foundations and Youth Services done you're a third of the way / I also finished "
           "Cataloging. what's still to do?", [CT, TECH], 1)


@pytest.mark.parametrize("question", [
    # a price of something else, or a member of another body, is no LSSC fee
    "Trustee member here: what's the usual rate for a consultant to run a strategic plan?",
    "> LibLearnX registration opens Monday / does anyone know the member price?",
])
def test_other_prices_are_not_the_lssc_fee(knowledge, context, question) -> None:
    assert answer(knowledge, question, context).kind != "rules"


def test_the_pace_asked_at_after_a_stint_that_no_longer_counts(knowledge, context) -> None:
    says(knowledge, context, "I did 35 hrs/wk at a library from 2010 to 2015. Back since 10 weeks ago at 15 hrs/week. "
         "how many more weeks at 15/wk before I can apply?", r"at 15 hours a week", topic="eligibility")


def test_a_question_about_another_path_is_not_an_eligibility_check(knowledge, context) -> None:
    reply = answer(knowledge, "3 years as a library clerk now; my boss says LSSC is a good route toward an MLIS "
                   "eventually, or is it a dead end?", context)
    assert reply.topic != "eligibility"


def test_columns_lined_up_with_spaces_in_a_pasted_block(knowledge, context) -> None:
    leaves(knowledge, context, "``` / Foundations      done / Technology       done / Reference        in progress / ``` / "
           "what's left?", [CT], 3)


def test_a_job_shortened_is_no_set(knowledge, context) -> None:
    leaves(knowledge, context, "PT ref asst here. done: Foundations, Tech. what's left?", [CT], 3)


def test_whether_membership_makes_up_for_hours_is_an_eligibility_check(knowledge, context) -> None:
    says(knowledge, context, "ALA member, 1,600 hours. can being a member make up the gap?", r"220", topic="eligibility")


@pytest.mark.parametrize(("question", "required", "electives"), [
    # "all" under a label of one kind of set is all of that kind
    ("req'd: 2/3 done (all but Comm). elec: 2/3 done (Youth, Reference). what's left?", [CT], 1),
    ("Electives: Cataloging, Access. Required: all three done. what remains?", [], 1),
    # ...but not "all" said of the whole program
    ("I've done zero electives but all 3 required. what's left for me?", [], 3),
])
def test_all_under_a_label_of_one_kind(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)
