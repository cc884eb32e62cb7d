"""The Reading: what one message says, read once."""
from __future__ import annotations

from lssc_bot.answer import answer
from lssc_bot.understanding.reading import read


def test_numbers_are_read_with_their_unit_and_what_multiplies_them(knowledge, context):
    reading = read(knowledge, "2 semester credits, 20 hours a week and 3 webinars of 90 minutes each", context.today)
    found = [(q.value, q.unit, q.times) for q in reading.quantities]
    assert found == [(2, "semester credit", 1), (20, "hours a week", 1), (90, "minute", 3)]


def test_an_amount_asked_about_is_not_held(knowledge, context):
    reading = read(knowledge, "I have 1000 hours, do I need 1820 hours?", context.today)
    assert [(q.value, q.aimed) for q in reading.quantities] == [(1000, False), (1820, True)]


def test_a_number_of_hundreds_of_digits_is_no_number(knowledge, context):
    question = "9" * 400 + " contact hours, is that enough for renewal?"
    assert read(knowledge, question, context.today).quantities == ()
    assert answer(knowledge, question, context).kind != "rules"


def test_a_line_break_ends_a_clause(knowledge, context):
    reading = read(knowledge, "Foundations - done\nTechnology - in progress", context.today)
    assert reading.sets.completed == ("Foundations of Library Services",)
    assert reading.sets.not_done == ("Technology",)


def test_memberships_are_read_per_person(knowledge, context):
    reading = read(knowledge, "me and two coworkers, I'm an ALA member and they aren't. total fee?", context.today)
    assert [(m.kind, m.people) for m in reading.memberships] == [("ala", 1), ("none", 2)]


def test_clauses_say_who_they_are_about(knowledge, context):
    reading = read(knowledge, "my coworker finished youth services, I did foundations", context.today)
    assert [c.subject for c in reading.clauses] == ["other", "asker"]


def test_every_month_is_read_with_its_role(knowledge, context):
    reading = read(knowledge, "I enrolled in May 2022, worked at the library since 2019 and was certified "
                              "in June 2024", context.today)
    assert [(str(d.when), d.role) for d in reading.dates] == [("May 2022", "enrolled"), ("2019", "worked"),
                                                               ("June 2024", "certified")]
