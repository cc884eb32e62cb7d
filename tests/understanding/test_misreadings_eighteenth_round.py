"""Misreadings found in the eighteenth round, each as a class of saying things, in other words than the sets'."""
import pytest

from .asking import CT, FLS, TECH, leaves


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a list whose items are "label: what is said of it", each item opened by a dash, and a status said over commas
    ("- Tech: handed in, being graded - Foundations: done - Youth Services: done. what's left?", [CT, TECH], 2),
    ("- Comm: done - Reference: dropped, taking it again in spring - Foundations: done. what do I need?", [TECH], 3),
    ("foundations: passed, and tech: under review. remaining?", [CT, TECH], 3),
    ("Cataloging: finished, Access: awaiting results, Tech: done. what else?", [FLS, CT], 2),
])
def test_a_status_said_over_commas_after_a_label(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # tags in brackets before each item belong to the item after them
    ("my tracker: (done) Technology (in progress) Youth Services (done) Foundations. what's left?", [CT], 3),
    ("(passed) Reference (wip) Comm (passed) Access - how many more?", [FLS, CT, TECH], 1),
    # ...and after each item, to the item before them
    ("Reference (passed) Comm (wip) Access (passed) - how many more?", [FLS, CT, TECH], 1),
])
def test_tags_before_or_after_each_item(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a key to the marks says what a struck item is, not a status of a set
    ("(crossed out = done) ~~Technology~~ ~~Youth Services~~ Foundations ~~Reference~~ what's left", [FLS, CT], 1),
    ("struck through means passed: ~~Foundations~~ Comm ~~Access~~. remaining?", [CT, TECH], 2),
])
def test_a_key_to_struck_items(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # items under a person's label are that person's up to the next label, over the ends of items
    ("* me: Technology done; Reference done * my buddy Tom: Foundations done; Comm done. what do I still need?",
     [FLS, CT], 2),
    ("- me: Foundations ✔ Access ✔ - my manager: Tech ✔ Cataloging ✔ - what's left for me?", [CT, TECH], 2),
])
def test_items_under_a_persons_label(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a count said as a score of its group, or after the group it is of
    ("one of three required (Technology), two of three electives. what now?", [FLS, CT], 1),
    ("all three of three required, zero of three electives - what's left?", [], 3),
    ("of the electives I've done 2, of the required I've done Foundations. what else?", [CT, TECH], 1),
    ("out of the 3 required I've completed 2 (everything but Tech). remaining?", [TECH], 3),
])
def test_a_count_said_as_a_score_of_its_group(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # what stands between the asker and the end, and the rest of the sets by what part of them it is
    ("done with Foundations, Comm, Tech and two electives. so one elective between me and the finish line?", [], 1),
    ("half my sets are done: Comm, Access and Youth. what's the other half?", [FLS, TECH], 1),
])
def test_what_is_left_asked_as_what_stands_between(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)
