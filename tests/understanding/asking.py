"""Asking the shipped FAQ as a person would, for the tests of misreadings."""
from lssc_bot.answer import Answer, Requirements, answer

FLS, CT, TECH = "Foundations of Library Services", "Communication and Teamwork", "Technology"
YOUTH, REF, SUP = "Youth Services", "Reference and Information Services", "Supervision and Management"
ACCESS, CAT = "Access Services", "Cataloging and Classification"


def ask(knowledge, context, question) -> Answer:
    return answer(knowledge, question, context)


def says(knowledge, context, question, *expected: str, topic: str | None = None) -> Answer:
    """The reply, which must be a calculation (of `topic`, when given) whose text says each of `expected`."""
    reply = ask(knowledge, context, question)
    assert reply.kind == "rules" and (topic is None or reply.topic == topic), (question, reply.text)
    assert all(e in reply.text for e in expected), (question, reply.text)
    return reply


def left(knowledge, context, question) -> Requirements:
    """The what's-left details of the reply, which must be a what's-left calculation."""
    reply = ask(knowledge, context, question)
    assert reply.kind == "rules" and reply.topic == "remaining" and reply.details, (question, reply.text)
    return reply.details


def leaves(knowledge, context, question, required: list[str], electives: int) -> Requirements:
    """The what's-left details of the reply, which must leave exactly these required sets (in any order) and
    this many electives."""
    details = left(knowledge, context, question)
    assert sorted(details.remaining_required) == sorted(required) and details.electives_remaining == electives, (
        question, details)
    return details


def verdict(reply: Answer) -> str:
    """An eligibility reply's verdict, from the hours it counted: "1,500 hours ..." (after "Not eligible yet: ")."""
    return reply.text.removeprefix("Not eligible yet: ")
