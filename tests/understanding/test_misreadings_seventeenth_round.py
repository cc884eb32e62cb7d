"""Misreadings found in the seventeenth round, each as a class of saying things, in other words than the sets'."""
import pytest

from .asking import CT, FLS, TECH, leaves, says, verdict


@pytest.mark.parametrize(("question", "expected"), [
    # a group's fee set against what a supposition would make it: the same people, paid the other way
    ("5 of us want to apply. what's the gap in fees between all of us being ALA members and none of us being members?",
     "$125"),
    ("if four of us sign up and every one of us joins ALA first, how much do we save compared to nobody joining?", "$100"),
    ("what would the 6 of us save by joining ALA vs paying the regular non-member fee?", "$150"),
    ("what do I save becoming an ALA member before I apply?", "$25 less"),
])
def test_a_group_fee_against_the_supposed_one(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="fee")


@pytest.mark.parametrize(("question", "expected"), [
    # seasons listed by their years, with the weeks said of each of them
    ("I only work summers: summer 2023, 2024 and 2025, 10 weeks each at 30 hrs/wk. enough hours?", "900 hours"),
    ("school year aide 2024-25 and 2025-26, 34 weeks each, 25 hrs a week. eligible?", "1,700 hours"),
])
def test_seasons_listed_by_their_years(knowledge, context, question, expected) -> None:
    reply = says(knowledge, context, question, topic="eligibility")
    assert verdict(reply).startswith(expected), reply.text


def test_the_pace_of_a_return_to_work(knowledge, context) -> None:
    # the rate a person goes back to is the pace of the time to go, not more work done
    reply = says(knowledge, context, "I did 40 weeks at 30 hrs/wk in 2025, then went on leave. I go back at 20 hrs/wk "
                 "next month - how many weeks after that until I have the hours?", "1,200 hours", "31 weeks",
                 topic="eligibility")
    assert "20 hours a week" in reply.text, reply.text


@pytest.mark.parametrize(("question", "required", "electives"), [
    # the required sets but some, said by what the others are not
    ("the two required ones that are not Technology are done, plus Reference. what's left?", [TECH], 2),
    ("both non-foundations required sets finished, no electives. remaining?", [FLS], 3),
    ("3 of the 3 required? no, 2 of the 3 required (all but comm) and Youth Services. what do I need?", [CT], 2),
])
def test_the_required_sets_but_some(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # the planned sets pointed back at in a supposition are supposed done
    ("Foundations done. Tech in the spring, Access Services in the summer. if both go well, what's left then?", [CT], 2),
    ("finished comm. signed up for Youth Services and Reference this fall; once I pass both of them what remains?",
     [FLS, TECH], 1),
])
def test_planned_sets_supposed_done_by_pointing_back(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # what befell a set said after it, pointing back at it, is its status
    ("started Cataloging in the spring and withdrew from it in May. Foundations is done. what's left?", [CT, TECH], 3),
    ("I did Reference last year but failed it, and passed Technology. what else?", [FLS, CT], 3),
])
def test_a_status_said_of_it_after_the_set(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a person's own words, forwarded, are theirs when the question is for them
    ("fwd from Lina: 'I finished Technology and Youth Services, and I am taking Foundations now.' what does she still need?",
     [FLS, CT], 2),
    # a report with no one else in it is about the person reported on
    ("Staff member T. Nguyen reports completed sets: Foundations, Access Services. Requests outstanding requirements.",
     [CT, TECH], 2),
])
def test_someone_elses_words_reported(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)
