"""Misreadings found in the fifteenth round (corrections, claims asked back, ordinals, threads, Tagalog and French,
course costs said as a sum), each as a class of saying things, in other words than the sets'."""
import pytest

from .asking import CT, FLS, TECH, ask, leaves, says


@pytest.mark.parametrize(("question", "required", "electives"), [
    # an ordinal opening a clause is the set of that place in a list, not a person
    ("my 1st set was Technology, 2nd was Foundations. how many more after that?", [CT], 3),
    ("first up was Comm and Teamwork, second was Technology and third was Youth Services. what remains?", [FLS], 2),
])
def test_sets_listed_by_their_place(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


def test_a_status_said_after_the_bracket_naming_the_set(knowledge, context) -> None:
    # "the next one (Reference) begins in March": planned, not done
    leaves(knowledge, context, "Foundations and Comm are done; the next one (Reference) begins in March. what's left?",
           [TECH], 3)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a lone star puts right a word just typed: "*Tech not Comm"
    ("finished Foundations and Comm *Technology not Comm. what else do I need?", [CT], 3),
    # a set struck out with the reason after it
    ("so far: Foundations, Youth Services and Tech, oh wait scratch Youth Services, I withdrew. what's left?", [CT], 3),
])
def test_sets_put_right_in_the_same_message(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


def test_stars_in_pairs_are_emphasis_not_a_correction(knowledge, context) -> None:
    leaves(knowledge, context, "I have **Foundations** and **Comm** done, not Tech yet. what's left?", [TECH], 3)


def test_a_credit_put_right_by_its_kind(knowledge, context) -> None:
    says(knowledge, context, "renewal: 3 semester credits, oops no, 3 quarter credits. how many contact hours is that?",
         "30 contact hours", topic="contact-hours")


def test_a_hedge_settled_by_an_exact_date(knowledge, context) -> None:
    says(knowledge, context, "certified back in 2024? yeah, my certificate says March 3, 2024. when does it expire?",
         "March 3, 2028", topic="renewal")


@pytest.mark.parametrize(("question", "required", "electives"), [
    # someone else's claim about what is left, asked back: the real list, not the claim's count
    ("my manager told me I just need one more class, is that true? I've done Foundations, Comm and Teamwork, "
     "Technology and Cataloging", [], 2),
    ("HR thinks I only need 2 more sets. Done: Foundations, Technology, Reference, Access Services. Is she correct?",
     [CT], 1),
])
def test_a_claim_about_what_is_left_asked_back(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


def test_a_supervisors_belief_checked_with_an_adverb(knowledge, context) -> None:
    leaves(knowledge, context, "my boss says I'm finished because I've done Reference, Youth Services, Cataloging and "
           "Access Services. am I really done?", [FLS, CT, TECH], 0)


def test_the_same_question_asked_for_someone_else(knowledge, context) -> None:
    leaves(knowledge, context, "same question but for my aide Rosa, she's got Technology and Youth Services",
           [FLS, CT], 2)
    says(knowledge, context, "same question for my husband: 20 hrs/wk at the county library for the past 2 years",
         "2,080", "eligible", topic="eligibility")


def test_tagalog_mixed_into_english(knowledge, context) -> None:
    leaves(knowledge, context, "natapos ko na po ang Foundations at Technology, tapos na rin yung Youth Services. "
           "Ilan pa po ang kulang?", [CT], 2)
    says(knowledge, context, "Magkano po ang fee kung hindi ako miyembro ng ALA?", "$350", topic="fee")


def test_french_for_renewal_hours(knowledge, context) -> None:
    says(knowledge, context, "J'ai suivi 1 crédit de semestre et 2 jours de conférence. Combien d'heures pour le "
         "renouvellement ?", "27", topic="contact-hours")


def test_spanish_short_words_do_not_break_french_phrases(knowledge, context) -> None:
    # "de" and "en" are Spanish too; the language most of the message is in is read first
    says(knowledge, context, "J'ai fait 3 crédits de semestre en technologie. Combien d'heures pour le renouvellement ?",
         "45", topic="contact-hours")


@pytest.mark.parametrize(("question", "expected", "not_expected"), [
    # the courses' price said as their sum: once, not per course
    ("I'm not an ALA member and my courses come to $1,100 in total. what will the whole thing cost?", "$1,450", "$6,600"),
    ("ALA member; the classes are $840 altogether. grand total with the application fee?", "$1,165", "$5,040"),
])
def test_course_costs_said_as_their_sum(knowledge, context, question, expected, not_expected) -> None:
    reply = says(knowledge, context, question, expected, topic="fee")
    assert not_expected not in reply.text


def test_a_sum_of_something_else_is_not_the_courses(knowledge, context) -> None:
    # "$700 total" for two people's fees is the fee's sum, not a course price
    reply = ask(knowledge, context, "two of us, both non-members, pay $700 total? is that the ALA fee for both?")
    assert "for all of them" not in reply.text


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a table pasted with its line breaks lost: each row's last cell runs into the next row's first
    ("course,status Technology,done Foundations of Library Services,done Youth Services,in progress -- what's left?",
     [CT], 3),
    ("Set\tResult Communication and Teamwork\tPassed Reference and Information Services\tFailed Technology\tPassed -- remaining?",
     [FLS], 3),
    # ...and words said before the header
    ("from my spreadsheet: set,status,term Foundations,done,fall 2024 Cataloging,dropped,spring 2025 -- what's left?",
     [CT, TECH], 3),
])
def test_a_table_whose_rows_ran_together(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


def test_someones_belief_about_what_the_asker_did(knowledge, context) -> None:
    # "my mentor thinks I'm done because I have ...": the sets are the asker's, and whether that is all is asked
    leaves(knowledge, context, "my mentor figures I'm done because I have Foundations, Tech, Youth Services, Reference "
           "and Cataloging. is he right?", [CT], 0)
    # ...but what they say the asker should do is no set done
    leaves(knowledge, context, "my boss says I need Youth Services, is that even required? I've done Technology and "
           "Reference. what's left?", [FLS, CT], 2)


def test_a_price_put_right(knowledge, context) -> None:
    says(knowledge, context, "3 courses left at $180 each, no wait, $195 each. I'm an ALA member and haven't paid the "
         "application yet. total to go?", "$585", "$910", topic="fee")


def test_a_different_thing_is_no_comparison(knowledge, context) -> None:
    # "a different grant" pays for something else; it compares nothing, so the total is given
    says(knowledge, context, "budgeting the LSSC application fees for 5 staff (courses come from a different fund): 2 ALA "
         "members and 3 non-members. total?", "$1,700", topic="fee")


def test_tagalog_politeness_inside_a_phrase(knowledge, context) -> None:
    # "hindi po ako" is "hindi ako" ("I am not") with "po" for politeness
    says(knowledge, context, "Magkano po ang babayaran ko kung hindi po ako miyembro ng ALA? at yung courses ko po ay "
         "$100 bawat isa, 6 na courses", "$950", topic="fee")


@pytest.mark.parametrize(("question", "expected"), [
    # the rate a question asks the time to go at is the pace from now, not more work done
    ("worked 30 hrs/wk for 50 weeks, then took 10 weeks off, then 30 hrs/wk for 10 weeks. eligible? if not, how many "
     "more weeks at 30/wk?", ["1,800", "1 week"]),
    ("paid job: 1 year at 20 hr/wk. volunteer: 30 weeks at 10 hr/wk. if I'm short, how many weeks until I'm there at "
     "20 a week?", ["1,340", "24 weeks"]),
])
def test_the_pace_a_question_asks_at(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="eligibility")


def test_a_total_from_a_window_said_after_the_role(knowledge, context) -> None:
    says(knowledge, context, "I shelve 5 hrs/wk and have for 40 weeks, plus 1,500 hours as a clerk from the last three "
         "years. enough?", "1,700", topic="eligibility")


def test_a_count_of_sessions_with_a_word_between(knowledge, context) -> None:
    reply = says(knowledge, context, "renewal so far: five separate 2-hour tech workshops and 1 conference day. total "
                 "contact hours?", "16 contact hours", topic="contact-hours")
    assert "10 on technology" in reply.text


@pytest.mark.parametrize(("question", "expected"), [
    # a period named by its length as an adjective is the period of the rate said with it
    ("12 hrs/wk during the 38-week school year and 25 hrs/wk over the 12-week summer. total?", ["756"]),
    # a period in brackets before the rate, the rate said after it with nothing between
    ("in the school year (34 wks) I do 18 hr/wk; in summer (18 wks) 30 hr/wk. that's one year. how many hours is that?", ["1,152"]),
    # the year's round done again for so many years
    ("20 hrs/wk for 40 weeks and 10 hrs/wk for 12 weeks, and I've kept that up for 2 years. eligible?", ["1,840"]),
])
def test_schedules_that_change_over_the_year(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="eligibility")


def test_a_set_put_right_by_name(knowledge, context) -> None:
    # the set said last is taken back for the one the correction names
    leaves(knowledge, context, "done: Foundations, Technology and I believe Access? no wait, it was Reference. what's left?",
           [CT], 2)
    # ...but a hedge answered "yes" takes nothing back
    leaves(knowledge, context, "> did you finish youth services? yes, and also reference. what's left?", [FLS, CT, TECH], 1)


def test_sets_asked_about_as_standing_for_others_are_not_done(knowledge, context) -> None:
    leaves(knowledge, context, "I've finished Foundations and four electives. would the extra ones substitute for Comm or "
           "Tech? what's left?", [CT, TECH], 0)


def test_a_group_rate_someone_claimed_is_checked_against_the_sum(knowledge, context) -> None:
    says(knowledge, context, "our branch manager heard that 4 non-members applying together pay $1,200. is that true?",
         "$1,400", topic="fee")


@pytest.mark.parametrize("question", [
    "wait, is the $325 charged for each set? so 6 x 325 for me as an ALA member?",
    "my coworker says it's $350 per set, $2,100 all together, since I'm not a member. is he right?",
])
def test_the_fee_believed_paid_per_set(knowledge, context, question) -> None:
    reply = says(knowledge, context, question, "once per person", topic="fee")
    assert "Courses" not in reply.text  # the fee believed per set is no course's price


@pytest.mark.parametrize(("question", "expected"), [
    # the asker's total said bare, where hours are what the message counts
    ("how many more hours until I can apply? 1,455 so far", ["365"]),
    ("I have 1,000 and I volunteer 10 a week now. how many more weeks?", ["82 weeks"]),
])
def test_a_total_said_without_its_unit(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="eligibility")


def test_a_year_is_no_total(knowledge, context) -> None:
    reply = ask(knowledge, context, "my hours: 2023 – 500, 2024 – 600, 2025 – 450, 2026 so far – 400. enough for LSSC?")
    assert "1,950" in reply.text and "2,026" not in reply.text


def test_a_shift_named_by_its_weekday_comes_each_week(knowledge, context) -> None:
    says(knowledge, context, "I do 16 hrs/wk plus a 4-hour Sunday shift, and I've banked 1,400. weeks until 1,820?",
         "20 hours a week", "21 weeks", topic="eligibility")


def test_asking_in_short_forms_and_long_ones(knowledge, context) -> None:
    says(knowledge, context, "page 18 hr/wk x 104 wks. elig?", "1,872", "eligible", topic="eligibility")
    leaves(knowledge, context, "Foundations done in 2024, Tech and Reference in 2025, Youth Services this fall. Where "
           "does all this leave me?", [CT], 1)
    leaves(knowledge, context, "natapos ko na ang Foundations, Comm and Teamwork at Technology, pati Youth, Reference at "
           "Access. tapos na po ba ako?", [], 0)


@pytest.mark.parametrize("question", [
    # people counted under their membership's label, in figures or as a tally of one mark
    "who's applying - ALA members: 2, non-members: 4. what's the fee altogether?",
    "ALA members: ✅✅ non-members: ❌❌❌❌ total LSSC fee for our six?",
])
def test_people_counted_under_their_membership(knowledge, context, question) -> None:
    says(knowledge, context, question, "$2,050", topic="fee")


def test_so_many_of_the_courses_at_a_price(knowledge, context) -> None:
    reply = says(knowledge, context, "not a member. 2 of my courses are $120 and the other 4 are $180. total with the "
                 "application?", "$1,310", topic="fee")
    assert "2 × $120" in reply.text


@pytest.mark.parametrize(("question", "expected"), [
    # each person's total, the unit said once for the first, the window they are all from said after them
    ("my two pages: Omar has 1,650 hours, Bea has 1,990, both within the last 2 years. which of them can apply?",
     ["Omar", "170 short", "Bea"]),
    # names with an aside in brackets before their totals
    ("staff: Kai (part time) 1,200 hrs, Mo (volunteer) 1,900 hrs, all in the past 5 years. who qualifies?",
     ["Kai", "620 short", "Mo"]),
])
def test_each_persons_total(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="eligibility")


def test_the_technology_hours_held_not_those_needed(knowledge, context) -> None:
    # (the 4 the quote says is needed is left unread, and said so, which is no wrong figure)
    reply = ask(knowledge, context, "> renewal needs 32 contact hours, 4 in tech. so far I have 25, 1 of them tech. "
                "how many more of each?")
    assert "7 more" in reply.text and "1 on technology: 3 more tech hours needed" in reply.text


def test_a_table_of_weekly_hours_under_its_header(knowledge, context) -> None:
    says(knowledge, context, "Job | Hours/wk | Weeks  Page | 12 | 52  Story time volunteer | 3 | 30  total? eligible?",
         "714", topic="eligibility")


def test_memberships_dictated_without_stops(knowledge, context) -> None:
    says(knowledge, context, "there's six of us three have ala membership one has our state association and two have "
         "nothing whats the total fee", "$2,025", topic="fee")


def test_a_price_claimed_for_members_is_no_membership(knowledge, context) -> None:
    # "$300 for members" is a price someone claimed: neither 300 people nor the boss's membership
    reply = says(knowledge, context, "our HR person says the LSSC fee is $300 for members. I'm a member. what is it "
                 "actually?", "$325", topic="fee")
    assert "Each person" not in reply.text


def test_time_left_asked_in_two_words(knowledge, context) -> None:
    says(knowledge, context, "> you need 1,820 hours / ok, at 1,600 now and doing 20 a week. weeks left?", "11 weeks",
         topic="eligibility")


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a quoted account of what was left, then what was done since: what is left now
    ("> you still need Comm and Teamwork and 2 electives / update: passed Comm, and Youth Services too. what now?", [], 1),
    ("> you'll need Technology and one elective... ok, Tech is finished. anything else?", [], 1),
    ("> you still need Foundations  finished it yesterday!", [], 0),
])
def test_a_reply_to_what_was_left(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


def test_a_status_alone_after_the_set_it_is_of(knowledge, context) -> None:
    # "..., halfway done": in progress, said of the set just named
    leaves(knowledge, context, "I'm on my fourth set: Youth Services, nearly finished. Foundations, Comm and Tech are "
           "done. what's left?", [], 3)


def test_a_count_someone_believes_is_not_the_askers(knowledge, context) -> None:
    leaves(knowledge, context, "my manager thinks I've finished 5 sets but really it's 4: Foundations, Comm and Teamwork, "
           "Technology, Access Services. what's left?", [], 2)


def test_a_count_of_what_is_left_checked(knowledge, context) -> None:
    leaves(knowledge, context, "done: Foundations, Technology, Comm and Teamwork, Reference. 2 more electives, correct?",
           [], 2)


@pytest.mark.parametrize(("question", "expected"), [
    # a year and a half is 1.5 years however many rates are said
    ("I did 12 hrs/wk for a year and a half, then 20 hrs/wk for a year. total hours?", ["1,976"]),
    # a year named by its place in the story is a year
    ("18 hours a week for the first year, then 24 hours a week for the second year. am I eligible?", ["2,184"]),
    # Spanish: "desde hace un año y medio", "antes fui voluntaria ... un año"
    ("trabajo 12 horas a la semana desde hace un año y medio, y antes fui voluntaria 4 horas por semana un año. "
     "¿soy elegible?", ["1,144"]),
])
def test_periods_said_in_words(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="eligibility")


@pytest.mark.parametrize(("question", "expected", "not_expected"), [
    # the hours on technology are a part of the total under the label, not more hours
    ("renewal hours so far: 14, 3 of them tech. how many more do I need?", "18 more", "17 contact hours"),
    # ...and a short label of conference days is read as any other
    ("conf days: 2, qtr credits: 1 -> contact hrs for renewal?", "22 contact hours", "could not tell"),
])
def test_renewal_figures_under_labels(knowledge, context, question, expected, not_expected) -> None:
    reply = says(knowledge, context, question, expected, topic="contact-hours")
    assert not_expected not in reply.text


def test_tech_in_a_renewal_question_is_hours_not_the_set(knowledge, context) -> None:
    reply = ask(knowledge, context, "renewal hours so far: 12 (1 tech). how many more overall and how many more tech?")
    assert reply.topic != "remaining"


@pytest.mark.parametrize(("question", "expected"), [
    # joining ALA first, its dues said, weighed against applying without
    ("would it be cheaper to join ALA (about $60 for me) before I apply? I'm not a member now", ["$385", "$350", "$35"]),
    ("two of us aren't members. membership would run $45 each. if we both join, how do the totals compare?",
     ["$740", "$700", "$40"]),
])
def test_joining_first_weighed(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, *expected, topic="fee")


def test_a_count_in_words_put_right(knowledge, context) -> None:
    says(knowledge, context, "fee for five ALA members, no wait, six, and one non-member?", "$2,300", topic="fee")


def test_a_rate_kept_up_from_now_is_the_pace(knowledge, context) -> None:
    # "if I keep volunteering N a week on top of the hours I banked": the pace from now, not more past work
    says(knowledge, context, "if I keep volunteering 10 hours a week on top of the 1,500 hours I logged in 2024 and 2025, "
         "how many more weeks until I can apply?", "1,500", "32 weeks", topic="eligibility")


@pytest.mark.parametrize("question", [
    # an LTA graduate's path is the FAQ's (provisional certification), not a sum of hours or a renewal count
    "I'll finish my LTA program next spring (it has a recognition agreement) but I only have 700 library hours. do I "
    "get certified as soon as I graduate?",
    "is a 2-year library technology associate worth more than LSSC? do I get LSSC with it?",
])
def test_an_lta_graduates_path_is_not_a_sum(knowledge, context, question) -> None:
    reply = ask(knowledge, context, question)
    assert reply.kind != "rules"


def test_applying_for_jobs_is_not_asking_about_eligibility(knowledge, context) -> None:
    reply = ask(knowledge, context, "been applying for library clerk positions for 8 months, no luck. any tips for "
                "interviews?")
    assert reply.topic != "eligibility"


def test_a_claim_about_every_set_is_no_ones_standing(knowledge, context) -> None:
    reply = ask(knowledge, context, "someone told me you have 5 years to finish all the sets. is that true?")
    assert reply.topic != "remaining"


@pytest.mark.parametrize(("question", "required", "electives"), [
    # all caps without spaces: the word saying a set is done typed together with it
    ("DONEFOUNDATIONS,TECHNOLOGY,REFERENCE!! WHATS LEFT", [CT], 2),
    ("commdone youthdone what else do i need", [FLS, TECH], 2),
])
def test_a_set_typed_together_with_done(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


def test_a_years_round_done_in_the_years_named(knowledge, context) -> None:
    says(knowledge, context, "10 h/wk during the 30-week school year and 20 h/wk over the 8-week summer program; did that "
         "in 2025 and 2026. total hours?", "920", topic="eligibility")


def test_people_named_by_their_place_in_a_list(knowledge, context) -> None:
    says(knowledge, context, "for our team: first one is an ALA member, second, third and fourth are not, last one is "
         "only in our state association. what do we owe ALA?", "$1,725", topic="fee")


def test_another_certifications_price_compared_is_not_the_fee_sum(knowledge, context) -> None:
    reply = ask(knowledge, context, "texas state library certificate vs lssc, which one is cheaper for an ALA member?")
    assert reply.topic != "fee"


def test_what_is_spent_overall_counts_the_fee_paid(knowledge, context) -> None:
    reply = says(knowledge, context, "already paid the ALA fee ($350, not a member). 4 courses left at $120 each. how much "
                 "will I have spent in total?", "$830", topic="fee")
    assert "$480" in reply.text
    # ...while what is left to pay is the courses alone
    says(knowledge, context, "already paid the ALA fee. 4 courses left at $120 each. how much more to pay?", "$480",
         topic="fee")


def test_a_price_for_each_credit(knowledge, context) -> None:
    says(knowledge, context, "not a member; the 3-credit courses cost $60 per credit and I have 4 courses left. total?",
         "$180", "$1,070", topic="fee")
