"""Misreadings found in the sixteenth round, each as a class of saying things, in other words than the sets'."""
import pytest

from .asking import CT, FLS, SUP, TECH, ask, leaves, says, verdict


@pytest.mark.parametrize(("question", "required", "electives"), [
    # the required sets by their first letters, as items of a list
    ("got F and T out of the way last year, plus Youth Services. what's left?", [CT], 2),
    ("status -> F: passed, C: passed, T: not yet, Cataloging: passed. left?", [TECH], 2),
    ("C, T and Access done. remaining?", [FLS], 2),
])
def test_required_sets_written_by_their_first_letters(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # one letter alone, or a letter of a set's initials, names no set by its letter
    ("plan b or c if the class fills up: Foundations is done. what's left?", [CT, TECH], 3),
    ("done with C&T and Reference. what else?", [FLS, TECH], 2),
])
def test_letters_that_are_not_set_codes(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # part of a set's own work done is the set under way
    ("Technology: 4 of 7 modules finished. Foundations and Youth Services are complete. what's left?", [CT, TECH], 2),
    ("I'm 3 units into Access Services and done with Comm and Teamwork, what remains?", [FLS, TECH], 3),
    ("about 2/3 of the way through Cataloging, and Foundations is finished. how many more?", [CT, TECH], 3),
    # the repeat sign is a set being taken again
    ("🔁 Technology ✅ Foundations ✅ Reference — left?", [CT, TECH], 2),
])
def test_partial_progress_on_a_set_is_not_done(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a relative clause says the status of the one set just before it
    ("I withdrew from Reference and took Collection Management instead, which I passed. Foundations is done too. "
     "what's left?", [CT, TECH], 2),
    ("finished Technology and then Youth Services, which I'm still in. what else do I need?", [FLS, CT], 3),
])
def test_a_relative_clause_is_about_the_set_just_named(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


def test_an_amount_with_its_own_unit_under_a_label_of_another(knowledge, context) -> None:
    # "renewal hours:" labels the list, but "2 quarter credits" says its own unit
    says(knowledge, context, "renewal hours: 2 quarter credits, 6 one-hour webinars. total so far?", "26 contact hours",
         topic="contact-hours")


@pytest.mark.parametrize(("question", "expected"), [
    # the asker's guess at how far along they are is checked, not a figure to place, nor a period worked
    ("I'm maybe 60% of the way to the hours: 20 hrs a week for 52 weeks. eligible?", "1,040 hours"),
    ("roughly 90% of the way to a full year I think - 30 hours a week for 50 weeks. enough?", "1,500 hours"),
])
def test_a_guess_at_progress_is_no_amount(knowledge, context, question, expected) -> None:
    reply = says(knowledge, context, question, topic="eligibility")
    assert verdict(reply).startswith(expected) and "could not tell" not in reply.text, reply.text


def test_no_membership_at_all_is_one_persons(knowledge, context) -> None:
    # "at all" stresses what one person lacks; it is not everyone
    says(knowledge, context, "fees for 3 of us? Jo (ALA member), Sam (none at all), Lee (ALA member)", "$1,000",
         topic="fee")


@pytest.mark.parametrize(("question", "required", "electives"), [
    # pasted chat lines: the last author asks; a header is no person's list, another author's line is context
    ("[4:12 PM] dana_k: my coworker has all three required ones done. [4:13 PM] dana_k: I have only Cataloging and "
     "Reference. what do I need?", [FLS, CT, TECH], 1),
    ("[10:01 AM] sam: I've done Foundations, Tech and Comm [10:02 AM] priya: nice! I only have Youth Services so far. "
     "@lssc-bot what's left for me?", [FLS, CT, TECH], 2),
    # the other author's question, answered by the asker
    ("[3:30 PM] lou: did you finish Technology yet? [3:31 PM] ana: yes, and Access Services too. what's left?",
     [FLS, CT], 2),
])
def test_lines_pasted_from_a_channel(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # Portuguese, Vietnamese and German, in other words than the sets'
    ("Olá! Já terminei Technology e Reference. Estou fazendo Foundations agora. O que falta?", [FLS, CT], 2),
    ("em đã xong Foundations of Library Services rồi, em đang học Technology. Em còn thiếu gì?", [CT, TECH], 3),
    ("Ich habe Technology und Youth Services abgeschlossen, Access Services mache ich gerade. Was fehlt noch?",
     [FLS, CT], 2),
])
def test_what_is_left_asked_in_more_languages(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected", "topic"), [
    ("Zapisałem się w marcu 2025. Do kiedy muszę skończyć wszystkie kursy?", "March 2029", "deadline"),
    ("Não sou membro da ALA. Quanto custa o LSSC?", "$350", "fee"),
    ("Ich bin kein Mitglied. Wie viel kostet LSSC?", "$350", "fee"),
])
def test_other_calculations_asked_in_more_languages(knowledge, context, question, expected, topic) -> None:
    says(knowledge, context, question, expected, topic=topic)


@pytest.mark.parametrize(("question", "expected"), [
    # the hours on technology are those of the items that say they are
    ("renewal so far: 3-hour workshop on weeding, 2-hour webinar on our new ILS (tech), 1 conference day. total?",
     "2 on technology: 2 more tech hours needed"),
    ("for renewal: 2 tech webinars of 90 minutes each, 6 hours of cataloging workshops. how far am I?",
     "3 on technology: 1 more tech hour needed"),
])
def test_technology_hours_from_the_items_on_technology(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="contact-hours")


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a set's name cut in two by a slash is one set; two sets with a slash between them stay two
    ("finished sup/mgmt and tech, what's left?", [FLS, CT], 2),
    ("done: coll/dev, foundations/tech. remaining?", [CT], 2),
])
def test_a_sets_name_across_a_slash(knowledge, context, question, required, electives) -> None:
    details = leaves(knowledge, context, question, required, electives)
    assert SUP in details.completed or "sup" not in question


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a set taken again and passed is done
    ("Technology: failed in spring, retake passed in fall. Foundations done. what's left?", [CT], 3),
    ("Youth Services I didn't pass at first, passed it on the retake. what else do I need?", [FLS, CT, TECH], 2),
    # ...but one being taken again is not
    ("retaking Reference now, hoping to pass it this time. Comm is done. what's left?", [FLS, TECH], 3),
])
def test_a_retake_passed(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


def test_a_heading_said_with_an_adverb_is_no_persons_label(knowledge, context) -> None:
    leaves(knowledge, context, "halfway through Youth Services (about 50% in). Officially completed: Technology and "
           "Access Services. what do I still need?", [FLS, CT], 2)


def test_sessions_with_their_topic_before_their_length(knowledge, context) -> None:
    says(knowledge, context, "renewal: 4 workshops on cataloging of 90 minutes, 1 conference day. how many hours?",
         "6 + 6 = 12 contact hours", topic="contact-hours")


def test_shifts_with_their_weekdays_in_brackets_come_each_week(knowledge, context) -> None:
    reply = says(knowledge, context, "three 7-hour days (Tue, Wed, Fri) at the branch library for 60 weeks. eligible?",
                 topic="eligibility")
    assert "1,260 hours" in reply.text, reply.text


@pytest.mark.parametrize(("question", "expected"), [
    # a price said of a course ("a $180 course") is the course's price, and "one $180 course" one course, not 180
    ("2 of us, neither an ALA member, each doing one $150 course. total with the courses?", "Total with courses: $1,000"),
    # courses taken by some of the people: one for each of them, not every course for everyone
    ("fees for 3 people, all non-members: 1 of them is taking a $120 course and the other 2 a $90 course. total?",
     "Total with courses: $1,350"),
])
def test_course_prices_said_of_the_people_who_take_them(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="fee")


@pytest.mark.parametrize(("question", "expected"), [
    # one day named with a shift's clock hours is a day of each week's schedule
    ("I work sat 10-4 and wed 1-5 at the library, have done for 60 weeks. eligible?", "600 hours"),
    # ...and a week's days, said before an earlier stint, are that stint's alone
    ("tue 9-5 and thu 9-1 for the last 40 weeks. before that, 15 hrs/wk for 52 weeks. am I eligible?", "1,260 hours"),
])
def test_a_schedules_days_with_their_clock_hours(knowledge, context, question, expected) -> None:
    reply = says(knowledge, context, question, topic="eligibility")
    assert verdict(reply).startswith(expected), reply.text


@pytest.mark.parametrize(("question", "expected"), [
    # weeks that alternate between two amounts make their average each week
    ("my schedule alternates, 24 hrs one week and 16 hrs the next, for the last 60 weeks. eligible?", "1,200 hours"),
])
def test_alternating_weeks(knowledge, context, question, expected) -> None:
    reply = says(knowledge, context, question, topic="eligibility")
    assert verdict(reply).startswith(expected), reply.text


@pytest.mark.parametrize(("question", "required", "electives"), [
    # the set said to be the last one is the one left, not one done; the last one done is done
    ("Foundations, Comm, Youth, Reference and Access all done, so Technology is the final one, right? what else is left?",
     [TECH], 0),
    ("Foundations, Comm, Youth and Reference done; Technology was the last one I did. Anything left?", [], 1),
])
def test_the_last_one_said_of_a_set(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected"), [
    # a month or season counted back from the latest one (today 2026-12-07 in the tests' context)
    ("I enrolled the March before last. When is my deadline?", "March 2029"),
    ("enrolled two Aprils ago, when do I have to be done?", "April 2029"),
    ("enrolled 3 falls ago. finish-by date?", "September 2028"),
])
def test_a_month_counted_back(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="deadline")


def test_electives_said_to_be_left_are_not_done(knowledge, context) -> None:
    leaves(knowledge, context, "after this term I'll have Foundations, Tech, Comm and Reference done, so just 2 electives "
           "left, right? what's left exactly?", [], 2)


@pytest.mark.parametrize("question", [
    "how do I renew my library card? it expired last month",
    "my passport expires in march, can I renew it online?",
])
def test_renewing_something_else_is_no_renewal_calculation(knowledge, context, question) -> None:
    reply = ask(knowledge, context, question)
    assert not (reply.kind == "rules" and reply.topic == "renewal"), reply.text


def test_sets_named_in_hearsay_are_not_the_askers(knowledge, context) -> None:
    leaves(knowledge, context, "I heard Youth Services and Reference were combined into one set?? anyway I've done "
           "Foundations and Cataloging. what's left for me?", [CT, TECH], 2)
