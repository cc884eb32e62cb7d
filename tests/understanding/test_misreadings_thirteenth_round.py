"""Misreadings found in the thirteenth round's public sets (prices per kind of set, tables lined up with spaces,
one set picked out of a group), each as a class of saying things, in other words than the sets'."""
import pytest

from .asking import FLS, TECH, leaves, says


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
