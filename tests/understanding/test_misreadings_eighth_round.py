"""Misreadings found in the eighth round's public sets, each as a class of saying things."""
import pytest

from .asking import CT, FLS, TECH, ask, leaves, says


@pytest.mark.parametrize(("question", "required", "electives"), [
    # traffic lights, a pause sign and a memo are status marks too
    ("🟢 foundations 🟢 access services 🟡 technology 🔴 comm & teamwork, what's left for me?", [CT, TECH], 2),
    ("✅ foundations ✅ comm ⏸️ tech ✅ cataloging ✅ youth, what's left?", [TECH], 1),
    ("✔️ foundations ✔️ comm ✔️ tech 📝 cataloging 📝 youth - what's left?", [], 3),
    # marks before each item of a list that opens with a heading, items between bars
    ("my checklist: ✅ comm and teamwork | ✅ technology | ❌ foundations | ✅ access services, what's left", [FLS], 2),
    # the dash after the last marked item starts the question, it is no status of that item
    ("✅ comm & teamwork ⏳ technology ⏳ foundations ✅ readers advisory — remaining?", [FLS, TECH], 2),
    # a row of marks is a progress bar, not a mark for each item after it
    ("progress: ✅✅✅⬜⬜⬜ = foundations, comm, tech done, no electives yet. what's left", [], 3),
])
def test_status_marks(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "required", "electives"), [
    ("Jo (that's me): technology, access services. Sam: foundations, technology, cataloging. What's left for me?",
     [FLS, CT], 2),
    ("Me: foundations, technology, reference. My job-share partner: foundations, communication and teamwork. "
     "What do I have left?", [CT], 2),
])
def test_lists_labelled_by_person_are_each_person_s(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)  # the other person's sets are not the asker's


@pytest.mark.parametrize(("question", "expected"), [
    # the time said after a total places it; it is no more work at the rate
    ("i have 1,300 hours, all from the past 2 years. if i start volunteering 20 hrs a week, how many weeks until "
     "i hit 1,820?", "26 weeks"),
    ("i'm at 1,600 hours (all earned since 2024) and work 20 hrs/wk, how many weeks until i'm eligible?", "11 weeks"),
    # a rate changed to is the rate from now on
    ("i work 20 hrs/wk now and have 1,400 hours. if i bump up to 30 hrs/wk, how many weeks until i'm eligible?",
     "14 weeks"),
])
def test_a_total_and_a_rate(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="eligibility")


@pytest.mark.parametrize(("question", "lines"), [
    ("me: 1,500 hours in the last 5 years. coworker: 2,000 hours. are we each eligible?",
     ["**You**: 1,500 hours, 320 short", "**Coworker**: 2,000 hours, enough"]),
    ("me: 15 hrs/wk for the last 2 years, coworker: 40 hrs/wk for 6 months. how many more hours does each of us need?",
     ["**You**: 1,560 hours, 260 short", "**Coworker**: 1,040 hours, 780 short"]),
])
def test_work_listed_under_people_s_labels_is_each_person_s(knowledge, context, question, lines) -> None:
    says(knowledge, context, question, *lines, topic="eligibility")


def test_a_set_about_to_be_started_is_not_done(knowledge, context) -> None:
    leaves(knowledge, context, "i have foundations, technology, communication and teamwork, access services and "
           "supervision and management, and i'm about to start youth services. what's left?", [], 1)


def test_a_renewal_long_past_says_it_has_expired(knowledge, context) -> None:
    says(knowledge, context, "certified 2021-09-30. can i still renew?", "It has expired and the grace period has passed",
         topic="renewal")


def test_people_named_before_their_hours_are_answered_each_when_asked_who(knowledge, context) -> None:
    says(knowledge, context, "i manage 4 people: ana 2,100 hrs, ben 1,600 hrs, cara 1,820 hrs, dev 900 hrs. who's "
         "eligible?", "**Ana**: 2,100 hours, enough", "**Ben**: 1,600 hours, 220 short", "**Dev**: 900 hours, 920 short",
         topic="eligibility")


def test_every_kind_of_membership_in_a_team_is_counted(knowledge, context) -> None:
    says(knowledge, context, "our team: 2 lapsed ALA, 1 current ALA, 1 state-association-only, 1 with no memberships "
         "at all. fees and total?", "1 ALA member × $325", "1 non-member × $350", "$1,725", topic="fee")


def test_none_of_a_kind_said_after_a_list_is_about_that_kind(knowledge, context) -> None:
    leaves(knowledge, context, "just finished supervision and management and cataloging and classification no "
           "required yet whats left for me", [FLS, CT, TECH], 1)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # confirmed: the quoted question is the asker's own statement
    ("> didn't you do youth services last year? yes, and access services this year, nothing else. what do I need",
     [FLS, CT, TECH], 1),
    # answered by pointing back to it: "it" is what the question named
    ("> you said you were taking technology this fall? finished it! that's on top of foundations. what's left now",
     [CT], 3),
    # the reply says what holds: still in the course is not done
    ("> are you still in the foundations course? yeah not done yet, but I finished technology. what's left", [FLS, CT], 3),
    # answered with something else: the question goes ("did you ever start an elective" is no elective done)
    ("> did you ever start an elective? started cataloging but dropped it. done: foundations and technology. what's left",
     [CT], 3),
])
def test_a_reply_to_a_quoted_question(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


def test_a_quoted_question_the_reply_fills_in_stays(knowledge, context) -> None:
    says(knowledge, context, "> when did you enroll? august 2023. so when's my deadline to finish", "August 2027",
         topic="deadline")


def test_finishing_at_the_deadline_then_says_when_that_certification_expires(knowledge, context) -> None:
    says(knowledge, context, "if I enroll in april 2027 and finish right at the deadline, when would my certification "
         "expire?", "April 2031", "until **April 2035**", topic="deadline")


def test_time_running_out_is_no_certification_expiring(knowledge, context) -> None:
    reply = says(knowledge, context, "enrolled jan 2022, when does my time run out?", "January 2026", topic="deadline")
    assert "valid for" not in reply.text


def test_fees_listed_under_people_s_labels_are_worked_out_for_each(knowledge, context) -> None:
    reply = says(knowledge, context, "me: ALA member, 6 courses at $120 each. coworker: not a member, 6 courses at $100 "
                 "each. total cost for each of us?", "(you)", "$1,045", "(coworker)", "$950", topic="fee")
    assert "$1,115" not in reply.text and reply.kind == "rules"  # not one person paying both prices


def test_what_is_left_for_each_person_listed(knowledge, context) -> None:
    reply = says(knowledge, context, "me: foundations, technology. coworker: communication and teamwork, youth services. "
                 "what do we each have left?", "(you)", "(coworker)", topic="remaining")
    mine, theirs = reply.text.split("(coworker)")
    assert "still to do: Communication and Teamwork" in mine and "Foundations of Library Services, Technology" in theirs


def test_people_listed_but_the_asker_asked_about_is_the_asker_alone(knowledge, context) -> None:
    leaves(knowledge, context, "Amira: foundations, tech. Ben: C&T, access services. Me: foundations, C&T, reference. "
           "What do I have left?", [TECH], 2)


@pytest.mark.parametrize(("question", "lines"), [
    ("my team: raj 20 hrs p/w for 1.5 yrs, lucy 40 hrs p/w for 1 yr, tomas 12 hrs p/w for 3 yrs. who is eligible?",
     ["**Raj**: 1,560 hours, 260 short", "**Lucy**: 2,080 hours, enough", "**Tomas**: 1,872 hours, enough"]),
    ("4 staff. A: 25 hrs/wk x 52 wks, B: 18 hrs/wk x 104 wks, C: 1,500 hrs, D: 30 hrs per fortnight x 130 weeks. "
     "who is eligible?", ["**A**: 1,300 hours", "**B**: 1,872 hours", "**C**: 1,500 hours", "**D**: 1,950 hours"]),
])
def test_a_team_s_work_listed_by_name_is_each_person_s_when_asked_who(knowledge, context, question, lines) -> None:
    says(knowledge, context, question, *lines, topic="eligibility")


def test_sets_left_said_is_no_question_about_what_is_left(knowledge, context) -> None:
    reply = says(knowledge, context, "I enrolled in Oct 2022 and I still have 3 sets left. Will I make it if I do one "
                 "per semester starting spring 2027?", "October 2026", topic="deadline")
    assert "3 more" not in reply.text  # what is left was said, not asked


def test_courses_left_each_and_none_paid_yet(knowledge, context) -> None:
    says(knowledge, context, "We're sending 2 ALA members and 3 non-members; each has 3 courses left at $160. Total "
         "still to spend including application fees (none paid yet)?", "2 ALA members × $325", "3 non-members × $350",
         "$4,100", topic="fee")


def test_sets_counted_beyond_those_named_count(knowledge, context) -> None:
    says(knowledge, context, "finished 4 sets, foundations and tech among them. how many more", "**2 more**",
         topic="remaining-count")


def test_someone_else_s_count_of_sets_is_theirs(knowledge, context) -> None:
    leaves(knowledge, context, "I'm doing LSSC with my aunt. She's done 4 sets, I've done Foundations and Youth "
           "Services. What do I have left?", [CT, TECH], 2)


def test_a_course_price_without_its_dollar_sign(knowledge, context) -> None:
    says(knowledge, context, "how much is lssc for a non member plus 6 courses at 150 each", "6 courses × $150",
         "$1,250", topic="fee")


@pytest.mark.parametrize(("question", "expected"), [
    ("I'm a course provider with 3 courses to submit for LSSC approval. What's the total fee?", ["3 × $100 = **$300**",
                                                                                                 "approved for 4 years"]),
    ("provider question: 2 approved courses are up for renewal and 3 new courses to submit. total fees?",
     ["3 × $100 = $300", "2 × $100 = $200", "**Total: $500**"]),
])
def test_a_course_provider_s_approval_fees(knowledge, context, question, expected) -> None:
    reply = says(knowledge, context, question, *expected, topic="course-approval")
    assert "$350" not in reply.text  # not a candidate's fee


def test_a_candidate_s_approved_courses_are_no_provider_s(knowledge, context) -> None:
    reply = ask(knowledge, context, "i have taken 3 approved courses, how much is the fee for a non member?")
    assert reply.topic != "course-approval"


def test_each_person_s_renewal_dates_when_asked_for_both(knowledge, context) -> None:
    says(knowledge, context, "Me and my coworker both have CLSS: I was certified Feb 3, 2024; she was certified July "
         "20, 2023. When does each of our certifications expire?", "until **February 3, 2028**",
         "For the other person, certified July 20, 2023: valid until **July 20, 2027**", topic="renewal")


def test_someone_else_s_renewal_is_not_given_unasked(knowledge, context) -> None:
    reply = says(knowledge, context, "my boss was certified in 2020. I was certified Sept 2023. when do I renew?",
                 "September 2027", topic="renewal")
    assert "other person" not in reply.text


def test_course_prices_in_groups(knowledge, context) -> None:
    says(knowledge, context, "she's doing all 6: 3 courses at $150 each, the other 3 at $200. She's an ALA member. "
         "Total cost?", "3 × $150 + 3 × $200 = $1,050", "$1,375", topic="fee")


def test_sets_added_in_a_supposition_are_counted_as_done(knowledge, context) -> None:
    leaves(knowledge, context, "I've done Foundations. If I add Communication and Teamwork and Youth Services "
           "next term, what's left?", [TECH], 2)
    says(knowledge, context, "I've done Foundations. If I add Communication and Teamwork and Youth Services next term, "
         "what's left?", "as done, as you asked")  # the reply says what it supposed


def test_each_staff_member_s_renewal_window(knowledge, context) -> None:
    says(knowledge, context, "for 2 staff: A certified 01/06/2023 (1st June), B certified 15/11/2024. When does each "
         "renewal window open?", "from **June 1, 2026**", "renewal from November 15, 2027", topic="renewal")
