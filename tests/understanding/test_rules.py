"""The calculators, through `answer()` as a person would meet them."""
from dataclasses import replace
from datetime import date

import pytest

from lssc_bot.answer import answer

FLS, CT, TECH = "Foundations of Library Services", "Communication and Teamwork", "Technology"


def ask(knowledge, context, question):
    return answer(knowledge, question, context)


# --- remaining requirements -------------------------------------------------

def test_remaining_lists_required_and_elective_counts(knowledge, context):
    reply = ask(knowledge, context, "I've finished Foundations and Technology, what's left?")
    assert reply.kind == "rules" and reply.topic == "remaining" and reply.confidence == 1.0
    assert reply.details.completed == (FLS, TECH)
    assert reply.details.remaining_required == (CT,)
    assert reply.details.electives_remaining == 3
    assert CT in reply.text and "3 more" in reply.text and "4 years" in reply.text
    assert reply.title and reply.sources


def test_none_yet_needs_everything(knowledge, context):
    reply = ask(knowledge, context, "none yet, what do I need to take?")
    assert reply.details.remaining_required == (FLS, CT, TECH)
    assert reply.details.electives_remaining == 3 and not reply.details.done


def test_all_six_done_says_to_notify_the_office(knowledge, context):
    reply = ask(knowledge, context, "done with foundations, comm and teamwork, tech, youth, reference and "
                                     "access services. anything left?")
    assert reply.details.done and reply.details.remaining_required == ()
    assert "notify" in reply.text.lower() and knowledge.program.email in reply.text


def test_a_fourth_elective_is_noted_as_extra(knowledge, context):
    reply = ask(knowledge, context, "I completed cataloging, collection management, reference and supervision. "
                                     "what remains?")
    assert len(reply.details.electives_completed) == 4 and reply.details.electives_remaining == 0
    assert "extra 1" in reply.text


def test_whats_left_without_sets_uses_the_remembered_ones(knowledge, context):
    remembered = replace(context, completed=frozenset({FLS, CT}))
    reply = ask(knowledge, remembered, "what's left?")
    assert reply.topic == "remaining" and reply.details.remaining_required == (TECH,)


def test_whats_left_without_sets_or_memory_is_not_a_calculation(knowledge, context):
    assert ask(knowledge, context, "what's left?").topic != "remaining"


@pytest.mark.parametrize("question", ["can my old cataloging class count?", "is it worth it for a circ clerk",
                                      "do I need technology skills?", "is cataloguing required?"])
def test_mentioning_a_set_about_something_else_is_not_a_calculation(knowledge, context, question):
    assert ask(knowledge, context, question).topic != "remaining"


@pytest.mark.parametrize("question", [
    "I have an associate degree in library technology, do I still need to take the courses?",
    "got my library technology diploma last year, what is left for lssc?",
])
def test_a_degree_named_like_a_set_is_not_that_set_done(knowledge, context, question):
    reply = ask(knowledge, context, question)
    assert reply.topic != "remaining" or TECH not in reply.details.completed


def test_the_required_group_asked_about_is_not_done(knowledge, context):
    reply = ask(knowledge, context, "I did cataloging and reference. do I still need the electives or just the "
                                    "required ones?")
    assert reply.kind == "rules" and len(reply.details.remaining_required) == 3
    assert reply.details.electives_remaining == 1


def test_having_to_do_all_the_sets_is_not_having_done_them(knowledge, context):
    reply = ask(knowledge, context, "do I still have to do all the sets?")
    assert not (reply.kind == "rules" and reply.details.done)
    reply = ask(knowledge, context, "I finished all the sets, what's left?")
    assert reply.kind == "rules" and reply.details.done


def test_whats_left_gives_the_finish_by_month_and_the_cost(knowledge, context):
    fees = knowledge.program.fees
    reply = ask(knowledge, context, "I've done Foundations, Technology and Youth Services, and I enrolled in "
                                    "March 2024. what's left?")
    assert reply.topic == "remaining" and reply.details.remaining_required == ("Communication and Teamwork",)
    assert "Finish by **March 2028**" in reply.text and "3 courses left" in reply.text
    assert "was paid when you applied" in reply.text  # enrolled: the one fee is behind them
    reply = ask(knowledge, context, "I've done Foundations, Technology and Youth Services, what's left?")
    assert f"${fees.non_member:,.0f}" in reply.text and f"${fees.member:,.0f}" in reply.text
    assert "within 4 years of enrollment" in reply.text  # no month given: the rule, not a date


def test_whats_left_uses_the_saved_enrollment_month_and_says_when_it_has_passed(knowledge, context):
    saved = replace(context, enrolled=date(2021, 3, 1))
    reply = ask(knowledge, saved, "done foundations and tech, what is left")
    assert "Finish by **March 2025**" in reply.text and "That date has passed" in reply.text


def test_all_six_sets_done_says_what_to_do_next_without_a_cost(knowledge, context):
    reply = ask(knowledge, context, "i've done foundations, technology, communication, cataloging, access services "
                                    "and youth services, and i enrolled in 2022")
    assert reply.details.done and "notify the LSSC office" in reply.text and "Cost" not in reply.text


def test_a_number_of_sets_done_gives_the_count_left_and_asks_which(knowledge, context):
    reply = ask(knowledge, context, "i have done 4 sets, how many more")
    assert reply.kind == "rules" and reply.topic == "remaining-count" and reply.details is None
    assert "**2 more**" in reply.text and "required" in reply.text and "which sets" in reply.text
    assert ask(knowledge, context, "i took 2 classes at my college, do they count").topic != "remaining-count"


def test_the_core_ones_counted_are_the_required_sets(knowledge, context):
    reply = ask(knowledge, context, "i havent done any electives yet but i finished the 3 core ones")
    assert reply.topic == "remaining" and reply.details.remaining_required == () and reply.details.electives_remaining == 3


def test_a_set_under_way_is_not_done(knowledge, context):
    for question in ("ive got foundations done and im halfway thru tech, what else",
                     "finished foundations, working on technology now. what's left"):
        reply = ask(knowledge, context, question)
        assert reply.details.completed == ("Foundations of Library Services",), question
        assert "Technology" in reply.details.remaining_required, question


# --- deadline ---------------------------------------------------------------

@pytest.mark.parametrize(("question", "due"), [
    ("I enrolled in June 2023, when do I have to be finished by?", "June 2027"),
    ("accepted March 2024, deadline?", "March 2028"),
    ("enrolled jan 2022", "January 2026"),
    ("enrolled 11/2025 - deadline?", "November 2029"),
    ("I started in 2021, when's my cutoff", "2025"),
])
def test_deadline_is_completion_years_after_enrollment(knowledge, context, question, due):
    reply = ask(knowledge, context, question)
    assert reply.kind == "rules" and reply.topic == "deadline"
    assert due in reply.text and "acceptance" in reply.text


def test_an_enrollment_with_the_subject_dropped_is_still_the_askers(knowledge, context):
    reply = ask(knowledge, context, "registered in march 2024, when is the deadline?")
    assert reply.topic == "deadline" and "March 2028" in reply.text


def test_a_past_deadline_says_so_and_points_to_the_office(knowledge, context):
    reply = ask(knowledge, context, "I enrolled in July 2019, am I past my deadline?")
    assert "July 2023" in reply.text and "passed" in reply.text and knowledge.program.email in reply.text


def test_a_future_deadline_does_not_say_passed(knowledge, context):
    assert "passed" not in ask(knowledge, context, "I enrolled in June 2025, deadline?").text


def test_saved_enrollment_date_answers_my_deadline(knowledge, context):
    saved = replace(context, enrolled=date(2024, 3, 5))
    assert "March 2028" in ask(knowledge, saved, "when is my deadline?").text


def test_counts_of_people_enrolled_are_not_a_deadline(knowledge, context):
    assert ask(knowledge, context, "how many candidates were enrolled in 2012").topic != "deadline"


@pytest.mark.parametrize(("question", "due"), [
    ("accepted march 15th 2024, deadline?", "March 2028"),
    ("my acceptance letter is dated 4/15/2024, when is my deadline", "April 2028"),
    ("i enrolled at the end of 2022, deadline?", "December 2026"),
    ("i got in last spring, how long do i have", "March 2030"),  # today is December 2026: spring 2026
])
def test_dates_as_people_write_them_give_the_month(knowledge, context, question, due):
    reply = ask(knowledge, context, question)
    assert reply.topic == "deadline" and f"**{due}**" in reply.text


def test_finishing_is_the_certification_date_for_renewal(knowledge, context):
    reply = ask(knowledge, context, "when does my clss expire if i finished in june 2024")
    assert reply.topic == "renewal" and "until **June 2028**" in reply.text


def test_a_start_still_to_come_gives_a_deadline_only_when_asked_for_one(knowledge, context):
    # today is 1 December 2026 (the fixture)
    reply = ask(knowledge, context, "when would i finish if i start next month")
    assert reply.topic == "deadline" and reply.text.startswith("Enrolling January 2027") and "January 2031" in reply.text
    assert ask(knowledge, context, "i start my new job next month, can i still enroll").topic != "deadline"
    assert "February 2031" in ask(knowledge, context, "so if i enroll in february 2027, then what").text


def test_starting_something_unnamed_is_not_an_enrollment_date(knowledge, context):
    assert ask(knowledge, context, "i started at the library last year, should i apply next year or wait").topic != "deadline"
    assert ask(knowledge, context, "i started lssc in january 2024").topic == "deadline"


# --- eligibility ------------------------------------------------------------

def test_900_hours_is_920_short(knowledge, context):
    reply = ask(knowledge, context, "I've volunteered about 900 hours at my library. Am I eligible yet?")
    assert reply.topic == "eligibility" and "920" in reply.text and "1,820" in reply.text
    assert "high school" in reply.text


def test_two_years_full_time_meets_it(knowledge, context):
    reply = ask(knowledge, context, "worked 2 years full time at a public library, am i eligible")
    assert "meets" in reply.text and "not enough" not in reply.text


def test_work_that_ended_six_years_ago_does_not_count(knowledge, context):
    reply = ask(knowledge, context, "I worked in a library for 3 years but that was 6 years ago")
    assert "does not count" in reply.text and "meets" not in reply.text


def test_hours_a_week_for_months_are_added_up(knowledge, context):
    reply = ask(knowledge, context, "i put in 40 hrs a week for 6 months at the circ desk, is that enough")
    assert "not enough" in reply.text and "1,820" in reply.text


def test_a_weekly_rate_is_multiplied_by_the_time_said_before_or_after_it(knowledge, context):
    reply = ask(knowledge, context, "i have 2 years part time at the library maybe 20 hrs a week, can i apply")
    assert reply.topic == "eligibility" and "2,080 hours meets" in reply.text  # 2 x 52 x 20, not "20 hours"


def test_weekly_rates_and_hours_in_parts_are_read_as_people_write_them(knowledge, context):
    assert "2,340 hours meets" in ask(knowledge, context, "i do 15 hrs/wk at the library for 3 years now, eligible?").text
    assert "1,800 hours is not enough" in ask(knowledge, context, "i have 800 volunteer hours and 1000 paid hours, "
                                                                  "can i apply").text
    mixed = ask(knowledge, context, "i worked 6 months full time and 6 months part time at 20 hrs/wk, enough?").text
    assert "add up your actual hours" in mixed and " 20 hours" not in mixed


def test_hours_so_far_and_a_weekly_rate_give_the_time_still_needed(knowledge, context):
    reply = ask(knowledge, context, "i have 1200 hours, how much longer if i work 20 hours a week")
    assert reply.topic == "eligibility" and "620 hours still needed take about 31 weeks" in reply.text


def test_vague_amounts_are_not_numbers(knowledge, context):
    reply = ask(knowledge, context, "been volunteering at the library for 2 years, a few hours a week, is that enough")
    assert "add up your actual hours" in reply.text and "meets" not in reply.text
    assert "2,000 hours meets" in ask(knowledge, context, "i have a ged and 2000 hours, eligible?").text  # not 4,000


def test_a_month_since_which_a_weekly_rate_has_run_is_counted(knowledge, context):
    # today is 1 December 2026: August 2024 was 28 months ago
    reply = ask(knowledge, context, "i work 30 hours a week, since august 2024, do i qualify")
    assert "3,640 hours meets" in reply.text


def test_enough_hours_without_the_diploma_is_not_a_plain_yes(knowledge, context):
    reply = ask(knowledge, context, "i have 1900 hours but no high school diploma")
    assert reply.text.startswith("Not eligible yet: you also need a high school diploma or its equivalent")
    assert "Your hours are enough" in reply.text and "Yes" not in reply.text


def test_a_weekly_rate_alone_says_how_long_it_takes_and_whether_it_can_fit_the_window(knowledge, context):
    reply = ask(knowledge, context, "i volunteer 10 hours a week, how long until i qualify")
    assert reply.topic == "eligibility" and "182 weeks" in reply.text and "not enough" not in reply.text
    slow = ask(knowledge, context, "i volunteer 5 hours a week, how long until i qualify").text
    assert "1,300 hours in 5 years" in slow and "about 7 hours a week" in slow and "1,815" not in slow


def test_work_in_years_that_ended_before_the_window_does_not_count(knowledge, context):
    for question in ("i worked at a library from 2015 to 2018 but not since, do i qualify",
                     "i left my library job in 2020 after 4 years, can i still apply"):
        reply = ask(knowledge, context, question)
        assert reply.topic == "eligibility" and "does not count" in reply.text and "meets" not in reply.text, question


def test_only_the_part_of_a_span_within_the_window_counts(knowledge, context):
    # today is 1 December 2026 (the fixture): the window began in December 2021
    reply = ask(knowledge, context, "i had 3000 hours at my old library between 2017 and 2022, does that count")
    assert "since December 2021" in reply.text and "meets" not in reply.text
    reply = ask(knowledge, context, "worked full time at the public library from 2019 to now, am i eligible")
    assert reply.text.startswith("Yes") and "only the part since December 2021" in reply.text


def test_asking_how_many_hours_are_needed_is_left_to_the_faq(knowledge, context):
    assert ask(knowledge, context, "how many hours of experience do i need").topic != "eligibility"


# --- fee --------------------------------------------------------------------

def test_member_fee(knowledge, context):
    reply = ask(knowledge, context, "I'm an ALA member. What would I pay to apply?")
    assert reply.topic == "fee" and "$325" in reply.text and "separate" in reply.text


@pytest.mark.parametrize("question", ["not an ALA member, what's the fee",
                                      "I'm a member of my state library association, not ALA. do I get the discount?"])
def test_non_member_fee(knowledge, context, question):
    reply = ask(knowledge, context, question)
    assert reply.topic == "fee" and "$350" in reply.text.split("\n")[0].split("(")[0]


def test_asking_whether_membership_is_needed_is_not_a_fee_calculation(knowledge, context):
    reply = ask(knowledge, context, "what's the fee, and do I need to be a member of ALA?")
    assert reply.kind == "faq" and reply.title == "How much does LSSC cost? / Do I have to be an ALA member?"
    assert ask(knowledge, context, "what are ALA membership dues for students?").topic != "fee"  # not the LSSC fee


def test_plain_cost_question_is_the_faq_entry_with_both_fees(knowledge, context):
    reply = ask(knowledge, context, "how much does it cost?")
    assert reply.kind == "faq" and "350" in reply.text and "325" in reply.text


@pytest.mark.parametrize("question", ["i let my ala membership lapse, what's my fee",
                                      "i used to be an ala member, what do i pay"])
def test_a_membership_that_is_not_there_pays_the_non_member_fee(knowledge, context, question):
    reply = ask(knowledge, context, question)
    assert reply.topic == "fee" and "**$350**" in reply.text and "$325" not in reply.text.split("\n")[0].split("(")[0]


# --- renewal ----------------------------------------------------------------

def test_run_out_asks_for_the_expiry(knowledge, context):
    reply = ask(knowledge, context, "certified in march 2024, when does it run out?")
    assert reply.topic == "renewal" and "March 2028" in reply.text

@pytest.mark.parametrize(("question", "status"), [
    ("when do i need to renew if i got certified in may 2022", "the grace period has passed too: it ended in July 2026"),
    ("my cert expired in november 2026, can i still renew", "you are in the grace period until January 2027"),
    ("i was certified in march 2023, when can i renew", "You are in the renewal window now"),
    ("certified december 2023, when can i renew", "You are in the renewal window now"),  # it opens this month
])
def test_renewal_dates_say_where_today_falls(knowledge, context, question, status):
    reply = ask(knowledge, context, question)  # today is 1 December 2026 (the fixture)
    assert reply.topic == "renewal" and status in reply.text


def test_renewal_dates_still_to_come_say_nothing_about_now(knowledge, context):
    reply = ask(knowledge, context, "i got certified in june 2025, when do i renew")
    assert "June 2029" in reply.text and "now" not in reply.text and "past" not in reply.text


def test_contact_hours_the_asker_has_are_counted_against_renewal(knowledge, context):
    reply = ask(knowledge, context, "i have 30 contact hours, 5 in technology, can i renew")
    assert reply.topic == "contact-hours" and "30 of the 32" in reply.text and "2 more contact hours to go" in reply.text
    assert "5 on technology: enough" in reply.text
    short = ask(knowledge, context, "i've logged 35 hrs so far, 2 of them on tech, enough to renew?").text
    assert "35 of the 32 contact hours a renewal needs, enough" in short and "2 more tech hours needed" in short
    assert ask(knowledge, context, "how many contact hours do i need to renew").kind == "faq"


def test_contact_hours_held_and_credits_are_added_up(knowledge, context):
    reply = ask(knowledge, context, "i have 12 contact hours from webinars and a 1 credit semester class, enough to renew?")
    assert reply.topic == "contact-hours" and "27 of the 32" in reply.text and "5 more contact hours to go" in reply.text
    reply = ask(knowledge, context, "went to 2 conference days and a 90 minute webinar, how many hours is that")
    assert reply.topic == "contact-hours" and "13.5 of the 32" in reply.text
    assert ask(knowledge, context, "do i need 32 contact hours to renew").kind == "faq"  # a number asked about, not held


def test_expiry_and_renewal_window_from_certification_date(knowledge, context):
    reply = ask(knowledge, context, "got my CLSS in may 2022, when does it expire")
    assert reply.topic == "renewal" and "May 2026" in reply.text and "May 2025" in reply.text


def test_contact_hours_from_semester_credits(knowledge, context):
    reply = ask(knowledge, context, "I have 2 semester credits, how many renewal hours is that")
    assert reply.topic == "contact-hours" and "30" in reply.text and "2 more" in reply.text


def test_credits_named_before_the_term_are_converted_too(knowledge, context):
    reply = ask(knowledge, context, "i took a 3 credit semester course, how many renewal hours is that")
    assert reply.topic == "contact-hours" and "45 contact hours" in reply.text and "enough" in reply.text


@pytest.mark.parametrize(("question", "due"), [
    ("I enrolled two years ago, when is my deadline?", "December 2028"),
    ("I was accepted in spring 2024, when must I finish by?", "March 2028"),
    ("started june '23, what's my cutoff", "June 2027"),
])
def test_relative_seasonal_and_short_dates(knowledge, context, question, due):
    reply = ask(knowledge, context, question)
    assert reply.topic == "deadline" and due in reply.text


@pytest.mark.parametrize("question", ["finished all 3 of the core ones, how many more to go?",
                                      "I'm done with the mandatory sets, what else"])
def test_the_required_group_leaves_only_electives(knowledge, context, question):
    reply = ask(knowledge, context, question)
    assert reply.topic == "remaining" and reply.details.remaining_required == ()
    assert reply.details.electives_remaining == knowledge.program.electives_needed


def test_misspelt_sets_still_give_what_is_left(knowledge, context):
    reply = ask(knowledge, context, "took foundatons and tecnology, what remains")
    assert reply.topic == "remaining" and reply.details.remaining_required == (CT,)


# --- eligibility before set names, and only about LSSC ------------------------------

def test_hours_at_a_desk_named_like_a_set_are_eligibility(knowledge, context):
    reply = ask(knowledge, context, "been doing 1500 hrs on the reference desk, how many more before I can apply?")
    need = knowledge.program.eligibility.experience_hours
    assert reply.topic == "eligibility" and f"{need - 1500:,}" in reply.text


def test_exactly_the_hours_needed_says_yes_it_is_enough(knowledge, context):
    need = knowledge.program.eligibility.experience_hours
    reply = ask(knowledge, context, f"I have {need} hours over the past 3 years, do I qualify?")
    first = reply.text.split("\n")[0]
    assert reply.topic == "eligibility" and first.startswith("Yes") and "eligible" in first


@pytest.mark.parametrize("question", ["worked at the branch library 6 years, how do I get promoted",
                                      "I've worked 10 years at my library, what should I wear to the gala?",
                                      "my deadline is in 2 years, is there still enough time"])
def test_work_or_years_with_a_question_about_something_else_is_not_eligibility(knowledge, context, question):
    assert ask(knowledge, context, question).topic != "eligibility"


def test_contact_hours_for_renewal_are_not_work_hours(knowledge, context):
    assert ask(knowledge, context, "I have 20 contact hours, is that enough to renew?").topic != "eligibility"


def test_years_of_work_with_a_sets_question_is_about_the_sets(knowledge, context):
    reply = ask(knowledge, context, "worked 2 years in a library and finished technology, what's left for LSSC?")
    assert reply.topic == "remaining"


# --- joining ALA is membership, not enrollment ----------------------------------------

@pytest.mark.parametrize("question", ["I signed up for an ALA membership in October 2026, what's the LSSC fee for me?",
                                      "became a member of ala last week, how much will I pay",
                                      "we joined the ALA in 2025, what does applying cost"])
def test_joining_ala_gives_the_member_fee_not_a_deadline(knowledge, context, question):
    reply = ask(knowledge, context, question)
    assert reply.topic == "fee" and f"${knowledge.program.fees.member}" in reply.text.split("(")[0]


def test_joining_the_program_is_still_an_enrollment(knowledge, context):
    assert ask(knowledge, context, "I joined LSSC in May 2024, when do I have to finish?").topic == "deadline"


# --- contact hours: counts before units, number words, minutes ---------------------------

@pytest.mark.parametrize(("question", "units", "unit_field"), [
    ("took a 4 semester credit course, how many contact hours toward renewal?", 4, "semester_credit"),
    ("a two quarter credit class, how many contact hours is that for renewing", 2, "quarter_credit"),
    ("went to three conference days, how many contact hours do I have for renewal", 3, "conference_day"),
])
def test_a_count_of_credits_or_days_is_multiplied(knowledge, context, question, units, unit_field):
    reply = ask(knowledge, context, question)
    each = getattr(knowledge.program.contact_hours, unit_field)
    assert reply.topic == "contact-hours" and f"{units} × {each} = {units * each} contact hours" in reply.text


def test_minutes_become_hours(knowledge, context):
    reply = ask(knowledge, context, "a 120 minute webinar, how many contact hours for renewal?")
    assert reply.topic == "contact-hours" and "= 2 contact hours" in reply.text


def test_an_activity_under_an_hour_does_not_count(knowledge, context):
    reply = ask(knowledge, context, "does a 30 minute training count as renewal contact hours")
    assert "does not count" in reply.text and "That is 0 of the" in reply.text


@pytest.mark.parametrize("question", ["what else do i need", "what's left?", "what do I still need for the certification?"])
def test_whats_left_with_nothing_known_gives_the_structure_and_how_to_say_what_is_done(knowledge, context, question):
    reply = ask(knowledge, context, question)
    assert reply.kind == "faq" and reply.topic == "how-many-sets"
    assert "which sets you've finished" in reply.text


def test_whats_left_about_something_else_stays_with_the_faq(knowledge, context):
    assert ask(knowledge, context, "what else do i need to renew").topic == "renewal-requirements"


@pytest.mark.parametrize("question", ["I work circulation at a branch, what do I do when the scanner jams",
                                      "im on the reference desk most days, what should i do about noisy patrons"])
def test_a_set_named_as_ones_job_is_not_a_completed_set(knowledge, context, question):
    assert ask(knowledge, context, question).topic != "remaining"


def test_a_set_named_with_a_completion_cue_still_counts(knowledge, context):
    reply = ask(knowledge, context, "I took the reference one last spring, what do I do next")
    assert reply.topic == "remaining" and reply.details.completed == ("Reference and Information Services",)


# --- several calculations in one message ---------------------------------------------

def test_two_calculations_in_one_message_are_both_answered_in_the_order_asked(knowledge, context):
    reply = ask(knowledge, context, "enrolled june 2023. also how much does it cost for non members?")
    assert reply.kind == "rules" and reply.topic == "deadline"
    deadline, fee = reply.text.index("June 2027"), reply.text.index("$350")
    assert deadline < fee and "**Your application fee**" in reply.text


def test_whats_left_asked_with_another_calculation_keeps_its_details(knowledge, context):
    reply = ask(knowledge, context, "I've done Foundations and Technology, what's left? Also I have 1000 hours, "
                                    "am I eligible?")
    assert reply.topic == "remaining" and reply.details.remaining_required == ("Communication and Teamwork",)
    assert "820 more" in reply.text



def test_a_deadline_already_in_whats_left_is_not_given_twice(knowledge, context):
    reply = ask(knowledge, context, "I've done Foundations and Technology and what's left? I enrolled in March 2024")
    assert reply.topic == "remaining" and reply.text.count("March 2028") == 1
