"""Misreadings found in the sixteenth round, each as a class of saying things, in other words than the sets'."""
import pytest

from .asking import CT, FLS, TECH, leaves


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
